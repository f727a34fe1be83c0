import Kafka
import Testing

extension KafkaSuite {
    /// What librdkafka 2.0.2's mock cluster does not do, pinned so the limits of what the
    /// embedded cluster can prove are explicit. When one of these fails, the mock gained the
    /// feature, and the corresponding broker-side behaviour can be asserted instead:
    /// read-committed hiding aborted messages, offsets committed with a transaction,
    /// offsets-for-times inside the data, and a broker that refuses to create topics.
    @Suite struct EmbeddedClusterLimits {
        @Test func noTransactionMarkersSoSentThenAbortedMessagesStayVisible() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            let producer = try await Fixture.transactionalProducer(cluster)
            try producer.beginTransaction()
            _ = try await producer.send(ProducerMessage(topic: "txn-out", value: Fixture.bytes("sent-then-aborted")))
            try await producer.abortTransaction()
            try await producer.close()

            let visible = try await Fixture.readPartition(cluster, "txn-out", count: 1, isolationLevel: .readCommitted)
            #expect(visible.map(\.value) == [Fixture.bytes("sent-then-aborted")])
        }

        @Test func offsetsSentWithATransactionAreNotStored() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            let input = try await Fixture.consumerThatRead(cluster, "txn-in", count: 5)

            let producer = try await Fixture.transactionalProducer(cluster)
            try producer.beginTransaction()
            try await producer.sendOffsetsToTransaction([TopicPartitionOffset("txn-in", 0, offset: 5)], group: input.groupMetadata())
            try await producer.commitTransaction()
            try await producer.close()
            #expect(try await input.committed([TopicPartition("txn-in", 0)]).isEmpty)
            try await input.close()
        }

        @Test func offsetsForTimesFindsNothingInsideTheData() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("times", partitions: 1)
            let producer = try Fixture.producer(cluster)
            for index in 0..<10 {
                _ = try await producer.send(ProducerMessage(topic: "times", value: [UInt8(index)], timestamp: OffsetsForTimes.base + Int64(index) * 1000))
            }
            try await producer.close()
            let consumer = try Fixture.consumer(cluster)
            let partition = TopicPartition("times", 0)
            let found = try await consumer.offsetsForTimes([partition: OffsetsForTimes.base + 3000])
            try await consumer.close()
            #expect(found == [partition: nil])
        }

        @Test func topicsAreCreatedOnRequestWhateverTheClientAllows() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            let producer = try Fixture.producer(cluster) { try $0.kafka.set("false", forKey: "allow.auto.create.topics") }
            let report = try await producer.send(ProducerMessage(topic: "never-created", value: [1]))
            try await producer.close()
            #expect(report.offset == 0)
        }
    }
}
