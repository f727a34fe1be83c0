import Foundation
import Kafka
import NewswatchTestKit
import Testing
@testable import Worker

/// The operations side of `newswatch run`: the HTTP endpoints during a run, and SIGTERM of the
/// real binary.
@Suite(.serialized) struct OperationsTests {
    @Test func metricsMoveDuringARunAndReadinessFlipsToReady() async throws {
        let corpus = await Corpus.shared.value
        let inputs = corpus.prefix(1_000)
        let harness = try Harness(partitions: 4)
        try await harness.produce(inputs)
        let worker = harness.worker("metrics", delivery: .exactlyOnce) { configuration in
            configuration.http = ("127.0.0.1", 0)
            // Small batches and frequent statistics, so the lag is seen above 0 while input
            // waits: a worker's transaction takes a few milliseconds, 1,000 articles under a second.
            configuration.batchMaxMessages = 10
            configuration.statisticsInterval = .milliseconds(100)
        }
        let task = Task { try await worker.run() }
        try await waitUntil("the endpoints listen") { worker.httpPort != nil }
        let port = try #require(worker.httpPort)

        var readiness: [Int] = []
        try await waitUntil("/readyz answers 200") {
            guard let status = await LoopbackHTTP.get(port: port, path: "/readyz")?.status else { return false }
            if readiness.last != status { readiness.append(status) }
            return status == 200
        }
        var counted: [Double] = []
        var sawLag = false
        try await waitUntil("every input counted on /metrics") {
            guard let metrics = await LoopbackHTTP.get(port: port, path: "/metrics")?.body, let value = PrometheusText.sample(metrics, "newswatch_messages_in_total") else { return false }
            if counted.last != value { counted.append(value) }
            sawLag = sawLag || (0..<4).contains { (PrometheusText.sample(metrics, "newswatch_consumer_lag", labels: "topic=\"news.articles\",partition=\"\($0)\"") ?? 0) > 0 }
            return value >= Double(inputs.count)
        }
        try await waitUntil("the lag of every partition drops to 0", timeout: .seconds(30)) {
            guard let metrics = await LoopbackHTTP.get(port: port, path: "/metrics")?.body else { return false }
            return (0..<4).allSatisfy { PrometheusText.sample(metrics, "newswatch_consumer_lag", labels: "topic=\"news.articles\",partition=\"\($0)\"") == 0 }
        }
        let health = await LoopbackHTTP.get(port: port, path: "/healthz")
        let missing = await LoopbackHTTP.get(port: port, path: "/nope")
        let metrics = try #require(await LoopbackHTTP.get(port: port, path: "/metrics")?.body)
        worker.stop()
        try await task.value

        let stats = worker.statistics
        print("/readyz statuses \(readiness); newswatch_messages_in_total went \(counted.map { Int($0) }); lag seen above 0: \(sawLag)")
        #expect(readiness.first == 503 && readiness.last == 200, "not ready until assigned: \(readiness)")
        #expect(counted.count >= 3 && counted == counted.sorted(), "the counter moved: \(counted)")
        #expect(sawLag, "lag is reported while input waits")
        #expect(health?.status == 200)
        #expect(missing?.status == 404)
        #expect(PrometheusText.sample(metrics, "newswatch_alerts_out_total", labels: "type=\"operation\"") == Double(stats.operationAlerts))
        #expect(PrometheusText.sample(metrics, "newswatch_alerts_out_total", labels: "type=\"schedule\"") == Double(stats.scheduleAlerts))
        #expect(Double(stats.operationAlerts + stats.scheduleAlerts) == Double(inputs.flatMap(\.alertIDs).count))
        for (code, count) in Dictionary(inputs.compactMap(\.deadLetterCode).map { ($0, 1) }, uniquingKeysWith: +) {
            #expect(PrometheusText.sample(metrics, "newswatch_dead_letters_total", labels: "code=\"\(code)\"") == Double(count), "\(code)")
        }
        #expect(PrometheusText.sample(metrics, "newswatch_batch_seconds_count") == Double(stats.batchesCommitted))
        #expect(PrometheusText.sample(metrics, "newswatch_batch_seconds_bucket", labels: "le=\"+Inf\"") == Double(stats.batchesCommitted))
        #expect(PrometheusText.sample(metrics, "newswatch_transaction_aborts_total") == 0)
        #expect(PrometheusText.sample(metrics, "newswatch_assigned_partitions") == 4)
        #expect((PrometheusText.sample(metrics, "newswatch_rebalances_total", labels: "kind=\"assigned\"") ?? 0) >= 1)
    }

    @Test func sigtermMakesTheBinaryCommitLeaveAndExitZero() async throws {
        let binary = try #require(Self.binary(), "the newswatch binary is built next to the test bundle by `swift build`/`swift test`")
        let corpus = await Corpus.shared.value
        let inputs = corpus.prefix(3_000)
        let harness = try Harness(partitions: 4)
        let reports = try await harness.produce(inputs)
        let port = try #require(LoopbackHTTP.freePort())
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("newswatch-sigterm-\(getpid()).log")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: log) }

        let process = try Self.start(binary, harness: harness, port: port, log: log)
        var readiness: [Int] = []
        try await waitUntil("the binary is ready", timeout: .seconds(60)) {
            let status = await LoopbackHTTP.get(port: port, path: "/readyz")?.status ?? 0
            if readiness.last != status { readiness.append(status) }
            return status == 200
        }
        try await waitUntil("the binary committed a batch", timeout: .seconds(60)) {
            (await LoopbackHTTP.get(port: port, path: "/metrics")?.body).flatMap { PrometheusText.sample($0, "newswatch_messages_in_total") }.map { $0 > 0 } ?? false
        }
        kill(process.processIdentifier, SIGTERM)
        let exited = await Self.exitStatus(process)
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""

        let committed = try await harness.committedOffsets()
        let below = inputs.indices.filter { index in reports[index].offset < (committed[TopicPartition(harness.topics.articles, reports[index].partition)] ?? 0) }
        let (alerts, _) = try await harness.visible([harness.topics.operations, harness.topics.schedules], delivery: .atLeastOnce)
        let read = Set(alerts.map { ceID($0.headers) })
        let expected = below.flatMap { inputs[$0].alertIDs }
        let lost = expected.filter { !read.contains($0) }.count
        print("SIGTERM of `newswatch run`: exit \(exited), readiness \(readiness), \(below.count) of \(inputs.count) inputs committed before exit, their alerts: expected \(expected.count), lost \(lost), read \(alerts.count)")
        #expect(exited == 0, "exit status; log tail: \(output.suffix(2_000))")
        #expect(readiness.last == 200)
        #expect(!below.isEmpty, "offsets were committed")
        #expect(lost == 0)
        #expect(alerts.count >= expected.count)
        #expect(output.contains("\"message\":\"worker stopped\""), "the worker finished its shutdown: \(output.suffix(2_000))")
        #expect(output.contains("\"message\":\"stop signal: finishing and committing the batch in hand, then leaving the group\""))
    }

    @Test func aSecondSignalMakesTheBinaryExitNonZeroAtOnce() async throws {
        let binary = try #require(Self.binary(), "the newswatch binary is built next to the test bundle by `swift build`/`swift test`")
        let corpus = await Corpus.shared.value
        let harness = try Harness(partitions: 2)
        try await harness.produce(corpus.prefix(3_000))
        let port = try #require(LoopbackHTTP.freePort())
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("newswatch-second-signal-\(getpid()).log")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        defer { try? FileManager.default.removeItem(at: log) }
        let process = try Self.start(binary, harness: harness, port: port, log: log)
        // Ready means assigned, not yet busy: wait for the worker to be through its inputs, so
        // that a batch is in hand when the signals arrive.
        try await waitUntil("the binary is reading its inputs", timeout: .seconds(60)) {
            guard let metrics = await LoopbackHTTP.get(port: port, path: "/metrics")?.body else { return false }
            return (PrometheusText.sample(metrics, "newswatch_messages_in_total") ?? 0) > 0
        }
        // With the broker down the graceful stop cannot finish (nothing can be committed, the
        // group cannot be left), so the second signal always finds it still under way.
        try harness.cluster.setBrokerDown(1)
        kill(process.processIdentifier, SIGTERM)
        try await waitUntil("the first signal is logged", timeout: .seconds(20)) {
            ((try? String(contentsOf: log, encoding: .utf8)) ?? "").contains("stop signal: finishing")
        }
        kill(process.processIdentifier, SIGINT)
        let exited = await Self.exitStatus(process)
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        print("second signal: exit \(exited)")
        #expect(exited == 1)
        #expect(output.contains("\"message\":\"second stop signal: exiting at once without committing the batch in hand\""), "\(output.suffix(2_000))")
        #expect(!output.contains("\"message\":\"worker stopped\""))
    }

    /// Starts `newswatch run` against the harness' cluster, at-least-once (the embedded cluster
    /// stores plain offset commits but not transactional ones), logging JSON lines to `log`.
    static func start(_ binary: URL, harness: Harness, port: Int, log: URL) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = [
            "run", "--brokers", harness.cluster.bootstrapServers, "--delivery", "at-least-once", "--batch-size", "50",
            "--http-port", String(port), "--http-address", "127.0.0.1", "--log-format", "json", "--shutdown-grace", "20s",
            "--max-article-bytes", String(Corpus.maxArticleBytes),
        ]
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("NEWSWATCH_") }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        return process
    }

    /// The exit status of `process`, waited for on a dispatch thread.
    static func exitStatus(_ process: Process) async -> Int32 {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                process.waitUntilExit()
                continuation.resume(returning: process.terminationStatus)
            }
        }
    }

    /// `newswatch` in the build folder of the test bundle.
    static func binary() -> URL? {
        [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap { $0 }
            .map { $0.deletingLastPathComponent().appendingPathComponent("newswatch") }
            .first { url in
                var directory: ObjCBool = false
                return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && !directory.boolValue
                    && FileManager.default.isExecutableFile(atPath: url.path)
            }
    }
}
