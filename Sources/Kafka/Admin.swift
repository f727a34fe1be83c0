import CRdKafka
import Logging

/// Cluster administration: create topics, read topic and broker metadata.
///
/// - Important: librdkafka 2.0.2's mock cluster (``EmbeddedCluster``) does not implement
///   CreateTopics; there ``createTopics(_:timeout:)`` fails with
///   ``KafkaErrorCode/unsupportedFeature`` and topics are created with
///   ``EmbeddedCluster/createTopic(_:partitions:replicationFactor:)``.
public final class Admin: Sendable {
    private let client: RDKafkaClient

    /// Creates an admin client.
    ///
    /// - Parameters:
    ///   - config: admin settings.
    ///   - logger: receives librdkafka's log lines and client errors.
    /// - Throws: ``KafkaError/invalidConfiguration(key:reason:)`` for a rejected property.
    public init(config: AdminConfig, logger: Logger) throws(KafkaError) {
        client = try RDKafkaClient(
            type: RD_KAFKA_PRODUCER, properties: config.librdkafkaProperties,
            context: RDKafkaClientContext(logger: logger, events: nil)
        )
        client.startServingCallbacks()
    }

    /// Creates topics; topics that already exist are left as they are.
    ///
    /// - Parameters:
    ///   - topics: the topics to create.
    ///   - timeout: the longest wait for the controller. Default 30 s.
    /// - Throws: ``KafkaError`` naming the first topic that could not be created (for example a
    ///   replication factor above the broker count), or a timeout.
    public func createTopics(_ topics: [NewTopic], timeout: Duration = .seconds(30)) async throws {
        try await client.runBlocking { handle throws(KafkaError) in try RDKafkaAdmin.createTopics(handle, topics, timeout: timeout) }
    }

    /// Brokers and all topics of the cluster.
    ///
    /// - Parameter timeout: the longest wait. Default 10 s.
    /// - Throws: a retriable ``KafkaError`` (for example ``KafkaErrorCode/transport`` or
    ///   ``KafkaErrorCode/timedOut``) when no broker answers in time.
    public func metadata(timeout: Duration = .seconds(10)) async throws -> ClusterMetadata {
        try await client.runBlocking { handle throws(KafkaError) in try RDKafkaAdmin.metadata(handle, timeout: timeout) }
    }

    /// The metadata of some topics; a missing topic is listed with
    /// ``KafkaErrorCode/unknownTopicOrPartition``.
    ///
    /// - Parameters:
    ///   - names: topic names.
    ///   - timeout: the longest wait. Default 10 s.
    /// - Throws: a retriable ``KafkaError`` when no broker answers in time.
    public func describeTopics(_ names: [String], timeout: Duration = .seconds(10)) async throws -> [TopicMetadata] {
        let all = try await metadata(timeout: timeout)
        return names.map { name in
            all.topic(name) ?? TopicMetadata(name: name, partitions: [], error: .unknownTopicOrPartition)
        }
    }

    /// The names of all topics, sorted.
    ///
    /// - Parameter timeout: the longest wait. Default 10 s.
    /// - Throws: a retriable ``KafkaError`` when no broker answers in time.
    public func listTopics(timeout: Duration = .seconds(10)) async throws -> [String] {
        try await metadata(timeout: timeout).topics.map(\.name)
    }
}
