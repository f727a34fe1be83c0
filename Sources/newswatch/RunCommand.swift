import ArgumentParser
import Dispatch
import Foundation
import Kafka
import Logging
import Synchronization
import Worker

/// `newswatch run`: the worker; without brokers, the demo on the embedded cluster.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a worker: consume articles, publish operation and schedule alerts.",
        discussion: """
            With --brokers (or NEWSWATCH_BROKERS) the worker joins the consumer group and runs \
            until SIGTERM or SIGINT, then finishes its batch, commits and leaves the group within \
            --shutdown-grace (a second signal exits at once). /metrics, /healthz and /readyz are \
            served on --http-port. Every option is also a NEWSWATCH_* variable and a config-file key.

            Without brokers it runs the demo: an embedded Kafka-protocol broker on loopback, the \
            seed articles produced into the input topic, one worker, and the committed alerts \
            printed as a table.

            Examples:
              newswatch run                                   # the demo
              newswatch run --brokers kafka-1:9092,kafka-2:9092 --group newswatch
              newswatch run --brokers b:9093 --kafka security.protocol=SASL_SSL --kafka sasl.mechanism=PLAIN
            """
    )

    @OptionGroup(title: "Connection")
    var connection: ConnectionOptions

    @Option(help: ArgumentHelp("Consumer group shared by all workers of a deployment (env NEWSWATCH_GROUP; default newswatch).", valueName: "group"))
    var group: String?

    @Option(help: ArgumentHelp("exactly-once (one transaction per batch) or at-least-once (env NEWSWATCH_DELIVERY; default exactly-once).", valueName: "mode"))
    var delivery: String?

    @Option(help: ArgumentHelp("Transactional id, unique per worker and stable across its restarts (env NEWSWATCH_TRANSACTIONAL_ID; default newswatch-<hostname>).", valueName: "id"))
    var transactionalID: String?

    @Option(help: ArgumentHelp("Largest batch, in messages (env NEWSWATCH_BATCH_SIZE; default 500).", valueName: "n"))
    var batchSize: Int?

    @Option(help: ArgumentHelp("Longest wait for the first message of a batch, e.g. 100ms or 1s (env NEWSWATCH_BATCH_WAIT; default 100ms).", valueName: "duration"))
    var batchWait: String?

    @Option(help: ArgumentHelp("Messages librdkafka prefetches at most over all partitions, on top of the batch in hand; keep it and --prefetch-bytes above a second of input or the worker idles (env NEWSWATCH_MAX_IN_FLIGHT; default 10000).", valueName: "n"))
    var maxInFlight: Int?

    @Option(help: ArgumentHelp("Bytes librdkafka prefetches at most across all partitions (env NEWSWATCH_PREFETCH_BYTES; default 16777216, 16 MiB).", valueName: "bytes"))
    var prefetchBytes: Int?

    @Option(help: ArgumentHelp("Articles larger than this go to the dead-letter topic as too-large (env NEWSWATCH_MAX_ARTICLE_BYTES; default 1048576).", valueName: "bytes"))
    var maxArticleBytes: Int?

    @Option(help: ArgumentHelp("Dead letters keep at most this many bytes of the original value, marked newswatch-truncated (env NEWSWATCH_MAX_DEAD_LETTER_BYTES; default 900000).", valueName: "bytes"))
    var maxDeadLetterBytes: Int?

    @Option(help: ArgumentHelp("Retries of a retriable Kafka call, and batches given up in a row, before the worker exits non-zero (env NEWSWATCH_MAX_RETRIES; default 10).", valueName: "n"))
    var maxRetries: Int?

    @Option(help: ArgumentHelp("Producers recreated in a row after fatal errors (fencing) before the worker exits non-zero (env NEWSWATCH_MAX_PRODUCER_RESTARTS; default 5).", valueName: "n"))
    var maxProducerRestarts: Int?

    @Option(help: ArgumentHelp("Extraction tasks per batch (env NEWSWATCH_THREADS; default: the number of cores).", valueName: "n"))
    var threads: Int?

    @Option(help: ArgumentHelp("CloudEvents ce_source of published alerts (env NEWSWATCH_EVENT_SOURCE; default newswatch).", valueName: "uri"))
    var eventSource: String?

    @Option(help: ArgumentHelp("Port of /metrics, /healthz and /readyz; 0 turns them off (env NEWSWATCH_HTTP_PORT; default 9464).", valueName: "port"))
    var httpPort: Int?

    @Option(help: ArgumentHelp("Address the endpoints listen on, IPv4 or IPv6 (env NEWSWATCH_HTTP_ADDRESS; default 0.0.0.0).", valueName: "address"))
    var httpAddress: String?

    @Option(help: ArgumentHelp("After SIGTERM or SIGINT: time to finish and commit the batch in hand and leave the group before exiting non-zero; a second signal exits at once (env NEWSWATCH_SHUTDOWN_GRACE; default 25s).", valueName: "duration"))
    var shutdownGrace: String?

    @Option(help: ArgumentHelp("How often librdkafka statistics refresh newswatch_consumer_lag (env NEWSWATCH_STATISTICS_INTERVAL; default 5s).", valueName: "duration"))
    var statisticsInterval: String?

    @Option(help: ArgumentHelp("/healthz fails after the loop made no progress for this long (env NEWSWATCH_LIVENESS_TIMEOUT; default 120s).", valueName: "duration"))
    var livenessTimeout: String?

    @OptionGroup(title: "Topics")
    var topics: TopicOptions

    @Option(help: ArgumentHelp("Seed articles (JSON lines) for the demo (default seeds/articles.jsonl).", valueName: "file"))
    var seeds = "seeds/articles.jsonl"

    @Flag(help: "Print the resolved settings as `key = value` lines (secrets redacted) and exit.")
    var printConfig = false

    /// The worker's own flags, by setting name.
    private var workerFlags: [String: String?] {
        [
            "group": group, "delivery": delivery, "transactional-id": transactionalID, "batch-size": batchSize.map(String.init),
            "batch-wait": batchWait, "max-in-flight": maxInFlight.map(String.init), "prefetch-bytes": prefetchBytes.map(String.init),
            "max-article-bytes": maxArticleBytes.map(String.init), "max-dead-letter-bytes": maxDeadLetterBytes.map(String.init), "max-retries": maxRetries.map(String.init),
            "max-producer-restarts": maxProducerRestarts.map(String.init), "threads": threads.map(String.init), "event-source": eventSource,
            "http-port": httpPort.map(String.init), "http-address": httpAddress, "shutdown-grace": shutdownGrace,
            "statistics-interval": statisticsInterval, "liveness-timeout": livenessTimeout,
        ]
    }

    /// Every setting `run` reads, by name.
    static let settingKeys: Set<String> = ConnectionOptions.keys.union(TopicOptions.keys).union([
        "group", "delivery", "transactional-id", "batch-size", "batch-wait", "max-in-flight", "prefetch-bytes", "max-article-bytes", "max-dead-letter-bytes",
        "max-retries", "max-producer-restarts", "threads", "event-source", "http-port", "http-address", "shutdown-grace",
        "statistics-interval", "liveness-timeout",
    ])

    func run() async throws {
        let settings = try connection.resolver(commandFlags: workerFlags.merging(topics.flags) { first, _ in first })
        try settings.checkUnknown(known: Self.settingKeys)
        let common = try ConnectionSettings(settings, options: connection)
        let (configuration, shutdownGrace, httpAddress) = try Self.configuration(settings, common: common)
        if printConfig {
            for (key, value) in common.printable + Self.printable(configuration, shutdownGrace: shutdownGrace, httpAddress: httpAddress) { print("\(key) = \(value)") }
            return
        }
        common.bootstrapLogging()
        let logger = Logger(label: "newswatch")
        guard common.brokers != nil else {
            try await runDemo(logger: logger)
            return
        }
        let worker = Worker(configuration: configuration, logger: logger)
        let shutdown = Shutdown(grace: shutdownGrace, logger: logger) { worker.stop() }
        let signals = SignalHandler(signals: [SIGTERM, SIGINT]) { shutdown.signalled() }
        defer { signals.cancel() }
        try await worker.run()
    }

    /// The worker configuration, the shutdown grace and the endpoints' address from resolved settings.
    static func configuration(_ settings: SettingsResolver, common: ConnectionSettings) throws -> (WorkerConfiguration, Duration, String) {
        var configuration = WorkerConfiguration(
            kafka: try KafkaConfig(bootstrapServers: common.brokers ?? ["localhost:9092"], properties: common.kafkaProperties),
            transactionalID: settings.string("transactional-id", default: "newswatch-\(ProcessInfo.processInfo.hostName)"),
            topics: try TopicOptions.topics(settings),
            groupID: settings.string("group", default: "newswatch"),
            delivery: try settings.parsed("delivery", default: .exactlyOnce, expected: "exactly-once or at-least-once") { text in DeliveryMode.all.first { $0.rawValue == text } },
            parallelism: try settings.integer("threads", default: ProcessInfo.processInfo.activeProcessorCount, in: 1...1_024)
        )
        configuration.batchMaxMessages = try settings.integer("batch-size", default: configuration.batchMaxMessages, in: 1...1_000_000)
        configuration.batchMaxWait = try positiveDuration(settings, "batch-wait", default: configuration.batchMaxWait)
        configuration.maxInFlight = try settings.integer("max-in-flight", default: configuration.maxInFlight, in: 1...10_000_000)
        configuration.prefetchBytes = try settings.integer("prefetch-bytes", default: configuration.prefetchBytes, in: 1_024...(2 << 30))
        configuration.maxArticleBytes = try settings.integer("max-article-bytes", default: configuration.maxArticleBytes, in: 1...(1 << 30))
        configuration.maxDeadLetterBytes = try settings.integer("max-dead-letter-bytes", default: configuration.maxDeadLetterBytes, in: 1_024...(1 << 30))
        configuration.maxBatchRetries = try settings.integer("max-retries", default: configuration.maxBatchRetries, in: 0...1_000)
        configuration.maxProducerRestarts = try settings.integer("max-producer-restarts", default: configuration.maxProducerRestarts, in: 0...1_000)
        configuration.eventSource = settings.string("event-source", default: configuration.eventSource)
        configuration.statisticsInterval = try positiveDuration(settings, "statistics-interval", default: configuration.statisticsInterval)
        configuration.livenessTimeout = try positiveDuration(settings, "liveness-timeout", default: configuration.livenessTimeout)
        let port = try settings.integer("http-port", default: 9464, in: 0...65_535)
        let address = try settings.parsed("http-address", default: "0.0.0.0", expected: "an IPv4 or IPv6 address such as 0.0.0.0, 127.0.0.1 or ::") { text in
            WorkerConfiguration.isValidHTTPAddress(text) ? text : nil
        }
        configuration.http = port == 0 ? nil : (address, port)
        return (configuration, try positiveDuration(settings, "shutdown-grace", default: .seconds(25)), address)
    }

    /// A duration setting that must be above zero.
    static func positiveDuration(_ settings: SettingsResolver, _ key: String, default defaultValue: Duration) throws(SettingsError) -> Duration {
        let value = try settings.duration(key, default: defaultValue)
        guard value > .zero else {
            throw .invalidValue(key: key, origin: settings.value(key)?.origin ?? .defaultValue, value: settings.value(key)?.value ?? "", expected: "a duration above zero, such as 500ms or 25s")
        }
        return value
    }

    /// The worker's own settings as `key = value` pairs.
    static func printable(_ configuration: WorkerConfiguration, shutdownGrace: Duration, httpAddress: String) -> [(key: String, value: String)] {
        [
            ("group", configuration.groupID), ("delivery", configuration.delivery.rawValue),
            ("transactional-id", configuration.transactionalID), ("batch-size", String(configuration.batchMaxMessages)),
            ("batch-wait", Self.text(configuration.batchMaxWait)), ("max-in-flight", String(configuration.maxInFlight)),
            ("prefetch-bytes", String(configuration.prefetchBytes)), ("max-article-bytes", String(configuration.maxArticleBytes)),
            ("max-dead-letter-bytes", String(configuration.maxDeadLetterBytes)),
            ("max-retries", String(configuration.maxBatchRetries)), ("max-producer-restarts", String(configuration.maxProducerRestarts)),
            ("threads", String(configuration.parallelism)), ("event-source", configuration.eventSource),
            ("http-port", String(configuration.http?.port ?? 0)), ("http-address", httpAddress),
            ("shutdown-grace", Self.text(shutdownGrace)), ("statistics-interval", Self.text(configuration.statisticsInterval)),
            ("liveness-timeout", Self.text(configuration.livenessTimeout)),
        ] + TopicOptions.printable(configuration.topics)
    }

    /// `250ms` or `25s`, as the settings are written.
    static func text(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1_000 + duration.components.attoseconds / 1_000_000_000_000_000
        return milliseconds % 1_000 == 0 ? "\(milliseconds / 1_000)s" : "\(milliseconds)ms"
    }

    private func runDemo(logger: Logger) async throws {
        var quiet = logger
        quiet.logLevel = max(logger.logLevel, .warning)
        let articles = try Demo.lines(ofFile: seeds)
        print("newswatch demo: embedded broker, \(articles.count) seed article(s) from \(seeds), exactly-once worker")
        let report = try await Demo(articles: articles, logger: quiet).run()
        let stats = report.statistics
        print("processed \(stats.messagesIn) article(s) in \(stats.batchesCommitted) committed batch(es): \(stats.operationAlerts) operation alert(s), \(stats.scheduleAlerts) schedule claim(s), \(stats.deadLetters.values.reduce(0, +)) dead letter(s)\n")
        var table = AlertTable()
        for alert in report.alerts { table.append(json: alert) }
        print(table.text)
    }
}

/// What `run` does on SIGTERM and SIGINT (docs/WORKER.md "Shutdown"): the first signal stops
/// the worker and starts the grace period; a second signal, or the grace period running out,
/// exits with status 1 at once (the broker aborts the open transaction; nothing is lost).
final class Shutdown: Sendable {
    private let signals = Atomic<Int>(0)
    private let grace: Duration
    private let logger: Logger
    private let stop: @Sendable () -> Void

    init(grace: Duration, logger: Logger, stop: @escaping @Sendable () -> Void) {
        self.grace = grace
        self.logger = logger
        self.stop = stop
    }

    /// Called for every signal received.
    func signalled() {
        let count = signals.add(1, ordering: .acquiringAndReleasing).newValue
        guard count == 1 else {
            Self.exitNow(logger, "second stop signal: exiting at once without committing the batch in hand")
        }
        logger.info("stop signal: finishing and committing the batch in hand, then leaving the group", metadata: [
            "grace": "\(RunCommand.text(grace))",
        ])
        stop()
        let (grace, logger) = (grace, logger)
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(Int(grace.components.seconds * 1_000 + grace.components.attoseconds / 1_000_000_000_000_000))) {
            Self.exitNow(logger, "shutdown grace of \(RunCommand.text(grace)) ran out before the worker finished; exiting without committing the batch in hand")
        }
    }

    private static func exitNow(_ logger: Logger, _ message: Logger.Message) -> Never {
        logger.error(message)
        fflush(nil)
        _exit(1)
    }
}

/// Runs a handler on a dispatch queue when the process receives one of `signals`.
final class SignalHandler {
    private let sources: [any DispatchSourceSignal]

    init(signals: [Int32], handler: @escaping @Sendable () -> Void) {
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: handler)
            source.resume()
            return source
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
    }
}
