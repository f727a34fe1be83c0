import Extraction
import Kafka
#if canImport(Glibc)
import Glibc
#endif

/// Everything a ``Worker`` needs to run, with documented defaults.
public struct WorkerConfiguration: Sendable {
    /// Brokers and pass-through librdkafka properties (TLS, SASL, …).
    public var kafka: KafkaConfig
    /// Topic names. Default: DESIGN §2.
    public var topics: Topics
    /// The consumer group every worker of a deployment shares. Default `newswatch`.
    public var groupID: String
    /// Default ``DeliveryMode/exactlyOnce``.
    public var delivery: DeliveryMode
    /// The largest batch, in messages. Default 500.
    public var batchMaxMessages: Int
    /// How long a poll waits for the first message of a batch. Default 100 ms.
    public var batchMaxWait: Duration
    /// The transactional id of this worker's producer (exactly-once). It must be unique per
    /// running worker and stable across its restarts, so a restarted worker fences its zombie.
    public var transactionalID: String
    /// Extraction tasks per batch. Default: the number of cores.
    public var parallelism: Int
    /// The CloudEvents `ce_source` of published alerts. Default `newswatch`.
    public var eventSource: String
    /// Retries of a failed batch before the worker gives up and exits. Default 10.
    public var maxBatchRetries: Int
    /// Articles longer than this many bytes are dead-lettered as `too-large`. Default 1 MiB
    /// (DESIGN §3); keep it at or below the topic's `max.message.bytes`.
    public var maxArticleBytes: Int
    /// Dead letters keep at most this many bytes of the original value, marked
    /// `newswatch-truncated: true` when cut. Default 900,000: below the brokers' default 1 MB
    /// message limit with room for the key and headers.
    public var maxDeadLetterBytes: Int
    /// Producers recreated in a row after fatal errors (fencing) before the worker exits
    /// non-zero. Default 5.
    public var maxProducerRestarts: Int
    /// Input messages librdkafka prefetches at most, on top of the batch being processed
    /// (`queued.min.messages`). librdkafka documents it per partition, but its group consumer
    /// feeds every partition into one queue and counts that queue, so it bounds all partitions
    /// together. Default 10,000.
    ///
    /// Both prefetch limits should hold at least a second of input at full speed: once the
    /// queue reaches either, librdkafka 2.0.2 stops fetching and looks again only up to a second
    /// later (later versions call this `fetch.queue.backoff.ms`), so a smaller queue leaves the
    /// worker idle while it catches up. At 1,000 messages two cores processed 3,300 articles/s
    /// instead of 7,000 (BENCHMARKS.md). With ``prefetchBytes`` this bounds memory.
    public var maxInFlight: Int
    /// Bytes librdkafka prefetches at most across all partitions (`queued.max.messages.kbytes`;
    /// one fetch response may overshoot it). Default 16 MiB: about 5,000 articles of 3 KB, close
    /// to a second of input at full speed on two cores.
    public var prefetchBytes: Int
    /// Where `/metrics`, `/healthz` and `/readyz` listen; `nil` turns them off, port 0 lets the
    /// OS choose (see ``Worker/httpPort``). Default `nil`; `newswatch run` listens on 0.0.0.0:9464.
    public var http: (address: String, port: Int)?
    /// How often librdkafka reports statistics, from which consumer lag is computed. Default 5 s.
    public var statisticsInterval: Duration
    /// `/healthz` fails when the loop made no progress (a poll or a Kafka call) for this long.
    /// Default 120 s: above the 30 s of the longest single Kafka call plus retries.
    public var livenessTimeout: Duration
    /// See ``BatchPublisher/mirrorsOffsetsToGroup``: only for the embedded cluster, where a
    /// restarted or added worker would otherwise read from the beginning.
    var mirrorsOffsetsToGroup = false

    public init(kafka: KafkaConfig, transactionalID: String, topics: Topics = Topics(), groupID: String = "newswatch", delivery: DeliveryMode = .exactlyOnce, parallelism: Int) {
        self.kafka = kafka
        self.topics = topics
        self.groupID = groupID
        self.delivery = delivery
        self.batchMaxMessages = 500
        self.batchMaxWait = .milliseconds(100)
        self.transactionalID = transactionalID
        self.parallelism = max(1, parallelism)
        self.eventSource = "newswatch"
        self.maxBatchRetries = 10
        self.maxArticleBytes = ArticleDecoder.Settings.defaultMaxArticleBytes
        self.maxDeadLetterBytes = 900_000
        self.maxProducerRestarts = 5
        self.maxInFlight = 10_000
        self.prefetchBytes = 16 << 20
        self.http = nil
        self.statisticsInterval = .seconds(5)
        self.livenessTimeout = .seconds(120)
    }

    /// The worker's consumer settings: read_committed, statistics on, prefetch bounded by
    /// ``maxInFlight`` and ``prefetchBytes`` unless the librdkafka properties set those limits
    /// themselves.
    ///
    /// - Throws: ``KafkaError/invalidConfiguration(key:reason:)`` when librdkafka rejects a limit.
    func consumerConfig() throws(KafkaError) -> ConsumerConfig {
        var kafka = kafka
        if kafka.statisticsInterval == nil { kafka.statisticsInterval = statisticsInterval }
        let limits = [
            ("queued.min.messages", String(maxInFlight)),
            ("queued.max.messages.kbytes", String(max(1, prefetchBytes / 1024))),
        ]
        for (key, value) in limits where kafka.properties[key] == nil {
            try kafka.set(value, forKey: key)
        }
        var config = ConsumerConfig(kafka: kafka, groupID: groupID)
        config.isolationLevel = .readCommitted
        return config
    }

    /// Whether `address` is an IPv4 or IPv6 literal the operations endpoints can bind.
    public static func isValidHTTPAddress(_ address: String) -> Bool {
        var ipv6 = in6_addr()
        var ipv4 = in_addr()
        return inet_pton(AF_INET6, address, &ipv6) == 1 || inet_pton(AF_INET, address, &ipv4) == 1
    }
}
