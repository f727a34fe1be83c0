import Kafka
import Testing

extension KafkaSuite {
    /// The Swift layer and `kcat` (librdkafka's command-line client) read each other's
    /// messages: key, headers and value.
    @Suite struct Interop {
        @Test func aMessageProducedByKcatIsConsumedBySwift() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("from-kcat", partitions: 1)
            let result = try await Subprocess.run(
                ["kcat", "-b", cluster.bootstrapServers, "-P", "-t", "from-kcat", "-k", "kcat-key", "-H", "origin=kcat", "-H", "trace=42"],
                input: "hello from kcat\n"
            )
            #expect(result.status == 0, "kcat: \(result.errors)")

            let consumer = try Fixture.consumer(cluster)
            try consumer.subscribe(["from-kcat"])
            let received = try await Fixture.consume(consumer, count: 1)
            try await consumer.close()
            let message = try #require(received.first)
            #expect(received.count == 1)
            #expect(message.key == Fixture.bytes("kcat-key"))
            #expect(message.value == Fixture.bytes("hello from kcat"))
            #expect(message.headers == [KafkaHeader("origin", "kcat"), KafkaHeader("trace", "42")])
        }

        @Test func aMessageProducedBySwiftIsConsumedByKcat() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("from-swift", partitions: 1)
            let producer = try Fixture.producer(cluster)
            _ = try await producer.send(ProducerMessage(
                topic: "from-swift", key: Fixture.bytes("swift-key"), value: Fixture.bytes("hello from swift"),
                headers: [KafkaHeader("origin", "swift"), KafkaHeader("trace", "7")]
            ))
            try await producer.close()

            let result = try await Subprocess.run(["kcat", "-b", cluster.bootstrapServers, "-C", "-t", "from-swift", "-o", "beginning", "-e", "-q", "-f", "%k|%h|%s\n"])
            #expect(result.status == 0, "kcat: \(result.errors)")
            #expect(result.output == "swift-key|origin=swift,trace=7|hello from swift\n")
        }
    }
}

