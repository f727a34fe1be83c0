import Foundation

/// A message timestamp: milliseconds since the Unix epoch, and who set it.
public struct KafkaTimestamp: Sendable, Hashable {
    /// Who assigned a timestamp.
    public struct Kind: Sendable, Hashable {
        /// The librdkafka value (`RD_KAFKA_TIMESTAMP_*`).
        public let rawValue: Int32
        /// Set by the producer when it created the message.
        public static let createTime = Kind(rawValue: 1)
        /// Set by the broker when it appended the message.
        public static let logAppendTime = Kind(rawValue: 2)
    }

    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var milliseconds: Int64
    /// Who set it.
    public var kind: Kind

    /// Creates a timestamp.
    ///
    /// - Parameters:
    ///   - milliseconds: milliseconds since the epoch.
    ///   - kind: who set it.
    public init(milliseconds: Int64, kind: Kind) {
        self.milliseconds = milliseconds
        self.kind = kind
    }

    /// The timestamp as a `Date`.
    public var date: Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }
}
