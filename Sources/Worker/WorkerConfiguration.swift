import Extraction
import Kafka

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
    }
}
