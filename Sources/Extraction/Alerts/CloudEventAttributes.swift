/// The CloudEvents 1.0 attributes of an alert, as Kafka binary-mode headers (DESIGN §4).
///
/// | header | value |
/// | --- | --- |
/// | `ce_specversion` | `1.0` |
/// | `ce_id` | the alert id |
/// | `ce_source` | a setting; default `newswatch` |
/// | `ce_type` | `org.newswatch.operation.v1` / `org.newswatch.schedule.v1` |
/// | `ce_time` | the article's reference time, RFC 3339 in UTC with whole seconds (`2016-10-10T12:00:00Z`) |
/// | `ce_subject` | the article id |
/// | `content-type` | `application/json` |
///
/// `ce_time` is the reference time, not the wall clock, so a replay produces identical
/// headers. It comes from `referenceTime` when given (the worker passes `article.referenceTime`,
/// which covers the Kafka-timestamp case), else from the alert's `published_at`; when neither
/// is known the header is left out (it is optional in CloudEvents).
public struct CloudEventAttributes: Sendable, Hashable {
    public static let specVersion = "1.0"
    public static let defaultSource = "newswatch"
    public static let operationType = "org.newswatch.operation.v1"
    public static let scheduleType = "org.newswatch.schedule.v1"
    public static let contentType = "application/json"

    public var id: String
    public var type: String
    public var source: String
    public var time: String?
    public var subject: String

    /// The attributes of an operation alert.
    public init(operation alert: OperationAlert, referenceTime: ReferenceTime?, source: String = defaultSource) {
        self.id = alert.id
        self.type = Self.operationType
        self.source = source
        self.time = Self.time(referenceTime: referenceTime, publishedAt: alert.article.publishedAt)
        self.subject = alert.article.id
    }

    /// The attributes of a schedule-claim alert.
    public init(schedule alert: ScheduleAlert, referenceTime: ReferenceTime?, source: String = defaultSource) {
        self.id = alert.id
        self.type = Self.scheduleType
        self.source = source
        self.time = Self.time(referenceTime: referenceTime, publishedAt: alert.article.publishedAt)
        self.subject = alert.article.id
    }

    /// The Kafka headers, in a fixed order: `ce_specversion`, `ce_id`, `ce_source`, `ce_type`,
    /// `ce_time` (when known), `ce_subject`, `content-type`.
    public var kafkaHeaders: [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = [
            ("ce_specversion", Self.specVersion), ("ce_id", id), ("ce_source", source), ("ce_type", type),
        ]
        if let time { headers.append(("ce_time", time)) }
        headers.append(("ce_subject", subject))
        headers.append(("content-type", Self.contentType))
        return headers
    }

    private static func time(referenceTime: ReferenceTime?, publishedAt: String?) -> String? {
        if let referenceTime { return utcTimestamp(referenceTime.secondsSinceEpoch) }
        if let publishedAt, let instant = RFC3339Parser.parse(publishedAt) {
            return utcTimestamp(instant.secondsSinceEpoch)
        }
        return nil
    }

    /// `YYYY-MM-DDThh:mm:ssZ` for seconds since the epoch (years 0…9999; others are clamped).
    static func utcTimestamp(_ seconds: Int64) -> String {
        // 0000-01-01T00:00:00Z ... 9999-12-31T23:59:59Z
        let clamped = min(max(seconds, -62_167_219_200), 253_402_300_799)
        let days = clamped >= 0 ? clamped / 86_400 : (clamped - 86_399) / 86_400
        let secondOfDay = Int(clamped - days * 86_400)
        let date = RFC3339Parser.civilFromDays(days)
        func pad(_ value: Int64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(date.year, 4))-\(pad(Int64(date.month), 2))-\(pad(Int64(date.day), 2))T"
            + "\(pad(Int64(secondOfDay / 3600), 2)):\(pad(Int64(secondOfDay / 60 % 60), 2)):\(pad(Int64(secondOfDay % 60), 2))Z"
    }
}
