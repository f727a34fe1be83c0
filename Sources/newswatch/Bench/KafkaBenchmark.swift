import Foundation
import Kafka
import Logging

/// Our Kafka layer against `kcat` on the same embedded cluster and the same data.
///
/// Each run starts a fresh one-broker ``EmbeddedCluster`` with two topics of ``partitions``
/// partitions and then, in an order that alternates between runs:
/// - produces `messageCount` messages of `messageSize` bytes with ``Producer`` (into one topic)
///   and with `kcat -P` reading the same messages from a file (into the other);
/// - reads what the broker kept of the topic ``Producer`` wrote, from its first retained offset
///   to its end, with ``Consumer`` (assigned partitions, batches of 500) and with `kcat -C -e`.
///
/// The mock keeps only about the last 5 MB of each partition, so a run that produces more than
/// that leaves the consumers the retained tail: both read exactly the same messages, and both
/// producers are checked to have stored every message (the partitions' end offsets).
///
/// Both sides use the same settings: `acks=all`, `enable.idempotence=true`, `linger.ms=5`,
/// `partitioner=murmur2_random`, `sticky.partitioning.linger.ms=0` (each keyless message goes to
/// a random partition; with sticky partitioning, messages enqueued before the first metadata
/// response all land in one partition), no compression, librdkafka's default batch and fetch
/// sizes, `isolation.level=read_committed`. Times run from client creation (process launch for
/// kcat) to the last acknowledgement or message, so both include connecting and fetching metadata.
struct KafkaBenchmark: Sendable {
    let messageSize: Int
    let messageCount: Int
    let runs: Int
    /// Receives the clients' log lines.
    let logger: Logger

    /// Messages per second of every run. `…Transfer` leaves out the Swift client's start and
    /// close (kcat's cannot be separated from outside its process). `…CPU` is CPU microseconds
    /// per message from start to close (launch to exit), the client's and the embedded broker's
    /// together: the same broker work on both sides, and less disturbed by other load on the
    /// machine than the wall time.
    struct Result: Sendable {
        var swiftProducer: [Double] = []
        var swiftProducerTransfer: [Double] = []
        var swiftProducerCPU: [Double] = []
        var kcatProducer: [Double] = []
        var kcatProducerCPU: [Double] = []
        /// Messages the broker kept of the Swift producer's topic, which both consumers read.
        var retained: [Int] = []
        var swiftConsumer: [Double] = []
        var swiftConsumerTransfer: [Double] = []
        var swiftConsumerCPU: [Double] = []
        var kcatConsumer: [Double] = []
        var kcatConsumerCPU: [Double] = []
    }

    /// Partitions of each topic, whatever the volume: the volume lengthens a run, it does not
    /// change its shape.
    static let partitions = 20
    var partitions: Int { Self.partitions }

    /// Distinct payloads: 40 MB of them, repeated in the same order up to `messageCount`.
    private var distinctPayloads: Int { min(messageCount, max(1, 40_000_000 / messageSize)) }

    func run() async throws -> Result {
        let kcat = try Kcat()
        let payloads = (0..<distinctPayloads).map(payload)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("newswatch-bench-\(messageSize)-\(UUID().uuidString).txt")
        try writeLines(payloads, to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        var result = Result()
        let count = Double(messageCount)
        for run in 0..<runs {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("bench.swift", partitions: partitions)
            try cluster.createTopic("bench.kcat", partitions: partitions)
            let kafka = try KafkaConfig(bootstrapServers: [cluster.bootstrapServers])
            let kcatProduce = ["-b", cluster.bootstrapServers, "-q", "-P", "-t", "bench.kcat"] + Self.kcatProducerSettings
            let swiftFirst = run % 2 == 0
            var producer: Timing?
            if swiftFirst { producer = try await produce(payloads, kafka: kafka) }
            let kcatProducerStart = ProcessCPUTime.now
            let kcatProducer = try await kcat.run(kcatProduce, input: file)
            let kcatProducerCPU = ProcessCPUTime.now.seconds(since: kcatProducerStart)
            if !swiftFirst { producer = try await produce(payloads, kafka: kafka) }
            try await checkStored(kafka: kafka, topic: "bench.kcat", by: "kcat -P")
            try await checkStored(kafka: kafka, topic: "bench.swift", by: "the Swift producer")

            let retained = try await retainedMessages(kafka: kafka, topic: "bench.swift")
            let kcatConsume = [
                "-b", cluster.bootstrapServers, "-q", "-C", "-t", "bench.swift", "-o", "beginning", "-e", "-c", String(retained),
                "-X", "isolation.level=read_committed",
            ]
            var consumer: Timing?
            if swiftFirst { consumer = try await consume(retained, kafka: kafka) }
            let kcatConsumerStart = ProcessCPUTime.now
            let kcatConsumer = try await kcat.run(kcatConsume, input: nil)
            let kcatConsumerCPU = ProcessCPUTime.now.seconds(since: kcatConsumerStart)
            if !swiftFirst { consumer = try await consume(retained, kafka: kafka) }
            guard let producer, let consumer else { continue }
            result.swiftProducer.append(count / producer.total.seconds)
            result.swiftProducerTransfer.append(count / producer.transfer.seconds)
            result.swiftProducerCPU.append(producer.cpuSeconds * 1e6 / count)
            result.kcatProducer.append(count / kcatProducer.seconds)
            result.kcatProducerCPU.append(kcatProducerCPU * 1e6 / count)
            result.retained.append(retained)
            result.swiftConsumer.append(Double(retained) / consumer.total.seconds)
            result.swiftConsumerTransfer.append(Double(retained) / consumer.transfer.seconds)
            result.swiftConsumerCPU.append(consumer.cpuSeconds * 1e6 / Double(retained))
            result.kcatConsumer.append(Double(retained) / kcatConsumer.seconds)
            result.kcatConsumerCPU.append(kcatConsumerCPU * 1e6 / Double(retained))
        }
        return result
    }

    /// Writes message `index % payloads.count` for every index below `messageCount`, one a line.
    private func writeLines(_ payloads: [[UInt8]], to file: URL) throws {
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        var chunk = [UInt8]()
        chunk.reserveCapacity(payloads.count * (messageSize + 1))
        for index in 0..<messageCount {
            chunk += payloads[index % payloads.count]
            chunk.append(UInt8(ascii: "\n"))
            if index % payloads.count == payloads.count - 1 || index == messageCount - 1 {
                try handle.write(contentsOf: chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
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
        /// CPU seconds of the process from creation to close.
        var cpuSeconds: Double
    }

    private func produce(_ payloads: [[UInt8]], kafka: KafkaConfig) async throws -> Timing {
        let clock = ContinuousClock()
        let cpu = ProcessCPUTime.now
        let start = clock.now
        var settings = kafka
        try settings.set("0", forKey: "sticky.partitioning.linger.ms")
        let producer = try Producer(config: ProducerConfig(kafka: settings), logger: logger)
        try await producer.prepare(topics: ["bench.swift"])
        let first = clock.now
        for index in 0..<messageCount {
            _ = try await producer.enqueue(ProducerMessage(topic: "bench.swift", value: payloads[index % payloads.count]))
        }
        try await producer.flush(timeout: .seconds(120))
        let last = clock.now
        try await producer.close(timeout: .seconds(120))
        return Timing(total: clock.now - start, transfer: last - first, cpuSeconds: ProcessCPUTime.now.seconds(since: cpu))
    }

    /// Reads `count` messages, the retained tail of the Swift producer's topic.
    private func consume(_ count: Int, kafka: KafkaConfig) async throws -> Timing {
        let clock = ContinuousClock()
        let cpu = ProcessCPUTime.now
        let start = clock.now
        let consumer = try Consumer(config: ConsumerConfig(kafka: kafka, groupID: "bench-swift"), logger: logger)
        try await consumer.assign((0..<partitions).map { TopicPartitionOffset("bench.swift", Int32($0), offset: -2) })
        var received = 0
        var bytes = 0
        var first: ContinuousClock.Instant?
        let deadline = clock.now + .seconds(120)
        while received < count {
            guard clock.now < deadline else {
                throw BenchmarkError.incomplete("the Swift consumer read \(received) of \(count) retained messages")
            }
            let batch = try await consumer.poll(maxMessages: 500, timeout: .seconds(1))
            if first == nil, !batch.isEmpty { first = clock.now }
            received += batch.count
            for message in batch { bytes &+= message.value?.count ?? 0 }
        }
        let last = clock.now
        try await consumer.close()
        let cpuSeconds = ProcessCPUTime.now.seconds(since: cpu)
        guard bytes == count * messageSize else {
            throw BenchmarkError.incomplete("the Swift consumer read \(bytes) bytes, expected \(count * messageSize)")
        }
        return Timing(total: clock.now - start, transfer: last - (first ?? last), cpuSeconds: cpuSeconds)
    }

    /// Checks that `topic` received every message: its partitions' end offsets add up to
    /// `messageCount` (the mock may have dropped the oldest since, which moves only the start).
    private func checkStored(kafka: KafkaConfig, topic: String, by producer: String) async throws {
        let stored = try await watermarks(kafka: kafka, topic: topic).reduce(Int64(0)) { $0 + $1.high }
        guard stored == Int64(messageCount) else {
            throw BenchmarkError.incomplete("\(producer) stored \(stored) of \(messageCount) messages in \(topic)")
        }
    }

    /// The messages `topic` still holds: from each partition's first retained offset to its end.
    private func retainedMessages(kafka: KafkaConfig, topic: String) async throws -> Int {
        Int(try await watermarks(kafka: kafka, topic: topic).reduce(Int64(0)) { $0 + $1.count })
    }

    private func watermarks(kafka: KafkaConfig, topic: String) async throws -> [Watermarks] {
        let consumer = try Consumer(config: ConsumerConfig(kafka: kafka, groupID: "bench-check"), logger: logger)
        var marks: [Watermarks] = []
        for partition in 0..<partitions {
            marks.append(try await consumer.watermarks(TopicPartition(topic, Int32(partition))))
        }
        try await consumer.close()
        return marks
    }
}
