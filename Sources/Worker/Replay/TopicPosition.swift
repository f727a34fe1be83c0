import Extraction

/// A read position given for every partition of a topic, as `replay` and `tail` flags say it.
public enum TopicPosition: Sendable, Hashable, CustomStringConvertible {
    /// The oldest message each partition still keeps (its low watermark).
    case beginning
    /// The end of each partition when the command starts (its high watermark; for a
    /// `read_committed` reader, the last stable offset).
    case end
    /// The same offset in every partition, clamped to what the partition holds.
    case offset(Int64)
    /// The first message whose timestamp is at or after this time (epoch milliseconds), per
    /// partition; the end of a partition that has no such message.
    case time(milliseconds: Int64)

    /// `beginning`, `end` or an RFC 3339 time (`2016-10-01T00:00:00Z`); `nil` otherwise.
    public static func parse(beginningEndOrTime text: String) -> TopicPosition? {
        switch text.lowercased() {
        case "beginning": .beginning
        case "end": .end
        default: parse(time: text)
        }
    }

    /// An RFC 3339 time with an explicit offset (`Z` or `±hh:mm`); `nil` otherwise.
    public static func parse(time text: String) -> TopicPosition? {
        RFC3339Parser.parse(text).map { .time(milliseconds: $0.secondsSinceEpoch * 1_000) }
    }

    public var description: String {
        switch self {
        case .beginning: "beginning"
        case .end: "end"
        case .offset(let offset): "offset \(offset)"
        case .time(let milliseconds): "time \(milliseconds) ms"
        }
    }
}

/// A topic a command needs is not in the cluster.
public enum TopicLookupError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownTopics([String])

    public var description: String {
        switch self {
        case .unknownTopics(let names):
            "no topic \(names.joined(separator: ", ")) in the cluster; check the name (kcat -L lists the topics) or create it"
        }
    }
}
