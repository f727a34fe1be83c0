import Foundation
import Kafka
import Logging
import Worker

/// Leak check: the resident set of a worker after `articles` articles and after ten times as many.
///
/// One exactly-once worker process (``WorkerProcess``) runs on a fresh embedded cluster while a
/// feeder in this process produces the corpus over and over, never more than `maximumLag`
/// articles ahead of what the worker committed (so the input stays within the mock's
/// retention). The readings are the worker process's `VmRSS`; the broker's memory is not in them.
struct LeakBenchmark: Sendable {
    let corpus: ArticleCorpus
    let articles: Int
    /// `--log-level` of the worker process.
    let workerLogLevel: String
    /// Receives the log lines of the benchmark's own clients.
    let logger: Logger
    /// The most articles the feeder may be ahead of the worker.
    let maximumLag = 1_500

    struct Result: Sendable {
        var residentAfterN: Double
        var residentAfter10N: Double
        var ratio: Double { residentAfter10N / residentAfterN }
    }

    func run() async throws -> Result {
        let bench = try WorkerBenchCluster(inputPartitions: 4, alertPartitions: 1, fetchWaitMilliseconds: nil, logger: logger)
        let running = try WorkerProcesses(1, bench: bench, delivery: .exactlyOnce, logLevel: workerLogLevel)
        do {
            let result = try await feed(running, bench: bench)
            try await running.stop()
            return result
        } catch {
            running.workers[0].terminate()
            throw error
        }
    }

    private func feed(_ running: WorkerProcesses, bench: WorkerBenchCluster) async throws -> Result {
        let worker = running.workers[0]
        let producer = try Producer(config: ProducerConfig(kafka: bench.kafka), logger: bench.logger)
        let total = articles * 10
        var residentAfterN: Int?
        var produced = 0
        while produced < total {
            let committed = try await running.messagesIn()
            if residentAfterN == nil, committed >= articles { residentAfterN = worker.residentBytes }
            guard produced - committed < maximumLag else {
                try await Task.sleep(for: .milliseconds(5))
                continue
            }
            let burst = min(total - produced, maximumLag - (produced - committed))
            for _ in 0..<burst {
                _ = try await producer.enqueue(bench.inputMessage(corpus.messages[produced % corpus.count], index: produced))
                produced += 1
            }
        }
        try await BenchmarkEnvironment.waitUntil("\(total) committed articles", timeout: .seconds(300)) {
            let committed = try await running.messagesIn()
            if residentAfterN == nil, committed >= articles { residentAfterN = worker.residentBytes }
            return committed >= total
        }
        let residentAfter10N = worker.residentBytes
        try await producer.close()
        return Result(residentAfterN: Double(residentAfterN ?? residentAfter10N) / 1_000_000, residentAfter10N: Double(residentAfter10N) / 1_000_000)
    }
}
