import ArgumentParser
import Foundation
import Kafka
import Worker

/// `newswatch dev-broker`: the embedded cluster with the DESIGN §2 topics, for development.
struct DevBrokerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev-broker",
        abstract: "Run an embedded Kafka-protocol cluster on loopback with the newswatch topics.",
        discussion: """
            Starts librdkafka's mock cluster in this process, creates the input, alert and \
            dead-letter topics, prints the bootstrap address as the only line on standard \
            output (details go to standard error), and runs until SIGINT or SIGTERM, then \
            exits 0. Everything is kept in memory and lost on exit.

            The operating system chooses the ports: librdkafka \(Librdkafka.version)'s mock \
            cluster cannot listen on a given port, so read the address from standard output.

            It is a development and test broker, not Kafka: it keeps about the last 5 MB of \
            each partition, writes no transaction markers (read-committed consumers also see \
            aborted messages), does not store offsets sent with a transaction, answers \
            offsets-for-times lookups with "none", and creates any topic a client asks for.

            Examples:
              newswatch dev-broker
              newswatch dev-broker --brokers 3 --partitions 6 --replication-factor 3
              newswatch dev-broker > bootstrap.txt & sleep 1    # in a script
              kcat -b "$(head -n 1 bootstrap.txt)" -L
              newswatch run --brokers "$(head -n 1 bootstrap.txt)"
            """
    )

    @Option(help: "Number of brokers (ids 1…N), each on its own loopback port.")
    var brokers = 1

    @Option(help: "Partitions of every topic.")
    var partitions = 3

    @Option(help: "Replicas of every partition, at most --brokers.")
    var replicationFactor = 1

    @OptionGroup(title: "Topics")
    var topicOptions: TopicOptions

    func validate() throws {
        guard brokers >= 1 else { throw ValidationError("--brokers must be at least 1 (got \(brokers))") }
        guard partitions >= 1 else { throw ValidationError("--partitions must be at least 1 (got \(partitions))") }
        guard (1...brokers).contains(replicationFactor) else {
            throw ValidationError("--replication-factor must be between 1 and --brokers (\(brokers)) (got \(replicationFactor))")
        }
    }

    /// The topic names from the flags, then the environment the workers share (`NEWSWATCH_INPUT_TOPIC`, …).
    private func resolvedTopics() throws -> Topics {
        let topics = try TopicOptions.topics(SettingsResolver(flags: topicOptions.flags, environment: ProcessInfo.processInfo.environment))
        guard Set(topics.all).count == topics.all.count else {
            throw ValidationError("the four topic names must differ (got \(topics.all.joined(separator: ", ")))")
        }
        return topics
    }

    func run() async throws {
        let topics = try resolvedTopics()
        let cluster = try EmbeddedCluster(brokers: brokers)
        for topic in topics.all {
            try cluster.createTopic(topic, partitions: partitions, replicationFactor: replicationFactor)
        }
        let stopped = AsyncStream<Void>.makeStream()
        let signals = SignalHandler(signals: [SIGINT, SIGTERM]) { stopped.continuation.yield() }
        defer { signals.cancel() }

        FileHandle.standardOutput.write(Data("\(cluster.bootstrapServers)\n".utf8))
        let addresses = cluster.bootstrapServers.split(separator: ",").enumerated()
            .map { "broker \($0.offset + 1) at \($0.element)" }.joined(separator: ", ")
        printError("""
            newswatch dev-broker: embedded cluster (librdkafka \(Librdkafka.version) mock), \(addresses)
              topics (\(partitions) partition(s), replication \(replicationFactor)): \(topics.all.joined(separator: ", "))
              try: kcat -b \(cluster.bootstrapServers) -L
                   newswatch run --brokers \(cluster.bootstrapServers)
              stop with Ctrl-C (SIGINT) or SIGTERM; all data is lost on exit
            """)

        var received = stopped.stream.makeAsyncIterator()
        await received.next()
        printError("newswatch dev-broker: stopping")
        withExtendedLifetime(cluster) {}
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data("\(text)\n".utf8))
    }
}
