import Extraction
import Foundation
import Kafka
import Logging
import Testing
@testable import Worker

/// `newswatch replay` on the embedded cluster: same ids as the live run, the live group left
/// alone, ends fixed at start, resumable with a group, prefixed outputs.
@Suite(.serialized) struct ReplayTests {
    @Test func replayOfATimeWindowYieldsTheLiveRunsIDsAndLeavesTheLiveGroupAlone() async throws {
        let fixture = try ReplayTailFixture()
        let topics = fixture.topics
        let corpus = ReplayTailFixture.articles(60)
        let before = Array(corpus[0..<20]), after = Array(corpus[40..<60])
        let window = Array(corpus[20..<40]) + (try ReplayTailFixture.seedArticles()) + [Array("{\"id\": \"broken\"".utf8)]
        try await fixture.produce(before, to: topics.articles, keyPrefix: "a", timestamp: 1_000_000)
        try await fixture.produce(window, to: topics.articles, keyPrefix: "b", timestamp: 2_000_000)
        try await fixture.produce(after, to: topics.articles, keyPrefix: "c", timestamp: 3_000_000)
        let total = before.count + window.count + after.count

        // At-least-once, because the embedded cluster does not keep offsets committed in
        // transactions and the test compares the live group's offsets before and after.
        let live = try await fixture.runLiveWorker(until: total, delivery: .atLeastOnce)
        #expect(live.messagesIn == total)
        let liveAlerts = try await fixture.readAll([topics.operations, topics.schedules])
        let liveIDs = Set(liveAlerts.map { ReplayTailFixture.ceID($0.headers) })
        let liveCommitted = try await fixture.committed(group: "newswatch")
        #expect(liveCommitted.values.reduce(0, +) == Int64(total))
        let liveEnds = try await fixture.highWatermarks([topics.operations, topics.schedules, topics.deadLetters])

        let prefix = "replay."
        let configuration = fixture.replayConfiguration(from: .time(milliseconds: 2_000_000), to: .time(milliseconds: 3_000_000), prefix: prefix, id: "replay-window")
        await #expect(throws: ReplayError.self, "the embedded cluster cannot create topics, so missing prefixed topics are a clear error") {
            _ = try await Replay(configuration: configuration, logger: fixture.logger).run()
        }
        try fixture.createPrefixedTopics(prefix)
        let progress = try await Replay(configuration: configuration, logger: fixture.logger).run()

        #expect(progress.statistics.messagesIn == window.count)
        #expect(progress.statistics.deadLetters == 1)
        #expect(progress.covered == progress.total)
        let replayed = try await fixture.readAll([prefix + topics.operations, prefix + topics.schedules])
        let replayedIDs = replayed.map { ReplayTailFixture.ceID($0.headers) }
        let expected = fixture.expectedAlertIDs(window)
        #expect(expected.count > 10, "the window has alerts to compare: \(expected.count)")
        let (same, difference) = ReplayTailFixture.sameIDs(replayedIDs, expected)
        #expect(same, difference)
        #expect(Set(replayedIDs).isSubset(of: liveIDs), "every replayed alert id is one the live run published")
        let letters = try await fixture.readAll([prefix + topics.deadLetters])
        #expect(letters.map(\.value) == [Array("{\"id\": \"broken\"".utf8)])

        #expect(try await fixture.committed(group: "newswatch") == liveCommitted, "the live group's offsets did not move")
        #expect(try await fixture.highWatermarks([topics.operations, topics.schedules, topics.deadLetters]) == liveEnds, "nothing was written to the live topics")
    }

    @Test func replayStopsAtTheEndFixedAtStartWhileNewInputArrives() async throws {
        let fixture = try ReplayTailFixture()
        let topics = fixture.topics
        let corpus = ReplayTailFixture.articles(150)
        let first = Array(corpus[0..<100]), later = Array(corpus[100...])
        try await fixture.produce(first, to: topics.articles)

        let replay = Replay(configuration: fixture.replayConfiguration(from: .offset(0), id: "replay-fixed-end"), logger: fixture.logger)
        let running = Task { try await replay.run() }
        while replay.progress == nil { try await Task.sleep(for: .milliseconds(5)) }
        try await fixture.produce(later, to: topics.articles, keyPrefix: "later")
        let progress = try await running.value

        #expect(progress.total == Int64(first.count), "the end was fixed before the later input arrived")
        #expect(progress.statistics.messagesIn == first.count)
        #expect(try await fixture.highWatermarks([topics.articles]).values.reduce(0, +) == Int64(corpus.count))
        let (same, difference) = try await fixture.published(on: [topics.operations, topics.schedules], matches: first)
        #expect(same, difference)
    }

    @Test func replayWithAGroupCommitsInItsTransactionsAndResumesFromTheGroup() async throws {
        let fixture = try ReplayTailFixture()
        let topics = fixture.topics
        let corpus = ReplayTailFixture.articles(120)
        try await fixture.produce(corpus, to: topics.articles)
        let input = try await fixture.readAll([topics.articles])
        #expect(input.count == corpus.count)

        // Offsets go into the transactions only with a group: a failing offset commit inside the
        // transaction aborts and redoes the batch with one, and is never reached without one.
        try fixture.createPrefixedTopics("nogroup.")
        fixture.cluster.pushRequestErrors(.transactionOffsetCommit, [.topicAuthorizationFailed])
        let withoutGroup = try await Replay(configuration: fixture.replayConfiguration(from: .offset(0), to: .offset(5), prefix: "nogroup.", id: "replay-nogroup"), logger: fixture.logger).run()
        #expect(withoutGroup.statistics.transactionAborts == 0)
        fixture.cluster.clearRequestErrors(.transactionOffsetCommit)
        try fixture.createPrefixedTopics("group.")
        fixture.cluster.pushRequestErrors(.transactionOffsetCommit, [.topicAuthorizationFailed])
        let withGroup = try await Replay(configuration: fixture.replayConfiguration(from: .offset(0), to: .offset(5), prefix: "group.", group: "offsets", id: "replay-group"), logger: fixture.logger).run()
        #expect(withGroup.statistics.transactionAborts == 1, "the batch's offsets were part of its transaction")
        let early = input.filter { $0.offset < 5 }.map(\.value).compactMap { $0 }
        let (sameEarly, earlyDifference) = try await fixture.published(on: ["group." + topics.operations, "group." + topics.schedules], matches: early)
        #expect(sameEarly, "the redone batch is published once: \(earlyDifference)")

        // A rerun resumes from the group's committed offsets (stored here with a plain commit:
        // the embedded cluster does not keep offsets committed in transactions).
        try await fixture.commit(group: "backfill", offset: 15)
        let resumed = try await Replay(configuration: fixture.replayConfiguration(from: .offset(0), group: "backfill", id: "replay-resume"), logger: fixture.logger).run()
        #expect(resumed.ranges.allSatisfy { $0.start == 15 }, "the rerun starts at the group's committed offsets: \(resumed.ranges)")
        let rest = input.filter { $0.offset >= 15 }.map(\.value).compactMap { $0 }
        #expect(resumed.statistics.messagesIn == rest.count)
        let (same, difference) = try await fixture.published(on: [topics.operations, topics.schedules], matches: rest)
        #expect(same, difference)
    }

    @Test func aStoppedReplayPublishesExactlyWhatItCovered() async throws {
        let fixture = try ReplayTailFixture()
        let topics = fixture.topics
        try await fixture.produce(ReplayTailFixture.articles(120), to: topics.articles)
        let input = try await fixture.readAll([topics.articles])

        let replay = Replay(configuration: fixture.replayConfiguration(from: .offset(0), id: "replay-stop"), logger: fixture.logger)
        let running = Task { try await replay.run() }
        while (replay.progress?.statistics.batchesCommitted ?? 0) < 1 { try await Task.sleep(for: .milliseconds(1)) }
        replay.stop()
        let stopped = try await running.value
        print("replay stopped at \(stopped.covered)/\(stopped.total) offsets after \(stopped.statistics.batchesCommitted) transaction(s)")

        let covered = input.filter { $0.offset < stopped.next[$0.topicPartition] ?? 0 }
        #expect(covered.count == stopped.statistics.messagesIn)
        let (same, difference) = try await fixture.published(on: [topics.operations, topics.schedules], matches: covered.compactMap(\.value))
        #expect(same, difference)
    }

    @Test func theConsumerReportsWherePartitionsEnd() async throws {
        let fixture = try ReplayTailFixture()
        try await fixture.produce(ReplayTailFixture.articles(12), to: fixture.topics.articles)
        let ends = try await fixture.highWatermarks([fixture.topics.articles])
        for reports in [true, false] {
            var config = ConsumerConfig(kafka: fixture.kafka, groupID: "ends-\(reports)")
            config.reportsPartitionEnds = reports
            let consumer = try Consumer(config: config, logger: fixture.logger)
            try await consumer.assign(ends.keys.map { TopicPartitionOffset($0.topic, $0.partition, offset: 0) })
            var read = 0
            let deadline = ContinuousClock.now + .seconds(30)
            while read < 12 || (reports && consumer.partitionEnds().count < ends.count), ContinuousClock.now < deadline {
                read += try await consumer.poll(maxMessages: 100, timeout: .milliseconds(100)).count
            }
            _ = try await consumer.poll(maxMessages: 100, timeout: .milliseconds(300))
            #expect(read == 12)
            #expect(consumer.partitionEnds() == (reports ? ends : [:]))
            try await consumer.close()
        }
    }

    @Test func fixedEndsFinishPartitionsAtTheirEnd() {
        let a = TopicPartition("t", 0), b = TopicPartition("t", 1), c = TopicPartition("t", 2)
        var ends = FixedEnds(ends: [a: 3, b: 10, c: 5], starts: [a: 0, b: 4, c: 5])
        #expect(ends.finished == [c], "a partition that starts at its end is finished at once")
        let batch = [0, 1].map { KafkaMessage(topic: "t", partition: 0, offset: $0, value: nil) }
            + [KafkaMessage(topic: "t", partition: 1, offset: 4, value: nil), KafkaMessage(topic: "t", partition: 1, offset: 12, value: nil)]
        #expect(ends.admit(batch).map(\.offset) == [0, 1, 4], "messages at or past the end are not admitted")
        #expect(ends.takeNewlyFinished() == [b], "a message past the end finishes its partition")
        #expect(ends.admit([KafkaMessage(topic: "t", partition: 0, offset: 2, value: nil)]).map(\.offset) == [2])
        #expect(ends.isComplete, "the message before the end finishes its partition")

        var markers = FixedEnds(ends: [a: 8], starts: [a: 0])
        _ = markers.admit([KafkaMessage(topic: "t", partition: 0, offset: 6, value: nil)])
        markers.observe(partitionEnds: [a: 7])
        #expect(!markers.isComplete)
        markers.observe(partitionEnds: [a: 8])
        #expect(markers.isComplete, "a reported partition end at the fixed end covers a trailing transaction marker")
    }

    @Test func progressReportsRateETAAndPartitions() {
        let a = TopicPartition("news.articles", 0), b = TopicPartition("news.articles", 1)
        var progress = ReplayProgress(ranges: [ReplayRange(b, start: 0, end: 100), ReplayRange(a, start: 50, end: 150)])
        progress.next[a] = 100
        progress.next[b] = 100
        progress.statistics.messagesIn = 150
        progress.elapsed = .seconds(30)
        #expect(progress.total == 200 && progress.covered == 150)
        #expect(progress.messagesPerSecond == 5)
        #expect(progress.eta == .seconds(10))
        let lines = progress.terminalLines(width: 100)
        #expect(lines[0].contains(" 75%") && lines[0].contains("150/200") && lines[0].contains("ETA 0:10"))
        #expect(lines[2].contains("news.articles/0  100/150") && lines[3].contains("news.articles/1  100/100") && lines[3].hasSuffix("done"))
        #expect(progress.terminalLines(width: 60).allSatisfy { $0.count < 60 }, "no line wraps on a narrow terminal")
        #expect(progress.terminalLines(width: 100, maxPartitionLines: 1).last == "  … 1 more partitions, 0 not finished")
        #expect(progress.logMetadata["positions"] == "news.articles/0@100/150,news.articles/1@100/100")
        #expect(progress.summary.hasPrefix("replayed 150 article(s) from 2 partition(s)"))
        #expect(ReplayProgress.clock(.seconds(3_725)) == "1:02:05")
    }

    @Test func positionsParse() {
        #expect(TopicPosition.parse(beginningEndOrTime: "beginning") == .beginning)
        #expect(TopicPosition.parse(beginningEndOrTime: "END") == .end)
        #expect(TopicPosition.parse(beginningEndOrTime: "2016-10-10T12:00:00Z") == .time(milliseconds: 1_476_100_800_000))
        #expect(TopicPosition.parse(beginningEndOrTime: "2016-10-10T14:00:00+02:00") == .time(milliseconds: 1_476_100_800_000))
        #expect(TopicPosition.parse(beginningEndOrTime: "yesterday") == nil)
        #expect(TopicPosition.parse(time: "2016-10-10") == nil)
    }
}
