extension KafkaConfig {
    /// TLS and SASL settings (`security.protocol`, `sasl.*`, `ssl.*`).
    ///
    /// - Important: ``password`` and ``sslKeyPassword`` are never printed or logged.
    public struct Security: Sendable {
        /// `security.protocol`: `plaintext`, `ssl`, `sasl_plaintext` or `sasl_ssl`. Default
        /// `plaintext`.
        public var securityProtocol: String
        /// `sasl.mechanism`, for example `PLAIN`, `SCRAM-SHA-512`. Default `nil` (librdkafka's
        /// `GSSAPI` when SASL is used).
        public var saslMechanism: String?
        /// `sasl.username`. Default `nil`.
        public var username: String?
        /// `sasl.password`. Default `nil`. Redacted everywhere.
        public var password: String?
        /// `ssl.ca.location`: a CA bundle file. Default `nil` (system store).
        public var caLocation: String?
        /// `ssl.certificate.location`: the client certificate for mutual TLS. Default `nil`.
        public var certificateLocation: String?
        /// `ssl.key.location`: the client key for mutual TLS. Default `nil`.
        public var keyLocation: String?
        /// `ssl.key.password`. Default `nil`. Redacted everywhere.
        public var sslKeyPassword: String?

        /// Plaintext, no authentication.
        public init() {
            self.securityProtocol = "plaintext"
        }

        var librdkafkaProperties: [(key: String, value: String)] {
            var result: [(String, String)] = [("security.protocol", securityProtocol)]
            let optional: [(String, String?)] = [
                ("sasl.mechanism", saslMechanism),
                ("sasl.username", username),
                ("sasl.password", password),
                ("ssl.ca.location", caLocation),
                ("ssl.certificate.location", certificateLocation),
                ("ssl.key.location", keyLocation),
                ("ssl.key.password", sslKeyPassword),
            ]
            for (key, value) in optional {
                if let value { result.append((key, value)) }
            }
            return result
        }
    }
}
