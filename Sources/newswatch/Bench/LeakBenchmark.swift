import Foundation
import Kafka
import Logging
import Worker

/// Leak check: the resident set after `articles` articles and after ten times as many.
///
/// One exactly-once worker runs on a fresh embedded cluster while a feeder produces the corpus
/// over and over, never more than `maximumLag` articles ahead of what the worker committed (so
/// the input stays within the mock's retention). The input and alert topics are small (4 and 1
/// partitions), so the mock's per-partition retention is full long before the first reading and
/// the broker's memory stays flat; what grows after that is the worker's (or the clients').
struct LeakBenchmark: Sendable {
    let corpus: ArticleCorpus
    let articles: Int
    /// Receives the log lines of the clients and the worker.
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
        let running = RunningWorkers(bench.workers(1, delivery: .exactlyOnce))
        let producer = try Producer(config: ProducerConfig(kafka: bench.kafka), logger: bench.logger)
        let total = articles * 10
        var residentAfterN: Double?
        var produced = 0
        while produced < total {
            let committed = running.messagesIn
            if residentAfterN == nil, committed >= articles { residentAfterN = Self.residentMegabytes }
            guard produced - committed < maximumLag else {
                try await Task.sleep(for: .milliseconds(2))
                continue
            }
            let burst = min(total - produced, maximumLag - (produced - committed))
            for _ in 0..<burst {
                _ = try await producer.enqueue(bench.inputMessage(corpus.messages[produced % corpus.count], index: produced))
                produced += 1
            }
        }
        try await BenchmarkEnvironment.waitUntil("\(total) committed articles", timeout: .seconds(300)) {
            if residentAfterN == nil, running.messagesIn >= articles { residentAfterN = Self.residentMegabytes }
            return running.messagesIn >= total
        }
        let residentAfter10N = Self.residentMegabytes
        try await producer.close()
        try await running.stop()
        return Result(residentAfterN: residentAfterN ?? residentAfter10N, residentAfter10N: residentAfter10N)
    }

    private static var residentMegabytes: Double { Double(ProcessMemory.residentBytes ?? 0) / 1_000_000 }
}
