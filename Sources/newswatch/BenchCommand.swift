import ArgumentParser
import Foundation
import Kafka
import Logging
import Worker

/// `newswatch bench`: the benchmarks of DESIGN §7, printed as one markdown table.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure extraction, the Kafka layer, the worker, latency and memory; print a BENCHMARKS.md-ready table.",
        discussion: """
            Run it from a release build (`make bench` does) on an otherwise idle machine.
            Every figure is the median of --runs runs, with the minimum and maximum, the
            machine's core count and the project's target beside it. Everything runs on
            librdkafka's embedded mock broker in this process: no network, no Kafka. The
            worker and leak benchmarks start their workers as `newswatch run` child
            processes of this binary, so their memory figures are the worker's own.

            Benchmarks (choose with --benchmarks, comma-separated; default all):
              extraction  decode + extract + encode on one core, MB/s and articles/s of
                          input JSON (--extraction-articles, 300-8,000 words each,
                          30% reporting operations), and MB/s when every article
                          reports operations (the worst case).
              kafka       Producer and Consumer against kcat -P / kcat -C on the same
                          broker and data, 1 KB and 10 KB messages, --kafka-megabytes
                          produced per run into 20 partitions; the consumers read
                          what the broker kept of them (~5 MB a partition). Ratio
                          rows: ours / kcat, both on librdkafka.
              worker      articles/s from input topic to committed alerts, exactly-
                          once and at-least-once, 1 and 2 worker processes sharing
                          the cores, --worker-articles articles of ~--article-words
                          words (~3 KB), and each worker's peak resident set (RSS).
              latency     one exactly-once worker fed --latency-rate articles/s for
                          --latency-seconds: p50/p99/p99.9 from an input message's
                          timestamp to its alerts committed and seen by a
                          read_committed subscriber; peak RSS of this process
                          (worker, broker and subscriber together).
              leak        a worker process's RSS after --leak-articles articles and
                          after 10 times as many (one long run; the figure is the ratio).

            The mock broker keeps only about the last 5 MB of each partition: the worker,
            latency and leak benchmarks spread their data so that no partition holds
            more than 2 MB, and the Kafka consumers read only what was kept. With the defaults a full
            run takes about 13 minutes on 2 cores, 6 of them in the leak check.

            Examples:
              newswatch bench                          # everything, default sizes
              newswatch bench --benchmarks kafka,latency --runs 7
              newswatch bench --benchmarks worker --worker-articles 20000 --output w.md
              newswatch bench --benchmarks leak --leak-articles 10000   # 10k vs 100k
              newswatch bench --write-corpus corpus.jsonl --extraction-articles 400
            """
    )

    /// A benchmark `--benchmarks` can select.
    enum Benchmark: String, CaseIterable {
        case extraction, kafka, worker, latency, leak
    }

    @Option(help: "Comma-separated benchmarks to run: extraction, kafka, worker, latency, leak, or all.")
    var benchmarks = "all"

    @Option(help: "Runs per figure; the table shows their median and range (at least 5).")
    var runs = 5

    @Option(help: "Articles in the extraction corpus (300–8,000 words each, 30% with operations).")
    var extractionArticles = 1_000

    @Option(help: "Megabytes of messages per message size and per run in the Kafka benchmark.")
    var kafkaMegabytes = 200

    @Option(help: "Articles per end-to-end worker run (pre-loaded into the input topic).")
    var workerArticles = 10_000

    @Option(help: "Seconds the worker group may settle (finish rebalancing) after its warm-up, before the corpus is produced.")
    var settleSeconds = 5

    @Option(help: "Mean words per worker/latency/leak article (± 15%); 450 words make about 3 KB of JSON.")
    var articleWords = 450

    @Option(help: "Input rate of the latency benchmark, in articles per second.")
    var latencyRate = 500

    @Option(help: "How long the latency benchmark feeds articles per run, in seconds.")
    var latencySeconds = 20

    @Option(help: """
        fetch.wait.max.ms of the worker and latency benchmarks' clients. The mock broker answers \
        an empty fetch only after this wait even when data arrives meanwhile (a real broker \
        answers at once).
        """)
    var fetchWaitMs = 10

    @Option(help: "N of the leak check: resident set after N articles versus after 10 × N.")
    var leakArticles = 100_000

    @Option(help: "Also write the markdown (machine line and table) to this file.")
    var output: String?

    @Option(help: ArgumentHelp(
        "Write the extraction corpus (--extraction-articles JSON lines) to this file and exit without benchmarking.",
        discussion: "The same articles on every machine: feed them to `newswatch extract`, a profiler or kcat -P.",
        valueName: "file"))
    var writeCorpus: String?

    @Option(help: "Log level of the clients and workers while benchmarking (warning shows retries and aborts); worker processes log to a temporary file that a failure quotes.")
    var logLevel = "error"

    func validate() throws {
        _ = try selected()
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical (got \"\(logLevel)\")")
        }
        guard runs >= 5 else { throw ValidationError("--runs must be at least 5 (got \(runs)); medians of fewer runs are noise") }
        for (name, value, minimum) in [
            ("--extraction-articles", extractionArticles, 1), ("--kafka-megabytes", kafkaMegabytes, 1),
            ("--worker-articles", workerArticles, 1_000), ("--article-words", articleWords, 10),
            ("--latency-rate", latencyRate, 1), ("--latency-seconds", latencySeconds, 1),
            ("--fetch-wait-ms", fetchWaitMs, 0), ("--settle-seconds", settleSeconds, 0), ("--leak-articles", leakArticles, 1_000),
        ] where value < minimum {
            throw ValidationError("\(name) must be at least \(minimum) (got \(value))")
        }
    }

    /// The benchmarks `--benchmarks` names.
    func selected() throws -> Set<Benchmark> {
        let names = benchmarks.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if names == ["all"] { return Set(Benchmark.allCases) }
        var chosen = Set<Benchmark>()
        for name in names {
            guard let benchmark = Benchmark(rawValue: name) else {
                throw ValidationError("--benchmarks takes a comma-separated list of \(Benchmark.allCases.map(\.rawValue).joined(separator: ", ")) or all (got \"\(name)\")")
            }
            chosen.insert(benchmark)
        }
        return chosen
    }

    func run() async throws {
        if let writeCorpus {
            let corpus = ExtractionBenchmark(articleCount: extractionArticles, runs: runs).corpus
            guard FileManager.default.createFile(atPath: writeCorpus, contents: Data(corpus.joined(separator: [UInt8(ascii: "\n")]) + [UInt8(ascii: "\n")])) else {
                throw ValidationError("--write-corpus: cannot write \(writeCorpus) (does its folder exist and is it writable?)")
            }
            progress("wrote \(corpus.count) articles to \(writeCorpus)")
            return
        }
        let chosen = try selected()
        var logger = Logger(label: "newswatch.bench")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .error
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let loadBefore = BenchmarkEnvironment.loadAverage
        // The latency benchmark measures this process's memory, so it runs first: every cluster
        // and client started here leaves some fragmented heap behind. The table keeps the
        // issue's order.
        var worker = BenchmarkTable()
        var latency = BenchmarkTable()
        var leak = BenchmarkTable()
        if !chosen.isDisjoint(with: [.worker, .latency, .leak]) {
            let count = max(chosen.contains(.worker) ? workerArticles : 0, chosen.contains(.latency) ? latencyRate * latencySeconds : 0, 1_000)
            let corpus = ArticleCorpus(count: count, words: articleWords)
            if chosen.contains(.latency) { try await runLatency(corpus, into: &latency, cores: cores, logger: logger) }
            if chosen.contains(.leak) { try await runLeak(corpus, into: &leak, cores: cores, logger: logger) }
            if chosen.contains(.worker) { try await runWorker(corpus, into: &worker, cores: cores, logger: logger) }
        }
        var table = BenchmarkTable()
        if chosen.contains(.extraction) { runExtraction(into: &table, cores: cores) }
        if chosen.contains(.kafka) { try await runKafka(into: &table, cores: cores, logger: logger) }
        table.append(contentsOf: worker)
        table.append(contentsOf: latency)
        table.append(contentsOf: leak)
        let markdown = """
            Machine: \(cores) cores (\(BenchmarkEnvironment.cpuModel)), librdkafka \(Librdkafka.version), \
            release build, embedded mock broker in the bench process, the worker and leak benchmarks' \
            workers in child processes; load average \(loadBefore) before, \
            \(BenchmarkEnvironment.loadAverage) after.

            \(table.markdown)
            """
        print(markdown)
        if let output {
            try (markdown + "\n").write(toFile: output, atomically: true, encoding: .utf8)
        }
    }

    /// One line on standard error, so a long run shows where it is; the table goes to standard output.
    private func progress(_ text: String) {
        FileHandle.standardError.write(Data("newswatch bench: \(text)\n".utf8))
    }

    private func runExtraction(into table: inout BenchmarkTable, cores: Int) {
        progress("extraction, \(extractionArticles) articles × \(runs) runs")
        let extraction = ExtractionBenchmark(articleCount: extractionArticles, runs: runs).run()
        table.append(figure: "extraction, one core (\(extractionArticles) articles, \(extraction.corpusBytes / 1_000_000) MB)", unit: "MB/s", samples: extraction.megabytesPerSecond, cores: cores, target: "≥ 50 MB/s")
        table.append(figure: "extraction, one core", unit: "articles/s", samples: extraction.articlesPerSecond, cores: cores)
        table.append(figure: "extraction, per CPU-second of the benchmark thread", unit: "MB/s", samples: extraction.megabytesPerCPUSecond, cores: cores, target: "≥ 50 MB/s")
        // The worst case: no article is turned away by the word screen before places, actors
        // and attribution are looked up.
        progress("extraction, \(extractionArticles) articles all reporting operations × \(runs) runs")
        let worst = ExtractionBenchmark(articleCount: extractionArticles, runs: runs, operationShare: 1).run()
        table.append(figure: "extraction, one core, every article reporting operations (\(worst.corpusBytes / 1_000_000) MB)", unit: "MB/s", samples: worst.megabytesPerSecond, cores: cores)
    }

    private func runKafka(into table: inout BenchmarkTable, cores: Int, logger: Logger) async throws {
        for size in [1_000, 10_000] {
            progress("kafka, \(size / 1_000) KB messages × \(runs) runs")
            let benchmark = KafkaBenchmark(messageSize: size, messageCount: kafkaMegabytes * 1_000_000 / size, runs: runs, logger: logger)
            let result = try await benchmark.run()
            let produced = "\(size / 1_000) KB × \(BenchmarkTable.format(Double(benchmark.messageCount))) (\(benchmark.partitions) partitions)"
            let retained = result.retained.sorted()[result.retained.count / 2]
            let read = "\(size / 1_000) KB × \(BenchmarkTable.format(Double(retained))) retained of them"
            for (name, label, ours, transfer, reference, ourCPU, referenceCPU) in [
                ("Producer", produced, result.swiftProducer, result.swiftProducerTransfer, result.kcatProducer, result.swiftProducerCPU, result.kcatProducerCPU),
                ("Consumer", read, result.swiftConsumer, result.swiftConsumerTransfer, result.kcatConsumer, result.swiftConsumerCPU, result.kcatConsumerCPU),
            ] {
                let kcat = name == "Producer" ? "kcat -P" : "kcat -C"
                let megabytes = { (rates: [Double]) in rates.map { $0 * Double(size) / 1_000_000 } }
                table.append(figure: "Kafka \(name), \(label), start to close", unit: "messages/s", samples: ours, cores: cores)
                table.append(figure: "Kafka \(name), \(label), start to close", unit: "MB/s", samples: megabytes(ours), cores: cores)
                table.append(figure: "\(kcat), same data, launch to exit", unit: "messages/s", samples: reference, cores: cores)
                table.append(figure: "\(kcat), same data, launch to exit", unit: "MB/s", samples: megabytes(reference), cores: cores)
                table.append(figure: "\(name) ÷ \(kcat), \(size / 1_000) KB (same run)", unit: "×", samples: zip(ours, reference).map { $0 / $1 }, cores: cores, target: "≥ 0.9×")
                table.append(figure: "Kafka \(name), \(label), transfer only (no start/close)", unit: "messages/s", samples: transfer, cores: cores)
                table.append(figure: "Kafka \(name), \(label), transfer only (no start/close)", unit: "MB/s", samples: megabytes(transfer), cores: cores)
                table.append(figure: "Kafka \(name) CPU per message, client + embedded broker, start to close", unit: "µs", samples: ourCPU, cores: cores)
                table.append(figure: "\(kcat) CPU per message, process + embedded broker, launch to exit", unit: "µs", samples: referenceCPU, cores: cores)
                table.append(figure: "\(name) CPU ÷ \(kcat) CPU, \(size / 1_000) KB (same run; below 1: ours uses less)", unit: "×", samples: zip(ourCPU, referenceCPU).map { $0 / $1 }, cores: cores)
            }
        }
    }

    private func runWorker(_ corpus: ArticleCorpus, into table: inout BenchmarkTable, cores: Int, logger: Logger) async throws {
        let size = String(format: "%.1f KB", corpus.averageKilobytes)
        var peaks: [Double] = []
        var idle: [Double] = []
        for delivery in [DeliveryMode.exactlyOnce, .atLeastOnce] {
            for workers in [1, 2] {
                progress("worker, \(delivery), \(workers) worker(s) × \(runs) runs")
                let result = try await WorkerBenchmark(corpus: corpus, delivery: delivery, workers: workers, runs: runs, settle: .seconds(settleSeconds),
                                                          fetchWaitMilliseconds: fetchWaitMs, workerLogLevel: logLevel, logger: logger).run()
                table.append(
                    figure: "worker end-to-end, \(delivery), \(workers) worker\(workers == 1 ? "" : "s") (\(BenchmarkTable.format(Double(corpus.count))) × \(size) articles)",
                    unit: "articles/s", samples: result.articlesPerSecond, cores: cores,
                    target: delivery == .exactlyOnce ? "≥ 5,000 on 2 cores" : ""
                )
                peaks += result.peakMegabytes
                idle += result.idleMegabytes
            }
        }
        table.append(figure: "peak RSS of a worker process during the worker runs (largest worker of each run)", unit: "MB", samples: peaks, cores: cores, target: "≤ 200 MB")
        table.append(figure: "RSS of a worker process after its warm-up, before the corpus", unit: "MB", samples: idle, cores: cores)
    }

    private func runLatency(_ corpus: ArticleCorpus, into table: inout BenchmarkTable, cores: Int, logger: Logger) async throws {
        progress("latency, \(latencyRate) articles/s for \(latencySeconds) s × \(runs) runs")
        let benchmark = LatencyBenchmark(
            corpus: corpus, rate: latencyRate, duration: .seconds(latencySeconds), runs: runs, fetchWaitMilliseconds: fetchWaitMs,
            settle: .seconds(settleSeconds), logger: logger
        )
        let result = try await benchmark.run()
        let label = "\(latencyRate) articles/s for \(latencySeconds) s, exactly-once, ~\(result.samples.sorted()[result.samples.count / 2]) articles with alerts per run"
        table.append(figure: "latency p50 (\(label))", unit: "ms", samples: result.p50, cores: cores)
        table.append(figure: "latency p99", unit: "ms", samples: result.p99, cores: cores, target: "≤ 100 ms")
        table.append(figure: "latency p99.9", unit: "ms", samples: result.p999, cores: cores)
        table.append(figure: "latency p50, input timestamp → worker committed the input offset", unit: "ms", samples: result.p50ToCommit, cores: cores)
        table.append(figure: "latency p50, input timestamp → subscriber received the alert", unit: "ms", samples: result.p50ToSubscriber, cores: cores)
        table.append(figure: "latency runs: articles per committed batch (one transaction each)", unit: "articles", samples: result.articlesPerBatch, cores: cores)
        table.append(figure: "peak RSS during the latency runs, whole process (worker, broker, subscriber)", unit: "MB", samples: result.peakMegabytes, cores: cores, target: "≤ 200 MB")
        table.append(figure: "RSS at the start of those runs", unit: "MB", samples: result.startMegabytes, cores: cores)
    }

    private func runLeak(_ corpus: ArticleCorpus, into table: inout BenchmarkTable, cores: Int, logger: Logger) async throws {
        progress("leak, \(leakArticles) then \(leakArticles * 10) articles")
        let result = try await LeakBenchmark(corpus: corpus, articles: leakArticles, workerLogLevel: logLevel, logger: logger).run()
        let n = BenchmarkTable.format(Double(leakArticles))
        let tenN = BenchmarkTable.format(Double(leakArticles * 10))
        table.append(figure: "RSS of the worker process after \(n) articles (leak check, one run)", unit: "MB", samples: [result.residentAfterN], cores: cores)
        table.append(figure: "RSS after \(tenN) articles", unit: "MB", samples: [result.residentAfter10N], cores: cores)
        table.append(figure: "RSS after \(tenN) ÷ after \(n)", unit: "×", samples: [result.ratio], cores: cores, target: "≤ 1.10×")
    }
}
