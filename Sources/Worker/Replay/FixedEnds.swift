import Kafka

/// End offsets fixed when a bounded read starts (`replay`, `tail --until-end`), and which
/// partitions have reached them.
///
/// A partition is finished when the message before its end arrives, when any message at or
/// past its end arrives (new input keeps coming), or when the consumer reports that it reached
/// the partition's end at or past the fixed one (which covers transaction markers and aborted
/// messages that a `read_committed` reader never receives).
struct FixedEnds: Sendable {
    /// The first offset not to read, per partition.
    let ends: [TopicPartition: Int64]
    private(set) var finished: Set<TopicPartition> = []
    private var unreported: [TopicPartition] = []

    /// - Parameters:
    ///   - ends: the first offset not to read, per partition.
    ///   - starts: where reading starts; partitions that start at or past their end are finished.
    init(ends: [TopicPartition: Int64], starts: [TopicPartition: Int64]) {
        self.ends = ends
        for (partition, end) in ends where (starts[partition] ?? end) >= end { finished.insert(partition) }
    }

    /// `true` when every partition is finished.
    var isComplete: Bool { finished.count == ends.count }

    /// The messages of `batch` that lie before their partition's end, in batch order; marks
    /// partitions finished as their end shows up.
    mutating func admit(_ batch: [KafkaMessage]) -> [KafkaMessage] {
        var admitted: [KafkaMessage] = []
        admitted.reserveCapacity(batch.count)
        for message in batch {
            let partition = message.topicPartition
            guard let end = ends[partition], !finished.contains(partition) else { continue }
            if message.offset < end { admitted.append(message) }
            if message.offset + 1 >= end { finish(partition) }
        }
        return admitted
    }

    /// Marks partitions finished whose reported end (``Consumer/partitionEnds()``) is at or past
    /// the fixed end.
    mutating func observe(partitionEnds: [TopicPartition: Int64]) {
        for (partition, reached) in partitionEnds where reached >= (ends[partition] ?? .max) {
            finish(partition)
        }
    }

    /// Partitions finished since the last call, to pause them.
    mutating func takeNewlyFinished() -> [TopicPartition] {
        defer { unreported = [] }
        return unreported
    }

    /// Marks a partition finished.
    mutating func finish(_ partition: TopicPartition) {
        if finished.insert(partition).inserted { unreported.append(partition) }
    }
}
