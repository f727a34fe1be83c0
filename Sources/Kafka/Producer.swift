import CRdKafka
import Logging
import Synchronization

/// Sends messages to Kafka, idempotent by default, optionally transactional.
///
/// ```swift
/// let producer = try Producer(config: ProducerConfig(kafka: kafka), logger: logger)
/// let report = try await producer.send(ProducerMessage(topic: "news.articles", key: key, value: json))
/// try await producer.close()
/// ```
///
/// A dedicated thread serves librdkafka's delivery reports; ``send(_:)`` returns once the broker
/// acknowledged the message, ``enqueue(_:)`` returns a ``DeliveryReceipt`` at once so a batch can be
/// produced and awaited together.
///
/// - Important: Call ``close(timeout:)`` before dropping the last reference: it delivers what is
///   queued. Without it, undelivered messages are purged and their receipts fail.
public final class Producer: Sendable {
    private let client: RDKafkaClient
    private let closed = Atomic<Bool>(false)
    /// `true` when created with a ``ProducerConfig/transactionalID``.
    public let isTransactional: Bool

    /// Creates a producer and starts its delivery-report thread.
    ///
    /// - Parameters:
    ///   - config: producer settings.
    ///   - logger: receives librdkafka's log lines and client errors.
    /// - Throws: ``KafkaError/invalidConfiguration(key:reason:)`` for a rejected property, or
    ///   ``KafkaError/failed(code:message:)`` when librdkafka cannot create the client.
    public init(config: ProducerConfig, logger: Logger) throws(KafkaError) {
        let context = RDKafkaClientContext(logger: logger, events: nil)
        client = try RDKafkaClient(
            type: RD_KAFKA_PRODUCER, properties: config.librdkafkaProperties, context: context,
            configure: RDKafkaProducer.installDeliveryCallback
        )
        isTransactional = config.transactionalID != nil
        client.startServingCallbacks()
    }

    /// Sends a message and waits for the broker's acknowledgement.
    ///
    /// - Parameter message: the message; its bytes are copied.
    /// - Returns: where the message was stored.
    /// - Throws: ``KafkaError`` when the message cannot be enqueued or delivery fails.
    public func send(_ message: ProducerMessage) async throws -> DeliveryReport {
        try await enqueue(message).report
    }

    /// Enqueues a message without waiting for delivery.
    ///
    /// Waits only while librdkafka's local queue is full (`queue.buffering.max.messages`, or
    /// ``ProducerConfig/maxQueuedBytes``).
    ///
    /// - Parameter message: the message; its bytes are copied.
    /// - Returns: a receipt that resolves with the delivery report.
    /// - Throws: ``KafkaError/closed(_:)`` after ``close(timeout:)``, or the classified
    ///   librdkafka error (for example ``KafkaError/transactionAbortRequired(code:message:)`` when
    ///   the current transaction failed).
    public func enqueue(_ message: ProducerMessage) async throws -> DeliveryReceipt {
        let receipt = DeliveryReceipt(topic: message.topic)
        while true {
            guard !closed.load(ordering: .acquiring) else { throw KafkaError.closed("producer") }
            if try RDKafkaProducer.produce(client.handle, message, receipt: receipt) {
                return receipt
            }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Looks up the partitions and leaders of `topics` now, so the first messages to them go
    /// out at once.
    ///
    /// librdkafka learns of a topic when the first message to it is enqueued, and may hold that
    /// message until its next topic scan, up to a second later (seen as a ~1 s first transaction
    /// of every new worker producer). Call it once after creating the producer.
    ///
    /// - Parameters:
    ///   - topics: the topics this producer will write to.
    ///   - timeout: the longest wait per topic.
    /// - Throws: a retriable ``KafkaErrorCode/timedOut`` error when the cluster does not answer.
    public func prepare(topics: [String], timeout: Duration = .seconds(10)) async throws {
        try await client.runBlocking { handle throws(KafkaError) in try RDKafkaProducer.prepare(handle, topics: topics, timeout: timeout) }
    }

    /// Waits until every enqueued message is delivered or failed.
    ///
    /// - Parameter timeout: the longest wait.
    /// - Throws: a retriable ``KafkaErrorCode/timedOut`` error when messages are still pending.
    public func flush(timeout: Duration = .seconds(30)) async throws {
        try await client.runBlocking { handle throws(KafkaError) in try RDKafkaProducer.flush(handle, timeout: timeout) }
    }

    /// Flushes, then stops the producer. Messages still undelivered at the timeout are purged;
    /// their receipts fail with ``KafkaErrorCode/purgedFromQueue`` or ``KafkaErrorCode/purgedInFlight``.
    /// Calling it again does nothing.
    ///
    /// - Parameter timeout: how long to wait for outstanding deliveries.
    /// - Throws: the flush timeout error when messages had to be purged.
    public func close(timeout: Duration = .seconds(30)) async throws {
        guard !closed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let client = client
        try await client.runBlocking { handle throws(KafkaError) in
            defer {
                RDKafkaProducer.purge(handle)
                client.stopServingCallbacks()
            }
            try RDKafkaProducer.flush(handle, timeout: timeout)
        }
    }

    /// Registers the transactional producer with its coordinator and fences older instances with
    /// the same `transactional.id`. Call once, before the first transaction.
    ///
    /// - Parameter timeout: the longest wait for the coordinator.
    /// - Throws: a classified ``KafkaError``; a ``KafkaError/retriable(code:message:)`` one may be
    ///   retried with the same call.
    public func initTransactions(timeout: Duration = .seconds(30)) async throws {
        try await client.runBlocking { handle throws(KafkaError) in try RDKafkaProducer.initTransactions(handle, timeout: timeout) }
    }

    /// Starts a transaction; messages sent until commit or abort belong to it.
    ///
    /// - Throws: ``KafkaError`` when no transaction can begin (for example one is already open).
    public func beginTransaction() throws {
        try RDKafkaProducer.beginTransaction(client.handle)
    }

    /// Adds consumed offsets to the current transaction, so they are committed for the group if
    /// and only if the transaction commits.
    ///
    /// - Parameters:
    ///   - offsets: the next offsets to read (processed offset plus one) per partition.
    ///   - group: the consumer's current ``Consumer/groupMetadata()``.
    ///   - timeout: the longest wait.
    /// - Throws: a classified ``KafkaError``; ``KafkaError/transactionAbortRequired(code:message:)``
    ///   means: abort, rewind the consumer, retry.
    public func sendOffsetsToTransaction(
        _ offsets: [TopicPartitionOffset], group: ConsumerGroupMetadata, timeout: Duration = .seconds(30)
    ) async throws {
        try await client.runBlocking { handle throws(KafkaError) in
            try RDKafkaProducer.sendOffsetsToTransaction(handle, offsets, group: group, timeout: timeout)
        }
    }

    /// Flushes and commits the current transaction.
    ///
    /// - Parameter timeout: the longest wait.
    /// - Throws: a classified ``KafkaError``: retriable (call again), abort-required (call
    ///   ``abortTransaction(timeout:)``) or fatal (recreate the producer).
    public func commitTransaction(timeout: Duration = .seconds(30)) async throws {
        try await client.runBlocking { handle throws(KafkaError) in try RDKafkaProducer.commitTransaction(handle, timeout: timeout) }
    }

    /// Aborts the current transaction: its messages become invisible to read-committed consumers
    /// and its offsets are not committed.
    ///
    /// - Parameter timeout: the longest wait.
    /// - Throws: a classified ``KafkaError``; a retriable one may be retried.
    public func abortTransaction(timeout: Duration = .seconds(30)) async throws {
        try await client.runBlocking { handle throws(KafkaError) in try RDKafkaProducer.abortTransaction(handle, timeout: timeout) }
    }
}
