import Testing
@testable import Extraction

/// A stand-in time tagger for tests: finds a few fixed phrases and gives them fixed times, so
/// claim linking is tested apart from the real tagger.
enum FakeTimeTagger {
    struct Phrase {
        var text: String
        var kind: TimeExpression.Kind
        var anchor: TimeExpression.Anchor
        var value: String
        var grain: TimeGrain
        var approximate: Bool
    }

    static let phrases: [Phrase] = [
        Phrase(text: "on October 19", kind: .point, anchor: .at, value: "2016-10-19", grain: .day, approximate: false),
        Phrase(text: "in a few hours", kind: .point, anchor: .at, value: "2016-10-10T15:00", grain: .hour, approximate: true),
        Phrase(text: "within hours", kind: .point, anchor: .at, value: "2016-10-10T15:00", grain: .hour, approximate: true),
        Phrase(text: "by the end of the month", kind: .point, anchor: .by, value: "2016-10-31", grain: .day, approximate: true),
        Phrase(text: "before the deadline of Friday", kind: .point, anchor: .by, value: "2016-10-14", grain: .day, approximate: false),
        Phrase(text: "next week", kind: .point, anchor: .at, value: "2016-W42", grain: .week, approximate: false),
        Phrase(text: "on Tuesday", kind: .point, anchor: .at, value: "2016-10-11", grain: .day, approximate: false),
        Phrase(text: "today", kind: .point, anchor: .at, value: "2016-10-10", grain: .day, approximate: false),
        Phrase(text: "for three months", kind: .duration, anchor: .at, value: "", grain: .month, approximate: false),
        Phrase(text: "since 2014", kind: .since, anchor: .at, value: "", grain: .year, approximate: false),
        Phrase(text: "every Friday", kind: .recurring, anchor: .at, value: "", grain: .day, approximate: false),
        Phrase(text: "in late June", kind: .point, anchor: .at, value: "2016-06", grain: .month, approximate: true),
    ]

    static let tagger: TimeTagging = { buffer, range, _ in
        var found: [TimeExpression] = []
        for phrase in phrases {
            let keys = TextBuffer(phrase.text).tokens.map(\.key)
            guard !keys.isEmpty, range.count >= keys.count else { continue }
            var start = range.lowerBound
            while start + keys.count <= range.upperBound {
                if (0..<keys.count).allSatisfy({ buffer.tokens[start + $0].key == keys[$0] }) {
                    let time = phrase.kind == .point
                        ? ClaimedTime(text: phrase.text, value: phrase.value, grain: phrase.grain,
                                      start: phrase.value + "T00:00:00Z", end: phrase.value + "T00:00:00Z",
                                      approximate: phrase.approximate)
                        : nil
                    found.append(TimeExpression(tokens: start..<(start + keys.count), kind: phrase.kind,
                                                anchor: phrase.anchor, time: time))
                }
                start += 1
            }
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    static let extractor = Extractor(configuration: ExtractorConfiguration(timeTagger: tagger))
}

func article(_ body: String, id: String = "test", source: String? = "Test Wire") -> Article {
    Article(id: id, publishedAt: "2016-10-10T12:00:00Z", body: body, source: source,
            referenceTime: ReferenceTime(secondsSinceEpoch: 1_476_100_800, source: .article))
}

struct ClaimCase: CustomTestStringConvertible, Sendable {
    var body: String
    /// nil: no schedule claim.
    var event: ScheduleEvent?
    var value: String?
    var kind: OperationKind?
    var testDescription: String { body }
}

@Suite struct ClaimLinkerTests {
    static let cases: [ClaimCase] = [
        ClaimCase(body: "He said that the Mosul offensive is scheduled to begin on October 19.", event: .begin, value: "2016-10-19", kind: .offensive),
        ClaimCase(body: "The army will storm the town of Hawija within hours.", event: .begin, value: "2016-10-10T15:00", kind: .assault),
        ClaimCase(body: "The offensive on Raqqa will end by the end of the month.", event: .end, value: "2016-10-31", kind: .offensive),
        ClaimCase(body: "Russia will withdraw its troops from Syria by the end of the month.", event: .end, value: "2016-10-31", kind: .withdrawal),
        ClaimCase(body: "Daesh must leave the city of Mosul before the deadline of Friday, the Iraqi army said.", event: .deadline, value: "2016-10-14", kind: nil),
        ClaimCase(body: "The ceasefire in Aleppo will last until next week.", event: .end, value: "2016-W42", kind: .ceasefire),
        ClaimCase(body: "The assault on Raqqa will take place on Tuesday.", event: .occur, value: "2016-10-11", kind: .assault),
        ClaimCase(body: "Iraqi forces will launch an offensive on Mosul on October 19.", event: .begin, value: "2016-10-19", kind: .offensive),
        ClaimCase(body: "On Tuesday, the Syrian army will launch an offensive on Idlib.", event: .begin, value: "2016-10-11", kind: .offensive),
        // Durations, "since" and recurring times never become claims.
        ClaimCase(body: "Aleppo has been under siege since 2014.", event: nil, value: nil, kind: nil),
        ClaimCase(body: "The siege of Aleppo will continue for three months.", event: nil, value: nil, kind: nil),
        ClaimCase(body: "Coalition warplanes will launch airstrikes on Raqqa every Friday.", event: nil, value: nil, kind: nil),
        // Completed operations are news, not schedules.
        ClaimCase(body: "Baghdad-led forces freed Fallujah in late June after a three-months-long siege.", event: nil, value: nil, kind: nil),
        // A time with no operation is no claim.
        ClaimCase(body: "The minister will visit Baghdad on October 19.", event: nil, value: nil, kind: nil),
    ]

    @Test(arguments: cases)
    func linking(_ example: ClaimCase) {
        let result = FakeTimeTagger.extractor.extract(article(example.body))
        guard let event = example.event else {
            #expect(result.schedules.isEmpty, "\(result.schedules.map { ($0.event, $0.claimedTime.value) })")
            return
        }
        #expect(result.schedules.count == 1)
        guard let claim = result.schedules.first else { return }
        #expect(claim.event == event)
        #expect(claim.claimedTime.value == example.value)
        if let kind = example.kind { #expect(claim.operation.kind == kind) }
    }

    @Test func anaphoricOperationTakesTheClaim() throws {
        let body = "The Iraqi army and Peshmerga forces intend to liberate the town of Havice. "
            + "“The prime minister arrived at Kirkuk today and gave the order to begin the operation in a few hours,” Muhtaroğlu said."
        let result = FakeTimeTagger.extractor.extract(article(body))
        let claim = try #require(result.schedules.first)
        #expect(result.schedules.count == 1)
        #expect(claim.operation.location == "Hawija")
        #expect(claim.event == .begin)
        #expect(claim.claimedTime.text == "in a few hours")
        #expect(claim.attribution.kind != .author)
    }

    @Test func authorClaimWhenNoOneIsNamed() throws {
        let result = FakeTimeTagger.extractor.extract(article("The Iraqi army will launch an offensive on Mosul on October 19."))
        let claim = try #require(result.schedules.first)
        #expect(claim.attribution.kind == .author)
        #expect(claim.stance == .asserted)
        #expect(claim.theaterKey == "mosul")
    }

    @Test func hedgedClaimsScoreLower() throws {
        let plain = try #require(FakeTimeTagger.extractor.extract(article("The army will launch an offensive on Mosul on October 19.")).schedules.first)
        let hedged = try #require(FakeTimeTagger.extractor.extract(article("The army will reportedly launch an offensive on Mosul on October 19.")).schedules.first)
        #expect(hedged.stance == .hedged)
        #expect(hedged.confidence < plain.confidence)
    }

    @Test func confidenceIsRoundedAndBounded() {
        for example in Self.cases {
            let result = FakeTimeTagger.extractor.extract(article(example.body))
            for claim in result.schedules {
                #expect(claim.confidence >= 0.05 && claim.confidence <= 0.99)
                #expect((claim.confidence * 100).rounded() / 100 == claim.confidence)
            }
        }
    }
}
