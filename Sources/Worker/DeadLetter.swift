import Extraction
import Kafka

/// A message that could not be processed, as it goes to the dead-letter topic (DESIGN §3).
///
/// The original key, value and headers are kept unchanged; the reason and the message's origin
/// are added as headers, so the message can be inspected and replayed.
public struct DeadLetter: Sendable, Hashable {
    /// Header with the stable error code, for example `invalid-json`.
    public static let errorHeader = "newswatch-error"
    /// Header with the one-line human-readable reason.
    public static let errorMessageHeader = "newswatch-error-message"
    public static let sourceTopicHeader = "newswatch-source-topic"
    public static let sourcePartitionHeader = "newswatch-source-partition"
    public static let sourceOffsetHeader = "newswatch-source-offset"

    /// The stable error code.
    public var code: String
    /// What went wrong and what to fix, in one line.
    public var reason: String
    /// The message that failed.
    public var message: KafkaMessage

    public init(code: String, reason: String, message: KafkaMessage) {
        self.code = code
        self.reason = reason
        self.message = message
    }

    /// A dead letter for an article that failed decoding.
    public init(_ error: ArticleError, message: KafkaMessage) {
        self.init(code: error.code.rawValue, reason: error.message, message: message)
    }

    /// Header `true` on a dead letter whose value was cut to the dead-letter size limit.
    public static let truncatedHeader = "newswatch-truncated"

    /// The record to produce to `topic`.
    ///
    /// - Parameter maxValueBytes: a longer value is cut to its first `maxValueBytes` bytes and
    ///   marked with ``truncatedHeader``, so a message too large for the dead-letter topic is
    ///   still recorded rather than dropped. Default: no limit.
    public func record(topic: String, maxValueBytes: Int = .max) -> ProducerMessage {
        var added = [
            KafkaHeader(Self.errorHeader, code),
            KafkaHeader(Self.errorMessageHeader, reason),
            KafkaHeader(Self.sourceTopicHeader, message.topic),
            KafkaHeader(Self.sourcePartitionHeader, String(message.partition)),
            KafkaHeader(Self.sourceOffsetHeader, String(message.offset)),
        ]
        var value = message.value
        if let original = value, original.count > maxValueBytes {
            value = Array(original.prefix(max(0, maxValueBytes)))
            added.append(KafkaHeader(Self.truncatedHeader, "true"))
        }
        return ProducerMessage(topic: topic, key: message.key, value: value, headers: message.headers + added)
    }
}
