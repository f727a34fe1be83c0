import Kafka
import Testing

extension KafkaSuite {
    @Suite struct RoundTrip {
        @Test func tenThousandMessagesWithKeysAndHeadersThroughThreeBrokers() async throws {
            let cluster = try EmbeddedCluster(brokers: 3)
            try cluster.createTopic("round-trip", partitions: 6, replicationFactor: 3)
            let producer = try Fixture.producer(cluster)
            var sent: [String: ProducerMessage] = [:]
            var receipts: [DeliveryReceipt] = []
            for index in 0..<10_000 {
                let key = Fixture.bytes("key-\(index % 97)")
                var value = Fixture.bytes("message-\(index)-")
                value += (0..<(index % 200)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) }
                let message = ProducerMessage(
                    topic: "round-trip", key: key, value: value,
                    headers: [KafkaHeader("index", "\(index)"), KafkaHeader("binary", [0, 255, UInt8(index % 256)]), KafkaHeader("empty", nil)]
                )
                sent["\(index)"] = message
                receipts.append(try await producer.enqueue(message))
            }
            var reportedOffsets = Set<String>()
            for receipt in receipts {
                let report = try await receipt.report
                reportedOffsets.insert("\(report.partition)/\(report.offset)")
            }
            #expect(reportedOffsets.count == 10_000)
            try await producer.close()

            let consumer = try Fixture.consumer(cluster)
            try consumer.subscribe(["round-trip"])
            let received = try await Fixture.consume(consumer, count: 10_000, timeout: .seconds(60))
            try await consumer.close()

            #expect(received.count == 10_000)
            var seen = Set<String>()
            for message in received {
                let index = String(decoding: try #require(message.header("index")), as: UTF8.self)
                let original = try #require(sent[index])
                #expect(seen.insert(index).inserted)
                #expect(message.key == original.key)
                #expect(message.value == original.value)
                #expect(message.headers == original.headers)
                #expect(message.timestamp != nil)
                #expect(reportedOffsets.contains("\(message.partition)/\(message.offset)"))
            }
            #expect(seen.count == 10_000)
        }

        @Test func emptyAndMissingKeysAndValuesStayDistinct() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("nil-vs-empty", partitions: 1)
            let producer = try Fixture.producer(cluster)
            _ = try await producer.send(ProducerMessage(topic: "nil-vs-empty", key: nil, value: nil))
            _ = try await producer.send(ProducerMessage(topic: "nil-vs-empty", key: [], value: []))
            let report = try await producer.send(ProducerMessage(topic: "nil-vs-empty", partition: 0, key: [1], value: [2], timestamp: 1_500_000_000_000))
            #expect(report.offset == 2)
            #expect(report.partition == 0)
            try await producer.close()

            let consumer = try Fixture.consumer(cluster)
            try consumer.subscribe(["nil-vs-empty"])
            let received = try await Fixture.consume(consumer, count: 3)
            try await consumer.close()
            try #require(received.count == 3)
            #expect(received[0].key == nil && received[0].value == nil)
            #expect(received[1].key == [] && received[1].value == [])
            #expect(received[2].key == [1] && received[2].value == [2])
            #expect(received[2].timestamp == KafkaTimestamp(milliseconds: 1_500_000_000_000, kind: .createTime))
        }
    }
}
