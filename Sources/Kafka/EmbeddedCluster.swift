/// An in-process Kafka cluster for tests, demos and `newswatch dev-broker`: librdkafka's mock
/// cluster, listening on loopback ports the operating system chooses.
///
/// ```swift
/// let cluster = try EmbeddedCluster(brokers: 3)
/// try cluster.createTopic("news.articles", partitions: 3)
/// var kafka = try KafkaConfig(bootstrapServers: [cluster.bootstrapServers])
/// ```
///
/// Broker ids are `1...brokers`. Faults can be injected: ``setBrokerDown(_:)``,
/// ``pushRequestErrors(_:_:)``, ``setRoundTripTime(_:broker:)``.
///
/// - Important: librdkafka 2.0.2's mock cluster keeps only about the last 5 MB of each partition
///   in memory, does not support the CreateTopics admin request (create topics with
///   ``createTopic(_:partitions:replicationFactor:)``), and cannot listen on a chosen port. It is
///   for tests and development only; real deployments use a real cluster. Where it differs from
///   Kafka (each pinned by a test in `EmbeddedClusterLimits`): it writes no transaction markers,
///   so read-committed consumers also see messages of aborted transactions that reached it; it
///   does not store offsets sent with a transaction; it answers offsets-for-times lookups with
///   "no offset"; and it creates any topic a client asks about, whatever
///   `allow.auto.create.topics` says. It also refuses offset commits while the group is
///   rebalancing (REBALANCE_IN_PROGRESS), where Kafka accepts them from the current generation.
///   Its connections get `TCP_NODELAY`, as a Kafka broker's have (the mock leaves Nagle's
///   algorithm on, which delayed small responses by ~40 ms).
public final class EmbeddedCluster: Sendable {
    private let cluster: RDKafkaMockCluster
    /// The number of brokers.
    public let brokerCount: Int

    /// Starts a cluster. It stops when the last reference goes away.
    ///
    /// - Parameter brokers: the number of brokers, at least 1. Default 1.
    /// - Throws: ``KafkaError/failed(code:message:)`` when the listeners cannot start.
    public init(brokers: Int = 1) throws(KafkaError) {
        precondition(brokers >= 1, "an embedded cluster needs at least one broker")
        cluster = try RDKafkaMockCluster(brokers: Int32(clamping: brokers))
        brokerCount = brokers
    }

    /// `host:port,host:port,…` of every broker, for `bootstrap.servers`.
    public var bootstrapServers: String { cluster.bootstrapServers }

    /// Creates a topic.
    ///
    /// - Parameters:
    ///   - name: the topic name.
    ///   - partitions: the partition count. Default 1.
    ///   - replicationFactor: replicas per partition, at most ``brokerCount``. Default 1.
    /// - Throws: ``KafkaError`` when the mock refuses (for example a replication factor above the
    ///   broker count).
    public func createTopic(_ name: String, partitions: Int = 1, replicationFactor: Int = 1) throws(KafkaError) {
        try cluster.createTopic(name, partitions: Int32(clamping: partitions), replicationFactor: Int32(clamping: replicationFactor))
    }

    /// Makes a broker close its connections and refuse new ones. Partition leadership does not
    /// move: partitions it leads are unavailable until ``setBrokerUp(_:)``.
    ///
    /// - Parameter broker: the broker id (`1...brokerCount`).
    /// - Throws: ``KafkaError`` for an unknown broker id.
    public func setBrokerDown(_ broker: Int) throws(KafkaError) {
        try cluster.setBroker(Int32(clamping: broker), up: false)
    }

    /// Makes a broker accept connections again.
    ///
    /// - Parameter broker: the broker id.
    /// - Throws: ``KafkaError`` for an unknown broker id.
    public func setBrokerUp(_ broker: Int) throws(KafkaError) {
        try cluster.setBroker(Int32(clamping: broker), up: true)
    }

    /// Delays every response of a broker.
    ///
    /// - Parameters:
    ///   - delay: the added round-trip time; zero removes it.
    ///   - broker: the broker id.
    /// - Throws: ``KafkaError`` for an unknown broker id.
    public func setRoundTripTime(_ delay: Duration, broker: Int) throws(KafkaError) {
        try cluster.setRoundTripTime(Int32(clamping: broker), milliseconds: delay.timeoutMilliseconds)
    }

    /// Makes the next requests of one type fail, in order, with the given errors (on whichever
    /// broker receives them).
    ///
    /// - Parameters:
    ///   - apiKey: the request type.
    ///   - errors: one error per request to fail.
    public func pushRequestErrors(_ apiKey: KafkaAPIKey, _ errors: [KafkaErrorCode]) {
        cluster.pushRequestErrors(apiKey: apiKey.rawValue, errors)
    }

    /// Drops errors pushed with ``pushRequestErrors(_:_:)`` that were not used yet.
    ///
    /// - Parameter apiKey: the request type.
    public func clearRequestErrors(_ apiKey: KafkaAPIKey) {
        cluster.clearRequestErrors(apiKey: apiKey.rawValue)
    }

    /// Makes every Metadata answer about `topic` carry `error` (for example
    /// ``KafkaErrorCode/unknownTopicOrPartition``, what a broker with
    /// `auto.create.topics.enable=false` answers for a missing topic).
    ///
    /// - Important: librdkafka 2.0.2's mock creates any topic a client asks about, whatever the
    ///   client's `allow.auto.create.topics`; this is how a test sees a broker that does not.
    ///
    /// - Parameters:
    ///   - topic: the topic name.
    ///   - error: the error, or ``KafkaErrorCode/noError`` to clear it.
    public func setTopicError(_ topic: String, _ error: KafkaErrorCode) {
        cluster.setTopicError(topic, error)
    }

    /// Moves a partition's leadership to a broker.
    ///
    /// - Parameters:
    ///   - topic: the topic.
    ///   - partition: the partition.
    ///   - broker: the new leader's id.
    /// - Throws: ``KafkaError`` when the topic, partition or broker is unknown.
    public func setLeader(_ topic: String, partition: Int32, broker: Int) throws(KafkaError) {
        try cluster.setPartitionLeader(topic, partition, broker: Int32(clamping: broker))
    }
}
