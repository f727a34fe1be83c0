import Extraction
import Kafka
import Logging
import Synchronization

/// The consume → extract → publish loop of `newswatch run` (docs/WORKER.md).
///
/// One batch at a time: poll, extract on all cores, then publish the batch's alerts, dead
/// letters and input offsets together — in one transaction (exactly-once) or as idempotent
/// produce followed by an offset commit (at-least-once). Because librdkafka serves rebalances
/// only inside a poll, no batch is in flight while partitions move: a batch of revoked
/// partitions is always committed or aborted before they are released.
///
/// A batch that cannot be committed is given up (its transaction aborted) and read again from
/// the committed offsets; a producer that fails fatally (fenced) is replaced by a new one with the
/// same transactional id. ``stop()`` finishes the batch in hand; cancelling the task leaves at
/// once without committing (the broker aborts the open transaction).
public final class Worker: Sendable {
    /// Counters of what the worker has done, for logs and tests.
    public struct Statistics: Sendable, Hashable {
        public var messagesIn = 0
        public var operationAlerts = 0
        public var scheduleAlerts = 0
        public var deadLetters: [String: Int] = [:]
        public var batchesCommitted = 0
        public var transactionAborts = 0
        /// Batches given up and read again from the committed offsets (aborts included).
        public var batchRedos = 0
        public var producerRestarts = 0
        /// Batches left uncommitted because the task was cancelled between produce and commit
        /// (in exactly-once mode their transaction stays open until the broker aborts it).
        public var abandonedBatches = 0
        /// The next offset to read of every partition the worker committed, by topic and partition.
        public var committed: [TopicPartition: Int64] = [:]
    }

    /// What `/healthz` and `/readyz` report.
    private struct Health {
        var producerReady = false
        var assignment: Set<TopicPartition> = []
        /// Set by the first completed rebalance, whose assignment may be empty.
        var joinedGroup = false
        var lastProgress = ContinuousClock.now
        var httpPort: Int?
    }

    public let configuration: WorkerConfiguration
    /// The Prometheus metrics served on `/metrics`.
    public let metrics = WorkerMetrics()
    private let logger: Logger
    private let processor: ArticleProcessor
    private let stopping = Atomic<Bool>(false)
    private let running = Atomic<Bool>(false)
    private let counters = Mutex(Statistics())
    private let health = Mutex(Health())
    /// The producer in use, replaced after a fatal error; closed when ``run()`` ends.
    private let producer = Mutex<Producer?>(nil)
    /// Called with the delivery reports of every committed batch.
    private let onCommit: (@Sendable ([DeliveryReport]) -> Void)?
    /// Waits before a given-up batch is read again.
    private let waitBeforeRedo: @Sendable (Duration) async throws -> Void

    public convenience init(configuration: WorkerConfiguration, extractor: Extractor = Extractor(), logger: Logger) {
        self.init(configuration: configuration, extractor: extractor, logger: logger, onCommit: nil)
    }

    /// - Parameters:
    ///   - onCommit: receives where every record of a committed batch was stored. The tests use
    ///     it to read the embedded cluster as `read_committed` does on a real broker: librdkafka's
    ///     mock keeps aborted records visible.
    ///   - sleep: waits before a given-up batch is read again (``BatchRedoPolicy``). Default
    ///     `Task.sleep(for:)`; the tests record the waits.
    init(
        configuration: WorkerConfiguration, extractor: Extractor = Extractor(), logger: Logger,
        onCommit: (@Sendable ([DeliveryReport]) -> Void)?,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.configuration = configuration
        self.logger = logger
        self.onCommit = onCommit
        self.waitBeforeRedo = sleep
        self.processor = ArticleProcessor(
            topics: configuration.topics, eventSource: configuration.eventSource,
            decoder: ArticleDecoder(settings: .init(maxArticleBytes: configuration.maxArticleBytes)), extractor: extractor,
            maxDeadLetterBytes: configuration.maxDeadLetterBytes)
    }

    /// What the worker has done so far.
    public var statistics: Statistics { counters.withLock { $0 } }

    /// Whether ``run()`` has started and not yet returned or thrown.
    public var isRunning: Bool { running.load(ordering: .acquiring) }

    /// The port of the operations endpoints while they serve, else `nil`.
    public var httpPort: Int? { health.withLock { $0.httpPort } }

    /// Whether `/readyz` answers 200: running, not stopping, the producer initialized and the
    /// consumer a member of its group. A member with no partitions (more workers than
    /// partitions) is ready too, so a rolling update that surges one extra worker can proceed.
    public var isReady: Bool { readiness.ready }

    /// Asks the loop to finish its current batch, publish it, and return. Safe from any thread.
    public func stop() {
        stopping.store(true, ordering: .releasing)
    }

    /// Runs until ``stop()``, then closes the consumer (leaving the group) and the producer.
    ///
    /// - Throws: ``KafkaError`` for a fatal consumer error, ``WorkerError`` when a batch keeps
    ///   failing or the producer keeps failing fatally, ``OperationsServerError`` when the
    ///   endpoints cannot listen, `CancellationError` when the task is cancelled. Nothing is lost
    ///   either way: uncommitted input is read again by the partition's next owner.
    public func run() async throws {
        running.store(true, ordering: .releasing)
        defer {
            health.withLock { $0.producerReady = false }
            running.store(false, ordering: .releasing)
        }
        let consumer = try Consumer(config: try configuration.consumerConfig(), logger: logger)
        let events = Task { await watch(consumer) }
        let server: OperationsServer?
        do {
            server = try startServer()
        } catch {
            try? await consumer.close()
            await events.value
            throw error
        }
        defer { server?.stop() }
        do {
            try consumer.subscribe([configuration.topics.articles])
            try await loop(consumer)
        } catch {
            if error is CancellationError {
                logger.warning("worker cancelled: leaving the group without committing; the broker aborts the open transaction")
            } else {
                logger.error("worker stopping after an error", metadata: ["error": "\(error)"])
            }
            try? await consumer.close()
            try? await producer.withLock { $0 }?.close(timeout: error is CancellationError ? .zero : .seconds(5))
            await events.value
            throw error
        }
        // Leave the group first, so the partitions move on while the producer delivers what is
        // left (nothing, after a committed batch) and stops.
        var failure: (any Error)?
        do { try await consumer.close() } catch { failure = error }
        do { try await producer.withLock({ $0 })?.close() } catch { failure = failure ?? error }
        await events.value
        if let failure { throw failure }
        logger.info("worker stopped", metadata: ["messages": "\(statistics.messagesIn)", "batches": "\(statistics.batchesCommitted)"])
    }

    /// Polls and publishes batches until ``stop()``.
    private func loop(_ consumer: Consumer) async throws {
        var publisher = try await replaceProducer(consumer: consumer)
        logger.info("worker started", metadata: [
            "group": "\(configuration.groupID)", "topic": "\(configuration.topics.articles)", "delivery": "\(configuration.delivery)",
        ])
        var redoPolicy = BatchRedoPolicy(maxBatchRetries: configuration.maxBatchRetries)
        var restartsInARow = 0
        while !stopping.load(ordering: .acquiring) {
            progress()
            let batch = try await consumer.poll(maxMessages: configuration.batchMaxMessages, timeout: configuration.batchMaxWait)
            guard !batch.isEmpty else {
                try Task.checkCancellation()
                continue
            }
            let started = ContinuousClock.now
            let outcomes = await processor.process(batch: batch, parallelism: configuration.parallelism)
            let offsets = BatchPublisher.nextOffsets(batch)
            let attempt: BatchPublisher.Attempt
            do {
                attempt = try await publisher.publishOnce(outcomes, offsets: offsets)
            } catch let error as KafkaError {
                restartsInARow += 1
                // Where the failure left the mirrored offsets is unknown: restore them.
                try await rewind(consumer, batch, publisher: publisher, restoringMirror: configuration.mirrorsOffsetsToGroup)
                guard restartsInARow <= configuration.maxProducerRestarts else {
                    throw WorkerError.producerKeepsFailing(restarts: restartsInARow - 1, lastError: error)
                }
                logger.error("producer failed; recreating it with the same transactional id and reading the batch again from the committed offsets", metadata: [
                    "error": "\(error)", "restart": "\(restartsInARow)", "offsets": "\(offsets)",
                ])
                counters.withLock { $0.producerRestarts += 1 }
                metrics.recordProducerRestart()
                publisher = try await replaceProducer(consumer: consumer)
                continue
            } catch is CancellationError {
                counters.withLock { $0.abandonedBatches += 1 }
                throw CancellationError()
            }
            switch attempt {
            case .committed(let reports):
                redoPolicy.committed()
                restartsInARow = 0
                record(batch, outcomes, offsets, seconds: (ContinuousClock.now - started).seconds)
                onCommit?(reports)
            case .redo(let error, let aborted, let offsetsMirrored):
                metrics.recordRedo(aborted: aborted)
                counters.withLock { stats in
                    stats.batchRedos += 1
                    if aborted { stats.transactionAborts += 1 }
                }
                // A moving group's refusal is not counted, but it is waited for (BatchRedoPolicy).
                switch redoPolicy.gaveUp(after: error) {
                case .stop(let failures):
                    throw WorkerError.batchKeepsFailing(attempts: failures, firstOffsets: BatchPublisher.firstOffsets(batch))
                case .readAgain(let delay):
                    try await rewind(consumer, batch, publisher: publisher, restoringMirror: offsetsMirrored)
                    try await waitBeforeRedo(delay)
                }
            }
        }
    }

    /// Closes the current producer, if any, and creates and initializes a new one with the same
    /// transactional id (which fences an older instance and aborts its open transaction).
    private func replaceProducer(consumer: Consumer) async throws -> BatchPublisher {
        health.withLock { $0.producerReady = false }
        if let old = producer.withLock({ current in defer { current = nil }; return current }) {
            try? await old.close(timeout: .seconds(5))
        }
        let exactlyOnce = configuration.delivery == .exactlyOnce
        let producerConfig = ProducerConfig(kafka: configuration.kafka, transactionalID: exactlyOnce ? configuration.transactionalID : nil)
        let created = try Producer(config: producerConfig, logger: logger)
        producer.withLock { $0 = created }
        var publisher = BatchPublisher(delivery: configuration.delivery, maxRetries: configuration.maxBatchRetries, producer: created, consumer: consumer, logger: logger)
        publisher.metrics = metrics
        publisher.mirrorsOffsetsToGroup = configuration.mirrorsOffsetsToGroup
        publisher.onProgress = { [weak self] in self?.progress() }
        if exactlyOnce {
            try await publisher.retrying("initialize transactions", []) { try await created.initTransactions() }
        }
        // Without it the first batch of every producer can wait up to a second for librdkafka's
        // topic scan. Only a speed-up: a cluster that does not answer is reported by the batch.
        let outputs = [configuration.topics.operations, configuration.topics.schedules, configuration.topics.deadLetters]
        do {
            try await created.prepare(topics: outputs)
        } catch {
            logger.warning("cannot look up the output topics yet; the first batch may wait for them", metadata: ["error": "\(error)", "topics": "\(outputs)"])
        }
        health.withLock { $0.producerReady = true }
        return publisher
    }

    /// Moves the batch's partitions that are still assigned back to their committed offsets (the
    /// batch's first offsets where the group has none), so the next polls read the batch again;
    /// first restores the group's offsets when `restoringMirror` (see ``BatchPublisher/mirrorsOffsetsToGroup``).
    ///
    /// - Throws: ``KafkaError`` when the position cannot be moved: the worker must stop rather
    ///   than skip the batch.
    private func rewind(_ consumer: Consumer, _ batch: [KafkaMessage], publisher: BatchPublisher, restoringMirror: Bool) async throws {
        let assigned = Set(try consumer.assignment())
        let first = BatchPublisher.firstOffsets(batch).filter { assigned.contains($0.topicPartition) }
        guard !first.isEmpty else { return }
        if restoringMirror, !(await restoreMirroredOffsets(first, consumer, publisher)) {
            // The group may still hold the given-up batch's end: read the batch again from its
            // start regardless, so this worker at least does not skip it.
            try await publisher.retrying("seek to the batch's first offsets", first) { try await consumer.seek(first) }
            logger.info("rewound to the batch's first offsets", metadata: ["offsets": "\(first)"])
            return
        }
        var committed: [TopicPartition: Int64] = [:]
        try await publisher.retrying("read the committed offsets", first) {
            committed = try await consumer.committed(first.map(\.topicPartition))
        }
        let positions = first.map { TopicPartitionOffset($0.topic, $0.partition, offset: committed[$0.topicPartition] ?? $0.offset) }
        try await publisher.retrying("seek to the committed offsets", positions) { try await consumer.seek(positions) }
        logger.info("rewound to the committed offsets", metadata: ["offsets": "\(positions)"])
    }

    /// Undoes the stand-in commit of a given-up transaction (``WorkerConfiguration/mirrorsOffsetsToGroup``):
    /// the group's offsets go back to the batch's first offsets. Returns `false` when the group
    /// refused or did not answer.
    private func restoreMirroredOffsets(_ first: [TopicPartitionOffset], _ consumer: Consumer, _ publisher: BatchPublisher) async -> Bool {
        do {
            try await publisher.retrying("restore the mirrored offsets", first) { try await consumer.commit(first) }
            return true
        } catch {
            logger.error("could not restore the mirrored offsets: if these partitions move to another member now, it starts after the given-up batch", metadata: [
                "error": "\(error)", "offsets": "\(first)",
            ])
            return false
        }
    }

    /// Keeps the assignment, lag and error counters current from the consumer's events.
    private func watch(_ consumer: Consumer) async {
        for await event in consumer.events {
            switch event {
            case .rebalance(.assigned(let partitions, _)):
                let count = health.withLock { health in
                    health.assignment.formUnion(partitions)
                    health.joinedGroup = true
                    return health.assignment.count
                }
                metrics.recordRebalance("assigned", assignedPartitions: count)
                logger.info("partitions assigned", metadata: ["partitions": "\(partitions)", "assigned": "\(count)"])
            case .rebalance(.revoked(let partitions, _, let lost)):
                let count = health.withLock { health in
                    health.assignment.subtract(partitions)
                    return health.assignment.count
                }
                metrics.recordRebalance(lost ? "lost" : "revoked", assignedPartitions: count)
                metrics.setLag(metrics.lag.filter { !partitions.contains($0.key) })
                logger.info(lost ? "partitions lost" : "partitions revoked", metadata: ["partitions": "\(partitions)", "assigned": "\(count)"])
            case .statistics(let json):
                let owned = health.withLock { $0.assignment }
                if let lag = ConsumerLag.parse(json, owned: owned, committed: counters.withLock { $0.committed }) {
                    metrics.setLag(lag)
                }
            case .error(let error):
                metrics.recordClientError()
                logger.warning("Kafka client error; librdkafka retries on its own", metadata: ["error": "\(error)"])
            case .committed:
                break
            }
        }
    }

    private func startServer() throws -> OperationsServer? {
        guard let http = configuration.http else { return nil }
        let server = try OperationsServer(address: http.address, port: http.port) { [weak self] path in
            self?.respond(path) ?? .text(503, "stopped\n")
        }
        health.withLock { $0.httpPort = server.port }
        logger.info("operations endpoints listening", metadata: ["address": "\(http.address)", "port": "\(server.port)"])
        return server
    }

    private func respond(_ path: String) -> OperationsServer.Response {
        switch path {
        case "/metrics":
            return OperationsServer.Response(status: 200, contentType: "text/plain; version=0.0.4; charset=utf-8", body: metrics.render())
        case "/healthz":
            let idle = ContinuousClock.now - health.withLock { $0.lastProgress }
            return idle > configuration.livenessTimeout
                ? .text(503, "stuck: the worker loop made no progress for \(Int(idle.seconds)) s\n")
                : .text(200, "ok\n")
        case "/readyz":
            let (ready, reason) = readiness
            return .text(ready ? 200 : 503, reason + "\n")
        default:
            return .text(404, "not found; the endpoints are /metrics, /healthz and /readyz\n")
        }
    }

    private var readiness: (ready: Bool, reason: String) {
        let state = health.withLock { $0 }
        if !isRunning { return (false, "not running") }
        if stopping.load(ordering: .acquiring) { return (false, "shutting down") }
        if !state.producerReady { return (false, "producer not initialized") }
        if !state.joinedGroup { return (false, "joining the consumer group") }
        return (true, "ready: \(state.assignment.count) partition(s) assigned")
    }

    private func progress() {
        health.withLock { $0.lastProgress = ContinuousClock.now }
    }

    private func record(_ batch: [KafkaMessage], _ outcomes: [ArticleProcessor.Outcome], _ offsets: [TopicPartitionOffset], seconds: Double) {
        var deadLetters: [String: Int] = [:]
        var operations = 0
        var schedules = 0
        for outcome in outcomes {
            operations += outcome.operationAlerts
            schedules += outcome.scheduleAlerts
            if let code = outcome.deadLetterCode { deadLetters[code, default: 0] += 1 }
        }
        metrics.recordBatch(messages: batch.count, operationAlerts: operations, scheduleAlerts: schedules, deadLetters: deadLetters, seconds: seconds)
        counters.withLock { stats in
            stats.messagesIn += batch.count
            stats.batchesCommitted += 1
            stats.operationAlerts += operations
            stats.scheduleAlerts += schedules
            stats.deadLetters.merge(deadLetters, uniquingKeysWith: +)
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

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
