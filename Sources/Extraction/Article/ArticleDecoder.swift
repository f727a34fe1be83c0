/// Turns Kafka message values into validated ``Article``s (DESIGN §3).
///
/// ```swift
/// let article = try ArticleDecoder().decode(json: value, kafkaTimestampMilliseconds: timestamp)
/// ```
///
/// Checks, in order (the first failure is thrown as an ``ArticleError``):
/// 1. size ≤ ``Settings/maxArticleBytes`` → `too-large`;
/// 2. the raw bytes are valid UTF-8 → `invalid-utf8`;
/// 3. one well-formed JSON value (duplicate keys rejected, nesting ≤ ``Settings/maxNestingDepth``)
///    → `invalid-json` with the byte offset;
/// 4. the top level is an object → `not-an-object`;
/// 5. `id`: present and non-null → `missing-field`; a string → `wrong-type`; not empty or
///    whitespace-only → `invalid-field`;
/// 6. `body`: present and non-null → `missing-field`; a string → `wrong-type`; not empty or
///    whitespace-only → `empty-body`;
/// 7. `title`, `source`, `url`, `language`, `published_at`: absent or null means "not given";
///    any other non-string value → `wrong-type` (DESIGN §3: wrongly typed fields are dead letters);
/// 8. `published_at` present → RFC 3339 (``RFC3339Parser``) → `bad-timestamp`, and it becomes the
///    reference time (source `article`, its UTC offset kept); absent → the Kafka timestamp
///    (source `kafka-timestamp`, offset 0); both absent (a negative Kafka timestamp — Kafka's
///    "none" is -1 — or one after year 9999 counts as absent) → `missing-field` naming
///    `published_at`.
///
/// Unknown fields are ignored (but must still be well-formed JSON). Never traps; linear time.
public struct ArticleDecoder: Sendable {
    /// Decoder limits.
    public struct Settings: Sendable, Hashable {
        /// Default message size limit: 1 MiB (DESIGN §3).
        public static let defaultMaxArticleBytes = 1_048_576

        /// Messages longer than this many bytes are rejected with `too-large`. Default 1 MiB.
        public var maxArticleBytes: Int
        /// Deeper nesting of arrays/objects is rejected with `invalid-json`. Default 64.
        public var maxNestingDepth: Int

        public init(
            maxArticleBytes: Int = Settings.defaultMaxArticleBytes,
            maxNestingDepth: Int = JSONParser.defaultMaxDepth
        ) {
            self.maxArticleBytes = maxArticleBytes
            self.maxNestingDepth = maxNestingDepth
        }

        public static let `default` = Settings()
    }

    public var settings: Settings

    public init(settings: Settings = .default) {
        self.settings = settings
    }

    /// Decodes a JSON article.
    /// - Parameters:
    ///   - json: the Kafka message value.
    ///   - kafkaTimestampMilliseconds: the message timestamp; used as the reference time when the
    ///     article has no `published_at`. Nil or negative means "none".
    /// - Throws: ``ArticleError``.
    public func decode(json: [UInt8], kafkaTimestampMilliseconds: Int64?) throws(ArticleError) -> Article {
        try checkSizeAndEncoding(json)
        let value: JSONValue
        do {
            value = try JSONParser(maxDepth: settings.maxNestingDepth).parse(json)
        } catch {
            throw ArticleError(
                code: .invalidJSON,
                message: "\(error.description); send one JSON object per message",
                byteOffset: error.byteOffset)
        }
        guard case .object(let object) = value else {
            throw ArticleError(
                code: .notAnObject,
                message: "the message is a JSON \(value.typeName), not an object; send {\"id\": …, \"body\": …}")
        }

        let id = try requiredString(object, "id")
        guard !Self.isBlank(id) else {
            throw ArticleError(code: .invalidField, message: "field \"id\" is empty; give the article a non-empty id", field: "id")
        }
        let body = try requiredString(object, "body")
        guard !Self.isBlank(body) else {
            throw ArticleError(
                code: .emptyBody, message: "field \"body\" is empty or only whitespace; send the article text", field: "body")
        }
        let title = try optionalString(object, "title")
        let source = try optionalString(object, "source")
        let url = try optionalString(object, "url")
        let language = try optionalString(object, "language")
        let publishedAt = try optionalString(object, "published_at")

        let referenceTime: ReferenceTime
        if let publishedAt {
            referenceTime = try Self.referenceTime(publishedAt: publishedAt, source: .article)
        } else if let fromKafka = Self.referenceTime(kafkaTimestampMilliseconds: kafkaTimestampMilliseconds) {
            referenceTime = fromKafka
        } else {
            throw ArticleError(
                code: .missingField,
                message: "field \"published_at\" is missing and the message has no Kafka timestamp; add \"published_at\" (RFC 3339, e.g. \"2016-10-10T12:00:00Z\")",
                field: "published_at")
        }
        return Article(
            id: id, publishedAt: publishedAt, title: title, body: body, source: source, url: url,
            language: language, referenceTime: referenceTime)
    }

    /// Decodes a `content-type: text/plain` message: the whole value is the body (DESIGN §3).
    /// The reference time is the Kafka timestamp.
    /// - Parameters:
    ///   - plainText: the message value.
    ///   - id: the article id; the worker uses ``plainTextID(topic:partition:offset:)``.
    ///   - kafkaTimestampMilliseconds: the message timestamp; nil or negative means "none".
    /// - Throws: ``ArticleError``: `too-large`, `invalid-utf8`, `invalid-field` (blank id),
    ///   `empty-body`, `missing-field` (no Kafka timestamp).
    public func decode(plainText: [UInt8], id: String, kafkaTimestampMilliseconds: Int64?) throws(ArticleError) -> Article {
        guard let referenceTime = Self.referenceTime(kafkaTimestampMilliseconds: kafkaTimestampMilliseconds) else {
            try checkPlainText(plainText, id: id)
            throw ArticleError(
                code: .missingField,
                message: "a text/plain message needs a Kafka timestamp as its reference time; produce it with a timestamp or send JSON with \"published_at\"",
                field: "published_at")
        }
        return try decode(plainText: plainText, id: id, referenceTime: referenceTime)
    }

    /// Decodes plain text with a given reference time (`newswatch extract --text --published-at`,
    /// source ``ReferenceTime/Source/commandLine``).
    public func decode(plainText: [UInt8], id: String, referenceTime: ReferenceTime) throws(ArticleError) -> Article {
        let body = try checkPlainText(plainText, id: id)
        return Article(id: id, body: body, referenceTime: referenceTime)
    }

    /// Decodes a Kafka message the way the worker sees it: a `content-type` header whose media
    /// type is `text/plain` (any case, parameters such as `; charset=utf-8` ignored) selects the
    /// plain-text path with id `topic/partition/offset`; anything else, or no header, is JSON.
    /// - Throws: ``ArticleError``.
    public func decode(
        value: [UInt8], contentType: String?, topic: String, partition: Int32, offset: Int64,
        kafkaTimestampMilliseconds: Int64?
    ) throws(ArticleError) -> Article {
        if let contentType, Self.isPlainText(contentType: contentType) {
            return try decode(
                plainText: value, id: Self.plainTextID(topic: topic, partition: partition, offset: offset),
                kafkaTimestampMilliseconds: kafkaTimestampMilliseconds)
        }
        return try decode(json: value, kafkaTimestampMilliseconds: kafkaTimestampMilliseconds)
    }

    /// Whether a `content-type` value names `text/plain` (case-insensitive, parameters ignored).
    public static func isPlainText(contentType: String) -> Bool {
        var mediaType: [UInt8] = []
        for byte in contentType.utf8 {
            if byte == UInt8(ascii: ";") { break }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { continue }
            mediaType.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
            if mediaType.count > 10 { return false }
        }
        return mediaType == Array("text/plain".utf8)
    }

    /// The id of a text/plain article: `topic/partition/offset` (DESIGN §3).
    public static func plainTextID(topic: String, partition: Int32, offset: Int64) -> String {
        "\(topic)/\(partition)/\(offset)"
    }

    /// The reference time of an RFC 3339 string.
    /// - Throws: `bad-timestamp` when `publishedAt` is not RFC 3339.
    public static func referenceTime(publishedAt: String, source: ReferenceTime.Source) throws(ArticleError) -> ReferenceTime {
        guard let instant = RFC3339Parser.parse(publishedAt) else {
            throw ArticleError(
                code: .badTimestamp,
                message: "field \"published_at\" is \(ArticleError.quote(publishedAt)), not an RFC 3339 date-time; use e.g. \"2016-10-10T12:00:00Z\" or \"2016-10-10T15:00:00+03:00\"",
                field: "published_at")
        }
        return ReferenceTime(
            secondsSinceEpoch: instant.secondsSinceEpoch, utcOffsetSeconds: instant.utcOffsetSeconds, source: source)
    }

    /// The latest Kafka timestamp taken as a reference time: 9999-12-31T23:59:59.999Z, the end
    /// of what RFC 3339 can write.
    public static let maxKafkaTimestampMilliseconds: Int64 = 253_402_300_799_999

    /// The reference time of a Kafka timestamp (UTC, source `kafka-timestamp`); nil for nil,
    /// negative (Kafka's "no timestamp" is -1) or absurd (after year 9999) timestamps.
    public static func referenceTime(kafkaTimestampMilliseconds: Int64?) -> ReferenceTime? {
        guard let milliseconds = kafkaTimestampMilliseconds, milliseconds >= 0,
              milliseconds <= maxKafkaTimestampMilliseconds
        else { return nil }
        return ReferenceTime(secondsSinceEpoch: milliseconds / 1000, utcOffsetSeconds: 0, source: .kafkaTimestamp)
    }

    // MARK: - Checks

    private func checkSizeAndEncoding(_ bytes: [UInt8]) throws(ArticleError) {
        guard bytes.count <= settings.maxArticleBytes else {
            throw ArticleError(
                code: .tooLarge,
                message: "the message is \(bytes.count) bytes, over the \(settings.maxArticleBytes)-byte limit; shorten or split the article (or raise the max article size setting)")
        }
        if let offset = UTF8Validator.firstInvalidOffset(bytes) {
            throw ArticleError(
                code: .invalidUTF8,
                message: "the message is not valid UTF-8: bad byte 0x\(articleHex2(bytes[offset])) at byte \(offset); send UTF-8 text",
                byteOffset: offset)
        }
    }

    @discardableResult
    private func checkPlainText(_ bytes: [UInt8], id: String) throws(ArticleError) -> String {
        try checkSizeAndEncoding(bytes)
        guard !Self.isBlank(id) else {
            throw ArticleError(code: .invalidField, message: "the article id is empty; give the article a non-empty id", field: "id")
        }
        let body = String(decoding: bytes, as: UTF8.self)
        guard !Self.isBlank(body) else {
            throw ArticleError(code: .emptyBody, message: "the text/plain message is empty or only whitespace; send the article text", field: "body")
        }
        return body
    }

    private func requiredString(_ object: JSONObject, _ name: String) throws(ArticleError) -> String {
        switch object[name] {
        case nil, .null?:
            throw ArticleError(
                code: .missingField,
                message: "required field \"\(name)\" is missing\(object[name] == nil ? "" : " (null)"); add \"\(name)\" as a JSON string",
                field: name)
        case .string(let text)?:
            return text
        case let other?:
            throw ArticleError(
                code: .wrongType, message: "field \"\(name)\" must be a string, not \(other.typeName)", field: name)
        }
    }

    private func optionalString(_ object: JSONObject, _ name: String) throws(ArticleError) -> String? {
        switch object[name] {
        case nil, .null?:
            return nil
        case .string(let text)?:
            return text
        case let other?:
            throw ArticleError(
                code: .wrongType,
                message: "field \"\(name)\" must be a string or null, not \(other.typeName); fix or remove it",
                field: name)
        }
    }

    /// True when `text` has no scalar other than Unicode whitespace (a byte-order mark and
    /// zero-width spaces count as blank). Stops at the first other scalar.
    static func isBlank(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060: continue
            default: if !scalar.properties.isWhitespace { return false }
            }
        }
        return true
    }
}
