import Extraction
import Foundation
import Kafka
import Logging

/// The demo behind `newswatch run` without brokers: an embedded cluster, the seed articles
/// produced into the input topic, one worker, and a read_committed subscriber that collects the
/// alerts.
public struct Demo: Sendable {
    /// What the demo did.
    public struct Report: Sendable {
        /// The alert JSON values, operation alerts first, each topic in offset order.
        public var alerts: [[UInt8]]
        public var statistics: Worker.Statistics
        public var bootstrapServers: String
    }

    public let articles: [[UInt8]]
    public let topics: Topics
    public let delivery: DeliveryMode
    private let logger: Logger

    /// - Parameter articles: article messages (JSON), one per element.
    public init(articles: [[UInt8]], topics: Topics = Topics(), delivery: DeliveryMode = .exactlyOnce, logger: Logger) {
        self.articles = articles
        self.topics = topics
        self.delivery = delivery
        self.logger = logger
    }

    /// The non-empty lines of a JSON-lines file.
    public static func lines(ofFile path: String) throws -> [[UInt8]] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DemoError.seedsNotFound(path)
        }
        return data.split(separator: UInt8(ascii: "\n")).map(Array.init).filter { !$0.allSatisfy { $0 == 0x20 || $0 == 0x0D } }
    }

    /// Runs the demo to the end: every article processed and committed, every alert read back.
    public func run(timeout: Duration = .seconds(120)) async throws -> Report {
        let cluster = try EmbeddedCluster(brokers: 1)
        for topic in topics.all { try cluster.createTopic(topic, partitions: 3) }
        let kafka = try KafkaConfig(bootstrapServers: [cluster.bootstrapServers])
        let producer = try Producer(config: ProducerConfig(kafka: kafka), logger: logger)
        for article in articles {
            _ = try await producer.send(ProducerMessage(topic: topics.articles, value: article))
        }
        try await producer.close()

        var configuration = WorkerConfiguration(
            kafka: kafka, transactionalID: "newswatch-demo", topics: topics, delivery: delivery,
            parallelism: ProcessInfo.processInfo.activeProcessorCount
        )
        configuration.groupID = "newswatch-demo"
        configuration.mirrorsOffsetsToGroup = true
        let worker = Worker(configuration: configuration, logger: logger)
        let expected = articles.count
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await worker.run() }
            group.addTask {
                let deadline = ContinuousClock.now + timeout
                while worker.statistics.messagesIn < expected {
                    guard ContinuousClock.now < deadline else {
                        worker.stop()
                        throw DemoError.timedOut(processed: worker.statistics.messagesIn, expected: expected)
                    }
                    try await Task.sleep(for: .milliseconds(20))
                }
                worker.stop()
            }
            for try await _ in group {}
        }
        let statistics = worker.statistics
        let alerts = try await AlertCollector(kafka: kafka, logger: logger).read(
            topics: [topics.operations, topics.schedules],
            count: statistics.operationAlerts + statistics.scheduleAlerts,
            timeout: timeout
        )
        return Report(alerts: alerts.map { $0.value ?? [] }, statistics: statistics, bootstrapServers: cluster.bootstrapServers)
    }
}

/// Why the demo could not run.
public enum DemoError: Error, CustomStringConvertible {
    case seedsNotFound(String)
    case timedOut(processed: Int, expected: Int)

    public var description: String {
        switch self {
        case .seedsNotFound(let path):
            "no seed articles at \(path); run from the project directory or pass --seeds PATH"
        case .timedOut(let processed, let expected):
            "the demo timed out after processing \(processed) of \(expected) articles"
        }
    }
}
