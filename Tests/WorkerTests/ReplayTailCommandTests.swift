import Foundation
import Kafka
import Testing
@testable import Worker

/// The real `newswatch replay` and `newswatch tail` binaries (built with the tests) against the
/// embedded cluster, which listens on loopback.
@Suite(.serialized) struct ReplayTailCommandTests {
    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// A signal to send once the output shows the command is under way.
    struct Interrupt {
        var signal: Int32
        var when: @Sendable (Outcome) -> Bool
    }

    /// Runs the `newswatch` binary beside the test bundle with a clean environment, off the
    /// cooperative pool (it blocks until the process exits).
    static func newswatch(_ arguments: [String], interrupt: Interrupt? = nil) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try run(arguments, interrupt: interrupt) }) }
        }
    }

    private static func run(_ arguments: [String], interrupt: Interrupt?) throws -> Outcome {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("newswatch")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: binary.path + " (build it with swift build --build-tests)"])
        }
        let files = ["stdout", "stderr"].map { FileManager.default.temporaryDirectory.appendingPathComponent("newswatch-\(UUID().uuidString).\($0)") }
        for file in files { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
        defer { for file in files { try? FileManager.default.removeItem(at: file) } }
        let read = {
            let texts = files.map { String(decoding: FileManager.default.contents(atPath: $0.path) ?? Data(), as: UTF8.self) }
            return Outcome(status: 0, standardOutput: texts[0], standardError: texts[1])
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        process.standardOutput = try FileHandle(forWritingTo: files[0])
        process.standardError = try FileHandle(forWritingTo: files[1])
        try process.run()
        if let interrupt {
            let deadline = Date().addingTimeInterval(60)
            while process.isRunning, !interrupt.when(read()), Date() < deadline { usleep(10_000) }
            kill(process.processIdentifier, interrupt.signal)
        }
        process.waitUntilExit()
        var outcome = read()
        outcome.status = process.terminationStatus
        return outcome
    }

    @Test func tailBinaryPrintsTheFilteredAlertsExactlyAsPublished() async throws {
        let published = try await TailTests.publishSeedAlerts()
        let mosul = try await TailTests.tail(published, filter: try AlertFilter(where: ["location=Mosul"])).messages.compactMap(\.value)
        #expect(!mosul.isEmpty)
        let run = try await Self.newswatch(["tail", "--brokers", published.fixture.cluster.bootstrapServers, "--from", "beginning", "--until-end", "--where", "location=mosul"])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").map { Array($0.utf8) }
        #expect(Set(lines) == Set(mosul) && lines.count == mosul.count)

        let table = try await Self.newswatch(["tail", "--brokers", published.fixture.cluster.bootstrapServers, "--from", "beginning", "--until-end", "--kind", "offensive", "--format", "table"])
        #expect(table.status == 0)
        let offensives = try await TailTests.tail(published, filter: try AlertFilter(where: [], kinds: ["offensive"])).messages
        let rows = table.standardOutput.split(separator: "\n")
        #expect(rows.first?.hasPrefix("TYPE") == true && rows.count == offensives.count + 1, "\(table.standardOutput)")
        #expect(rows.dropFirst().allSatisfy { $0.hasPrefix("operation  offensive:") || $0.hasPrefix("schedule   ") })

        let interrupted = try await Self.newswatch(
            ["tail", "--brokers", published.fixture.cluster.bootstrapServers, "--from", "beginning"],
            interrupt: Interrupt(signal: SIGINT) { $0.standardOutput.split(separator: "\n").count == published.records.count })
        #expect(interrupted.status == 0, "Ctrl-C ends tail cleanly: \(interrupted.standardError)")
        #expect(interrupted.standardOutput.split(separator: "\n").count == published.records.count)

        let bad = try await Self.newswatch(["tail", "--brokers", published.fixture.cluster.bootstrapServers, "--where", "place=Mosul"])
        #expect(bad.status == 64)
        #expect(bad.standardError.split(separator: "\n").count == 1 && bad.standardError.contains("use one of type, id, kind"), "\(bad.standardError)")
    }

    @Test func replayBinaryBackfillsIntoPrefixedTopicsAndRefusesTheLiveGroup() async throws {
        let fixture = try ReplayTailFixture()
        let articles = ReplayTailFixture.articles(40)
        try await fixture.produce(articles, to: fixture.topics.articles)
        try fixture.createPrefixedTopics("cli.")
        let run = try await Self.newswatch(["replay", "--brokers", fixture.cluster.bootstrapServers, "--from-offset", "0", "--output-prefix", "cli.", "--batch-size", "10"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("replayed 40 article(s) from 3 partition(s)"), "\(run.standardOutput)")
        #expect(run.standardError.contains("replay range fixed"), "standard error is not a terminal: log lines, no bar")
        let (same, difference) = try await fixture.published(on: ["cli." + fixture.topics.operations, "cli." + fixture.topics.schedules], matches: articles)
        #expect(same, difference)
        #expect(try await fixture.highWatermarks([fixture.topics.operations, fixture.topics.schedules]).values.allSatisfy { $0 == 0 })

        // SIGTERM once the range is fixed: the current batch is committed and the exit is clean.
        let again = try await Self.newswatch(
            ["replay", "--brokers", fixture.cluster.bootstrapServers, "--from-offset", "0", "--output-prefix", "cli.", "--batch-size", "5"],
            interrupt: Interrupt(signal: SIGTERM) { $0.standardError.contains("replay range fixed") })
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput.hasPrefix("replayed "), "\(again.standardOutput)")

        let live = try await Self.newswatch(["replay", "--brokers", fixture.cluster.bootstrapServers, "--from-offset", "0", "--group", "newswatch"])
        #expect(live.status == 64 && live.standardError.contains("not the live workers' group"), "\(live.standardError)")
        let noStart = try await Self.newswatch(["replay", "--brokers", fixture.cluster.bootstrapServers])
        #expect(noStart.status == 64 && noStart.standardError.contains("--from-time"), "\(noStart.standardError)")
    }
}
