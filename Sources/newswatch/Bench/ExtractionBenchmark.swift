import Extraction
import Foundation
import NewswatchTestKit

/// Extraction alone on one core: article JSON in, encoded alert JSON out, no Kafka.
///
/// The corpus is `SyntheticCorpus` with bodies of 300–8,000 words, `operationShare` of them
/// (30% by default) reporting operations.
/// Each run decodes, extracts and encodes every article once on the calling thread; throughput
/// counts the input JSON bytes, per second of wall time and per second of the thread's CPU time
/// (the two differ when other processes share the core).
struct ExtractionBenchmark: Sendable {
    let articleCount: Int
    let runs: Int
    /// The share of articles that report operations; the rest carry only trap sentences.
    var operationShare = 0.3

    struct Result: Sendable {
        var megabytesPerSecond: [Double] = []
        var articlesPerSecond: [Double] = []
        /// Megabytes per second of CPU time of the benchmark thread: what one core does when it
        /// is not shared, independent of other load on the machine.
        var megabytesPerCPUSecond: [Double] = []
        var corpusBytes = 0
        var alerts = 0
    }

    /// The benchmark's input: `articleCount` article JSON lines, the same on every machine.
    var corpus: [[UInt8]] {
        SyntheticCorpus(configuration: .init(minimumWords: 300, maximumWords: 8_000, operationShare: operationShare))
            .jsonLines(count: articleCount)
    }

    func run() -> Result {
        let lines = corpus
        let decoder = ArticleDecoder()
        let extractor = Extractor()
        let encoder = AlertEncoder()
        var result = Result()
        result.corpusBytes = lines.reduce(0) { $0 + $1.count }
        let clock = ContinuousClock()
        for _ in 0..<runs {
            var alerts = 0
            var encodedBytes = 0
            let cpuStart = Self.threadCPUSeconds
            let elapsed = clock.measure {
                for line in lines {
                    guard let article = try? decoder.decode(json: line, kafkaTimestampMilliseconds: nil) else { continue }
                    let extracted = extractor.extract(article)
                    for alert in extracted.operations { encodedBytes &+= encoder.encode(alert).count }
                    for alert in extracted.schedules { encodedBytes &+= encoder.encode(alert).count }
                    alerts += extracted.operations.count + extracted.schedules.count
                }
            }
            let seconds = elapsed.seconds
            result.megabytesPerCPUSecond.append(Double(result.corpusBytes) / 1_000_000 / (Self.threadCPUSeconds - cpuStart))
            result.megabytesPerSecond.append(Double(result.corpusBytes) / 1_000_000 / seconds)
            result.articlesPerSecond.append(Double(lines.count) / seconds)
            result.alerts = alerts
            precondition(encodedBytes >= 0)
        }
        return result
    }
}

extension ExtractionBenchmark {
    /// CPU time the calling thread has used, in seconds.
    static var threadCPUSeconds: Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
