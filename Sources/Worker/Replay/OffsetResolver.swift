import Foundation
import Kafka
import Logging

/// Turns ``TopicPosition``s into offsets for every partition of a read, against the watermarks
/// read once when the read starts.
struct OffsetResolver: Sendable {
    /// Each partition's watermarks when the read started.
    let watermarks: [TopicPartition: Watermarks]
    private let consumer: Consumer
    private let kafka: KafkaConfig
    private let logger: Logger

    /// Reads the partitions of `topics` and their watermarks.
    ///
    /// - Throws: ``TopicLookupError/unknownTopics(_:)`` naming topics the cluster does not have,
    ///   or ``KafkaError`` when the cluster does not answer.
    init(topics: [String], consumer: Consumer, kafka: KafkaConfig, logger: Logger) async throws {
        let metadata = try await Admin(config: AdminConfig(kafka: kafka), logger: logger).describeTopics(topics)
        let missing = metadata.filter { $0.error != nil || $0.partitions.isEmpty }.map(\.name)
        guard missing.isEmpty else { throw TopicLookupError.unknownTopics(missing) }
        var watermarks: [TopicPartition: Watermarks] = [:]
        for topic in metadata {
            for partition in topic.partitions {
                let key = TopicPartition(topic.name, partition.id)
                watermarks[key] = try await consumer.watermarks(key)
            }
        }
        self.watermarks = watermarks
        self.consumer = consumer
        self.kafka = kafka
        self.logger = logger
    }

    /// The offset `position` means in each partition, within its watermarks.
    ///
    /// - Throws: ``KafkaError`` when a lookup fails.
    func offsets(_ position: TopicPosition) async throws -> [TopicPartition: Int64] {
        switch position {
        case .beginning:
            return watermarks.mapValues(\.low)
        case .end:
            return watermarks.mapValues(\.high)
        case .offset(let offset):
            return watermarks.mapValues { min(max(offset, $0.low), $0.high) }
        case .time(let milliseconds):
            let found = try await timeOffsets(milliseconds)
            var result: [TopicPartition: Int64] = [:]
            for (partition, marks) in watermarks { result[partition] = min(max(found[partition] ?? marks.high, marks.low), marks.high) }
            return result
        }
    }

    /// The first offset at or after `milliseconds` per partition (missing: none that recent).
    ///
    /// Asks the brokers' time index (offsets-for-times). A broker without one answers "none" for
    /// every partition even at time 0; then the timestamps are read instead.
    private func timeOffsets(_ milliseconds: Int64) async throws -> [TopicPartition: Int64] {
        let answer = try await consumer.offsetsForTimes(watermarks.mapValues { _ in milliseconds }).compactMapValues { $0 }
        let nonEmpty = watermarks.filter { $0.value.count > 0 }
        guard answer.isEmpty, !nonEmpty.isEmpty else { return answer }
        let probe = try await consumer.offsetsForTimes(nonEmpty.mapValues { _ in 0 }).compactMapValues { $0 }
        guard probe.isEmpty else { return answer }
        logger.notice("the brokers do not look up offsets by time; reading message timestamps instead", metadata: [
            "partitions": "\(nonEmpty.count)", "messages": "\(nonEmpty.values.reduce(0) { $0 + $1.count })",
        ])
        return try await scan(from: milliseconds)
    }

    /// The first offset whose message timestamp is at or after `milliseconds`, per partition,
    /// found by reading the partitions up to their high watermarks.
    private func scan(from milliseconds: Int64) async throws -> [TopicPartition: Int64] {
        var config = ConsumerConfig(kafka: kafka, groupID: "newswatch-scan-\(UUID().uuidString.prefix(8).lowercased())")
        config.isolationLevel = .readCommitted
        config.reportsPartitionEnds = true
        let scanner = try Consumer(config: config, logger: logger)
        var ends = FixedEnds(ends: watermarks.mapValues(\.high), starts: watermarks.mapValues(\.low))
        var found: [TopicPartition: Int64] = [:]
        do {
            try await scanner.assign(watermarks.filter { !ends.finished.contains($0.key) }.map { TopicPartitionOffset($0.key.topic, $0.key.partition, offset: $0.value.low) })
            while !ends.isComplete {
                let batch = ends.admit(try await scanner.poll(maxMessages: 1_000, timeout: .milliseconds(200)))
                for message in batch where found[message.topicPartition] == nil && (message.timestamp?.milliseconds ?? .min) >= milliseconds {
                    found[message.topicPartition] = message.offset
                    ends.finish(message.topicPartition)
                }
                ends.observe(partitionEnds: scanner.partitionEnds())
                let finished = ends.takeNewlyFinished()
                if !finished.isEmpty { try scanner.pause(finished) }
            }
        } catch {
            try? await scanner.close()
            throw error
        }
        try await scanner.close()
        return found
    }
}
