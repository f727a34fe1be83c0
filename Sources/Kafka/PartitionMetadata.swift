/// A partition as the cluster metadata lists it.
public struct PartitionMetadata: Sendable, Hashable {
    /// The partition number.
    public var id: Int32
    /// The leader's broker id (-1 when leaderless).
    public var leader: Int32
    /// Broker ids of all replicas.
    public var replicas: [Int32]
    /// Broker ids of the in-sync replicas.
    public var inSyncReplicas: [Int32]
    /// A partition-level error reported by the broker, if any.
    public var error: KafkaErrorCode?
}
