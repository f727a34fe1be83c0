import Kafka
import Logging

/// Reads committed alerts back from alert topics, from the beginning, as a subscriber would.
public struct AlertCollector: Sendable {
    /// The consumer group the collector reads as; it never commits offsets.
    public var groupID = "newswatch-collector"

    public let kafka: KafkaConfig
    private let logger: Logger

    public init(kafka: KafkaConfig, logger: Logger) {
        self.kafka = kafka
        self.logger = logger
    }

    /// The first `count` messages of `topics`, read with `read_committed`, grouped by topic in
    /// the order given and by partition and offset within a topic. Messages beyond `count` that
    /// arrive in the same poll are returned too, so duplicates are visible to callers.
    ///
    /// - Throws: ``AlertCollectorError/timedOut`` when fewer than `count` arrive in time.
    public func read(topics: [String], count: Int, timeout: Duration) async throws -> [KafkaMessage] {
        var config = ConsumerConfig(kafka: kafka, groupID: groupID)
        config.isolationLevel = .readCommitted
        let consumer = try Consumer(config: config, logger: logger)
        let admin = try Admin(config: AdminConfig(kafka: kafka), logger: logger)
        let metadata = try await admin.describeTopics(topics)
        var positions: [TopicPartitionOffset] = []
        for topic in metadata {
            for partition in topic.partitions { positions.append(TopicPartitionOffset(topic.name, partition.id, offset: Self.beginning)) }
        }
        try await consumer.assign(positions)
        var messages: [KafkaMessage] = []
        let deadline = ContinuousClock.now + timeout
        while messages.count < count, ContinuousClock.now < deadline {
            messages += try await consumer.poll(maxMessages: 500, timeout: .milliseconds(200))
        }
        try await consumer.close()
        guard messages.count >= count else { throw AlertCollectorError.timedOut(read: messages.count, expected: count) }
        let order = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1, $0) })
        return messages
            .sorted { (order[$0.topic] ?? 0, $0.partition, $0.offset) < (order[$1.topic] ?? 0, $1.partition, $1.offset) }
    }

    /// librdkafka's logical offset for "the beginning of the partition".
    static let beginning: Int64 = -2
}

/// Why alerts could not be read back.
public enum AlertCollectorError: Error, CustomStringConvertible {
    case timedOut(read: Int, expected: Int)

    public var description: String {
        switch self {
        case .timedOut(let read, let expected): "read \(read) of \(expected) expected alerts before the timeout"
        }
    }
}
