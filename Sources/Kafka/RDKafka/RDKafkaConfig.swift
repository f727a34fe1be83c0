import CRdKafka

/// Builds and checks `rd_kafka_conf_t` objects.
///
/// Ownership: ``make(_:)`` returns a conf the caller owns; it passes to librdkafka on a
/// successful `rd_kafka_new` and must be destroyed with `rd_kafka_conf_destroy` otherwise.
enum RDKafkaConfig {
    /// Checks one property against a scratch conf, which is destroyed before returning.
    static func validate(key: String, value: String) throws(KafkaError) {
        let conf = rd_kafka_conf_new()
        defer { rd_kafka_conf_destroy(conf) }
        try set(conf, key: key, value: value)
    }

    /// Builds a conf from properties, set in order (a later duplicate wins).
    static func make(_ properties: [(key: String, value: String)]) throws(KafkaError) -> OpaquePointer {
        let conf = rd_kafka_conf_new()!
        do {
            for (key, value) in properties {
                try set(conf, key: key, value: value)
            }
        } catch {
            rd_kafka_conf_destroy(conf)
            throw error
        }
        return conf
    }

    private static func set(_ conf: OpaquePointer?, key: String, value: String) throws(KafkaError) {
        var errstr = [CChar](repeating: 0, count: 512)
        let result = rd_kafka_conf_set(conf, key, value, &errstr, errstr.count)
        guard result != RD_KAFKA_CONF_OK else { return }
        var reason = errstr.nulTerminatedString
        if KafkaConfig.isSecret(key), !value.isEmpty {
            reason = reason.replacingAll(value, with: "[REDACTED]")
        }
        throw .invalidConfiguration(key: key, reason: reason)
    }

    /// The shared typed properties, then the client's typed properties, then pass-through ones.
    static func merge(
        typed: [(key: String, value: String)], kafka: KafkaConfig
    ) -> [(key: String, value: String)] {
        kafka.typedProperties + typed + kafka.passThroughProperties
    }

    /// `Name(key=value, …)` with secrets redacted.
    static func describe(_ name: String, _ properties: [(key: String, value: String)]) -> String {
        let pairs = properties.map { "\($0.key)=\(KafkaConfig.redacted($0.value, forKey: $0.key))" }
        return "\(name)(\(pairs.joined(separator: ", ")))"
    }
}

extension String {
    /// Replaces every occurrence of `target`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
