import Foundation
import Kafka
import Logging
import Synchronization
import Worker

/// Latency at a fixed input rate: from an article's Kafka timestamp to the moment its alerts
/// are committed and a read_committed subscriber has them.
///
/// Each run starts a fresh embedded cluster, one exactly-once worker and the subscriber, warms
/// them up (one article per partition, then `settle`), and then produces `rate`
/// articles per second for `duration`, each stamped with the wall-clock time it was produced.
/// A read_committed subscriber on the alert topics notes when it first sees an alert of each
/// article (matched by the `ce_subject` header, the article id), and a tracker polls the
/// worker's committed input offsets every millisecond. An article's latency is the later of
/// the two moments minus its timestamp; the later one counts because librdkafka's mock broker
/// may hand out transactional records before their commit, while a real broker does not.
/// Articles without alerts produce no sample. The peak resident set of the run is recorded too.
struct LatencyBenchmark: Sendable {
    let corpus: ArticleCorpus
    let rate: Int
    let duration: Duration
    let runs: Int
    /// `fetch.wait.max.ms` of the worker and the subscriber.
    let fetchWaitMilliseconds: Int
    /// How long the worker's group may settle after its warm-up, before the feed starts.
    let settle: Duration
    /// Receives the log lines of the clients and the worker.
    let logger: Logger

    struct Result: Sendable {
        var p50: [Double] = []
        var p99: [Double] = []
        var p999: [Double] = []
        var samples: [Int] = []
        /// The median of the two moments separately: the worker's offset commit, the subscriber's receipt.
        var p50ToCommit: [Double] = []
        var p50ToSubscriber: [Double] = []
        var peakMegabytes: [Double] = []
        var startMegabytes: [Double] = []
        /// Articles per committed batch (one transaction each), on average over the run.
        var articlesPerBatch: [Double] = []
    }

    /// Articles produced per run.
    var articleCount: Int { min(corpus.count, Int(Double(rate) * duration.seconds)) }

    func run() async throws -> Result {
        var result = Result()
        let count = articleCount
        let partitions = BenchmarkEnvironment.partitions(forBytes: corpus.totalBytes)
        for _ in 0..<runs {
            let bench = try WorkerBenchCluster(inputPartitions: partitions, alertPartitions: 3, fetchWaitMilliseconds: fetchWaitMilliseconds, logger: logger)
            var memory = PeakMemoryProbe()
            let running = RunningWorkers(bench.workers(1, delivery: .exactlyOnce))
            let subscriber = try await AlertSubscriber(bench: bench)
            let subscribing = Task { try await subscriber.run() }
            let warmUp = try await bench.warmUp(settle: settle) { running.messagesIn }
            let tracker = CommitTracker(worker: running.workers[0])
            let tracking = Task { await tracker.run() }
            let produced = try await feed(count, bench: bench, memory: &memory)
            try await BenchmarkEnvironment.waitUntil("\(count) committed articles", timeout: .seconds(120)) {
                memory.sample()
                return running.messagesIn >= warmUp + count
            }
            let alerts = running.alerts
            try await BenchmarkEnvironment.waitUntil("\(alerts) alerts at the subscriber", timeout: .seconds(60)) {
                subscriber.alertsSeen >= alerts
            }
            subscribing.cancel()
            tracking.cancel()
            try await subscribing.value
            await tracking.value
            try await running.stop()
            memory.sample()

            let seen = subscriber.firstSeen
            let commits = tracker.timeline
            var latencies: [Double] = []
            var toCommit: [Double] = []
            var toSubscriber: [Double] = []
            for article in produced {
                guard let seenAt = seen[corpus.ids[article.index]] else { continue }
                guard let committedAt = commits.firstTime(partition: article.partition, above: article.offset) else { continue }
                latencies.append(max(seenAt, committedAt) - Double(article.timestamp))
                toCommit.append(committedAt - Double(article.timestamp))
                toSubscriber.append(seenAt - Double(article.timestamp))
            }
            guard !latencies.isEmpty else { throw BenchmarkError.incomplete("no alert reached the subscriber") }
            latencies.sort()
            result.p50.append(Self.percentile(latencies, 0.50))
            result.p99.append(Self.percentile(latencies, 0.99))
            result.p999.append(Self.percentile(latencies, 0.999))
            result.samples.append(latencies.count)
            result.p50ToCommit.append(Self.percentile(toCommit.sorted(), 0.50))
            result.p50ToSubscriber.append(Self.percentile(toSubscriber.sorted(), 0.50))
            result.peakMegabytes.append(memory.peakMegabytes)
            result.startMegabytes.append(memory.startMegabytes)
            let statistics = running.workers[0].statistics
            result.articlesPerBatch.append(Double(statistics.messagesIn) / Double(max(1, statistics.batchesCommitted)))
        }
        return result
    }

    /// Where each produced article landed, and when it was produced.
    private struct Produced {
        let index: Int
        let partition: Int32
        let offset: Int64
        let timestamp: Int64
    }

    /// Produces `count` articles at `rate` per second, on schedule (late articles go out at once).
    private func feed(_ count: Int, bench: WorkerBenchCluster, memory: inout PeakMemoryProbe) async throws -> [Produced] {
        let producer = try Producer(config: ProducerConfig(kafka: bench.kafka), logger: bench.logger)
        // Otherwise the first articles may wait up to a second for the producer's topic scan.
        try await producer.prepare(topics: [bench.topics.articles])
        let clock = ContinuousClock()
        let start = clock.now
        var receipts: [(index: Int, timestamp: Int64, receipt: DeliveryReceipt)] = []
        receipts.reserveCapacity(count)
        var next = 0
        while next < count {
            let due = min(count, Int((clock.now - start).seconds * Double(rate)) + 1)
            while next < due {
                let timestamp = Int64(BenchmarkEnvironment.epochMilliseconds)
                let receipt = try await producer.enqueue(bench.inputMessage(corpus.messages[next], index: next, timestamp: timestamp))
                receipts.append((next, timestamp, receipt))
                next += 1
            }
            if next % 100 == 0 { memory.sample() }
            try await clock.sleep(until: start + .seconds(Double(next) / Double(rate)))
        }
        var produced: [Produced] = []
        produced.reserveCapacity(count)
        for entry in receipts {
            let report = try await entry.receipt.report
            produced.append(Produced(index: entry.index, partition: report.partition, offset: report.offset, timestamp: entry.timestamp))
        }
        try await producer.close()
        return produced
    }

    /// The value below which `fraction` of the sorted `values` lie (nearest rank).
    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank - 1))]
    }
}

/// A read_committed consumer of the alert topics that notes when each article's first alert
/// arrives.
private final class AlertSubscriber: Sendable {
    private let consumer: Consumer
    private let seen = Mutex<(firstSeen: [String: Double], alerts: Int)>(([:], 0))

    init(bench: WorkerBenchCluster) async throws {
        var config = ConsumerConfig(kafka: bench.kafka, groupID: "newswatch-bench-subscriber")
        config.isolationLevel = .readCommitted
        consumer = try Consumer(config: config, logger: bench.logger)
        let alertTopics = [bench.topics.operations, bench.topics.schedules]
        try await consumer.assign(alertTopics.flatMap { topic in (0..<bench.alertPartitions).map { TopicPartitionOffset(topic, Int32($0), offset: -2) } })
    }

    /// Epoch milliseconds at which the first alert of each article id arrived.
    var firstSeen: [String: Double] { seen.withLock { $0.firstSeen } }

    /// Alerts received so far.
    var alertsSeen: Int { seen.withLock { $0.alerts } }

    /// Reads until the task is cancelled, then closes the consumer.
    func run() async throws {
        while !Task.isCancelled {
            let batch = try await consumer.poll(maxMessages: 500, timeout: .milliseconds(100))
            let now = BenchmarkEnvironment.epochMilliseconds
            seen.withLock { state in
                state.alerts += batch.count
                for message in batch {
                    guard let subject = message.header("ce_subject") else { continue }
                    let id = String(decoding: subject, as: UTF8.self)
                    if state.firstSeen[id] == nil { state.firstSeen[id] = now }
                }
            }
        }
        try await consumer.close()
    }
}

/// Follows a worker's committed input offsets, to know when each input message was committed.
private final class CommitTracker: Sendable {
    /// When each partition's committed offset moved, in order.
    struct Timeline: Sendable {
        var changes: [Int32: [(time: Double, committed: Int64)]] = [:]

        /// The first time the committed offset of `partition` passed `offset`.
        func firstTime(partition: Int32, above offset: Int64) -> Double? {
            changes[partition]?.first { $0.committed > offset }?.time
        }
    }

    private let worker: Worker
    private let changes = Mutex(Timeline())

    init(worker: Worker) { self.worker = worker }

    var timeline: Timeline { changes.withLock { $0 } }

    /// Polls until the task is cancelled.
    func run() async {
        var last: [TopicPartition: Int64] = [:]
        while !Task.isCancelled {
            let committed = worker.statistics.committed
            if committed != last {
                let now = BenchmarkEnvironment.epochMilliseconds
                changes.withLock { timeline in
                    for (partition, offset) in committed where last[partition] != offset {
                        timeline.changes[partition.partition, default: []].append((now, offset))
                    }
                }
                last = committed
            }
            try? await Task.sleep(for: .milliseconds(1))
        }
    }
}
