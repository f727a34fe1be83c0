/// Why a JSON text could not be parsed, and where.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The offset of the offending byte in the input (the input length for a premature end).
    public var byteOffset: Int
    /// What is wrong, in a few words ("expected ',' or '}' after an object member").
    public var reason: String

    public init(byteOffset: Int, reason: String) {
        self.byteOffset = byteOffset
        self.reason = reason
    }

    public var description: String { "invalid JSON at byte \(byteOffset): \(reason)" }
}

/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// - Objects with a **duplicate key are rejected** (`duplicate key "id"`): a repeated `body` or
///   `id` is ambiguous, and parsers that disagree on "first or last wins" are a known source of
///   bugs, so newswatch sends such messages to the dead-letter topic instead of guessing.
/// - Strings: every escape, `\u` surrogate pairs combined; a lone surrogate is an error; raw
///   control characters (below U+0020) must be escaped. The input is expected to be valid
///   UTF-8 (``ArticleDecoder`` checks that first); invalid sequences inside strings would
///   come out as U+FFFD.
/// - Nesting deeper than `maxDepth` (default 64) arrays/objects is an error, so recursion
///   stays shallow whatever the input.
/// - One leading UTF-8 byte-order mark is skipped; whitespace may surround the value; anything
///   else after it is an error.
/// - Linear time; never traps.
public struct JSONParser: Sendable {
    /// Default nesting limit.
    public static let defaultMaxDepth = 64

    public var maxDepth: Int

    public init(maxDepth: Int = JSONParser.defaultMaxDepth) {
        self.maxDepth = maxDepth
    }

    /// Parses one JSON text.
    /// - Throws: ``JSONParseError`` with the byte offset of the first problem.
    public func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        let result: Result<JSONValue, JSONParseError> = bytes.withUnsafeBufferPointer { buffer in
            var cursor = JSONCursor(buffer: buffer, maxDepth: maxDepth)
            do throws(JSONParseError) {
                return .success(try cursor.document())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// The parser's state: a position in a byte buffer.
struct JSONCursor {
    let buffer: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var position = 0
    /// Reused for strings with escapes.
    var scratch: [UInt8] = []

    init(buffer: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.buffer = buffer
        self.maxDepth = maxDepth
    }

    private func fail(_ reason: String, at offset: Int? = nil) -> JSONParseError {
        JSONParseError(byteOffset: offset ?? position, reason: reason)
    }

    private func describeByte(at offset: Int) -> String {
        guard offset < buffer.count else { return "end of input" }
        let byte = buffer[offset]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(articleHex2(byte))"
    }

    mutating func document() throws(JSONParseError) -> JSONValue {
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
        let value = try self.value(depth: 0)
        skipWhitespace()
        if position < buffer.count {
            throw fail("unexpected \(describeByte(at: position)) after the JSON value")
        }
        return value
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while position < buffer.count {
            let byte = buffer[position]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            position += 1
        }
    }

    private mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        guard position < buffer.count else { throw fail("unexpected end of input; expected a value") }
        switch buffer[position] {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw fail("unexpected \(describeByte(at: position)); expected a value")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let start = position
        let count = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { expected -> Bool in
            guard buffer.count - start >= count else { return false }
            for offset in 0..<count where buffer[start + offset] != expected[offset] { return false }
            return true
        }
        guard matches else { throw fail("invalid literal; expected \(word)", at: start) }
        position += count
    }

    private mutating func object(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= maxDepth else { throw fail("nesting deeper than \(maxDepth) levels") }
        position += 1  // {
        var object = JSONObject()
        skipWhitespace()
        if position < buffer.count, buffer[position] == UInt8(ascii: "}") {
            position += 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard position < buffer.count else { throw fail("unexpected end of input; expected an object key") }
            guard buffer[position] == UInt8(ascii: "\"") else {
                throw fail("unexpected \(describeByte(at: position)); expected an object key in double quotes")
            }
            let keyOffset = position
            let key = try string()
            skipWhitespace()
            guard position < buffer.count, buffer[position] == UInt8(ascii: ":") else {
                throw fail("unexpected \(describeByte(at: position)); expected ':' after an object key")
            }
            position += 1
            let member = try value(depth: depth)
            guard object.insert(key: key, value: member) else {
                throw fail("duplicate key \(ArticleError.quote(key))", at: keyOffset)
            }
            skipWhitespace()
            guard position < buffer.count else { throw fail("unexpected end of input; expected ',' or '}'") }
            switch buffer[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; return .object(object)
            default: throw fail("unexpected \(describeByte(at: position)); expected ',' or '}' after an object member")
            }
        }
    }

    private mutating func array(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth <= maxDepth else { throw fail("nesting deeper than \(maxDepth) levels") }
        position += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < buffer.count, buffer[position] == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            elements.append(try value(depth: depth))
            skipWhitespace()
            guard position < buffer.count else { throw fail("unexpected end of input; expected ',' or ']'") }
            switch buffer[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; return .array(elements)
            default: throw fail("unexpected \(describeByte(at: position)); expected ',' or ']' after an array element")
            }
        }
    }

    private mutating func number() throws(JSONParseError) -> String {
        let start = position
        if buffer[position] == UInt8(ascii: "-") { position += 1 }
        guard position < buffer.count, isDigit(buffer[position]) else {
            throw fail("invalid number: expected a digit")
        }
        if buffer[position] == UInt8(ascii: "0") {
            position += 1
            if position < buffer.count, isDigit(buffer[position]) {
                throw fail("invalid number: leading zero")
            }
        } else {
            skipDigits()
        }
        if position < buffer.count, buffer[position] == UInt8(ascii: ".") {
            position += 1
            guard position < buffer.count, isDigit(buffer[position]) else {
                throw fail("invalid number: expected a digit after '.'")
            }
            skipDigits()
        }
        if position < buffer.count, buffer[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < buffer.count, buffer[position] == UInt8(ascii: "+") || buffer[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < buffer.count, isDigit(buffer[position]) else {
                throw fail("invalid number: expected a digit in the exponent")
            }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<position]), as: UTF8.self)
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    @inline(__always)
    private mutating func skipDigits() {
        while position < buffer.count, isDigit(buffer[position]) { position += 1 }
    }

    /// Parses a string starting at the opening quote.
    private mutating func string() throws(JSONParseError) -> String {
        let open = position
        position += 1
        var runStart = position
        var escaped = false
        while position < buffer.count {
            let byte = buffer[position]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: buffer[runStart..<position])
                position += 1
                if !escaped { return String(decoding: run, as: UTF8.self) }
                scratch.append(contentsOf: run)
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                if !escaped {
                    escaped = true
                    scratch.removeAll(keepingCapacity: true)
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<position]))
                try escape()
                runStart = position
                continue
            }
            if byte < 0x20 {
                throw fail("control character 0x\(articleHex2(byte)) in a string must be escaped")
            }
            position = endOfPlainRun(from: position + 1)
        }
        throw fail("unexpected end of input inside the string that starts at byte \(open)")
    }

    /// The offset of the first quote, backslash or control byte at or after `start` (or the
    /// end of the input): a string's plain bytes, skipped eight at a time.
    @inline(__always)
    private func endOfPlainRun(from start: Int) -> Int {
        var offset = start
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset &+ 8 <= buffer.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                let special = Self.specialBytes(in: word)
                if special != 0 { return offset &+ special.trailingZeroBitCount / 8 }
                offset &+= 8
            }
        }
        while offset < buffer.count {
            let byte = buffer[offset]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return offset }
            offset &+= 1
        }
        return offset
    }

    /// A word with the high bit set in each byte of `word` that is a quote, a backslash or below
    /// 0x20; the lowest set bit marks the first such byte (higher ones may be false alarms).
    @inline(__always)
    static func specialBytes(in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func zeroBytes(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let quotes = zeroBytes(word ^ (ones &* 0x22))
        let backslashes = zeroBytes(word ^ (ones &* 0x5C))
        let controls = (word &- ones &* 0x20) & ~word & highs
        return quotes | backslashes | controls
    }

    /// Decodes the escape at `position` (a backslash) into `scratch`.
    private mutating func escape() throws(JSONParseError) {
        let start = position
        position += 1
        guard position < buffer.count else { throw fail("unexpected end of input in an escape") }
        let byte = buffer[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(byte)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4(escapeStart: start)
            if scalar >= 0xDC00 && scalar <= 0xDFFF {
                throw fail("lone low surrogate \\u\(hex4String(scalar)) (not preceded by a high surrogate)", at: start)
            }
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                let lowStart = position
                guard position + 1 < buffer.count, buffer[position] == UInt8(ascii: "\\"),
                      buffer[position + 1] == UInt8(ascii: "u")
                else {
                    throw fail("lone high surrogate \\u\(hex4String(scalar)) (not followed by a low surrogate)", at: start)
                }
                position += 2
                let low = try hex4(escapeStart: lowStart)
                guard low >= 0xDC00 && low <= 0xDFFF else {
                    throw fail("high surrogate \\u\(hex4String(scalar)) followed by \\u\(hex4String(low)), not a low surrogate", at: start)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            appendUTF8(scalar)
        default:
            if byte >= 0x21 && byte < 0x7F {
                throw fail("invalid escape \\\(Character(Unicode.Scalar(byte)))", at: start)
            }
            throw fail("invalid escape: backslash followed by \(describeByte(at: position - 1))", at: start)
        }
    }

    private mutating func hex4(escapeStart: Int) throws(JSONParseError) -> UInt32 {
        guard buffer.count - position >= 4 else { throw fail("incomplete \\u escape", at: escapeStart) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = buffer[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail("invalid \\u escape: expected 4 hex digits", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18 & 0x07))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    private func hex4String(_ value: UInt32) -> String {
        articleHex2(UInt8(truncatingIfNeeded: value >> 8)) + articleHex2(UInt8(truncatingIfNeeded: value))
    }
}

/// Two uppercase hex digits.
func articleHex2(_ byte: UInt8) -> String {
    let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
}
