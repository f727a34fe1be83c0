import Foundation
import Kafka
import Testing

extension KafkaSuite {
    /// The Swift layer and `kcat` (librdkafka's command-line client) read each other's
    /// messages: key, headers and value.
    @Suite struct Interop {
        @Test func aMessageProducedByKcatIsConsumedBySwift() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("from-kcat", partitions: 1)
            let result = try await Kcat.run(
                ["-b", cluster.bootstrapServers, "-P", "-t", "from-kcat", "-k", "kcat-key", "-H", "origin=kcat", "-H", "trace=42"],
                input: "hello from kcat\n"
            )
            #expect(result.status == 0, "kcat: \(result.errors)")

            let consumer = try Fixture.consumer(cluster)
            try consumer.subscribe(["from-kcat"])
            let received = try await Fixture.consume(consumer, count: 1)
            try await consumer.close()
            let message = try #require(received.first)
            #expect(received.count == 1)
            #expect(message.key == Fixture.bytes("kcat-key"))
            #expect(message.value == Fixture.bytes("hello from kcat"))
            #expect(message.headers == [KafkaHeader("origin", "kcat"), KafkaHeader("trace", "42")])
        }

        @Test func aMessageProducedBySwiftIsConsumedByKcat() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("from-swift", partitions: 1)
            let producer = try Fixture.producer(cluster)
            _ = try await producer.send(ProducerMessage(
                topic: "from-swift", key: Fixture.bytes("swift-key"), value: Fixture.bytes("hello from swift"),
                headers: [KafkaHeader("origin", "swift"), KafkaHeader("trace", "7")]
            ))
            try await producer.close()

            let result = try await Kcat.run(["-b", cluster.bootstrapServers, "-C", "-t", "from-swift", "-o", "beginning", "-e", "-q", "-f", "%k|%h|%s\n"])
            #expect(result.status == 0, "kcat: \(result.errors)")
            #expect(result.output == "swift-key|origin=swift,trace=7|hello from swift\n")
        }
    }
}

/// Runs `kcat` on a dedicated thread (never a cooperative one) with `posix_spawnp`, feeding it
/// `input` and collecting its output; kills it if it has not exited within 60 s.
///
/// Foundation's `Process` is not used: on Linux it leaks itself and its pipes through a run-loop
/// source, which the address sanitizer's leak check reports.
enum Kcat {
    struct Result: Sendable {
        var status: Int32
        var output: String
        var errors: String
    }

    struct SpawnError: Error, CustomStringConvertible {
        var code: Int32
        var description: String { "cannot start kcat: \(String(cString: strerror(code)))" }
    }

    static func run(_ arguments: [String], input: String = "") async throws -> Result {
        let outcome: Swift.Result<Result, SpawnError> = await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: runBlocking(["kcat"] + arguments, input: input)) }
            thread.start()
        }
        return try outcome.get()
    }

    private static func runBlocking(_ argv: [String], input: String) -> Swift.Result<Result, SpawnError> {
        var stdin: [Int32] = [0, 0]
        var stdout: [Int32] = [0, 0]
        var stderr: [Int32] = [0, 0]
        guard pipe(&stdin) == 0, pipe(&stdout) == 0, pipe(&stderr) == 0 else { return .failure(SpawnError(code: errno)) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdout[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderr[1], 2)
        for fd in stdin + stdout + stderr { posix_spawn_file_actions_addclose(&actions, fd) }

        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, argv[0], &actions, nil, cArguments, environ)
        for fd in [stdin[0], stdout[1], stderr[1]] { close(fd) }
        guard code == 0 else {
            for fd in [stdin[1], stdout[0], stderr[0]] { close(fd) }
            return .failure(SpawnError(code: code))
        }
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        defer { watchdog.cancel() }

        Array(input.utf8).withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(stdin[1], bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
        close(stdin[1])
        let output = readAll(stdout[0])
        let errors = readAll(stderr[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        // WEXITSTATUS; a killed process reports 128 + the signal.
        let exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return .success(Result(status: exitStatus, output: output, errors: errors))
    }

    /// Reads a pipe to its end, then closes it.
    private static func readAll(_ fd: Int32) -> String {
        defer { close(fd) }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                data += buffer[0..<count]
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        return String(decoding: data, as: UTF8.self)
    }
}
