/// Where a message was stored, as the broker acknowledged it.
public struct DeliveryReport: Sendable, Hashable {
    /// The topic.
    public var topic: String
    /// The partition.
    public var partition: Int32
    /// The offset assigned by the broker.
    public var offset: Int64
    /// The message timestamp (create time, or log-append time when the topic uses that).
    public var timestamp: KafkaTimestamp?
}
