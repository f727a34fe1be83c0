import CRdKafka

/// Facts about the librdkafka library this process is linked against.
public enum Librdkafka {
    /// The librdkafka version string, for example `2.0.2`.
    public static var version: String { String(cString: rd_kafka_version_str()) }
}
