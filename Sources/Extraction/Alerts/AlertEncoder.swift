/// Encodes alerts as compact JSON (DESIGN §4): one object per alert, no whitespace, no trailing
/// newline, keys in the order of DESIGN §4's examples, deterministic bytes.
///
/// Field rules (the schemas in `schemas/` say the same):
/// - every key is always present; optional values are `null` when absent:
///   `article.source/url/title/published_at/language`, `locations[].country` (empty country →
///   null), `locations[].text`, `actors[].text`, `attribution` (operation alerts: null when the
///   article itself asserts it), `attribution.role`, `attribution.via`, `operation.location`
///   (schedule alerts);
/// - `lat`/`lon`: exactly 4 decimals (clamped to ±90/±180); `confidence`: exactly 2 decimals,
///   clamped to 0…1; NaN becomes 0; `-0` is never written;
/// - strings: `"` and `\` escaped, control characters escaped (`\n`, `\t`, `\u001f`, …), all
///   other text (non-ASCII included) written as UTF-8.
///
/// Key order — operation: `schema, id, article{id, source, url, title, published_at, language},
/// operation{kind, name, status}, locations[{name, country, role, lat, lon, text}],
/// actors[{name, kind, role, text}], quantities[{text, value, unit, qualifier}],
/// attribution{source, role, kind, via}, stance, evidence{sentence, start, end}, confidence,
/// reference_time_source, extractor`. Schedule: `schema, id, article, operation{kind, name,
/// location}, event, claimed_time{text, value, grain, start, end, approximate}, attribution,
/// stance, evidence, confidence, reference_time_source, extractor`.
public struct AlertEncoder: Sendable {
    /// The `extractor` field of every alert.
    public static let extractor = "newswatch/0.1.0"
    /// The `schema` field of operation alerts.
    public static let operationSchema = "newswatch.operation.v1"
    /// The `schema` field of schedule alerts.
    public static let scheduleSchema = "newswatch.schedule.v1"

    public init() {}

    /// The JSON bytes of an operation alert.
    public func encode(_ alert: OperationAlert) -> [UInt8] {
        var writer = AlertJSONWriter(capacity: 512 + alert.evidence.sentence.utf8.count)
        writer.raw("{\"schema\":\"newswatch.operation.v1\",\"id\":")
        writer.string(alert.id)
        writer.raw(",\"article\":")
        writeArticle(alert.article, to: &writer)
        writer.raw(",\"operation\":{\"kind\":")
        writer.string(alert.operation.kind.rawValue)
        writer.raw(",\"name\":")
        writer.string(alert.operation.name)
        writer.raw(",\"status\":")
        writer.string(alert.operation.status.rawValue)
        writer.raw("},\"locations\":[")
        for (index, location) in alert.locations.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.raw("{\"name\":")
            writer.string(location.place.name)
            writer.raw(",\"country\":")
            writer.string(location.place.country.isEmpty ? nil : location.place.country)
            writer.raw(",\"role\":")
            writer.string(location.role.rawValue)
            writer.raw(",\"lat\":")
            writer.fixed(location.place.latitude, decimals: 4, clampedTo: -90...90)
            writer.raw(",\"lon\":")
            writer.fixed(location.place.longitude, decimals: 4, clampedTo: -180...180)
            writer.raw(",\"text\":")
            writer.string(location.text)
            writer.raw("}")
        }
        writer.raw("],\"actors\":[")
        for (index, actor) in alert.actors.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.raw("{\"name\":")
            writer.string(actor.actor.name)
            writer.raw(",\"kind\":")
            writer.string(actor.actor.kind.rawValue)
            writer.raw(",\"role\":")
            writer.string(actor.role.rawValue)
            writer.raw(",\"text\":")
            writer.string(actor.text)
            writer.raw("}")
        }
        writer.raw("],\"quantities\":[")
        for (index, quantity) in alert.quantities.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.raw("{\"text\":")
            writer.string(quantity.text)
            writer.raw(",\"value\":")
            writer.integer(quantity.value)
            writer.raw(",\"unit\":")
            writer.string(quantity.unit)
            writer.raw(",\"qualifier\":")
            writer.string(quantity.qualifier.rawValue)
            writer.raw("}")
        }
        writer.raw("],\"attribution\":")
        if let attribution = alert.attribution {
            writeAttribution(attribution, to: &writer)
        } else {
            writer.raw("null")
        }
        writeTail(
            stance: alert.stance, evidence: alert.evidence, confidence: alert.confidence,
            referenceTimeSource: alert.referenceTimeSource, to: &writer)
        return writer.bytes
    }

    /// The JSON bytes of a schedule-claim alert.
    public func encode(_ alert: ScheduleAlert) -> [UInt8] {
        var writer = AlertJSONWriter(capacity: 640 + alert.evidence.sentence.utf8.count)
        writer.raw("{\"schema\":\"newswatch.schedule.v1\",\"id\":")
        writer.string(alert.id)
        writer.raw(",\"article\":")
        writeArticle(alert.article, to: &writer)
        writer.raw(",\"operation\":{\"kind\":")
        writer.string(alert.operation.kind.rawValue)
        writer.raw(",\"name\":")
        writer.string(alert.operation.name)
        writer.raw(",\"location\":")
        writer.string(alert.operation.location)
        writer.raw("},\"event\":")
        writer.string(alert.event.rawValue)
        let time = alert.claimedTime
        writer.raw(",\"claimed_time\":{\"text\":")
        writer.string(time.text)
        writer.raw(",\"value\":")
        writer.string(time.value)
        writer.raw(",\"grain\":")
        writer.string(time.grain.rawValue)
        writer.raw(",\"start\":")
        writer.string(time.start)
        writer.raw(",\"end\":")
        writer.string(time.end)
        writer.raw(",\"approximate\":")
        writer.bool(time.approximate)
        writer.raw("},\"attribution\":")
        writeAttribution(alert.attribution, to: &writer)
        writeTail(
            stance: alert.stance, evidence: alert.evidence, confidence: alert.confidence,
            referenceTimeSource: alert.referenceTimeSource, to: &writer)
        return writer.bytes
    }

    private func writeArticle(_ article: AlertArticle, to writer: inout AlertJSONWriter) {
        writer.raw("{\"id\":")
        writer.string(article.id)
        writer.raw(",\"source\":")
        writer.string(article.source)
        writer.raw(",\"url\":")
        writer.string(article.url)
        writer.raw(",\"title\":")
        writer.string(article.title)
        writer.raw(",\"published_at\":")
        writer.string(article.publishedAt)
        writer.raw(",\"language\":")
        writer.string(article.language)
        writer.raw("}")
    }

    private func writeAttribution(_ attribution: Attribution, to writer: inout AlertJSONWriter) {
        writer.raw("{\"source\":")
        writer.string(attribution.source)
        writer.raw(",\"role\":")
        writer.string(attribution.role)
        writer.raw(",\"kind\":")
        writer.string(attribution.kind.rawValue)
        writer.raw(",\"via\":")
        writer.string(attribution.via)
        writer.raw("}")
    }

    private func writeTail(
        stance: Stance, evidence: Evidence, confidence: Double, referenceTimeSource: ReferenceTime.Source,
        to writer: inout AlertJSONWriter
    ) {
        writer.raw(",\"stance\":")
        writer.string(stance.rawValue)
        writer.raw(",\"evidence\":{\"sentence\":")
        writer.string(evidence.sentence)
        writer.raw(",\"start\":")
        writer.integer(evidence.start)
        writer.raw(",\"end\":")
        writer.integer(evidence.end)
        writer.raw("},\"confidence\":")
        writer.fixed(confidence, decimals: 2, clampedTo: 0...1)
        writer.raw(",\"reference_time_source\":")
        writer.string(referenceTimeSource.rawValue)
        writer.raw(",\"extractor\":\"newswatch/0.1.0\"}")
    }
}
