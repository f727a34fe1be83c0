import Foundation
import Kafka
import Logging
import Synchronization
import Testing

/// Every Kafka test runs inside this suite, one test at a time: each starts its own embedded
/// cluster, and running them in parallel would overload a small machine.
@Suite(.serialized)
enum KafkaSuite {}

/// Shared helpers for the Kafka tests.
enum Fixture {
    static let logger: Logger = {
        var logger = Logger(label: "kafka-tests")
        logger.logLevel = .error
        return logger
    }()

    /// A unique name, so tests never share groups or transactional ids.
    static func unique(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8))"
    }

    static func kafka(_ cluster: EmbeddedCluster) throws -> KafkaConfig {
        try KafkaConfig(bootstrapServers: [cluster.bootstrapServers], clientID: "kafka-tests")
    }

    static func producer(_ cluster: EmbeddedCluster, transactionalID: String? = nil, configure: (inout ProducerConfig) throws -> Void = { _ in }) throws -> Producer {
        var config = ProducerConfig(kafka: try kafka(cluster), transactionalID: transactionalID)
        try configure(&config)
        return try Producer(config: config, logger: logger)
    }

    /// A transactional producer with its transactions initialized, on a new topic `txn-out`.
    static func transactionalProducer(_ cluster: EmbeddedCluster, configure: (inout ProducerConfig) throws -> Void = { _ in }) async throws -> Producer {
        try cluster.createTopic("txn-out", partitions: 1)
        let producer = try producer(cluster, transactionalID: unique("txn"), configure: configure)
        try await producer.initTransactions()
        return producer
    }

    /// Reads partition 0 of `topic` from the start, outside any group, until `count` messages
    /// arrived or `timeout` passed.
    static func readPartition(
        _ cluster: EmbeddedCluster, _ topic: String, count: Int, timeout: Duration = .seconds(30),
        isolationLevel: IsolationLevel = .readCommitted
    ) async throws -> [KafkaMessage] {
        let reader = try consumer(cluster) { $0.isolationLevel = isolationLevel }
        try await reader.assign([TopicPartitionOffset(topic, 0, offset: 0)])
        let messages = try await consume(reader, count: count, timeout: timeout)
        try await reader.close()
        return messages
    }

    /// Creates a one-partition topic holding `count` messages and a group consumer subscribed to
    /// it that has read them all (none committed).
    static func consumerThatRead(_ cluster: EmbeddedCluster, _ topic: String, count: Int) async throws -> Consumer {
        try cluster.createTopic(topic, partitions: 1)
        let producer = try producer(cluster)
        for index in 0..<count { _ = try await producer.send(ProducerMessage(topic: topic, value: [UInt8(truncatingIfNeeded: index)])) }
        try await producer.close()
        let reader = try consumer(cluster)
        try reader.subscribe([topic])
        try #require(try await consume(reader, count: count).count == count)
        return reader
    }

    static func consumer(
        _ cluster: EmbeddedCluster, group: String = unique("group"), configure: (inout ConsumerConfig) throws -> Void = { _ in }
    ) throws -> Consumer {
        var config = ConsumerConfig(kafka: try kafka(cluster), groupID: group)
        try configure(&config)
        return try Consumer(config: config, logger: logger)
    }

    /// Polls until `count` messages arrived or `timeout` passed; commits after each batch when asked.
    static func consume(
        _ consumer: Consumer, count: Int, timeout: Duration = .seconds(30), commit: Bool = false
    ) async throws -> [KafkaMessage] {
        var messages: [KafkaMessage] = []
        let deadline = ContinuousClock.now + timeout
        while messages.count < count, ContinuousClock.now < deadline {
            let batch = try await consumer.poll(maxMessages: 1000, timeout: .milliseconds(200))
            messages += batch
            if commit, !batch.isEmpty {
                try await consumer.commit(batch.latestOffsets)
            }
        }
        return messages
    }

    /// Polls for `duration` and returns whatever arrived.
    static func drain(_ consumer: Consumer, for duration: Duration) async throws -> [KafkaMessage] {
        var messages: [KafkaMessage] = []
        let deadline = ContinuousClock.now + duration
        while ContinuousClock.now < deadline {
            messages += try await consumer.poll(maxMessages: 1000, timeout: .milliseconds(200))
        }
        return messages
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
}

/// A value shared between test tasks under a lock.
final class Shared<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>
    init(_ value: Value) { mutex = Mutex(value) }
    var value: Value { mutex.withLock { $0 } }
    func update(_ body: (inout Value) -> Void) { mutex.withLock { body(&$0) } }
}
