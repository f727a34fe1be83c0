import Extraction

/// The alert fields `tail --where field=value` can test (docs/WORKER.md "Tail"). A field of a
/// list (locations, actors) matches when any element matches.
public enum AlertField: String, Sendable, Hashable, CaseIterable {
    /// `operation` or `schedule`, from `schema`.
    case type
    /// The alert id (`id`, = `ce_id`).
    case id
    /// `operation.kind`.
    case kind
    /// `operation.status` (operation alerts only).
    case status
    /// `operation.name`.
    case name
    /// Any `locations[].name` or `.text` of an operation alert; `operation.location` of a schedule claim.
    case location
    /// Any `locations[].country` (ISO 3166 alpha-2).
    case country
    /// Any `actors[].name` or `.text`.
    case actor
    /// Any `actors[].kind`.
    case actorKind = "actor.kind"
    /// `event` (schedule claims only).
    case event
    /// `claimed_time.grain` (schedule claims only).
    case grain
    /// `stance`.
    case stance
    /// `attribution.kind`; `none` matches alerts the article itself asserts.
    case attributionKind = "attribution.kind"
    /// `attribution.source`.
    case attributionSource = "attribution.source"
    /// `attribution.via`.
    case attributionVia = "attribution.via"
    /// `article.id`.
    case articleID = "article.id"
    /// `article.source`.
    case articleSource = "article.source"

    /// The values a valid filter may name, when the field has a fixed set (DESIGN §4).
    public var allowedValues: [String]? {
        switch self {
        case .type: ["operation", "schedule"]
        case .kind: OperationKind.allCases.map(\.rawValue)
        case .status: OperationStatus.allCases.map(\.rawValue)
        case .event: ScheduleEvent.allCases.map(\.rawValue)
        case .grain: TimeGrain.allCases.map(\.rawValue)
        case .stance: Stance.allCases.map(\.rawValue)
        case .attributionKind: Attribution.Kind.allCases.map(\.rawValue) + ["none"]
        default: nil
        }
    }

    /// The field a mistyped name most likely means: one the name starts, else one within two edits.
    static func closest(to name: String) -> AlertField? {
        if let started = allCases.first(where: { $0.rawValue.hasPrefix(name) }) { return started }
        let nearest = allCases.min { SettingsResolver.distance($0.rawValue, name) < SettingsResolver.distance($1.rawValue, name) }
        return nearest.flatMap { SettingsResolver.distance($0.rawValue, name) <= 2 ? $0 : nil }
    }

    /// The field's values in `alert`, as strings.
    func values(in alert: JSONObject) -> [String] {
        let operation = alert["operation"]?.object
        switch self {
        case .type:
            let schema = alert["schema"]?.string ?? ""
            return schema.hasPrefix("newswatch.operation") ? ["operation"] : schema.hasPrefix("newswatch.schedule") ? ["schedule"] : []
        case .id: return [alert["id"]?.string].compactMap { $0 }
        case .kind: return [operation?["kind"]?.string].compactMap { $0 }
        case .status: return [operation?["status"]?.string].compactMap { $0 }
        case .name: return [operation?["name"]?.string].compactMap { $0 }
        case .location:
            return [operation?["location"]?.string].compactMap { $0 } + Self.members(alert["locations"], ["name", "text"])
        case .country: return Self.members(alert["locations"], ["country"])
        case .actor: return Self.members(alert["actors"], ["name", "text"])
        case .actorKind: return Self.members(alert["actors"], ["kind"])
        case .event: return [alert["event"]?.string].compactMap { $0 }
        case .grain: return [alert["claimed_time"]?.object?["grain"]?.string].compactMap { $0 }
        case .stance: return [alert["stance"]?.string].compactMap { $0 }
        case .attributionKind:
            guard let attribution = alert["attribution"]?.object else { return ["none"] }
            return [attribution["kind"]?.string].compactMap { $0 }
        case .attributionSource: return [alert["attribution"]?.object?["source"]?.string].compactMap { $0 }
        case .attributionVia: return [alert["attribution"]?.object?["via"]?.string].compactMap { $0 }
        case .articleID: return [alert["article"]?.object?["id"]?.string].compactMap { $0 }
        case .articleSource: return [alert["article"]?.object?["source"]?.string].compactMap { $0 }
        }
    }

    private static func members(_ list: JSONValue?, _ keys: [String]) -> [String] {
        guard case .array(let elements) = list else { return [] }
        return elements.flatMap { element in keys.compactMap { element.object?[$0]?.string } }
    }
}

/// Which alerts `tail` prints: every condition must hold (`--where` conditions, `--kind`,
/// `--status`, `--min-confidence`). Values compare case-insensitively; a value may list
/// alternatives separated by commas (`kind=offensive,airstrike`).
public struct AlertFilter: Sendable, Hashable {
    /// One condition: the field has one of `values` (lower-cased).
    public struct Condition: Sendable, Hashable {
        public var field: AlertField
        public var values: [String]
    }

    public private(set) var conditions: [Condition] = []
    /// The lowest `confidence` shown. Default `nil` (any).
    public private(set) var minConfidence: Double?

    /// Every alert.
    public init() {}

    /// Parses the filter flags of `tail`.
    ///
    /// - Parameters:
    ///   - conditions: `--where` values, each `field=value`.
    ///   - kinds: `--kind` values (shorthand for `kind=`).
    ///   - statuses: `--status` values (shorthand for `status=`).
    ///   - minConfidence: `--min-confidence`, 0 to 1.
    /// - Throws: ``AlertFilterError`` naming the flag and what to write instead.
    public init(where conditions: [String], kinds: [String] = [], statuses: [String] = [], minConfidence: Double? = nil) throws(AlertFilterError) {
        for text in conditions {
            guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { throw .notFieldEqualsValue(text) }
            let name = String(text[..<equals]).trimmingSpaces.lowercased()
            guard let field = AlertField(rawValue: name) else { throw .unknownField(name, suggestion: AlertField.closest(to: name)) }
            try add(field, String(text[text.index(after: equals)...]), flag: "--where \(name)=")
        }
        for kind in kinds { try add(.kind, kind, flag: "--kind") }
        for status in statuses { try add(.status, status, flag: "--status") }
        if let minConfidence {
            guard minConfidence.isFinite, (0...1).contains(minConfidence) else { throw .confidenceOutOfRange(minConfidence) }
            self.minConfidence = minConfidence
        }
    }

    private mutating func add(_ field: AlertField, _ text: String, flag: String) throws(AlertFilterError) {
        let values = text.split(separator: ",").map { String($0).trimmingSpaces.lowercased() }.filter { !$0.isEmpty }
        guard !values.isEmpty else { throw .emptyValue(flag: flag) }
        if let allowed = field.allowedValues {
            for value in values where !allowed.contains(value) {
                throw .invalidValue(flag: flag, value: value, allowed: allowed)
            }
        }
        conditions.append(Condition(field: field, values: values))
    }

    /// `true` when `alert` (a decoded alert JSON object) passes every condition; a value that is
    /// not an object passes only the empty filter.
    public func matches(_ alert: JSONValue) -> Bool {
        guard case .object(let object) = alert else { return conditions.isEmpty && minConfidence == nil }
        if let minConfidence {
            guard case .number(let text) = object["confidence"], let confidence = Double(text), confidence >= minConfidence else { return false }
        }
        return conditions.allSatisfy { condition in
            condition.field.values(in: object).contains { condition.values.contains($0.lowercased()) }
        }
    }

    /// `true` when the filter lets every alert through.
    public var isEmpty: Bool { conditions.isEmpty && minConfidence == nil }
}

/// A `tail` filter flag that cannot be used, with the fix in the message.
public enum AlertFilterError: Error, Sendable, Hashable, CustomStringConvertible {
    case notFieldEqualsValue(String)
    case unknownField(String, suggestion: AlertField?)
    case emptyValue(flag: String)
    case invalidValue(flag: String, value: String, allowed: [String])
    case confidenceOutOfRange(Double)

    public var description: String {
        switch self {
        case .notFieldEqualsValue(let text):
            "--where \"\(text)\" is not field=value; write e.g. --where location=Mosul"
        case .unknownField(let name, let suggestion):
            "--where has no field \"\(name)\"; " + (suggestion.map { "did you mean \($0.rawValue)? " } ?? "")
                + "use one of \(AlertField.allCases.map(\.rawValue).joined(separator: ", "))"
        case .emptyValue(let flag):
            "\(flag) needs a value, e.g. --where location=Mosul"
        case .invalidValue(let flag, let value, let allowed):
            "\(flag) \"\(value)\" is not a valid value; use one of \(allowed.joined(separator: ", "))"
        case .confidenceOutOfRange(let value):
            "--min-confidence \(value) is outside 0…1; write e.g. --min-confidence 0.7"
        }
    }
}

extension JSONValue {
    /// The object, when the value is one.
    var object: JSONObject? { if case .object(let object) = self { object } else { nil } }
    /// The string, when the value is one.
    var string: String? { if case .string(let string) = self { string } else { nil } }
}
