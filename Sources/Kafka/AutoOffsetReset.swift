/// Where a consumer starts in a partition that has no committed offset (`auto.offset.reset`).
public struct AutoOffsetReset: Sendable, Hashable {
    /// The librdkafka value.
    public let rawValue: String
    /// Start at the oldest message still kept.
    public static let earliest = AutoOffsetReset(rawValue: "earliest")
    /// Start after the newest message: only new messages are read.
    public static let latest = AutoOffsetReset(rawValue: "latest")
    /// Fail with an error instead of choosing.
    public static let error = AutoOffsetReset(rawValue: "error")
}
