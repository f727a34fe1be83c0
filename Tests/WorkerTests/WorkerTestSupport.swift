import Extraction
import Foundation
import Kafka
import Logging
import NewswatchTestKit
import Synchronization
@testable import Worker

/// The worker tests' input: synthetic seed-like articles with 2% malformed messages mixed in,
/// and what each input must produce, computed once per test process by the processor alone
/// (no Kafka involved).
struct Corpus: Sendable {
    struct Input: Sendable {
        var value: [UInt8]
        /// The `ce_id` of every alert the input must produce.
        var alertIDs: [String]
        /// The dead-letter code the input must get, for a malformed one.
        var deadLetterCode: String?
    }

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

    /// Below the mock broker's 1 MB message limit, so a too-large article can be produced at all.
    static let maxArticleBytes = 20_000

    /// Every 50th input is malformed (2%).
    static let malformedEvery = 50

    let inputs: [Input]

    /// 10,000 inputs, built on first use and shared by every test.
    static let shared = Task { await Corpus(count: 10_000) }

    init(count: Int) async {
        let corpus = SyntheticCorpus(configuration: .init(minimumWords: 30, maximumWords: 160, operationShare: 0.5, seed: 11))
        var articles = corpus.jsonLines(count: count - count / Self.malformedEvery)[...]
        var values: [[UInt8]] = []
        var codes: [String?] = []
        for index in 0..<count {
            if index % Self.malformedEvery == Self.malformedEvery - 1 {
                let kind = Self.malformed[(index / Self.malformedEvery) % Self.malformed.count]
                values.append(kind.value)
                codes.append(kind.code)
            } else {
                values.append(articles.removeFirst())
                codes.append(nil)
            }
        }
        let topics = Topics()
        let processor = ArticleProcessor(topics: topics, decoder: ArticleDecoder(settings: .init(maxArticleBytes: Self.maxArticleBytes)))
        let messages = values.enumerated().map { KafkaMessage(topic: topics.articles, partition: 0, offset: Int64($0.offset), value: $0.element) }
        let outcomes = await processor.process(batch: messages, parallelism: ProcessInfo.processInfo.activeProcessorCount)
        inputs = zip(zip(values, codes), outcomes).map { pair, outcome in
            Input(value: pair.0, alertIDs: outcome.records.filter { $0.topic != topics.deadLetters }.map { ceID($0.headers) }, deadLetterCode: pair.1)
        }
    }

    /// The first `count` inputs.
    func prefix(_ count: Int) -> [Input] { Array(inputs.prefix(count)) }
}

/// The `ce_id` header, or "" when missing.
func ceID(_ headers: [KafkaHeader]) -> String {
    headers.first { $0.name == "ce_id" }.flatMap { $0.value }.map { String(decoding: $0, as: UTF8.self) } ?? ""
}

/// Where a record is stored.
struct Position: Hashable, Sendable {
    var topic: String
    var partition: Int32
    var offset: Int64
}

/// The waits a worker asked for before reading given-up batches again, in order.
final class RecordedWaits: Sendable {
    private let waits = Mutex<[Duration]>([])

    func append(_ wait: Duration) { waits.withLock { $0.append(wait) } }

    var all: [Duration] { waits.withLock { $0 } }
}

/// An embedded cluster with the four topics, workers on it, and readers of what they wrote.
///
/// librdkafka 2.0.2's mock broker writes no transaction markers, so aborted and abandoned
/// transactional records stay visible to every reader, and it never stores offsets sent with a
/// transaction. The harness therefore records where every record of a *committed* transaction
/// was stored (``Worker``'s commit callback, from the broker's delivery reports) and reads the
/// log as a `read_committed` consumer of a real broker would: only those records
/// (``visibleAlerts(delivery:)``); and its workers mirror committed offsets to the group.
final class Harness: Sendable {
    let cluster: EmbeddedCluster
    let kafka: KafkaConfig
    let topics = Topics()
    let partitions: Int
    let logger: Logger
    private let committedPositions = Mutex<Set<Position>>([])

    init(partitions: Int = 8, brokers: Int = 1) throws {
        var logger = Logger(label: "test")
        // WORKER_TEST_LOG=1 shows the workers' info logs when a test needs explaining.
        logger.logLevel = ProcessInfo.processInfo.environment["WORKER_TEST_LOG"] == nil ? .critical : .info
        self.logger = logger
        self.partitions = partitions
        cluster = try EmbeddedCluster(brokers: brokers)
        for topic in topics.all { try cluster.createTopic(topic, partitions: partitions) }
        var kafka = try KafkaConfig(bootstrapServers: [cluster.bootstrapServers])
        // The mock completes a rebalance only after a departed member's session timed out.
        try kafka.set("6000", forKey: "session.timeout.ms")
        try kafka.set("1000", forKey: "heartbeat.interval.ms")
        self.kafka = kafka
    }

    /// Produces `inputs` round-robin over the input partitions; returns where each went.
    @discardableResult
    func produce(_ inputs: [Corpus.Input]) async throws -> [DeliveryReport] {
        let producer = try Producer(config: ProducerConfig(kafka: kafka), logger: logger)
        var receipts: [DeliveryReceipt] = []
        for (index, input) in inputs.enumerated() {
            receipts.append(try await producer.enqueue(ProducerMessage(
                topic: topics.articles, partition: Int32(index % partitions), key: Array("k\(index)".utf8), value: input.value)))
        }
        var reports: [DeliveryReport] = []
        for receipt in receipts { reports.append(try await receipt.report) }
        try await producer.close()
        return reports
    }

    /// A worker of group `newswatch` on the cluster; `waits` records its waits before reading a
    /// given-up batch again (it still waits them).
    func worker(
        _ name: String, delivery: DeliveryMode, waits: RecordedWaits? = nil, configure: (inout WorkerConfiguration) -> Void = { _ in }
    ) -> Worker {
        var configuration = WorkerConfiguration(kafka: kafka, transactionalID: "test-\(name)", topics: topics, delivery: delivery, parallelism: 2)
        configuration.batchMaxMessages = 100
        configuration.maxArticleBytes = Corpus.maxArticleBytes
        configuration.statisticsInterval = .seconds(1)
        configuration.mirrorsOffsetsToGroup = true
        configure(&configuration)
        return Worker(configuration: configuration, logger: logger, onCommit: { [self] reports in recordCommitted(reports) }) { delay in
            waits?.append(delay)
            try await Task.sleep(for: delay)
        }
    }

    private func recordCommitted(_ reports: [DeliveryReport]) {
        committedPositions.withLock { positions in
            for report in reports { positions.insert(Position(topic: report.topic, partition: report.partition, offset: report.offset)) }
        }
    }

    /// Every message in `topics`, from the beginning to the end, aborted ones included.
    func log(_ topics: [String]) async throws -> [KafkaMessage] {
        let consumer = try Consumer(config: ConsumerConfig(kafka: kafka, groupID: "test-watermarks"), logger: logger)
        var total: Int64 = 0
        for topic in topics {
            for partition in 0..<partitions { total += try await consumer.watermarks(TopicPartition(topic, Int32(partition))).count }
        }
        try await consumer.close()
        var collector = AlertCollector(kafka: kafka, logger: logger)
        collector.groupID = "test-reader"
        return try await collector.read(topics: topics, count: Int(total), timeout: .seconds(90))
    }

    /// What a `read_committed` subscriber of a real broker sees in `topics`: in exactly-once
    /// mode only the records of committed transactions, in at-least-once mode everything.
    func visible(_ topics: [String], delivery: DeliveryMode) async throws -> (visible: [KafkaMessage], hidden: Int) {
        let all = try await log(topics)
        guard delivery == .exactlyOnce else { return (all, 0) }
        let committed = committedPositions.withLock { $0 }
        let visible = all.filter { committed.contains(Position(topic: $0.topic, partition: $0.partition, offset: $0.offset)) }
        return (visible, all.count - visible.count)
    }

    /// The group's committed offsets of every input partition.
    func committedOffsets(group: String = "newswatch") async throws -> [TopicPartition: Int64] {
        let consumer = try Consumer(config: ConsumerConfig(kafka: kafka, groupID: group), logger: logger)
        let offsets = try await consumer.committed((0..<partitions).map { TopicPartition(topics.articles, Int32($0)) })
        try await consumer.close()
        return offsets
    }

    /// Waits until the group committed every input partition to its end.
    func waitUntilAllCommitted(timeout: Duration = .seconds(120)) async throws {
        let ends = try await inputEnds()
        let consumer = try Consumer(config: ConsumerConfig(kafka: kafka, groupID: "newswatch"), logger: logger)
        do {
            try await waitUntil("every input committed", timeout: timeout, every: .milliseconds(250)) {
                (try? await consumer.committed(Array(ends.keys))) == ends
            }
        } catch {
            try await consumer.close()
            throw error
        }
        try await consumer.close()
    }

    /// The end offset of every input partition.
    func inputEnds() async throws -> [TopicPartition: Int64] {
        let consumer = try Consumer(config: ConsumerConfig(kafka: kafka, groupID: "test-watermarks"), logger: logger)
        var ends: [TopicPartition: Int64] = [:]
        for partition in 0..<partitions {
            let id = TopicPartition(topics.articles, Int32(partition))
            ends[id] = try await consumer.watermarks(id).high
        }
        try await consumer.close()
        return ends
    }
}

/// Expected against read alerts: what was lost and what was duplicated.
struct Tally: CustomStringConvertible {
    var expected: Int
    var read: Int
    var lost: Int
    var duplicated: Int
    /// Records in the log that a read_committed subscriber does not see (aborted or abandoned transactions).
    var hidden: Int

    init(expected: [String], read: [String], hidden: Int = 0) {
        let want = Dictionary(expected.map { ($0, 1) }, uniquingKeysWith: +)
        let got = Dictionary(read.map { ($0, 1) }, uniquingKeysWith: +)
        self.expected = expected.count
        self.read = read.count
        lost = want.reduce(0) { $0 + max(0, $1.value - (got[$1.key] ?? 0)) }
        duplicated = got.reduce(0) { $0 + max(0, $1.value - (want[$1.key] ?? 0)) }
        self.hidden = hidden
    }

    var description: String {
        "expected \(expected), read \(read), lost \(lost), duplicated \(duplicated), hidden (aborted/abandoned, not visible to read_committed) \(hidden)"
    }
}

/// Waits until `condition` holds, checking it every `interval`.
///
/// - Throws: ``TimedOut`` after `timeout`, naming `what`.
func waitUntil(_ what: String, timeout: Duration = .seconds(120), every interval: Duration = .milliseconds(50), _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while try await !condition() {
        guard ContinuousClock.now < deadline else { throw TimedOut(what: what) }
        try await Task.sleep(for: interval)
    }
}

struct TimedOut: Error, CustomStringConvertible {
    var what: String
    var description: String { "timed out waiting for \(what)" }
}
