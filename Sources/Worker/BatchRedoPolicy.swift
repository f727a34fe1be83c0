import Kafka

/// What the worker loop does after it gave a batch up: read the batch again after a wait, or stop
/// (docs/WORKER.md, "Faults").
///
/// A refusal that says the group is moving (``KafkaErrorCode/isGroupMembershipChange``) is no
/// failure of the batch: a later poll serves the rebalance, so it never counts toward
/// ``maxBatchRetries``. It is still waited for, 50–100 ms growing to 0.5–1 s while the group keeps
/// moving: librdkafka finishes its side of a rebalance only when no offset commit is outstanding,
/// and a worker that read the batch again and committed at once kept a rebalance from completing
/// (730 refused commits in a second, in the two-worker benchmark's warm-up). Any other failure
/// counts, waits 50–100 ms growing to 2.5–5 s, and stops the worker after ``maxBatchRetries`` in a
/// row. A committed batch resets both counts.
struct BatchRedoPolicy: Sendable, Hashable {
    /// After a batch was given up.
    enum Decision: Sendable, Hashable {
        /// Rewind, wait this long, then poll again.
        case readAgain(after: Duration)
        /// Stop the worker: this many batches failed in a row.
        case stop(failures: Int)
    }

    /// Failed batches in a row that the worker tolerates; the next one stops it.
    let maxBatchRetries: Int
    /// Batches given up in a row for a reason other than a moving group.
    private(set) var failuresInARow = 0
    /// Batches given up in a row because the group was moving.
    private(set) var groupMovesInARow = 0

    init(maxBatchRetries: Int) {
        self.maxBatchRetries = maxBatchRetries
    }

    /// The longest wait after a moving group's refusal.
    static let longestGroupMoveWaitMilliseconds = 1_000

    /// A batch was committed.
    mutating func committed() {
        failuresInARow = 0
        groupMovesInARow = 0
    }

    /// A batch was given up because of `error`.
    mutating func gaveUp(after error: KafkaError) -> Decision {
        if error.code?.isGroupMembershipChange == true {
            groupMovesInARow += 1
            return .readAgain(after: BatchPublisher.backoff(attempt: groupMovesInARow, maximumMilliseconds: Self.longestGroupMoveWaitMilliseconds))
        }
        failuresInARow += 1
        guard failuresInARow <= maxBatchRetries else { return .stop(failures: failuresInARow) }
        return .readAgain(after: BatchPublisher.backoff(attempt: failuresInARow))
    }
}
