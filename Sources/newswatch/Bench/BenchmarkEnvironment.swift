import Foundation
import Kafka

/// Shared pieces of the Kafka-based benchmarks: partition sizing for the embedded cluster's
/// retention, waiting for a condition, and the machine description.
enum BenchmarkEnvironment {
    /// librdkafka 2.0.2's mock cluster keeps about the last 5 MB of each partition; benchmarks
    /// spread their data so that no partition holds more than this.
    static let bytesPerPartition = 2_000_000

    /// Enough partitions that `bytes` spread evenly stay well inside the mock's retention; at least 4.
    static func partitions(forBytes bytes: Int) -> Int {
        max(4, (bytes + bytesPerPartition - 1) / bytesPerPartition)
    }

    /// Polls `condition` every `interval` until it holds.
    ///
    /// - Throws: ``BenchmarkError/timedOut(_:)`` naming `what` after `timeout`.
    static func waitUntil(
        _ what: String, timeout: Duration, interval: Duration = .milliseconds(5), _ condition: () async throws -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + timeout
        while try await !condition() {
            guard ContinuousClock.now < deadline else { throw BenchmarkError.timedOut(what) }
            try await Task.sleep(for: interval)
        }
    }

    /// Milliseconds since the Unix epoch, with a fractional part; the clock Kafka timestamps use.
    static var epochMilliseconds: Double { Date().timeIntervalSince1970 * 1000 }

    /// The 1-, 5- and 15-minute load averages from `/proc/loadavg`, or `unknown`.
    static var loadAverage: String {
        guard let data = FileManager.default.contents(atPath: "/proc/loadavg") else { return "unknown" }
        return String(decoding: data, as: UTF8.self).split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// The CPU model from `/proc/cpuinfo`, or `unknown CPU`.
    static var cpuModel: String {
        guard let data = FileManager.default.contents(atPath: "/proc/cpuinfo") else { return "unknown CPU" }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return "unknown CPU"
    }
}

/// Why a benchmark could not produce a figure.
enum BenchmarkError: Error, CustomStringConvertible {
    case timedOut(String)
    case kcatMissing
    case kcatFailed(arguments: [String], status: Int32, stderr: String)
    case incomplete(String)
    case workerFailed(status: Int32, log: String)

    var description: String {
        switch self {
        case .timedOut(let what):
            "timed out waiting for \(what); the machine may be overloaded — retry with smaller sizes (see newswatch bench --help)"
        case .kcatMissing:
            "kcat is not on PATH; install it (make deps, or apt-get install kcat) or skip the Kafka benchmark with --benchmarks"
        case .kcatFailed(let arguments, let status, let stderr):
            "kcat \(arguments.joined(separator: " ")) exited with status \(status): \(stderr.prefix(300))"
        case .incomplete(let what):
            what
        case .workerFailed(let status, let log):
            "a benchmark worker (newswatch run) exited with status \(status); the end of its log: \(log)"
        }
    }
}
