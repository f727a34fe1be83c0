/// A Kafka or librdkafka error code, such as ``unknownTopicOrPartition``.
///
/// An open set of values: librdkafka adds codes over time, so this is a struct with static
/// members rather than a frozen enum. Codes below zero are raised by the client library itself;
/// codes above zero come from a broker.
public struct KafkaErrorCode: Sendable, Hashable, CustomStringConvertible {
    /// The numeric code (librdkafka's `rd_kafka_resp_err_t`).
    public let rawValue: Int32

    /// Creates a code from its numeric value.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// librdkafka's symbolic name, for example `UNKNOWN_TOPIC_OR_PART` or `_TIMED_OUT`.
    public var name: String { RDKafkaErrors.name(of: rawValue) }

    public var description: String { "\(name) (\(rawValue))" }

    /// No error.
    public static let noError = KafkaErrorCode(rawValue: 0)
    /// A local operation timed out.
    public static let timedOut = KafkaErrorCode(rawValue: -185)
    /// A message was not delivered within `message.timeout.ms`.
    public static let messageTimedOut = KafkaErrorCode(rawValue: -192)
    /// All brokers are unreachable.
    public static let allBrokersDown = KafkaErrorCode(rawValue: -187)
    /// A broker connection failed.
    public static let transport = KafkaErrorCode(rawValue: -195)
    /// The topic is not known to the client.
    public static let unknownTopic = KafkaErrorCode(rawValue: -188)
    /// The partition is not known to the client.
    public static let unknownPartition = KafkaErrorCode(rawValue: -190)
    /// A fatal error: the client instance is unusable.
    public static let fatal = KafkaErrorCode(rawValue: -150)
    /// A newer instance with the same `transactional.id` fenced this producer (librdkafka's
    /// fatal form of ``producerFenced``).
    public static let fenced = KafkaErrorCode(rawValue: -144)
    /// The broker does not support the request.
    public static let unsupportedFeature = KafkaErrorCode(rawValue: -165)
    /// The operation needs a state that the client is not in (for example no transaction begun).
    public static let state = KafkaErrorCode(rawValue: -172)
    /// A message was purged from the queue before delivery (the producer was closed).
    public static let purgedFromQueue = KafkaErrorCode(rawValue: -152)
    /// A message was purged while in flight (the producer was closed).
    public static let purgedInFlight = KafkaErrorCode(rawValue: -151)
    /// The broker does not know the topic or partition.
    public static let unknownTopicOrPartition = KafkaErrorCode(rawValue: 3)
    /// The request went to a broker that does not lead the partition.
    public static let notLeaderForPartition = KafkaErrorCode(rawValue: 6)
    /// The broker did not answer within the request timeout.
    public static let requestTimedOut = KafkaErrorCode(rawValue: 7)
    /// The message is larger than the broker accepts.
    public static let messageSizeTooLarge = KafkaErrorCode(rawValue: 10)
    /// Fewer in-sync replicas than `min.insync.replicas`.
    public static let notEnoughReplicas = KafkaErrorCode(rawValue: 19)
    /// The record failed the broker's validation.
    public static let invalidRecord = KafkaErrorCode(rawValue: 87)
    /// The client is not authorized to access the topic.
    public static let topicAuthorizationFailed = KafkaErrorCode(rawValue: 29)
    /// The client is not authorized to use the consumer group.
    public static let groupAuthorizationFailed = KafkaErrorCode(rawValue: 30)
    /// Another producer with the same `transactional.id` took over.
    public static let producerFenced = KafkaErrorCode(rawValue: 90)
    /// The transaction coordinator is loading or moving.
    public static let coordinatorNotAvailable = KafkaErrorCode(rawValue: 15)
    /// The coordinator is still loading its state.
    public static let coordinatorLoadInProgress = KafkaErrorCode(rawValue: 14)
    /// Another transaction of the same producer is still completing.
    public static let concurrentTransactions = KafkaErrorCode(rawValue: 51)
    /// The request went to a broker that is not the coordinator.
    public static let notCoordinator = KafkaErrorCode(rawValue: 16)
    /// The consumer group is rebalancing; commits succeed again once the member has rejoined
    /// (which happens inside a poll).
    public static let rebalanceInProgress = KafkaErrorCode(rawValue: 27)
    /// The member's group generation is stale: a rebalance completed without it.
    public static let illegalGeneration = KafkaErrorCode(rawValue: 22)
    /// The coordinator no longer knows the member (for example after a session timeout).
    public static let unknownMemberID = KafkaErrorCode(rawValue: 25)

    /// `true` for the errors that mean "the group is moving": a member resolves them by polling
    /// (rejoining), not by repeating the call.
    public var isGroupMembershipChange: Bool {
        self == .rebalanceInProgress || self == .illegalGeneration || self == .unknownMemberID
    }
}
