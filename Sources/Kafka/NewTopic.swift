/// A topic to create with ``Admin/createTopics(_:timeout:)``.
public struct NewTopic: Sendable, Hashable {
    /// The topic name.
    public var name: String
    /// The partition count.
    public var partitions: Int
    /// Replicas per partition.
    public var replicationFactor: Int
    /// Topic configs, for example `["retention.ms": "604800000", "cleanup.policy": "compact"]`.
    public var configs: [String: String]

    /// Describes a topic to create.
    ///
    /// - Parameters:
    ///   - name: the topic name.
    ///   - partitions: the partition count. Default 3.
    ///   - replicationFactor: replicas per partition. Default 3.
    ///   - configs: topic configs. Default none.
    public init(_ name: String, partitions: Int = 3, replicationFactor: Int = 3, configs: [String: String] = [:]) {
        self.name = name
        self.partitions = partitions
        self.replicationFactor = replicationFactor
        self.configs = configs
    }
}
