import Foundation
import Testing
@testable import Extraction

@Suite struct ArticleDecoderTests {
    private let decoder = ArticleDecoder()

    private func decode(_ text: String, kafka: Int64? = nil, settings: ArticleDecoder.Settings = .default)
        throws(ArticleError) -> Article
    {
        try ArticleDecoder(settings: settings).decode(json: Array(text.utf8), kafkaTimestampMilliseconds: kafka)
    }

    private func failure(_ bytes: [UInt8], kafka: Int64? = nil, settings: ArticleDecoder.Settings = .default) -> ArticleError? {
        do {
            _ = try ArticleDecoder(settings: settings).decode(json: bytes, kafkaTimestampMilliseconds: kafka)
            return nil
        } catch {
            return error
        }
    }

    private func failure(_ text: String, kafka: Int64? = nil, settings: ArticleDecoder.Settings = .default) -> ArticleError? {
        failure(Array(text.utf8), kafka: kafka, settings: settings)
    }

    @Test func decodesAllFields() throws {
        let article = try decode(#"""
            {"id": "sputnik-1", "published_at": "2016-10-10T15:00:00+03:00", "title": "T \u00e9",
             "body": "Iraqi forces will launch the offensive on October 19.", "source": "Sputnik",
             "url": "https://example.org/a", "language": "en", "extra": {"nested": [1, 2, {"x": null}]}}
            """#, kafka: 5)
        #expect(article == Article(
            id: "sputnik-1", publishedAt: "2016-10-10T15:00:00+03:00", title: "T é",
            body: "Iraqi forces will launch the offensive on October 19.", source: "Sputnik",
            url: "https://example.org/a", language: "en",
            referenceTime: ReferenceTime(secondsSinceEpoch: 1_476_100_800, utcOffsetSeconds: 10_800, source: .article)))
    }

    @Test func optionalFieldsMayBeAbsentOrNull() throws {
        let article = try decode(#"{"id":"a","body":"text","title":null,"source":null,"url":null,"language":null,"published_at":null}"#, kafka: 1_476_100_800_999)
        #expect(article.title == nil && article.source == nil && article.url == nil && article.language == nil)
        #expect(article.publishedAt == nil)
        #expect(article.referenceTime == ReferenceTime(secondsSinceEpoch: 1_476_100_800, utcOffsetSeconds: 0, source: .kafkaTimestamp))
    }

    @Test func publishedAtWinsOverKafkaTimestamp() throws {
        let article = try decode(#"{"id":"a","body":"b","published_at":"2016-10-10T12:00:00.5Z"}"#, kafka: 0)
        #expect(article.referenceTime == ReferenceTime(secondsSinceEpoch: 1_476_100_800, source: .article))
        #expect(article.publishedAt == "2016-10-10T12:00:00.5Z")
    }

    @Test func tooLarge() {
        let settings = ArticleDecoder.Settings(maxArticleBytes: 40)
        #expect(ArticleDecoder.Settings().maxArticleBytes == 1_048_576)
        let error = failure(#"{"id":"a","body":"0123456789012345678901234567890"}"#, settings: settings)
        #expect(error?.code == .tooLarge)
        #expect(error?.code.rawValue == "too-large")
        #expect(error?.message == "the message is 51 bytes, over the 40-byte limit; shorten or split the article (or raise the max article size setting)")
        // Exactly at the limit is fine.
        #expect(failure(#"{"id":"a","body":"01234567890123456789"}"#, kafka: 0, settings: settings) == nil)
    }

    @Test func invalidUTF8() {
        let bytes = Array(#"{"id":"a","body":"caf"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        let error = failure(bytes, kafka: 0)
        #expect(error == ArticleError(
            code: .invalidUTF8,
            message: "the message is not valid UTF-8: bad byte 0xC3 at byte 21; send UTF-8 text", byteOffset: 21))
        for bad: [UInt8] in [[0xFF], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]] {
            #expect(failure(Array(#"{"id":"a","body":""#.utf8) + bad + Array(#""}"#.utf8))?.code == .invalidUTF8)
        }
    }

    @Test func invalidJSON() {
        let error = failure(#"{"id":"a","body":"b",}"#, kafka: 0)
        #expect(error?.code == .invalidJSON)
        #expect(error?.byteOffset == 21)
        #expect(error?.message == "invalid JSON at byte 21: unexpected '}'; expected an object key in double quotes; send one JSON object per message")
        #expect(failure(#"{"id":"a","body":"b","id":"c"}"#)?.message == "invalid JSON at byte 21: duplicate key \"id\"; send one JSON object per message")
        #expect(failure("")?.code == .invalidJSON)
        #expect(failure(String(repeating: "[", count: 100))?.message == "invalid JSON at byte 64: nesting deeper than 64 levels; send one JSON object per message")
    }

    @Test func notAnObject() {
        let error = failure(#"["id","body"]"#)
        #expect(error == ArticleError(code: .notAnObject, message: "the message is a JSON array, not an object; send {\"id\": …, \"body\": …}"))
        #expect(failure("\"text\"")?.code.rawValue == "not-an-object")
        #expect(failure("42")?.code == .notAnObject)
        #expect(failure("null")?.code == .notAnObject)
    }

    @Test func missingFields() {
        #expect(failure(#"{"body":"b"}"#, kafka: 0) == ArticleError(
            code: .missingField, message: "required field \"id\" is missing; add \"id\" as a JSON string", field: "id"))
        #expect(failure(#"{"id":"a"}"#, kafka: 0) == ArticleError(
            code: .missingField, message: "required field \"body\" is missing; add \"body\" as a JSON string", field: "body"))
        #expect(failure(#"{"id":"a","body":null}"#, kafka: 0)?.message == "required field \"body\" is missing (null); add \"body\" as a JSON string")
        #expect(failure(#"{"id":"a","body":"b"}"#) == ArticleError(
            code: .missingField,
            message: "field \"published_at\" is missing and the message has no Kafka timestamp; add \"published_at\" (RFC 3339, e.g. \"2016-10-10T12:00:00Z\")",
            field: "published_at"))
        // Kafka's "no timestamp" (-1) counts as missing.
        #expect(failure(#"{"id":"a","body":"b"}"#, kafka: -1)?.code == .missingField)
    }

    @Test func wrongTypes() {
        #expect(failure(#"{"id":7,"body":"b"}"#, kafka: 0) == ArticleError(
            code: .wrongType, message: "field \"id\" must be a string, not number", field: "id"))
        #expect(failure(#"{"id":"a","body":["b"]}"#, kafka: 0)?.message == "field \"body\" must be a string, not array")
        for field in ["title", "source", "url", "language", "published_at"] {
            let error = failure(#"{"id":"a","body":"b","\#(field)":{"x":1}}"#, kafka: 0)
            #expect(error == ArticleError(
                code: .wrongType, message: "field \"\(field)\" must be a string or null, not object; fix or remove it", field: field))
        }
        #expect(failure(#"{"id":"a","body":"b","title":true}"#, kafka: 0)?.code.rawValue == "wrong-type")
    }

    @Test func blankID() {
        #expect(failure(#"{"id":" \t","body":"b"}"#, kafka: 0) == ArticleError(
            code: .invalidField, message: "field \"id\" is empty; give the article a non-empty id", field: "id"))
        #expect(failure(#"{"id":"","body":"b"}"#, kafka: 0)?.code.rawValue == "invalid-field")
    }

    @Test func emptyBody() {
        for body in ["", " ", "\\n\\t\\r ", "\u{3000}\u{A0}\u{2009}", "\u{FEFF}\u{200B}"] {
            #expect(failure(#"{"id":"a","body":"\#(body)"}"#, kafka: 0) == ArticleError(
                code: .emptyBody, message: "field \"body\" is empty or only whitespace; send the article text", field: "body"))
        }
        #expect(failure(#"{"id":"a","body":"  x "}"#, kafka: 0) == nil)
    }

    @Test func badTimestamp() {
        let error = failure(#"{"id":"a","body":"b","published_at":"2016-10-10 noon\nX"}"#, kafka: 0)
        #expect(error == ArticleError(
            code: .badTimestamp,
            message: "field \"published_at\" is \"2016-10-10 noon\\nX\", not an RFC 3339 date-time; use e.g. \"2016-10-10T12:00:00Z\" or \"2016-10-10T15:00:00+03:00\"",
            field: "published_at"))
        #expect(failure(#"{"id":"a","body":"b","published_at":""}"#, kafka: 0)?.code.rawValue == "bad-timestamp")
        let long = failure(#"{"id":"a","body":"b","published_at":"\#(String(repeating: "x", count: 500))"}"#)
        #expect(long?.code == .badTimestamp)
        #expect((long?.message.count ?? 1000) < 250)
    }

    @Test func everyCodeHasAOneLineMessage() {
        let cases: [(String, ArticleError.Code)] = [
            (#"{"id":"a","body":"b",}"#, .invalidJSON), ("[]", .notAnObject), (#"{"id":"a"}"#, .missingField),
            (#"{"id":1,"body":"b"}"#, .wrongType), (#"{"id":"","body":"b"}"#, .invalidField),
            (#"{"id":"a","body":""}"#, .emptyBody), (#"{"id":"a","body":"b","published_at":"x"}"#, .badTimestamp),
            (String(repeating: " ", count: 2_000_000), .tooLarge),
        ]
        var seen: Set<String> = []
        for (input, code) in cases {
            let error = failure(input, kafka: 0)
            #expect(error?.code == code, "\(input.prefix(40))")
            #expect(error?.message.isEmpty == false)
            #expect(error?.message.unicodeScalars.contains { $0.value < 0x20 } == false)
            seen.insert(code.rawValue)
        }
        #expect(failure([0xFF], kafka: 0)?.code == .invalidUTF8)
        seen.insert("invalid-utf8")
        #expect(seen == Set(ArticleError.Code.all.map(\.rawValue)))
        #expect(ArticleError.Code.all.map(\.rawValue) == [
            "too-large", "invalid-utf8", "invalid-json", "not-an-object", "missing-field", "wrong-type",
            "invalid-field", "empty-body", "bad-timestamp",
        ])
    }

    @Test func checkOrderSizeThenUTF8ThenJSON() {
        let settings = ArticleDecoder.Settings(maxArticleBytes: 4)
        #expect(failure([0xFF, 0xFF, 0xFF, 0xFF, 0xFF], settings: settings)?.code == .tooLarge)
        #expect(failure([UInt8(ascii: "{"), 0xFF])?.code == .invalidUTF8)
        #expect(failure(#"{"id":1}"#)?.code == .wrongType)
        #expect(failure(#"{"id":"a","body":"","published_at":"x"}"#)?.code == .emptyBody)
    }

    @Test func plainText() throws {
        let id = ArticleDecoder.plainTextID(topic: "news.articles", partition: 3, offset: 1234)
        #expect(id == "news.articles/3/1234")
        let article = try decoder.decode(plainText: Array("Troops advanced on Mosul.\n".utf8), id: id, kafkaTimestampMilliseconds: 1_476_100_800_000)
        #expect(article == Article(
            id: "news.articles/3/1234", body: "Troops advanced on Mosul.\n",
            referenceTime: ReferenceTime(secondsSinceEpoch: 1_476_100_800, source: .kafkaTimestamp)))
        let given = ReferenceTime(secondsSinceEpoch: 10, utcOffsetSeconds: 3600, source: .commandLine)
        #expect(try decoder.decode(plainText: Array("x".utf8), id: "cli", referenceTime: given).referenceTime == given)
    }

    @Test func plainTextErrors() {
        func plainFailure(_ bytes: [UInt8], id: String = "t/0/1", kafka: Int64? = 0, max: Int = 1_048_576) -> ArticleError.Code? {
            do {
                _ = try ArticleDecoder(settings: .init(maxArticleBytes: max)).decode(plainText: bytes, id: id, kafkaTimestampMilliseconds: kafka)
                return nil
            } catch {
                return error.code
            }
        }
        #expect(plainFailure([0x61, 0xFF]) == .invalidUTF8)
        #expect(plainFailure(Array("abcdef".utf8), max: 5) == .tooLarge)
        #expect(plainFailure(Array(" \n ".utf8)) == .emptyBody)
        #expect(plainFailure(Array("text".utf8), id: "") == .invalidField)
        #expect(plainFailure(Array("text".utf8), kafka: nil) == .missingField)
        // A broken message reports its own problem before the missing timestamp.
        #expect(plainFailure([0xFF], kafka: nil) == .invalidUTF8)
        #expect(plainFailure(Array("{not json".utf8)) == nil)
    }

    @Test func contentTypeSelectsThePath() throws {
        let text = Array("Troops advanced.".utf8)
        for header in ["text/plain", "TEXT/Plain", "text/plain; charset=utf-8", " text/plain ;x=y"] {
            let article = try decoder.decode(
                value: text, contentType: header, topic: "news.articles", partition: 2, offset: 99, kafkaTimestampMilliseconds: 1000)
            #expect(article.id == "news.articles/2/99", "\(header)")
            #expect(article.body == "Troops advanced.")
        }
        let json = Array(#"{"id":"j","body":"b"}"#.utf8)
        for header in [nil, "application/json", "text/plainx", "text/html"] as [String?] {
            #expect(try decoder.decode(
                value: json, contentType: header, topic: "t", partition: 0, offset: 1, kafkaTimestampMilliseconds: 0).id == "j")
        }
        #expect(throws: ArticleError.self) {
            try decoder.decode(value: text, contentType: "application/json", topic: "t", partition: 0, offset: 1, kafkaTimestampMilliseconds: 0)
        }
    }

    @Test func seedsDecode() throws {
        let root = String(#filePath).split(separator: "/", omittingEmptySubsequences: false).dropLast(4).joined(separator: "/")
        let data = try #require(FileManager.default.contents(atPath: root + "/seeds/articles.jsonl"))
        let lines = data.split(separator: UInt8(ascii: "\n")).filter { !$0.isEmpty }
        #expect(lines.count == 2)
        for line in lines {
            let article = try decoder.decode(json: Array(line), kafkaTimestampMilliseconds: nil)
            #expect(article.referenceTime == ReferenceTime(secondsSinceEpoch: 1_476_100_800, source: .article))
            #expect(article.body.contains("Mosul"))
            #expect(!article.id.isEmpty)
            #expect(article.title != nil)
        }
    }
}
