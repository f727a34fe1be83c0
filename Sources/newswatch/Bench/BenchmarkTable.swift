/// A BENCHMARKS.md-ready markdown table of benchmark figures.
struct BenchmarkTable: Sendable {
    /// One row: what was measured, the unit, its statistics and the cores it ran on.
    struct Row: Sendable {
        let figure: String
        let unit: String
        let statistics: BenchmarkStatistics
        let cores: Int
        let target: String
    }

    private(set) var rows: [Row] = []

    mutating func append(figure: String, unit: String, samples: [Double], cores: Int, target: String = "") {
        guard let statistics = BenchmarkStatistics(samples) else { return }
        rows.append(Row(figure: figure, unit: unit, statistics: statistics, cores: cores, target: target))
    }

    /// Appends the rows of another table.
    mutating func append(contentsOf other: BenchmarkTable) {
        rows += other.rows
    }

    /// The table as GitHub-flavoured markdown.
    var markdown: String {
        var lines = [
            "| figure | median | min – max | unit | runs | cores | target |",
            "| --- | ---: | ---: | --- | ---: | ---: | --- |",
        ]
        for row in rows {
            let s = row.statistics
            lines.append("| \(row.figure) | \(Self.format(s.median)) | \(Self.format(s.minimum)) – \(Self.format(s.maximum)) | \(row.unit) | \(s.runs) | \(row.cores) | \(row.target) |")
        }
        return lines.joined(separator: "\n")
    }

    /// Three significant figures for small values, thousands separators for large ones.
    static func format(_ value: Double) -> String {
        if value >= 1_000 {
            let rounded = Int(value.rounded())
            var digits = String(rounded)
            var grouped = ""
            while digits.count > 3 {
                grouped = "," + digits.suffix(3) + grouped
                digits.removeLast(3)
            }
            return digits + grouped
        }
        if value >= 100 { return String(Int(value.rounded())) }
        if value >= 10 { return String((value * 10).rounded() / 10) }
        return String((value * 100).rounded() / 100)
    }
}
