import Foundation
import Kafka

/// Consumer lag per partition from librdkafka's statistics JSON (`statistics.interval.ms`).
///
/// librdkafka's own `consumer_lag` measures from its `committed_offset`, which transactional
/// offset commits do not update on the consumer; so the lag here is the end of the partition
/// (`ls_offset` under `read_committed`, else `hi_offset`) minus the larger of librdkafka's
/// committed offset and the offset this worker last committed itself.
enum ConsumerLag {
    /// Lag of every partition in `owned` that the statistics report.
    ///
    /// - Parameters:
    ///   - statistics: one statistics JSON document.
    ///   - owned: the partitions currently assigned.
    ///   - committed: the next offset to read that this worker committed, by partition.
    /// - Returns: `nil` when `statistics` is not a statistics document.
    static func parse(_ statistics: String, owned: Set<TopicPartition>, committed: [TopicPartition: Int64]) -> [TopicPartition: Int64]? {
        guard let root = (try? JSONSerialization.jsonObject(with: Data(statistics.utf8))) as? [String: Any],
              let topics = root["topics"] as? [String: Any]
        else { return nil }
        var lag: [TopicPartition: Int64] = [:]
        for (topic, value) in topics {
            guard let partitions = (value as? [String: Any])?["partitions"] as? [String: Any] else { continue }
            for (key, value) in partitions {
                guard let id = Int32(key), id >= 0, let fields = value as? [String: Any] else { continue }
                let partition = TopicPartition(topic, id)
                guard owned.contains(partition) else { continue }
                func offset(_ name: String) -> Int64 { (fields[name] as? NSNumber)?.int64Value ?? -1 }
                let end = offset("ls_offset") >= 0 ? offset("ls_offset") : offset("hi_offset")
                guard end >= 0 else { continue }
                let position = max(committed[partition] ?? -1, offset("committed_offset"))
                let start = position >= 0 ? position : max(0, offset("lo_offset"))
                lag[partition] = max(0, end - start)
            }
        }
        return lag
    }
}
