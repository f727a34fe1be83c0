/// How a consumer group spreads partitions over members (`partition.assignment.strategy`).
public struct AssignmentStrategy: Sendable, Hashable {
    /// The librdkafka value.
    public let rawValue: String
    /// Incremental (cooperative) rebalancing: members keep unaffected partitions while the group
    /// rebalances.
    public static let cooperativeSticky = AssignmentStrategy(rawValue: "cooperative-sticky")
    /// Eager range assignment: every rebalance revokes every partition first.
    public static let range = AssignmentStrategy(rawValue: "range")
    /// Eager round-robin assignment.
    public static let roundRobin = AssignmentStrategy(rawValue: "roundrobin")
}
