/// Non-empty message batches from a ``Consumer``; ends when the consumer closes or the
/// iterating task is cancelled.
public struct ConsumerBatches: AsyncSequence, Sendable {
    public typealias Element = [KafkaMessage]

    let consumer: Consumer
    let maxMessages: Int

    /// Iterates the batches.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let consumer: Consumer
        let maxMessages: Int

        /// The next non-empty batch, or `nil` after close or cancellation.
        ///
        /// - Throws: ``KafkaError/fatal(code:message:)`` on a fatal client error.
        public mutating func next() async throws -> [KafkaMessage]? {
            while !Task.isCancelled {
                let batch: [KafkaMessage]
                do {
                    batch = try await consumer.poll(maxMessages: maxMessages, timeout: .milliseconds(500))
                } catch KafkaError.closed {
                    return nil
                }
                if !batch.isEmpty { return batch }
            }
            return nil
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(consumer: consumer, maxMessages: maxMessages)
    }
}

extension [KafkaMessage] {
    /// The offset to commit per partition after processing this batch: the highest message
    /// offset plus one.
    public var latestOffsets: [TopicPartitionOffset] {
        var latest: [TopicPartition: Int64] = [:]
        for message in self {
            latest[message.topicPartition] = Swift.max(latest[message.topicPartition] ?? 0, message.offset + 1)
        }
        return latest.map { TopicPartitionOffset($0.key.topic, $0.key.partition, offset: $0.value) }
            .sorted { ($0.topic, $0.partition) < ($1.topic, $1.partition) }
    }
}
