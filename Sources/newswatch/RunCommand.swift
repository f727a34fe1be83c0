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

    @Option(help: "Bootstrap brokers, comma-separated (env NEWSWATCH_BROKERS). Omit for the demo.")
    var brokers: String?

    @Option(help: "Consumer group shared by all workers of a deployment.")
    var group = "newswatch"

    @Option(help: "exactly-once (one transaction per batch) or at-least-once.")
    var delivery = DeliveryMode.exactlyOnce.rawValue

    @Option(help: "Transactional id, unique per worker and stable across its restarts (default: newswatch-<hostname>).")
    var transactionalID: String?

    @Option(help: "Largest batch, in messages.")
    var batchSize = 500

    @Option(name: .customLong("kafka"), help: "A librdkafka property as key=value; repeatable.")
    var kafkaProperties: [String] = []

    @Option(help: "Seed articles (JSON lines) for the demo.")
    var seeds = "seeds/articles.jsonl"

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel = "info"

    func validate() throws {
        guard DeliveryMode.all.map(\.rawValue).contains(delivery) else {
            throw ValidationError("--delivery must be exactly-once or at-least-once (got \"\(delivery)\")")
        }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1 (got \(batchSize))") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical (got \"\(logLevel)\")")
        }
        for property in kafkaProperties where !property.contains("=") {
            throw ValidationError("--kafka takes key=value, for example --kafka security.protocol=SASL_SSL (got \"\(property)\")")
        }
    }

    func run() async throws {
        var logger = Logger(label: "newswatch")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let brokerList = brokers ?? ProcessInfo.processInfo.environment["NEWSWATCH_BROKERS"]
        guard let brokerList, !brokerList.isEmpty else {
            try await runDemo(logger: logger)
            return
        }
        var properties: [String: String] = [:]
        for property in kafkaProperties {
            let parts = property.split(separator: "=", maxSplits: 1)
            properties[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        let kafka = try KafkaConfig(bootstrapServers: brokerList.split(separator: ",").map(String.init), properties: properties)
        var configuration = WorkerConfiguration(
            kafka: kafka, transactionalID: transactionalID ?? "newswatch-\(ProcessInfo.processInfo.hostName)",
            groupID: group, delivery: DeliveryMode(rawValue: delivery),
            parallelism: ProcessInfo.processInfo.activeProcessorCount
        )
        configuration.batchMaxMessages = batchSize
        let worker = Worker(configuration: configuration, logger: logger)
        let signals = SignalHandler(signals: [SIGTERM, SIGINT]) { worker.stop() }
        defer { signals.cancel() }
        try await worker.run()
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
