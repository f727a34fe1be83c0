import Extraction
import Foundation
import Kafka
import Logging
import Synchronization

/// The backfill behind `newswatch replay` (docs/WORKER.md "Replay").
///
/// Reads a topic with manual assignment — no subscription, so no consumer group's membership or
/// committed offsets change unless ``ReplayConfiguration/group`` names one — from positions
/// resolved at start up to end positions also fixed at start, and publishes what
/// ``ArticleProcessor`` makes of each message exactly once: one transaction per batch, with the
/// batch's offsets committed to the replay's own group when it has one.
public final class Replay: Sendable {
    public let configuration: ReplayConfiguration
    private let logger: Logger
    private let processor: ArticleProcessor
    private let stopping = Atomic<Bool>(false)
    private let state = Mutex<ReplayProgress?>(nil)
    private let started = Mutex<ContinuousClock.Instant?>(nil)

    public init(configuration: ReplayConfiguration, extractor: Extractor = Extractor(), logger: Logger) {
        self.configuration = configuration
        self.logger = logger
        self.processor = ArticleProcessor(
            topics: configuration.outputTopics, eventSource: configuration.eventSource,
            decoder: ArticleDecoder(settings: .init(maxArticleBytes: configuration.maxArticleBytes)), extractor: extractor)
    }

    /// The progress so far; `nil` until the ranges are fixed.
    public var progress: ReplayProgress? {
        let elapsed = started.withLock { $0.map { ContinuousClock.now - $0 } } ?? .zero
        return state.withLock { progress in
            progress.map { var snapshot = $0; snapshot.elapsed = elapsed; return snapshot }
        }
    }

    /// Asks the replay to finish and commit its current batch, then return. Safe from any thread.
    public func stop() {
        stopping.store(true, ordering: .releasing)
    }

    /// Runs until every partition reaches its end, or until ``stop()``.
    ///
    /// - Returns: the final progress; compare ``ReplayProgress/covered`` with
    ///   ``ReplayProgress/total`` to see whether it was stopped early.
    /// - Throws: ``TopicLookupError`` for a missing input topic, ``ReplayError`` for output topics
    ///   that are missing and cannot be created, ``KafkaError`` for a fatal client error, or
    ///   ``WorkerError`` when a batch keeps failing. Nothing is published twice for a group's
    ///   committed progress: a rerun with the same group resumes after the last committed batch.
    public func run() async throws -> ReplayProgress {
        let config = configuration
        var consumerConfig = ConsumerConfig(kafka: config.kafka, groupID: config.group ?? "newswatch-replay-\(UUID().uuidString.prefix(8).lowercased())")
        consumerConfig.isolationLevel = .readCommitted
        consumerConfig.reportsPartitionEnds = true
        let consumer = try Consumer(config: consumerConfig, logger: logger)
        let producerConfig = ProducerConfig(kafka: config.kafka, transactionalID: config.transactionalID)
        let producer = try Producer(config: producerConfig, logger: logger)
        do {
            let ranges = try await plan(consumer: consumer)
            try await prepareOutputTopics(admin: try Admin(config: AdminConfig(kafka: config.kafka), logger: logger))
            try await producer.initTransactions()
            try await replay(ranges, consumer: consumer, producer: producer)
        } catch {
            logger.error("replay stopping after an error", metadata: ["error": "\(error)"])
            try? await consumer.close()
            try? await producer.close()
            throw error
        }
        try await consumer.close()
        try await producer.close()
        return progress ?? ReplayProgress(ranges: [])
    }

    /// Fixes each partition's range: the start from ``ReplayConfiguration/from`` (or the group's
    /// committed offset when later), the end from ``ReplayConfiguration/to``.
    private func plan(consumer: Consumer) async throws -> [ReplayRange] {
        let config = configuration
        let resolver = try await OffsetResolver(topics: [config.topics.articles], consumer: consumer, kafka: config.kafka, logger: logger)
        var starts = try await resolver.offsets(config.from)
        let ends = try await resolver.offsets(config.to)
        if config.group != nil {
            let committed = try await consumer.committed(Array(resolver.watermarks.keys))
            for (partition, offset) in committed { starts[partition] = max(starts[partition] ?? offset, offset) }
        }
        let ranges = resolver.watermarks.keys.map { partition in
            let end = ends[partition] ?? 0
            return ReplayRange(partition, start: min(starts[partition] ?? end, end), end: end)
        }
        let progress = ReplayProgress(ranges: ranges)
        state.withLock { $0 = progress }
        logger.info("replay range fixed", metadata: [
            "topic": "\(config.topics.articles)", "from": "\(config.from)", "to": "\(config.to)",
            "group": "\(config.group ?? "none")", "offsets": "\(progress.total)",
            "ranges": "\(progress.ranges.map(\.description).joined(separator: ","))",
            "output": "\(config.outputNames.joined(separator: ","))",
        ])
        return progress.ranges
    }

    /// Checks that the output topics exist; creates missing prefixed ones like their live
    /// counterparts (same partition count).
    private func prepareOutputTopics(admin: Admin) async throws {
        let config = configuration
        let metadata = try await admin.metadata()
        let missing = config.outputNames.filter { metadata.topic($0) == nil }
        guard !missing.isEmpty else { return }
        guard !config.outputPrefix.isEmpty else { throw ReplayError.missingOutputTopics(missing) }
        let live = [config.topics.operations, config.topics.schedules, config.topics.deadLetters]
        let partitions = Dictionary(uniqueKeysWithValues: zip(config.outputNames, live).map { output, live in
            (output, metadata.topic(live)?.partitions.count ?? metadata.topic(config.topics.articles)?.partitions.count ?? 1)
        })
        let replication = max(1, min(config.createdTopicReplicationFactor, metadata.brokers.count))
        do {
            try await admin.createTopics(missing.map { NewTopic($0, partitions: partitions[$0] ?? 1, replicationFactor: replication) }, timeout: config.topicCreationTimeout)
        } catch {
            throw ReplayError.cannotCreateOutputTopics(missing, reason: "\(error)")
        }
        logger.info("created output topics", metadata: ["topics": "\(missing.joined(separator: ","))", "replication_factor": "\(replication)"])
    }

    private func replay(_ ranges: [ReplayRange], consumer: Consumer, producer: Producer) async throws {
        let config = configuration
        var ends = FixedEnds(
            ends: Dictionary(uniqueKeysWithValues: ranges.map { ($0.partition, $0.end) }),
            starts: Dictionary(uniqueKeysWithValues: ranges.map { ($0.partition, $0.start) }))
        let open = ranges.filter { !ends.finished.contains($0.partition) }
        let publisher = BatchPublisher(delivery: .exactlyOnce, maxRetries: config.maxBatchRetries, producer: producer, consumer: consumer, logger: logger)
        started.withLock { $0 = .now }
        guard !open.isEmpty else { return }
        try await consumer.assign(open.map { TopicPartitionOffset($0.partition.topic, $0.partition.partition, offset: $0.start) })
        while !stopping.load(ordering: .acquiring), !ends.isComplete {
            let batch = try await consumer.poll(maxMessages: config.batchMaxMessages, timeout: config.batchMaxWait)
            let admitted = ends.admit(batch)
            ends.observe(partitionEnds: consumer.partitionEnds())
            let finished = ends.takeNewlyFinished()
            if !finished.isEmpty { try consumer.pause(finished) }
            if !admitted.isEmpty {
                let outcomes = await processor.process(batch: admitted, parallelism: config.parallelism)
                let offsets = BatchPublisher.nextOffsets(admitted)
                let aborts = try await publisher.publish(
                    outcomes, offsets: config.group == nil ? [] : offsets, firstOffsets: BatchPublisher.firstOffsets(admitted))
                record(admitted, outcomes, offsets: offsets, aborts: aborts)
            }
            state.withLock { progress in
                for partition in finished { progress?.next[partition] = ends.ends[partition] }
            }
        }
        if !ends.isComplete {
            logger.notice("replay stopped before the end", metadata: [
                "resume": "\(config.group.map { "rerun with --group \($0) to continue" } ?? "without --group nothing was stored; a rerun starts over")",
            ])
        }
    }

    private func record(_ batch: [KafkaMessage], _ outcomes: [ArticleProcessor.Outcome], offsets: [TopicPartitionOffset], aborts: Int) {
        state.withLock { progress in
            guard var current = progress else { return }
            current.statistics.messagesIn += batch.count
            current.statistics.batchesCommitted += 1
            current.statistics.transactionAborts += aborts
            for outcome in outcomes {
                current.statistics.operationAlerts += outcome.operationAlerts
                current.statistics.scheduleAlerts += outcome.scheduleAlerts
                if outcome.deadLetterCode != nil { current.statistics.deadLetters += 1 }
            }
            for offset in offsets { current.next[offset.topicPartition] = offset.offset }
            progress = current
        }
        for (message, outcome) in zip(batch, outcomes) {
            guard let code = outcome.deadLetterCode else { continue }
            logger.warning("replay dead-lettered a message", metadata: [
                "topic": "\(message.topic)", "partition": "\(message.partition)", "offset": "\(message.offset)", "code": "\(code)",
            ])
        }
    }
}

/// Why a replay could not start.
public enum ReplayError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Live output topics that do not exist.
    case missingOutputTopics([String])
    /// Prefixed output topics that are missing and could not be created.
    case cannotCreateOutputTopics([String], reason: String)

    public var description: String {
        switch self {
        case .missingOutputTopics(let names):
            "the output topic(s) \(names.joined(separator: ", ")) do not exist; create them (docs/OPERATIONS.md) or pass the right --operations-topic/--schedules-topic/--dead-letter-topic"
        case .cannotCreateOutputTopics(let names, let reason):
            "cannot create the output topic(s) \(names.joined(separator: ", ")) (\(reason)); create them yourself, or drop --output-prefix"
        }
    }
}
