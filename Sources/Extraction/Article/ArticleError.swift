/// Why an input message is not a usable article. The worker sends such messages to the
/// dead-letter topic with `code` in the `newswatch-error` header and `message` in
/// `newswatch-error-message` (DESIGN §3).
///
/// | code | when |
/// | --- | --- |
/// | `too-large` | the message is longer than ``ArticleDecoder/Settings/maxArticleBytes`` (checked first) |
/// | `invalid-utf8` | the raw bytes are not valid UTF-8 (checked before JSON parsing) |
/// | `invalid-json` | not one well-formed JSON value: syntax, lone surrogate, duplicate key, nesting over the limit |
/// | `not-an-object` | well-formed JSON whose top level is not an object |
/// | `missing-field` | `id` or `body` absent or null; or neither `published_at` nor a Kafka timestamp |
/// | `wrong-type` | a known field (`id`, `body`, `published_at`, `title`, `source`, `url`, `language`) is not a string (null counts as absent for optional fields) |
/// | `invalid-field` | `id` is empty or only whitespace |
/// | `empty-body` | `body` is empty or only whitespace |
/// | `bad-timestamp` | `published_at` is not an RFC 3339 date-time |
///
/// Codes never change meaning; new ones may be added.
public struct ArticleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, machine-readable error code (the `newswatch-error` header).
    public struct Code: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let tooLarge = Code(rawValue: "too-large")
        public static let invalidUTF8 = Code(rawValue: "invalid-utf8")
        public static let invalidJSON = Code(rawValue: "invalid-json")
        public static let notAnObject = Code(rawValue: "not-an-object")
        public static let missingField = Code(rawValue: "missing-field")
        public static let wrongType = Code(rawValue: "wrong-type")
        public static let invalidField = Code(rawValue: "invalid-field")
        public static let emptyBody = Code(rawValue: "empty-body")
        public static let badTimestamp = Code(rawValue: "bad-timestamp")

        /// Every code the decoder can produce.
        public static let all: [Code] = [
            .tooLarge, .invalidUTF8, .invalidJSON, .notAnObject, .missingField, .wrongType,
            .invalidField, .emptyBody, .badTimestamp,
        ]
    }

    public var code: Code
    /// One line (no control characters) saying what is wrong and what to fix.
    public var message: String
    /// The byte offset in the message the error points at (JSON and UTF-8 errors).
    public var byteOffset: Int?
    /// The JSON field concerned, when there is one.
    public var field: String?

    public init(code: Code, message: String, byteOffset: Int? = nil, field: String? = nil) {
        self.code = code
        self.message = message
        self.byteOffset = byteOffset
        self.field = field
    }

    public var description: String { "\(code.rawValue): \(message)" }

    /// `text` in double quotes for a one-line message: control characters, quotes and
    /// backslashes escaped, cut after `limit` scalars with `…`.
    public static func quote(_ text: String, limit: Int = 60) -> String {
        var out = "\""
        var taken = 0
        for scalar in text.unicodeScalars {
            if taken == limit {
                out += "…"
                break
            }
            taken += 1
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}"
                    || scalar == "\u{85}"
                {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
