import Extraction
import Foundation
import Kafka
import Logging
import Synchronization

/// Everything a ``Tail`` needs, with documented defaults.
public struct TailConfiguration: Sendable {
    /// Brokers and pass-through librdkafka properties.
    public var kafka: KafkaConfig
    /// The alert topics read. Default: both alert topics of DESIGN §2.
    public var topics: [String]
    /// Where reading starts: ``TopicPosition/beginning``, ``TopicPosition/end`` (the default) or
    /// ``TopicPosition/time(milliseconds:)``.
    public var from: TopicPosition
    /// Which alerts are handed on. Default: all.
    public var filter: AlertFilter
    /// Stop after this many matching alerts. Default `nil` (no limit).
    public var maxAlerts: Int?
    /// Stop at the end offsets of the partitions when the tail starts. Default `false`.
    public var untilEnd: Bool
    /// How long one poll waits. Default 200 ms (how quickly ``Tail/stop()`` is noticed).
    public var pollTimeout: Duration

    public init(kafka: KafkaConfig, topics: [String] = [Topics().operations, Topics().schedules], from: TopicPosition = .end, filter: AlertFilter = AlertFilter()) {
        self.kafka = kafka
        self.topics = topics
        self.from = from
        self.filter = filter
        self.maxAlerts = nil
        self.untilEnd = false
        self.pollTimeout = .milliseconds(200)
    }
}

/// The subscriber behind `newswatch tail` (docs/WORKER.md "Tail"): every partition of the alert
/// topics assigned (no consumer group, nothing committed), `read_committed`, each alert decoded
/// and filtered.
public final class Tail: Sendable {
    /// What a tail read.
    public struct Summary: Sendable, Hashable {
        /// Messages read.
        public var read = 0
        /// Messages that passed the filter and were handed on.
        public var matched = 0
        /// Messages whose value is not a JSON alert (handed on only by an empty filter).
        public var undecodable = 0
    }

    public let configuration: TailConfiguration
    private let logger: Logger
    private let stopping = Atomic<Bool>(false)

    public init(configuration: TailConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Asks ``run(emit:)`` to return after the current poll. Safe from any thread.
    public func stop() {
        stopping.store(true, ordering: .releasing)
    }

    /// Reads until ``stop()``, ``TailConfiguration/maxAlerts`` matches, or — with
    /// ``TailConfiguration/untilEnd`` — the end offsets fixed at start.
    ///
    /// - Parameter emit: called with each matching message, in the order read (per partition in
    ///   offset order), on the calling task.
    /// - Throws: ``TopicLookupError`` for a topic the cluster does not have, or ``KafkaError``.
    public func run(emit: (KafkaMessage) throws -> Void) async throws -> Summary {
        let config = configuration
        var consumerConfig = ConsumerConfig(kafka: config.kafka, groupID: "newswatch-tail-\(UUID().uuidString.prefix(8).lowercased())")
        consumerConfig.isolationLevel = .readCommitted
        consumerConfig.reportsPartitionEnds = config.untilEnd
        let consumer = try Consumer(config: consumerConfig, logger: logger)
        do {
            let summary = try await read(consumer: consumer, emit: emit)
            try await consumer.close()
            return summary
        } catch {
            try? await consumer.close()
            throw error
        }
    }

    private func read(consumer: Consumer, emit: (KafkaMessage) throws -> Void) async throws -> Summary {
        let config = configuration
        let resolver = try await OffsetResolver(topics: config.topics, consumer: consumer, kafka: config.kafka, logger: logger)
        let starts = try await resolver.offsets(config.from)
        var ends: FixedEnds? = config.untilEnd ? FixedEnds(ends: try await resolver.offsets(.end), starts: starts) : nil
        let open = starts.filter { ends?.finished.contains($0.key) != true }
        try await consumer.assign(open.map { TopicPartitionOffset($0.key.topic, $0.key.partition, offset: $0.value) }.sorted { $0.description < $1.description })
        logger.debug("tail started", metadata: ["topics": "\(config.topics)", "from": "\(config.from)", "until_end": "\(config.untilEnd)"])
        let parser = JSONParser()
        var summary = Summary()
        while !stopping.load(ordering: .acquiring), ends?.isComplete != true, summary.matched < (config.maxAlerts ?? .max) {
            var batch = try await consumer.poll(maxMessages: 500, timeout: config.pollTimeout)
            if var bounded = ends {
                batch = bounded.admit(batch)
                bounded.observe(partitionEnds: consumer.partitionEnds())
                let finished = bounded.takeNewlyFinished()
                if !finished.isEmpty { try consumer.pause(finished) }
                ends = bounded
            }
            for message in batch where summary.matched < (config.maxAlerts ?? .max) {
                summary.read += 1
                let alert = try? parser.parse(message.value ?? [])
                if alert == nil { summary.undecodable += 1 }
                guard alert.map(config.filter.matches) ?? config.filter.isEmpty else { continue }
                summary.matched += 1
                try emit(message)
            }
        }
        return summary
    }
}
