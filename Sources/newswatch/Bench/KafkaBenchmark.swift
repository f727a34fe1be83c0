import Foundation
import Kafka
import Logging

/// Our Kafka layer against `kcat` on the same embedded cluster and the same data.
///
/// Each run starts a fresh one-broker ``EmbeddedCluster`` with two topics and then, in an order
/// that alternates between runs:
/// - produces `messageCount` messages of `messageSize` bytes with ``Producer`` (into one topic)
///   and with `kcat -P` reading the same messages from a file (into the other);
/// - reads the topic ``Producer`` wrote from the beginning with ``Consumer`` (assigned
///   partitions, batches of 500) and with `kcat -C -e`.
///
/// Both sides use the same settings: `acks=all`, `enable.idempotence=true`, `linger.ms=5`,
/// `partitioner=murmur2_random`, `sticky.partitioning.linger.ms=0` (each keyless message goes to
/// a random partition; with sticky partitioning, messages enqueued before the first metadata
/// response all land in one partition and overflow the mock's retention), no compression, librdkafka's default batch and fetch sizes,
/// `isolation.level=read_committed`. Times run from client creation (process launch for kcat)
/// to the last acknowledgement or message, so both include connecting and fetching metadata.
/// The topic has enough partitions that every partition stays within the mock's retention.
struct KafkaBenchmark: Sendable {
    let messageSize: Int
    let messageCount: Int
    let runs: Int
    /// Receives the clients' log lines.
    let logger: Logger

    /// Messages per second of every run. `…Transfer` leaves out the Swift client's start and
    /// close (kcat's cannot be separated from outside its process).
    struct Result: Sendable {
        var swiftProducer: [Double] = []
        var swiftProducerTransfer: [Double] = []
        var kcatProducer: [Double] = []
        var swiftConsumer: [Double] = []
        var swiftConsumerTransfer: [Double] = []
        var kcatConsumer: [Double] = []
    }

    var partitions: Int { BenchmarkEnvironment.partitions(forBytes: messageSize * messageCount) }

    func run() async throws -> Result {
        let kcat = try Kcat()
        let payloads = (0..<messageCount).map(payload)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("newswatch-bench-\(messageSize)-\(UUID().uuidString).txt")
        var lines = [UInt8]()
        lines.reserveCapacity(messageCount * (messageSize + 1))
        for payload in payloads {
            lines += payload
            lines.append(UInt8(ascii: "\n"))
        }
        try Data(lines).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        var result = Result()
        let count = Double(messageCount)
        for run in 0..<runs {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("bench.swift", partitions: partitions)
            try cluster.createTopic("bench.kcat", partitions: partitions)
            let kafka = try KafkaConfig(bootstrapServers: [cluster.bootstrapServers])
            let kcatProduce = ["-b", cluster.bootstrapServers, "-q", "-P", "-t", "bench.kcat"] + Self.kcatProducerSettings
            let kcatConsume = [
                "-b", cluster.bootstrapServers, "-q", "-C", "-t", "bench.swift", "-o", "beginning", "-e", "-c", String(messageCount),
                "-X", "isolation.level=read_committed",
            ]
            let swiftFirst = run % 2 == 0
            var producer: Timing?
            var consumer: Timing?
            if swiftFirst { producer = try await produce(payloads, kafka: kafka) }
            let kcatProducer = try await kcat.run(kcatProduce, input: file)
            if !swiftFirst { producer = try await produce(payloads, kafka: kafka) }
            if swiftFirst { consumer = try await consume(kafka: kafka) }
            let kcatConsumer = try await kcat.run(kcatConsume, input: nil)
            if !swiftFirst { consumer = try await consume(kafka: kafka) }
            guard let producer, let consumer else { continue }
            result.swiftProducer.append(count / producer.total.seconds)
            result.swiftProducerTransfer.append(count / producer.transfer.seconds)
            result.kcatProducer.append(count / kcatProducer.seconds)
            result.swiftConsumer.append(count / consumer.total.seconds)
            result.swiftConsumerTransfer.append(count / consumer.transfer.seconds)
            result.kcatConsumer.append(count / kcatConsumer.seconds)
            try await checkCount(kafka: kafka, topic: "bench.kcat")
        }
        return result
    }

    /// kcat's producer settings, matching ``ProducerConfig``'s defaults.
    private static let kcatProducerSettings = [
        "-X", "enable.idempotence=true", "-X", "acks=all", "-X", "linger.ms=5", "-X", "partitioner=murmur2_random",
        "-X", "sticky.partitioning.linger.ms=0",
    ]

    /// Message `index`: printable bytes, no newline (kcat splits its input on newlines).
    private func payload(_ index: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: messageSize)
        var state = UInt32(truncatingIfNeeded: index) &* 2_654_435_761 | 1
        for position in bytes.indices {
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            bytes[position] = UInt8(ascii: "a") + UInt8(state % 26)
        }
        return bytes
    }

    /// Both durations of one Swift client run.
    private struct Timing {
        /// From client creation to close.
        var total: Duration
        /// The transfer alone: first enqueue to last acknowledgement, or first to last message.
        var transfer: Duration
    }

    private func produce(_ payloads: [[UInt8]], kafka: KafkaConfig) async throws -> Timing {
        let clock = ContinuousClock()
        let start = clock.now
        var settings = kafka
        try settings.set("0", forKey: "sticky.partitioning.linger.ms")
        let producer = try Producer(config: ProducerConfig(kafka: settings), logger: logger)
        try await producer.prepare(topics: ["bench.swift"])
        let first = clock.now
        for payload in payloads {
            _ = try await producer.enqueue(ProducerMessage(topic: "bench.swift", value: payload))
        }
        try await producer.flush(timeout: .seconds(120))
        let last = clock.now
        try await producer.close(timeout: .seconds(120))
        return Timing(total: clock.now - start, transfer: last - first)
    }

    private func consume(kafka: KafkaConfig) async throws -> Timing {
        let clock = ContinuousClock()
        let start = clock.now
        let consumer = try Consumer(config: ConsumerConfig(kafka: kafka, groupID: "bench-swift"), logger: logger)
        try await consumer.assign((0..<partitions).map { TopicPartitionOffset("bench.swift", Int32($0), offset: -2) })
        var received = 0
        var bytes = 0
        var first: ContinuousClock.Instant?
        let deadline = clock.now + .seconds(120)
        while received < messageCount {
            guard clock.now < deadline else {
                throw BenchmarkError.incomplete("the Swift consumer read \(received) of \(messageCount) messages; the embedded broker may have dropped data beyond its retention")
            }
            let batch = try await consumer.poll(maxMessages: 500, timeout: .seconds(1))
            if first == nil, !batch.isEmpty { first = clock.now }
            received += batch.count
            for message in batch { bytes &+= message.value?.count ?? 0 }
        }
        let last = clock.now
        try await consumer.close()
        guard bytes == messageCount * messageSize else {
            throw BenchmarkError.incomplete("the Swift consumer read \(bytes) bytes, expected \(messageCount * messageSize)")
        }
        return Timing(total: clock.now - start, transfer: last - (first ?? last))
    }

    /// Checks that kcat's produce delivered every message.
    private func checkCount(kafka: KafkaConfig, topic: String) async throws {
        let consumer = try Consumer(config: ConsumerConfig(kafka: kafka, groupID: "bench-check"), logger: logger)
        var total: Int64 = 0
        for partition in 0..<partitions {
            let marks = try await consumer.watermarks(TopicPartition(topic, Int32(partition)))
            total += marks.high - marks.low
        }
        try await consumer.close()
        guard total == messageCount else {
            throw BenchmarkError.incomplete("kcat -P stored \(total) of \(messageCount) messages in \(topic)")
        }
    }
}
