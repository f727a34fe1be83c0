/// A topic as the cluster metadata lists it.
public struct TopicMetadata: Sendable, Hashable {
    /// The topic name.
    public var name: String
    /// Its partitions, by partition number.
    public var partitions: [PartitionMetadata]
    /// A topic-level error reported by the broker (for example
    /// ``KafkaErrorCode/unknownTopicOrPartition``), if any.
    public var error: KafkaErrorCode?
}
