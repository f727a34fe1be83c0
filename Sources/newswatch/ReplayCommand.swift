import ArgumentParser
import Foundation
import Kafka
import Logging
import Synchronization
import Worker

/// `newswatch replay`: backfill alerts from a time or offset range of a topic.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Backfill: process a range of a topic again, exactly once, beside the live workers.",
        discussion: """
            Reads every partition of the input topic from --from-time or --from-offset up to \
            --to-time, --to-offset or the end offsets at start (those ends are fixed when the \
            replay starts, so new input does not extend it), with the workers' extraction, and \
            publishes the alerts and dead letters in one transaction per batch. The live \
            consumer group is never touched: partitions are assigned by hand, nothing \
            subscribes. Alert ids are the ones the live run gave the same articles, so \
            subscribers that de-duplicate on id see repeats as no-ops.

            Ranges: times are RFC 3339 and compare with the message timestamps \
            (offsets-for-times); the end (--to-time, --to-offset) is exclusive. \
            --from-offset/--to-offset apply to every partition, clamped to what it holds.

            Resuming: with --group G the replay commits its progress to G inside its \
            transactions; rerun the same command to continue after the last committed batch \
            (ends are fixed again at that start: pass --to-time to bound reruns the same way). \
            G must not be the live workers' group. Without --group nothing is stored and a rerun \
            starts over (the ids repeat, nothing is lost).

            Progress: a bar on standard error when it is a terminal (per-partition offsets, \
            articles/s, ETA), a log line every --progress-interval otherwise, and a summary line \
            on standard output at the end. SIGINT or SIGTERM finishes and commits the current \
            batch, then exits 0; a second signal exits at once with status 130 (the open transaction \
            aborts; nothing of it is published). On a terminal, log lines below error are left \
            out unless --log-level is given, so they do not break the bar.

            Examples:
              # backfill October 2016 into the live alert topics
              newswatch replay --brokers kafka-1:9092 --group backfill-2016-10 \\
                --from-time 2016-10-01T00:00:00Z --to-time 2016-11-01T00:00:00Z

              # reprocess the dead letters after a fix (new failures land after the end)
              newswatch replay --brokers kafka-1:9092 --group newswatch-dlq-replay \\
                --input-topic news.articles.dlq --from-offset 0

              # try a release on a week of articles, writing to trial.alerts.* etc.
              newswatch replay --brokers kafka-1:9092 --output-prefix trial. \\
                --from-time 2016-10-03T00:00:00Z --to-time 2016-10-10T00:00:00Z
            """
    )

    @OptionGroup(title: "Connection")
    var connection: ConnectionOptions

    @OptionGroup(title: "Topics")
    var topics: TopicOptions

    @Option(help: ArgumentHelp("Start at the first message at or after this time in each partition (RFC 3339).", valueName: "time"))
    var fromTime: String?

    @Option(help: ArgumentHelp("Start at this offset in each partition (0 = the beginning).", valueName: "offset"))
    var fromOffset: Int64?

    @Option(help: ArgumentHelp("Stop before the first message at or after this time (RFC 3339; default: the end at start).", valueName: "time"))
    var toTime: String?

    @Option(help: ArgumentHelp("Stop before this offset in each partition (default: the end at start).", valueName: "offset"))
    var toOffset: Int64?

    @Option(help: ArgumentHelp("Write to <prefix><topic> for the alert and dead-letter topics, creating missing ones (env NEWSWATCH_OUTPUT_PREFIX; default none).", valueName: "prefix"))
    var outputPrefix: String?

    @Option(help: ArgumentHelp("Consumer group that keeps the replay's progress so a rerun resumes (env NEWSWATCH_REPLAY_GROUP; default none: nothing stored).", valueName: "group"))
    var group: String?

    @Option(help: ArgumentHelp("Transactional id of the replay's producer, never a worker's (env NEWSWATCH_REPLAY_TRANSACTIONAL_ID; default newswatch-replay-<group>, or newswatch-replay-<host>-<pid>).", valueName: "id"))
    var transactionalID: String?

    @Option(help: ArgumentHelp("Largest batch (one transaction), in messages (env NEWSWATCH_BATCH_SIZE; default 500).", valueName: "n"))
    var batchSize: Int?

    @Option(help: ArgumentHelp("Time between progress log lines when standard error is not a terminal (env NEWSWATCH_PROGRESS_INTERVAL; default 10s).", valueName: "duration"))
    var progressInterval: String?

    /// SIGINT/SIGTERM so far: the first finishes the batch, the second exits at once.
    private static let signalsReceived = Atomic<Int>(0)

    /// Every setting `replay` reads, by name.
    static let settingKeys: Set<String> = ConnectionOptions.keys.union(TopicOptions.keys)
        .union(["output-prefix", "replay-group", "replay-transactional-id", "batch-size", "progress-interval"])

    func validate() throws {
        guard (fromTime == nil) != (fromOffset == nil) else {
            throw ValidationError("give one start: --from-time 2016-10-01T00:00:00Z or --from-offset 0")
        }
        if toTime != nil, toOffset != nil { throw ValidationError("give at most one end: --to-time or --to-offset") }
        for (flag, value) in [("--from-time", fromTime), ("--to-time", toTime)] {
            if let value, TopicPosition.parse(time: value) == nil {
                throw ValidationError("\(flag) \"\(value)\" is not an RFC 3339 time; write e.g. 2016-10-01T00:00:00Z")
            }
        }
        for (flag, value) in [("--from-offset", fromOffset), ("--to-offset", toOffset)] {
            if let value, value < 0 { throw ValidationError("\(flag) must be 0 or more (got \(value))") }
        }
        if let fromOffset, let toOffset, toOffset <= fromOffset {
            throw ValidationError("--to-offset \(toOffset) must be above --from-offset \(fromOffset)")
        }
        if let fromTime, let toTime, let start = TopicPosition.parse(time: fromTime), let end = TopicPosition.parse(time: toTime),
            case .time(let from) = start, case .time(let to) = end, to <= from {
            throw ValidationError("--to-time \(toTime) must be after --from-time \(fromTime)")
        }
    }

    func run() async throws {
        let settings = try connection.resolver(commandFlags: [
            "output-prefix": outputPrefix, "replay-group": group, "replay-transactional-id": transactionalID,
            "batch-size": batchSize.map(String.init), "progress-interval": progressInterval,
        ].merging(topics.flags) { first, _ in first })
        // A replay is often run beside a worker, with its environment: the worker's settings are known, just unused here.
        try settings.checkUnknown(known: Self.settingKeys.union(RunCommand.settingKeys))
        let common = try ConnectionSettings(settings, options: connection)
        let replayGroup = settings.optionalString("replay-group").flatMap { $0.isEmpty ? nil : $0 }
        let liveGroup = settings.string("group", default: "newswatch")
        if let replayGroup, replayGroup == liveGroup {
            throw SettingsError.invalidValue(
                key: "replay-group", origin: settings.value("replay-group")?.origin ?? .flag, value: replayGroup,
                expected: "a group of its own, not the live workers' group \(liveGroup) (e.g. \(liveGroup)-replay)")
        }
        let defaultID = replayGroup.map { "newswatch-replay-\($0)" } ?? "newswatch-replay-\(ProcessInfo.processInfo.hostName)-\(getpid())"
        let transactional = settings.string("replay-transactional-id", default: defaultID)
        if transactional == settings.optionalString("transactional-id") {
            throw SettingsError.invalidValue(
                key: "replay-transactional-id", origin: settings.value("replay-transactional-id")?.origin ?? .defaultValue,
                value: transactional, expected: "an id no worker uses (a shared id would fence the worker)")
        }
        let prefix = settings.string("output-prefix", default: "")
        var configuration = ReplayConfiguration(
            kafka: try common.kafkaConfig(), transactionalID: transactional,
            from: fromTime.flatMap(TopicPosition.parse(time:)) ?? .offset(fromOffset ?? 0),
            to: toTime.flatMap(TopicPosition.parse(time:)) ?? toOffset.map(TopicPosition.offset) ?? .end,
            topics: try TopicOptions.topics(settings), parallelism: ProcessInfo.processInfo.activeProcessorCount)
        configuration.outputPrefix = prefix
        configuration.group = replayGroup
        configuration.batchMaxMessages = try settings.integer("batch-size", default: configuration.batchMaxMessages, in: 1...1_000_000)
        let interval = try settings.duration("progress-interval", default: .seconds(10))
        for name in configuration.outputNames where !TopicOptions.isValidName(name) {
            throw SettingsError.invalidValue(key: "output-prefix", origin: settings.value("output-prefix")?.origin ?? .flag, value: prefix, expected: "a prefix that keeps topic names valid (a–z A–Z 0–9 . _ -)")
        }

        common.bootstrapLogging()
        let terminal = isatty(2) == 1
        var logger = Logger(label: "newswatch")
        // Log lines would break the bar; an explicit --log-level keeps them.
        if terminal, settings.value("log-level") == nil { logger.logLevel = max(logger.logLevel, .error) }
        let replay = Replay(configuration: configuration, logger: logger)
        let signals = SignalHandler(signals: [SIGTERM, SIGINT]) {
            guard Self.signalsReceived.add(1, ordering: .relaxed).newValue > 1 else { return replay.stop() }
            FileHandle.standardError.write(Data("newswatch: second signal: exiting now; the open transaction aborts and is not published\n".utf8))
            Foundation.exit(130)
        }
        defer { signals.cancel() }
        let reporter = Task {
            terminal ? await Self.drawBar(replay) : await Self.logProgress(replay, every: max(interval, .milliseconds(100)), logger: Logger(label: "newswatch"))
        }
        let result: ReplayProgress
        do {
            result = try await replay.run()
        } catch {
            reporter.cancel()
            _ = await reporter.value
            throw error
        }
        reporter.cancel()
        _ = await reporter.value
        if terminal, let final = replay.progress { ProgressBar.draw(final.terminalLines(width: ProgressBar.width())) }
        print(result.summary + (result.covered < result.total ? " (stopped early at \(result.covered)/\(result.total) offsets)" : ""))
    }

    /// Redraws the progress bar on standard error four times a second until cancelled.
    private static func drawBar(_ replay: Replay) async {
        while !Task.isCancelled {
            if let progress = replay.progress { ProgressBar.draw(progress.terminalLines(width: ProgressBar.width())) }
            try? await Task.sleep(for: .milliseconds(250))
        }
    }

    /// Logs the progress every `interval` until cancelled.
    private static func logProgress(_ replay: Replay, every interval: Duration, logger: Logger) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            guard !Task.isCancelled, let progress = replay.progress else { continue }
            logger.info("replay progress", metadata: progress.logMetadata.mapValues { .string($0) })
        }
    }
}

/// Draws a block of lines on standard error in place, replacing the block drawn before.
enum ProgressBar {
    private static let drawn = Mutex(0)

    static func draw(_ lines: [String]) {
        let text = drawn.withLock { previous in
            defer { previous = lines.count }
            let up = previous > 0 ? "\u{1B}[\(previous)F" : ""
            return up + lines.map { "\u{1B}[2K" + $0 }.joined(separator: "\n") + "\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// The terminal's width, 80 when unknown.
    static func width() -> Int {
        var size = winsize()
        return ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }
}
