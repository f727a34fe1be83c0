/// How the producer picks a partition when a message names none (`partitioner`).
public struct Partitioner: Sendable, Hashable {
    /// The librdkafka value.
    public let rawValue: String
    /// Java-client compatible: murmur2 hash of the key; keyless messages spread randomly.
    public static let murmur2Random = Partitioner(rawValue: "murmur2_random")
    /// CRC32 hash of the key; keyless messages spread randomly (librdkafka's own default).
    public static let consistentRandom = Partitioner(rawValue: "consistent_random")
    /// Random partition for every message.
    public static let random = Partitioner(rawValue: "random")
}
