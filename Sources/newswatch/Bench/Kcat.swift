import Foundation

/// Runs the `kcat` command-line client, the reference the Kafka benchmark compares against.
struct Kcat: Sendable {
    let executable: URL

    /// Finds `kcat` on `PATH`.
    ///
    /// - Throws: ``BenchmarkError/kcatMissing``.
    init() throws {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let directory = path.split(separator: ":").first(where: {
            FileManager.default.isExecutableFile(atPath: "\($0)/kcat")
        }) else { throw BenchmarkError.kcatMissing }
        executable = URL(fileURLWithPath: "\(directory)/kcat")
    }

    /// Runs kcat to the end and returns how long it took, from launch to exit.
    ///
    /// - Parameters:
    ///   - arguments: the command line after `kcat`.
    ///   - input: a file for standard input, or `nil` for none.
    /// - Throws: ``BenchmarkError/kcatFailed(arguments:status:stderr:)`` on a non-zero exit.
    func run(_ arguments: [String], input: URL?) async throws -> Duration {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = try input.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("newswatch-bench-kcat-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        process.standardError = try FileHandle(forWritingTo: errors)
        let clock = ContinuousClock()
        let start = clock.now
        let elapsed: Duration = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { _ in continuation.resume(returning: clock.now - start) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        guard process.terminationStatus == 0 else {
            let stderr = FileManager.default.contents(atPath: errors.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            throw BenchmarkError.kcatFailed(arguments: arguments, status: process.terminationStatus, stderr: stderr)
        }
        return elapsed
    }
}
