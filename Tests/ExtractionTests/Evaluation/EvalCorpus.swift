import Foundation
@testable import Extraction

/// The annotated evaluation corpus (`Tests/ExtractionTests/Fixtures/*.jsonl`, format in the
/// folder's README.md) as typed expectations.
struct EvalItem: Sendable {
    enum Shape: String, Sendable { case sentence, article }

    var id: String
    var shape: Shape
    var tags: [String]
    var trap: Bool
    /// The DESIGN §3 article JSON the extractor is run on (a sentence becomes a one-sentence article).
    var articleJSON: [UInt8]
    /// The text the extractor reads (`text` of a sentence, `body` of an article).
    var body: String
    var publishedAt: String
    var operations: [EvalOperation]
    var schedules: [EvalSchedule]
    var times: [EvalTime]
}

/// An expected operation. Lists in `kinds`/`locations` hold the readings the DESIGN leaves
/// open; `optional` ones are neither rewarded nor penalised.
struct EvalOperation: Sendable, Hashable {
    var kinds: [OperationKind]
    var status: OperationStatus
    /// Canonical main-location names; `nil` entries mean "no location".
    var locations: [String?]
    var agent: String?
    var optional: Bool
    /// Present when the annotation scores attribution (`author` = the article asserts it).
    var attributionKind: Attribution.Kind?
    var source: String?
    var via: String?
    var stance: Stance?
    var quantities: [EvalQuantity]

    init(
        kinds: [OperationKind], status: OperationStatus, locations: [String?], agent: String? = nil,
        optional: Bool = false, attributionKind: Attribution.Kind? = nil, source: String? = nil,
        via: String? = nil, stance: Stance? = nil, quantities: [EvalQuantity] = []
    ) {
        self.kinds = kinds
        self.status = status
        self.locations = locations
        self.agent = agent
        self.optional = optional
        self.attributionKind = attributionKind
        self.source = source
        self.via = via
        self.stance = stance
        self.quantities = quantities
    }

    var label: String {
        let kind = kinds.map(\.rawValue).joined(separator: "|")
        let place = locations.map { $0 ?? "∅" }.joined(separator: "|")
        return "\(kind) @ \(place) (\(status.rawValue))"
    }
}

struct EvalQuantity: Sendable, Hashable {
    var value: Int
    var unit: String
    var qualifier: Quantity.Qualifier
}

/// An expected schedule claim.
struct EvalSchedule: Sendable, Hashable {
    var event: ScheduleEvent
    var value: String
    var grain: TimeGrain
    var approximate: Bool
    /// Nil when the annotation does not score attribution (e.g. a denial whose claimant is unnamed).
    var attributionKind: Attribution.Kind?
    var source: String?
    var via: String?
    var stance: Stance
    /// The time expression as written, used to line up time normalisation.
    var text: String?
    var optional: Bool

    init(
        event: ScheduleEvent, value: String, grain: TimeGrain, approximate: Bool,
        attributionKind: Attribution.Kind?, source: String? = nil, via: String? = nil, stance: Stance,
        text: String? = nil, optional: Bool = false
    ) {
        self.event = event
        self.value = value
        self.grain = grain
        self.approximate = approximate
        self.attributionKind = attributionKind
        self.source = source
        self.via = via
        self.stance = stance
        self.text = text
        self.optional = optional
    }

    var label: String { "\(event.rawValue) \(value) (\(grain.rawValue))" + (text.map { " “\($0)”" } ?? "") }
}

/// An expected normalised time expression.
struct EvalTime: Sendable, Hashable {
    var text: String
    var value: String
    var grain: TimeGrain
}

enum EvalCorpusError: Error, CustomStringConvertible {
    case unreadable(String)
    case invalid(file: String, line: Int, reason: String)

    var description: String {
        switch self {
        case .unreadable(let path): "cannot read \(path)"
        case .invalid(let file, let line, let reason): "\(file):\(line): \(reason)"
        }
    }
}

enum EvalCorpus {
    /// `Tests/ExtractionTests/Fixtures`, found next to this file.
    static let fixturesDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func loadSentences() throws -> [EvalItem] {
        try load(file: "sentences.jsonl", shape: .sentence)
    }

    static func loadArticles() throws -> [EvalItem] {
        try load(file: "articles.jsonl", shape: .article)
    }

    static func loadAll() throws -> [EvalItem] {
        try loadSentences() + loadArticles()
    }

    static func load(file: String, shape: EvalItem.Shape) throws -> [EvalItem] {
        let url = fixturesDirectory.appendingPathComponent(file)
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw EvalCorpusError.unreadable(url.path)
        }
        var items: [EvalItem] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            do {
                items.append(try parse(line: String(trimmed), shape: shape))
            } catch let error as EvalCorpusError {
                throw error
            } catch {
                throw EvalCorpusError.invalid(file: file, line: index + 1, reason: "\(error)")
            }
        }
        return items
    }

    struct FieldError: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(line: String, shape: EvalItem.Shape) throws -> EvalItem {
        guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            throw FieldError(description: "not a JSON object")
        }
        let id = try string(object, "id")
        let publishedAt = try string(object, "published_at")
        let body: String
        var article: [String: Any]
        switch shape {
        case .sentence:
            body = try string(object, "text")
            article = ["id": "eval-\(id)", "published_at": publishedAt, "body": body, "language": "en"]
        case .article:
            body = try string(object, "body")
            article = [:]
            for key in ["id", "published_at", "title", "body", "source", "url", "language"] {
                if let value = object[key] { article[key] = value }
            }
        }
        let json = try JSONSerialization.data(withJSONObject: article, options: [.sortedKeys])
        let operations = try (object["operations"] as? [[String: Any]] ?? []).map(parseOperation)
        let schedules = try (object["schedules"] as? [[String: Any]] ?? []).map(parseSchedule)
        let times = try (object["times"] as? [[String: Any]] ?? []).map { entry in
            EvalTime(text: try string(entry, "text"), value: try string(entry, "value"), grain: try grain(entry))
        }
        return EvalItem(
            id: id, shape: shape, tags: object["tags"] as? [String] ?? [], trap: object["trap"] as? Bool ?? false,
            articleJSON: Array(json), body: body, publishedAt: publishedAt,
            operations: operations, schedules: schedules, times: times)
    }

    static func parseOperation(_ entry: [String: Any]) throws -> EvalOperation {
        let kindNames: [String] = (entry["kind"] as? [String]) ?? [(entry["kind"] as? String) ?? ""]
        let kinds = try kindNames.map { name in
            guard let kind = OperationKind(rawValue: name) else { throw FieldError(description: "bad kind \(name)") }
            return kind
        }
        guard let status = OperationStatus(rawValue: entry["status"] as? String ?? "") else {
            throw FieldError(description: "bad status in \(entry)")
        }
        let locations: [String?]
        if let list = entry["location"] as? [Any] {
            locations = list.map { $0 as? String }
        } else {
            locations = [entry["location"] as? String]
        }
        let quantities = try (entry["quantities"] as? [[String: Any]] ?? []).map { q in
            guard let value = q["value"] as? Int, let unit = q["unit"] as? String,
                  let qualifier = Quantity.Qualifier(rawValue: q["qualifier"] as? String ?? "exact")
            else { throw FieldError(description: "bad quantity \(q)") }
            return EvalQuantity(value: value, unit: unit, qualifier: qualifier)
        }
        return EvalOperation(
            kinds: kinds, status: status, locations: locations, agent: entry["agent"] as? String,
            optional: entry["optional"] as? Bool ?? false,
            attributionKind: try attributionKind(entry), source: entry["source"] as? String,
            via: entry["via"] as? String, stance: try stance(entry, required: false), quantities: quantities)
    }

    static func parseSchedule(_ entry: [String: Any]) throws -> EvalSchedule {
        guard let event = ScheduleEvent(rawValue: entry["event"] as? String ?? "") else {
            throw FieldError(description: "bad event in \(entry)")
        }
        guard let stance = try stance(entry, required: true) else { throw FieldError(description: "no stance") }
        return EvalSchedule(
            event: event, value: try string(entry, "value"), grain: try grain(entry),
            approximate: entry["approximate"] as? Bool ?? false, attributionKind: try attributionKind(entry),
            source: entry["source"] as? String, via: entry["via"] as? String, stance: stance,
            text: entry["text"] as? String, optional: entry["optional"] as? Bool ?? false)
    }

    static func string(_ object: [String: Any], _ key: String) throws -> String {
        guard let value = object[key] as? String else { throw FieldError(description: "missing string \(key)") }
        return value
    }

    static func grain(_ object: [String: Any]) throws -> TimeGrain {
        guard let grain = TimeGrain(rawValue: object["grain"] as? String ?? "") else {
            throw FieldError(description: "bad grain in \(object)")
        }
        return grain
    }

    static func attributionKind(_ object: [String: Any]) throws -> Attribution.Kind? {
        guard let name = object["attribution_kind"] as? String else { return nil }
        guard let kind = Attribution.Kind(rawValue: name) else { throw FieldError(description: "bad attribution_kind \(name)") }
        return kind
    }

    static func stance(_ object: [String: Any], required: Bool) throws -> Stance? {
        guard let name = object["stance"] as? String else {
            if required { throw FieldError(description: "missing stance") }
            return nil
        }
        guard let stance = Stance(rawValue: name) else { throw FieldError(description: "bad stance \(name)") }
        return stance
    }
}
