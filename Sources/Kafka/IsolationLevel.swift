/// Which transactional messages a consumer sees (`isolation.level`).
public struct IsolationLevel: Sendable, Hashable {
    /// The librdkafka value.
    public let rawValue: String
    /// Only messages of committed transactions (and non-transactional messages).
    public static let readCommitted = IsolationLevel(rawValue: "read_committed")
    /// Every message, including those of aborted and still-open transactions.
    public static let readUncommitted = IsolationLevel(rawValue: "read_uncommitted")
}
