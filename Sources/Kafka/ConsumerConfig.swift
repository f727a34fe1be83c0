/// Settings of a ``Consumer``: the shared ``KafkaConfig`` plus group and offset settings.
///
/// Offsets are managed by the application by default: auto-commit and automatic offset store
/// are off, so an offset is committed only when the caller says the message is done
/// (``Consumer/commit(_:)``, ``Consumer/store(_:)``).
public struct ConsumerConfig: Sendable, CustomStringConvertible {
    /// Cluster, identity, security and pass-through properties.
    public var kafka: KafkaConfig
    /// The consumer group (`group.id`). Required.
    public var groupID: String
    /// Where to start without a committed offset (`auto.offset.reset`). Default ``AutoOffsetReset/earliest``.
    public var autoOffsetReset: AutoOffsetReset
    /// Which transactional messages are visible (`isolation.level`). Default ``IsolationLevel/readCommitted``.
    public var isolationLevel: IsolationLevel
    /// Partition assignment (`partition.assignment.strategy`). Default ``AssignmentStrategy/cooperativeSticky``.
    public var assignmentStrategy: AssignmentStrategy
    /// Group session timeout (`session.timeout.ms`). Default 45 s (librdkafka's default).
    public var sessionTimeout: Duration
    /// Maximum time between polls before the member leaves the group (`max.poll.interval.ms`).
    /// Default 300 s.
    public var maxPollInterval: Duration
    /// Commit stored offsets periodically in the background (`enable.auto.commit`). Default `false`.
    public var enableAutoCommit: Bool
    /// Store each message's offset when it is handed out (`enable.auto.offset.store`).
    /// Default `false`: offsets are stored with ``Consumer/store(_:)`` after processing.
    public var enableAutoOffsetStore: Bool
    /// Stable member id for static group membership (`group.instance.id`). Default `nil`.
    public var groupInstanceID: String?
    /// Track where each partition's end was reached (`enable.partition.eof`), for
    /// ``Consumer/partitionEnds()``. Default `false`.
    public var reportsPartitionEnds: Bool

    /// Creates consumer settings.
    ///
    /// - Parameters:
    ///   - kafka: shared settings.
    ///   - groupID: the consumer group.
    public init(kafka: KafkaConfig, groupID: String) {
        self.kafka = kafka
        self.groupID = groupID
        self.autoOffsetReset = .earliest
        self.isolationLevel = .readCommitted
        self.assignmentStrategy = .cooperativeSticky
        self.sessionTimeout = .seconds(45)
        self.maxPollInterval = .seconds(300)
        self.enableAutoCommit = false
        self.enableAutoOffsetStore = false
        self.groupInstanceID = nil
        self.reportsPartitionEnds = false
    }

    var librdkafkaProperties: [(key: String, value: String)] {
        var typed: [(String, String)] = [
            ("group.id", groupID),
            ("auto.offset.reset", autoOffsetReset.rawValue),
            ("isolation.level", isolationLevel.rawValue),
            ("partition.assignment.strategy", assignmentStrategy.rawValue),
            ("session.timeout.ms", String(sessionTimeout.milliseconds)),
            ("max.poll.interval.ms", String(maxPollInterval.milliseconds)),
            ("enable.auto.commit", String(enableAutoCommit)),
            ("enable.auto.offset.store", String(enableAutoOffsetStore)),
            ("enable.partition.eof", String(reportsPartitionEnds)),
        ]
        if let groupInstanceID {
            typed.append(("group.instance.id", groupInstanceID))
        }
        return RDKafkaConfig.merge(typed: typed, kafka: kafka)
    }

    /// The effective properties, secrets redacted.
    public var description: String {
        RDKafkaConfig.describe("ConsumerConfig", librdkafkaProperties)
    }
}
