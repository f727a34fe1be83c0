/// Links time expressions to the operation mentions they schedule, and names the event.
///
/// Rules:
/// - Only `.point` expressions with a normalized time become claims; durations, "since" phrases
///   and recurring times never do.
/// - A time links to a mention in the same sentence: the nearest trigger with the time after it
///   (within ``rightWindow`` tokens: "is scheduled to begin on October 19", "begin the operation
///   in a few hours"), else the nearest with the time before it (within ``leftWindow``:
///   "on Tuesday the army will storm the town"). Times inside the attribution frame, times
///   separated from the trigger by a semicolon, and mentions that are background or completed
///   are skipped. Each mention takes at most one time per event.
/// - Event: "deadline" in the clause → deadline; an end verb ("end", "last until", "finish",
///   "conclude", "wrap up") → end; anchor `by` ("by", "before", "until") → end; an occur phrase
///   ("take place", "happen", "occur") → occur; a start verb, anchor `after`, or a bare time on the
///   action → begin (DESIGN conventions).
public struct ClaimLinker: Sendable {
    static let rightWindow = 16
    static let leftWindow = 8

    /// A time expression linked to a mention.
    public struct Link: Sendable, Hashable {
        /// Index into the mentions passed to ``link(buffer:sentence:expressions:mentions:isFrame:)``.
        public var mention: Int
        public var expression: TimeExpression
        public var event: ScheduleEvent
        /// Tokens between the trigger and the time expression.
        public var distance: Int
        /// Whether the event was read from an explicit verb or noun ("begin", "deadline").
        public var explicitEvent: Bool
    }

    public init() {}

    /// The links of one sentence.
    /// - Parameters:
    ///   - buffer: the body's tokens.
    ///   - sentence: the sentence's token range.
    ///   - expressions: the sentence's time expressions.
    ///   - mentions: every mention of the article; only those in this sentence are linked.
    ///   - candidates: indices into `mentions` of the mentions in this sentence that may take a claim.
    ///   - isFrame: whether a token belongs to the attribution frame.
    public func link(
        buffer: TextBuffer, sentence: Range<Int>, expressions: [TimeExpression], mentions: [OperationMention],
        candidates: [Int], isFrame: (Int) -> Bool = { _ in false }
    ) -> [Link] {
        var links: [Link] = []
        guard !candidates.isEmpty else { return links }
        for expression in expressions {
            guard expression.kind == .point, expression.time != nil, !expression.tokens.isEmpty else { continue }
            if isFrame(expression.tokens.lowerBound) { continue }
            // "a spokesman said on Thursday": the time of the speech act, not of the operation.
            if afterSpeechVerb(buffer, expression.tokens.lowerBound, sentence: sentence) { continue }
            var best: (index: Int, distance: Int, right: Bool)? = nil
            for candidate in candidates where candidate >= 0 && candidate < mentions.count {
                let trigger = mentions[candidate].trigger
                let right = expression.tokens.lowerBound >= trigger.upperBound
                var distance = right ? expression.tokens.lowerBound - trigger.upperBound : trigger.lowerBound - expression.tokens.upperBound
                // "advance on Adan Yabaal, a long-time al-Shabaab base in …, by the end of October":
                // an appositive between them does not count.
                if right { distance -= appositiveLength(buffer, from: trigger.upperBound, to: expression.tokens.lowerBound) }
                // A quote split by its attribution ("“The liberation of Hodeidah airport,” a spokesman
                // said, “will be completed within 48 hours.”"): the frame does not count either.
                let low = min(trigger.upperBound, expression.tokens.upperBound)
                let high = max(trigger.lowerBound, expression.tokens.lowerBound)
                if low < high { distance -= (low..<high).reduce(0) { $0 + (isFrame($1) ? 1 : 0) } }
                guard distance >= 0 else { continue }
                guard distance <= (right ? Self.rightWindow : Self.leftWindow) else { continue }
                if crossesClause(buffer, from: min(trigger.upperBound, expression.tokens.upperBound),
                                 to: max(trigger.lowerBound, expression.tokens.lowerBound)) { continue }
                // A time before the trigger belongs to the speech act or another clause when a
                // complementizer or speech verb stands between ("said on Monday that the offensive…").
                if !right, crossesComplement(buffer, from: expression.tokens.upperBound, to: trigger.lowerBound, after: expression.tokens.lowerBound) { continue }
                if let current = best {
                    // Right-hand times win over left-hand ones; then the nearer trigger.
                    if current.right && !right { continue }
                    if current.right == right && current.distance <= distance { continue }
                }
                best = (candidate, distance, right)
            }
            guard let best else { continue }
            let (event, explicit) = self.event(buffer: buffer, sentence: sentence, expression: expression,
                                               trigger: mentions[best.index].trigger)
            let link = Link(mention: best.index, expression: expression, event: event, distance: best.distance, explicitEvent: explicit)
            // One time per mention and event: a time after the trigger beats one before it, then the nearer.
            if let existing = links.firstIndex(where: { $0.mention == best.index && $0.event == event }) {
                let old = links[existing]
                let oldRight = old.expression.tokens.lowerBound >= mentions[old.mention].trigger.upperBound
                if (best.right && !oldRight) || (best.right == oldRight && best.distance < old.distance) {
                    links[existing] = link
                }
                continue
            }
            links.append(link)
        }
        return links
    }

    /// Whether a speech verb stands right before the time ("said on Thursday", "told Reuters on Monday").
    func afterSpeechVerb(_ buffer: TextBuffer, _ start: Int, sentence: Range<Int>) -> Bool {
        var position = start - 1
        var skipped = 0
        while position >= sentence.lowerBound, skipped < 3 {
            let key = buffer.tokens[position].key
            if Self.speechVerbs.contains(key) { return true }
            // "told Reuters on Monday": the addressee may stand between.
            guard buffer.tokens[position].kind == .word, buffer.tokens[position].flags.contains(.capitalized) else { return false }
            position -= 1
            skipped += 1
        }
        return false
    }

    static let speechVerbs: KeySet = KeySet(["said", "says", "told", "announced", "added", "stated", "declared",
                                                    "warned", "claimed", "confirmed", "tweeted", "wrote"].map { LexiconKey(folding: $0) })

    /// Tokens of comma-enclosed appositives (", a long-time base in Middle Shabelle,") in `from..<to`.
    func appositiveLength(_ buffer: TextBuffer, from: Int, to: Int) -> Int {
        var total = 0
        var position = max(0, from)
        let upper = min(to, buffer.tokens.count)
        while position < upper {
            if isComma(buffer, position), position + 1 < upper, Self.appositionStarts.contains(buffer.tokens[position + 1].key) {
                var close = position + 1
                while close < upper, !isComma(buffer, close) { close += 1 }
                guard close < upper else { return total }
                total += close - position + 1
                position = close + 1
                continue
            }
            position += 1
        }
        return total
    }

    private func isComma(_ buffer: TextBuffer, _ index: Int) -> Bool {
        buffer.tokens[index].kind == .punctuation && buffer.firstByte(of: index) == UInt8(ascii: ",")
    }

    static let appositionStarts: KeySet = KeySet(["a", "an", "the", "including", "which", "who"].map { LexiconKey(folding: $0) })

    func crossesComplement(_ buffer: TextBuffer, from: Int, to: Int, after start: Int) -> Bool {
        var position = max(0, start - 2)
        let upper = min(to, buffer.tokens.count)
        while position < upper {
            if Self.clauseWords.contains(buffer.tokens[position].key) { return true }
            position += 1
        }
        return false
    }

    /// Whether a sentence speaks of the future ("will", "would", "is expected to", "plans").
    public static func speaksOfFuture(_ buffer: TextBuffer, _ range: Range<Int>) -> Bool {
        let upper = min(range.upperBound, buffer.tokens.count)
        var position = max(0, range.lowerBound)
        while position < upper {
            if futureWords.contains(buffer.tokens[position].key) { return true }
            position += 1
        }
        return false
    }

    static let futureWords: KeySet = KeySet(["will", "shall", "'ll", "would", "expected", "plans", "planned",
                                                    "scheduled", "intends", "tomorrow", "upcoming"].map { LexiconKey(folding: $0) })

    static let relativeWords: KeySet = KeySet(["which", "who", "when", "where", "whose"].map { LexiconKey(folding: $0) })

    static let clauseWords: KeySet = KeySet(["that", "said", "says", "told", "announced", "reported", "added",
                                                    "stated", "warned", "claimed", "when", "while", "after"].map { LexiconKey(folding: $0) })

    func crossesClause(_ buffer: TextBuffer, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        var position = max(0, from)
        let upper = min(to, buffer.tokens.count)
        while position < upper {
            if buffer.tokens[position].kind == .punctuation, buffer.firstByte(of: position) == UInt8(ascii: ";") { return true }
            // ", which begins around March 10": a relative clause about something else.
            if buffer.tokens[position].kind == .punctuation, buffer.firstByte(of: position) == UInt8(ascii: ","),
               position + 1 < upper, Self.relativeWords.contains(buffer.tokens[position + 1].key)
            {
                return true
            }
            position += 1
        }
        return false
    }

    /// The event a time claims, read between and around the trigger and the time.
    func event(buffer: TextBuffer, sentence: Range<Int>, expression: TimeExpression, trigger: Range<Int>) -> (ScheduleEvent, Bool) {
        let from = max(sentence.lowerBound, min(trigger.lowerBound, expression.tokens.lowerBound) - 6)
        let to = min(sentence.upperBound, max(trigger.upperBound, expression.tokens.upperBound) + 2, buffer.tokens.count)
        var event: ScheduleEvent? = nil
        var position = from
        while position < to {
            if let match = Self.eventCues.longestMatch(in: buffer, at: position, limit: to), let cue = match.values.first {
                // The expression's own words ("the week starting June 19") are not event cues,
                // except a deadline ("before the deadline of Friday").
                if expression.tokens.contains(position), cue != .deadline {
                    position = match.tokens.upperBound
                    continue
                }
                // Deadline beats everything; otherwise the cue nearest the time wins.
                if cue == .deadline { return (.deadline, true) }
                event = cue
                position = match.tokens.upperBound
                continue
            }
            position += 1
        }
        switch expression.anchor {
        case .by:
            return (.end, event != nil)
        case .after:
            return (event ?? .begin, event != nil)
        case .at:
            return (event ?? .begin, event != nil)
        }
    }

    static let eventCues: PhraseLexicon<ScheduleEvent> = {
        var lexicon = PhraseLexicon<ScheduleEvent>()
        for phrase in ["deadline", "deadlines", "ultimatum"] { lexicon.insert(phrase, value: .deadline) }
        for phrase in ["end", "ends", "ended", "ending", "last until", "lasts until", "will last", "finish", "finished",
                       "conclude", "concluded", "wrap up", "completed", "complete", "be over", "expire on", "run until",
                       "runs until", "withdrawn by", "lifted", "expire", "expires", "expiry", "wind down", "winds down"] {
            lexicon.insert(phrase, value: .end)
        }
        for phrase in ["take place", "takes place", "took place", "taking place", "happen", "happens", "occur",
                       "occurs", "be held", "is held", "will be held", "carried out on"] {
            lexicon.insert(phrase, value: .occur)
        }
        for phrase in ["begin", "begins", "began", "beginning", "start", "starts", "started", "starting", "launch",
                       "launches", "launched", "commence", "commences", "kick off", "kicks off", "get under way",
                       "get underway", "resume", "resumes"] {
            lexicon.insert(phrase, value: .begin)
        }
        return lexicon
    }()
}
