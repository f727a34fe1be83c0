import Extraction
import Foundation
import Kafka
import Logging
import NewswatchTestKit
import Testing
@testable import Worker

/// Workers on the embedded cluster, with and without faults: every valid article's alerts
/// exactly once for a read_committed subscriber (at least once in at-least-once mode), every
/// malformed message in the dead-letter topic with its code, the group's offsets at the end.
/// Each test prints its counts (expected/read/lost/duplicated).
@Suite(.serialized) struct ExactlyOnceTests {
    /// Runs `workers` until every input is committed, then stops them.
    func runToEnd(_ workers: [Worker], _ harness: Harness) async throws {
        let tasks = workers.map { worker in Task { try await worker.run() } }
        try await harness.waitUntilAllCommitted()
        for worker in workers { worker.stop() }
        for task in tasks { try await task.value }
    }

    /// The alerts a read_committed subscriber sees, against what the inputs must produce.
    func tally(_ harness: Harness, _ inputs: [Corpus.Input], delivery: DeliveryMode) async throws -> Tally {
        let (alerts, hidden) = try await harness.visible([harness.topics.operations, harness.topics.schedules], delivery: delivery)
        return Tally(expected: inputs.flatMap(\.alertIDs), read: alerts.map { ceID($0.headers) }, hidden: hidden)
    }

    /// Every input committed: the group's offsets are the ends of the input partitions.
    func expectOffsetsAtTheEnd(_ harness: Harness) async throws {
        let committed = try await harness.committedOffsets()
        let ends = try await harness.inputEnds()
        #expect(committed == ends, "committed \(committed) vs ends \(ends)")
    }

    @Test func tenThousandArticlesThroughTwoExactlyOnceWorkers() async throws {
        let corpus = await Corpus.shared.value
        let harness = try Harness(partitions: 8)
        let reports = try await harness.produce(corpus.inputs)
        let workers = [harness.worker("a", delivery: .exactlyOnce), harness.worker("b", delivery: .exactlyOnce)]
        try await runToEnd(workers, harness)

        let tally = try await self.tally(harness, corpus.inputs, delivery: .exactlyOnce)
        print("exactly-once, \(corpus.inputs.count) inputs, 2 workers: \(tally)")
        #expect(tally.expected > 5_000)
        #expect(tally.lost == 0)
        #expect(tally.duplicated == 0)
        #expect(workers.allSatisfy { $0.statistics.messagesIn > 0 }, "both workers took part: \(workers.map(\.statistics.messagesIn))")
        #expect(workers.map(\.statistics.messagesIn).reduce(0, +) == corpus.inputs.count)
        try await expectOffsetsAtTheEnd(harness)

        let (letters, _) = try await harness.visible([harness.topics.deadLetters], delivery: .exactlyOnce)
        let inputAt = Dictionary(uniqueKeysWithValues: reports.enumerated().map { ("\($0.element.partition)@\($0.element.offset)", $0.offset) })
        let expectedCodes = corpus.inputs.compactMap(\.deadLetterCode)
        print("dead letters: expected \(expectedCodes.count), read \(letters.count)")
        #expect(expectedCodes.count == corpus.inputs.count / Corpus.malformedEvery)
        #expect(letters.count == expectedCodes.count)
        for letter in letters {
            let source = "\(String(decoding: letter.header(DeadLetter.sourcePartitionHeader) ?? [], as: UTF8.self))@\(String(decoding: letter.header(DeadLetter.sourceOffsetHeader) ?? [], as: UTF8.self))"
            guard let index = inputAt[source] else {
                Issue.record("dead letter from an unknown input \(source)")
                continue
            }
            #expect(letter.value == corpus.inputs[index].value, "a dead letter keeps the original value")
            #expect(String(decoding: letter.header(DeadLetter.errorHeader) ?? [], as: UTF8.self) == corpus.inputs[index].deadLetterCode)
            #expect(letter.header(DeadLetter.sourceTopicHeader) == Array(harness.topics.articles.utf8))
            #expect(letter.header(DeadLetter.errorMessageHeader)?.isEmpty == false)
        }
    }

    /// One worker dies between produce and commit (its task is cancelled: it leaves the group and
    /// abandons its producer and open transaction); a third joins; the rest of the input is
    /// processed by the survivors.
    func killOneAndAddAThird(delivery: DeliveryMode) async throws -> (Tally, abandoned: Int) {
        let corpus = await Corpus.shared.value
        let inputs = corpus.prefix(2_000)
        let harness = try Harness(partitions: 6)
        try await harness.produce(inputs)
        let (a, b, c) = (harness.worker("a", delivery: delivery), harness.worker("b", delivery: delivery), harness.worker("c", delivery: delivery))
        let doomed = Task { try await a.run() }
        let survivor = Task { try await b.run() }
        try await waitUntil("worker a committed its first batches") { a.statistics.batchesCommitted >= 2 }
        doomed.cancel()
        await #expect(throws: CancellationError.self) { try await doomed.value }
        let third = Task { try await c.run() }
        try await harness.waitUntilAllCommitted()
        b.stop()
        c.stop()
        try await survivor.value
        try await third.value
        #expect(c.statistics.messagesIn > 0, "the third worker took part")
        try await expectOffsetsAtTheEnd(harness)
        return (try await self.tally(harness, inputs, delivery: delivery), a.statistics.abandonedBatches)
    }

    @Test func killedWorkerMidTransactionAndAThirdWorkerStillExactlyOnce() async throws {
        let (tally, abandoned) = try await killOneAndAddAThird(delivery: .exactlyOnce)
        print("exactly-once, worker killed mid-transaction + a third added: \(tally), abandoned batches \(abandoned)")
        #expect(abandoned == 1, "the kill landed between produce and commit")
        #expect(tally.lost == 0)
        #expect(tally.duplicated == 0)
    }

    @Test func killedWorkerMidBatchAndAThirdWorkerLoseNothingAtLeastOnce() async throws {
        let (tally, abandoned) = try await killOneAndAddAThird(delivery: .atLeastOnce)
        print("at-least-once, worker killed mid-batch + a third added: \(tally), abandoned batches \(abandoned)")
        #expect(abandoned == 1)
        #expect(tally.lost == 0)
        #expect(tally.duplicated > 0, "the killed worker's delivered but uncommitted batch is published again")
    }

    @Test func brokerDownAndInjectedErrorsLoseAndDuplicateNothing() async throws {
        let corpus = await Corpus.shared.value
        let inputs = corpus.prefix(2_000)
        let harness = try Harness(partitions: 4)
        try await harness.produce(inputs)
        let workers = [harness.worker("a", delivery: .exactlyOnce), harness.worker("b", delivery: .exactlyOnce)]
        let tasks = workers.map { worker in Task { try await worker.run() } }
        func committed() -> Int { workers.map(\.statistics.messagesIn).reduce(0, +) }
        try await waitUntil("the first batches committed") { committed() >= 200 }
        // A record the broker rejects fails the transaction it belongs to: abort, rewind, redo.
        harness.cluster.pushRequestErrors(.produce, [.invalidRecord, .invalidRecord])
        try await waitUntil("an aborted transaction") { workers.map(\.statistics.transactionAborts).reduce(0, +) + workers.map(\.statistics.producerRestarts).reduce(0, +) >= 1 }
        let beforeOutage = committed()
        try harness.cluster.setBrokerDown(1)
        try await Task.sleep(for: .seconds(4))
        try harness.cluster.setBrokerUp(1)
        // Coordinator trouble on commit and on the transactional offset commit: retried.
        harness.cluster.pushRequestErrors(.endTransaction, [.coordinatorNotAvailable, .notCoordinator])
        harness.cluster.pushRequestErrors(.transactionOffsetCommit, [.coordinatorNotAvailable])
        try await harness.waitUntilAllCommitted()
        for worker in workers { worker.stop() }
        for task in tasks { try await task.value }

        let tally = try await self.tally(harness, inputs, delivery: .exactlyOnce)
        let stats = workers.map(\.statistics)
        let retries = workers.map { PrometheusText.sample($0.metrics.render(), "newswatch_retries_total") ?? 0 }.reduce(0, +)
        print("exactly-once, broker down 4 s + injected produce/commit errors: \(tally); aborts \(stats.map(\.transactionAborts).reduce(0, +)), producer restarts \(stats.map(\.producerRestarts).reduce(0, +)), retries \(Int(retries)), committed before the outage \(beforeOutage)")
        #expect(beforeOutage < inputs.count, "the outage happened during the run")
        #expect(tally.lost == 0)
        #expect(tally.duplicated == 0)
        let givenUp: Int = stats.reduce(0) { $0 + $1.transactionAborts + $1.producerRestarts }
        #expect(givenUp >= 1, "the rejected records gave a batch up")
        try await expectOffsetsAtTheEnd(harness)
    }

    @Test func atLeastOnceWithRefusedOffsetCommitsLosesNothing() async throws {
        let corpus = await Corpus.shared.value
        let inputs = corpus.prefix(800)
        let harness = try Harness(partitions: 2)
        try await harness.produce(inputs)
        let worker = harness.worker("a", delivery: .atLeastOnce)
        let task = Task { try await worker.run() }
        try await waitUntil("the first batch committed") { worker.statistics.batchesCommitted >= 1 }
        harness.cluster.pushRequestErrors(.offsetCommit, [.coordinatorNotAvailable, .notCoordinator, .requestTimedOut, .rebalanceInProgress])
        try await harness.waitUntilAllCommitted()
        worker.stop()
        try await task.value
        let tally = try await self.tally(harness, inputs, delivery: .atLeastOnce)
        let metrics = worker.metrics.render()
        let retries = PrometheusText.sample(metrics, "newswatch_retries_total") ?? 0
        print("at-least-once, 4 offset commits refused: \(tally); retries \(Int(retries)), batches read again \(worker.statistics.batchRedos)")
        #expect(tally.lost == 0)
        #expect(retries + Double(worker.statistics.batchRedos) >= 1, "the refused commits were retried or their batches read again")
    }

    /// Commits refused because the group is moving (more often than the batch retry limit) are
    /// waited out by polling: the worker keeps going and loses nothing, and it reads each given-up
    /// batch again only after a wait (at once, it kept a rebalance from completing).
    @Test func commitsRefusedWhileTheGroupMovesDoNotStopTheWorker() async throws {
        let corpus = await Corpus.shared.value
        let inputs = corpus.prefix(400)
        let harness = try Harness(partitions: 2)
        try await harness.produce(inputs)
        let waits = RecordedWaits()
        let worker = harness.worker("a", delivery: .atLeastOnce, waits: waits) { $0.maxBatchRetries = 2 }
        let task = Task { try await worker.run() }
        try await waitUntil("the first batch committed") { worker.statistics.batchesCommitted >= 1 }
        let moving: [KafkaErrorCode] = [.rebalanceInProgress, .illegalGeneration, .unknownMemberID, .rebalanceInProgress, .rebalanceInProgress, .illegalGeneration]
        harness.cluster.pushRequestErrors(.offsetCommit, moving)
        try await harness.waitUntilAllCommitted()
        worker.stop()
        try await task.value
        let tally = try await self.tally(harness, inputs, delivery: .atLeastOnce)
        print("at-least-once, \(moving.count) commits refused by a moving group (retry limit 2): \(tally); batches read again \(worker.statistics.batchRedos)")
        #expect(tally.lost == 0)
        // Each refused commit gives its batch up (a rewind's commit may take one of the refusals
        // too); more of them than the retry limit would have stopped the worker before.
        #expect(worker.statistics.batchRedos > 2, "refused commits gave batches up: \(worker.statistics.batchRedos)")
        let recorded = waits.all
        #expect(recorded.count == worker.statistics.batchRedos, "one wait per given-up batch: \(recorded)")
        #expect(recorded.allSatisfy { $0 >= .milliseconds(50) }, "each wait at least 50 ms: \(recorded)")
    }

    @Test func fencedProducerIsReplacedAndNothingIsLostOrDuplicated() async throws {
        let corpus = await Corpus.shared.value
        let inputs = corpus.prefix(800)
        let harness = try Harness(partitions: 2)
        try await harness.produce(inputs)
        let worker = harness.worker("a", delivery: .exactlyOnce)
        let task = Task { try await worker.run() }
        try await waitUntil("the first batch committed") { worker.statistics.batchesCommitted >= 1 }
        harness.cluster.pushRequestErrors(.endTransaction, [.producerFenced])
        try await harness.waitUntilAllCommitted()
        worker.stop()
        try await task.value
        let tally = try await self.tally(harness, inputs, delivery: .exactlyOnce)
        print("exactly-once, producer fenced once: \(tally); producer restarts \(worker.statistics.producerRestarts), aborts \(worker.statistics.transactionAborts)")
        #expect(worker.statistics.producerRestarts == 1)
        #expect(PrometheusText.sample(worker.metrics.render(), "newswatch_producer_restarts_total") == 1)
        #expect(tally.lost == 0)
        #expect(tally.duplicated == 0)
        try await expectOffsetsAtTheEnd(harness)
    }

    @Test func producerThatKeepsFailingStopsTheWorkerWithAClearError() async throws {
        let corpus = await Corpus.shared.value
        let harness = try Harness(partitions: 1)
        try await harness.produce(corpus.prefix(200))
        let worker = harness.worker("a", delivery: .exactlyOnce) { $0.maxProducerRestarts = 1 }
        harness.cluster.pushRequestErrors(.endTransaction, [KafkaErrorCode](repeating: .producerFenced, count: 20))
        do {
            try await worker.run()
            Issue.record("the worker should have stopped")
        } catch let error as WorkerError {
            guard case .producerKeepsFailing(let restarts, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(restarts == 1)
            #expect(!"\(error)".contains("\n"))
        }
        #expect(worker.statistics.messagesIn == 0, "nothing was committed")
        let committed = try await harness.committedOffsets()
        #expect(committed.values.allSatisfy { $0 == 0 }, "no offset moved: \(committed)")
        harness.cluster.clearRequestErrors(.endTransaction)
    }
}
