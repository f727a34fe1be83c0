import Logging

/// Settings every Kafka client shares: where the cluster is, who the client is, how it
/// authenticates, plus any librdkafka property passed through by name.
///
/// Typed fields cover the common settings and carry the defaults listed on each. Anything else
/// goes through ``set(_:forKey:)``, which checks the key and value against librdkafka at once, so
/// a typo fails where it is written rather than when the client starts:
///
/// ```swift
/// var config = KafkaConfig(bootstrapServers: ["kafka-1:9092"])
/// try config.set("lz4", forKey: "compression.codec")
/// ```
///
/// - Important: Secret-valued properties (`sasl.password`, `ssl.key.password`, any key containing
///   `password` or `secret`, private keys) are redacted from ``description`` and from every log line
///   and error this layer writes.
public struct KafkaConfig: Sendable, CustomStringConvertible {
    /// `host:port` of one or more brokers to bootstrap from (`bootstrap.servers`). No default.
    public var bootstrapServers: [String]
    /// The client id that brokers see in logs and quotas (`client.id`). Default `newswatch`.
    public var clientID: String
    /// TLS and SASL settings. Default: plaintext, no authentication.
    public var security: Security
    /// How often librdkafka emits its JSON statistics (`statistics.interval.ms`); `nil` turns them
    /// off. Default `nil`. Consumers surface them as ``ConsumerEvent/statistics(_:)``.
    public var statisticsInterval: Duration?
    /// Timeout of broker requests (`socket.timeout.ms`). Default 60 s (librdkafka's default).
    public var socketTimeout: Duration
    /// librdkafka debug contexts (`debug`, for example `["broker", "protocol"]`). Default none.
    public var debugContexts: [String]
    /// Properties passed through to librdkafka, already validated. Set with ``set(_:forKey:)``.
    public private(set) var properties: [String: String]

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - bootstrapServers: `host:port` of one or more brokers.
    ///   - clientID: the client id brokers see. Default `newswatch`.
    ///   - properties: librdkafka properties to pass through, by name.
    /// - Throws: ``KafkaError/invalidConfiguration(key:reason:)`` when a property in `properties`
    ///   is unknown or its value invalid; the reason is librdkafka's message naming the key.
    public init(
        bootstrapServers: [String],
        clientID: String = "newswatch",
        properties: [String: String] = [:]
    ) throws(KafkaError) {
        self.bootstrapServers = bootstrapServers
        self.clientID = clientID
        self.security = Security()
        self.statisticsInterval = nil
        self.socketTimeout = .seconds(60)
        self.debugContexts = []
        self.properties = [:]
        for key in properties.keys.sorted() {
            try set(properties[key]!, forKey: key)
        }
    }

    /// Sets any librdkafka property by name, checking it against librdkafka first.
    ///
    /// A pass-through property overrides the typed field that maps to the same key.
    ///
    /// - Parameters:
    ///   - value: the property value as librdkafka reads it (for example `"true"`, `"5000"`).
    ///   - key: the librdkafka property name (for example `"compression.codec"`).
    /// - Throws: ``KafkaError/invalidConfiguration(key:reason:)`` with librdkafka's message when
    ///   the key is unknown or the value is invalid.
    public mutating func set(_ value: String, forKey key: String) throws(KafkaError) {
        try RDKafkaConfig.validate(key: key, value: value)
        properties[key] = value
    }

    /// `true` when the value of `key` must never be printed or logged.
    ///
    /// - Parameter key: a librdkafka property name.
    public static func isSecret(_ key: String) -> Bool {
        let lowered = key.lowercased()
        return lowered.contains("password") || lowered.contains("secret")
            || lowered == "ssl.key.pem" || lowered == "sasl.oauthbearer.config"
            || lowered.hasSuffix("private.key")
    }

    /// Every property this configuration sets, typed fields first, pass-through last.
    var librdkafkaProperties: [(key: String, value: String)] {
        typedProperties + passThroughProperties
    }

    /// The pass-through properties in key order.
    var passThroughProperties: [(key: String, value: String)] {
        properties.keys.sorted().map { ($0, properties[$0]!) }
    }

    /// The properties of the typed fields.
    var typedProperties: [(key: String, value: String)] {
        var result: [(String, String)] = [
            ("bootstrap.servers", bootstrapServers.joined(separator: ",")),
            ("client.id", clientID),
            ("socket.timeout.ms", String(socketTimeout.milliseconds)),
        ]
        if let statisticsInterval {
            result.append(("statistics.interval.ms", String(statisticsInterval.milliseconds)))
        }
        if !debugContexts.isEmpty {
            result.append(("debug", debugContexts.joined(separator: ",")))
        }
        result += security.librdkafkaProperties
        return result
    }

    /// The effective properties, secrets replaced by `[REDACTED]`.
    public var description: String {
        RDKafkaConfig.describe("KafkaConfig", librdkafkaProperties)
    }

    /// The value, or `[REDACTED]` when the key is secret-valued.
    static func redacted(_ value: String, forKey key: String) -> String {
        isSecret(key) ? "[REDACTED]" : value
    }
}

extension Duration {
    /// The duration in whole milliseconds, rounded down, at least 0.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }

    /// The duration in whole milliseconds as a C `int`, clamped.
    var timeoutMilliseconds: Int32 { Int32(clamping: milliseconds) }
}
