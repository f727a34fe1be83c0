import Kafka
import Testing

extension KafkaSuite {
    /// Manual assignment from the logical offsets, which ``Consumer/assign(_:lookupTimeout:)``
    /// resolves before assigning.
    @Suite struct Assign {
        static let beginning: Int64 = -2
        static let end: Int64 = -1

        /// Beginning reads every stored message; end skips them and reads only what comes after,
        /// on each of several partitions.
        @Test func beginningReadsEverythingAndEndOnlyWhatFollows() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("assigned", partitions: 3)
            let producer = try Fixture.producer(cluster)
            for index in 0..<9 {
                _ = try await producer.send(ProducerMessage(topic: "assigned", partition: Int32(index % 3), value: Fixture.bytes("old-\(index)")))
            }

            let fromStart = try Fixture.consumer(cluster)
            try await fromStart.assign((0..<3).map { TopicPartitionOffset("assigned", $0, offset: Self.beginning) })
            let all = try await Fixture.consume(fromStart, count: 9)
            let fromEnd = try Fixture.consumer(cluster)
            try await fromEnd.assign((0..<3).map { TopicPartitionOffset("assigned", $0, offset: Self.end) })
            // Nothing old arrives, whatever the wait.
            let early = try await Fixture.drain(fromEnd, for: .milliseconds(500))

            for index in 0..<6 {
                _ = try await producer.send(ProducerMessage(topic: "assigned", partition: Int32(index % 3), value: Fixture.bytes("new-\(index)")))
            }
            try await producer.close()
            let later = try await Fixture.consume(fromEnd, count: 6)
            // Reads for a while longer: anything beyond the six would show.
            let extra = try await Fixture.drain(fromEnd, for: .milliseconds(500))
            try await fromStart.close()
            try await fromEnd.close()

            let text = { (messages: [KafkaMessage]) in messages.compactMap(\.value).map { String(decoding: $0, as: UTF8.self) }.sorted() }
            #expect(text(all) == (0..<9).map { "old-\($0)" }.sorted())
            #expect(early.isEmpty)
            #expect(text(later + extra) == (0..<6).map { "new-\($0)" }.sorted())
        }
    }
}
