import Foundation
import Kafka
import Logging
import Worker

/// End-to-end worker throughput: articles from the input topic to committed alerts.
///
/// Each run starts a fresh embedded cluster and `workers` workers of one group in this process,
/// each extracting on cores ÷ workers threads. Once one warm-up article per partition is
/// committed and the group had `settle` to finish rebalancing, the whole corpus is produced
/// into the article topic (spread over enough partitions to stay within the mock's retention;
/// producing takes a fraction of the processing time). The clock starts when the first corpus
/// batch is committed and stops when every article is committed — in exactly-once mode, when
/// the transaction holding its alerts and its input offset committed. The peak resident set of the process is recorded
/// over the same run; it includes the embedded broker holding the input and alert topics.
struct WorkerBenchmark: Sendable {
    let corpus: ArticleCorpus
    let delivery: DeliveryMode
    let workers: Int
    let runs: Int
    /// How long the group may settle after the warm-up, before the corpus is produced.
    let settle: Duration
    /// `fetch.wait.max.ms` of the workers' consumers (`--fetch-wait-ms`): the mock broker holds
    /// an empty fetch for the whole wait even when data arrives meanwhile.
    let fetchWaitMilliseconds: Int
    /// Receives the log lines of the clients and workers.
    let logger: Logger

    struct Result: Sendable {
        var articlesPerSecond: [Double] = []
        var peakMegabytes: [Double] = []
        var startMegabytes: [Double] = []
    }

    func run() async throws -> Result {
        var result = Result()
        let partitions = BenchmarkEnvironment.partitions(forBytes: corpus.totalBytes)
        for _ in 0..<runs {
            let bench = try WorkerBenchCluster(inputPartitions: partitions, alertPartitions: 3, fetchWaitMilliseconds: fetchWaitMilliseconds, logger: logger)
            var memory = PeakMemoryProbe()
            let running = RunningWorkers(bench.workers(workers, delivery: delivery))
            let warmUp = try await bench.warmUp(running, settle: settle)
            let producing = Task { try await bench.preload(corpus) }
            let clock = ContinuousClock()
            var firstBatch = 0
            try await BenchmarkEnvironment.waitUntil("the first committed batch", timeout: .seconds(120), interval: .milliseconds(2)) {
                firstBatch = running.messagesIn - warmUp
                return firstBatch > 0
            }
            let start = clock.now
            var samples = 0
            try await BenchmarkEnvironment.waitUntil("\(corpus.count) committed articles", timeout: .seconds(600), interval: .milliseconds(2)) {
                samples += 1
                if samples % 25 == 0 { memory.sample() }
                return running.messagesIn - warmUp >= corpus.count
            }
            let elapsed = clock.now - start
            memory.sample()
            try await producing.value
            try await running.stop()
            guard firstBatch < corpus.count else {
                throw BenchmarkError.incomplete("the first batch held every article; raise --worker-articles for a throughput figure")
            }
            result.articlesPerSecond.append(Double(corpus.count - firstBatch) / elapsed.seconds)
            result.peakMegabytes.append(memory.peakMegabytes)
            result.startMegabytes.append(memory.startMegabytes)
        }
        return result
    }
}
