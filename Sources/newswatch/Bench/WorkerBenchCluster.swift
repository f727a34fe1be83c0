import Foundation
import Kafka
import Logging
import Worker

/// An embedded cluster with the worker's topics, and workers configured for it.
struct WorkerBenchCluster {
    let cluster: EmbeddedCluster
    let kafka: KafkaConfig
    let topics = Topics()
    let inputPartitions: Int
    let alertPartitions: Int
    /// `fetch.wait.max.ms` of every client, or `nil` for librdkafka's 500.
    let fetchWaitMilliseconds: Int?
    /// Receives the log lines of the clients and workers.
    let logger: Logger

    /// - Parameters:
    ///   - inputPartitions: partitions of the article topic.
    ///   - alertPartitions: partitions of each alert topic.
    ///   - fetchWaitMilliseconds: `fetch.wait.max.ms` of every client, or `nil` for librdkafka's 500.
    ///   - logger: receives the log lines of the clients and workers.
    init(inputPartitions: Int, alertPartitions: Int, fetchWaitMilliseconds: Int?, logger: Logger) throws {
        cluster = try EmbeddedCluster(brokers: 1)
        try cluster.createTopic(topics.articles, partitions: inputPartitions)
        try cluster.createTopic(topics.operations, partitions: alertPartitions)
        try cluster.createTopic(topics.schedules, partitions: alertPartitions)
        try cluster.createTopic(topics.deadLetters, partitions: 1)
        var kafka = try KafkaConfig(bootstrapServers: [cluster.bootstrapServers])
        if let fetchWaitMilliseconds { try kafka.set(String(fetchWaitMilliseconds), forKey: "fetch.wait.max.ms") }
        self.kafka = kafka
        self.inputPartitions = inputPartitions
        self.alertPartitions = alertPartitions
        self.fetchWaitMilliseconds = fetchWaitMilliseconds
        self.logger = logger
    }

    /// `count` workers of one group in this process, sharing the machine's cores between them.
    func workers(_ count: Int, delivery: DeliveryMode) -> [Worker] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        return (0..<count).map { index in
            var configuration = WorkerConfiguration(
                kafka: kafka, transactionalID: "newswatch-bench-\(index)", topics: topics, delivery: delivery,
                parallelism: max(1, cores / count)
            )
            configuration.groupID = "newswatch-bench"
            return Worker(configuration: configuration, logger: logger)
        }
    }

    /// The input message of article `index`: round-robin over the partitions.
    func inputMessage(_ value: [UInt8], index: Int, timestamp: Int64? = nil) -> ProducerMessage {
        ProducerMessage(
            topic: topics.articles, partition: Int32(index % inputPartitions), value: value,
            headers: [KafkaHeader("content-type", "application/json")], timestamp: timestamp
        )
    }

    /// Produces one article into every input partition, waits until the workers committed them
    /// (`committed` counts the input messages they committed), then gives the group `settle` to
    /// finish any rebalance still under way.
    ///
    /// - Returns: the number of warm-up articles.
    func warmUp(settle: Duration, committed: () async throws -> Int) async throws -> Int {
        let corpus = ArticleCorpus(count: inputPartitions, words: 50, seed: 1)
        try await preload(corpus)
        try await BenchmarkEnvironment.waitUntil("the warm-up articles", timeout: .seconds(120)) { try await committed() >= corpus.count }
        try await Task.sleep(for: settle)
        return corpus.count
    }

    /// Produces every article of `corpus` and waits for the acknowledgements.
    func preload(_ corpus: ArticleCorpus) async throws {
        let producer = try Producer(config: ProducerConfig(kafka: kafka), logger: logger)
        for (index, message) in corpus.messages.enumerated() {
            _ = try await producer.enqueue(inputMessage(message, index: index))
        }
        try await producer.close(timeout: .seconds(120))
    }
}

/// Runs workers in child tasks and stops them together.
struct RunningWorkers {
    let workers: [Worker]
    private let tasks: [Task<Void, any Error>]

    init(_ workers: [Worker]) {
        self.workers = workers
        tasks = workers.map { worker in Task { try await worker.run() } }
    }

    /// Input messages committed by all workers together.
    var messagesIn: Int { workers.reduce(0) { $0 + $1.statistics.messagesIn } }

    /// Alerts committed by all workers together.
    var alerts: Int { workers.reduce(0) { $0 + $1.statistics.operationAlerts + $1.statistics.scheduleAlerts } }

    /// Stops every worker and waits for each to finish its batch and close.
    func stop() async throws {
        for worker in workers { worker.stop() }
        for task in tasks { try await task.value }
    }
}
