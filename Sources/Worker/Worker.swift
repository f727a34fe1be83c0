import Extraction
import Kafka
import Logging
import Synchronization

/// The consume → extract → publish loop of `newswatch run` (docs/WORKER.md).
///
/// One batch at a time: poll, extract on all cores, then publish the batch's alerts, dead
/// letters and input offsets together — in one transaction (exactly-once) or as idempotent
/// produce followed by an offset commit (at-least-once). Because librdkafka serves rebalances
/// only inside a poll, no batch is in flight while partitions move.
public final class Worker: Sendable {
    /// Counters of what the worker has done, for logs, metrics and tests.
    public struct Statistics: Sendable, Hashable {
        public var messagesIn = 0
        public var operationAlerts = 0
        public var scheduleAlerts = 0
        public var deadLetters: [String: Int] = [:]
        public var batchesCommitted = 0
        public var transactionAborts = 0
        /// The next offset to read of every partition the worker committed, by topic and partition.
        public var committed: [TopicPartition: Int64] = [:]
    }

    public let configuration: WorkerConfiguration
    private let logger: Logger
    private let processor: ArticleProcessor
    private let stopping = Atomic<Bool>(false)
    private let running = Atomic<Bool>(false)
    private let counters = Mutex(Statistics())

    public init(configuration: WorkerConfiguration, extractor: Extractor = Extractor(), logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.processor = ArticleProcessor(
            topics: configuration.topics, eventSource: configuration.eventSource,
            decoder: ArticleDecoder(settings: .init(maxArticleBytes: configuration.maxArticleBytes)), extractor: extractor)
    }

    /// What the worker has done so far.
    public var statistics: Statistics { counters.withLock { $0 } }

    /// Whether ``run()`` has started and not yet returned or thrown.
    public var isRunning: Bool { running.load(ordering: .acquiring) }

    /// Asks the loop to finish its current batch, publish it, and return. Safe from any thread.
    public func stop() {
        stopping.store(true, ordering: .releasing)
    }

    /// Runs until ``stop()``, then closes the consumer (leaving the group) and the producer.
    ///
    /// - Throws: ``KafkaError`` for a fatal client error, or ``WorkerError`` when a batch keeps
    ///   failing after ``WorkerConfiguration/maxBatchRetries`` retries. Nothing is lost either
    ///   way: uncommitted input is read again by the partition's next owner.
    public func run() async throws {
        running.store(true, ordering: .releasing)
        defer { running.store(false, ordering: .releasing) }
        let config = configuration
        var consumerConfig = ConsumerConfig(kafka: config.kafka, groupID: config.groupID)
        consumerConfig.isolationLevel = .readCommitted
        let consumer = try Consumer(config: consumerConfig, logger: logger)
        let exactlyOnce = config.delivery == .exactlyOnce
        var producerConfig = ProducerConfig(kafka: config.kafka, transactionalID: exactlyOnce ? config.transactionalID : nil)
        // librdkafka rejects a transactional producer whose messages may outlive its transactions.
        producerConfig.messageTimeout = min(producerConfig.messageTimeout, producerConfig.transactionTimeout)
        let producer = try Producer(config: producerConfig, logger: logger)
        if exactlyOnce { try await producer.initTransactions() }
        let publisher = BatchPublisher(delivery: config.delivery, maxRetries: config.maxBatchRetries, producer: producer, consumer: consumer, logger: logger)
        try consumer.subscribe([config.topics.articles])
        logger.info("worker started", metadata: [
            "group": "\(config.groupID)", "topic": "\(config.topics.articles)", "delivery": "\(config.delivery)",
        ])
        do {
            while !stopping.load(ordering: .acquiring) {
                let batch = try await consumer.poll(maxMessages: config.batchMaxMessages, timeout: config.batchMaxWait)
                guard !batch.isEmpty else { continue }
                try await handle(batch, publisher: publisher)
            }
        } catch {
            logger.error("worker stopping after an error", metadata: ["error": "\(error)"])
            try? await consumer.close()
            try? await producer.close()
            throw error
        }
        try await producer.flush()
        try await consumer.close()
        try await producer.close()
        logger.info("worker stopped", metadata: ["messages": "\(statistics.messagesIn)"])
    }

    private func handle(_ batch: [KafkaMessage], publisher: BatchPublisher) async throws {
        let outcomes = await processor.process(batch: batch, parallelism: configuration.parallelism)
        let offsets = BatchPublisher.nextOffsets(batch)
        let aborts = try await publisher.publish(outcomes, offsets: offsets, firstOffsets: BatchPublisher.firstOffsets(batch))
        counters.withLock { $0.transactionAborts += aborts }
        record(batch, outcomes, offsets)
    }

    private func record(_ batch: [KafkaMessage], _ outcomes: [ArticleProcessor.Outcome], _ offsets: [TopicPartitionOffset]) {
        counters.withLock { stats in
            stats.messagesIn += batch.count
            stats.batchesCommitted += 1
            for outcome in outcomes {
                stats.operationAlerts += outcome.operationAlerts
                stats.scheduleAlerts += outcome.scheduleAlerts
                if let code = outcome.deadLetterCode { stats.deadLetters[code, default: 0] += 1 }
            }
            for offset in offsets { stats.committed[offset.topicPartition] = offset.offset }
        }
        for (message, outcome) in zip(batch, outcomes) where outcome.deadLetterCode != nil {
            logger.warning("dead-lettered a message", metadata: [
                "topic": "\(message.topic)", "partition": "\(message.partition)", "offset": "\(message.offset)",
                "code": "\(outcome.deadLetterCode ?? "")",
            ])
        }
    }
}
