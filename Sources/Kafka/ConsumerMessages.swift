/// The messages of a ``Consumer`` one at a time; ends when the consumer closes or the iterating
/// task is cancelled.
public struct ConsumerMessages: AsyncSequence, Sendable {
    public typealias Element = KafkaMessage

    let batches: ConsumerBatches

    /// Iterates the messages.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var batches: ConsumerBatches.AsyncIterator
        var buffered: ArraySlice<KafkaMessage> = []

        /// The next message, or `nil` after close or cancellation.
        ///
        /// - Throws: ``KafkaError/fatal(code:message:)`` on a fatal client error.
        public mutating func next() async throws -> KafkaMessage? {
            if buffered.isEmpty {
                guard let batch = try await batches.next() else { return nil }
                buffered = batch[...]
            }
            return buffered.popFirst()
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(batches: batches.makeAsyncIterator())
    }
}
