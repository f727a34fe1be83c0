/// Deterministic alert ids (DESIGN §4): a replay of the same article yields the same ids, so
/// subscribers can de-duplicate.
///
/// **Format**: `op-` (operation) or `sc-` (schedule) followed by the first 32 lowercase hex
/// digits (128 bits) of a SHA-256 digest, e.g. `op-3f1c…` (35 characters in all).
///
/// **What is hashed**: a canonical serialization of the fields that make an alert distinct —
/// the same operation mentioned in the same sentence gets the same id; a different kind, main
/// location, sentence, event or claimed time gets another:
/// - operation: article id, `"operation"`, kind, main-location key, evidence start, evidence end;
/// - schedule: article id, `"schedule"`, operation kind, operation-location key, event,
///   claimed-time value, claimed-time grain, evidence start, evidence end.
///
/// Status, confidence, stance, names and attribution are *not* hashed: they describe an alert
/// rather than tell two alerts apart, and a change there must not turn one alert into two.
/// The location key is the place's slug (``Place/slug``), or empty when there is no location.
///
/// **Serialization** (unambiguous): the ASCII domain tag `newswatch.alert-id.v1`, then each field
/// as an 8-byte big-endian byte length followed by its UTF-8 bytes; integers are written as
/// decimal text first. No field boundary can be confused with another.
public enum AlertID {
    /// The prefix of operation-alert ids.
    public static let operationPrefix = "op-"
    /// The prefix of schedule-alert ids.
    public static let schedulePrefix = "sc-"
    /// The number of hex digits after the prefix.
    public static let hexDigits = 32

    /// The id of an operation alert.
    /// - Parameters:
    ///   - articleID: the article's id.
    ///   - kind: the operation kind.
    ///   - locationKey: the main location's slug (`mosul`), or `""` when the alert has none.
    ///   - evidenceStart: the evidence sentence's first scalar offset in the body.
    ///   - evidenceEnd: one past its last scalar.
    public static func operation(
        articleID: String, kind: OperationKind, locationKey: String, evidenceStart: Int, evidenceEnd: Int
    ) -> String {
        make(prefix: operationPrefix, fields: [
            articleID, "operation", kind.rawValue, locationKey, String(evidenceStart), String(evidenceEnd),
        ])
    }

    /// The id of a schedule-claim alert.
    /// - Parameters:
    ///   - articleID: the article's id.
    ///   - kind: the kind of the operation the claim is about.
    ///   - locationKey: the slug of the operation's location, or `""` when it has none.
    ///   - event: begin, end, deadline or occur.
    ///   - claimedValue: ``ClaimedTime/value`` (`2016-10-19`).
    ///   - grain: ``ClaimedTime/grain``.
    ///   - evidenceStart: the evidence sentence's first scalar offset in the body.
    ///   - evidenceEnd: one past its last scalar.
    public static func schedule(
        articleID: String, kind: OperationKind, locationKey: String, event: ScheduleEvent,
        claimedValue: String, grain: TimeGrain, evidenceStart: Int, evidenceEnd: Int
    ) -> String {
        make(prefix: schedulePrefix, fields: [
            articleID, "schedule", kind.rawValue, locationKey, event.rawValue, claimedValue, grain.rawValue,
            String(evidenceStart), String(evidenceEnd),
        ])
    }

    /// The id an operation alert should have, computed from its own fields
    /// (location key = slug of `locations.first`).
    public static func operation(for alert: OperationAlert) -> String {
        operation(
            articleID: alert.article.id, kind: alert.operation.kind,
            locationKey: alert.locations.first?.place.slug ?? "",
            evidenceStart: alert.evidence.start, evidenceEnd: alert.evidence.end)
    }

    /// The id a schedule alert should have, computed from its own fields
    /// (location key = slug of `operation.location`).
    public static func schedule(for alert: ScheduleAlert) -> String {
        schedule(
            articleID: alert.article.id, kind: alert.operation.kind,
            locationKey: alert.operation.location.map(Slug.make) ?? "", event: alert.event,
            claimedValue: alert.claimedTime.value, grain: alert.claimedTime.grain,
            evidenceStart: alert.evidence.start, evidenceEnd: alert.evidence.end)
    }

    /// The canonical bytes that are hashed for `fields` (exposed for tests).
    static func canonicalBytes(_ fields: [String]) -> [UInt8] {
        var bytes = Array("newswatch.alert-id.v1".utf8)
        bytes.reserveCapacity(bytes.count + fields.reduce(0) { $0 + 8 + $1.utf8.count })
        for field in fields {
            let length = UInt64(field.utf8.count)
            for shift in stride(from: 56, through: 0, by: -8) {
                bytes.append(UInt8(truncatingIfNeeded: length >> UInt64(shift)))
            }
            bytes.append(contentsOf: field.utf8)
        }
        return bytes
    }

    private static func make(prefix: String, fields: [String]) -> String {
        let digest = SHA256.hash(canonicalBytes(fields))
        return prefix + String(SHA256.hex(digest).prefix(hexDigits))
    }
}
