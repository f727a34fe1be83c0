import Testing
@testable import Extraction

@Suite struct TimeRobustnessTests {
    static let hostile: [String] = [
        "in 99999999999999999999 days",
        "on October 4294967296, 99999",
        "at 99:99 GMT on 31/31/9999",
        "in 100000 years and 100000 decades ago",
        "9999-12-31 and 0000-00-00 and 1000-13-40",
        "between December 31, 9999 and January 1, 10000",
        "the 31st of February 2017 and 30 February",
        "in the first half of 9999 and the fourth quarter of 2999",
        "mid- late- early- the end of of of",
        "at 12 p. m. and 13 p.m. and 0 a.m.",
        "every every every",
        "since since since",
        "for for for more than than",
        "Q5 H3 Q0 the fifth quarter the third half",
        "on 29/02/2017 and 2017-02-29",
        "\u{2019}ll will 'll on the 19th",
        "—–-/ 19 – 20 October",
        "",
        "Ramadan Ramadan Eid Eid al al-Fitr",
        "at 0600 hours 2359 GMT 2400 GMT 9999 GMT",
    ]

    @Test(arguments: hostile) func neverTrapsOnHostileInput(_ text: String) {
        for ref in TimeRef.allCases {
            let buffer = TextBuffer(text)
            let found = TimeExpressionTagger().tag(buffer, in: 0..<buffer.tokens.count, reference: ref.reference)
            wellFormed(found, buffer)
        }
    }

    @Test func rejectsOutOfRangeReferences() {
        let buffer = TextBuffer("The offensive will begin tomorrow.")
        for seconds in [Int64.max, Int64.min, 300_000_000_000, -70_000_000_000] {
            let ref = ReferenceTime(secondsSinceEpoch: seconds, source: .article)
            #expect(TimeExpressionTagger().tag(buffer, in: 0..<buffer.tokens.count, reference: ref).isEmpty)
        }
        let badOffset = ReferenceTime(secondsSinceEpoch: 0, utcOffsetSeconds: Int32.max, source: .article)
        #expect(TimeExpressionTagger().tag(buffer, in: 0..<buffer.tokens.count, reference: badOffset).isEmpty)
    }

    @Test func dropsResultsOutsideYearsOneTo9999() {
        let late = ReferenceTime(secondsSinceEpoch: CivilCalendar.days(year: 9980, month: 6, day: 1) * 86400, source: .article)
        let buffer = TextBuffer("It will end in 50 years, next year, or in 2000.")
        let texts = TimeExpressionTagger().tag(buffer, in: 0..<buffer.tokens.count, reference: late).map { buffer.text(tokens: $0.tokens) }
        // "in 50 years" would be year 10030: no point; the bare "50 years" is still a length of time.
        #expect(texts == ["50 years", "next year", "in 2000"])
    }

    @Test func clampsTheRangeAndRespectsSentenceBounds() {
        let buffer = TextBuffer("Fighting began yesterday. The offensive starts tomorrow.")
        let all = TimeExpressionTagger().tag(buffer, in: -5..<1000, reference: TimeRef.mosul.reference)
        #expect(all.map { buffer.text(tokens: $0.tokens) } == ["yesterday", "tomorrow"])
        let second = TimeExpressionTagger().tag(buffer, in: 4..<buffer.tokens.count, reference: TimeRef.mosul.reference)
        #expect(second.map { buffer.text(tokens: $0.tokens) } == ["tomorrow"])
        #expect(TimeExpressionTagger().tag(buffer, in: 3..<3, reference: TimeRef.mosul.reference).isEmpty)
    }

    @Test func sentencesWithoutCuesYieldNothing() {
        let buffer = TextBuffer("Iraqi forces and Peshmerga fighters surrounded the town, officials said on Monday's call.")
        let range = 0..<buffer.tokens.count
        let found = TimeExpressionTagger().tag(buffer, in: range, reference: TimeRef.mosul.reference)
        #expect(found.map { buffer.text(tokens: $0.tokens) } == ["on Monday"])
        let none = TextBuffer("Iraqi forces and Peshmerga fighters surrounded the town, officials said.")
        #expect(TimeExpressionTagger().tag(none, in: 0..<none.tokens.count, reference: TimeRef.mosul.reference).isEmpty)
    }

    /// A deterministic pseudo-random soup of time words, numbers and punctuation.
    @Test func randomTokenSoupIsTotalAndWellFormed() {
        let vocabulary = ["on", "in", "the", "by", "October", "19", "19th", "2016", "-", "/", ":", "15:00", "GMT", "a.m.",
                          "next", "last", "this", "week", "weeks", "days", "hours", "within", "coming", "few", "a",
                          "early", "mid", "late", "end", "of", "Tuesday", "Ramadan", "winter", "since", "for", "every",
                          "ago", "between", "and", "to", "from", "Q4", "quarter", "first", "half", "tonight", "morning",
                          "will", "was", ",", ".", "May", "99999999999", "31/12/2016", "2016-13-45", "noon", "midnight"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<400 {
            var words: [String] = []
            for _ in 0..<24 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                words.append(vocabulary[Int(state >> 33) % vocabulary.count])
            }
            let buffer = TextBuffer(words.joined(separator: " "))
            for ref in TimeRef.allCases {
                wellFormed(TimeExpressionTagger().tag(buffer, in: 0..<buffer.tokens.count, reference: ref.reference), buffer)
            }
        }
    }

    /// A "sentence" with no sentence breaks (a body with no punctuation) stays linear: tense
    /// lookups move a cursor instead of rescanning. Not timed; it must simply finish.
    @Test func longUnpunctuatedInputFinishes() {
        let chunk = "troops will attack on Tuesday and were seen last week near the river "
        let buffer = TextBuffer(String(repeating: chunk, count: 3000))
        let found = TimeExpressionTagger().tag(buffer, in: 0..<buffer.tokens.count, reference: TimeRef.mosul.reference)
        #expect(found.count == 6000)
        #expect(found.first?.time?.value == "2016-10-11")
        #expect(found[1].time?.value == "2016-W40")
        #expect(found.last?.time?.value == "2016-W40")
        wellFormed(found, buffer)
    }

    private func wellFormed(_ found: [TimeExpression], _ buffer: TextBuffer) {
        var last = 0
        for expression in found {
            #expect(expression.tokens.lowerBound >= last)
            #expect(!expression.tokens.isEmpty)
            #expect(expression.tokens.upperBound <= buffer.tokens.count)
            last = expression.tokens.upperBound
            if let time = expression.time {
                #expect(expression.kind == .point)
                #expect(time.start < time.end)
                #expect(time.text == buffer.text(tokens: expression.tokens))
                if time.grain != .week { #expect(time.start.hasPrefix(String(time.value.prefix(4)))) }
            } else {
                #expect(expression.kind != .point)
            }
        }
    }
}
