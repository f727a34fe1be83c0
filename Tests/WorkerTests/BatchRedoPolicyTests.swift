import Kafka
import Testing
@testable import Worker

/// The decision after a given-up batch, without a broker: a moving group is waited for but never
/// counted; other failures are waited for, counted, and stop the worker past the limit.
@Suite struct BatchRedoPolicyTests {
    static let moving = KafkaError.failed(code: .rebalanceInProgress, message: "commit offsets: the group is rebalancing")
    static let broken = KafkaError.failed(code: .messageTimedOut, message: "delivery to alerts.operations failed")

    /// The wait of a `readAgain` decision, or `nil` for `stop`.
    func wait(_ decision: BatchRedoPolicy.Decision) -> Duration? {
        if case .readAgain(let delay) = decision { delay } else { nil }
    }

    @Test func aMovingGroupIsWaitedForAndTheWaitGrowsToASecond() {
        var policy = BatchRedoPolicy(maxBatchRetries: 2)
        let waits = (0..<8).compactMap { _ in wait(policy.gaveUp(after: Self.moving)) }
        #expect(waits.count == 8, "a moving group never stops the worker")
        // Reading the batch again at once kept the rebalance from completing (the livelock).
        #expect((.milliseconds(50)...(.milliseconds(100))).contains(waits[0]), "first wait \(waits[0])")
        #expect((.milliseconds(100)...(.milliseconds(200))).contains(waits[1]), "second wait \(waits[1])")
        for late in waits[4...] {
            #expect((.milliseconds(500)...(.milliseconds(1_000))).contains(late), "a later wait \(late)")
        }
        #expect(policy.failuresInARow == 0)
        #expect(policy.groupMovesInARow == 8)
    }

    @Test func everyGroupMembershipChangeCountsAsAMovingGroup() {
        for code in [KafkaErrorCode.rebalanceInProgress, .illegalGeneration, .unknownMemberID] {
            var policy = BatchRedoPolicy(maxBatchRetries: 0)
            let decision = policy.gaveUp(after: .transactionAbortRequired(code: code, message: "send offsets to transaction"))
            #expect(wait(decision).map { $0 >= .milliseconds(50) } == true, "\(code): \(decision)")
        }
    }

    @Test func otherFailuresAreCountedAndStopTheWorkerPastTheLimit() {
        var policy = BatchRedoPolicy(maxBatchRetries: 2)
        let first = wait(policy.gaveUp(after: Self.broken))
        #expect(first.map { (.milliseconds(50)...(.milliseconds(100))).contains($0) } == true, "\(String(describing: first))")
        #expect(wait(policy.gaveUp(after: Self.broken)) != nil)
        // Moving-group refusals in between neither count nor reset the count.
        #expect(wait(policy.gaveUp(after: Self.moving)) != nil)
        #expect(policy.gaveUp(after: Self.broken) == .stop(failures: 3))
    }

    @Test func aCommittedBatchResetsBothCounts() {
        var policy = BatchRedoPolicy(maxBatchRetries: 1)
        for _ in 0..<6 { _ = policy.gaveUp(after: Self.moving) }
        _ = policy.gaveUp(after: Self.broken)
        policy.committed()
        #expect(policy.failuresInARow == 0 && policy.groupMovesInARow == 0)
        let again = wait(policy.gaveUp(after: Self.moving))
        #expect(again.map { (.milliseconds(50)...(.milliseconds(100))).contains($0) } == true, "\(String(describing: again))")
        #expect(wait(policy.gaveUp(after: Self.broken)) != nil, "the limit counts from the commit")
    }
}
