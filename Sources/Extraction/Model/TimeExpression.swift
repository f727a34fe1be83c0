/// A time expression found in text, with its normalized meaning.
public struct TimeExpression: Sendable, Hashable {
    /// What an expression denotes.
    public enum Kind: Sendable, Hashable {
        /// A point or interval on the calendar ("on October 19", "late June", "within hours").
        case point
        /// A length of time that places nothing on the calendar ("for three months", "three-months-long").
        case duration
        /// The start of a state that is still going on ("since 2014"); never a schedule.
        case since
        /// Something that repeats ("every Friday"); never a schedule.
        case recurring
    }

    /// How the expression bounds an event, read from its preposition.
    public enum Anchor: Sendable, Hashable {
        /// "on", "at", "in", "within", or nothing: the event happens in the interval.
        case at
        /// "by", "before", "no later than", "until": the interval is a deadline or end.
        case by
        /// "after", "from", "starting": the event starts after the interval.
        case after
    }

    /// The tokens of the expression, preposition included ("on October 19").
    public var tokens: Range<Int>
    public var kind: Kind
    public var anchor: Anchor
    /// The normalized interval for `.point` expressions; nil for the other kinds.
    public var time: ClaimedTime?

    public init(tokens: Range<Int>, kind: Kind, anchor: Anchor, time: ClaimedTime?) {
        self.tokens = tokens
        self.kind = kind
        self.anchor = anchor
        self.time = time
    }
}

/// The granularity of a normalized time (DESIGN §4).
public enum TimeGrain: String, Sendable, Hashable, CaseIterable {
    case minute, hour, day, week, month, quarter, year
}

/// A normalized time interval, as schedule alerts report it (DESIGN §4 `claimed_time`).
public struct ClaimedTime: Sendable, Hashable {
    /// The expression's text as it stands in the article.
    public var text: String
    /// `start` cut to the grain: `2016-10-19`, `2016-10`, `2016-W42`, `2016-Q4`, `2016-10-19T15:00`.
    public var value: String
    public var grain: TimeGrain
    /// RFC 3339 start of the best interval, in the reference time's UTC offset.
    public var start: String
    /// RFC 3339 end of the best interval (exclusive), in the reference time's UTC offset.
    public var end: String
    /// True for fuzzy expressions ("late June", "within hours", "before winter").
    public var approximate: Bool

    public init(text: String, value: String, grain: TimeGrain, start: String, end: String, approximate: Bool) {
        self.text = text
        self.value = value
        self.grain = grain
        self.start = start
        self.end = end
        self.approximate = approximate
    }
}
