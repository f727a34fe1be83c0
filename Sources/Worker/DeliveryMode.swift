/// How the worker publishes a batch (DESIGN §6).
public struct DeliveryMode: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// One Kafka transaction per batch holds its alerts, dead letters and input offsets. The default.
    public static let exactlyOnce = DeliveryMode(rawValue: "exactly-once")
    /// Idempotent produce, then offsets committed once every delivery report succeeded;
    /// a crash between the two can publish a batch twice.
    public static let atLeastOnce = DeliveryMode(rawValue: "at-least-once")

    /// Every mode, for `--help` and validation.
    public static let all: [DeliveryMode] = [.exactlyOnce, .atLeastOnce]
}
