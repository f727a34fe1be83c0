/// A message read by a ``Consumer``.
///
/// - Important: Key, value and header bytes are copied out of librdkafka's buffers when the
///   message is polled, so a `KafkaMessage` owns its memory and stays valid after the consumer
///   moves on or closes.
public struct KafkaMessage: Sendable, Hashable {
    /// The topic it was read from.
    public var topic: String
    /// The partition it was read from.
    public var partition: Int32
    /// Its offset in the partition.
    public var offset: Int64
    /// The key bytes, `nil` when the message has no key.
    public var key: [UInt8]?
    /// The value bytes, `nil` for a tombstone.
    public var value: [UInt8]?
    /// The headers in wire order.
    public var headers: [KafkaHeader]
    /// The timestamp, when the message carries one.
    public var timestamp: KafkaTimestamp?

    /// The message's topic-partition.
    public var topicPartition: TopicPartition { TopicPartition(topic, partition) }

    /// The offset to commit once this message is processed (its offset plus one).
    public var nextOffset: TopicPartitionOffset {
        TopicPartitionOffset(topic, partition, offset: offset + 1)
    }

    /// The first header value with this name.
    ///
    /// - Parameter name: the header name.
    public func header(_ name: String) -> [UInt8]? {
        headers.first { $0.name == name }?.value ?? nil
    }
}
