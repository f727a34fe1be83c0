/// Finds time expressions in a sentence and normalizes them against a reference time
/// (DESIGN §4 `claimed_time`; conventions in `docs/TIME.md`).
///
/// The tagger is a small hand-written parser over tokens. A sentence with no number and no
/// time word is rejected after one hash lookup per token; nothing is allocated for it.
public struct TimeExpressionTagger: Sendable {
    public init() {}

    /// The time expressions of the sentence `range` (token indices of `buffer`), in text order,
    /// never overlapping.
    ///
    /// - Parameters:
    ///   - buffer: The tokenized text.
    ///   - range: The sentence's token range; clamped to the buffer.
    ///   - reference: The instant relative expressions resolve against; its UTC offset is the
    ///     offset of every `start`/`end`.
    ///   - tense: Overrides the tense read from the sentence's own cues.
    public func tag(
        _ buffer: TextBuffer, in range: Range<Int>, reference: ReferenceTime, tense: Tense? = nil
    ) -> [TimeExpression] {
        let lo = max(0, range.lowerBound)
        let hi = min(buffer.tokens.count, range.upperBound)
        guard lo < hi else { return [] }
        let lexicon = TimeLexicon.shared
        var hasCue = false
        for index in lo..<hi {
            let token = buffer.tokens[index]
            if token.kind == .number || lexicon.triggers.contains(token.key) {
                hasCue = true
                break
            }
        }
        guard hasCue, let resolved = Reference(reference) else { return [] }
        var parser = TimeParser(buffer: buffer, lo: lo, hi: hi, ref: resolved, override: tense)
        return parser.run()
    }
}

/// The reference time broken down in its own UTC offset.
struct Reference {
    let offsetSeconds: Int64
    /// Minutes since 1970-01-01T00:00 local.
    let minute: Int64
    let day: Int64
    let year: Int64
    let month: Int64
    let dom: Int64
    let weekday: Int64

    init?(_ time: ReferenceTime) {
        let seconds = time.secondsSinceEpoch
        let offset = Int64(time.utcOffsetSeconds)
        // Years 1…9998 only, offsets within ±18 h: keeps all calendar arithmetic far from overflow.
        guard seconds > -62_000_000_000, seconds < 253_000_000_000, offset > -64_800, offset < 64_800 else {
            return nil
        }
        offsetSeconds = offset
        minute = floorDiv(seconds + offset, 60)
        day = floorDiv(minute, 1440)
        let civil = CivilCalendar.date(days: day)
        year = civil.year
        month = civil.month
        dom = civil.day
        weekday = CivilCalendar.weekday(days: day)
    }
}

/// A normalized interval in local minutes, end exclusive.
struct Span {
    var start: Int64
    var end: Int64
    var grain: TimeGrain
    var approximate: Bool
}

/// A whole calendar unit, which parts ("late", "end of") and times of day can refine.
enum CalendarUnit {
    case day(Int64)
    case week(monday: Int64)
    case month(Int64, Int64)
    case quarter(Int64, Int64)
    case year(Int64)
    case weekend(saturday: Int64)

    var span: Span {
        switch self {
        case .day(let day):
            return Span(start: day * 1440, end: (day + 1) * 1440, grain: .day, approximate: false)
        case .week(let monday):
            return Span(start: monday * 1440, end: (monday + 7) * 1440, grain: .week, approximate: false)
        case .month(let year, let month):
            let next = CivilCalendar.addMonths(year: year, month: month, 1)
            return Span(start: CivilCalendar.days(year: year, month: month, day: 1) * 1440,
                        end: CivilCalendar.days(year: next.year, month: next.month, day: 1) * 1440,
                        grain: .month, approximate: false)
        case .quarter(let year, let quarter):
            let first = (quarter - 1) * 3 + 1
            let next = CivilCalendar.addMonths(year: year, month: first, 3)
            return Span(start: CivilCalendar.days(year: year, month: first, day: 1) * 1440,
                        end: CivilCalendar.days(year: next.year, month: next.month, day: 1) * 1440,
                        grain: .quarter, approximate: false)
        case .year(let year):
            return Span(start: CivilCalendar.days(year: year, month: 1, day: 1) * 1440,
                        end: CivilCalendar.days(year: year + 1, month: 1, day: 1) * 1440,
                        grain: .year, approximate: false)
        case .weekend(let saturday):
            return Span(start: saturday * 1440, end: (saturday + 2) * 1440, grain: .day, approximate: false)
        }
    }
}

/// A parsed clock time or part of day, not yet placed on a day.
struct ClockTime {
    var end: Int
    /// Minutes after local midnight (may pass 1440 for "night" and "midnight").
    var startMinute: Int64
    var endMinute: Int64
    /// `.hour`/`.minute` for clock times; `nil` for parts of day (which keep day grain).
    var grain: TimeGrain?
    var approximate: Bool
    /// Minutes to add to convert the written zone to the reference offset.
    var shift: Int64
}

/// A parsed number token.
struct NumberValue {
    var groups: [Int64]
    var separator: UInt8
    /// Lowercased letters after the digits, packed (up to 4), and their count.
    var suffix: UInt32
    var suffixLength: Int
    var firstGroupDigits: Int

    var plain: Int64? { groups.count == 1 && suffixLength == 0 ? groups[0] : nil }
}

@inline(__always) private func pack(_ text: StaticString) -> UInt32 {
    var value: UInt32 = 0
    text.withUTF8Buffer { for byte in $0 { value = value << 8 | UInt32(byte) } }
    return value
}

struct TimeParser {
    let buffer: TextBuffer
    let tokens: [Token]
    let lo: Int
    let hi: Int
    let ref: Reference
    let override: Tense?
    let lexicon = TimeLexicon.shared
    /// The sentence's strong tense cues in text order (computed on first use).
    private var cues: [Cue]?
    private var weakPast = false
    private var cueCursor = 0
    /// The first token of the expression being parsed; tense cues are looked up around it.
    private var expressionStart = 0

    init(buffer: TextBuffer, lo: Int, hi: Int, ref: Reference, override: Tense?) {
        self.buffer = buffer
        self.tokens = buffer.tokens
        self.lo = lo
        self.hi = hi
        self.ref = ref
        self.override = override
    }

    mutating func run() -> [TimeExpression] {
        var found: [TimeExpression] = []
        var index = lo
        while index < hi {
            expressionStart = index
            if mayStart(index), let expression = parse(at: index), expression.tokens.upperBound > index {
                found.append(expression)
                index = expression.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: Token helpers

    private func mayStart(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .number { return true }
        if token.kind != .word { return false }
        return lexicon.words[token.key] != nil || lexicon.prepositions.mayStart(with: token)
            || lexicon.holidays.mayStart(with: token) || isWord(index, "the") || isWord(index, "a")
            || isWord(index, "an") || isWord(index, "any")
    }

    private func valid(_ index: Int) -> Bool { index >= lo && index < hi }

    private func isWord(_ index: Int, _ text: StaticString) -> Bool {
        valid(index) && buffer.token(index, equalsIgnoringCase: text)
    }

    private func isPunct(_ index: Int, _ byte: UInt8) -> Bool {
        guard valid(index), tokens[index].kind == .punctuation, tokens[index].byteCount == 1 else { return false }
        return buffer.bytes[Int(tokens[index].byteStart)] == byte
    }

    /// A hyphen or dash (ASCII "-", en dash, em dash, non-breaking hyphen).
    private func isDash(_ index: Int) -> Bool {
        guard valid(index), tokens[index].kind == .punctuation else { return false }
        if tokens[index].byteCount == 1 { return buffer.bytes[Int(tokens[index].byteStart)] == UInt8(ascii: "-") }
        let start = Int(tokens[index].byteStart)
        guard tokens[index].byteCount == 3, buffer.bytes[start] == 0xE2, buffer.bytes[start + 1] == 0x80 else { return false }
        return (0x90...0x94).contains(buffer.bytes[start + 2])
    }

    /// An apostrophe token ("'" or U+2019).
    private func isApostrophe(_ index: Int) -> Bool {
        guard valid(index), tokens[index].kind == .punctuation else { return false }
        let start = Int(tokens[index].byteStart)
        if tokens[index].byteCount == 1 { return buffer.bytes[start] == UInt8(ascii: "'") }
        return tokens[index].byteCount == 3 && buffer.bytes[start] == 0xE2 && buffer.bytes[start + 1] == 0x80
            && buffer.bytes[start + 2] == 0x99
    }

    private func attached(_ index: Int) -> Bool {
        valid(index) && tokens[index].flags.contains(.attachedToPrevious)
    }

    private func capitalized(_ index: Int) -> Bool {
        valid(index) && (tokens[index].flags.contains(.capitalized) || tokens[index].flags.contains(.allCaps))
    }

    private func words(_ index: Int) -> [TimeWord] {
        guard valid(index), tokens[index].kind == .word else { return [] }
        return lexicon.words[tokens[index].key] ?? []
    }

    private func month(_ index: Int) -> (month: Int64, abbreviated: Bool)? {
        guard capitalized(index) else { return nil }
        for word in words(index) { if case .month(let m, let abbreviated) = word { return (m, abbreviated) } }
        return nil
    }

    private func weekday(_ index: Int) -> (day: Int64, plural: Bool)? {
        for word in words(index) { if case .weekday(let d, let plural) = word { return (d, plural) } }
        return nil
    }

    private func unit(_ index: Int) -> (unit: TimeUnit, plural: Bool)? {
        for word in words(index) { if case .unit(let u, let plural) = word { return (u, plural) } }
        return nil
    }

    private func shift(_ index: Int) -> Shift? {
        for word in words(index) { if case .shift(let s) = word { return s } }
        return nil
    }

    private func part(_ index: Int) -> PartWord? {
        for word in words(index) { if case .part(let p) = word { return p } }
        return nil
    }

    private func dayPart(_ index: Int) -> DayPart? {
        for word in words(index) { if case .dayPart(let p) = word { return p } }
        return nil
    }

    private func ordinalWord(_ index: Int) -> Int64? {
        for word in words(index) { if case .ordinal(let n) = word { return n } }
        return nil
    }

    private func has(_ index: Int, _ predicate: (TimeWord) -> Bool) -> Bool {
        words(index).contains(where: predicate)
    }

    /// Parses a number token: digit groups split by one kind of separator, letter suffix.
    private func number(_ index: Int) -> NumberValue? {
        guard valid(index), tokens[index].kind == .number else { return nil }
        let token = tokens[index]
        var groups: [Int64] = []
        var current: Int64 = 0
        var digits = 0
        var firstDigits = 0
        var separator: UInt8 = 0
        var suffix: UInt32 = 0
        var suffixLength = 0
        var position = Int(token.byteStart)
        let end = Int(token.byteEnd)
        while position < end {
            let byte = buffer.bytes[position]
            if byte >= 0x30 && byte <= 0x39 {
                guard suffixLength == 0 else { return nil }
                digits += 1
                guard digits <= 9 else { return nil }
                current = current * 10 + Int64(byte - 0x30)
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") {
                guard separator == 0 || separator == byte, digits > 0 else { return nil }
                separator = byte
                if groups.isEmpty { firstDigits = digits }
                groups.append(current)
                current = 0
                digits = 0
            } else {
                suffixLength += 1
                guard suffixLength <= 4 else { return nil }
                suffix = suffix << 8 | UInt32(byte | 0x20)
            }
            position += 1
        }
        guard digits > 0 else { return nil }
        if groups.isEmpty { firstDigits = digits }
        groups.append(current)
        return NumberValue(groups: groups, separator: separator, suffix: suffix, suffixLength: suffixLength,
                           firstGroupDigits: firstDigits)
    }

    /// A day of month: "19", "19th", optionally followed by a separate "th" etc.
    private func dayNumber(_ index: Int) -> Int64? {
        guard let value = number(index), value.groups.count == 1, value.firstGroupDigits <= 2 else { return nil }
        if value.suffixLength != 0 && !tokens[index].flags.contains(.ordinal) { return nil }
        let day = value.groups[0]
        return day >= 1 && day <= 31 ? day : nil
    }

    /// A four-digit year 1000…2999 written as plain digits.
    private func yearNumber(_ index: Int) -> Int64? {
        guard let value = number(index), let year = value.plain, value.firstGroupDigits == 4,
              year >= 1000, year <= 2999 else { return nil }
        return year
    }

    /// A cardinal: digits, a number word, "forty-eight"; "a"/"an" when `article` is allowed.
    private func cardinal(_ index: Int, article: Bool) -> (value: Int64, end: Int)? {
        guard valid(index) else { return nil }
        if let value = number(index) {
            if let plain = value.plain { return plain <= 100_000 ? (plain, index + 1) : nil }
            if value.separator == UInt8(ascii: ","), value.suffixLength == 0, value.firstGroupDigits <= 3 {
                var total: Int64 = 0
                for group in value.groups {
                    total = total * 1000 + group
                    if total > 100_000 { return nil }
                }
                return (total, index + 1)
            }
            return nil
        }
        if article && (isWord(index, "a") || isWord(index, "an")) { return (1, index + 1) }
        for word in words(index) {
            if case .number(let n) = word {
                if n >= 20, n < 100, isDash(index + 1), attached(index + 1), attached(index + 2) {
                    for next in words(index + 2) {
                        if case .number(let digit) = next, digit < 10 { return (n + digit, index + 3) }
                    }
                }
                return (n, index + 1)
            }
        }
        return nil
    }

    // MARK: Tense

    /// A tense cue at a token: strong cues are words from the lexicon, weak ones are other
    /// *-ed* words.
    struct Cue {
        var index: Int
        var tense: Tense
        var strong: Bool
    }

    /// The tense for the expression starting at `expressionStart`: the nearest strong cue before
    /// it in the sentence, else the first strong cue after it, else past when any weak *-ed*
    /// cue occurs, else none. A past cue right after is/are/be/been/being ("will be freed") is
    /// not past.
    private mutating func tense() -> Tense? {
        if let override { return override }
        // A deadline looks ahead whatever the clause's tense: "by early October", "before May
        // 10", "until March", "set January 26th as the deadline".
        if isDeadline(at: expressionStart) { return .future }
        if cues == nil {
            let all = scanCues()
            cues = all.filter(\.strong)
            weakPast = all.contains { !$0.strong }
        }
        let strong = cues ?? []
        // Expressions are parsed left to right, so the cursor only moves forward: linear overall.
        while cueCursor < strong.count, strong[cueCursor].index < expressionStart { cueCursor += 1 }
        if cueCursor > 0 { return strong[cueCursor - 1].tense }
        if cueCursor < strong.count { return strong[cueCursor].tense }
        return weakPast ? .past : nil
    }

    /// A deadline anchor at (or right before) the expression, a goal it completes ("a new goal of
    /// the 14th", "a target date of March 3"), or "deadline"/"ultimatum" within a few tokens
    /// after its start.
    private func isDeadline(at start: Int) -> Bool {
        if start >= lo, start < hi, Self.deadlineAnchors.contains(tokens[start].key) { return true }
        if start - 1 >= lo, start - 1 < hi, Self.deadlineAnchors.contains(tokens[start - 1].key) { return true }
        if start - 2 >= lo, start - 1 < hi, tokens[start - 1].key == Self.ofKey, Self.goalNouns.contains(tokens[start - 2].key) {
            return true
        }
        var position = start + 1
        let limit = min(hi, start + 6)
        while position < limit {
            if Self.deadlineNouns.contains(tokens[position].key) { return true }
            position += 1
        }
        return false
    }

    static let deadlineAnchors: KeySet = KeySet(["by", "before", "until", "till", "than"].map { LexiconKey(folding: $0) })
    static let deadlineNouns: KeySet = KeySet(["deadline", "ultimatum"].map { LexiconKey(folding: $0) })
    static let goalNouns: KeySet = KeySet(["goal", "target", "deadline", "ultimatum", "date", "timetable"].map { LexiconKey(folding: $0) })
    static let ofKey = LexiconKey(folding: "of")

    private func scanCues() -> [Cue] {
        var found: [Cue] = []
        var index = lo
        var previousBe = false
        while index < hi {
            // "the liberated town", "its last stronghold": participles and "last" after a
            // determiner are adjectives, not past tense.
            let adjectival = index > lo && lexicon.determiners.contains(tokens[index - 1].key)
            if let match = lexicon.cues.longestMatch(in: buffer, at: index, limit: hi), let cue = match.values.first {
                switch cue {
                case .future: found.append(Cue(index: index, tense: .future, strong: true))
                case .past where !previousBe && !adjectival: found.append(Cue(index: index, tense: .past, strong: true))
                default: break
                }
                previousBe = cue == .beVerb
                index = match.tokens.upperBound
                continue
            }
            let token = tokens[index]
            if token.kind == .word {
                if endsWithLL(token) {
                    found.append(Cue(index: index, tense: .future, strong: true))
                } else if !previousBe, !adjectival, !token.flags.contains(.attachedToPrevious), endsWithED(token) {
                    found.append(Cue(index: index, tense: .past, strong: false))
                }
            }
            previousBe = false
            index += 1
        }
        return found
    }

    private func endsWithED(_ token: Token) -> Bool {
        guard token.byteCount >= 5 else { return false }
        let end = Int(token.byteEnd)
        return buffer.bytes[end - 2] | 0x20 == UInt8(ascii: "e") && buffer.bytes[end - 1] | 0x20 == UInt8(ascii: "d")
    }

    private func endsWithLL(_ token: Token) -> Bool {
        guard token.byteCount >= 4 else { return false }
        let end = Int(token.byteEnd)
        guard buffer.bytes[end - 2] | 0x20 == UInt8(ascii: "l"), buffer.bytes[end - 1] | 0x20 == UInt8(ascii: "l") else {
            return false
        }
        let mark = buffer.bytes[end - 3]
        return mark == UInt8(ascii: "'") || mark == 0x99 // ASCII apostrophe or the last byte of U+2019
    }

    private mutating func isPast() -> Bool { tense() == .past }

    // MARK: Expressions

    private mutating func parse(at index: Int) -> TimeExpression? {
        if let end = recurring(at: index) {
            return TimeExpression(tokens: index..<end, kind: .recurring, anchor: .at, time: nil)
        }
        var next = index
        var prep: Prep?
        if let match = lexicon.prepositions.longestMatch(in: buffer, at: index, limit: hi), let value = match.values.first {
            prep = value
            next = match.tokens.upperBound
            if value == .on, let end = recurringDays(at: next) {
                return TimeExpression(tokens: index..<end, kind: .recurring, anchor: .at, time: nil)
            }
        }
        if prep == .since {
            if let core = core(at: next, prep: prep) {
                return TimeExpression(tokens: index..<core.end, kind: .since, anchor: .at, time: nil)
            }
            return nil
        }
        if prep == .for {
            if let window = window(at: next, prep: prep).flatMap(validated) {
                return point(index..<window.end, window.span, anchor: .at)
            }
            if let end = duration(at: next, prep: prep) {
                return TimeExpression(tokens: index..<end, kind: .duration, anchor: .at, time: nil)
            }
            // "scheduled for October 19", "set for Tuesday"
            if let core = core(at: next, prep: .on) {
                return point(index..<core.end, core.span, anchor: .at)
            }
            return nil
        }
        if let core = core(at: next, prep: prep) {
            var span = core.span
            if prep == .around { span.approximate = true }
            return point(index..<core.end, span, anchor: core.range ? .at : (prep?.anchor ?? .at))
        }
        if prep != .in, prep != .within, let end = duration(at: next, prep: nil) {
            var start = next
            if isWord(start, "a") || isWord(start, "an") || isWord(start, "the") { start += 1 }
            while start < end, has(start, { if case .qualifier = $0 { return true } else { return false } }) { start += 1 }
            return TimeExpression(tokens: start..<end, kind: .duration, anchor: .at, time: nil)
        }
        return nil
    }

    private func point(_ tokens: Range<Int>, _ span: Span, anchor: TimeExpression.Anchor) -> TimeExpression {
        let time = ClaimedTime(
            text: buffer.text(tokens: tokens),
            value: TimeFormat.value(localMinute: span.start, grain: span.grain),
            grain: span.grain,
            start: TimeFormat.rfc3339(localMinute: span.start, offsetSeconds: ref.offsetSeconds),
            end: TimeFormat.rfc3339(localMinute: span.end, offsetSeconds: ref.offsetSeconds),
            approximate: span.approximate
        )
        return TimeExpression(tokens: tokens, kind: .point, anchor: anchor, time: time)
    }

    struct Found {
        var end: Int
        var span: Span
        var unit: CalendarUnit?
        var range = false
    }

    /// Every point expression after its preposition.
    private mutating func core(at index: Int, prep: Prep?) -> Found? {
        guard valid(index) else { return nil }
        if let found = window(at: index, prep: prep) { return validated(found) }
        if let found = relativeCount(at: index, prep: prep) { return validated(found) }
        if let found = calendarPhrase(at: index, prep: prep) { return validated(found) }
        if let found = fuzzyAdverb(at: index, prep: prep) { return validated(found) }
        return nil
    }

    /// Rejects spans outside years 1…9999 (formatting and arithmetic stay well-defined).
    private func validated(_ found: Found) -> Found? {
        let low = CivilCalendar.days(year: 1, month: 1, day: 1) * 1440
        let high = CivilCalendar.days(year: 9999, month: 12, day: 31) * 1440
        guard found.span.start >= low, found.span.end <= high, found.span.end > found.span.start else { return nil }
        return found
    }

    // MARK: Recurring and durations

    private func recurring(at index: Int) -> Int? {
        if has(index, { $0 == .frequency }) { return index + 1 }
        guard has(index, { $0 == .every }) else { return nil }
        var next = index + 1
        if isWord(next, "other") || isWord(next, "single") { next += 1 }
        if let count = cardinal(next, article: false), unit(count.end) != nil { return count.end + 1 }
        if unit(next) != nil || weekday(next) != nil || dayPart(next) != nil || has(next, { $0 == .weekend }) {
            return next + 1
        }
        return nil
    }

    private func recurringDays(at index: Int) -> Int? {
        if let day = weekday(index), day.plural { return index + 1 }
        return nil
    }

    /// "three months", "for weeks", "for more than five years", "three-month", "three-months-long".
    private func duration(at index: Int, prep: Prep?) -> Int? {
        var next = index
        var skipped = 0
        while skipped < 3, has(next, { $0 == .qualifier }) || isWord(next, "the") || isWord(next, "a")
            || isWord(next, "an") || (prep == .for && shift(next) == .last)
        {
            if (isWord(next, "a") || isWord(next, "an")), let u = unit(next + 1), !u.plural { break }
            next += 1
            skipped += 1
        }
        if prep == .for, let bare = unit(next), bare.plural { return next + 1 }
        let count: (value: Int64, end: Int)
        if let value = cardinal(next, article: true) {
            count = value
        } else if has(next, { $0 == .few }) {
            count = (3, isWord(next + 1, "of") ? next + 2 : next + 1)
        } else {
            return nil
        }
        var end = count.end
        if isDash(end), attached(end), let u = unit(end + 1), attached(end + 1) {
            end += 2
            if !u.plural, isDash(end), attached(end), isWord(end + 1, "long"), attached(end + 1) { end += 2 }
            if u.plural, isDash(end), attached(end), isWord(end + 1, "long") { end += 2 }
            return end
        }
        if isWord(end, "and"), isWord(end + 1, "a"), isWord(end + 2, "half") { end += 3 }
        guard let u = unit(end) else { return nil }
        if count.value != 1 && !u.plural && prep == .for { return nil }
        end += 1
        if isWord(end, "ago") || isWord(end, "later") || isWord(end, "earlier") { return nil }
        if isWord(end, "long") {
            end += 1
        } else if isDash(end), attached(end), isWord(end + 1, "long"), attached(end + 1) {
            end += 2 // "a year-long siege"
        }
        return end
    }

    // MARK: Windows and relative counts

    /// "within hours", "in the coming days", "in a few hours", "over the next 48 hours",
    /// "within a week", "in the next two weeks", "over the past 24 hours".
    private mutating func window(at index: Int, prep: Prep?) -> Found? {
        var next = index
        var hasThe = false
        if isWord(next, "the") { hasThe = true; next += 1 }
        var direction: Shift?
        if let s = shift(next), s != .this { direction = s; next += 1 }
        var count: Int64?
        var fuzzy = false
        if has(next, { $0 == .few }) {
            fuzzy = true
            next += isWord(next + 1, "of") ? 2 : 1
        } else if (isWord(next, "a") || isWord(next, "an")) && has(next + 1, { $0 == .few }) {
            fuzzy = true
            next += isWord(next + 2, "of") ? 3 : 2
        } else if let value = cardinal(next, article: !hasThe && direction == nil) {
            count = value.value
            next = value.end
        }
        guard let u = unit(next), u.unit != .decade else { return nil }
        let unitEnd = next + 1
        let windowPrep = prep == .within || prep == .over || prep == .during || prep == .for || prep == .in
        switch (direction, count) {
        case (nil, nil):
            // "within the week": what is left of the week the reference is in.
            if !u.plural, hasThe, prep == .within, !isWord(unitEnd, "of") {
                return Found(end: unitEnd, span: remainderWindow(u.unit))
            }
            // "within hours", "in days", "in a few hours", "in the days ahead"
            guard u.plural, prep != .for, windowPrep || prep == .by, !isWord(unitEnd, "of") else { return nil }
            if hasThe && !(isWord(unitEnd, "ahead") || isWord(unitEnd, "to")) { return nil }
            var end = unitEnd
            if isWord(end, "ahead") { end += 1 } else if isWord(end, "to"), isWord(end + 1, "come") { end += 2 }
            if prep == .in && !fuzzy && !hasThe { return nil }
            return Found(end: end, span: fuzzyWindow(u.unit))
        case (.coming?, nil), (.next?, nil):
            guard prep != nil || direction == .coming else { return nil }
            if !u.plural {
                // "the coming week", "over the next month": one unit from the reference.
                guard hasThe || windowPrep else { return nil }
                guard hasThe else { return nil }
                return Found(end: unitEnd, span: exactWindow(u.unit, 1, future: true))
            }
            guard fuzzy || direction == .coming || hasThe else { return nil }
            return Found(end: unitEnd, span: fuzzyWindow(u.unit))
        case (.coming?, let n?), (.next?, let n?):
            guard hasThe || prep != nil else { return nil }
            return Found(end: unitEnd, span: exactWindow(u.unit, n, future: true))
        case (.last?, let n):
            guard hasThe, u.plural || n != nil || prep != nil, !isWord(unitEnd, "of") else { return nil }
            if fuzzy { return Found(end: unitEnd, span: exactWindow(u.unit, 3, future: false, approximate: true)) }
            return Found(end: unitEnd, span: exactWindow(u.unit, n ?? 1, future: false))
        case (nil, let n?):
            // "within a week of the start of the operation" counts from that event, not from now.
            guard prep == .within, !hasThe, !isWord(unitEnd, "of") else { return nil }
            return Found(end: unitEnd, span: exactWindow(u.unit, n, future: true))
        default:
            return nil
        }
    }

    /// The reference cut to the window's grain, and that grain.
    private func windowGrain(_ unit: TimeUnit) -> TimeGrain {
        switch unit {
        case .minute: return .minute
        case .hour: return .hour
        case .day: return .day
        case .week, .fortnight: return .week
        case .month: return .month
        case .year, .decade: return .year
        }
    }

    private func cut(_ minute: Int64, to grain: TimeGrain) -> Int64 {
        switch grain {
        case .minute: return minute
        case .hour: return floorDiv(minute, 60) * 60
        case .day: return floorDiv(minute, 1440) * 1440
        case .week: return CivilCalendar.monday(of: floorDiv(minute, 1440)) * 1440
        case .month, .quarter, .year:
            let civil = CivilCalendar.date(days: floorDiv(minute, 1440))
            let month = grain == .month ? civil.month : (grain == .quarter ? (civil.month - 1) / 3 * 3 + 1 : 1)
            return CivilCalendar.days(year: civil.year, month: month, day: 1) * 1440
        }
    }

    /// `minute` moved by `count` units (months and years on the calendar).
    private func add(_ unit: TimeUnit, _ count: Int64, to minute: Int64) -> Int64 {
        switch unit {
        case .minute: return minute + count
        case .hour: return minute + count * 60
        case .day: return minute + count * 1440
        case .week: return minute + count * 7 * 1440
        case .fortnight: return minute + count * 14 * 1440
        case .month, .year, .decade:
            let months = unit == .month ? count : (unit == .year ? count * 12 : count * 120)
            let day = floorDiv(minute, 1440)
            let civil = CivilCalendar.date(days: day)
            let moved = CivilCalendar.addMonths(year: civil.year, month: civil.month, months)
            let dom = min(civil.day, CivilCalendar.daysInMonth(year: moved.year, month: moved.month))
            return CivilCalendar.days(year: moved.year, month: moved.month, day: dom) * 1440 + floorMod(minute, 1440)
        }
    }

    /// A window of `count` units from the reference: it starts at the reference cut to the
    /// window's grain ("within two weeks" → this ISO week) and ends exactly `count` units after
    /// the reference cut to the unit's own precision (a past window ends with the reference).
    private func exactWindow(_ unit: TimeUnit, _ count: Int64, future: Bool, approximate: Bool = false) -> Span {
        let grain = windowGrain(unit)
        let precision: TimeGrain = unit == .minute ? .minute : (unit == .hour ? .hour : .day)
        let anchor = cut(ref.minute, to: precision)
        let n = min(count, 10_000)
        if future {
            return Span(start: cut(anchor, to: grain), end: add(unit, n, to: anchor), grain: grain, approximate: approximate)
        }
        let end = add(grainUnit(precision), 1, to: anchor)
        return Span(start: cut(add(unit, -n, to: anchor), to: grain), end: end, grain: grain, approximate: approximate)
    }

    /// The calendar unit the reference is in ("within the week", "within the month"), approximate.
    private func remainderWindow(_ unit: TimeUnit) -> Span {
        let grain = windowGrain(unit)
        let start = cut(ref.minute, to: grain)
        return Span(start: start, end: add(grainUnit(grain), 1, to: start), grain: grain, approximate: true)
    }

    /// Fuzzy horizons (docs/TIME.md): hours → 6 h, days → 7 d, weeks → 6 weeks, months → 6 months,
    /// years → 5 years, from the reference cut to the grain.
    private func fuzzyWindow(_ unit: TimeUnit) -> Span {
        switch unit {
        case .minute: return exactWindow(.minute, 60, future: true, approximate: true)
        case .hour: return exactWindow(.hour, 6, future: true, approximate: true)
        case .day: return exactWindow(.day, 7, future: true, approximate: true)
        case .week, .fortnight: return exactWindow(.week, 6, future: true, approximate: true)
        case .month:
            let base = cut(ref.minute, to: .day)
            return Span(start: base, end: add(.month, 6, to: base), grain: .month, approximate: true)
        case .year, .decade:
            let base = cut(ref.minute, to: .day)
            return Span(start: base, end: add(.year, 5, to: base), grain: .year, approximate: true)
        }
    }

    /// "in two weeks", "two days ago", "three hours from now".
    private mutating func relativeCount(at index: Int, prep: Prep?) -> Found? {
        guard let count = cardinal(index, article: true), let u = unit(count.end), u.unit != .decade else { return nil }
        guard count.value == 1 || u.plural else { return nil }
        var end = count.end + 1
        let sign: Int64
        if isWord(end, "ago") || isWord(end, "earlier") && prep == nil {
            sign = -1
            end += 1
        } else if isWord(end, "from"), isWord(end + 1, "now") {
            sign = 1
            end += 2
        } else if prep == .in || prep == .after && isWord(end, "time") {
            sign = 1
            // "in two weeks' time", "in a week's time"
            if valid(end), tokens[end].kind == .possessive || isApostrophe(end), isWord(end + 1, "time") {
                end += 2
            }
        } else {
            return nil
        }
        let n = min(count.value, 10_000) * sign
        let grain: TimeGrain
        switch u.unit {
        case .minute: grain = .minute
        case .hour: grain = .hour
        case .day: grain = .day
        case .week, .fortnight: grain = .week
        case .month: grain = .month
        case .year, .decade: grain = .year
        }
        let moved = add(u.unit, n, to: ref.minute)
        let start = cut(moved, to: grain)
        let span = Span(start: start, end: add(grainUnit(grain), 1, to: start), grain: grain, approximate: false)
        return Found(end: end, span: span)
    }

    private func grainUnit(_ grain: TimeGrain) -> TimeUnit {
        switch grain {
        case .minute: return .minute
        case .hour: return .hour
        case .day: return .day
        case .week: return .week
        case .month: return .month
        case .quarter: return .month
        case .year: return .year
        }
    }

    private mutating func fuzzyAdverb(at index: Int, prep: Prep?) -> Found? {
        for word in words(index) {
            guard case .fuzzy(let adverb) = word else { continue }
            if isWord(index - 1, "as") || isWord(index + 1, "as") || isWord(index + 1, "after") || isWord(index + 1, "before") {
                return nil
            }
            let base = cut(ref.minute, to: .day)
            switch adverb {
            case .soon: return Found(end: index + 1, span: Span(start: base, end: base + 14 * 1440, grain: .day, approximate: true))
            case .imminently: return Found(end: index + 1, span: Span(start: base, end: base + 3 * 1440, grain: .day, approximate: true))
            }
        }
        if prep == .in, isWord(index, "the"), isWord(index + 1, "near"), isWord(index + 2, "future") {
            let base = cut(ref.minute, to: .day)
            return Found(end: index + 3, span: Span(start: base, end: base + 30 * 1440, grain: .day, approximate: true))
        }
        if isWord(index, "any"), isWord(index + 1, "day"), isWord(index + 2, "now") {
            let base = cut(ref.minute, to: .day)
            return Found(end: index + 3, span: Span(start: base, end: base + 3 * 1440, grain: .day, approximate: true))
        }
        if isWord(index, "any"), isWord(index + 1, "moment") || isWord(index + 1, "minute") {
            return Found(end: index + 2, span: fuzzyWindow(.hour))
        }
        return nil
    }

    // MARK: Calendar phrases

    /// A calendar atom with an optional time of day, or a range of two atoms.
    private mutating func calendarPhrase(at index: Int, prep: Prep?) -> Found? {
        if var clock = clockTime(at: index, prep: prep, bare: prep != nil) {
            // "at 5 a.m. on Tuesday", "the morning of October 19", "5 p.m. Tuesday"
            var next = clock.end
            if isWord(next, "on") || isWord(next, "of") || isPunct(next, UInt8(ascii: ",")) { next += 1 }
            if let day = calendarAtom(at: next, prep: .on), case .day(let d)? = day.unit {
                return Found(end: day.end, span: place(clock, on: d))
            }
            if isWord(clock.end, "tomorrow") || isWord(clock.end, "today") || isWord(clock.end, "yesterday") {
                let d = ref.day + (isWord(clock.end, "tomorrow") ? 1 : (isWord(clock.end, "yesterday") ? -1 : 0))
                return Found(end: clock.end + 1, span: place(clock, on: d))
            }
            clock.end = max(clock.end, index + 1)
            var span = placeAlone(clock)
            // "between 5 a.m. and 9 a.m.", "from 06:00 to 18:00 GMT"
            let connector = clock.end
            if (prep == .between && isWord(connector, "and")) || (prep == .from && (isWord(connector, "to")
                || isWord(connector, "until") || isWord(connector, "till") || isDash(connector))),
               let second = clockTime(at: connector + 1, prep: prep, bare: true), second.grain != nil
            {
                let day = floorDiv(span.start - clock.shift - clock.startMinute, 1440)
                var last = place(second, on: day)
                if last.start <= span.start { last = place(second, on: day + 1) }
                span.end = last.start // "to 9 a.m." ends at 9 a.m.
                return Found(end: second.end, span: span, range: true)
            }
            return Found(end: clock.end, span: span)
        }
        guard var atom = calendarAtom(at: index, prep: prep) else { return nil }
        if case .day(let d)? = atom.unit {
            // "Tuesday morning", "October 19 at 5 a.m.", "tomorrow, at dawn"
            var next = atom.end
            if isPunct(next, UInt8(ascii: ",")) { next += 1 }
            var bare = false
            if isWord(next, "at") || isWord(next, "around") || isWord(next, "by") {
                next += 1
                bare = true
            } else if isWord(next, "in"), isWord(next + 1, "the") {
                next += 1
                bare = true
            }
            if let clock = clockTime(at: next, prep: nil, bare: bare || next == atom.end) {
                if clock.grain != nil || next == atom.end || bare {
                    atom = Found(end: clock.end, span: place(clock, on: d), unit: nil)
                }
            }
        }
        // Ranges: "between October 17 and 19", "from Monday to Wednesday", "October 17-19".
        let connector = atom.end
        let dashed = isDash(connector)
        let joined = (prep == .between && isWord(connector, "and"))
            || (prep == .from && (isWord(connector, "to") || isWord(connector, "until") || isWord(connector, "till")
                || isWord(connector, "through") || dashed))
            || (dashed && (attached(connector + 1) || dayNumber(connector + 1) != nil))
        if joined {
            if case .day(let d)? = atom.unit, let n = dayNumber(connector + 1), month(connector + 2) == nil,
               !isPunct(connector + 2, UInt8(ascii: ":")), number(connector + 2) == nil
            {
                let civil = CivilCalendar.date(days: d)
                if n > civil.day, n <= CivilCalendar.daysInMonth(year: civil.year, month: civil.month) {
                    let last = CivilCalendar.days(year: civil.year, month: civil.month, day: n)
                    return Found(end: connector + 2, span: Span(start: atom.span.start, end: (last + 1) * 1440,
                                                                grain: .day, approximate: false), range: true)
                }
            }
            if let second = calendarAtom(at: connector + 1, prep: prep), second.span.end > atom.span.start {
                var span = atom.span
                span.end = second.span.end
                span.approximate = atom.span.approximate || second.span.approximate
                return Found(end: second.end, span: span, range: true)
            }
        }
        return atom
    }

    /// One calendar expression: a date, week, month, quarter, year, season or holiday.
    private mutating func calendarAtom(at index: Int, prep: Prep?) -> Found? {
        guard valid(index) else { return nil }
        if let found = numericDate(at: index) { return found }
        if let found = partPhrase(at: index, prep: prep) { return found }
        if let found = unitPhrase(at: index, prep: prep, bare: prep != nil) { return found }
        if let found = quarterPhrase(at: index, prep: prep) { return found }
        if let found = seasonPhrase(at: index, prep: prep) { return found }
        if let found = holidayPhrase(at: index) { return found }
        return nil
    }

    /// "2016-10-19", "19/10/2016", "10/19/2016" (only when unambiguous), "19.10.2016".
    private func numericDate(at index: Int) -> Found? {
        guard let first = number(index) else { return nil }
        // ISO: 2016 - 10 - 19
        if let year = yearNumber(index), isDash(index + 1), attached(index + 1), attached(index + 2),
           let m = number(index + 2)?.plain, isDash(index + 3), attached(index + 3), attached(index + 4),
           let d = dayNumber(index + 4), number(index + 4)?.plain != nil, m >= 1, m <= 12
        {
            return dayFound(year, m, d, end: index + 5)
        }
        var parts: [Int64] = []
        var end = index
        var yearDigits = 0
        if first.separator == UInt8(ascii: "."), first.groups.count == 3, first.suffixLength == 0 {
            parts = first.groups
            end = index + 1
            yearDigits = 4
        } else if first.plain != nil, isPunct(index + 1, UInt8(ascii: "/")), attached(index + 1), attached(index + 2),
                  let second = number(index + 2)?.plain, isPunct(index + 3, UInt8(ascii: "/")), attached(index + 3),
                  attached(index + 4), let third = number(index + 4), let year = third.plain
        {
            parts = [first.groups[0], second, year]
            end = index + 5
            let digits = tokens[index + 4].byteCount
            yearDigits = digits
            if digits == 2 { parts[2] = 2000 + year }
        }
        guard parts.count == 3, yearDigits == 4 || yearDigits == 2, parts[2] >= 1000, parts[2] <= 2999 else { return nil }
        let a = parts[0], b = parts[1], year = parts[2]
        if a > 12, a <= 31, b >= 1, b <= 12 { return dayFound(year, b, a, end: end) } // day/month
        if b > 12, b <= 31, a >= 1, a <= 12 { return dayFound(year, a, b, end: end) } // month/day
        if a == b, a >= 1, a <= 12 { return dayFound(year, a, a, end: end) }
        return nil // ambiguous day/month order: not guessed
    }

    private func dayFound(_ year: Int64, _ month: Int64, _ day: Int64, end: Int) -> Found? {
        guard month >= 1, month <= 12, day >= 1, day <= CivilCalendar.daysInMonth(year: year, month: month) else { return nil }
        let d = CivilCalendar.days(year: year, month: month, day: day)
        return Found(end: end, span: CalendarUnit.day(d).span, unit: .day(d))
    }

    private func unitFound(_ unit: CalendarUnit, end: Int) -> Found {
        Found(end: end, span: unit.span, unit: unit)
    }

    /// Dates, weekdays, relative days, shifted units, months and years.
    private mutating func unitPhrase(at index: Int, prep: Prep?, bare: Bool) -> Found? {
        var next = index
        let hasThe = isWord(next, "the")
        if hasThe { next += 1 }

        // today / tomorrow / yesterday / tonight, "the day after tomorrow"
        if !hasThe {
            for word in words(next) {
                switch word {
                case .relativeDay(let offset):
                    return unitFound(.day(ref.day + offset), end: next + 1)
                case .tonight:
                    let night = DayPart.night.hours
                    let start = ref.day * 1440 + night.start * 60
                    return Found(end: next + 1, span: Span(start: start, end: ref.day * 1440 + night.end * 60, grain: .day, approximate: true))
                default: continue
                }
            }
        }
        if hasThe, isWord(next, "day"), isWord(next + 1, "after"), isWord(next + 2, "tomorrow") {
            return unitFound(.day(ref.day + 2), end: next + 3)
        }
        if hasThe, isWord(next, "day"), isWord(next + 1, "before"), isWord(next + 2, "yesterday") {
            return unitFound(.day(ref.day - 2), end: next + 3)
        }

        // "this week", "next month", "last year", "next Tuesday", "last October", "this morning"
        if let direction = shift(next), !hasThe || direction == .this {
            var after = next + 1
            var effective = direction
            if direction == .this, shift(after) == .coming { after += 1; effective = .coming }
            if let found = shifted(effective, at: after) { return found }
            return nil
        }
        // "the week starting June 19", "the week of October 17": the ISO week of that day.
        if hasThe, let u = unit(next), u.unit == .week, !u.plural,
           isWord(next + 1, "starting") || isWord(next + 1, "beginning") || isWord(next + 1, "of") || isWord(next + 1, "from")
        {
            var dateStart = next + 2
            if isWord(dateStart, "on") { dateStart += 1 }
            if let date = unitPhrase(at: dateStart, prep: .on, bare: true), case .day(let day)? = date.unit {
                return unitFound(.week(monday: CivilCalendar.monday(of: day)), end: date.end)
            }
        }
        // "the year", "the month", "the week" (inside "the end of the year")
        if hasThe, let u = unit(next), !u.plural, !isWord(next + 1, "of"), prep == nil || bare {
            switch u.unit {
            case .week: return unitFound(.week(monday: CivilCalendar.monday(of: ref.day)), end: next + 1)
            case .month: return unitFound(.month(ref.year, ref.month), end: next + 1)
            case .year: return unitFound(.year(ref.year), end: next + 1)
            case .day: return unitFound(.day(ref.day), end: next + 1)
            default: return nil
            }
        }
        if hasThe, has(next, { $0 == .weekend }), !isWord(next - 2, "of") {
            return weekendFound(nil, end: next + 1)
        }

        // Month-led: "October 19", "Oct. 19, 2016", "October 2016", "October"
        if let m = month(next) {
            var after = next + 1
            if m.abbreviated, isPunct(after, UInt8(ascii: ".")), attached(after) { after += 1 }
            if let d = dayNumber(after), !isPunct(after + 1, UInt8(ascii: ":")), unit(after + 1) == nil {
                var end = after + 1
                if isWord(end, "th") || isWord(end, "st") || isWord(end, "nd") || isWord(end, "rd") { end += 1 }
                var yearIndex = end
                if isPunct(yearIndex, UInt8(ascii: ",")) { yearIndex += 1 }
                if let year = yearNumber(yearIndex) {
                    return dayFound(year, m.month, d, end: yearIndex + 1)
                }
                let year = resolvedYear(month: m.month, day: d)
                return dayFound(year, m.month, d, end: end)
            }
            if let year = yearNumber(after) { return unitFound(.month(year, m.month), end: after + 1) }
            if isPunct(after, UInt8(ascii: ",")), let year = yearNumber(after + 1), !isPunct(after + 2, UInt8(ascii: ":")) {
                return unitFound(.month(year, m.month), end: after + 2)
            }
            if isWord(after, "of"), let year = yearNumber(after + 1) {
                return unitFound(.month(year, m.month), end: after + 2)
            }
            // A bare month needs a preposition or modifier before it ("in May", not "Theresa May").
            guard !m.abbreviated, bare || hasThe == false && index > lo && isContextWord(index - 1) else { return nil }
            guard !hasThe else { return nil }
            if valid(next + 1), capitalized(next + 1), tokens[next + 1].kind == .word { return nil }
            return unitFound(.month(resolvedYear(month: m.month, day: nil), m.month), end: next + 1)
        }

        // Day-led: "19 October", "19th of October 2016", "the 19th", "17-19 October"
        if let d = dayNumber(next) {
            var after = next + 1
            if isWord(after, "of") { after += 1 }
            if let m = month(after) {
                var end = after + 1
                if m.abbreviated, isPunct(end, UInt8(ascii: ".")), attached(end) { end += 1 }
                var yearIndex = end
                if isPunct(yearIndex, UInt8(ascii: ",")) { yearIndex += 1 }
                if let year = yearNumber(yearIndex) { return dayFound(year, m.month, d, end: yearIndex + 1) }
                return dayFound(resolvedYear(month: m.month, day: d), m.month, d, end: end)
            }
            // "17-19 October", "17 to 19 October"
            if isDash(next + 1) || isWord(next + 1, "to") || isWord(next + 1, "and"),
               let second = dayNumber(next + 2), second > d
            {
                var monthIndex = next + 3
                if isWord(monthIndex, "of") { monthIndex += 1 }
                if let m = month(monthIndex) {
                    var end = monthIndex + 1
                    if m.abbreviated, isPunct(end, UInt8(ascii: ".")), attached(end) { end += 1 }
                    var year = resolvedYear(month: m.month, day: d)
                    var yearIndex = end
                    if isPunct(yearIndex, UInt8(ascii: ",")) { yearIndex += 1 }
                    if let written = yearNumber(yearIndex) { year = written; end = yearIndex + 1 }
                    guard let first = dayFound(year, m.month, d, end: end),
                          let last = dayFound(year, m.month, second, end: end) else { return nil }
                    return Found(end: end, span: Span(start: first.span.start, end: last.span.end, grain: .day, approximate: false), range: true)
                }
            }
            // "the 19th"
            if hasThe, tokens[next].flags.contains(.ordinal), !followedByNoun(next + 1) {
                return dayOfMonth(d, end: next + 1)
            }
            return nil
        }

        // Weekdays: "Tuesday", "Tuesday, October 18"
        // Weekdays; not names like "the Sunday Times"
        if let w = weekday(next), !w.plural, !hasThe,
           !(isWord(next - 1, "the") && capitalized(next + 1) && tokens.indices.contains(next + 1)
               && tokens[next + 1].kind == .word && month(next + 1) == nil)
        {
            var after = next + 1
            if isPunct(after, UInt8(ascii: ",")) { after += 1 }
            if let date = unitPhrase(at: after, prep: .on, bare: false), case .day? = date.unit, month(after) != nil || dayNumber(after) != nil {
                return date
            }
            return unitFound(.day(resolveWeekday(w.day)), end: next + 1)
        }

        // Years: "in 2016", "2016" after a preposition or modifier
        if !hasThe, let year = yearNumber(next), bare || isContextWord(next - 1) {
            if isDash(next + 1) || isPunct(next + 1, UInt8(ascii: "/")) { if number(next + 2) != nil { return nil } }
            if valid(next + 1), tokens[next + 1].kind == .word, !capitalized(next + 1),
               !lexicon.functionWords.contains(tokens[next + 1].key), month(next + 1) == nil
            {
                return nil
            }
            if valid(next + 1), tokens[next + 1].kind == .possessive { return nil }
            return unitFound(.year(year), end: next + 1)
        }
        if hasThe, has(next, { $0 == .weekend }) { return weekendFound(nil, end: next + 1) }
        return nil
    }

    /// Words after which a bare month, year or season is a time ("in", "early", "of", "last").
    private func isContextWord(_ index: Int) -> Bool {
        guard valid(index) else { return false }
        if lexicon.prepositions.mayStart(with: tokens[index]) { return true }
        if part(index) != nil || shift(index) != nil { return true }
        return isWord(index, "of") || isWord(index, "and") || isWord(index, "to") || isDash(index)
            || isWord(index, "until") || isWord(index, "or")
    }

    /// Whether the token after "the 19th" makes it a name or a count ("the 19th century", "the 5th Brigade").
    private func followedByNoun(_ index: Int) -> Bool {
        guard valid(index), tokens[index].kind == .word else { return false }
        if capitalized(index) { return month(index) == nil }
        return !lexicon.functionWords.contains(tokens[index].key)
    }

    private mutating func shifted(_ direction: Shift, at index: Int) -> Found? {
        if let u = unit(index), !u.plural {
            let step: Int64 = direction == .next || direction == .coming ? 1 : (direction == .last ? -1 : 0)
            switch u.unit {
            case .week:
                return unitFound(.week(monday: CivilCalendar.monday(of: ref.day) + 7 * step), end: index + 1)
            case .month:
                let moved = CivilCalendar.addMonths(year: ref.year, month: ref.month, step)
                return unitFound(.month(moved.year, moved.month), end: index + 1)
            case .year:
                return unitFound(.year(ref.year + step), end: index + 1)
            case .decade:
                return nil
            default:
                return nil
            }
        }
        if has(index, { $0 == .quarterWord }) {
            let step: Int64 = direction == .next || direction == .coming ? 1 : (direction == .last ? -1 : 0)
            let moved = CivilCalendar.addMonths(year: ref.year, month: (ref.month - 1) / 3 * 3 + 1, 3 * step)
            return unitFound(.quarter(moved.year, (moved.month - 1) / 3 + 1), end: index + 1)
        }
        if has(index, { $0 == .weekend }) {
            return weekendFound(direction, end: index + 1)
        }
        if let w = weekday(index), !w.plural {
            let day: Int64
            switch direction {
            case .next: day = CivilCalendar.monday(of: ref.day) + 7 + (w.day - 1)
            case .last: day = ref.day - (floorMod(ref.weekday - w.day - 1, 7) + 1)
            case .coming: day = ref.day + floorMod(w.day - ref.weekday, 7)
            case .this: day = resolveWeekday(w.day)
            }
            return unitFound(.day(day), end: index + 1)
        }
        if let m = month(index), !m.abbreviated {
            let year: Int64
            switch direction {
            case .next, .coming: year = m.month > ref.month ? ref.year : ref.year + 1
            case .last: year = m.month < ref.month ? ref.year : ref.year - 1
            case .this: year = ref.year
            }
            return unitFound(.month(year, m.month), end: index + 1)
        }
        if let p = dayPart(index), !p.hours.clock {
            let day: Int64
            switch direction {
            case .this: day = ref.day
            case .last: day = ref.day - 1
            case .next, .coming: day = ref.day + 1
            }
            let hours = p.hours
            return Found(end: index + 1, span: Span(start: day * 1440 + hours.start * 60, end: day * 1440 + hours.end * 60,
                                                    grain: .day, approximate: true))
        }
        if let s = season(index, allowAmbiguous: true) {
            return Found(end: index + 1, span: seasonSpan(s, direction: direction))
        }
        if let match = lexicon.holidays.longestMatch(in: buffer, at: index, limit: hi), let h = match.values.first {
            return Found(end: match.tokens.upperBound, span: holidaySpan(h, direction: direction))
        }
        return nil
    }

    private mutating func weekendFound(_ direction: Shift?, end: Int) -> Found {
        let saturday = CivilCalendar.monday(of: ref.day) + 5
        let inWeekend = ref.weekday >= 6
        let day: Int64
        switch direction {
        case .next?: day = saturday + 7
        case .last?: day = saturday - 7
        case .coming?: day = saturday
        case .this?, nil: day = (isPast() && !inWeekend) ? saturday - 7 : saturday
        }
        return unitFound(.weekend(saturday: day), end: end)
    }

    /// "the 19th": the next (or, in the past tense, the last) 19th of a month.
    private mutating func dayOfMonth(_ day: Int64, end: Int) -> Found? {
        let past = isPast()
        var year = ref.year
        var month = ref.month
        if past ? day > ref.dom : day < ref.dom {
            let moved = CivilCalendar.addMonths(year: year, month: month, past ? -1 : 1)
            year = moved.year
            month = moved.month
        }
        for _ in 0..<12 {
            if day <= CivilCalendar.daysInMonth(year: year, month: month) { return dayFound(year, month, day, end: end) }
            let moved = CivilCalendar.addMonths(year: year, month: month, past ? -1 : 1)
            year = moved.year
            month = moved.month
        }
        return nil
    }

    private mutating func resolvedYear(month: Int64, day: Int64?) -> Int64 {
        let key = month * 100 + (day ?? 0)
        let refKey = ref.month * 100 + (day == nil ? 0 : ref.dom)
        if isPast() { return key <= refKey ? ref.year : ref.year - 1 }
        return key >= refKey ? ref.year : ref.year + 1
    }

    private mutating func resolveWeekday(_ day: Int64) -> Int64 {
        if isPast() { return ref.day - floorMod(ref.weekday - day, 7) }
        return ref.day + floorMod(day - ref.weekday, 7)
    }

    // MARK: Parts

    /// "late June", "mid-November", "early next year", "the end of the month", "later this year",
    /// "the first half of 2017", "early Tuesday".
    private mutating func partPhrase(at index: Int, prep: Prep?) -> Found? {
        var next = index
        let hasThe = isWord(next, "the")
        if hasThe { next += 1 }
        // "the first week of November", "the last week of October": seven days, day grain, approximate
        if hasThe, let ordinal = ordinalWord(next) ?? (isWord(next, "last") ? -1 : nil), isWord(next + 1, "week"),
           isWord(next + 2, "of"), let inner = unitPhrase(at: next + 3, prep: nil, bare: true),
           case .month(let year, let month)? = inner.unit
        {
            let first = CivilCalendar.days(year: year, month: month, day: 1)
            let length = CivilCalendar.daysInMonth(year: year, month: month)
            guard ordinal == -1 || ordinal <= 4 else { return nil }
            let start = ordinal == -1 ? first + length - 7 : first + 7 * (ordinal - 1)
            return Found(end: inner.end, span: Span(start: start * 1440, end: (start + 7) * 1440, grain: .day, approximate: true))
        }
        if let ordinal = ordinalWord(next) ?? (isWord(next, "last") && hasThe ? -1 : nil),
           has(next + 1, { $0 == .halfWord || $0 == .quarterWord }), hasThe
        {
            let isHalf = has(next + 1, { $0 == .halfWord })
            var end = next + 2
            var year = ref.year
            var explicit = false
            if isWord(end, "of") {
                if let inner = unitPhrase(at: end + 1, prep: nil, bare: true), case .year(let y)? = inner.unit {
                    year = y
                    end = inner.end
                    explicit = true
                } else {
                    return nil
                }
            } else if let y = yearNumber(end) {
                year = y
                end += 1
                explicit = true
            }
            let count: Int64 = isHalf ? 2 : 4
            let n = ordinal == -1 ? count : ordinal
            guard n >= 1, n <= count else { return nil }
            if isHalf {
                let first = (n - 1) * 6 + 1
                let start = CivilCalendar.days(year: year, month: first, day: 1)
                let endMonth = CivilCalendar.addMonths(year: year, month: first, 6)
                return Found(end: end, span: Span(start: start * 1440,
                                                  end: CivilCalendar.days(year: endMonth.year, month: endMonth.month, day: 1) * 1440,
                                                  grain: .year, approximate: false))
            }
            if !explicit { year = resolvedQuarterYear(n) }
            return unitFound(.quarter(year, n), end: end)
        }
        guard let p = part(next) else { return nil }
        var after = next + 1
        switch p {
        case .end, .beginning:
            // "the end of", "end-October", "end of the year"
            if isWord(after, "of") {
                after += 1
            } else if isDash(after), attached(after) {
                after += 1
            } else {
                return nil
            }
        case .early, .mid, .late:
            if isDash(after), attached(after) { after += 1 } else if isWord(after, "in") || isWord(after, "on") { after += 1 }
            if hasThe, p != .mid { return nil }
            if hasThe, isWord(after, "of") { after += 1 }
        case .later, .earlier:
            if hasThe { return nil }
            if isWord(after, "in") || isWord(after, "on") { after += 1 }
        }
        // "the end of the summer", "early spring": the season's first, middle or last month.
        let seasonIndex = isWord(after, "the") ? after + 1 : after
        if p != .later, p != .earlier, let s = season(seasonIndex, allowAmbiguous: !hasThe || seasonIndex > after) {
            var end = seasonIndex + 1
            let whole: Span
            if isWord(end, "of"), let year = yearNumber(end + 1) {
                whole = seasonInstance(s, year)
                end += 2
            } else if let year = yearNumber(end) {
                whole = seasonInstance(s, year)
                end += 1
            } else {
                whole = seasonSpan(s, direction: nil)
            }
            let first = CivilCalendar.date(days: floorDiv(whole.start, 1440))
            let offset: Int64 = p == .early || p == .beginning ? 0 : (p == .mid ? 1 : 2)
            let a = CivilCalendar.addMonths(year: first.year, month: first.month, offset)
            let b = CivilCalendar.addMonths(year: first.year, month: first.month, offset + 1)
            return Found(end: end, span: Span(start: CivilCalendar.days(year: a.year, month: a.month, day: 1) * 1440,
                                              end: CivilCalendar.days(year: b.year, month: b.month, day: 1) * 1440,
                                              grain: .month, approximate: true))
        }
        guard let inner = unitPhrase(at: after, prep: nil, bare: true), let u = inner.unit else { return nil }
        if p == .later || p == .earlier {
            let whole = u.span
            let now = cut(ref.minute, to: .day)
            guard whole.start <= now, now < whole.end else { return nil }
            let span = p == .later
                ? Span(start: now, end: whole.end, grain: whole.grain, approximate: true)
                : Span(start: whole.start, end: now + 1440, grain: whole.grain, approximate: true)
            return Found(end: inner.end, span: span)
        }
        return Found(end: inner.end, span: refine(u, p))
    }

    /// The part of a calendar unit (docs/TIME.md table); keeps the unit's grain, approximate.
    private func refine(_ unit: CalendarUnit, _ p: PartWord) -> Span {
        var span = unit.span
        span.approximate = true
        switch unit {
        case .day(let day):
            let base = day * 1440
            switch p {
            case .early, .beginning: span.start = base; span.end = base + 6 * 60
            case .mid: span.start = base + 10 * 60; span.end = base + 14 * 60
            default: span.start = base + 18 * 60; span.end = base + 24 * 60
            }
        case .week(let monday), .weekend(let monday):
            let (a, b): (Int64, Int64)
            switch p {
            case .early: (a, b) = (0, 3)
            case .beginning: (a, b) = (0, 2)
            case .mid: (a, b) = (2, 5)
            case .late: (a, b) = (3, 7)
            default: (a, b) = (4, 7)
            }
            if case .weekend = unit { return span }
            span.start = (monday + a) * 1440
            span.end = (monday + b) * 1440
        case .month(let year, let month):
            let first = CivilCalendar.days(year: year, month: month, day: 1)
            switch p {
            case .early, .beginning: span.end = (first + 10) * 1440
            case .mid: span.start = (first + 10) * 1440; span.end = (first + 20) * 1440
            default: span.start = (first + 20) * 1440
            }
        case .quarter(let year, let quarter):
            let firstMonth = (quarter - 1) * 3 + 1
            let offset: Int64 = p == .early || p == .beginning ? 0 : (p == .mid ? 1 : 2)
            let a = CivilCalendar.addMonths(year: year, month: firstMonth, offset)
            let b = CivilCalendar.addMonths(year: year, month: firstMonth, offset + 1)
            span.start = CivilCalendar.days(year: a.year, month: a.month, day: 1) * 1440
            span.end = CivilCalendar.days(year: b.year, month: b.month, day: 1) * 1440
        case .year(let year):
            let (a, b): (Int64, Int64)
            switch p {
            case .early: (a, b) = (1, 5)
            case .beginning: (a, b) = (1, 2)
            case .mid: (a, b) = (5, 9)
            case .late: (a, b) = (9, 13)
            default: (a, b) = (12, 13)
            }
            span.start = CivilCalendar.days(year: year, month: a, day: 1) * 1440
            span.end = CivilCalendar.days(year: b == 13 ? year + 1 : year, month: b == 13 ? 1 : b, day: 1) * 1440
        }
        return span
    }

    // MARK: Quarters, seasons, holidays

    private mutating func resolvedQuarterYear(_ quarter: Int64) -> Int64 {
        let current = (ref.month - 1) / 3 + 1
        if isPast() { return quarter <= current ? ref.year : ref.year - 1 }
        return quarter >= current ? ref.year : ref.year + 1
    }

    /// "Q4", "Q4 2016", "H1 2017".
    private mutating func quarterPhrase(at index: Int, prep: Prep?) -> Found? {
        for word in words(index) {
            switch word {
            case .quarterCode(let q):
                if let year = yearNumber(index + 1) { return unitFound(.quarter(year, q), end: index + 2) }
                return unitFound(.quarter(resolvedQuarterYear(q), q), end: index + 1)
            case .halfCode(let h):
                guard let year = yearNumber(index + 1) else { return nil }
                let first = (h - 1) * 6 + 1
                let end = CivilCalendar.addMonths(year: year, month: first, 6)
                return Found(end: index + 2, span: Span(
                    start: CivilCalendar.days(year: year, month: first, day: 1) * 1440,
                    end: CivilCalendar.days(year: end.year, month: end.month, day: 1) * 1440,
                    grain: .year, approximate: false))
            default: continue
            }
        }
        return nil
    }

    private func season(_ index: Int, allowAmbiguous: Bool) -> Season? {
        for word in words(index) {
            if case .season(let s, let ambiguous) = word, allowAmbiguous || !ambiguous { return s }
        }
        return nil
    }

    /// "by winter", "in the summer of 2017", "winter 2016".
    private mutating func seasonPhrase(at index: Int, prep: Prep?) -> Found? {
        var next = index
        if isWord(next, "the") { next += 1 }
        guard let s = season(next, allowAmbiguous: false), prep != nil || isContextWord(index - 1) else { return nil }
        if isWord(next + 1, "of"), let year = yearNumber(next + 2) {
            return Found(end: next + 3, span: seasonInstance(s, year))
        }
        if let year = yearNumber(next + 1) { return Found(end: next + 2, span: seasonInstance(s, year)) }
        if capitalized(next), index > lo, capitalized(next - 1), tokens[next - 1].kind == .word, prep == nil { return nil }
        return Found(end: next + 1, span: seasonSpan(s, direction: nil))
    }

    /// The season starting in the given year (winter 2016 = December 2016 – February 2017).
    private func seasonInstance(_ season: Season, _ year: Int64) -> Span {
        let start = CivilCalendar.days(year: year, month: season.rawValue, day: 1)
        let next = CivilCalendar.addMonths(year: year, month: season.rawValue, 3)
        return Span(start: start * 1440, end: CivilCalendar.days(year: next.year, month: next.month, day: 1) * 1440,
                    grain: .month, approximate: true)
    }

    private mutating func seasonSpan(_ season: Season, direction: Shift?) -> Span {
        let candidates = (ref.year - 2...ref.year + 1).map { seasonInstance(season, $0) }
        return pick(candidates, direction: direction)
    }

    /// Chooses among occurrences (sorted): this/none → the ongoing or next one (past tense:
    /// the ongoing or last one); next → the first starting after the reference; last → the last
    /// one that has ended.
    private mutating func pick(_ candidates: [Span], direction: Shift?) -> Span {
        let now = ref.minute
        guard var chosen = candidates.first else { return Span(start: 0, end: 1440, grain: .day, approximate: true) }
        switch direction {
        case .next?, .coming?:
            if let first = candidates.first(where: { $0.start > now }) { chosen = first }
        case .last?:
            if let last = candidates.last(where: { $0.end <= now }) { chosen = last }
        case .this?, nil:
            if isPast() {
                if let last = candidates.last(where: { $0.start <= now }) { chosen = last }
            } else if let first = candidates.first(where: { $0.end > now }) {
                chosen = first
            }
        }
        return chosen
    }

    private mutating func holidayPhrase(at index: Int) -> Found? {
        guard let match = lexicon.holidays.longestMatch(in: buffer, at: index, limit: hi), let h = match.values.first,
              capitalized(match.tokens.lowerBound) || isWord(index, "the")
        else { return nil }
        let span = holidaySpan(h, direction: nil)
        let unit: CalendarUnit? = span.end - span.start == 1440 ? .day(floorDiv(span.start, 1440)) : nil
        return Found(end: match.tokens.upperBound, span: span, unit: unit)
    }

    private mutating func holidaySpan(_ holiday: Holiday, direction: Shift?) -> Span {
        var candidates: [Span] = []
        func islamic(_ month: Int64, _ day: Int64, length: Int64) {
            let year = IslamicCalendar.year(containing: ref.day)
            for y in year - 2...year + 1 {
                let start = IslamicCalendar.days(year: y, month: month, day: day)
                let end = month == 9 && day == 1 ? IslamicCalendar.days(year: y, month: 10, day: 1) : start + length
                candidates.append(Span(start: start * 1440, end: end * 1440, grain: .day, approximate: true))
            }
        }
        func gregorian(_ month: Int64, _ day: Int64, approximate: Bool = false) {
            for y in ref.year - 2...ref.year + 1 {
                let start = CivilCalendar.days(year: y, month: month, day: day)
                candidates.append(Span(start: start * 1440, end: (start + 1) * 1440, grain: .day, approximate: approximate))
            }
        }
        switch holiday {
        case .ramadan: islamic(9, 1, length: 30)
        case .eidAlFitr: islamic(10, 1, length: 3)
        case .eidAlAdha: islamic(12, 10, length: 4)
        case .eid:
            islamic(10, 1, length: 3)
            islamic(12, 10, length: 4)
            candidates.sort { $0.start < $1.start }
        case .ashura: islamic(1, 10, length: 1)
        case .christmas: gregorian(12, 25)
        case .christmasEve: gregorian(12, 24)
        case .orthodoxChristmas: gregorian(1, 7)
        case .newYear: gregorian(1, 1)
        case .newYearsEve: gregorian(12, 31)
        case .nowruz: gregorian(3, 21, approximate: true)
        case .easter:
            for y in ref.year - 2...ref.year + 1 {
                let start = CivilCalendar.easter(year: y)
                candidates.append(Span(start: start * 1440, end: (start + 1) * 1440, grain: .day, approximate: false))
            }
        }
        return pick(candidates, direction: direction)
    }

    // MARK: Clock times

    /// "5 a.m.", "5:30 pm", "15:00 GMT", "1500 GMT", "noon", "at dawn", "in the morning".
    private func clockTime(at index: Int, prep: Prep?, bare: Bool) -> ClockTime? {
        var next = index
        if let value = number(next) {
            var hour: Int64
            var minute: Int64 = 0
            var explicitMinutes = false
            if value.separator == UInt8(ascii: ":"), value.groups.count == 2, value.firstGroupDigits <= 2,
               tokens[next].byteCount - value.suffixLength == value.firstGroupDigits + 3
            {
                hour = value.groups[0]
                minute = value.groups[1]
                explicitMinutes = true
            } else if value.groups.count == 1, value.firstGroupDigits <= 2 {
                hour = value.groups[0]
            } else if value.groups.count == 1, value.firstGroupDigits == 4, value.suffixLength == 0 {
                hour = value.groups[0] / 100
                minute = value.groups[0] % 100
                explicitMinutes = true
                // "1500 GMT", "0600 hours" only
                let zoned = lexicon.zones.longestMatch(in: buffer, at: next + 1, limit: hi) != nil
                guard zoned || isWord(next + 1, "hours") || isWord(next + 1, "hrs") else { return nil }
            } else {
                return nil
            }
            guard hour <= 24, minute <= 59 else { return nil }
            next += 1
            // meridiem
            var meridiem: Bool? // true = pm
            switch (value.suffixLength, value.suffix) {
            case (2, pack("am")): meridiem = false
            case (2, pack("pm")): meridiem = true
            case (0, _): break
            default: return nil
            }
            if meridiem == nil {
                for word in words(next) { if case .meridiem(let pm) = word { meridiem = pm } }
                if meridiem != nil {
                    next += 1
                } else if (isWord(next, "a") || isWord(next, "p")), isPunct(next + 1, UInt8(ascii: ".")),
                          attached(next + 1), isWord(next + 2, "m"), attached(next + 2)
                {
                    meridiem = isWord(next, "p")
                    next += 3
                    if isPunct(next, UInt8(ascii: ".")), attached(next) { next += 1 }
                }
            }
            if let pm = meridiem {
                guard hour >= 1, hour <= 12 else { return nil }
                if pm && hour != 12 { hour += 12 }
                if !pm && hour == 12 { hour = 0 }
            }
            if isWord(next, "hours") || isWord(next, "hrs") { next += 1 }
            var shift: Int64 = 0
            var zoned = false
            if let match = lexicon.zones.longestMatch(in: buffer, at: next, limit: hi), let zone = match.values.first,
               !(match.tokens.count == 1 && isWord(next, "local"))
            {
                zoned = true
                next = match.tokens.upperBound
                if case .offset(let minutes) = zone { shift = ref.offsetSeconds / 60 - minutes }
            }
            guard meridiem != nil || zoned || (explicitMinutes && (bare || prep != nil)) else { return nil }
            let start = hour * 60 + minute
            let grain: TimeGrain = explicitMinutes ? .minute : .hour
            return ClockTime(end: next, startMinute: start, endMinute: start + (grain == .minute ? 1 : 60),
                             grain: grain, approximate: false, shift: shift)
        }
        // Parts of day: "dawn", "noon", "the morning", "in the morning"
        var hasThe = false
        if isWord(next, "the") { hasThe = true; next += 1 }
        guard let p = dayPart(next) else { return nil }
        guard bare || p == .overnight || prep != nil else { return nil }
        if hasThe && p.hours.clock { return nil }
        let hours = p.hours
        var end = next + 1
        var shift: Int64 = 0
        if p.hours.clock, let match = lexicon.zones.longestMatch(in: buffer, at: end, limit: hi), let zone = match.values.first,
           !(match.tokens.count == 1 && isWord(end, "local"))
        {
            end = match.tokens.upperBound
            if case .offset(let minutes) = zone { shift = ref.offsetSeconds / 60 - minutes }
        }
        return ClockTime(end: end, startMinute: hours.start * 60, endMinute: hours.end * 60,
                         grain: hours.clock ? .hour : nil, approximate: !hours.clock, shift: shift)
    }

    /// A clock time on a given day.
    private func place(_ clock: ClockTime, on day: Int64) -> Span {
        let base = day * 1440 + clock.shift
        if let grain = clock.grain {
            return Span(start: base + clock.startMinute, end: base + clock.endMinute, grain: grain, approximate: false)
        }
        return Span(start: base + clock.startMinute, end: base + clock.endMinute, grain: .day, approximate: true)
    }

    /// A clock time with no day: the reference day, or the next (future) / previous (past)
    /// occurrence when the reference day's has already passed / not yet come.
    private mutating func placeAlone(_ clock: ClockTime) -> Span {
        var span = place(clock, on: ref.day)
        let t = tense()
        if t == .future, span.end <= ref.minute {
            span = place(clock, on: ref.day + 1)
        } else if t == .past, span.start > ref.minute {
            span = place(clock, on: ref.day - 1)
        }
        return span
    }
}
