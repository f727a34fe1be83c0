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

    private enum BatchResult { case published, redo }

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
        try consumer.subscribe([config.topics.articles])
        logger.info("worker started", metadata: [
            "group": "\(config.groupID)", "topic": "\(config.topics.articles)", "delivery": "\(config.delivery)",
        ])
        do {
            while !stopping.load(ordering: .acquiring) {
                let batch = try await consumer.poll(maxMessages: config.batchMaxMessages, timeout: config.batchMaxWait)
                guard !batch.isEmpty else { continue }
                try await handle(batch, consumer: consumer, producer: producer)
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

    private func handle(_ batch: [KafkaMessage], consumer: Consumer, producer: Producer) async throws {
        let outcomes = await processor.process(batch: batch, parallelism: configuration.parallelism)
        let offsets = Self.nextOffsets(batch)
        var attempt = 0
        while true {
            let result = configuration.delivery == .exactlyOnce
                ? try await publishInTransaction(outcomes, offsets: offsets, consumer: consumer, producer: producer)
                : try await publishThenCommit(outcomes, offsets: offsets, consumer: consumer, producer: producer)
            if case .published = result {
                record(batch, outcomes, offsets)
                return
            }
            attempt += 1
            guard attempt <= configuration.maxBatchRetries else {
                throw WorkerError.batchKeepsFailing(attempts: attempt, firstOffsets: Self.firstOffsets(batch))
            }
            try await Task.sleep(for: Self.backoff(attempt: attempt))
        }
    }

    /// One transaction: alerts, dead letters and the input offsets, or nothing.
    private func publishInTransaction(
        _ outcomes: [ArticleProcessor.Outcome], offsets: [TopicPartitionOffset], consumer: Consumer, producer: Producer
    ) async throws -> BatchResult {
        do {
            try producer.beginTransaction()
            for outcome in outcomes {
                for record in outcome.records { _ = try await producer.enqueue(record) }
            }
            try await producer.sendOffsetsToTransaction(offsets, group: consumer.groupMetadata())
            try await producer.commitTransaction()
            return .published
        } catch let error as KafkaError where !error.isFatal {
            logger.warning("transaction failed; aborting and redoing the batch", metadata: [
                "error": "\(error)", "offsets": "\(offsets)",
            ])
            counters.withLock { $0.transactionAborts += 1 }
            try await producer.abortTransaction()
            return .redo
        }
    }

    /// Idempotent produce, every delivery report awaited, then the offsets committed.
    private func publishThenCommit(
        _ outcomes: [ArticleProcessor.Outcome], offsets: [TopicPartitionOffset], consumer: Consumer, producer: Producer
    ) async throws -> BatchResult {
        do {
            var receipts: [DeliveryReceipt] = []
            for outcome in outcomes {
                for record in outcome.records { receipts.append(try await producer.enqueue(record)) }
            }
            for receipt in receipts { _ = try await receipt.report }
            try await consumer.commit(offsets)
            return .published
        } catch let error as KafkaError where !error.isFatal {
            logger.warning("publishing failed; redoing the batch (duplicates possible)", metadata: [
                "error": "\(error)", "offsets": "\(offsets)",
            ])
            return .redo
        }
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

    /// The offset after the last message of each partition in `batch`.
    static func nextOffsets(_ batch: [KafkaMessage]) -> [TopicPartitionOffset] {
        var next: [TopicPartition: Int64] = [:]
        for message in batch { next[message.topicPartition] = max(next[message.topicPartition] ?? 0, message.offset + 1) }
        return next.map { TopicPartitionOffset($0.key.topic, $0.key.partition, offset: $0.value) }
            .sorted { ($0.topic, $0.partition) < ($1.topic, $1.partition) }
    }

    /// The first offset of each partition in `batch`.
    static func firstOffsets(_ batch: [KafkaMessage]) -> [TopicPartitionOffset] {
        var first: [TopicPartition: Int64] = [:]
        for message in batch { first[message.topicPartition] = min(first[message.topicPartition] ?? .max, message.offset) }
        return first.map { TopicPartitionOffset($0.key.topic, $0.key.partition, offset: $0.value) }
            .sorted { ($0.topic, $0.partition) < ($1.topic, $1.partition) }
    }

    /// 100 ms doubling to 5 s.
    static func backoff(attempt: Int) -> Duration {
        .milliseconds(min(5_000, 100 << min(attempt - 1, 6)))
    }
}

/// Why a worker stopped.
public enum WorkerError: Error, Sendable, CustomStringConvertible {
    /// A batch could not be published even after retries.
    case batchKeepsFailing(attempts: Int, firstOffsets: [TopicPartitionOffset])

    public var description: String {
        switch self {
        case .batchKeepsFailing(let attempts, let offsets):
            "a batch failed \(attempts) times (starting at \(offsets.map(\.description).joined(separator: ", "))); check the brokers and the worker's log"
        }
    }
}
