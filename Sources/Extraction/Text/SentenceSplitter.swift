/// A sentence of a ``TextBuffer``, as a range of tokens.
public struct Sentence: Sendable, Hashable {
    /// What kind of text a sentence is.
    public enum Kind: Sendable, Hashable {
        /// Running text that ends in sentence punctuation.
        case prose
        /// A line without final punctuation: a heading, photo caption, byline or dateline line.
        case fragment
    }

    /// The sentence's tokens, dateline excluded.
    public var tokens: Range<Int>
    public var kind: Kind
    /// A leading dateline ("MOSUL, Iraq (Reuters) —") split off the first sentence of a paragraph.
    public var dateline: Range<Int>?

    public init(tokens: Range<Int>, kind: Kind, dateline: Range<Int>? = nil) {
        self.tokens = tokens
        self.kind = kind
        self.dateline = dateline
    }
}

/// Splits a ``TextBuffer`` into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when
/// the next token starts a new sentence, and always at a line break. A period does not end a
/// sentence after a known abbreviation ("Gen.", "Lt. Col.", "Oct.", "approx."), a single letter
/// ("U.S.", "J. Smith") or inside a number. A leading dateline is split off. Sentences longer
/// than ``maximumTokens`` are cut, which bounds the work of every per-sentence analysis.
public struct SentenceSplitter: Sendable {
    /// Sentences are cut after this many tokens. Default 400.
    public var maximumTokens: Int

    public init(maximumTokens: Int = 400) {
        self.maximumTokens = max(1, maximumTokens)
    }

    /// The sentences of `buffer`, in order, covering every token once.
    public func split(_ buffer: TextBuffer) -> [Sentence] {
        let tokens = buffer.tokens
        var sentences: [Sentence] = []
        // News sentences run about 15 tokens: room for most texts' sentences without regrowing.
        sentences.reserveCapacity(tokens.count / 12 + 1)
        var start = 0
        var index = 0
        while index < tokens.count {
            index = nextBoundaryCandidate(tokens, from: index, sentenceStart: start)
            let next = index + 1
            let lineEnds = next >= tokens.count || tokens[next].flags.contains(.afterLineBreak)
            var end: Int? = nil
            if isTerminal(buffer, index) {
                let afterClosers = skipClosers(buffer, from: next)
                if afterClosers >= tokens.count || tokens[afterClosers].flags.contains(.afterLineBreak)
                    || startsSentence(buffer, afterClosers, terminal: index)
                {
                    end = afterClosers
                }
            }
            if end == nil, lineEnds { end = next }
            if end == nil, next - start >= maximumTokens { end = next }
            if let end {
                sentences.append(makeSentence(buffer, start..<end, lineEnds: end >= tokens.count || tokens[end].flags.contains(.afterLineBreak), isParagraphStart: start == 0 || tokens[start].flags.contains(.afterLineBreak)))
                start = end
                index = end
            } else {
                index = next
            }
        }
        return sentences
    }

    // MARK: Boundaries

    /// The first token from `index` on after which the sentence that starts at `start` may
    /// end: punctuation, the last token of a line or of the text, or the last token that
    /// ``maximumTokens`` allows. The tokens skipped end no sentence, so one load of each
    /// token's kind and of its successor's flags passes over them.
    @inline(__always)
    private func nextBoundaryCandidate(_ tokens: [Token], from index: Int, sentenceStart start: Int) -> Int {
        var limit = tokens.count - 1
        if maximumTokens - 1 < limit - start { limit = start + maximumTokens - 1 }
        return tokens.withUnsafeBufferPointer { tokens in
            var index = index
            while index < limit, tokens[index].kind != .punctuation, !tokens[index + 1].flags.contains(.afterLineBreak) {
                index += 1
            }
            return index
        }
    }

    @inline(__always)
    private func isTerminal(_ buffer: TextBuffer, _ index: Int) -> Bool {
        let token = buffer.tokens[index]
        guard token.kind == .punctuation else { return false }
        switch buffer.firstByte(of: index) {
        case UInt8(ascii: "!"), UInt8(ascii: "?"):
            return true
        case UInt8(ascii: "."):
            return !isAbbreviationPeriod(buffer, index)
        case 0xE2:
            // The first byte of "…" (E2 80 A6): other punctuation skips the key comparison.
            return token.key == Self.ellipsis
        default:
            return false
        }
    }

    /// Whether the period at `index` belongs to an abbreviation or initial.
    private func isAbbreviationPeriod(_ buffer: TextBuffer, _ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = buffer.tokens[index - 1]
        guard buffer.tokens[index].flags.contains(.attachedToPrevious), previous.kind == .word else { return false }
        if previous.scalarEnd - previous.scalarStart == 1 { return true }
        return Self.abbreviations.contains(previous.key)
    }

    private func skipClosers(_ buffer: TextBuffer, from index: Int) -> Int {
        var position = index
        while position < buffer.tokens.count, buffer.tokens[position].flags.contains(.attachedToPrevious),
              Self.closers.contains(buffer.tokens[position].key) || isTerminal(buffer, position)
        {
            position += 1
        }
        return position
    }

    /// Whether `tokens[index]` can begin a sentence after the terminal at `terminal`.
    private func startsSentence(_ buffer: TextBuffer, _ index: Int, terminal: Int) -> Bool {
        let token = buffer.tokens[index]
        if token.flags.contains(.attachedToPrevious) { return false }
        switch token.kind {
        case .word:
            if token.flags.contains(.capitalized) { return true }
            // "“Will it hold?” he asked." — a question or exclamation inside quotes runs on.
            return false
        case .number:
            return true
        case .punctuation:
            return Self.openers.contains(token.key)
        case .possessive:
            return false
        }
    }

    // MARK: Sentence shape

    private func makeSentence(_ buffer: TextBuffer, _ range: Range<Int>, lineEnds: Bool, isParagraphStart: Bool) -> Sentence {
        let last = range.upperBound - 1
        // Only a sentence that ends a line can be a fragment: only then are its last tokens looked at.
        let kind: Sentence.Kind
        if lineEnds, !(max(range.lowerBound, last - 2)...last).contains(where: { isTerminal(buffer, $0) }) {
            kind = .fragment
        } else {
            kind = .prose
        }
        guard isParagraphStart, let datelineEnd = datelineEnd(buffer, range) else {
            return Sentence(tokens: range, kind: kind)
        }
        return Sentence(tokens: datelineEnd..<range.upperBound, kind: kind, dateline: range.lowerBound..<datelineEnd)
    }

    /// The index after a dateline such as "MOSUL, Iraq (Reuters) —" or "BAGHDAD —", if the
    /// sentence starts with one: an all-caps place word, optional capitalized words, commas and a
    /// parenthesized agency, then a dash, within the first 12 tokens.
    private func datelineEnd(_ buffer: TextBuffer, _ range: Range<Int>) -> Int? {
        let tokens = buffer.tokens
        guard range.count > 2, tokens[range.lowerBound].flags.contains(.allCaps) else { return nil }
        var index = range.lowerBound
        var depth = 0
        let limit = min(range.upperBound, range.lowerBound + 12)
        while index < limit {
            let token = tokens[index]
            if token.kind == .punctuation {
                let byte = buffer.firstByte(of: index)
                if byte == UInt8(ascii: "(") { depth += 1 }
                else if byte == UInt8(ascii: ")") { depth -= 1 }
                else if depth == 0, Self.dashes.contains(token.key), index > range.lowerBound,
                        !token.flags.contains(.attachedToPrevious) || byte != UInt8(ascii: "-")
                {
                    return index + 1 < range.upperBound ? index + 1 : nil
                } else if byte != UInt8(ascii: ","), depth == 0 {
                    return nil
                }
            } else if depth == 0, token.kind == .word, !token.flags.contains(.capitalized) {
                return nil
            }
            index += 1
        }
        return nil
    }

    // MARK: Lexicons

    private static func keys(_ words: [String]) -> KeySet {
        KeySet(words.map { LexiconKey(folding: $0) })
    }

    /// Words that a period abbreviates without ending the sentence.
    private static let abbreviations = keys([
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
        "adm", "cmdr", "cdr", "brig", "gov", "sen", "rep", "pres", "amb", "rev", "st", "mt", "ft",
        "jr", "sr", "vs", "etc", "approx", "est", "dept", "govt", "corp", "inc", "ltd", "co",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "tue", "tues", "thu", "thur", "thurs", "fri", "al", "cf", "fig", "vol", "pp", "intl", "natl",
    ])

    private static let ellipsis = LexiconKey(folding: "…")
    private static let closers = keys(["\"", "”", "’", "'", ")", "]", "»"])
    private static let openers = keys(["\"", "“", "‘", "'", "(", "[", "«"])
    private static let dashes = keys(["—", "–", "-"])
}
