import Kafka
import Testing

extension KafkaSuite {
    /// Offsets for timestamps. librdkafka 2.0.2's mock answers every timestamp lookup with "no
    /// such offset" (pinned in ``EmbeddedClusterLimits``), so on the embedded cluster only the
    /// answers that are right for that reply can be checked: a time after the newest message,
    /// and the mapping of the reply into the API.
    @Suite struct OffsetsForTimes {
        static let base: Int64 = 1_700_000_000_000

        @Test func aTimeAfterTheNewestMessageHasNoOffsetAndCreateTimesRoundTrip() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("times", partitions: 2)
            let producer = try Fixture.producer(cluster)
            for index in 0..<10 {
                _ = try await producer.send(ProducerMessage(topic: "times", partition: Int32(index % 2), value: [UInt8(index)], timestamp: Self.base + Int64(index) * 1000))
            }
            try await producer.close()
            let consumer = try Fixture.consumer(cluster)
            let after = Self.base + 60_000
            let found = try await consumer.offsetsForTimes([TopicPartition("times", 0): after, TopicPartition("times", 1): after])
            #expect(found == [TopicPartition("times", 0): nil, TopicPartition("times", 1): nil])

            try await consumer.assign([TopicPartitionOffset("times", 0, offset: 0), TopicPartitionOffset("times", 1, offset: 0)])
            let received = try await Fixture.consume(consumer, count: 10)
            try await consumer.close()
            let times = received.sorted { $0.value![0] < $1.value![0] }.map(\.timestamp)
            #expect(times == (0..<10).map { KafkaTimestamp(milliseconds: Self.base + Int64($0) * 1000, kind: .createTime) })
        }

        @Test func anUnknownPartitionIsAnError() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("times", partitions: 1)
            let consumer = try Fixture.consumer(cluster)
            let error = await #expect(throws: KafkaError.self) {
                try await consumer.offsetsForTimes([TopicPartition("times", 7): Self.base], timeout: .seconds(5))
            }
            try await consumer.close()
            #expect(error?.code == .unknownPartition, "\(String(describing: error))")
        }
    }
}
