import ArgumentParser
import Foundation
import Kafka
import Logging
import Worker

/// `newswatch tail`: print the alerts a subscriber sees.
struct TailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tail",
        abstract: "Print committed alerts from the alert topics, filtered, as JSON lines or a table.",
        discussion: """
            Reads every partition of the given topics (default: both alert topics) with \
            read_committed, as a subscriber should, without a consumer group: nothing is \
            committed and no group changes. Runs until Ctrl-C, --max matching alerts, or with \
            --until-end the end offsets the topics had when tail started.

            Filters (all must hold; values are case-insensitive; a value may list alternatives \
            separated by commas):
              --where FIELD=VALUE  repeatable. Fields: type (operation, schedule), id, kind, \
            status, name (operation name), location (any location name or surface text, or a \
            schedule claim's operation location), country, actor (any actor name or text), \
            actor.kind, event, grain, stance, attribution.kind (none = asserted by the article \
            itself), attribution.source, attribution.via, article.id, article.source.
              --kind K             = --where kind=K     --status S = --where status=S
              --min-confidence C   confidence at least C (0–1)

            Output: --format json prints each alert's value exactly as published, one per line; \
            --format table prints a readable row per alert.

            Examples:
              newswatch tail --brokers kafka-1:9092 --from beginning --until-end \\
                --where location=Mosul
              newswatch tail alerts.operations --brokers kafka-1:9092 --format table \\
                --kind offensive,airstrike --status planned
              newswatch tail alerts.schedules --brokers kafka-1:9092 --max 20 \\
                --from 2016-10-10T00:00:00Z --where stance=reported --min-confidence 0.7
            """
    )

    @Argument(help: ArgumentHelp("Alert topics to read (default: the operations and schedules topics).", valueName: "topic"))
    var topics: [String] = []

    @OptionGroup(title: "Connection")
    var connection: ConnectionOptions

    @Option(help: ArgumentHelp("Where to start: beginning, end, or an RFC 3339 time (default end).", valueName: "beginning|end|time"))
    var from = "end"

    @Option(name: .customLong("where"), help: ArgumentHelp("Show only alerts whose field has the value, repeatable (fields above).", valueName: "field=value"))
    var conditions: [String] = []

    @Option(help: ArgumentHelp("Show only operations of this kind, repeatable (offensive, airstrike, …).", valueName: "kind"))
    var kind: [String] = []

    @Option(help: ArgumentHelp("Show only operations with this status, repeatable (planned, imminent, ongoing, completed, cancelled).", valueName: "status"))
    var status: [String] = []

    @Option(help: ArgumentHelp("Show only alerts with at least this confidence (0–1).", valueName: "c"))
    var minConfidence: Double?

    @Option(help: ArgumentHelp("json (the alert values as published, one per line) or table (default json).", valueName: "format"))
    var format = "json"

    @Option(help: ArgumentHelp("Stop after this many matching alerts.", valueName: "n"))
    var max: Int?

    @Flag(help: "Stop at the end offsets the topics had when tail started.")
    var untilEnd = false

    /// Every setting `tail` reads, by name.
    static let settingKeys: Set<String> = ConnectionOptions.keys.union(["operations-topic", "schedules-topic"])

    func validate() throws {
        guard TopicPosition.parse(beginningEndOrTime: from) != nil else {
            throw ValidationError("--from \"\(from)\" is not beginning, end or an RFC 3339 time; write e.g. --from 2016-10-10T00:00:00Z")
        }
        guard ["json", "table"].contains(format) else { throw ValidationError("--format \"\(format)\" is not json or table") }
        if let max, max < 1 { throw ValidationError("--max must be at least 1 (got \(max))") }
        for topic in topics where !TopicOptions.isValidName(topic) {
            throw ValidationError("\"\(topic)\" is not a Kafka topic name (1–249 of a–z A–Z 0–9 . _ -)")
        }
        do {
            _ = try AlertFilter(where: conditions, kinds: kind, statuses: status, minConfidence: minConfidence)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() async throws {
        let settings = try connection.resolver(commandFlags: [:])
        // tail often runs beside a worker, with its environment: the worker's settings are known, just unused here.
        try settings.checkUnknown(known: Self.settingKeys.union(RunCommand.settingKeys))
        let common = try ConnectionSettings(settings, options: connection)
        let defaults = Topics()
        var configuration = TailConfiguration(
            kafka: try common.kafkaConfig(),
            topics: topics.isEmpty
                ? [settings.string("operations-topic", default: defaults.operations), settings.string("schedules-topic", default: defaults.schedules)]
                : topics,
            from: TopicPosition.parse(beginningEndOrTime: from) ?? .end,
            filter: try AlertFilter(where: conditions, kinds: kind, statuses: status, minConfidence: minConfidence))
        configuration.maxAlerts = max
        configuration.untilEnd = untilEnd
        common.bootstrapLogging()
        let tail = Tail(configuration: configuration, logger: Logger(label: "newswatch"))
        let signals = SignalHandler(signals: [SIGTERM, SIGINT]) { tail.stop() }
        defer { signals.cancel() }
        let output = TailOutput(table: format == "table")
        _ = try await tail.run { message in output.write(message) }
        output.finish()
    }
}

/// Writes what `tail` prints to standard output, in order.
final class TailOutput {
    private let table: Bool
    private var rows = AlertTable()
    private var headerWritten = false

    init(table: Bool) {
        self.table = table
    }

    func write(_ message: KafkaMessage) {
        guard table else {
            FileHandle.standardOutput.write(Data((message.value ?? []) + [UInt8(ascii: "\n")]))
            return
        }
        rows.append(json: message.value ?? [])
        var lines = rows.takeStreamingLines()
        if !headerWritten {
            lines.insert(AlertTable.streamingHeader, at: 0)
            headerWritten = true
        }
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// With --format table and no alert at all, still prints the header, so the output says what it is.
    func finish() {
        if table, !headerWritten { FileHandle.standardOutput.write(Data((AlertTable.streamingHeader + "\n").utf8)) }
    }
}
