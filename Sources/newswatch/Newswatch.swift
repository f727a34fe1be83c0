import ArgumentParser
import Foundation
import Kafka
import Worker

/// The `newswatch` command line: the worker and its tools (DESIGN §5).
@main
struct Newswatch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newswatch",
        abstract: "Finds military operations and schedule claims in news articles on Kafka.",
        discussion: """
            Workers in a consumer group read articles from a topic, extract operation mentions \
            and schedule claims, and publish alert events to downstream topics.
            """,
        version: "newswatch 0.1.0 (librdkafka \(Librdkafka.version))",
        subcommands: [RunCommand.self, ReplayCommand.self, TailCommand.self, ExtractCommand.self, DevBrokerCommand.self, BenchCommand.self]
    )

    /// Runs the chosen command. Help and version go to standard output; any error is one line on
    /// standard error (`newswatch: error: …`) with exit status 64 for bad flags and settings (what
    /// to fix is in the line) and 1 for failures at run time.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let status = Self.isSettingsError(error) ? ExitCode.validationFailure : exitCode(for: error)
            if status == .success {
                print(fullMessage(for: error))
                Foundation.exit(status.rawValue)
            }
            let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            if !message.isEmpty {
                FileHandle.standardError.write(Data("newswatch: error: \(message)\n".utf8))
            }
            Foundation.exit(status.rawValue)
        }
    }

    /// Bad settings exit like bad flags: the user has something to fix before running again.
    private static func isSettingsError(_ error: any Error) -> Bool {
        if error is SettingsError { return true }
        if case .invalidConfiguration = error as? KafkaError { return true }
        return false
    }
}
