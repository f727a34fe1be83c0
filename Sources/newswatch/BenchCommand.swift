import ArgumentParser
import Foundation

/// `newswatch bench`: the benchmarks of DESIGN §7, printed as one markdown table.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure extraction throughput and print a BENCHMARKS.md-ready table.",
        discussion: """
            Run it from a release build (`make bench` does) on an otherwise idle machine. Each \
            figure is the median of --runs runs, with the minimum and maximum beside it and the \
            number of cores the machine has.

            Example:
              swift run -c release newswatch bench --runs 7 --articles 1000
            """
    )

    @Option(help: "Runs per figure; the table shows their median and range (at least 5).")
    var runs = 7

    @Option(help: "Articles in the extraction corpus (300–8,000 words each, 30% with operations).")
    var articles = 1_000

    @Option(help: "Also write the markdown table to this file.")
    var output: String?

    func validate() throws {
        guard runs >= 5 else { throw ValidationError("--runs must be at least 5 (got \(runs)); medians of fewer runs are noise") }
        guard articles >= 1 else { throw ValidationError("--articles must be at least 1 (got \(articles))") }
    }

    func run() async throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var table = BenchmarkTable()
        let extraction = ExtractionBenchmark(articleCount: articles, runs: runs).run()
        table.append(figure: "extraction, one core (\(articles) articles, \(extraction.corpusBytes / 1_000_000) MB)", unit: "MB/s", samples: extraction.megabytesPerSecond, cores: cores, target: "≥ 50 MB/s")
        table.append(figure: "extraction, one core", unit: "articles/s", samples: extraction.articlesPerSecond, cores: cores)
        let markdown = table.markdown
        print(markdown)
        if let output {
            try (markdown + "\n").write(toFile: output, atomically: true, encoding: .utf8)
        }
    }
}
