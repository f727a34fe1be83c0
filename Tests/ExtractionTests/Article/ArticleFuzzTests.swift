import Testing
@testable import Extraction

/// Property tests: no input traps the decoder, and each failure carries the right code.
@Suite struct ArticleFuzzTests {
    /// SplitMix64, so every run sees the same inputs.
    private struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    private let decoder = ArticleDecoder()
    private let valid = #"{"id": "a-1", "published_at": "2016-10-10T12:00:00+03:00", "title": "T\u00e9 \ud83d\ude00", "body": "Forces \"advanced\" on Mosul.\nMore.", "source": "S", "url": "u", "language": "en", "n": [1, -2.5e3, true, false, null, {}]}"#

    private func code(_ bytes: [UInt8], kafka: Int64? = 0) -> ArticleError.Code? {
        do {
            _ = try decoder.decode(json: bytes, kafkaTimestampMilliseconds: kafka)
            return nil
        } catch {
            return error.code
        }
    }

    @Test func randomBytesNeverTrap() {
        var random = Random(state: 1)
        let alphabet = Array(#"{}[]":,\ -+.eE0123456789truefalsenullu"#.utf8) + [0x00, 0x0A, 0x80, 0xC3, 0xA9, 0xED, 0xF0, 0xFF]
        for round in 0..<3000 {
            let length = random.below(64)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                bytes.append(round % 2 == 0 ? UInt8(truncatingIfNeeded: random.next()) : alphabet[random.below(alphabet.count)])
            }
            let result = code(bytes)
            if let result {
                #expect(ArticleError.Code.all.contains(result))
            }
            if UTF8Validator.firstInvalidOffset(bytes) != nil {
                #expect(result == .invalidUTF8)
            }
        }
    }

    @Test func randomUnicodeBodiesRoundTrip() throws {
        var random = Random(state: 2)
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FF, 0x400...0x4FF, 0x600...0x6FF, 0x4E00...0x9FFF, 0x1F300...0x1FAFF, 0x0...0x1F, 0xE000...0xFFFD, 0x10000...0x10FFFF]
        for _ in 0..<300 {
            var body = "x"
            for _ in 0..<random.below(80) {
                let range = ranges[random.below(ranges.count)]
                let value = range.lowerBound + UInt32(random.below(Int(range.upperBound - range.lowerBound) + 1))
                if let scalar = Unicode.Scalar(value) { body.unicodeScalars.append(scalar) }
            }
            var encoder = AlertJSONWriter(capacity: 64)
            encoder.string(body)
            let json = Array(#"{"id":"r","body":"#.utf8) + encoder.bytes + Array("}".utf8)
            let article = try decoder.decode(json: json, kafkaTimestampMilliseconds: 0)
            #expect(article.body == body)
        }
    }

    @Test func everyPrefixOfAValidArticleFailsCleanly() throws {
        let bytes = Array(valid.utf8)
        #expect(try decoder.decode(json: bytes, kafkaTimestampMilliseconds: nil).id == "a-1")
        for length in 0..<bytes.count {
            let prefix = Array(bytes[0..<length])
            let result = code(prefix)
            // Cutting inside a multi-byte character gives invalid-utf8; everything else is bad JSON.
            if UTF8Validator.firstInvalidOffset(prefix) != nil {
                #expect(result == .invalidUTF8, "prefix \(length)")
            } else {
                #expect(result == .invalidJSON, "prefix \(length)")
            }
        }
    }

    @Test func deepNestingFailsCleanly() {
        let deepArray = Array(repeating: UInt8(ascii: "["), count: 10_000) + Array(repeating: UInt8(ascii: "]"), count: 10_000)
        #expect(code(deepArray) == .invalidJSON)
        let deepField = Array(#"{"id":"a","body":"b","x":"#.utf8) + deepArray + [UInt8(ascii: "}")]
        #expect(code(deepField) == .invalidJSON)
        // Within the limit, unknown nested fields are ignored.
        let shallow = Array(#"{"id":"a","body":"b","x":"#.utf8) + Array(repeating: UInt8(ascii: "["), count: 63)
            + Array(repeating: UInt8(ascii: "]"), count: 63) + [UInt8(ascii: "}")]
        #expect(code(shallow) == nil)
    }

    @Test func oneMebibyteStrings() throws {
        let header = Array(#"{"id":"big","body":""#.utf8)
        let trailer = Array(#""}"#.utf8)
        let fits = ArticleDecoder.Settings.defaultMaxArticleBytes - header.count - trailer.count
        let body = [UInt8](repeating: UInt8(ascii: "a"), count: fits)
        let article = try decoder.decode(json: header + body + trailer, kafkaTimestampMilliseconds: 0)
        #expect(article.body.utf8.count == fits)
        #expect(code(header + body + [UInt8(ascii: "a")] + trailer) == .tooLarge)
        // A 1 MiB string full of escapes decodes too.
        let escapes = Array(repeating: Array(#"\u00e9\n"#.utf8), count: 100_000).joined()
        let escaped = try decoder.decode(json: header + Array(escapes) + trailer, kafkaTimestampMilliseconds: 0)
        #expect(escaped.body.unicodeScalars.count == 200_000)
        // An unterminated 1 MiB string is invalid JSON pointing at its end.
        let open = header + [UInt8](repeating: UInt8(ascii: "b"), count: 1_000_000)
        #expect(code(open) == .invalidJSON)
    }

    @Test func hugeNumbersInUnknownFieldsAndAsWrongTypes() {
        let digits = String(repeating: "9", count: 100_000)
        #expect(code(Array(#"{"id":"a","body":"b","n":\#(digits)e99999999999}"#.utf8)) == nil)
        #expect(code(Array(#"{"id":\#(digits),"body":"b"}"#.utf8)) == .wrongType)
        #expect(code(Array(#"{"id":"a","body":"b","published_at":-\#(digits).5}"#.utf8)) == .wrongType)
    }

    @Test func extremeKafkaTimestamps() throws {
        let bytes = Array(#"{"id":"a","body":"b"}"#.utf8)
        #expect(try decoder.decode(json: bytes, kafkaTimestampMilliseconds: 253_402_300_799_999).referenceTime.secondsSinceEpoch == 253_402_300_799)
        #expect(code(bytes, kafka: 253_402_300_800_000) == .missingField)
        #expect(code(bytes, kafka: .max) == .missingField)
        #expect(code(bytes, kafka: .min) == .missingField)
    }
}
