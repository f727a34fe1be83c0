import Kafka
import Testing

extension KafkaSuite {
    @Suite struct BadInput {
        @Test func anUnknownPropertyFailsAtConstructionNamingTheKey() throws {
            let error = #expect(throws: KafkaError.self) {
                _ = try KafkaConfig(bootstrapServers: ["127.0.0.1:9092"], properties: ["no.such.property": "1"])
            }
            let (key, reason) = try #require(invalidProperty(error))
            #expect(key == "no.such.property")
            #expect(reason.contains("no.such.property"))
            #expect(error?.description.contains("no.such.property") == true)
        }

        @Test func anInvalidValueFailsNamingTheKey() throws {
            var kafka = try KafkaConfig(bootstrapServers: ["127.0.0.1:9092"])
            let error = #expect(throws: KafkaError.self) { try kafka.set("soon", forKey: "linger.ms") }
            let (key, reason) = try #require(invalidProperty(error))
            #expect(key == "linger.ms")
            // librdkafka names the canonical property (`queue.buffering.max.ms` for this alias).
            #expect(reason.contains("Invalid value"))
            #expect(error?.description.contains("\"linger.ms\"") == true)
            #expect(kafka.properties["linger.ms"] == nil)
        }

        @Test(.timeLimit(.minutes(1)))
        func anUnreachableBootstrapFailsWithinTheGivenTimeout() async throws {
            let kafka = try KafkaConfig(bootstrapServers: ["127.0.0.1:1"])
            let admin = try Admin(config: AdminConfig(kafka: kafka), logger: Fixture.logger)
            let metadataError = await #expect(throws: KafkaError.self) { try await admin.metadata(timeout: .seconds(2)) }
            #expect(metadataError?.isRetriable == true, "\(String(describing: metadataError))")

            var config = ProducerConfig(kafka: kafka)
            config.messageTimeout = .seconds(2)
            let producer = try Producer(config: config, logger: Fixture.logger)
            let sendError = await #expect(throws: KafkaError.self) {
                try await producer.send(ProducerMessage(topic: "anything", value: [1]))
            }
            #expect(sendError?.code == .messageTimedOut, "\(String(describing: sendError))")
            try await producer.close(timeout: .seconds(1))
        }

        /// A consumer does not hang either: polls return empty and the connection failures
        /// arrive on ``Consumer/events`` as retriable errors.
        @Test(.timeLimit(.minutes(1)))
        func aConsumerOfAnUnreachableBootstrapReportsErrorsOnItsEvents() async throws {
            let consumer = try Consumer(config: ConsumerConfig(kafka: try KafkaConfig(bootstrapServers: ["127.0.0.1:1"]), groupID: "unreachable"), logger: Fixture.logger)
            try consumer.subscribe(["anything"])
            let errors = Shared<[KafkaError]>([])
            let collector = Task {
                for await event in consumer.events {
                    if case .error(let error) = event { errors.update { $0.append(error) } }
                }
            }
            var received: [KafkaMessage] = []
            for _ in 0..<40 where errors.value.isEmpty {
                received += try await consumer.poll(timeout: .milliseconds(500))
            }
            try await consumer.close()
            await collector.value
            #expect(received.isEmpty)
            #expect(!errors.value.isEmpty && errors.value.allSatisfy(\.isRetriable), "\(errors.value)")
        }

        /// A broker with `auto.create.topics.enable=false` answers Metadata for a missing topic
        /// with UNKNOWN_TOPIC_OR_PART (the mock creates topics on request, so the test makes it
        /// answer that way); the delivery fails with that code once librdkafka stops waiting for
        /// the topic to appear (`topic.metadata.propagation.max.ms`).
        @Test func producingToATopicTheBrokerDoesNotHaveFails() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            cluster.setTopicError("missing", .unknownTopicOrPartition)
            let producer = try Fixture.producer(cluster) {
                try $0.kafka.set("false", forKey: "allow.auto.create.topics")
                try $0.kafka.set("1000", forKey: "topic.metadata.propagation.max.ms")
            }
            let error = await #expect(throws: KafkaError.self) {
                try await producer.send(ProducerMessage(topic: "missing", value: [1]))
            }
            try await producer.close()
            #expect([KafkaErrorCode.unknownTopicOrPartition, .unknownTopic].contains(error?.code), "\(String(describing: error))")

            let admin = try Admin(config: AdminConfig(kafka: try Fixture.kafka(cluster)), logger: Fixture.logger)
            let described = try await admin.describeTopics(["missing"])
            #expect(described.map(\.error) == [.unknownTopicOrPartition])
        }

        /// The key and reason of an ``KafkaError/invalidConfiguration(key:reason:)``.
        private func invalidProperty(_ error: KafkaError?) -> (key: String, reason: String)? {
            if case .invalidConfiguration(let key, let reason) = error { (key, reason) } else { nil }
        }
    }
}
