import Foundation
import Kafka

/// One partition's part of a replay: the offsets from `start` up to, not including, `end`.
public struct ReplayRange: Sendable, Hashable, CustomStringConvertible {
    public var partition: TopicPartition
    public var start: Int64
    public var end: Int64

    public init(_ partition: TopicPartition, start: Int64, end: Int64) {
        self.partition = partition
        self.start = start
        self.end = end
    }

    /// The number of offsets in the range (messages, plus any transaction markers).
    public var count: Int64 { max(0, end - start) }

    public var description: String { "\(partition)[\(start)..<\(end)]" }
}

/// How far a replay is: per-partition positions, counters, rate and ETA, rendered as a progress
/// bar for a terminal or as a log line.
public struct ReplayProgress: Sendable {
    /// What a replay has done.
    public struct Statistics: Sendable, Hashable {
        public var messagesIn = 0
        public var operationAlerts = 0
        public var scheduleAlerts = 0
        public var deadLetters = 0
        public var batchesCommitted = 0
        public var transactionAborts = 0
    }

    /// The ranges fixed at start, in topic-partition order.
    public var ranges: [ReplayRange]
    /// The next offset to read per partition; a finished partition is at its end.
    public var next: [TopicPartition: Int64]
    public var statistics = Statistics()
    /// Time since the replay started reading.
    public var elapsed: Duration = .zero

    public init(ranges: [ReplayRange]) {
        self.ranges = ranges.sorted { ($0.partition.topic, $0.partition.partition) < ($1.partition.topic, $1.partition.partition) }
        self.next = Dictionary(uniqueKeysWithValues: ranges.map { ($0.partition, $0.start) })
    }

    /// Offsets to cover in all partitions.
    public var total: Int64 { ranges.reduce(0) { $0 + $1.count } }

    /// Offsets covered so far.
    public var covered: Int64 {
        ranges.reduce(0) { sum, range in sum + min(max(next[range.partition] ?? range.start, range.start), range.end) - range.start }
    }

    /// Articles (input messages) per second so far.
    public var messagesPerSecond: Double {
        let seconds = elapsed.seconds
        return seconds > 0 ? Double(statistics.messagesIn) / seconds : 0
    }

    /// The expected time left at the rate so far; `nil` before anything was covered.
    public var eta: Duration? {
        let done = covered
        guard done > 0, elapsed > .zero else { return nil }
        return .milliseconds(Int64(Double(total - done) / Double(done) * elapsed.seconds * 1_000))
    }

    /// Lines for a terminal `width` columns wide: an overall bar with offsets, articles/s and ETA,
    /// a line of counts, then one line per partition (at most `maxPartitionLines`, the rest summed
    /// up on one more line). Every line is shorter than `width`, so redrawing never wraps.
    public func terminalLines(width: Int = 80, maxPartitionLines: Int = 8) -> [String] {
        let fraction = total > 0 ? Double(covered) / Double(total) : 1
        let figures = "\(Self.percent(fraction)) \(covered)/\(total) offsets  \(Self.rate(messagesPerSecond)) articles/s  ETA \(eta.map(Self.clock) ?? "--:--")"
        let barWidth = max(10, min(40, width - 1 - "replay [] ".count - figures.count))
        let filled = Int((fraction * Double(barWidth)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
        var lines = [
            "replay [\(bar)] " + figures,
            "  \(statistics.messagesIn) articles → \(statistics.operationAlerts) operation alerts, \(statistics.scheduleAlerts) schedule claims, "
                + "\(statistics.deadLetters) dead letters in \(statistics.batchesCommitted) transactions",
        ]
        let shown = ranges.prefix(maxPartitionLines)
        for range in shown {
            let at = min(max(next[range.partition] ?? range.start, range.start), range.end)
            let state = at >= range.end ? "done" : Self.percent(range.count > 0 ? Double(at - range.start) / Double(range.count) : 1)
            lines.append("  \(range.partition)  \(at)/\(range.end)  (from \(range.start))  \(state)")
        }
        if ranges.count > shown.count {
            let rest = ranges.dropFirst(shown.count)
            let left = rest.filter { (next[$0.partition] ?? $0.start) < $0.end }.count
            lines.append("  … \(rest.count) more partitions, \(left) not finished")
        }
        // A line longer than the terminal would wrap and break the redraw.
        return lines.map { String($0.prefix(max(1, width - 1))) }
    }

    /// Metadata for a periodic log line.
    public var logMetadata: [String: String] {
        [
            "offsets": "\(covered)/\(total)", "articles": "\(statistics.messagesIn)",
            "articles_per_second": Self.rate(messagesPerSecond), "eta": eta.map(Self.clock) ?? "unknown",
            "positions": ranges.map { "\($0.partition)@\(next[$0.partition] ?? $0.start)/\($0.end)" }.joined(separator: ","),
        ]
    }

    /// The closing line: what the replay read and published.
    public var summary: String {
        let s = statistics
        return "replayed \(s.messagesIn) article(s) from \(ranges.count) partition(s) in \(s.batchesCommitted) transaction(s): "
            + "\(s.operationAlerts) operation alert(s), \(s.scheduleAlerts) schedule claim(s), \(s.deadLetters) dead letter(s), "
            + "\(s.transactionAborts) aborted transaction(s), \(Self.clock(elapsed)) at \(Self.rate(messagesPerSecond)) articles/s"
    }

    static func percent(_ fraction: Double) -> String {
        String(format: "%3.0f%%", fraction * 100)
    }

    static func rate(_ value: Double) -> String {
        String(format: value >= 100 ? "%.0f" : "%.1f", value)
    }

    /// `m:ss`, or `h:mm:ss` from an hour.
    static func clock(_ duration: Duration) -> String {
        let total = max(0, Int(duration.seconds.rounded()))
        let (hours, minutes, seconds) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, seconds) : String(format: "%d:%02d", minutes, seconds)
    }
}
