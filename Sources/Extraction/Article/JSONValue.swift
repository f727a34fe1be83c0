/// A parsed JSON value (RFC 8259).
///
/// Numbers keep their exact text, so huge or very precise numbers never overflow or lose
/// digits; callers convert only the numbers they need.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number as written (`-12.5e3`), already checked against the JSON number grammar.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// A short name of the value's type for error messages: `null`, `boolean`, `number`,
    /// `string`, `array`, `object`.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// A JSON object: members in input order, with unique keys (the parser rejects duplicates).
public struct JSONObject: Sendable, Hashable {
    public private(set) var keys: [String] = []
    public private(set) var values: [JSONValue] = []
    private var index: [String: Int] = [:]

    public init() {}

    /// The number of members.
    public var count: Int { keys.count }

    /// The value for `key`, or nil when the object has no such member.
    public subscript(key: String) -> JSONValue? {
        guard let position = index[key] else { return nil }
        return values[position]
    }

    /// Adds a member; returns false (and changes nothing) when `key` is already present.
    @discardableResult
    public mutating func insert(key: String, value: JSONValue) -> Bool {
        guard index[key] == nil else { return false }
        index[key] = keys.count
        keys.append(key)
        values.append(value)
        return true
    }
}
