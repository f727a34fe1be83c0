/// Settings of an ``Admin`` client.
public struct AdminConfig: Sendable, CustomStringConvertible {
    /// Cluster, identity, security and pass-through properties.
    public var kafka: KafkaConfig

    /// Creates admin settings.
    ///
    /// - Parameter kafka: shared settings.
    public init(kafka: KafkaConfig) {
        self.kafka = kafka
    }

    var librdkafkaProperties: [(key: String, value: String)] {
        RDKafkaConfig.merge(typed: [], kafka: kafka)
    }

    /// The effective properties, secrets redacted.
    public var description: String {
        RDKafkaConfig.describe("AdminConfig", librdkafkaProperties)
    }
}
