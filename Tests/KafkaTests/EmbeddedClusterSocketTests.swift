@testable import Kafka
import Testing

extension KafkaSuite {
    /// The embedded brokers' connections behave like a Kafka broker's: Nagle's algorithm off.
    /// With it on, the last small response of a burst waited for the client's delayed ACK
    /// (~40 ms), which made every worker transaction ~50 ms long (BENCHMARKS.md).
    @Suite struct EmbeddedClusterSockets {
        @Test func acceptedConnectionsHaveNagleOff() async throws {
            let cluster = try EmbeddedCluster(brokers: 2)
            try cluster.createTopic("sockets", partitions: 2)
            try cluster.setLeader("sockets", partition: 0, broker: 1)
            try cluster.setLeader("sockets", partition: 1, broker: 2)
            let producer = try Fixture.producer(cluster)
            for partition in Int32(0)..<2 {
                _ = try await producer.send(ProducerMessage(topic: "sockets", partition: partition, value: [1]))
            }
            let accepted = LoopbackSockets.descriptors(boundTo: LoopbackSockets.ports(ofBootstrapServers: cluster.bootstrapServers), listening: false)
            let nagleOff = accepted.filter(LoopbackSockets.hasNagleDisabled)
            try await producer.close()
            #expect(accepted.count >= 2, "the producer talks to both partition leaders")
            #expect(nagleOff == accepted)
        }

        @Test func connectionsAfterABrokerRestartHaveNagleOff() async throws {
            let cluster = try EmbeddedCluster(brokers: 1)
            try cluster.createTopic("sockets", partitions: 1)
            try cluster.setBrokerDown(1)
            try cluster.setBrokerUp(1)
            let producer = try Fixture.producer(cluster)
            _ = try await producer.send(ProducerMessage(topic: "sockets", value: [1]))
            let accepted = LoopbackSockets.descriptors(boundTo: LoopbackSockets.ports(ofBootstrapServers: cluster.bootstrapServers), listening: false)
            let nagleOff = accepted.filter(LoopbackSockets.hasNagleDisabled)
            try await producer.close()
            #expect(!accepted.isEmpty)
            #expect(nagleOff == accepted)
        }
    }
}
