import ArgumentParser
import Extraction
import Foundation

/// `newswatch extract`: offline extraction, the same code path as the worker
/// (ArticleDecoder → Extractor → AlertEncoder), no broker.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract operation and schedule alerts from articles, offline.",
        discussion: """
            Reads article JSON lines (one JSON object per line, DESIGN §3) from the files given, \
            or from standard input when there is no file or the file is "-". Writes one alert per \
            line to standard output: operation alerts and schedule claims, each a JSON object \
            exactly as the worker publishes it to alerts.operations / alerts.schedules.

            A line that cannot be decoded (invalid JSON, missing "id" or "body", bad \
            "published_at", …) is reported on standard error as
              FILE:LINE: error CODE: message
            and processing continues. The exit status is 0 when every line was processed, 1 when \
            at least one line failed, 64 for usage errors. Blank lines are skipped.

            With --text, each input is one plain-text article instead; --published-at sets its \
            reference time and --id its id (default: the file name, or "stdin").

            Examples:
              newswatch extract seeds/articles.jsonl
              cat articles.jsonl | newswatch extract - > alerts.jsonl
              echo 'The army will launch an offensive on Mosul on October 19.' \\
                | newswatch extract --text --published-at 2016-10-10T12:00:00Z --id demo
            """)

    @Argument(help: "Files of article JSON lines (or plain text with --text); \"-\" or none reads standard input.")
    var files: [String] = []

    @Flag(name: .long, help: "Treat each input as one plain-text article body.")
    var text = false

    @Option(name: .long, help: "Reference time of --text articles (RFC 3339, e.g. 2016-10-10T12:00:00Z).")
    var publishedAt: String?

    @Option(name: .long, help: "Article id of --text articles (default: the file name, or \"stdin\").")
    var id: String?

    @Flag(name: .long, help: "Print only operation alerts.")
    var operationsOnly = false

    @Flag(name: .long, help: "Print only schedule-claim alerts.")
    var schedulesOnly = false

    func validate() throws {
        if text, publishedAt == nil {
            throw ValidationError("--text needs --published-at (RFC 3339), e.g. --published-at 2016-10-10T12:00:00Z")
        }
        if !text, publishedAt != nil || id != nil {
            throw ValidationError("--published-at and --id only apply to --text input")
        }
        if operationsOnly, schedulesOnly {
            throw ValidationError("--operations-only and --schedules-only exclude each other")
        }
    }

    func run() throws {
        let runner = ExtractRunner(includeOperations: !schedulesOnly, includeSchedules: !operationsOnly)
        var failures = 0
        let inputs = files.isEmpty ? ["-"] : files
        for file in inputs {
            let name = file == "-" ? "stdin" : file
            guard let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file) else {
                runner.reportError("\(name): error unreadable-file: cannot read \(file)")
                failures += 1
                continue
            }
            let bytes = [UInt8](data)
            if text {
                do {
                    let reference = try ArticleDecoder.referenceTime(publishedAt: publishedAt ?? "", source: .commandLine)
                    let article = try ArticleDecoder().decode(plainText: bytes, id: id ?? name, referenceTime: reference)
                    runner.emit(article)
                } catch {
                    runner.reportError("\(name): error \(error.code.rawValue): \(error.message)")
                    failures += 1
                }
            } else {
                failures += runner.processLines(bytes, name: name)
            }
        }
        runner.flush()
        if failures > 0 { throw ExitCode(1) }
    }
}

/// The decode → extract → encode loop of `newswatch extract`, with buffered output.
final class ExtractRunner {
    let decoder = ArticleDecoder()
    let extractor = Extractor()
    let encoder = AlertEncoder()
    let includeOperations: Bool
    let includeSchedules: Bool
    private var output: [UInt8] = []

    init(includeOperations: Bool, includeSchedules: Bool) {
        self.includeOperations = includeOperations
        self.includeSchedules = includeSchedules
        output.reserveCapacity(1 << 20)
    }

    /// Processes JSON lines; returns the number of lines that failed.
    func processLines(_ bytes: [UInt8], name: String) -> Int {
        var failures = 0
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            lineNumber += 1
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            let line = Array(bytes[start..<lineEnd])
            if line.contains(where: { $0 != 0x20 && $0 != 0x09 }) {
                do {
                    let article = try decoder.decode(json: line, kafkaTimestampMilliseconds: nil)
                    emit(article)
                } catch {
                    reportError("\(name):\(lineNumber): error \(error.code.rawValue): \(error.message)")
                    failures += 1
                }
            }
            if end >= bytes.count { break }
            start = end + 1
        }
        return failures
    }

    func emit(_ article: Article) {
        let result = extractor.extract(article)
        if includeOperations {
            for alert in result.operations {
                output += encoder.encode(alert)
                output.append(UInt8(ascii: "\n"))
            }
        }
        if includeSchedules {
            for alert in result.schedules {
                output += encoder.encode(alert)
                output.append(UInt8(ascii: "\n"))
            }
        }
        if output.count >= 1 << 20 { flush() }
    }

    func flush() {
        guard !output.isEmpty else { return }
        FileHandle.standardOutput.write(Data(output))
        output.removeAll(keepingCapacity: true)
    }

    func reportError(_ message: String) {
        flush()
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
