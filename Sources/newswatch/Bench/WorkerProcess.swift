import Foundation
import NewswatchTestKit
import Worker

/// A worker of the benchmark's group as users deploy it: `newswatch run` started from this
/// binary as a child process against the embedded cluster, watched from outside through its
/// `/metrics` endpoint and `/proc/<pid>/status`, and stopped with SIGTERM.
///
/// Its resident set is the worker's alone: the broker, the corpus and the feeding producer stay
/// in the benchmark's process.
final class WorkerProcess: Sendable {
    private let process: Process
    private let port: Int
    private let log: URL

    /// Starts `newswatch run --brokers bootstrapServers` with the benchmark's group and topics.
    ///
    /// - Parameters:
    ///   - index: tells the workers of one run apart (transactional id `newswatch-bench-<index>`).
    ///   - threads: extraction threads (`--threads`).
    ///   - fetchWaitMilliseconds: `fetch.wait.max.ms` of its clients, or `nil` for librdkafka's 500.
    ///   - logLevel: its `--log-level`; its log goes to a temporary file that errors quote.
    init(bootstrapServers: String, delivery: DeliveryMode, index: Int, threads: Int, fetchWaitMilliseconds: Int?, logLevel: String) throws {
        guard let binary = Bundle.main.executableURL else { throw BenchmarkError.incomplete("cannot find the newswatch binary to start workers from") }
        guard let port = LoopbackHTTP.freePort() else { throw BenchmarkError.incomplete("no free loopback port for a worker's /metrics") }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("newswatch-bench-worker-\(getpid())-\(index)-\(port).log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else {
            throw BenchmarkError.incomplete("cannot create the worker log \(log.path); is the temporary folder writable?")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = [
            "run", "--brokers", bootstrapServers, "--group", "newswatch-bench", "--delivery", delivery.rawValue,
            "--transactional-id", "newswatch-bench-\(index)", "--threads", String(threads),
            "--http-port", String(port), "--http-address", "127.0.0.1", "--log-level", logLevel,
        ] + (fetchWaitMilliseconds.map { ["--kafka", "fetch.wait.max.ms=\($0)"] } ?? [])
        // The benchmark's own settings must not leak into the worker's.
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("NEWSWATCH_") }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        self.process = process
        self.port = port
        self.log = log
    }

    /// Input messages the worker has committed (`newswatch_messages_in_total`); 0 until its
    /// HTTP endpoint is up.
    ///
    /// - Throws: ``BenchmarkError/workerFailed(status:log:)`` when the worker has exited.
    func messagesIn() async throws -> Int {
        if let metrics = await LoopbackHTTP.get(port: port, path: "/metrics")?.body {
            return Int(PrometheusText.sample(metrics, "newswatch_messages_in_total") ?? 0)
        }
        guard process.isRunning else { throw BenchmarkError.workerFailed(status: process.terminationStatus, log: logTail) }
        return 0
    }

    /// The worker's resident set now (`VmRSS`), in bytes.
    var residentBytes: Int { ProcessMemory.residentBytes(of: process.processIdentifier) ?? 0 }

    /// The worker's largest resident set since it started (`VmHWM`), in bytes.
    var peakResidentBytes: Int { ProcessMemory.peakResidentBytes(of: process.processIdentifier) ?? 0 }

    /// Sends SIGTERM: the worker finishes its batch, commits and exits.
    func terminate() {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
    }

    /// Sends SIGTERM (once: a second one makes the worker exit without committing) and waits
    /// for the worker to exit.
    ///
    /// - Throws: ``BenchmarkError/workerFailed(status:log:)`` unless it exits with status 0.
    func stop() async throws {
        terminate()
        try await waitForExit()
    }

    /// Waits for the worker to exit, after ``terminate()``.
    ///
    /// - Throws: ``BenchmarkError/workerFailed(status:log:)`` unless it exits with status 0.
    func waitForExit() async throws {
        let process = self.process
        let status = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                process.waitUntilExit()
                continuation.resume(returning: process.terminationStatus)
            }
        }
        guard status == 0 else { throw BenchmarkError.workerFailed(status: status, log: logTail) }
        try? FileManager.default.removeItem(at: log)
    }

    /// The end of the worker's log, for error messages.
    private var logTail: String {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return "\(text.suffix(1_500)) (whole log: \(log.path))"
    }
}

/// The worker processes of one benchmark run.
struct WorkerProcesses: Sendable {
    let workers: [WorkerProcess]

    /// Starts `count` workers of one group on `bench`'s cluster, sharing the machine's cores.
    init(_ count: Int, bench: WorkerBenchCluster, delivery: DeliveryMode, logLevel: String) throws {
        let threads = max(1, ProcessInfo.processInfo.activeProcessorCount / count)
        workers = try (0..<count).map { index in
            try WorkerProcess(
                bootstrapServers: bench.cluster.bootstrapServers, delivery: delivery, index: index, threads: threads,
                fetchWaitMilliseconds: bench.fetchWaitMilliseconds, logLevel: logLevel
            )
        }
    }

    /// Input messages committed by all workers together.
    func messagesIn() async throws -> Int {
        var total = 0
        for worker in workers { total += try await worker.messagesIn() }
        return total
    }

    /// Stops every worker and waits for each to exit.
    func stop() async throws {
        for worker in workers { worker.terminate() }
        for worker in workers { try await worker.waitForExit() }
    }
}
