/// The rebalance protocol a consumer group currently uses, decided by the assignment strategy.
public struct RebalanceProtocol: Sendable, Hashable, CustomStringConvertible {
    /// librdkafka's name: `COOPERATIVE`, `EAGER` or `NONE`.
    public let rawValue: String
    /// Incremental: only the partitions that move are revoked and assigned.
    public static let cooperative = RebalanceProtocol(rawValue: "COOPERATIVE")
    /// Eager: every partition is revoked, then the new assignment is given.
    public static let eager = RebalanceProtocol(rawValue: "EAGER")

    public var description: String { rawValue }
}
