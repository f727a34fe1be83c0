import CRdKafka
import Logging

/// Reads messages from Kafka as a member of a consumer group (or from manually assigned
/// partitions), with application-managed offsets.
///
/// ```swift
/// let consumer = try Consumer(config: ConsumerConfig(kafka: kafka, groupID: "newswatch"), logger: logger)
/// try consumer.subscribe(["news.articles"])
/// for try await batch in consumer.batches(maxMessages: 500) {
///     process(batch)
///     try await consumer.commit(batch.latestOffsets)
/// }
/// ```
///
/// A dedicated thread runs `rd_kafka_consumer_poll`; rebalance callbacks run there as well and are
/// reported on ``events``. The rebalance protocol follows the assignment strategy: the cooperative
/// protocol adds and removes partitions incrementally, the eager one revokes everything first.
///
/// - Important: Messages are fetched only while the application polls (``poll(maxMessages:timeout:)``,
///   ``batches(maxMessages:)``, ``messages``), which gives natural back-pressure; poll at least
///   every ``ConsumerConfig/maxPollInterval`` or the member leaves the group. Call ``close()``
///   to leave the group cleanly.
public final class Consumer: Sendable {
    private let consumer: RDKafkaConsumer
    private var client: RDKafkaClient { consumer.client }

    /// Rebalances, background commit results, client errors and statistics, in order.
    ///
    /// The stream keeps the newest 1,024 undelivered events and finishes when the consumer closes.
    public let events: AsyncStream<ConsumerEvent>

    /// Creates a consumer and starts its poll thread.
    ///
    /// - Parameters:
    ///   - config: consumer settings.
    ///   - logger: receives librdkafka's log lines and client errors.
    /// - Throws: ``KafkaError/invalidConfiguration(key:reason:)`` for a rejected property, or
    ///   ``KafkaError/failed(code:message:)`` when librdkafka cannot create the client.
    public init(config: ConsumerConfig, logger: Logger) throws(KafkaError) {
        let (events, continuation) = AsyncStream<ConsumerEvent>.makeStream(bufferingPolicy: .bufferingNewest(1024))
        let context = RDKafkaClientContext(logger: logger, events: continuation)
        let client = try RDKafkaClient(
            type: RD_KAFKA_CONSUMER, properties: config.librdkafkaProperties, context: context,
            configure: RDKafkaConsumer.installCallbacks
        )
        self.events = events
        self.consumer = RDKafkaConsumer(client: client)
    }

    deinit {
        client.context.events?.finish()
    }

    /// Joins the group and subscribes to topics, replacing an earlier subscription.
    ///
    /// - Parameter topics: topic names (a name starting with `^` is a regular expression).
    /// - Throws: ``KafkaError`` when librdkafka rejects the subscription.
    public func subscribe(_ topics: [String]) throws {
        try checkOpen()
        try RDKafkaConsumer.subscribe(client.handle, topics: topics)
    }

    /// Reads the given partitions from the given offsets, outside group management (no
    /// rebalances, no effect on the group's members). Replaces an earlier assignment.
    ///
    /// Partitions starting at the beginning (offset -2) or the end (-1) have those offsets
    /// looked up first, waiting up to `lookupTimeout`, so their first fetch does not wait for
    /// librdkafka's 500 ms retry of the lookup of a fresh client; a partition whose lookup does
    /// not succeed in time keeps its logical offset and librdkafka resolves it as usual.
    ///
    /// - Parameters:
    ///   - positions: partitions and start offsets.
    ///   - lookupTimeout: the longest wait for the beginning and end offsets. Default 1 s.
    /// - Throws: ``KafkaError`` when librdkafka rejects the assignment.
    public func assign(_ positions: [TopicPartitionOffset], lookupTimeout: Duration = .seconds(1)) async throws {
        try checkOpen()
        try await client.runBlocking { handle throws(KafkaError) in
            try RDKafkaConsumer.assign(handle, positions, lookupTimeout: lookupTimeout)
        }
    }

    /// The partitions currently assigned to this consumer.
    ///
    /// - Throws: ``KafkaError`` when the assignment cannot be read.
    public func assignment() throws -> [TopicPartition] {
        try RDKafkaConsumer.assignment(client.handle)
    }

    /// Messages librdkafka has fetched for this consumer that no poll has returned yet, over all
    /// partitions together (with the few events that share their queue): the prefetch that
    /// `queued.min.messages` and `queued.max.messages.kbytes` bound.
    public var prefetchedMessages: Int {
        RDKafkaConsumer.queuedCount(client.handle)
    }

    /// Waits for up to `maxMessages` messages.
    ///
    /// Returns as soon as at least one message is available and no more are immediately ready,
    /// or an empty array at the timeout.
    ///
    /// - Parameters:
    ///   - maxMessages: the largest batch. Default 500.
    ///   - timeout: the longest wait for the first message. Default 1 s.
    /// - Returns: messages in fetch order (per partition in offset order).
    /// - Throws: ``KafkaError/fatal(code:message:)`` on a fatal client error,
    ///   ``KafkaError/closed(_:)`` after ``close()``.
    public func poll(maxMessages: Int = 500, timeout: Duration = .seconds(1)) async throws -> [KafkaMessage] {
        precondition(maxMessages > 0, "maxMessages must be positive")
        return try await withCheckedThrowingContinuation { continuation in
            consumer.submit(.poll(maxMessages: maxMessages, timeout: timeout, continuation))
        }
    }

    /// Non-empty batches of messages, until the consumer closes or the task is cancelled.
    ///
    /// - Parameter maxMessages: the largest batch. Default 500.
    public func batches(maxMessages: Int = 500) -> ConsumerBatches {
        ConsumerBatches(consumer: self, maxMessages: maxMessages)
    }

    /// The messages one by one (fetched in batches), until the consumer closes or the task is
    /// cancelled.
    public var messages: ConsumerMessages {
        ConsumerMessages(batches: batches())
    }

    /// Marks offsets as processed; they are committed by the next ``commit(_:)`` without
    /// arguments, by ``commitInBackground(_:)`` or by auto-commit.
    ///
    /// - Parameter offsets: the next offsets to read (``KafkaMessage/nextOffset``).
    /// - Throws: ``KafkaError`` for a partition not assigned to this consumer.
    public func store(_ offsets: [TopicPartitionOffset]) throws {
        try checkOpen()
        try RDKafkaConsumer.store(client.handle, offsets)
    }

    /// Commits offsets and waits for the group coordinator's answer.
    ///
    /// - Parameter offsets: the next offsets to read per partition, or `nil` for the offsets
    ///   stored with ``store(_:)``. Default `nil`.
    /// - Throws: ``KafkaError`` when the commit fails (for example after the partitions were
    ///   revoked).
    public func commit(_ offsets: [TopicPartitionOffset]? = nil) async throws {
        try checkOpen()
        try await client.runBlocking { handle throws(KafkaError) in try RDKafkaConsumer.commit(handle, offsets, async: false) }
    }

    /// Starts a commit without waiting; its outcome arrives as ``ConsumerEvent/committed(_:)``.
    ///
    /// - Parameter offsets: the next offsets to read per partition, or `nil` for the stored
    ///   offsets. Default `nil`.
    /// - Throws: ``KafkaError`` when the commit cannot be started.
    public func commitInBackground(_ offsets: [TopicPartitionOffset]? = nil) throws {
        try checkOpen()
        try RDKafkaConsumer.commit(client.handle, offsets, async: true)
    }

    /// The group's committed offsets (next offset to read) for partitions; partitions without a
    /// committed offset are missing from the result.
    ///
    /// - Parameters:
    ///   - partitions: the partitions to look up.
    ///   - timeout: the longest wait. Default 10 s.
    /// - Throws: ``KafkaError`` when the coordinator does not answer in time.
    public func committed(_ partitions: [TopicPartition], timeout: Duration = .seconds(10)) async throws -> [TopicPartition: Int64] {
        try await client.runBlocking { handle throws(KafkaError) in try RDKafkaConsumer.committed(handle, partitions, timeout: timeout) }
    }

    /// Moves the read position of assigned partitions.
    ///
    /// - Parameters:
    ///   - positions: partitions and the offsets to read next.
    ///   - timeout: the longest wait. Default 10 s.
    /// - Throws: ``KafkaError`` for unassigned partitions or on timeout.
    public func seek(_ positions: [TopicPartitionOffset], timeout: Duration = .seconds(10)) async throws {
        try checkOpen()
        try await client.runBlocking { handle throws(KafkaError) in try RDKafkaConsumer.seek(handle, positions, timeout: timeout) }
    }

    /// Stops fetching from partitions; they stay assigned.
    ///
    /// - Parameter partitions: assigned partitions.
    /// - Throws: ``KafkaError`` when librdkafka rejects a partition.
    public func pause(_ partitions: [TopicPartition]) throws {
        try RDKafkaConsumer.pause(client.handle, partitions, resume: false)
    }

    /// Resumes fetching from paused partitions.
    ///
    /// - Parameter partitions: paused partitions.
    /// - Throws: ``KafkaError`` when librdkafka rejects a partition.
    public func resume(_ partitions: [TopicPartition]) throws {
        try RDKafkaConsumer.pause(client.handle, partitions, resume: true)
    }

    /// Asks the partition leader for the partition's low and high watermarks.
    ///
    /// - Parameters:
    ///   - partition: the partition.
    ///   - timeout: the longest wait. Default 10 s.
    /// - Throws: ``KafkaError`` on timeout or for an unknown partition.
    public func watermarks(_ partition: TopicPartition, timeout: Duration = .seconds(10)) async throws -> Watermarks {
        try await client.runBlocking { handle throws(KafkaError) in try RDKafkaConsumer.watermarks(handle, partition, timeout: timeout) }
    }

    /// For each partition, the earliest offset whose timestamp is at or after the given time.
    ///
    /// - Parameters:
    ///   - timestamps: epoch milliseconds per partition.
    ///   - timeout: the longest wait. Default 10 s.
    /// - Returns: the offset per partition; `nil` when no message is that recent (read from the
    ///   high watermark then).
    /// - Throws: ``KafkaError`` on timeout or for an unknown partition.
    public func offsetsForTimes(
        _ timestamps: [TopicPartition: Int64], timeout: Duration = .seconds(10)
    ) async throws -> [TopicPartition: Int64?] {
        try await client.runBlocking { handle throws(KafkaError) in try RDKafkaConsumer.offsetsForTimes(handle, timestamps, timeout: timeout) }
    }

    /// Where each partition's end was last reached: the offset after the last message a
    /// `read_committed` consumer can read there (transaction markers and aborted messages
    /// included), recorded when a poll finds nothing more in the partition. Every message before
    /// that offset was returned by that poll or an earlier one. Empty unless
    /// ``ConsumerConfig/reportsPartitionEnds`` is set.
    public func partitionEnds() -> [TopicPartition: Int64] {
        client.context.partitionEnds.withLock { $0 }
    }

    /// The current group membership, for ``Producer/sendOffsetsToTransaction(_:group:timeout:)``.
    ///
    /// - Throws: ``KafkaError`` when the consumer is not in a group.
    public func groupMetadata() throws -> ConsumerGroupMetadata {
        try RDKafkaGroupMetadata.write(client.handle)
    }

    /// Revokes the assignment (reported on ``events``), leaves the group and stops the poll
    /// thread. Offsets are not committed implicitly unless auto-commit is on. Calling it again
    /// does nothing.
    ///
    /// - Throws: ``KafkaError`` when librdkafka reports an error while leaving.
    public func close() async throws {
        try await withCheckedThrowingContinuation { continuation in
            consumer.submit(.close(continuation))
        }
    }

    private func checkOpen() throws(KafkaError) {
        if consumer.isClosed { throw .closed("consumer") }
    }
}
