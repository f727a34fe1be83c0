/// A message to send with a ``Producer``.
public struct ProducerMessage: Sendable, Hashable {
    /// The destination topic.
    public var topic: String
    /// The destination partition; `nil` lets the configured ``Partitioner`` choose from the key.
    public var partition: Int32?
    /// The key bytes; `nil` for no key.
    public var key: [UInt8]?
    /// The value bytes; `nil` for a tombstone.
    public var value: [UInt8]?
    /// Headers, sent in this order.
    public var headers: [KafkaHeader]
    /// The create time in milliseconds since the epoch; `nil` uses the current time.
    public var timestamp: Int64?

    /// Creates a message.
    ///
    /// - Parameters:
    ///   - topic: the destination topic.
    ///   - partition: an explicit partition, or `nil` for the partitioner. Default `nil`.
    ///   - key: the key bytes. Default `nil`.
    ///   - value: the value bytes.
    ///   - headers: headers. Default none.
    ///   - timestamp: create time in epoch milliseconds, or `nil` for now. Default `nil`.
    public init(
        topic: String,
        partition: Int32? = nil,
        key: [UInt8]? = nil,
        value: [UInt8]?,
        headers: [KafkaHeader] = [],
        timestamp: Int64? = nil
    ) {
        self.topic = topic
        self.partition = partition
        self.key = key
        self.value = value
        self.headers = headers
        self.timestamp = timestamp
    }
}
