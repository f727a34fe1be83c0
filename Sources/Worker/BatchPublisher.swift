import Kafka
import Logging

/// Publishes one processed batch — its alerts, its dead letters and the input offsets it
/// consumed — together: in one transaction (exactly-once) or as idempotent produce followed by
/// an offset commit (at-least-once). Shared by `newswatch run` and `newswatch replay`.
struct BatchPublisher: Sendable {
    let delivery: DeliveryMode
    /// Retries of a failed batch before ``publish(_:offsets:firstOffsets:)`` gives up, and of one
    /// retriable Kafka call before the batch is given up.
    let maxRetries: Int
    let producer: Producer
    /// The consumer whose group the offsets are committed to.
    let consumer: Consumer
    let logger: Logger
    /// Counts retries, when set.
    var metrics: WorkerMetrics? = nil
    /// Also commit a transaction's offsets with a plain offset commit, after sending them to the
    /// transaction and before committing it; the caller restores them when the batch is given up.
    ///
    /// Only for ``EmbeddedCluster``: librdkafka's mock broker accepts `TxnOffsetCommit` but never
    /// stores the offsets. The plain commit fails as `TxnOffsetCommit` would on a real broker
    /// (rebalance, stale generation), which aborts the transaction.
    var mirrorsOffsetsToGroup = false
    /// Called before every Kafka call and retry, so a liveness probe sees progress.
    var onProgress: @Sendable () -> Void = {}

    /// What one attempt at a batch did.
    enum Attempt: Sendable {
        /// Everything is committed; the delivery reports of the batch's records, in order.
        case committed([DeliveryReport])
        /// Nothing of the batch is committed (an exactly-once transaction was aborted when
        /// `aborted`); its input must be read again from the committed offsets. `offsetsMirrored`:
        /// the group may hold the batch's end offsets from ``mirrorsOffsetsToGroup``, which the
        /// caller must restore.
        case redo(KafkaError, aborted: Bool, offsetsMirrored: Bool)
    }

    /// Publishes `outcomes` and commits `offsets`, redoing a failed attempt from memory with backoff.
    ///
    /// Redoing from memory is right when the caller's partitions cannot change meanwhile (manual
    /// assignment, as in replay); a group member rewinds and polls again instead (``Worker``).
    ///
    /// - Returns: the number of aborted transactions before the batch went through.
    /// - Throws: ``KafkaError`` for a fatal client error; ``WorkerError/batchKeepsFailing(attempts:firstOffsets:)``
    ///   after ``maxRetries`` failed attempts.
    func publish(_ outcomes: [ArticleProcessor.Outcome], offsets: [TopicPartitionOffset], firstOffsets: [TopicPartitionOffset]) async throws -> Int {
        var attempt = 0
        var aborts = 0
        while true {
            guard case .redo(_, let aborted, _) = try await publishOnce(outcomes, offsets: offsets) else { return aborts }
            attempt += 1
            if aborted { aborts += 1 }
            guard attempt <= maxRetries else {
                throw WorkerError.batchKeepsFailing(attempts: attempt, firstOffsets: firstOffsets)
            }
            try await Task.sleep(for: Self.backoff(attempt: attempt))
        }
    }

    /// One attempt: retriable calls are repeated with backoff (up to ``maxRetries`` each); any
    /// other failure gives the batch up, aborting its transaction first.
    ///
    /// - Throws: a fatal ``KafkaError``, or the error of an abort that failed (the producer must
    ///   be recreated either way), or `CancellationError` when the task is cancelled before the
    ///   offsets step (the open transaction is left to the broker).
    func publishOnce(_ outcomes: [ArticleProcessor.Outcome], offsets: [TopicPartitionOffset]) async throws -> Attempt {
        delivery == .exactlyOnce
            ? try await publishInTransaction(outcomes, offsets: offsets)
            : try await publishThenCommit(outcomes, offsets: offsets)
    }

    /// One transaction: alerts, dead letters and the input offsets, or nothing.
    private func publishInTransaction(_ outcomes: [ArticleProcessor.Outcome], offsets: [TopicPartitionOffset]) async throws -> Attempt {
        onProgress()
        do {
            try producer.beginTransaction()
        } catch let error as KafkaError where !error.isFatal {
            logger.warning("cannot begin a transaction; reading the batch again", metadata: ["error": "\(error)", "offsets": "\(offsets)"])
            return .redo(error, aborted: false, offsetsMirrored: false)
        }
        var reachedMirror = false
        do {
            let receipts = try await enqueue(outcomes)
            try Task.checkCancellation()
            try await retrying("send offsets to the transaction", offsets) {
                try await producer.sendOffsetsToTransaction(offsets, group: consumer.groupMetadata())
            }
            // Every record is acknowledged before the commit. The commit would flush them itself,
            // but librdkafka's flush looks again only every 10 ms while the delivery reports wake
            // this task at once, so the batch's cycle stays a few milliseconds. Mirroring, it also
            // means a record the broker rejects gives the batch up before the group's offsets move.
            let acknowledged = try await delivered(receipts)
            if mirrorsOffsetsToGroup {
                reachedMirror = true
                try await retrying("mirror the offsets to the group", offsets) { try await consumer.commit(offsets) }
            }
            try await retrying("commit the transaction", offsets) { try await producer.commitTransaction() }
            return .committed(acknowledged)
        } catch let error as KafkaError where !error.isFatal {
            logger.warning("transaction failed; aborting it and reading the batch again from the committed offsets", metadata: [
                "error": "\(error)", "offsets": "\(offsets)",
            ])
            try await retrying("abort the transaction", offsets) { try await producer.abortTransaction() }
            // A group that refused the mirror commit (it is moving) still holds the batch's start.
            return .redo(error, aborted: true, offsetsMirrored: reachedMirror && error.code?.isGroupMembershipChange != true)
        }
    }

    /// Idempotent produce, every delivery report awaited, then the offsets committed.
    private func publishThenCommit(_ outcomes: [ArticleProcessor.Outcome], offsets: [TopicPartitionOffset]) async throws -> Attempt {
        onProgress()
        do {
            let reports = try await delivered(try await enqueue(outcomes))
            try Task.checkCancellation()
            try await retrying("commit offsets", offsets) { try await consumer.commit(offsets) }
            return .committed(reports)
        } catch let error as KafkaError where !error.isFatal {
            logger.warning("publishing failed; reading the batch again from the committed offsets (duplicates possible)", metadata: [
                "error": "\(error)", "offsets": "\(offsets)",
            ])
            return .redo(error, aborted: false, offsetsMirrored: false)
        }
    }

    private func enqueue(_ outcomes: [ArticleProcessor.Outcome]) async throws -> [DeliveryReceipt] {
        var receipts: [DeliveryReceipt] = []
        for outcome in outcomes {
            for record in outcome.records { receipts.append(try await producer.enqueue(record)) }
        }
        return receipts
    }

    private func delivered(_ receipts: [DeliveryReceipt]) async throws -> [DeliveryReport] {
        var reports: [DeliveryReport] = []
        reports.reserveCapacity(receipts.count)
        for receipt in receipts { reports.append(try await receipt.report) }
        return reports
    }

    /// Runs `call`, repeating it after a backoff while it fails with a retriable error, at most
    /// ``maxRetries`` times. (A rebalancing group is not waited out here: it completes only
    /// while the consumer polls, so such a failure gives the batch up.)
    func retrying(_ step: String, _ offsets: [TopicPartitionOffset], _ call: () async throws -> Void) async throws {
        var attempt = 0
        while true {
            do {
                onProgress()
                return try await call()
            } catch let error as KafkaError where error.isRetriable && attempt < maxRetries {
                attempt += 1
                metrics?.recordRetry()
                let delay = Self.backoff(attempt: attempt)
                logger.warning("retrying after a retriable error", metadata: [
                    "step": "\(step)", "attempt": "\(attempt)", "delay": "\(delay)", "error": "\(error)", "offsets": "\(offsets)",
                ])
                try await Task.sleep(for: delay)
            }
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

    /// 100 ms doubling to `maximumMilliseconds` (default 5 s), each delay drawn between half
    /// and all of that (jitter, so workers hit by the same outage do not retry in step).
    static func backoff(attempt: Int, maximumMilliseconds: Int = 5_000) -> Duration {
        let ceiling = min(maximumMilliseconds, 100 << min(max(attempt, 1) - 1, 6))
        return .milliseconds(Int.random(in: (ceiling / 2)...ceiling))
    }
}

/// Why a worker stopped.
public enum WorkerError: Error, Sendable, CustomStringConvertible {
    /// A batch could not be published even after retries.
    case batchKeepsFailing(attempts: Int, firstOffsets: [TopicPartitionOffset])
    /// The producer failed fatally again right after each of `restarts` replacements.
    case producerKeepsFailing(restarts: Int, lastError: KafkaError)

    public var description: String {
        switch self {
        case .producerKeepsFailing(let restarts, let error):
            "the producer failed fatally again after \(restarts) restart(s) (\(error)); another worker may use the same --transactional-id, or check the brokers"
        case .batchKeepsFailing(let attempts, let offsets):
            "a batch failed \(attempts) times (starting at \(offsets.map(\.description).joined(separator: ", "))); check the brokers and the worker's log"
        }
    }
}
