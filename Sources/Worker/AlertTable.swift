import Foundation

/// Renders alert JSON objects (DESIGN §4) as a readable, fixed-width text table.
public struct AlertTable: Sendable {
    private var rows: [[String]] = []
    private static let header = ["TYPE", "WHAT", "WHERE", "WHEN", "STATUS", "SOURCE", "STANCE", "CONF"]

    public init() {}

    /// Adds one alert; a value that is not an alert object is shown as such, not dropped.
    public mutating func append(json: [UInt8]) {
        guard let alert = (try? JSONSerialization.jsonObject(with: Data(json))) as? [String: Any] else {
            rows.append(["?", "not an alert: " + String(decoding: json.prefix(60), as: UTF8.self), "", "", "", "", "", ""])
            return
        }
        let operation = alert["operation"] as? [String: Any] ?? [:]
        let attribution = alert["attribution"] as? [String: Any]
        let confidence = (alert["confidence"] as? Double).map { String(format: "%.2f", $0) } ?? ""
        let source = (attribution?["source"] as? String).map { source in
            (attribution?["via"] as? String).map { "\(source) (via \($0))" } ?? source
        } ?? "the article"
        if (alert["schema"] as? String)?.hasPrefix("newswatch.schedule") == true {
            let time = alert["claimed_time"] as? [String: Any] ?? [:]
            let approximate = (time["approximate"] as? Bool) == true ? "~" : ""
            rows.append([
                "schedule", "\(alert["event"] as? String ?? "?") of \(operation["name"] as? String ?? "?")",
                operation["location"] as? String ?? "", approximate + (time["value"] as? String ?? "") + " (\(time["grain"] as? String ?? ""))",
                "", source, alert["stance"] as? String ?? "", confidence,
            ])
        } else {
            let locations = (alert["locations"] as? [[String: Any]] ?? []).compactMap { location -> String? in
                guard let name = location["name"] as? String else { return nil }
                return "\(name) (\(location["role"] as? String ?? "?"))"
            }
            rows.append([
                "operation", "\(operation["kind"] as? String ?? "?"): \(operation["name"] as? String ?? "?")",
                locations.joined(separator: ", "), "", operation["status"] as? String ?? "", source,
                alert["stance"] as? String ?? "", confidence,
            ])
        }
    }

    /// The table, one line per alert under a header; columns are cut at 48 characters.
    public var text: String {
        let all = [Self.header] + rows
        let widths = Self.header.indices.map { column in min(48, all.map { $0[column].count }.max() ?? 0) }
        return all.map { Self.line($0, widths: widths) }.joined(separator: "\n")
    }

    /// Column widths of a table printed row by row (`newswatch tail --format table`), before the
    /// rows are known.
    public static let streamingWidths = [9, 44, 36, 26, 9, 36, 8, 4]

    /// The header line at ``streamingWidths``.
    public static var streamingHeader: String { line(header, widths: streamingWidths) }

    /// The rows appended since the last call, one line each at ``streamingWidths``; they are
    /// then dropped from the table.
    public mutating func takeStreamingLines() -> [String] {
        defer { rows = [] }
        return rows.map { Self.line($0, widths: Self.streamingWidths) }
    }

    /// A row padded to `widths`, each cell cut with "…" where it is longer, trailing spaces removed.
    private static func line(_ row: [String], widths: [Int]) -> String {
        zip(row, widths).map { cell, width in
            (cell.count > width ? String(cell.prefix(width - 1)) + "…" : cell).padding(toLength: width, withPad: " ", startingAt: 0)
        }.joined(separator: "  ")
            .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
}
