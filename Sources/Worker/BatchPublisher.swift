import Kafka
import Logging

/// Publishes one processed batch — its alerts, its dead letters and the input offsets it
/// consumed — together: in one transaction (exactly-once) or as idempotent produce followed by
/// an offset commit (at-least-once). Shared by `newswatch run` and `newswatch replay`.
struct BatchPublisher: Sendable {
    let delivery: DeliveryMode
    /// Retries of a failed batch before ``publish(_:offsets:firstOffsets:)`` gives up.
    let maxRetries: Int
    let producer: Producer
    /// The consumer whose group the offsets are committed to.
    let consumer: Consumer
    let logger: Logger

    private enum Result { case published, redo }

    /// Publishes `outcomes` and commits `offsets`, retrying a failed attempt with backoff.
    ///
    /// - Returns: the number of aborted transactions before the batch went through.
    /// - Throws: ``KafkaError`` for a fatal client error; ``WorkerError/batchKeepsFailing(attempts:firstOffsets:)``
    ///   after ``maxRetries`` failed attempts.
    func publish(_ outcomes: [ArticleProcessor.Outcome], offsets: [TopicPartitionOffset], firstOffsets: [TopicPartitionOffset]) async throws -> Int {
        var attempt = 0
        while true {
            let result = delivery == .exactlyOnce
                ? try await publishInTransaction(outcomes, offsets: offsets)
                : try await publishThenCommit(outcomes, offsets: offsets)
            if case .published = result { return delivery == .exactlyOnce ? attempt : 0 }
            attempt += 1
            guard attempt <= maxRetries else {
                throw WorkerError.batchKeepsFailing(attempts: attempt, firstOffsets: firstOffsets)
            }
            try await Task.sleep(for: Self.backoff(attempt: attempt))
        }
    }

    /// One transaction: alerts, dead letters and the input offsets, or nothing.
    private func publishInTransaction(_ outcomes: [ArticleProcessor.Outcome], offsets: [TopicPartitionOffset]) async throws -> Result {
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
            try await producer.abortTransaction()
            return .redo
        }
    }

    /// Idempotent produce, every delivery report awaited, then the offsets committed.
    private func publishThenCommit(_ outcomes: [ArticleProcessor.Outcome], offsets: [TopicPartitionOffset]) async throws -> Result {
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
