import Extraction
import Foundation
import Kafka
import Logging
import NewswatchTestKit
import Testing
@testable import Worker

/// Workers on the embedded cluster: every valid article's alerts exactly once for a
/// read_committed subscriber, every malformed message in the dead-letter topic with its code.
@Suite(.serialized) struct ExactlyOnceTests {
    /// One malformed message per decoding error code, with the code the DLQ must carry.
    static let malformed: [(value: [UInt8], code: String)] = [
        (Array("{\"id\": \"a\", \"body\": ".utf8), "invalid-json"),
        (Array("[1, 2, 3]".utf8), "not-an-object"),
        (Array("{\"body\": \"Troops advanced.\", \"published_at\": \"2016-10-10T12:00:00Z\"}".utf8), "missing-field"),
        (Array("{\"id\": 7, \"body\": \"Troops advanced.\", \"published_at\": \"2016-10-10T12:00:00Z\"}".utf8), "wrong-type"),
        ([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D], "invalid-utf8"),
        (Array("{\"id\": \"e\", \"body\": \"   \", \"published_at\": \"2016-10-10T12:00:00Z\"}".utf8), "empty-body"),
        (Array("{\"id\": \"t\", \"body\": \"Troops advanced.\", \"published_at\": \"last Tuesday\"}".utf8), "bad-timestamp"),
        (Array(("{\"id\": \"big\", \"body\": \"" + String(repeating: "a", count: maxArticleBytes) + "\"}").utf8), "too-large"),
    ]

    /// Below the broker's 1 MB message limit, so the too-large article can be produced at all.
    static let maxArticleBytes = 100_000

    struct Run {
        var alertIDs: [String]
        var expectedIDs: [String]
        var deadLetters: [KafkaMessage]
        var statistics: [Worker.Statistics]
    }

    /// Produces `articles` plus the malformed messages, runs `workers` workers in one group until
    /// all input is committed, and reads back every alert and dead letter.
    func run(articles: Int, workers: Int, delivery: DeliveryMode) async throws -> Run {
        var logger = Logger(label: "test")
        logger.logLevel = .error
        let topics = Topics()
        let cluster = try EmbeddedCluster(brokers: 1)
        for topic in topics.all { try cluster.createTopic(topic, partitions: 4) }
        let kafka = try KafkaConfig(bootstrapServers: [cluster.bootstrapServers])
        let corpus = SyntheticCorpus(configuration: .init(minimumWords: 60, maximumWords: 400, operationShare: 0.5, seed: 11))
        let lines = corpus.jsonLines(count: articles)
        let inputs = lines + Self.malformed.map(\.value)

        let producer = try Producer(config: ProducerConfig(kafka: kafka), logger: logger)
        for (index, value) in inputs.enumerated() {
            _ = try await producer.enqueue(ProducerMessage(topic: topics.articles, key: Array("k\(index)".utf8), value: value))
        }
        try await producer.flush()
        try await producer.close()

        let processor = ArticleProcessor(topics: topics, decoder: ArticleDecoder(settings: .init(maxArticleBytes: Self.maxArticleBytes)))
        let expected = inputs.enumerated().flatMap { index, value in
            processor.process(KafkaMessage(topic: topics.articles, partition: 0, offset: Int64(index), value: value))
                .records.filter { $0.topic != topics.deadLetters }.map { Self.ceID($0.headers) }
        }

        let pool = (0..<workers).map { number in
            var configuration = WorkerConfiguration(
                kafka: kafka, transactionalID: "test-worker-\(number)", topics: topics, delivery: delivery, parallelism: 2
            )
            configuration.batchMaxMessages = 50
            configuration.maxArticleBytes = Self.maxArticleBytes
            return Worker(configuration: configuration, logger: logger)
        }
        let tasks = pool.map { worker in Task { try await worker.run() } }
        let deadline = ContinuousClock.now + .seconds(120)
        while pool.map(\.statistics.messagesIn).reduce(0, +) < inputs.count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
        }
        for worker in pool { worker.stop() }
        for task in tasks { try await task.value }

        let statistics = pool.map(\.statistics)
        let alertCount = statistics.map { $0.operationAlerts + $0.scheduleAlerts }.reduce(0, +)
        let collector = AlertCollector(kafka: kafka, logger: logger)
        let alerts = try await collector.read(topics: [topics.operations, topics.schedules], count: alertCount, timeout: .seconds(60))
        let deadLetters = try await collector.read(topics: [topics.deadLetters], count: Self.malformed.count, timeout: .seconds(60))
        return Run(alertIDs: alerts.map { Self.ceID($0.headers) }, expectedIDs: expected, deadLetters: deadLetters, statistics: statistics)
    }

    static func ceID(_ headers: [KafkaHeader]) -> String {
        headers.first { $0.name == "ce_id" }.flatMap { $0.value }.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    @Test func twoExactlyOnceWorkersPublishEveryAlertOnceAndDeadLetterEveryMalformedMessage() async throws {
        let run = try await run(articles: 300, workers: 2, delivery: .exactlyOnce)
        let produced = Dictionary(run.alertIDs.map { ($0, 1) }, uniquingKeysWith: +)
        let expected = Dictionary(run.expectedIDs.map { ($0, 1) }, uniquingKeysWith: +)
        let lost = expected.keys.filter { produced[$0] == nil }.count
        let duplicated = produced.filter { $0.value > (expected[$0.key] ?? 0) }.count
        print("exactly-once, 2 workers: \(run.expectedIDs.count) expected alerts, \(run.alertIDs.count) read, lost \(lost), duplicated \(duplicated), dead letters \(run.deadLetters.count)")
        #expect(run.expectedIDs.count > 100)
        #expect(lost == 0)
        #expect(duplicated == 0)
        #expect(produced == expected)
        #expect(run.statistics.allSatisfy { $0.messagesIn > 0 }, "both workers took part: \(run.statistics.map(\.messagesIn))")

        let codes = run.deadLetters.map { String(decoding: $0.header(DeadLetter.errorHeader) ?? [], as: UTF8.self) }
        #expect(codes.sorted() == Self.malformed.map(\.code).sorted())
        for letter in run.deadLetters {
            #expect(letter.header(DeadLetter.sourceTopicHeader) == Array("news.articles".utf8))
            #expect(letter.header(DeadLetter.errorMessageHeader)?.isEmpty == false)
            #expect(letter.header(DeadLetter.sourceOffsetHeader) != nil && letter.header(DeadLetter.sourcePartitionHeader) != nil)
            #expect(Self.malformed.contains { $0.value == letter.value }, "a dead letter keeps the original value")
        }
    }

    @Test func atLeastOnceWorkerLosesNothing() async throws {
        let run = try await run(articles: 120, workers: 1, delivery: .atLeastOnce)
        let produced = Set(run.alertIDs)
        let lost = Set(run.expectedIDs).subtracting(produced).count
        print("at-least-once, 1 worker: \(run.expectedIDs.count) expected alerts, \(run.alertIDs.count) read, lost \(lost), duplicates \(run.alertIDs.count - produced.count)")
        #expect(lost == 0)
        #expect(run.alertIDs.count >= run.expectedIDs.count)
        #expect(run.deadLetters.count == Self.malformed.count)
    }
}
