import Foundation
import Kafka
import Logging
import Worker

/// End-to-end worker throughput: articles from the input topic to committed alerts.
///
/// Each run starts a fresh embedded cluster in this process and `workers` workers of one group
/// as child processes (`newswatch run`, see ``WorkerProcess``), each extracting on
/// cores ÷ workers threads. Once one warm-up article per partition is committed and the group
/// had `settle` to finish rebalancing, the whole corpus is produced into the article topic
/// (spread over enough partitions to stay within the mock's retention; producing takes a
/// fraction of the processing time). The clock starts when the first corpus batch is committed
/// and stops when every article is committed — in exactly-once mode, when the transaction
/// holding its alerts and its input offset committed — as the workers' `/metrics` report it.
/// The peak resident set (`VmHWM`) of each worker process is read before it is stopped.
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
    /// `--log-level` of the worker processes.
    let workerLogLevel: String
    /// Receives the log lines of the benchmark's own clients.
    let logger: Logger

    struct Result: Sendable {
        var articlesPerSecond: [Double] = []
        /// Per run, the largest peak resident set of its worker processes.
        var peakMegabytes: [Double] = []
        /// Per run, the largest resident set of its worker processes after the warm-up, before the corpus.
        var idleMegabytes: [Double] = []
    }

    func run() async throws -> Result {
        var result = Result()
        let partitions = BenchmarkEnvironment.partitions(forBytes: corpus.totalBytes)
        for _ in 0..<runs {
            let bench = try WorkerBenchCluster(inputPartitions: partitions, alertPartitions: 3, fetchWaitMilliseconds: fetchWaitMilliseconds, logger: logger)
            let running = try WorkerProcesses(workers, bench: bench, delivery: delivery, logLevel: workerLogLevel)
            do {
                try await measure(running, bench: bench, into: &result)
            } catch {
                for worker in running.workers { worker.terminate() }
                throw error
            }
            try await running.stop()
        }
        return result
    }

    private func measure(_ running: WorkerProcesses, bench: WorkerBenchCluster, into result: inout Result) async throws {
        let warmUp = try await bench.warmUp(settle: settle) { try await running.messagesIn() }
        let idle = running.workers.map(\.residentBytes).max() ?? 0
        let producing = Task { try await bench.preload(corpus) }
        let clock = ContinuousClock()
        var firstBatch = 0
        try await BenchmarkEnvironment.waitUntil("the first committed batch", timeout: .seconds(120), interval: .milliseconds(2)) {
            firstBatch = try await running.messagesIn() - warmUp
            return firstBatch > 0
        }
        let start = clock.now
        try await BenchmarkEnvironment.waitUntil("\(corpus.count) committed articles", timeout: .seconds(600), interval: .milliseconds(2)) {
            try await running.messagesIn() - warmUp >= corpus.count
        }
        let elapsed = clock.now - start
        try await producing.value
        guard firstBatch < corpus.count else {
            throw BenchmarkError.incomplete("the first batch held every article; raise --worker-articles for a throughput figure")
        }
        result.articlesPerSecond.append(Double(corpus.count - firstBatch) / elapsed.seconds)
        result.peakMegabytes.append(Double(running.workers.map(\.peakResidentBytes).max() ?? 0) / 1_000_000)
        result.idleMegabytes.append(Double(idle) / 1_000_000)
    }
}
