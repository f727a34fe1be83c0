import Kafka
import Testing

extension KafkaSuite {
    /// Broker outages and injected request errors, as librdkafka documents their handling.
    @Suite struct Faults {
        @Test func messagesProducedWhileTheLeaderIsDownArriveOnceWhenItReturns() async throws {
            let cluster = try EmbeddedCluster(brokers: 3)
            try cluster.createTopic("outage", partitions: 1, replicationFactor: 3)
            try cluster.setLeader("outage", partition: 0, broker: 1)
            let producer = try Fixture.producer(cluster)
            var receipts: [DeliveryReceipt] = []
            for index in 0..<200 {
                receipts.append(try await producer.enqueue(ProducerMessage(topic: "outage", value: Fixture.bytes("\(index)"))))
            }
            try cluster.setBrokerDown(1)
            for index in 200..<400 {
                receipts.append(try await producer.enqueue(ProducerMessage(topic: "outage", value: Fixture.bytes("\(index)"))))
            }
            try await Task.sleep(for: .seconds(1))
            try cluster.setBrokerUp(1)
            var offsets: [Int64] = []
            for receipt in receipts { offsets.append(try await receipt.report.offset) }
            try await producer.close()
            #expect(offsets == Array(0..<400), "idempotent retries keep order and leave no gaps or duplicates")

            let consumer = try Fixture.consumer(cluster)
            try await consumer.assign([TopicPartitionOffset("outage", 0, offset: 0)])
            let received = try await Fixture.consume(consumer, count: 400)
            let watermarks = try await consumer.watermarks(TopicPartition("outage", 0))
            try await consumer.close()
            #expect(received.compactMap(\.value).map { String(decoding: $0, as: UTF8.self) } == (0..<400).map(String.init))
            #expect(watermarks.high == 400, "no message was stored twice")
        }

        @Test func retriableProduceErrorsAreRetriedTransparently() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("retried", partitions: 1)
            let producer = try Fixture.producer(cluster)
            _ = try await producer.send(ProducerMessage(topic: "retried", value: [0]))
            cluster.pushRequestErrors(.produce, [.notEnoughReplicas, .requestTimedOut, .notLeaderForPartition])
            let report = try await producer.send(ProducerMessage(topic: "retried", value: [1]))
            try await producer.close()
            #expect(report.offset == 1)

            let consumer = try Fixture.consumer(cluster)
            let watermarks = try await consumer.watermarks(TopicPartition("retried", 0))
            try await consumer.close()
            #expect(watermarks.high == 2, "the retried message is stored once")
        }

        @Test func preparingTopicsWaitsForTheClusterAndFailsRetriablyWhileItIsDown() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("prepared", partitions: 2)
            let producer = try Fixture.producer(cluster)
            try await producer.prepare(topics: ["prepared"])
            let report = try await producer.send(ProducerMessage(topic: "prepared", partition: 1, value: [1]))
            #expect(report.partition == 1 && report.offset == 0)

            try cluster.setBrokerDown(1)
            let error = await #expect(throws: KafkaError.self) {
                try await producer.prepare(topics: ["never-seen"], timeout: .milliseconds(500))
            }
            #expect(error?.isRetriable == true)
            try cluster.setBrokerUp(1)
            try await producer.close()
        }

        @Test(arguments: [KafkaErrorCode.messageSizeTooLarge, .topicAuthorizationFailed, .invalidRecord])
        func nonRetriableProduceErrorsFailTheDeliveryWithTheirCode(code: KafkaErrorCode) async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("refused", partitions: 1)
            let producer = try Fixture.producer(cluster)
            _ = try await producer.send(ProducerMessage(topic: "refused", value: [0]))
            cluster.pushRequestErrors(.produce, [code])
            let error = await #expect(throws: KafkaError.self) {
                try await producer.send(ProducerMessage(topic: "refused", value: [1]))
            }
            try await producer.close()
            #expect(error?.code == code)
            #expect(error?.isRetriable == false)
        }

        /// A coordinator that is still loading makes librdkafka retry the commit; a refusal
        /// fails ``Consumer/commit(_:)`` with the broker's code.
        @Test func offsetCommitErrorsAreRetriedOrSurfaceWithTheirCode() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            let consumer = try await Fixture.consumerThatRead(cluster, "commits", count: 3)
            let partition = TopicPartition("commits", 0)

            cluster.pushRequestErrors(.offsetCommit, [.coordinatorLoadInProgress])
            try await consumer.commit([TopicPartitionOffset("commits", 0, offset: 2)])
            #expect(try await consumer.committed([partition]) == [partition: 2])

            cluster.pushRequestErrors(.offsetCommit, [.groupAuthorizationFailed])
            let error = await #expect(throws: KafkaError.self) {
                try await consumer.commit([TopicPartitionOffset("commits", 0, offset: 3)])
            }
            #expect(error?.code == .groupAuthorizationFailed, "\(String(describing: error))")
            #expect(try await consumer.committed([partition]) == [partition: 2])
            try await consumer.close()
        }
    }
}
