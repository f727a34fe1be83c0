import Kafka
import Testing

extension KafkaSuite {
    @Suite struct ProducerSettings {
        /// The local queue is bounded by default (librdkafka alone allows 1 GiB) and the bound
        /// reaches librdkafka in kilobytes; a pass-through property comes after it, so it wins.
        @Test func queuedBytesAreBoundedAndPassedInKilobytes() throws {
            var kafka = try KafkaConfig(bootstrapServers: ["127.0.0.1:1"])
            var config = ProducerConfig(kafka: kafka)
            #expect(config.maxQueuedBytes == 64 << 20)
            #expect(config.description.contains("queue.buffering.max.kbytes=65536"), "\(config)")
            config.maxQueuedBytes = 2 << 20
            #expect(config.description.contains("queue.buffering.max.kbytes=2048"), "\(config)")
            _ = try Producer(config: config, logger: Fixture.logger)

            try kafka.set("4096", forKey: "queue.buffering.max.kbytes")
            config.kafka = kafka
            let description = config.description
            let typed = try #require(description.range(of: "queue.buffering.max.kbytes=2048"))
            let passedThrough = try #require(description.range(of: "queue.buffering.max.kbytes=4096"))
            #expect(typed.lowerBound < passedThrough.lowerBound, "\(config)")
        }
    }
}
