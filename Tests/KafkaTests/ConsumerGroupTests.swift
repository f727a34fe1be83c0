import Kafka
import Testing

extension KafkaSuite {
    /// A group of two members that grows to three: nothing is lost and every committed message is
    /// read exactly once, because each member commits what it processed before it polls again
    /// (rebalances are served only inside a poll) and new owners start at the committed offsets.
    ///
    /// The embedded coordinator refuses commits while the group rebalances (`REBALANCE_IN_PROGRESS`,
    /// as Kafka does while a rebalance completes). A member retries a refused commit after its
    /// next poll while it still owns the partition; if the poll gave the partition away, the
    /// uncommitted messages are read again by the new owner. The test allows exactly those
    /// re-reads and no others.
    @Suite struct ConsumerGroup {
        static let topic = "group"
        static let partitions = (0..<6).map { TopicPartition(topic, $0) }

        @Test(arguments: [AssignmentStrategy.cooperativeSticky, .range, .roundRobin])
        func everyMessageExactlyOnceAcrossARebalance(strategy: AssignmentStrategy) async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic(Self.topic, partitions: Self.partitions.count)
            let producer = try Fixture.producer(cluster)
            let group = Fixture.unique("group")

            let first = try GroupMember(cluster, group: group, strategy: strategy)
            let second = try GroupMember(cluster, group: group, strategy: strategy)
            try await waitUntil("the group of two owns every partition", [first, second]) { ownsAll([first, second]) }
            try await produce(producer, 0..<1500)
            try await waitUntil("two members read the first 1,500 messages and committed them", [first, second]) {
                Set((first.received + second.received).map(\.value)).count == 1500
                    && committedMessages([first, second]) == 1500
            }

            let ownedByTwo = [first.assignment, second.assignment]
            let revocationsByTwo = [first.revocations.count, second.revocations.count]
            let third = try GroupMember(cluster, group: group, strategy: strategy)
            let members = [first, second, third]
            try await waitUntil("the group of three owns every partition", members) { ownsAll(members) }
            try await produce(producer, 1500..<3000)
            try await producer.close()
            try await waitUntil("three members read all 3,000 messages and committed them", members) {
                Set(members.flatMap(\.received).map(\.value)).count == 3000
                    && committedMessages(members) == 3000
            }
            let ownedByThree = members.map(\.assignment)
            // What the first two members gave up when the third joined (closing revokes the rest).
            let revoked = zip([first, second], revocationsByTwo).map { member, earlier in
                Set(member.revocations.dropFirst(earlier).flatMap { $0 })
            }
            for member in members { try await member.stop() }

            let received = members.flatMap(\.received)
            let values = received.compactMap(\.value).map { String(decoding: $0, as: UTF8.self) }
            #expect(Set(values) == Set((0..<3000).map(String.init)), "nothing lost")
            #expect(third.received.count > 0)
            let readTwice = Dictionary(grouping: received) { MessagePosition(partition: $0.topicPartition, offset: $0.offset) }
                .filter { $0.value.count > 1 }.keys
            let abandoned = members.flatMap(\.abandoned)
            let unexplained = readTwice.filter { position in !abandoned.contains { $0.covers(position) } }
            #expect(unexplained.isEmpty, "read twice although committed before the rebalance: \(unexplained.sorted().prefix(10))")
            let refusals: Set<KafkaErrorCode> = [.rebalanceInProgress, .illegalGeneration, .unknownMemberID]
            let otherErrors = members.flatMap(\.commitErrors).filter { $0.code.map { !refusals.contains($0) } ?? true }
            #expect(otherErrors.isEmpty, "commit errors other than a rebalance's refusal: \(otherErrors)")

            let expected: RebalanceProtocol = strategy == .cooperativeSticky ? .cooperative : .eager
            #expect(members.flatMap(\.protocols).allSatisfy { $0 == expected })
            if expected == .cooperative {
                // Incremental: only the partitions that move to the new member are revoked.
                #expect(revoked[0].union(revoked[1]) == ownedByThree[2])
                #expect(revoked[0].isDisjoint(with: ownedByThree[0]) && revoked[1].isDisjoint(with: ownedByThree[1]))
            } else {
                // Eager: each member's whole assignment is revoked before the new one is given.
                #expect(revoked[0].isSuperset(of: ownedByTwo[0]) && revoked[1].isSuperset(of: ownedByTwo[1]))
            }
        }

        private func produce(_ producer: Producer, _ range: Range<Int>) async throws {
            var receipts: [DeliveryReceipt] = []
            for index in range {
                let message = ProducerMessage(topic: Self.topic, key: Fixture.bytes("key-\(index % 50)"), value: Fixture.bytes("\(index)"))
                receipts.append(try await producer.enqueue(message))
            }
            for receipt in receipts { _ = try await receipt.report }
        }

        /// The messages the group has committed: the sum over partitions of the highest committed
        /// next offset (partitions start at offset 0).
        private func committedMessages(_ members: [GroupMember]) -> Int64 {
            members.map(\.committed).reduce(into: [TopicPartition: Int64]()) { all, committed in
                all.merge(committed, uniquingKeysWith: max)
            }.values.reduce(0, +)
        }

        /// Every member owns at least one partition and together they own each exactly once.
        private func ownsAll(_ members: [GroupMember]) -> Bool {
            let owned = members.map(\.assignment)
            return owned.allSatisfy { !$0.isEmpty } && owned.map(\.count).reduce(0, +) == Self.partitions.count
                && Set(owned.flatMap { $0 }) == Set(Self.partitions)
        }

        private func waitUntil(_ what: String, _ members: [GroupMember], _ condition: () -> Bool) async throws {
            let deadline = ContinuousClock.now + .seconds(90)
            while !condition() {
                try #require(ContinuousClock.now < deadline, "not reached within 90 s: \(what); members: \(members.map(\.summary))")
                try await Task.sleep(for: .milliseconds(50))
            }
        }
    }
}

/// A message's place in its partition.
struct MessagePosition: Hashable, Comparable, CustomStringConvertible {
    var partition: TopicPartition
    var offset: Int64
    var description: String { "\(partition.partition)@\(offset)" }
    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.partition.partition, lhs.offset) < (rhs.partition.partition, rhs.offset) }
}

/// Messages a member read but could not commit before a rebalance gave their partition away.
struct AbandonedRange {
    var partition: TopicPartition
    var offsets: Range<Int64>
    func covers(_ position: MessagePosition) -> Bool {
        position.partition == partition && offsets.contains(position.offset)
    }
}

/// One group member: polls, records each batch, commits its offsets before polling again
/// (retrying a refused commit after the next poll while it still owns the partition), and tracks
/// its assignment from the rebalance events.
final class GroupMember: Sendable {
    private struct State {
        var received: [KafkaMessage] = []
        var committed: [TopicPartition: Int64] = [:]
        var commitErrors: [KafkaError] = []
        var abandoned: [AbandonedRange] = []
        var assignment: Set<TopicPartition> = []
        var revocations: [[TopicPartition]] = []
        var protocols: [RebalanceProtocol] = []
    }

    private let consumer: Consumer
    private let state = Shared(State())
    private let stopping = Shared(false)
    private let pollLoop: Task<Void, any Error>
    private let eventLoop: Task<Void, Never>

    init(_ cluster: EmbeddedCluster, group: String, strategy: AssignmentStrategy) throws {
        let consumer = try Fixture.consumer(cluster, group: group) {
            $0.assignmentStrategy = strategy
            // The mock coordinator waits up to the session timeout less 1 s for members to
            // rejoin, and members notice a rebalance at their next heartbeat: keep both short.
            $0.sessionTimeout = .seconds(6)
            try $0.kafka.set("500", forKey: "heartbeat.interval.ms")
        }
        try consumer.subscribe([KafkaSuite.ConsumerGroup.topic])
        self.consumer = consumer
        let state = self.state
        let stopping = self.stopping
        pollLoop = Task {
            // Offsets read but not yet committed, per partition.
            var pending: [TopicPartition: Range<Int64>] = [:]
            while !stopping.value {
                let batch = try await consumer.poll(maxMessages: 50, timeout: .milliseconds(200))
                state.update { $0.received += batch }
                for message in batch {
                    let start = pending[message.topicPartition]?.lowerBound ?? message.offset
                    pending[message.topicPartition] = start..<(message.offset + 1)
                }
                let owned = Set(try consumer.assignment())
                for (partition, offsets) in pending where !owned.contains(partition) {
                    state.update { $0.abandoned.append(AbandonedRange(partition: partition, offsets: offsets)) }
                    pending[partition] = nil
                }
                guard !pending.isEmpty else { continue }
                let offsets = pending.map { TopicPartitionOffset($0.key.topic, $0.key.partition, offset: $0.value.upperBound) }
                do {
                    try await consumer.commit(offsets)
                    state.update { state in
                        for offset in offsets { state.committed[offset.topicPartition] = offset.offset }
                    }
                    pending = [:]
                } catch let error as KafkaError {
                    state.update { $0.commitErrors.append(error) }
                }
            }
        }
        eventLoop = Task {
            for await event in consumer.events {
                guard case .rebalance(let rebalance) = event else { continue }
                state.update { state in
                    switch rebalance {
                    case .assigned(let partitions, let rebalanceProtocol):
                        state.protocols.append(rebalanceProtocol)
                        state.assignment.formUnion(partitions)
                    case .revoked(let partitions, let rebalanceProtocol, _):
                        state.protocols.append(rebalanceProtocol)
                        state.revocations.append(partitions)
                        state.assignment.subtract(partitions)
                    }
                }
            }
        }
    }

    var received: [KafkaMessage] { state.value.received }
    /// The next offsets this member committed, per partition.
    var committed: [TopicPartition: Int64] { state.value.committed }
    var commitErrors: [KafkaError] { state.value.commitErrors }
    /// What this member read but gave away uncommitted.
    var abandoned: [AbandonedRange] { state.value.abandoned }
    var assignment: Set<TopicPartition> { state.value.assignment }
    var revocations: [[TopicPartition]] { state.value.revocations }
    var protocols: [RebalanceProtocol] { state.value.protocols }
    var summary: String {
        let state = state.value
        let errors = Set(state.commitErrors.compactMap { $0.code?.name }).sorted()
        return "owns \(state.assignment.map(\.partition).sorted()), read \(state.received.count), revoked \(state.revocations.map { $0.map(\.partition) }), commit errors \(state.commitErrors.count) \(errors), abandoned \(state.abandoned.count)"
    }

    /// Stops polling, then leaves the group.
    func stop() async throws {
        stopping.update { $0 = true }
        try await pollLoop.value
        try await consumer.close()
        await eventLoop.value
    }
}
