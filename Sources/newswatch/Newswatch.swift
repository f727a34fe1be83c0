import ArgumentParser
import Kafka

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
        subcommands: [RunCommand.self, ExtractCommand.self, DevBrokerCommand.self, BenchCommand.self]
    )
}
