import Synchronization

/// The pending outcome of one message handed to ``Producer/enqueue(_:)``.
///
/// Await ``report`` for the broker's acknowledgement; many receipts can be collected first and
/// awaited afterwards, which is how a batch is produced without a round trip per message.
/// Every receipt resolves exactly once: with a ``DeliveryReport``, or with a ``KafkaError`` when
/// delivery failed for good or the producer was closed first.
public final class DeliveryReceipt: Sendable {
    private enum State {
        case pending([CheckedContinuation<DeliveryReport, any Error>])
        case done(Result<DeliveryReport, KafkaError>)
    }

    private let state = Mutex(State.pending([]))
    /// The message's topic, for the report (so the delivery callback need not copy the name).
    let topic: String

    init(topic: String) {
        self.topic = topic
    }

    /// The delivery report, once the broker acknowledged the message.
    ///
    /// - Throws: ``KafkaError`` when delivery failed (for example ``KafkaErrorCode/messageTimedOut``)
    ///   or the producer was closed before delivery (``KafkaErrorCode/purgedFromQueue``).
    public var report: DeliveryReport {
        get async throws {
            try await withCheckedThrowingContinuation { continuation in
                let result: Result<DeliveryReport, KafkaError>? = state.withLock { state in
                    switch state {
                    case .pending(var waiters):
                        waiters.append(continuation)
                        state = .pending(waiters)
                        return nil
                    case .done(let result):
                        return result
                    }
                }
                if let result {
                    continuation.resume(with: result)
                }
            }
        }
    }

    /// The outcome if known, without waiting.
    public var result: Result<DeliveryReport, KafkaError>? {
        state.withLock { state in
            if case .done(let result) = state { result } else { nil }
        }
    }

    /// Records the outcome and wakes every waiter. Called once, from the delivery callback.
    func resolve(_ result: Result<DeliveryReport, KafkaError>) {
        let waiters = state.withLock { state -> [CheckedContinuation<DeliveryReport, any Error>] in
            guard case .pending(let waiters) = state else { return [] }
            state = .done(result)
            return waiters
        }
        for waiter in waiters {
            waiter.resume(with: result)
        }
    }
}
