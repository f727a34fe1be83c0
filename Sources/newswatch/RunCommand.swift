import ArgumentParser
import Dispatch
import Foundation
import Kafka
import Logging
import Worker

/// `newswatch run`: the worker; without brokers, the demo on the embedded cluster.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a worker: consume articles, publish operation and schedule alerts.",
        discussion: """
            With --brokers (or NEWSWATCH_BROKERS) the worker joins the consumer group and runs \
            until SIGTERM or SIGINT, then finishes its batch, commits and leaves the group.

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

    @OptionGroup(title: "Topics")
    var topics: TopicOptions

    @Option(help: ArgumentHelp("Seed articles (JSON lines) for the demo (default seeds/articles.jsonl).", valueName: "file"))
    var seeds = "seeds/articles.jsonl"

    @Flag(help: "Print the resolved settings as `key = value` lines (secrets redacted) and exit.")
    var printConfig = false

    /// Every setting `run` reads, by name.
    static let settingKeys: Set<String> = ConnectionOptions.keys.union(TopicOptions.keys).union(["group", "delivery", "transactional-id", "batch-size"])

    func run() async throws {
        let settings = try connection.resolver(commandFlags: [
            "group": group, "delivery": delivery, "transactional-id": transactionalID, "batch-size": batchSize.map(String.init),
        ].merging(topics.flags) { first, _ in first })
        try settings.checkUnknown(known: Self.settingKeys)
        let common = try ConnectionSettings(settings, options: connection)
        var configuration = WorkerConfiguration(
            kafka: try KafkaConfig(bootstrapServers: common.brokers ?? ["localhost:9092"], properties: common.kafkaProperties),
            transactionalID: settings.string("transactional-id", default: "newswatch-\(ProcessInfo.processInfo.hostName)"),
            topics: try TopicOptions.topics(settings),
            groupID: settings.string("group", default: "newswatch"),
            delivery: try settings.parsed("delivery", default: .exactlyOnce, expected: "exactly-once or at-least-once") { text in DeliveryMode.all.first { $0.rawValue == text } },
            parallelism: ProcessInfo.processInfo.activeProcessorCount
        )
        configuration.batchMaxMessages = try settings.integer("batch-size", default: configuration.batchMaxMessages, in: 1...1_000_000)
        if printConfig {
            for (key, value) in common.printable + Self.printable(configuration) { print("\(key) = \(value)") }
            return
        }
        common.bootstrapLogging()
        let logger = Logger(label: "newswatch")
        guard common.brokers != nil else {
            try await runDemo(logger: logger)
            return
        }
        let worker = Worker(configuration: configuration, logger: logger)
        let signals = SignalHandler(signals: [SIGTERM, SIGINT]) { worker.stop() }
        defer { signals.cancel() }
        try await worker.run()
    }

    /// The worker's own settings as `key = value` pairs.
    static func printable(_ configuration: WorkerConfiguration) -> [(key: String, value: String)] {
        [
            ("group", configuration.groupID), ("delivery", configuration.delivery.rawValue),
            ("transactional-id", configuration.transactionalID), ("batch-size", String(configuration.batchMaxMessages)),
        ] + TopicOptions.printable(configuration.topics)
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
