import Testing
@testable import Extraction

/// Reference times the time-expression tables resolve against.
enum TimeRef: String, Sendable, CaseIterable {
    /// 2016-10-10T12:00:00Z, a Monday (the seed articles).
    case mosul
    /// 2016-12-30T20:00:00Z, a Friday before a year boundary.
    case yearEnd
    /// 2016-02-27T09:00:00Z, a Saturday in a leap February.
    case leap
    /// 2017-01-02T08:30:00+03:00, a Monday, non-UTC offset.
    case moscow
    /// 2019-05-01T06:00:00Z, a Wednesday before Ramadan 1440.
    case spring2019

    var reference: ReferenceTime {
        switch self {
        case .mosul: return make(2016, 10, 10, 12, 0, offset: 0)
        case .yearEnd: return make(2016, 12, 30, 20, 0, offset: 0)
        case .leap: return make(2016, 2, 27, 9, 0, offset: 0)
        case .moscow: return make(2017, 1, 2, 8, 30, offset: 3 * 3600)
        case .spring2019: return make(2019, 5, 1, 6, 0, offset: 0)
        }
    }

    var suffix: String { self == .moscow ? "+03:00" : "Z" }

    private func make(_ y: Int64, _ m: Int64, _ d: Int64, _ h: Int64, _ min: Int64, offset: Int32) -> ReferenceTime {
        let local = CivilCalendar.days(year: y, month: m, day: d) * 86400 + h * 3600 + min * 60
        return ReferenceTime(secondsSinceEpoch: local - Int64(offset), utcOffsetSeconds: offset, source: .article)
    }
}

/// One row: a sentence, the expression expected in it, and its exact normalization.
struct TimeCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var text: String
    var kind: TimeExpression.Kind
    var anchor: TimeExpression.Anchor
    var value: String?
    var grain: TimeGrain?
    var start: String?
    var end: String?
    var approximate: Bool
    var ref: TimeRef
    var tense: Tense?

    var testDescription: String { "[\(ref.rawValue)] \(sentence) → \(text)" }

    /// Expands "2016-10-19", "2016-10-19T05", "2016-10-19T05:30" to full RFC 3339 in the ref's offset.
    func full(_ short: String?) -> String? {
        guard let short else { return nil }
        switch short.count {
        case 10: return short + "T00:00:00" + ref.suffix
        case 13: return short + ":00:00" + ref.suffix
        case 16: return short + ":00" + ref.suffix
        default: return short
        }
    }
}

/// A point expression.
func P(
    _ sentence: String, _ text: String, _ value: String, _ grain: TimeGrain, _ start: String, _ end: String,
    approx: Bool = false, anchor: TimeExpression.Anchor = .at, ref: TimeRef = .mosul, tense: Tense? = nil
) -> TimeCase {
    TimeCase(sentence: sentence, text: text, kind: .point, anchor: anchor, value: value, grain: grain, start: start,
             end: end, approximate: approx, ref: ref, tense: tense)
}

/// A duration, since or recurring expression (no normalized time).
func K(_ sentence: String, _ text: String, _ kind: TimeExpression.Kind, ref: TimeRef = .mosul) -> TimeCase {
    TimeCase(sentence: sentence, text: text, kind: kind, anchor: .at, value: nil, grain: nil, start: nil, end: nil,
             approximate: false, ref: ref, tense: nil)
}

/// A sentence and the exact texts of every expression the tagger must find in it (negatives).
struct TimeTextsCase: Sendable, CustomTestStringConvertible {
    var sentence: String
    var texts: [String]
    var testDescription: String { "\(sentence) → \(texts)" }
}

func tagTexts(_ sentence: String, ref: TimeRef = .mosul) -> [String] {
    let buffer = TextBuffer(sentence)
    return TimeExpressionTagger().tag(buffer, in: 0..<buffer.tokens.count, reference: ref.reference)
        .map { buffer.text(tokens: $0.tokens) }
}

func check(_ row: TimeCase) {
    let buffer = TextBuffer(row.sentence)
    let found = TimeExpressionTagger().tag(buffer, in: 0..<buffer.tokens.count, reference: row.ref.reference, tense: row.tense)
    let texts = found.map { buffer.text(tokens: $0.tokens) }
    guard let expression = found.first(where: { buffer.text(tokens: $0.tokens) == row.text }) else {
        Issue.record("expected \"\(row.text)\", found \(texts)")
        return
    }
    #expect(expression.kind == row.kind)
    #expect(expression.anchor == row.anchor)
    if row.kind == .point {
        guard let time = expression.time else {
            Issue.record("no time for \(row.text)")
            return
        }
        #expect(time.text == row.text)
        #expect(time.value == row.value)
        #expect(time.grain == row.grain)
        #expect(time.start == row.full(row.start))
        #expect(time.end == row.full(row.end))
        #expect(time.approximate == row.approximate)
    } else {
        #expect(expression.time == nil)
    }
}
