import Foundation
import Synchronization

/// A child process started with `posix_spawnp`, with pipes to its standard streams.
///
/// Its blocking calls (reads, `wait`) run on dedicated threads through ``blocking(_:)``, never on
/// the cooperative pool. Foundation's `Process` is not used: on Linux it leaks itself and its
/// pipes through a run-loop source, which the address sanitizer's leak check reports.
///
/// `@unchecked Sendable` invariant: the descriptors and pid never change after `start`; each
/// stream is read by one caller at a time, and the pid is reaped once, by ``wait()``, after
/// which no signal is sent to it.
final class Subprocess: @unchecked Sendable {
    struct Result: Sendable {
        var status: Int32
        var output: String
        var errors: String
    }

    struct SpawnError: Error, CustomStringConvertible {
        var command: String
        var code: Int32
        var description: String { "cannot start \(command): \(String(cString: strerror(code)))" }
    }

    let pid: pid_t
    /// `true` once ``wait()`` reaped the child; its pid may then belong to another process.
    private let reaped = Mutex(false)
    private let input: Int32
    private let output: Int32
    private let errors: Int32

    /// Starts `argv[0]` (looked up in `PATH`) with the given arguments.
    static func start(_ argv: [String]) throws -> Subprocess {
        var stdin: [Int32] = [0, 0]
        var stdout: [Int32] = [0, 0]
        var stderr: [Int32] = [0, 0]
        guard pipe(&stdin) == 0, pipe(&stdout) == 0, pipe(&stderr) == 0 else {
            throw SpawnError(command: argv[0], code: errno)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdout[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderr[1], 2)
        for fd in stdin + stdout + stderr { posix_spawn_file_actions_addclose(&actions, fd) }
        let arguments = argv.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, argv[0], &actions, nil, arguments, environ)
        for fd in [stdin[0], stdout[1], stderr[1]] { close(fd) }
        guard code == 0 else {
            for fd in [stdin[1], stdout[0], stderr[0]] { close(fd) }
            throw SpawnError(command: argv[0], code: code)
        }
        return Subprocess(pid: pid, input: stdin[1], output: stdout[0], errors: stderr[0])
    }

    private init(pid: pid_t, input: Int32, output: Int32, errors: Int32) {
        self.pid = pid
        self.input = input
        self.output = output
        self.errors = errors
    }

    deinit {
        for fd in [input, output, errors] { close(fd) }
    }

    /// Runs a command to completion: writes `input`, collects both outputs, kills it after 60 s.
    static func run(_ argv: [String], input: String = "") async throws -> Result {
        let process = try start(argv)
        return await blocking {
            let watchdog = DispatchWorkItem { process.signal(SIGKILL) }
            DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
            defer { watchdog.cancel() }
            process.write(input)
            let output = process.readOutput()
            let errors = process.readErrors()
            return Result(status: process.wait(), output: output, errors: errors)
        }
    }

    /// Runs `body` on a new thread and returns its result.
    static func blocking<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }

    /// Writes all of `text` to standard input, then closes it.
    func write(_ text: String) {
        Array(text.utf8).withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(input, bytes.baseAddress! + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if errno != EINTR {
                    break
                }
            }
        }
        shutdownInput()
    }

    /// The next line of standard output without its newline, or `nil` at the end. Blocks.
    func readLine() -> String? {
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(output, &byte, 1)
            if count == 1 {
                if byte == UInt8(ascii: "\n") { return String(decoding: line, as: UTF8.self) }
                line.append(byte)
            } else if count == 0 || errno != EINTR {
                return line.isEmpty ? nil : String(decoding: line, as: UTF8.self)
            }
        }
    }

    /// Standard output from here to its end. Blocks.
    func readOutput() -> String { Self.readAll(output) }

    /// Standard error to its end. Blocks.
    func readErrors() -> String { Self.readAll(errors) }

    /// Sends a signal, unless the child was already reaped.
    func signal(_ number: Int32) {
        reaped.withLock { reaped in
            if !reaped { kill(pid, number) }
        }
    }

    /// Waits for the exit and returns the exit status (128 + the signal when killed). Blocks.
    func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        reaped.withLock { $0 = true }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Ends standard input (the child reads end of file) while keeping `input` a valid
    /// descriptor for `deinit` to close: `/dev/null` replaces the pipe's write end.
    private func shutdownInput() {
        let null = open("/dev/null", O_RDONLY)
        dup2(null, input)
        close(null)
    }

    private static func readAll(_ fd: Int32) -> String {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                data += buffer[0..<count]
            } else if count == 0 || errno != EINTR {
                return String(decoding: data, as: UTF8.self)
            }
        }
    }
}
