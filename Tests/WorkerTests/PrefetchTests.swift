import Kafka
import Testing
@testable import Worker

/// The worker's prefetch limit, `WorkerConfiguration.maxInFlight` (`queued.min.messages`).
///
/// librdkafka documents that limit per partition, but its group consumer forwards every
/// partition's messages into one queue and stops fetching every partition once that queue holds
/// the limit. A limit of 1,000 therefore let a worker with a backlog over many partitions hold
/// only about two batches ahead, and it idled while the fetcher slept (docs/WORKER.md).
@Suite(.serialized) struct PrefetchTests {
    static let partitions = 12
    static let messagesPerPartition = 1_000
    /// The producer's largest message set. The embedded broker answers a fetch with one message
    /// set per partition, so the consumer's queue grows by at most `partitions × 100` messages a
    /// fetch, and stops within one fetch of its limit.
    static let messagesPerSet = 100

    @Test func theDefaultPrefetchHoldsSeveralBatchesOfABacklogOverManyPartitions() async throws {
        let harness = try Harness(partitions: Self.partitions)
        var kafka = harness.kafka
        try kafka.set(String(Self.messagesPerSet), forKey: "batch.num.messages")
        let producer = try Producer(config: ProducerConfig(kafka: kafka), logger: harness.logger)
        for index in 0..<(Self.partitions * Self.messagesPerPartition) {
            _ = try await producer.enqueue(ProducerMessage(
                topic: harness.topics.articles, partition: Int32(index % Self.partitions), value: Array("backlog message \(index)".utf8)))
        }
        try await producer.close()

        let configuration = WorkerConfiguration(kafka: harness.kafka, transactionalID: "test-prefetch", topics: harness.topics, parallelism: 1)
        let consumer = try Consumer(config: try configuration.consumerConfig(), logger: harness.logger)
        try consumer.subscribe([harness.topics.articles])
        // The first poll joins the group and starts the fetches; after it nothing polls, so what
        // the queue reaches is what the fetcher takes in before its limit stops it.
        var first: [KafkaMessage] = []
        for _ in 0..<30 where first.isEmpty {
            first = try await consumer.poll(maxMessages: 1, timeout: .seconds(2))
        }
        #expect(first.count == 1)
        // 10 batches of the default 500: far above what a limit of 1,000 lets in (at most 1,000
        // plus one fetch, 1,200 here), below the 10,000 default. Counted, never timed: the wait
        // only bounds how long a reverted default takes to fail.
        let wanted = 10 * configuration.batchMaxMessages
        do {
            try await waitUntil("\(wanted) messages prefetched across \(Self.partitions) partitions", timeout: .seconds(60)) {
                consumer.prefetchedMessages >= wanted
            }
        } catch {
            Issue.record("the fetcher stopped at \(consumer.prefetchedMessages) prefetched messages (limit \(configuration.maxInFlight))")
        }
        print("prefetch over \(Self.partitions) partitions, limit \(configuration.maxInFlight): \(consumer.prefetchedMessages) messages queued without a poll")
        try await consumer.close()
    }
}
