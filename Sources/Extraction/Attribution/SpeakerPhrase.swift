/// A noun phrase read as a speaker ("an unnamed source in military and diplomatic circles in
/// Moscow", "Political analyst Alexander Perendzhiev", "he", "the ministry").
struct SpeakerPhrase: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case personPronoun, groupPronoun, thingPronoun
        /// A person's name, with or without a title.
        case person
        /// "a source", "officials", "a military official who asked not to be named".
        case unnamed
        /// A role without a name ("a ministry spokesman", "the head of the Front").
        case roleOnly
        case organization
        case media

        var isPronoun: Bool { self == .personPronoun || self == .groupPronoun || self == .thingPronoun }
    }

    /// The whole phrase, determiners and modifiers included.
    var tokens: Range<Int> {
        get { Self.range(tokenSpan) }
        set { tokenSpan = Self.span(newValue) }
    }
    var kind: Kind
    /// The phrase from its first content word (leading determiners dropped).
    var content: Range<Int> {
        get { Self.range(contentSpan) }
        set { contentSpan = Self.span(newValue) }
    }
    /// A person's name tokens.
    var name: Range<Int>? {
        get { Self.optionalRange(nameSpan) }
        set { nameSpan = Self.span(newValue) }
    }
    /// Role tokens (before the name, or an appositive after a comma).
    var role: Range<Int>? {
        get { Self.optionalRange(roleSpan) }
        set { roleSpan = Self.span(newValue) }
    }
    /// The head word (the last word before a preposition or relative clause).
    var head: Int {
        get { Int(headIndex) }
        set { headIndex = Int32(newValue) }
    }
    /// Whether the phrase starts with "the", "this", "that".
    var definite: Bool
    /// For media: the outlet tokens.
    var outlet: Range<Int>? {
        get { Self.optionalRange(outletSpan) }
        set { outletSpan = Self.span(newValue) }
    }
    /// No word of the phrase marks it as a speaker (a lowercase noun phrase such as "the town
    /// would fall"); such a phrase is accepted only before its verb.
    var generic = false

    // Token ranges are stored as Int32 bounds (an absent range as `absent`), so that the phrase,
    // copied through every candidate a cue yields, stays small.
    private var tokenSpan: Span
    private var contentSpan: Span
    private var nameSpan: Span
    private var roleSpan: Span
    private var outletSpan: Span
    private var headIndex: Int32

    private struct Span: Sendable, Hashable {
        var lower: Int32
        var upper: Int32
    }
    private static let absent = Span(lower: -1, upper: -1)

    init(tokens: Range<Int>, kind: Kind, content: Range<Int>, name: Range<Int>?, role: Range<Int>?, head: Int, definite: Bool, outlet: Range<Int>?) {
        self.tokenSpan = Self.span(tokens)
        self.kind = kind
        self.contentSpan = Self.span(content)
        self.nameSpan = Self.span(name)
        self.roleSpan = Self.span(role)
        self.headIndex = Int32(head)
        self.definite = definite
        self.outletSpan = Self.span(outlet)
    }

    @inline(__always) private static func span(_ range: Range<Int>) -> Span {
        Span(lower: Int32(range.lowerBound), upper: Int32(range.upperBound))
    }
    @inline(__always) private static func span(_ range: Range<Int>?) -> Span {
        range.map { span($0) } ?? absent
    }
    @inline(__always) private static func range(_ span: Span) -> Range<Int> {
        Int(span.lower)..<Int(span.upper)
    }
    @inline(__always) private static func optionalRange(_ span: Span) -> Range<Int>? {
        span.lower < 0 ? nil : range(span)
    }
}

/// Reading noun phrases from tokens. All scans are bounded by ``AttributionAnalyzer/phraseWindow``.
struct PhraseReader {
    let buffer: TextBuffer
    let lexicon: AttributionLexicon
    /// Keys of the article's `source` field, matched as an outlet name.
    let articleSourceKeys: [LexiconKey]

    let tokens: [Token]

    init(buffer: TextBuffer, lexicon: AttributionLexicon, articleSourceKeys: [LexiconKey]) {
        self.buffer = buffer
        self.lexicon = lexicon
        self.articleSourceKeys = articleSourceKeys
        self.tokens = buffer.tokens
    }

    // MARK: Token shapes

    @inline(__always) func isWord(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].kind == .word }
    @inline(__always) func isCapitalized(_ k: Int) -> Bool { isWord(k) && tokens[k].flags.contains(.capitalized) }
    @inline(__always) func wordClass(_ k: Int) -> WordClass {
        guard k >= 0, k < tokens.count, tokens[k].kind == .word else { return [] }
        return lexicon.wordClass(tokens[k].key)
    }
    @inline(__always) func byte(_ k: Int) -> UInt8 { buffer.firstByte(of: k) }

    func isComma(_ k: Int) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .punctuation && byte(k) == UInt8(ascii: ",")
    }

    func isHyphen(_ k: Int) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .punctuation && byte(k) == UInt8(ascii: "-")
    }

    /// Quote marks: `“ ” « » „ "`.
    func quoteMark(_ k: Int) -> QuoteMark? {
        guard k >= 0, k < tokens.count else { return nil }
        return Self.quoteMark(of: tokens[k], in: buffer.bytes)
    }

    /// The quote mark a token is, from its bytes: `"` (22), `“ ” „` (E2 80 9C/9D/9E), `« »` (C2 AB/BB).
    /// A punctuation token is one scalar, so its bytes name it as its folded key would, without
    /// a lookup of the marks' keys.
    @inline(__always)
    static func quoteMark(of token: Token, in bytes: [UInt8]) -> QuoteMark? {
        guard token.kind == .punctuation else { return nil }
        let start = Int(token.byteStart)
        switch bytes[start] {
        case 0x22: return .toggle
        case 0xE2:
            guard token.byteCount == 3, bytes[start + 1] == 0x80 else { return nil }
            switch bytes[start + 2] {
            case 0x9C, 0x9E: return .open
            case 0x9D: return .close
            default: return nil
            }
        case 0xC2:
            guard token.byteCount == 2 else { return nil }
            switch bytes[start + 1] {
            case 0xAB: return .open
            case 0xBB: return .close
            default: return nil
            }
        default: return nil
        }
    }

    enum QuoteMark { case open, close, toggle }

    private static let innerPunctuation: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "&"), UInt8(ascii: "'")]
    private static let clauseLeads: KeySet = KeySet([
        "and", "but", "while", "as", "when", "although", "though", "whereas", "because", "since", "after", "before",
        "if", "so", "yet", "or", "that", "where", "meanwhile", "however", "also", "then", "now", "earlier", "later",
        "separately", "instead", "nevertheless", "moreover", "furthermore", "today", "yesterday", "previously",
    ].map { LexiconKey(folding: $0) })

    /// Whether `tokens[k]` ends a noun phrase: punctuation other than word-inner marks
    /// ("al-Abadi", "U.S."), or a quote mark.
    func isBoundary(_ k: Int) -> Bool {
        guard k >= 0, k < tokens.count else { return true }
        let token = tokens[k]
        guard token.kind == .punctuation else { return false }
        let b = byte(k)
        if Self.innerPunctuation.contains(b) {
            let attachedBefore = token.flags.contains(.attachedToPrevious)
            let attachedAfter = k + 1 < tokens.count && tokens[k + 1].flags.contains(.attachedToPrevious)
            if b == UInt8(ascii: ".") { return !(attachedBefore && (attachedAfter || isShortWord(k - 1))) }
            return !(attachedBefore && attachedAfter)
        }
        return true
    }

    private func isShortWord(_ k: Int) -> Bool {
        isWord(k) && tokens[k].byteCount <= 3
    }

    // MARK: Spans

    /// The phrase that ends at `end` (exclusive), scanning left to a boundary, a complementizer
    /// or `floor`. Past the window, falls back to the last name run or determiner phrase.
    func phraseEnding(at end: Int, floor: Int) -> Range<Int> {
        var start = end
        var hitBoundary = false
        while start - 1 >= floor {
            let k = start - 1
            if isBoundary(k) || (wordClass(k).contains(.complementizer) && !isCapitalized(k)) { hitBoundary = true; break }
            if end - k > AttributionAnalyzer.phraseWindow { break }
            start = k
        }
        if start <= floor { hitBoundary = true }
        if hitBoundary || start >= end { return start..<end }
        // A long clause: keep its last noun phrase.
        var runStart = end
        while runStart - 1 >= start, isNameToken(runStart - 1, floor: start) { runStart -= 1 }
        if runStart < end {
            if runStart - 1 >= start, wordClass(runStart - 1).contains(.determiner) { runStart -= 1 }
            return runStart..<end
        }
        var k = end - 1
        while k >= max(start, end - 6) {
            if wordClass(k).contains(.determiner) { return k..<end }
            k -= 1
        }
        return (end - 1)..<end
    }

    /// The phrase that starts at `start`, up to a boundary, a complementizer or `limit`.
    func phraseStarting(at start: Int, limit: Int) -> Range<Int> {
        var end = start
        while end < limit, end - start < AttributionAnalyzer.phraseWindow {
            if isBoundary(end) { break }
            if end > start, wordClass(end).contains(.complementizer), !isCapitalized(end) { break }
            end += 1
        }
        return start..<end
    }

    /// Whether `tokens[k]` can be part of a person's or organization's name.
    func isNameToken(_ k: Int, floor: Int) -> Bool {
        guard k >= floor, k < tokens.count else { return false }
        let token = tokens[k]
        switch token.kind {
        case .word:
            if token.flags.contains(.capitalized) { return true }
            // "al-Abadi", "bin Laden": a lowercase particle before a hyphen or a capitalized word.
            return wordClass(k).contains(.nameParticle) && (isCapitalized(k + 1) || byte(k + 1) == UInt8(ascii: "-"))
        case .punctuation:
            let b = byte(k)
            return (b == UInt8(ascii: "-") || b == UInt8(ascii: ".")) && !isBoundary(k) && k > floor
        default:
            return false
        }
    }

    /// The trailing run of name tokens of `range`, stopping at a capitalized title ("Minister").
    func trailingNameRun(_ range: Range<Int>) -> Range<Int>? {
        var start = range.upperBound
        while start - 1 >= range.lowerBound, isNameToken(start - 1, floor: range.lowerBound) {
            let k = start - 1
            if tokens[k].kind == .word, !wordClass(k).intersection([.roleNoun, .titleWord]).isEmpty, start < range.upperBound { break }
            if tokens[k].kind == .word, wordClass(k).contains(.determiner), tokens[k].flags.contains(.capitalized) { break }
            start = k
        }
        // Drop leading inner punctuation.
        while start < range.upperBound, tokens[start].kind == .punctuation { start += 1 }
        return start < range.upperBound ? start..<range.upperBound : nil
    }

    // MARK: Media

    /// The outlet named at `start` ("RIA Novosti", "the Associated Press", "state TV", the
    /// article's own source, or a capitalized phrase ending in a media word), if any.
    func outlet(at start: Int, limit: Int) -> Range<Int>? {
        guard start >= 0, start < limit, limit <= tokens.count else { return nil }
        if let match = mediaMatch(at: start, limit: limit) {
            // "Alsumaria News", "Rudaw TV": an outlet's name may run on with media words.
            var end = match.tokens.upperBound
            while end < limit, end - start < 8, isCapitalized(end), wordClass(end).contains(.mediaHead) { end += 1 }
            return start..<end
        }
        if !articleSourceKeys.isEmpty, start + articleSourceKeys.count <= limit {
            var same = true
            for (offset, key) in articleSourceKeys.enumerated() where tokens[start + offset].key != key {
                same = false
                break
            }
            if same { return start..<(start + articleSourceKeys.count) }
        }
        var begin = start
        if wordClass(begin).contains(.determiner), begin + 1 < limit {
            if let match = mediaMatch(at: begin + 1, limit: limit) { return match.tokens }
            begin += 1
        }
        // "the Kurdish Rudaw TV", "Iraq's Alsumaria News", "its Amaq news agency": capitalized
        // words ending in media words.
        guard isCapitalized(begin) else { return nil }
        var end = begin
        while end < limit, end - begin < 6, isNameToken(end, floor: begin) || tokens[end].kind == .possessive { end += 1 }
        guard end > begin else { return nil }
        while end < limit, end - begin < 8, wordClass(end).contains(.mediaHead) { end += 1 }
        if wordClass(end - 1).contains(.mediaHead) { return begin..<end }
        return nil
    }

    /// The named outlet starting at `k` (``AttributionLexicon/media``), probing the lexicon only
    /// when `tokens[k]` may start one.
    private func mediaMatch(at k: Int, limit: Int) -> PhraseLexicon<Bool>.Match? {
        guard k < tokens.count, lexicon.media.mayStart(with: tokens[k]) else { return nil }
        return lexicon.media.longestMatch(in: buffer, at: k, limit: limit)
    }

    // MARK: Classification

    /// Reads `range` as a speaker phrase; nil when it holds no word.
    func classify(_ range: Range<Int>) -> SpeakerPhrase? {
        var lo = max(range.lowerBound, 0)
        var hi = min(range.upperBound, tokens.count)
        while lo < hi, tokens[lo].kind == .punctuation || Self.clauseLeads.contains(tokens[lo].key) { lo += 1 }
        // "a source cited by RIA Novosti", "the ministry as saying": the description ends there.
        var cut = lo + 1
        while cut < hi {
            if tokens[cut].kind == .word, !tokens[cut].flags.contains(.capitalized), wordClass(cut).contains(.phraseEnd) {
                hi = cut
                break
            }
            cut += 1
        }
        while hi > lo, tokens[hi - 1].kind == .punctuation { hi -= 1 }
        guard lo < hi else { return nil }
        if hi - lo == 1 {
            let cls = wordClass(lo)
            if cls.contains(.personPronoun) { return pronoun(lo, .personPronoun) }
            if cls.contains(.groupPronoun) { return pronoun(lo, .groupPronoun) }
            if cls.contains(.thingPronoun) { return pronoun(lo, .thingPronoun) }
        }
        var start = lo
        var definite = false
        while start < hi - 1, wordClass(start).contains(.determiner) {
            if wordClass(start).contains(.definite) { definite = true }
            start += 1
        }
        // The phrase must start with a word.
        guard tokens[start].kind == .word || tokens[start].kind == .number else { return nil }
        if wordClass(start).contains(.phraseBreak), !isCapitalized(start) { return nil }
        // Core: up to the first preposition or relative word.
        var coreEnd = start + 1
        while coreEnd < hi {
            if isBoundary(coreEnd) { break }
            if tokens[coreEnd].kind == .word, !tokens[coreEnd].flags.contains(.capitalized), wordClass(coreEnd).contains(.phraseBreak) { break }
            coreEnd += 1
        }
        var head = coreEnd - 1
        while head > start, tokens[head].kind != .word { head -= 1 }
        let headClass = wordClass(head)
        // "a statement from the Joint Operations Command": the document's author speaks.
        if headClass.contains(.documentNoun), coreEnd + 1 < hi, tokens[coreEnd].kind == .word,
           buffer.token(coreEnd, equalsIgnoringCase: "from") || buffer.token(coreEnd, equalsIgnoringCase: "by")
            || buffer.token(coreEnd, equalsIgnoringCase: "of"),
           var author = classify((coreEnd + 1)..<hi), !author.kind.isPronoun
        {
            // "a statement from the military's media wing": an author without a name is a body.
            if author.generic {
                author.kind = .organization
                author.generic = false
            }
            return author
        }
        // "a statement carried by the state news agency TASS": whoever passes the document on speaks.
        if headClass.contains(.documentCarrier), head > start, wordClass(head - 1).contains(.documentNoun),
           coreEnd + 1 < hi, buffer.token(coreEnd, equalsIgnoringCase: "by"),
           var carrier = classify((coreEnd + 1)..<hi), !carrier.generic, !carrier.kind.isPronoun
        {
            // "the state news agency TASS": a named outlet at the end of the phrase is the medium.
            if carrier.kind != .media, let media = (coreEnd + 1..<hi).lazy.compactMap({ self.outlet(at: $0, limit: hi) }).first {
                carrier.kind = .media
                carrier.outlet = media
            }
            return carrier
        }
        var phrase = SpeakerPhrase(tokens: lo..<hi, kind: .unnamed, content: start..<hi, name: nil, role: nil, head: head, definite: definite, outlet: nil)

        if let media = outlet(at: start, limit: hi), media.upperBound >= coreEnd || media.upperBound == hi {
            phrase.kind = .media
            phrase.outlet = media
            return phrase
        }
        if headClass.contains(.unnamedHead), !isCapitalized(head) || head == start {
            phrase.kind = .unnamed
            return phrase
        }
        if headClass.contains(.mediaHead), !isCapitalized(head) || tokens[head].flags.contains(.allCaps) {
            phrase.kind = .media
            phrase.outlet = (isCapitalized(head) ? start : lo)..<coreEnd
            return phrase
        }
        // "Syrian Observatory for Human Rights", "Ministry of Defence": an organization head before
        // the first preposition names the organization.
        if headClass.contains(.orgHead), coreEnd < hi {
            phrase.kind = .organization
            return phrase
        }
        if let run = trailingNameRun(start..<hi) {
            let last = run.upperBound - 1
            let lastClass = wordClass(last)
            let endsInOrganization = lastClass.contains(.orgHead) || lastClass.contains(.metonym) && run.count <= 3
            let placeAfterPreposition = run.count == 1 && run.lowerBound > start && hasBreak(start..<run.lowerBound)
            if endsInOrganization {
                if run.lowerBound == start || !hasBreak(start..<run.lowerBound) {
                    phrase.kind = .organization
                    return phrase
                }
            } else if !placeAfterPreposition, !hasBreak(start..<run.lowerBound) || wordClass(start).contains(.roleNoun) || isCapitalized(start) {
                phrase.kind = .person
                phrase.name = run
                if run.lowerBound > start { phrase.role = start..<run.lowerBound }
                return phrase
            }
        }
        if headClass.contains(.orgHead) || (headClass.contains(.metonym) && isCapitalized(head)) {
            phrase.kind = .organization
            return phrase
        }
        if headClass.contains(.roleNoun) {
            phrase.kind = .roleOnly
            return phrase
        }
        if isCapitalized(head) {
            phrase.kind = .person
            phrase.name = start..<coreEnd
            return phrase
        }
        phrase.kind = .unnamed
        phrase.generic = true
        return phrase
    }

    private func hasBreak(_ range: Range<Int>) -> Bool {
        for k in range where tokens[k].kind == .word && !tokens[k].flags.contains(.capitalized) && wordClass(k).contains(.phraseBreak) {
            return true
        }
        return false
    }

    private func pronoun(_ k: Int, _ kind: SpeakerPhrase.Kind) -> SpeakerPhrase {
        SpeakerPhrase(tokens: k..<(k + 1), kind: kind, content: k..<(k + 1), name: nil, role: nil, head: k, definite: true, outlet: nil)
    }

    /// Whether `range` reads as a role description ("head of the Iraqi Turkmen Front",
    /// "a spokesman for the ministry").
    func isRoleLike(_ range: Range<Int>) -> Bool {
        var k = range.lowerBound
        while k < range.upperBound, wordClass(k).contains(.determiner) { k += 1 }
        var scanned = 0
        while k < range.upperBound, scanned < 5 {
            if tokens[k].kind == .word {
                let cls = wordClass(k)
                if cls.contains(.roleNoun) { return true }
                if cls.contains(.phraseBreak), !isCapitalized(k) { return false }
            }
            k += 1
            scanned += 1
        }
        return false
    }

    // MARK: Text

    /// The text of `range`, with leading "a"/"an"/"the" dropped when `dropArticle`.
    func text(_ range: Range<Int>, dropArticle: Bool = false) -> String {
        var lo = range.lowerBound
        if dropArticle {
            while lo < range.upperBound - 1,
                  buffer.token(lo, equalsIgnoringCase: "a") || buffer.token(lo, equalsIgnoringCase: "an") || buffer.token(lo, equalsIgnoringCase: "the")
            { lo += 1 }
        }
        return buffer.text(tokens: lo..<range.upperBound)
    }

    /// A role's text: articles dropped; a capitalized common first word lowercased when the
    /// rest is lowercase ("Political analyst" → "political analyst").
    func roleText(_ range: Range<Int>) -> String? {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, tokens[lo].kind == .punctuation { lo += 1 }
        while hi > lo, tokens[hi - 1].kind == .punctuation, !isAbbreviationPeriod(hi - 1) { hi -= 1 }
        while lo < hi - 1,
              buffer.token(lo, equalsIgnoringCase: "a") || buffer.token(lo, equalsIgnoringCase: "an") || buffer.token(lo, equalsIgnoringCase: "the")
        { lo += 1 }
        guard lo < hi else { return nil }
        let text = buffer.text(tokens: lo..<hi)
        // Only a capital that the sentence start put there is lowercased.
        guard isCapitalized(lo), wordClass(lo).contains(.plainRole), !tokens[lo].flags.contains(.allCaps), startsSentence(lo) else { return text }
        for k in (lo + 1)..<hi where isCapitalized(k) { return text }
        return Self.lowercasingFirst(text)
    }

    /// Whether `tokens[k]` is the first word of a sentence or line (after opening punctuation).
    func startsSentence(_ k: Int) -> Bool {
        var p = k - 1
        while p >= 0, tokens[p].kind == .punctuation {
            if tokens[p + 1].flags.contains(.afterLineBreak) { return true }
            let b = byte(p)
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { return true }
            if quoteMark(p) == nil, b != UInt8(ascii: "(") { return false }
            p -= 1
        }
        return p < 0 || tokens[k].flags.contains(.afterLineBreak)
    }

    /// A period attached to a short word ("Gen.", "Lt.").
    func isAbbreviationPeriod(_ k: Int) -> Bool {
        k > 0 && byte(k) == UInt8(ascii: ".") && tokens[k].flags.contains(.attachedToPrevious) && isShortWord(k - 1)
    }

    /// An outlet's name as written; a generic one ("the paper") as a description.
    func outletText(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return isCapitalized(range.upperBound - 1) ? buffer.text(tokens: range) : descriptionText(range)
    }

    /// A description's text; a capitalized leading determiner (sentence start) is lowercased
    /// ("An unnamed source …" → "an unnamed source …", "The ministry" → "the ministry").
    func descriptionText(_ range: Range<Int>) -> String {
        let text = buffer.text(tokens: range)
        guard !range.isEmpty, isCapitalized(range.lowerBound), startsSentence(range.lowerBound),
              !wordClass(range.lowerBound).intersection([.determiner, .plainRole, .pronoun]).isEmpty,
              !tokens[range.lowerBound].flags.contains(.allCaps) else { return text }
        return Self.lowercasingFirst(text)
    }

    private static func lowercasingFirst(_ text: String) -> String {
        var scalars = text.unicodeScalars
        guard let first = scalars.first, first.isASCII, first.value >= 0x41, first.value <= 0x5A,
              let lower = Unicode.Scalar(first.value | 0x20) else { return text }
        scalars.replaceSubrange(scalars.startIndex..<scalars.index(after: scalars.startIndex), with: [lower])
        return String(scalars)
    }
}
