/// A Kafka protocol request type, used to inject errors into an ``EmbeddedCluster``.
public struct KafkaAPIKey: Sendable, Hashable {
    /// The protocol's numeric API key.
    public let rawValue: Int16
    /// Produce requests.
    public static let produce = KafkaAPIKey(rawValue: 0)
    /// Fetch requests.
    public static let fetch = KafkaAPIKey(rawValue: 1)
    /// ListOffsets requests (watermarks, offsets-for-times).
    public static let listOffsets = KafkaAPIKey(rawValue: 2)
    /// Metadata requests.
    public static let metadata = KafkaAPIKey(rawValue: 3)
    /// OffsetCommit requests.
    public static let offsetCommit = KafkaAPIKey(rawValue: 8)
    /// OffsetFetch requests.
    public static let offsetFetch = KafkaAPIKey(rawValue: 9)
    /// FindCoordinator requests.
    public static let findCoordinator = KafkaAPIKey(rawValue: 10)
    /// JoinGroup requests.
    public static let joinGroup = KafkaAPIKey(rawValue: 11)
    /// Heartbeat requests.
    public static let heartbeat = KafkaAPIKey(rawValue: 12)
    /// InitProducerId requests.
    public static let initProducerID = KafkaAPIKey(rawValue: 22)
    /// AddPartitionsToTxn requests.
    public static let addPartitionsToTransaction = KafkaAPIKey(rawValue: 24)
    /// AddOffsetsToTxn requests.
    public static let addOffsetsToTransaction = KafkaAPIKey(rawValue: 25)
    /// EndTxn requests (transaction commit and abort).
    public static let endTransaction = KafkaAPIKey(rawValue: 26)
    /// TxnOffsetCommit requests.
    public static let transactionOffsetCommit = KafkaAPIKey(rawValue: 28)
}
