/// An input article (DESIGN §3), decoded and validated.
public struct Article: Sendable, Hashable {
    /// The article's id; required, never empty.
    public var id: String
    /// The `published_at` field as written, when present.
    public var publishedAt: String?
    public var title: String?
    /// The text the extractor reads; required, never empty. Alert offsets count its scalars.
    public var body: String
    public var source: String?
    public var url: String?
    /// The `language` field (ISO 639-1) when present; extraction is tuned for `en`.
    public var language: String?
    /// The instant relative time expressions resolve against.
    public var referenceTime: ReferenceTime

    public init(
        id: String, publishedAt: String? = nil, title: String? = nil, body: String,
        source: String? = nil, url: String? = nil, language: String? = nil, referenceTime: ReferenceTime
    ) {
        self.id = id
        self.publishedAt = publishedAt
        self.title = title
        self.body = body
        self.source = source
        self.url = url
        self.language = language
        self.referenceTime = referenceTime
    }
}

/// The instant that "tomorrow", "next Tuesday" and "within hours" are measured from.
public struct ReferenceTime: Sendable, Hashable {
    /// Where a reference time came from; reported in alerts as `reference_time_source`.
    public struct Source: Sendable, Hashable, RawRepresentable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The article's `published_at`.
        public static let article = Source(rawValue: "article")
        /// The Kafka message timestamp, used when `published_at` is missing.
        public static let kafkaTimestamp = Source(rawValue: "kafka-timestamp")
        /// Given on the command line (`newswatch extract --published-at`).
        public static let commandLine = Source(rawValue: "command-line")
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSinceEpoch: Int64
    /// The UTC offset the source wrote the time in, in seconds; claimed times use the same offset.
    public var utcOffsetSeconds: Int32
    public var source: Source

    public init(secondsSinceEpoch: Int64, utcOffsetSeconds: Int32 = 0, source: Source) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.utcOffsetSeconds = utcOffsetSeconds
        self.source = source
    }
}
