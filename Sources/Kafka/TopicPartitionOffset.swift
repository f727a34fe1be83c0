/// An offset in a partition: a position to commit, seek to or store.
///
/// The committed offset of a partition is the offset of the *next* message to read, so after
/// processing the message at offset `n` the consumer commits `n + 1` (``KafkaMessage/nextOffset``).
public struct TopicPartitionOffset: Sendable, Hashable, CustomStringConvertible {
    /// The topic name.
    public var topic: String
    /// The partition number.
    public var partition: Int32
    /// The offset.
    public var offset: Int64

    /// Creates a position.
    ///
    /// - Parameters:
    ///   - topic: the topic name.
    ///   - partition: the partition number.
    ///   - offset: the offset.
    public init(_ topic: String, _ partition: Int32, offset: Int64) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
    }

    /// The topic-partition without the offset.
    public var topicPartition: TopicPartition { TopicPartition(topic, partition) }

    public var description: String { "\(topic)/\(partition)@\(offset)" }
}
