import Extraction
import Kafka

/// Everything a ``Replay`` needs, with documented defaults.
public struct ReplayConfiguration: Sendable {
    /// Brokers and pass-through librdkafka properties.
    public var kafka: KafkaConfig
    /// `articles` is the topic replayed (the input topic or, to reprocess dead letters, the DLQ);
    /// the other three are the alert and dead-letter topics before ``outputPrefix``.
    public var topics: Topics
    /// Prepended to the alert and dead-letter topic names. Default `""` (the live topics).
    public var outputPrefix: String
    /// Where each partition's replay starts: ``TopicPosition/offset(_:)`` or ``TopicPosition/time(milliseconds:)``.
    public var from: TopicPosition
    /// The first position not replayed, fixed when the replay starts. Default ``TopicPosition/end``
    /// (the high watermarks then).
    public var to: TopicPosition
    /// The consumer group that keeps the replay's progress, committed in its transactions; a
    /// rerun resumes from it. Default `nil`: no offsets are stored. Never the live workers' group.
    public var group: String?
    /// The transactional id of the replay's producer; distinct from every worker's.
    public var transactionalID: String
    /// The largest batch (one transaction), in messages. Default 500.
    public var batchMaxMessages: Int
    /// How long a poll waits for the first message of a batch. Default 100 ms.
    public var batchMaxWait: Duration
    /// Extraction tasks per batch.
    public var parallelism: Int
    /// The CloudEvents `ce_source` of published alerts. Default `newswatch`, as the workers.
    public var eventSource: String
    /// Retries of a failed batch before the replay gives up. Default 10.
    public var maxBatchRetries: Int
    /// Articles longer than this are dead-lettered as `too-large`. Default 1 MiB, as the workers.
    public var maxArticleBytes: Int
    /// Replication factor of prefixed topics the replay creates. Default 3, at most the number of brokers.
    public var createdTopicReplicationFactor: Int
    /// How long creating missing prefixed topics may take. Default 15 s.
    public var topicCreationTimeout: Duration

    public init(kafka: KafkaConfig, transactionalID: String, from: TopicPosition, to: TopicPosition = .end, topics: Topics = Topics(), parallelism: Int) {
        self.kafka = kafka
        self.topics = topics
        self.outputPrefix = ""
        self.from = from
        self.to = to
        self.group = nil
        self.transactionalID = transactionalID
        self.batchMaxMessages = 500
        self.batchMaxWait = .milliseconds(100)
        self.parallelism = max(1, parallelism)
        self.eventSource = CloudEventAttributes.defaultSource
        self.maxBatchRetries = 10
        self.maxArticleBytes = ArticleDecoder.Settings.defaultMaxArticleBytes
        self.createdTopicReplicationFactor = 3
        self.topicCreationTimeout = .seconds(15)
    }

    /// The topics written: ``outputPrefix`` before each alert and dead-letter topic.
    public var outputTopics: Topics {
        Topics(
            articles: topics.articles, operations: outputPrefix + topics.operations,
            schedules: outputPrefix + topics.schedules, deadLetters: outputPrefix + topics.deadLetters
        )
    }

    /// The names written: operations, schedules, dead letters.
    public var outputNames: [String] {
        let output = outputTopics
        return [output.operations, output.schedules, output.deadLetters]
    }
}
