/// One pass of ``AttributionAnalyzer`` over an article: quotation state, speakers and results.
struct AttributionRun {
    let buffer: TextBuffer
    let sentences: [Sentence]
    let lexicon: AttributionLexicon
    let reader: PhraseReader

    /// A speaker of the article.
    struct Speaker {
        var attribution: Attribution
        var phraseKind: SpeakerPhrase.Kind
        /// Key of the head word ("source", "ministry"), for definite descriptions.
        var headKey: LexiconKey?
        /// Key of the role's head word ("head", "analyst").
        var roleHeadKey: LexiconKey?
        /// Keys of the name's words, for surnames.
        var nameKeys: [LexiconKey]
        /// He/she can refer to it.
        var personal: Bool
    }

    /// A quotation spanning sentences.
    struct QuoteGroup {
        var start: Int
        var speaker: Int?
        var verbStance: Stance
        var pending: [Int]
    }

    /// What a sentence's cues gave.
    struct Reading {
        var startsInQuote = false
        var endsInQuote = false
        var hasUnquotedWords = false
        var hasQuotedWords = false
        var quoted: [Range<Int>] = []
    }

    struct CueHit {
        var tokens: Range<Int>
        var cue: AttributionCue
        var quoted: Bool
    }

    /// A candidate challenge, targeted after all sentences are read.
    struct PendingChallenge {
        var sentence: Int
        var stance: Stance
        var object: Range<Int>
    }

    private var speakers: [Speaker] = []
    private var recent: [Int] = []
    private var results: [SentenceAttribution] = []
    private var quoteOpen = false
    private var quoteContentStart = 0
    private var group: QuoteGroup?
    private var inside: [Bool]
    private var verbStances: [Stance] = []
    private var pendingChallenges: [PendingChallenge] = []

    init(buffer: TextBuffer, sentences: [Sentence], articleSource: String?) {
        self.buffer = buffer
        self.sentences = sentences
        self.lexicon = .standard
        let sourceKeys = articleSource.map { TextBuffer($0).tokens.map(\.key) } ?? []
        self.reader = PhraseReader(buffer: buffer, lexicon: .standard, articleSourceKeys: sourceKeys.count <= 6 ? sourceKeys : [])
        self.inside = [Bool](repeating: false, count: buffer.tokens.count)
    }

    var tokens: [Token] { buffer.tokens }

    // MARK: Document

    mutating func run() -> AttributionAnalysis {
        results.reserveCapacity(sentences.count)
        for index in sentences.indices {
            analyzeSentence(index)
        }
        if let open = group { closeGroup(open, at: sentences.count - 1) }
        group = nil
        let challenges = targetChallenges()
        for (number, challenge) in challenges.enumerated() {
            results[challenge.sentence].challenge = challenge
            for target in challenge.targets where target < results.count {
                results[target].challengedBy.append(number)
                results[target].effectiveStance = max(results[target].effectiveStance, challenge.stance)
            }
        }
        return AttributionAnalysis(sentences: results, challenges: challenges, speakers: speakers.map(\.attribution))
    }

    private mutating func analyzeSentence(_ index: Int) {
        let sentence = sentences[index]
        let lo = max(0, min(sentence.tokens.lowerBound, tokens.count))
        let hi = max(lo, min(sentence.tokens.upperBound, tokens.count))
        // A quotation left open across a paragraph break closes unless the paragraph reopens it.
        if quoteOpen, lo < hi, tokens[lo].flags.contains(.afterLineBreak), reader.quoteMark(lo) != .open, reader.quoteMark(lo) != .toggle {
            quoteOpen = false
            if let open = group { closeGroup(open, at: index - 1); group = nil }
        }
        if quoteOpen, let open = group, index - open.start > 40 {
            quoteOpen = false
            closeGroup(open, at: index - 1)
            group = nil
        }
        let reading = readQuotes(lo, hi)
        let window = min(hi, lo + AttributionAnalyzer.sentenceWindow)
        let hits = scanCues(lo, window)

        var result = SentenceAttribution(
            sentence: index, attribution: nil, stance: .asserted, effectiveStance: .asserted, basis: .none, speaker: nil,
            speakerTokens: [], cueTokens: [], stanceTokens: [], quotedTokens: reading.quoted, challenge: nil, challengedBy: []
        )
        var verbStance: Stance = .asserted
        var cueStance: Stance = .asserted

        // Speaker from a cue.
        if let found = findSpeaker(hits, lo, window) {
            verbStance = found.verbStance
            result.cueTokens = found.cueTokens
            result.speakerTokens = found.speakerTokens
            let resolved = resolve(found.phrase)
            var attribution = speakers[resolved.id].attribution
            if let via = found.via {
                attribution.via = via
                speakers[resolved.id].attribution.via = via
            }
            result.attribution = attribution
            result.speaker = resolved.id
            result.basis = resolved.coreferent ? .coreference : .cue
            note(resolved.id)
        }

        // Stance cues anywhere in the sentence, quoted words included.
        for hit in hits {
            switch hit.cue {
            case .stance(let stance):
                cueStance = max(cueStance, stance)
                result.stanceTokens.append(hit.tokens)
            case .speech(let verb) where verb.stance >= .hedged:
                if hit.quoted, verb.stance == .hedged { continue }
                cueStance = max(cueStance, verb.stance)
                result.stanceTokens.append(hit.tokens)
            default:
                break
            }
        }

        // Quotations across sentences.
        let quoteOnly = reading.hasQuotedWords && !reading.hasUnquotedWords
        if reading.startsInQuote, var open = group {
            if let speaker = result.speaker {
                if open.speaker == nil {
                    open.speaker = speaker
                    open.verbStance = verbStance
                    for pending in open.pending { assign(pending, speaker: speaker, verbStance: verbStance, basis: .quotation) }
                    open.pending = []
                }
            } else if let speaker = open.speaker {
                result.attribution = speakers[speaker].attribution
                result.speaker = speaker
                result.basis = .quotation
                verbStance = open.verbStance
            } else {
                open.pending.append(index)
            }
            group = open
            if !reading.endsInQuote {
                closeGroup(open, at: index, appendingCurrent: result.speaker == nil ? index : nil, current: &result, currentVerbStance: &verbStance)
                group = nil
            }
        } else if reading.endsInQuote {
            group = QuoteGroup(start: index, speaker: result.speaker, verbStance: verbStance, pending: result.speaker == nil ? [index] : [])
        } else if result.speaker == nil, quoteOnly {
            // A whole quotation with no cue: it continues the previous sentence's speaker.
            if index > 0, index - 1 < results.count, let previous = results[index - 1].speaker {
                result.attribution = speakers[previous].attribution
                result.speaker = previous
                result.basis = .quoteContinuation
            }
        }
        if reading.startsInQuote, group == nil, result.speaker == nil, quoteOnly, index > 0, let previous = results[index - 1].speaker {
            result.attribution = speakers[previous].attribution
            result.speaker = previous
            result.basis = .quoteContinuation
        }

        let base: Stance = result.attribution == nil ? .asserted : .reported
        result.stance = max(base, max(cueStance, result.attribution == nil ? .asserted : verbStance))
        result.effectiveStance = result.stance
        results.append(result)
        verbStances.append(verbStance)

        if result.stance >= .doubted, let object = anaphoricObject(hits, lo, window) {
            pendingChallenges.append(PendingChallenge(sentence: index, stance: result.stance, object: object))
        }
    }

    /// Closes a quotation group whose sentences never named a speaker: they continue the speaker
    /// of the sentence before the group.
    private mutating func closeGroup(_ open: QuoteGroup, at index: Int) {
        var current = SentenceAttribution(sentence: -1, attribution: nil, stance: .asserted, effectiveStance: .asserted, basis: .none, speaker: nil, speakerTokens: [], cueTokens: [], stanceTokens: [], quotedTokens: [], challenge: nil, challengedBy: [])
        var stance = Stance.asserted
        closeGroup(open, at: index, appendingCurrent: nil, current: &current, currentVerbStance: &stance)
    }

    private mutating func closeGroup(
        _ open: QuoteGroup, at index: Int, appendingCurrent: Int?, current: inout SentenceAttribution, currentVerbStance: inout Stance
    ) {
        guard open.speaker == nil else { return }
        guard open.start > 0, open.start - 1 < results.count, let previous = results[open.start - 1].speaker else { return }
        for pending in open.pending where pending < results.count {
            assign(pending, speaker: previous, verbStance: .reported, basis: .quoteContinuation)
        }
        if appendingCurrent != nil {
            current.attribution = speakers[previous].attribution
            current.speaker = previous
            current.basis = .quoteContinuation
        }
    }

    /// Gives an already-read sentence a speaker found later (a quotation closed with its cue).
    private mutating func assign(_ index: Int, speaker: Int, verbStance: Stance, basis: SentenceAttribution.Basis) {
        guard index < results.count, results[index].speaker == nil else { return }
        results[index].attribution = speakers[speaker].attribution
        results[index].speaker = speaker
        results[index].basis = basis
        let stance = max(results[index].stance, max(.reported, verbStance))
        results[index].stance = stance
        results[index].effectiveStance = max(results[index].effectiveStance, stance)
        if index < verbStances.count { verbStances[index] = verbStance }
    }

    private mutating func note(_ speaker: Int) {
        recent.removeAll { $0 == speaker }
        recent.append(speaker)
    }

    // MARK: Quotations

    private mutating func readQuotes(_ lo: Int, _ hi: Int) -> Reading {
        var reading = Reading()
        reading.startsInQuote = quoteOpen
        if quoteOpen { quoteContentStart = lo }
        for k in lo..<hi {
            if let mark = reader.quoteMark(k) {
                inside[k] = false
                var opens: Bool
                switch mark {
                case .open: opens = true
                case .close: opens = false
                case .toggle:
                    let spaceBefore = !tokens[k].flags.contains(.attachedToPrevious) || k == lo
                    let attachedAfter = k + 1 < hi && tokens[k + 1].flags.contains(.attachedToPrevious)
                    if spaceBefore && attachedAfter { opens = true }
                    else if !spaceBefore && !attachedAfter { opens = false }
                    else { opens = !quoteOpen }
                }
                if opens {
                    if quoteOpen, quoteContentStart < k { reading.quoted.append(quoteContentStart..<k) }
                    quoteOpen = true
                    quoteContentStart = k + 1
                } else if quoteOpen {
                    if quoteContentStart < k { reading.quoted.append(max(quoteContentStart, lo)..<k) }
                    quoteOpen = false
                }
                continue
            }
            inside[k] = quoteOpen
            if tokens[k].kind == .word || tokens[k].kind == .number {
                if quoteOpen { reading.hasQuotedWords = true } else { reading.hasUnquotedWords = true }
            }
        }
        if quoteOpen, quoteContentStart < hi { reading.quoted.append(max(quoteContentStart, lo)..<hi) }
        reading.endsInQuote = quoteOpen
        return reading
    }

    // MARK: Cues

    private func scanCues(_ lo: Int, _ hi: Int) -> [CueHit] {
        var hits: [CueHit] = []
        var k = lo
        while k < hi {
            let token = tokens[k]
            guard token.kind == .word, lexicon.cueFilter.mayContain(token.key),
                  let match = lexicon.cues.longestMatch(in: buffer, at: k, limit: hi), let first = match.values.first
            else {
                k += 1
                continue
            }
            let cue = match.values.first { if case .speech = $0 { return true } else { return false } } ?? first
            if accepts(cue, at: match.tokens, lo: lo) {
                hits.append(CueHit(tokens: match.tokens, cue: cue, quoted: inside[k]))
            }
            k = match.tokens.upperBound
        }
        return hits
    }

    /// Whether a cue match is really a cue here.
    private func accepts(_ cue: AttributionCue, at range: Range<Int>, lo: Int) -> Bool {
        let k = range.lowerBound
        let sentenceInitial = isSentenceInitial(k, lo)
        if tokens[k].flags.contains(.capitalized), !sentenceInitial { return false }
        switch cue {
        case .speech(let verb):
            if tokens[k].flags.contains(.capitalized) { return false }
            let previous = k - 1
            if previous >= lo {
                let cls = reader.wordClass(previous)
                if cls.contains(.determiner) || cls.contains(.be) { return false }
            }
            if verb.ambiguous {
                var p = previous
                while p >= lo, reader.wordClass(p).contains(.beforeVerb), !reader.wordClass(p).contains(.be) { p -= 1 }
                guard p >= lo, tokens[p].kind == .word else { return false }
                let cls = reader.wordClass(p)
                let subjectLike = tokens[p].flags.contains(.capitalized) || !cls.intersection([.pronoun, .unnamedHead, .orgHead, .roleNoun, .mediaHead]).isEmpty
                if !subjectLike { return false }
            }
            return true
        case .neutral, .stance, .according, .medium, .citing, .quotedAsSaying:
            return true
        }
    }

    private func isSentenceInitial(_ k: Int, _ lo: Int) -> Bool {
        var p = k - 1
        while p >= lo {
            if tokens[p].kind != .punctuation { return false }
            p -= 1
        }
        return true
    }

    // MARK: Speakers

    struct FoundSpeaker {
        var phrase: SpeakerPhrase
        var via: String?
        var verbStance: Stance
        var cueTokens: [Range<Int>]
        var speakerTokens: [Range<Int>]
    }

    /// The sentence's speaker: the frame cue (a cue after a comma or closing quote) wins over
    /// the leftmost one.
    private func findSpeaker(_ hits: [CueHit], _ lo: Int, _ hi: Int) -> FoundSpeaker? {
        var best: FoundSpeaker?
        var bestIsFrame = false
        var cueTokens: [Range<Int>] = []
        var media: String?
        var according: [(Range<Int>, SpeakerPhrase)] = []

        for hit in hits where !hit.quoted {
            switch hit.cue {
            case .speech(let verb):
                cueTokens.append(hit.tokens)
                guard verb.role == .finite else { continue }
                guard var candidate = speakerOfVerb(hit.tokens, lo, hi) else { continue }
                candidate.verbStance = verb.stance
                if verb.takesAddressee, let outlet = reader.outlet(at: hit.tokens.upperBound, limit: hi) {
                    if media == nil { media = reader.text(outlet) }
                    cueTokens.append(outlet)
                }
                let frame = isFrame(candidate, hit.tokens, lo)
                if best == nil || (frame && !bestIsFrame) {
                    best = candidate
                    bestIsFrame = frame
                }
            case .quotedAsSaying:
                cueTokens.append(hit.tokens)
                let end = skipBeforeVerb(hit.tokens.lowerBound - 1, lo) + 1
                let span = reader.phraseEnding(at: end, floor: lo)
                if best == nil, let phrase = reader.classify(span) {
                    best = FoundSpeaker(phrase: phrase, via: nil, verbStance: .reported, cueTokens: [], speakerTokens: [span])
                }
            case .according:
                cueTokens.append(hit.tokens)
                let span = reader.phraseStarting(at: hit.tokens.upperBound, limit: hi)
                if let phrase = reader.classify(span) { according.append((span, phrase)) }
            case .medium:
                cueTokens.append(hit.tokens)
                if let outlet = reader.outlet(at: hit.tokens.upperBound, limit: hi) {
                    if media == nil { media = reader.text(outlet) }
                    cueTokens.append(outlet)
                }
            case .citing, .stance, .neutral:
                break
            }
        }
        for (span, phrase) in according {
            if phrase.kind == .media, best != nil {
                if media == nil, let outlet = phrase.outlet { media = reader.text(outlet) }
                continue
            }
            if best == nil || !bestIsFrame {
                best = FoundSpeaker(phrase: phrase, via: nil, verbStance: .reported, cueTokens: [], speakerTokens: [span])
                bestIsFrame = true
            }
        }
        guard var found = best else { return nil }
        // "Reuters reported, citing military sources": the cited phrase speaks through the outlet.
        if found.phrase.kind == .media {
            for hit in hits where !hit.quoted {
                guard case .citing = hit.cue else { continue }
                let span = reader.phraseStarting(at: hit.tokens.upperBound, limit: hi)
                if let cited = reader.classify(span), cited.kind != .media {
                    let outlet = found.phrase.outlet ?? found.phrase.content
                    media = reader.text(outlet)
                    cueTokens.append(hit.tokens)
                    found.speakerTokens.append(span)
                    found.phrase = cited
                }
                break
            }
        }
        if found.phrase.kind == .media, media == nil {
            let outlet = found.phrase.outlet ?? found.phrase.content
            media = reader.text(outlet)
        }
        found.via = media
        found.cueTokens = cueTokens
        return found
    }

    /// A frame cue: its speaker follows a comma or quotation, as in "…, the source said."
    private func isFrame(_ found: FoundSpeaker, _ verb: Range<Int>, _ lo: Int) -> Bool {
        guard let first = found.speakerTokens.map(\.lowerBound).min() else { return false }
        let before = min(first, verb.lowerBound) - 1
        guard before >= lo else { return false }
        return reader.isComma(before) || reader.quoteMark(before) != nil
    }

    private func skipBeforeVerb(_ from: Int, _ lo: Int) -> Int {
        var p = from
        while p >= lo, tokens[p].kind == .word, reader.wordClass(p).contains(.beforeVerb), !reader.wordClass(p).contains(.be) { p -= 1 }
        return p
    }

    /// The speaker of a finite speech verb: its subject before it ("X said", "X, head of Y,
    /// told"), else after it ("…,” said X").
    private func speakerOfVerb(_ verb: Range<Int>, _ lo: Int, _ hi: Int) -> FoundSpeaker? {
        let p = skipBeforeVerb(verb.lowerBound - 1, lo)
        if p >= lo {
            if reader.isComma(p) {
                // "Heytem Haşim Muhtaroğlu, head of the Iraqi Turkmen Front, told Sputnik"
                let appositive = reader.phraseEnding(at: p, floor: lo)
                if !appositive.isEmpty, appositive.lowerBound - 1 >= lo, reader.isComma(appositive.lowerBound - 1), reader.isRoleLike(appositive) {
                    let nameSpan = reader.phraseEnding(at: appositive.lowerBound - 1, floor: lo)
                    if var phrase = reader.classify(nameSpan), phrase.kind == .person {
                        phrase.role = appositive
                        return FoundSpeaker(phrase: phrase, via: nil, verbStance: .reported, cueTokens: [], speakerTokens: [nameSpan, appositive])
                    }
                }
            } else if tokens[p].kind != .punctuation || !reader.isBoundary(p) {
                let span = reader.phraseEnding(at: p + 1, floor: lo)
                if let phrase = reader.classify(span) {
                    // "…, head of the Iraqi Turkmen Front told": a role after a name and a comma.
                    if phrase.kind == .roleOnly, span.lowerBound - 1 >= lo, reader.isComma(span.lowerBound - 1) {
                        let nameSpan = reader.phraseEnding(at: span.lowerBound - 1, floor: lo)
                        if var named = reader.classify(nameSpan), named.kind == .person {
                            named.role = span
                            return FoundSpeaker(phrase: named, via: nil, verbStance: .reported, cueTokens: [], speakerTokens: [nameSpan, span])
                        }
                    }
                    return FoundSpeaker(phrase: phrase, via: nil, verbStance: .reported, cueTokens: [], speakerTokens: [span])
                }
                return nil
            }
        }
        // Inverted: "…,” said the source." — only after a comma, a quotation or at the start.
        guard p < lo || reader.isComma(p) || reader.quoteMark(p) != nil else { return nil }
        var start = verb.upperBound
        while start < hi, tokens[start].kind == .word, reader.wordClass(start).contains(.beforeVerb) { start += 1 }
        guard start < hi, tokens[start].kind == .word, !reader.wordClass(start).contains(.complementizer) else { return nil }
        let span = reader.phraseStarting(at: start, limit: hi)
        guard var phrase = reader.classify(span) else { return nil }
        var spans = [span]
        if phrase.kind == .person, span.upperBound < hi, reader.isComma(span.upperBound) {
            let appositive = reader.phraseStarting(at: span.upperBound + 1, limit: hi)
            if !appositive.isEmpty, reader.isRoleLike(appositive) {
                phrase.role = appositive
                spans.append(appositive)
            }
        }
        return FoundSpeaker(phrase: phrase, via: nil, verbStance: .reported, cueTokens: [], speakerTokens: spans)
    }

    // MARK: Coreference

    /// Finds or creates the speaker a phrase names.
    private mutating func resolve(_ phrase: SpeakerPhrase) -> (id: Int, coreferent: Bool) {
        switch phrase.kind {
        case .personPronoun:
            if let id = recent.last(where: { speakers[$0].personal }) { return (id, true) }
        case .groupPronoun:
            if let id = recent.last { return (id, true) }
        case .thingPronoun:
            if let id = recent.last(where: { !speakers[$0].personal }) { return (id, true) }
        case .person:
            if let name = phrase.name {
                let keys = nameKeys(name)
                if let last = keys.last, let id = recent.last(where: { speakers[$0].nameKeys.last == last && (keys.count == 1 || speakers[$0].nameKeys == keys) }) {
                    if speakers[id].attribution.role == nil, let role = phrase.role.flatMap(reader.roleText) {
                        speakers[id].attribution.role = role
                    }
                    return (id, keys.count == 1 && speakers[id].nameKeys.count > 1)
                }
            }
        case .unnamed, .roleOnly, .organization, .media:
            let head = tokens[phrase.head].key
            if phrase.definite || phrase.kind == .organization || phrase.kind == .media {
                let keys = contentKeys(phrase)
                if let id = recent.last(where: { speakers[$0].headKey == head && (phrase.definite || contentKeys(of: $0) == keys) })
                    ?? (phrase.definite ? recent.last(where: { speakers[$0].roleHeadKey == head }) : nil)
                {
                    return (id, phrase.definite)
                }
            }
        }
        let speaker = makeSpeaker(phrase)
        speakers.append(speaker)
        return (speakers.count - 1, false)
    }

    private func nameKeys(_ range: Range<Int>) -> [LexiconKey] {
        range.compactMap { tokens[$0].kind == .word && tokens[$0].flags.contains(.capitalized) ? tokens[$0].key : nil }
    }

    private func contentKeys(_ phrase: SpeakerPhrase) -> [LexiconKey] {
        phrase.content.compactMap { tokens[$0].kind == .word ? tokens[$0].key : nil }
    }

    private func contentKeys(of speaker: Int) -> [LexiconKey] {
        TextBuffer(speakers[speaker].attribution.source).tokens.compactMap { $0.kind == .word && !determinerKey($0.key) ? $0.key : nil }
    }

    private func determinerKey(_ key: LexiconKey) -> Bool { lexicon.wordClass(key).contains(.determiner) }

    private func makeSpeaker(_ phrase: SpeakerPhrase) -> Speaker {
        let head = tokens[phrase.head].key
        switch phrase.kind {
        case .person:
            let name = phrase.name ?? phrase.content
            let role = phrase.role.flatMap(reader.roleText)
            let roleHead = phrase.role.flatMap(roleHeadKey)
            return Speaker(attribution: Attribution(source: reader.text(name), role: role, kind: .namedOfficial), phraseKind: .person,
                           headKey: nil, roleHeadKey: roleHead, nameKeys: nameKeys(name), personal: true)
        case .unnamed, .roleOnly:
            let plural = lexicon.wordClass(head).contains(.unnamedHead) && buffer.text(of: tokens[phrase.head]).hasSuffix("s")
            return Speaker(attribution: Attribution(source: reader.text(phrase.tokens), kind: .unnamedSource), phraseKind: phrase.kind,
                           headKey: head, roleHeadKey: head, nameKeys: [], personal: !plural)
        case .organization:
            let properName = reader.isCapitalized(phrase.content.lowerBound)
            let text = reader.text(properName ? phrase.content : phrase.tokens)
            return Speaker(attribution: Attribution(source: text, kind: .organization), phraseKind: .organization,
                           headKey: head, roleHeadKey: nil, nameKeys: [], personal: false)
        case .media:
            let outlet = phrase.outlet ?? phrase.content
            let text = reader.text(outlet)
            return Speaker(attribution: Attribution(source: text, kind: .media, via: text), phraseKind: .media,
                           headKey: head, roleHeadKey: nil, nameKeys: [], personal: false)
        case .personPronoun, .groupPronoun, .thingPronoun:
            // A pronoun with no antecedent: someone the article does not name.
            return Speaker(attribution: Attribution(source: reader.text(phrase.tokens), kind: .unnamedSource), phraseKind: phrase.kind,
                           headKey: nil, roleHeadKey: nil, nameKeys: [], personal: phrase.kind == .personPronoun)
        }
    }

    private func roleHeadKey(_ role: Range<Int>) -> LexiconKey? {
        for k in role where tokens[k].kind == .word && lexicon.wordClass(tokens[k].key).contains(.roleNoun) {
            return tokens[k].key
        }
        return nil
    }

    // MARK: Challenges

    /// The anaphoric object of a doubt or denial: "this plan", "the reports", "such claims",
    /// "denied it". A claim noun followed by "to", "that", "of" introduces its own content
    /// ("the plan to attack", "reports that …") and is not anaphoric after "the".
    private func anaphoricObject(_ hits: [CueHit], _ lo: Int, _ hi: Int) -> Range<Int>? {
        for hit in hits {
            let stance: Stance
            switch hit.cue {
            case .speech(let verb): stance = verb.stance
            case .stance(let cueStance): stance = cueStance
            default: continue
            }
            guard stance >= .doubted else { continue }
            // Inside the cue ("no such plans").
            if let object = anaphor(in: hit.tokens.lowerBound, hit.tokens.upperBound + 1, hi, requireStart: false) { return object }
            var k = hit.tokens.upperBound
            if k < hi, tokens[k].kind == .word, reader.wordClass(k).contains(.objectPronoun),
               k + 1 >= hi || tokens[k + 1].kind == .punctuation || reader.wordClass(k + 1).contains(.phraseBreak)
            {
                return k..<(k + 1)
            }
            let limit = min(hi, k + AttributionAnalyzer.objectWindow)
            while k < limit {
                if let object = anaphor(in: k, limit, hi, requireStart: true) { return object }
                if tokens[k].kind == .punctuation, !reader.isBoundary(k) { k += 1; continue }
                k += 1
            }
        }
        // A sentence-initial anaphoric subject: "These claims are baseless, the ministry said."
        var k = lo
        while k < hi, tokens[k].kind == .punctuation { k += 1 }
        return anaphor(in: k, min(hi, k + 1), hi, requireStart: true)
    }

    /// An anaphoric determiner at a position in `from..<to` followed within three words by a claim noun.
    private func anaphor(in from: Int, _ to: Int, _ hi: Int, requireStart: Bool) -> Range<Int>? {
        var k = from
        while k < min(to, hi) {
            if tokens[k].kind == .word, reader.wordClass(k).contains(.anaphor) {
                let strong = !buffer.token(k, equalsIgnoringCase: "the")
                var n = k + 1
                while n < hi, n - k <= 3, tokens[n].kind == .word || tokens[n].kind == .possessive {
                    if reader.wordClass(n).contains(.claimNoun) {
                        let next = n + 1
                        let cataphoric = next < hi && (buffer.token(next, equalsIgnoringCase: "to") || buffer.token(next, equalsIgnoringCase: "that")
                            || buffer.token(next, equalsIgnoringCase: "of") || buffer.token(next, equalsIgnoringCase: "about"))
                        if strong || !cataphoric { return k..<(n + 1) }
                        break
                    }
                    n += 1
                }
            }
            if requireStart { return nil }
            k += 1
        }
        return nil
    }

    /// Targets each pending challenge (rule in ``ClaimChallenge``).
    private func targetChallenges() -> [ClaimChallenge] {
        var challenges: [ClaimChallenge] = []
        for pending in pendingChallenges {
            let index = pending.sentence
            guard index < results.count else { continue }
            let challenger = results[index].speaker
            var target: Int?
            var targets: [Int] = []
            var k = index - 1
            while k >= 0 {
                if let speaker = results[k].speaker, speaker != challenger {
                    if target == nil { target = speaker }
                    if speaker == target { targets.append(k) } else { break }
                }
                k -= 1
            }
            if targets.isEmpty {
                var p = index - 1
                while p >= 0 {
                    if results[p].speaker == nil, sentences[p].kind == .prose { targets.append(p); break }
                    p -= 1
                }
            }
            challenges.append(ClaimChallenge(sentence: index, attribution: results[index].attribution, stance: pending.stance,
                                             targets: targets.reversed(), object: pending.object))
        }
        return challenges
    }
}
