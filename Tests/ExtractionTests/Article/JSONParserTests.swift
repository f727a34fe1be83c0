import Testing
@testable import Extraction

@Suite struct JSONParserTests {
    private func parse(_ text: String, maxDepth: Int = 64) throws(JSONParseError) -> JSONValue {
        try JSONParser(maxDepth: maxDepth).parse(Array(text.utf8))
    }

    private func error(_ text: String, maxDepth: Int = 64) -> JSONParseError? {
        do {
            _ = try parse(text, maxDepth: maxDepth)
            return nil
        } catch {
            return error
        }
    }

    @Test func parsesEveryValueKind() throws {
        let value = try parse(#" { "a" : [1, -2.5e+3, 0, 0.25E-2, true, false, null, "x", {}, []] , "b":{"c":"d"} } "#)
        guard case .object(let object) = value else {
            Issue.record("not an object")
            return
        }
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == .array([
            .number("1"), .number("-2.5e+3"), .number("0"), .number("0.25E-2"), .bool(true), .bool(false), .null,
            .string("x"), .object(JSONObject()), .array([]),
        ]))
        var inner = JSONObject()
        inner.insert(key: "c", value: .string("d"))
        #expect(object["b"] == .object(inner))
        #expect(object["missing"] == nil)
    }

    @Test func decodesAllEscapes() throws {
        let value = try parse(#""q\" b\\ s\/ \b\f\n\r\t \u0041\u00e9\u20AC \ud83d\ude00 \u0000 raw é""#)
        #expect(value == .string("q\" b\\ s/ \u{8}\u{C}\n\r\t Aé€ 😀 \u{0} raw é"))
    }

    /// Plain string bytes are skipped eight at a time: a quote, backslash or control byte must be
    /// found at every position of a word, after any mix of ASCII and multi-byte neighbours.
    @Test func findsStringEndsAndEscapesAtEveryOffset() throws {
        for filler in ["a", "é", "~", "\u{7F}"] {
            for length in 0..<20 {
                let plain = String(repeating: filler, count: length)
                #expect(try parse("\"\(plain)\"") == .string(plain))
                #expect(try parse("\"\(plain)\\n\(plain)\"") == .string(plain + "\n" + plain))
                let offset = 1 + plain.utf8.count
                #expect(error("\"\(plain)\u{1F}x\"")?.byteOffset == offset)
                #expect(error("\"\(plain)\u{0}x\"")?.reason == "control character 0x00 in a string must be escaped")
                #expect(error("\"\(plain)")?.reason == "unexpected end of input inside the string that starts at byte 0")
            }
        }
    }

    @Test func rejectsLoneSurrogates() {
        #expect(error(#""\ud83d""#)?.reason.contains("lone high surrogate") == true)
        #expect(error(#""\ud83dx""#)?.reason.contains("lone high surrogate") == true)
        #expect(error(#""\ude00""#)?.reason.contains("lone low surrogate") == true)
        #expect(error(#""\ud83d\u0041""#)?.reason.contains("not a low surrogate") == true)
        #expect(error(#""ab\ud83d""#)?.byteOffset == 3)
    }

    @Test func reportsPreciseOffsets() {
        #expect(error(#"{"a" 1}"#) == JSONParseError(byteOffset: 5, reason: "unexpected '1'; expected ':' after an object key"))
        #expect(error(#"{"a":1,}"#)?.byteOffset == 7)
        #expect(error("[1 2]")?.byteOffset == 3)
        #expect(error("[1,2")?.byteOffset == 4)
        #expect(error("")?.byteOffset == 0)
        #expect(error("{} x")?.byteOffset == 3)
        #expect(error("\"a\nb\"")?.reason == "control character 0x0A in a string must be escaped")
        #expect(error(#""\x""#)?.reason == "invalid escape \\x")
        #expect(error("\"\\\u{1}\"")?.reason == "invalid escape: backslash followed by byte 0x01")
        #expect(error(#""\u12G4""#)?.reason == "invalid \\u escape: expected 4 hex digits")
        #expect(error("tru")?.reason == "invalid literal; expected true")
        #expect(error("\"abc")?.reason == "unexpected end of input inside the string that starts at byte 0")
    }

    @Test func rejectsBadNumbers() {
        for bad in ["01", "-", "1.", ".5", "1e", "1e+", "+1", "--1", "0x10", "1.e5", "NaN", "Infinity"] {
            #expect(error(bad) != nil, "\(bad) should be rejected")
        }
        for good in ["0", "-0", "1e5", "1E-5", "123.456e+78", "-0.0"] {
            #expect(error(good) == nil, "\(good) should parse")
        }
    }

    @Test func keepsHugeNumbersAsText() throws {
        let digits = String(repeating: "9", count: 10_000)
        #expect(try parse(digits) == .number(digits))
        #expect(try parse("1e999999999999") == .number("1e999999999999"))
    }

    @Test func rejectsDuplicateKeys() {
        let failure = error(#"{"id":"a","body":"x","id":"b"}"#)
        #expect(failure?.reason == #"duplicate key "id""#)
        #expect(failure?.byteOffset == 21)
        #expect(error(#"{"o":{"k":1,"k":2}}"#) != nil)
        #expect(error(#"{"a":1,"A":2}"#) == nil)
    }

    @Test func limitsNestingDepth() {
        #expect(error(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) == nil)
        let tooDeep = error(String(repeating: "[", count: 65) + String(repeating: "]", count: 65))
        #expect(tooDeep == JSONParseError(byteOffset: 64, reason: "nesting deeper than 64 levels"))
        #expect(error(#"{"a":{"b":{"c":1}}}"#, maxDepth: 2)?.reason == "nesting deeper than 2 levels")
        // 10,000 levels fail cleanly without deep recursion.
        #expect(error(String(repeating: "[", count: 10_000))?.byteOffset == 64)
        #expect(error(String(repeating: #"{"a":"#, count: 10_000))?.reason == "nesting deeper than 64 levels")
    }

    @Test func skipsByteOrderMarkAndWhitespace() throws {
        #expect(try JSONParser().parse([0xEF, 0xBB, 0xBF] + Array(" \t\r\n{}\n".utf8)) == .object(JSONObject()))
    }
}
