import Extraction
import Foundation
import Kafka
import Logging
import NewswatchTestKit
import Testing
@testable import Worker

/// An embedded cluster with the DESIGN §2 topics, and the helpers the replay and tail tests share.
struct ReplayTailFixture {
    let cluster: EmbeddedCluster
    let kafka: KafkaConfig
    let topics = Topics()
    let logger: Logger = {
        var logger = Logger(label: "replay-tail-tests")
        logger.logLevel = .error
        return logger
    }()

    static let partitions = 3

    init() throws {
        cluster = try EmbeddedCluster(brokers: 1)
        for topic in topics.all { try cluster.createTopic(topic, partitions: Self.partitions) }
        kafka = try KafkaConfig(bootstrapServers: [cluster.bootstrapServers])
    }

    /// Synthetic articles (half of them report operations), each a distinct article id.
    static func articles(_ count: Int) -> [[UInt8]] {
        SyntheticCorpus(configuration: .init(minimumWords: 60, maximumWords: 300, operationShare: 0.5, seed: 7)).jsonLines(count: count)
    }

    /// The seed articles of `seeds/articles.jsonl`.
    static func seedArticles() throws -> [[UInt8]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try Demo.lines(ofFile: root.appendingPathComponent("seeds/articles.jsonl").path)
    }

    /// Produces values to `topic` (keys spread them over the partitions), with `timestamp` when given.
    func produce(_ values: [[UInt8]], to topic: String, keyPrefix: String = "k", timestamp: Int64? = nil) async throws {
        let producer = try Producer(config: ProducerConfig(kafka: kafka), logger: logger)
        for (index, value) in values.enumerated() {
            var message = ProducerMessage(topic: topic, key: Array("\(keyPrefix)\(index)".utf8), value: value)
            message.timestamp = timestamp
            _ = try await producer.enqueue(message)
        }
        try await producer.flush()
        try await producer.close()
    }

    /// The alert ids (`ce_id`) the worker's processor gives `values`, in order.
    func expectedAlertIDs(_ values: [[UInt8]]) -> [String] {
        let processor = ArticleProcessor(topics: topics)
        return values.enumerated().flatMap { index, value in
            processor.process(KafkaMessage(topic: topics.articles, partition: 0, offset: Int64(index), value: value))
                .records.filter { $0.topic != topics.deadLetters }.map { Self.ceID($0.headers) }
        }
    }

    /// Every committed message of `topics`, read from the beginning up to the high watermarks.
    func readAll(_ names: [String]) async throws -> [KafkaMessage] {
        let count = try await highWatermarks(names).values.reduce(0, +)
        guard count > 0 else { return [] }
        return try await AlertCollector(kafka: kafka, logger: logger).read(topics: names, count: Int(count), timeout: .seconds(60))
    }

    /// The high watermark of every partition of `names`.
    func highWatermarks(_ names: [String]) async throws -> [TopicPartition: Int64] {
        let consumer = try Consumer(config: ConsumerConfig(kafka: kafka, groupID: "watermarks"), logger: logger)
        var result: [TopicPartition: Int64] = [:]
        for name in names {
            for partition in 0..<Int32(Self.partitions) {
                result[TopicPartition(name, partition)] = try await consumer.watermarks(TopicPartition(name, partition)).high
            }
        }
        try await consumer.close()
        return result
    }

    /// Commits offsets on the input topic for `group`, as a consumer outside the group would.
    func commit(group: String, offset: Int64) async throws {
        let consumer = try Consumer(config: ConsumerConfig(kafka: kafka, groupID: group), logger: logger)
        try await consumer.commit((0..<Int32(Self.partitions)).map { TopicPartitionOffset(topics.articles, $0, offset: offset) })
        try await consumer.close()
    }

    /// Whether two id lists hold the same ids equally often; on a difference, says how many
    /// are missing and how many extra.
    static func sameIDs(_ actual: [String], _ expected: [String]) -> (Bool, Comment) {
        let have = counts(actual), want = counts(expected)
        let missing = want.filter { (have[$0.key] ?? 0) < $0.value }.count
        let extra = have.filter { (want[$0.key] ?? 0) < $0.value }.count
        return (have == want, "\(actual.count) ids read, \(expected.count) expected: \(missing) missing, \(extra) duplicated or unexpected")
    }

    /// Whether `names` hold exactly the alerts the worker's processor gives `values`, each once.
    func published(on names: [String], matches values: [[UInt8]]) async throws -> (same: Bool, difference: Comment) {
        let ids = try await readAll(names).map { Self.ceID($0.headers) }
        return Self.sameIDs(ids, expectedAlertIDs(values))
    }

    /// A group's committed offsets on the input topic.
    func committed(group: String) async throws -> [TopicPartition: Int64] {
        let consumer = try Consumer(config: ConsumerConfig(kafka: kafka, groupID: group), logger: logger)
        let offsets = try await consumer.committed((0..<Int32(Self.partitions)).map { TopicPartition(topics.articles, $0) })
        try await consumer.close()
        return offsets
    }

    /// Runs a live worker in group `newswatch` until it has consumed `count` messages.
    func runLiveWorker(until count: Int, delivery: DeliveryMode) async throws -> Worker.Statistics {
        var configuration = WorkerConfiguration(kafka: kafka, transactionalID: "live-worker", topics: topics, delivery: delivery, parallelism: 2)
        configuration.batchMaxMessages = 25
        let worker = Worker(configuration: configuration, logger: logger)
        let task = Task { try await worker.run() }
        let deadline = ContinuousClock.now + .seconds(120)
        while worker.statistics.messagesIn < count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        worker.stop()
        try await task.value
        return worker.statistics
    }

    /// A replay configuration for this cluster with small batches.
    func replayConfiguration(from: TopicPosition, to: TopicPosition = .end, prefix: String = "", group: String? = nil, id: String) -> ReplayConfiguration {
        var configuration = ReplayConfiguration(kafka: kafka, transactionalID: id, from: from, to: to, topics: topics, parallelism: 2)
        configuration.outputPrefix = prefix
        configuration.group = group
        configuration.batchMaxMessages = 10
        configuration.topicCreationTimeout = .seconds(2)
        return configuration
    }

    /// Creates the `prefix`ed alert and dead-letter topics (the embedded cluster cannot create
    /// topics through the admin API).
    func createPrefixedTopics(_ prefix: String) throws {
        for topic in [topics.operations, topics.schedules, topics.deadLetters] { try cluster.createTopic(prefix + topic, partitions: Self.partitions) }
    }

    /// The `ce_id` header's text.
    static func ceID(_ headers: [KafkaHeader]) -> String {
        String(decoding: headers.last(where: { $0.name == "ce_id" })?.value ?? [], as: UTF8.self)
    }

    /// Counts of each element, to compare collections as multisets.
    static func counts(_ ids: [String]) -> [String: Int] {
        Dictionary(ids.map { ($0, 1) }, uniquingKeysWith: +)
    }
}
