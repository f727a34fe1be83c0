import Testing
@testable import Extraction

@Suite struct AlertEncoderTests {
    private let encoder = AlertEncoder()
    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    private let fullArticleJSON = #"{"id":"sputnik-2016-10-10-mosul","source":"Sputnik","url":"https://example.org/a?b=1&c=2","title":"Plan to \"Move\" Daesh","published_at":"2016-10-10T12:00:00Z","language":"en"}"#

    @Test func goldenOperationWithEverything() {
        let expected = #"{"schema":"newswatch.operation.v1","id":"op-d3696cab5ed22e1dcff488ac253e7d2e","article":"#
            + fullArticleJSON
            + #","operation":{"kind":"redeployment","name":"Daesh redeployment from Mosul","status":"planned"},"#
            + #""locations":[{"name":"Mosul","country":"IQ","role":"origin","lat":36.3400,"lon":43.1300,"text":null},"#
            + #"{"name":"Hawija","country":"IQ","role":"destination","lat":35.3259,"lon":43.7845,"text":"Havice"}],"#
            + #""actors":[{"name":"Daesh","kind":"armed-group","role":"agent","text":"ISIL"}],"#
            + #""quantities":[{"text":"more than 9,000 Daesh fighters","value":9000,"unit":"fighters","qualifier":"more-than"}],"#
            + #""attribution":{"source":"an unnamed source in military and diplomatic circles in Moscow","role":"source","kind":"unnamed-source","via":"RIA Novosti"},"#
            + #""stance":"doubted","evidence":{"sentence":"“More than 9,000 Daesh fighters\" will\tmove.\n","start":1234,"end":1301},"#
            + #""confidence":0.88,"reference_time_source":"article","extractor":"newswatch/0.1.0"}"#
        #expect(text(encoder.encode(EncoderFixtures.fullOperation)) == expected)
    }

    @Test func goldenOperationWithNothingOptional() {
        let expected = #"{"schema":"newswatch.operation.v1","id":"op-101f9d2ceefcf8b315b3dcf7d02dfe82","#
            + #""article":{"id":"news.articles/0/7","source":null,"url":null,"title":null,"published_at":null,"language":null},"#
            + #""operation":{"kind":"airstrike","name":"airstrikes","status":"ongoing"},"locations":[],"actors":[],"quantities":[],"#
            + #""attribution":null,"stance":"asserted","evidence":{"sentence":"Airstrikes","start":0,"end":10},"#
            + #""confidence":1.00,"reference_time_source":"kafka-timestamp","extractor":"newswatch/0.1.0"}"#
        #expect(text(encoder.encode(EncoderFixtures.bareOperation)) == expected)
    }

    @Test func goldenSchedule() {
        let expected = #"{"schema":"newswatch.schedule.v1","id":"sc-8bbb64b91abbf3bbd704a73f70bd55c4","article":"#
            + fullArticleJSON
            + #","operation":{"kind":"offensive","name":"Mosul offensive","location":"Mosul"},"event":"begin","#
            + #""claimed_time":{"text":"on October 19","value":"2016-10-19","grain":"day","start":"2016-10-19T00:00:00Z","end":"2016-10-20T00:00:00Z","approximate":false},"#
            + #""attribution":{"source":"Heytem Haşim Muhtaroğlu","role":"head of the Iraqi Turkmen Front","kind":"named-official","via":"Sputnik"},"#
            + #""stance":"reported","evidence":{"sentence":"The offensive will begin on October 19, Muhtaroğlu said.","start":3321,"end":3390},"#
            + #""confidence":0.90,"reference_time_source":"article","extractor":"newswatch/0.1.0"}"#
        #expect(text(encoder.encode(EncoderFixtures.fullSchedule)) == expected)
        let bare = text(encoder.encode(EncoderFixtures.bareSchedule))
        #expect(bare.contains(#""operation":{"kind":"assault","name":"assault","location":null}"#))
        #expect(bare.contains(#""attribution":{"source":"the author","role":null,"kind":"author","via":null}"#))
        #expect(bare.contains(#""approximate":true},"#))
        #expect(bare.contains(#""confidence":0.00,"reference_time_source":"command-line""#))
    }

    @Test func escapesStrings() {
        var writer = AlertJSONWriter(capacity: 16)
        writer.string("q\" b\\ / \u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F}\u{7F} é€😀 \u{2028}")
        #expect(text(writer.bytes) == #""q\" b\\ / \u0000\u0001\b\t\n\f\r\u001f"# + "\u{7F} é€😀 \u{2028}\"")
        var empty = AlertJSONWriter(capacity: 0)
        empty.string("")
        empty.string(nil as String?)
        #expect(text(empty.bytes) == #""""# + "null")
    }

    @Test func escapedStringsParseBack() throws {
        var all = ""
        for value in 0..<0x300 { if let scalar = Unicode.Scalar(value) { all.unicodeScalars.append(scalar) } }
        all += "\u{FFFF}\u{10FFFF}😀"
        var writer = AlertJSONWriter(capacity: 0)
        writer.string(all)
        #expect(try JSONParser().parse(writer.bytes) == .string(all))
    }

    @Test func formatsNumbers() {
        func fixed(_ value: Double, _ decimals: Int, _ range: ClosedRange<Double> = -1e9...1e9) -> String {
            var writer = AlertJSONWriter(capacity: 0)
            writer.fixed(value, decimals: decimals, clampedTo: range)
            return text(writer.bytes)
        }
        #expect(fixed(36.34, 4) == "36.3400")
        #expect(fixed(-0.00001, 4) == "0.0000")
        #expect(fixed(-12.34565, 4) == "-12.3457" || fixed(-12.34565, 4) == "-12.3456")
        #expect(fixed(-179.99996, 4, -180...180) == "-180.0000")
        #expect(fixed(200, 4, -180...180) == "180.0000")
        #expect(fixed(.nan, 2, 0...1) == "0.00")
        #expect(fixed(.infinity, 2, 0...1) == "1.00")
        #expect(fixed(-.infinity, 2, 0...1) == "0.00")
        #expect(fixed(0.875, 2) == "0.88")
        #expect(fixed(0.005, 2) == "0.01")
        #expect(fixed(0.994, 2) == "0.99")
        #expect(fixed(0.999, 2) == "1.00")
        #expect(fixed(0.07, 2) == "0.07")
        func integer(_ value: Int) -> String {
            var writer = AlertJSONWriter(capacity: 0)
            writer.integer(value)
            return text(writer.bytes)
        }
        #expect(integer(0) == "0")
        #expect(integer(-42) == "-42")
        #expect(integer(Int.max) == "9223372036854775807")
        #expect(integer(Int.min) == "-9223372036854775808")
    }

    @Test func clampsOutOfRangeValues() {
        var alert = EncoderFixtures.fullOperation
        alert.confidence = 7
        alert.locations = [AlertLocation(place: Place(name: "X", country: "", latitude: .nan, longitude: -1e300, kind: .other, population: 0), role: .mentioned)]
        let json = text(encoder.encode(alert))
        #expect(json.contains(#""confidence":1.00,"#))
        #expect(json.contains(#"{"name":"X","country":null,"role":"mentioned","lat":0.0000,"lon":-180.0000,"text":null}"#))
    }

    @Test func deterministicAndParseable() throws {
        for alert in EncoderFixtures.allOperationVariants {
            let first = encoder.encode(alert)
            #expect(first == encoder.encode(alert))
            guard case .object(let object) = try JSONParser().parse(first) else {
                Issue.record("not an object")
                continue
            }
            #expect(object.keys == [
                "schema", "id", "article", "operation", "locations", "actors", "quantities", "attribution", "stance",
                "evidence", "confidence", "reference_time_source", "extractor",
            ])
            #expect(object["id"] == .string(alert.id))
        }
        for alert in EncoderFixtures.allScheduleVariants {
            let first = encoder.encode(alert)
            #expect(first == encoder.encode(alert))
            guard case .object(let object) = try JSONParser().parse(first) else {
                Issue.record("not an object")
                continue
            }
            #expect(object.keys == [
                "schema", "id", "article", "operation", "event", "claimed_time", "attribution", "stance", "evidence",
                "confidence", "reference_time_source", "extractor",
            ])
        }
    }

    @Test func cloudEventHeaders() {
        let reference = ReferenceTime(secondsSinceEpoch: 1_476_111_600, utcOffsetSeconds: 10_800, source: .article)
        let operation = CloudEventAttributes(operation: EncoderFixtures.fullOperation, referenceTime: reference)
        #expect(operation.kafkaHeaders.map(\.name) == ["ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_subject", "content-type"])
        #expect(operation.kafkaHeaders.map(\.value) == [
            "1.0", "op-d3696cab5ed22e1dcff488ac253e7d2e", "newswatch", "org.newswatch.operation.v1", "2016-10-10T15:00:00Z",
            "sputnik-2016-10-10-mosul", "application/json",
        ])
        let schedule = CloudEventAttributes(schedule: EncoderFixtures.fullSchedule, referenceTime: nil, source: "urn:newswatch:prod")
        #expect(schedule.type == "org.newswatch.schedule.v1")
        #expect(schedule.source == "urn:newswatch:prod")
        #expect(schedule.id == EncoderFixtures.fullSchedule.id)
        #expect(schedule.time == "2016-10-10T12:00:00Z")  // from published_at
        let bare = CloudEventAttributes(operation: EncoderFixtures.bareOperation, referenceTime: nil)
        #expect(bare.time == nil)
        #expect(!bare.kafkaHeaders.contains { $0.name == "ce_time" })
        #expect(bare.subject == "news.articles/0/7")
    }

    @Test func utcTimestamps() {
        #expect(CloudEventAttributes.utcTimestamp(0) == "1970-01-01T00:00:00Z")
        #expect(CloudEventAttributes.utcTimestamp(-1) == "1969-12-31T23:59:59Z")
        #expect(CloudEventAttributes.utcTimestamp(951_782_400) == "2000-02-29T00:00:00Z")
        #expect(CloudEventAttributes.utcTimestamp(.max) == "9999-12-31T23:59:59Z")
        #expect(CloudEventAttributes.utcTimestamp(.min) == "0000-01-01T00:00:00Z")
        for seconds in stride(from: Int64(-5_000_000_000), through: 5_000_000_000, by: 86_399_917) {
            #expect(RFC3339Parser.parse(CloudEventAttributes.utcTimestamp(seconds))?.secondsSinceEpoch == seconds)
        }
    }
}
