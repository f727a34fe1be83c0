/// What a broker reports about the cluster: brokers and topics.
public struct ClusterMetadata: Sendable, Hashable {
    /// Every broker.
    public var brokers: [BrokerMetadata]
    /// The topics asked for (or all topics), sorted by name.
    public var topics: [TopicMetadata]
    /// The id of the broker that answered.
    public var originatingBroker: Int32

    /// The topic with this name, if listed.
    ///
    /// - Parameter name: the topic name.
    public func topic(_ name: String) -> TopicMetadata? {
        topics.first { $0.name == name }
    }
}
