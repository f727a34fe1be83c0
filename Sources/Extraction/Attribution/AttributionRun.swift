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
        /// The description's tokens (determiners dropped), whose words name a repeated organization.
        var content: Range<Int> = 0..<0
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
    private var pendingChallenges: [PendingChallenge] = []
    /// The words of the current sentence that may start a cue (``AttributionLexicon/cueFilter``),
    /// collected by ``readQuotes(_:_:)`` so that ``scanCues(_:_:quoted:)`` visits only them.
    private var cueStarts: [Int] = []
    /// The current sentence's cues (``scanCues(_:_:quoted:)``), one buffer for all sentences.
    private var hits: [CueHit] = []
    /// The last sentence each speaker was attributed in (by cue or coreference).
    private var lastSentence: [Int] = []
    /// A person named as the subject of a sentence without a speech cue ("Iraqi Prime Minister
    /// Haider al-Abadi arrived in Kirkuk."), a candidate antecedent for a later "he said".
    private var mentionedPerson: (phrase: SpeakerPhrase, sentence: Int)?
    /// Sentences read since `mentionedPerson` was last brought up to date that may name such a
    /// person (no speaker, not inside a quotation). They are read only when a "he"/"she" needs an
    /// antecedent (``updateMentionedPerson()``): most articles never ask.
    private var mentionCandidates: [MentionCandidate] = []

    /// A sentence whose subject may be a person, with the clause window to read it in.
    struct MentionCandidate {
        var lo: Int
        var hi: Int
        var sentence: Int
    }
    private var currentSentence = 0

    init(buffer: TextBuffer, sentences: [Sentence], articleSource: String?) {
        self.buffer = buffer
        self.tokens = buffer.tokens
        self.sentences = sentences
        self.lexicon = .standard
        let sourceKeys = articleSource.map { TextBuffer($0).tokens.map(\.key) } ?? []
        self.reader = PhraseReader(buffer: buffer, lexicon: .standard, articleSourceKeys: sourceKeys.count <= 6 ? sourceKeys : [])
    }

    let tokens: [Token]

    // MARK: Document

    mutating func run() -> AttributionAnalysis {
        results.reserveCapacity(sentences.count)
        for index in sentences.indices {
            analyzeSentence(index)
        }
        if let open = group { closeGroup(open) }
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
        currentSentence = index
        let sentence = sentences[index]
        let lo = max(0, min(sentence.tokens.lowerBound, tokens.count))
        let hi = max(lo, min(sentence.tokens.upperBound, tokens.count))
        // A quotation left open across a paragraph break closes unless the paragraph reopens it.
        if quoteOpen, lo < hi, tokens[lo].flags.contains(.afterLineBreak), reader.quoteMark(lo) != .open, reader.quoteMark(lo) != .toggle {
            quoteOpen = false
            if let open = group { closeGroup(open); group = nil }
        }
        if quoteOpen, let open = group, index - open.start > 40 {
            quoteOpen = false
            closeGroup(open)
            group = nil
        }
        let reading = readQuotes(lo, hi)
        let window = min(hi, lo + AttributionAnalyzer.sentenceWindow)
        scanCues(lo, window, quoted: reading.quoted)
        let hits = self.hits

        var attribution: Attribution?
        var basis: SentenceAttribution.Basis = .none
        var speaker: Int?
        var speakerTokens: [Range<Int>] = []
        var cueTokens: [Range<Int>] = []
        var stanceTokens: [Range<Int>] = []
        var verbStance: Stance = .asserted
        var cueStance: Stance = .asserted

        // Speaker from a cue; only unquoted cues name one (most sentences have none).
        if hits.contains(where: { !$0.quoted }), let found = findSpeaker(hits, lo, window) {
            verbStance = found.verbStance
            cueTokens = found.cueTokens
            speakerTokens = found.speakerTokens
            let resolved = resolve(found.phrase)
            if let via = found.via {
                speakers[resolved.id].attribution.via = via
            }
            attribution = speakers[resolved.id].attribution
            speaker = resolved.id
            basis = resolved.coreferent ? .coreference : .cue
            note(resolved.id)
        }

        // Stance cues anywhere in the sentence, quoted words included.
        for hit in hits {
            switch hit.cue {
            case .stance(let stance):
                cueStance = max(cueStance, stance)
                stanceTokens.append(hit.tokens)
            case .speech(let verb) where verb.stance >= .hedged:
                if hit.quoted, verb.stance == .hedged { continue }
                cueStance = max(cueStance, verb.stance)
                stanceTokens.append(hit.tokens)
            default:
                break
            }
        }

        // Quotations across sentences.
        let quoteOnly = reading.hasQuotedWords && !reading.hasUnquotedWords
        if reading.startsInQuote, var open = group {
            if let speaker {
                if open.speaker == nil {
                    open.speaker = speaker
                    open.verbStance = verbStance
                    for pending in open.pending { assign(pending, speaker: speaker, verbStance: verbStance, basis: .quotation) }
                    open.pending = []
                }
            } else if let known = open.speaker {
                attribution = speakers[known].attribution
                speaker = known
                basis = .quotation
                verbStance = open.verbStance
            } else {
                open.pending.append(index)
            }
            group = open
            if !reading.endsInQuote {
                closeGroup(open)
                if speaker == nil, let previous = continuationSpeaker(open) {
                    attribution = speakers[previous].attribution
                    speaker = previous
                    basis = .quoteContinuation
                }
                group = nil
            }
        } else if reading.endsInQuote {
            group = QuoteGroup(start: index, speaker: speaker, verbStance: verbStance, pending: speaker == nil ? [index] : [])
        } else if speaker == nil, quoteOnly {
            // A whole quotation with no cue: it continues the previous sentence's speaker.
            if index > 0, index - 1 < results.count, let previous = results[index - 1].speaker {
                attribution = speakers[previous].attribution
                speaker = previous
                basis = .quoteContinuation
            }
        }
        if reading.startsInQuote, group == nil, speaker == nil, quoteOnly, index > 0, let previous = results[index - 1].speaker {
            attribution = speakers[previous].attribution
            speaker = previous
            basis = .quoteContinuation
        }

        if speaker == nil, !reading.startsInQuote {
            mentionCandidates.append(MentionCandidate(lo: lo, hi: window, sentence: index))
        }

        // A pattern, not `== nil`: comparing an `Attribution?` copies it into a tuple.
        var stance = cueStance
        if case .some = attribution { stance = max(.reported, max(cueStance, verbStance)) }
        results.append(SentenceAttribution(
            sentence: index, attribution: attribution, stance: stance, effectiveStance: stance, basis: basis, speaker: speaker,
            speakerTokens: speakerTokens, cueTokens: cueTokens, stanceTokens: stanceTokens, quotedTokens: reading.quoted,
            challenge: nil, challengedBy: []
        ))

        if stance >= .doubted, let object = anaphoricObject(hits, lo, window) {
            pendingChallenges.append(PendingChallenge(sentence: index, stance: stance, object: object))
        }
    }

    /// The speaker a quotation with no cue continues: the speaker of the sentence before it.
    private func continuationSpeaker(_ open: QuoteGroup) -> Int? {
        guard open.speaker == nil, open.start > 0, open.start - 1 < results.count else { return nil }
        return results[open.start - 1].speaker
    }

    /// Closes a quotation whose sentences never named a speaker: the read ones continue the
    /// speaker of the sentence before the quotation.
    private mutating func closeGroup(_ open: QuoteGroup) {
        guard let previous = continuationSpeaker(open) else { return }
        for pending in open.pending where pending < results.count {
            assign(pending, speaker: previous, verbStance: .reported, basis: .quoteContinuation)
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
    }

    /// A person's name (two name words, or a role and a name) at the start of a sentence.
    private func subjectPerson(_ lo: Int, _ hi: Int) -> SpeakerPhrase? {
        var k = lo
        while k < hi, k - lo < 3, tokens[k].kind == .punctuation || reader.wordClass(k).contains(.determiner) { k += 1 }
        let start = k
        while k < hi, k - start < 10,
              reader.isNameToken(k, floor: start) || reader.isAbbreviationPeriod(k) || reader.wordClass(k).contains(.roleNoun)
        { k += 1 }
        guard k > start, k < hi, reader.isWord(k), !reader.isCapitalized(k) else { return nil }
        guard let phrase = reader.classify(start..<k), phrase.kind == .person, let name = phrase.name else { return nil }
        let nameWords = name.filter { tokens[$0].kind == .word }.count
        return nameWords >= 2 || phrase.role != nil ? phrase : nil
    }

    /// Sets `mentionedPerson` to the person named by the latest candidate sentence that names one,
    /// as if each sentence had been read when it was analyzed (``subjectPerson(_:_:)`` only reads tokens).
    private mutating func updateMentionedPerson() {
        for candidate in mentionCandidates.reversed() {
            if let person = subjectPerson(candidate.lo, candidate.hi) {
                mentionedPerson = (person, candidate.sentence)
                break
            }
        }
        mentionCandidates.removeAll(keepingCapacity: true)
    }

    private mutating func note(_ speaker: Int) {
        while lastSentence.count < speakers.count { lastSentence.append(-1) }
        if speaker < lastSentence.count { lastSentence[speaker] = currentSentence }
        // Each speaker is in `recent` once, newest last: the usual run of sentences by one
        // speaker changes nothing, and a recent speaker is found from the end.
        guard recent.last != speaker else { return }
        if let position = recent.lastIndex(of: speaker) { recent.remove(at: position) }
        recent.append(speaker)
        if recent.count > Self.recentSpeakers { recent.removeFirst() }
    }

    // MARK: Quotations

    private mutating func readQuotes(_ lo: Int, _ hi: Int) -> Reading {
        var reading = Reading()
        // The quotation state lives in locals for the loop and is stored back once.
        var open = quoteOpen
        var contentStart = open ? lo : quoteContentStart
        var quotedWords = false
        var unquotedWords = false
        reading.startsInQuote = open
        let tokens = buffer.tokens
        let bytes = buffer.bytes
        let cueFilter = lexicon.cueFilter
        cueStarts.empty()
        for k in lo..<hi {
            let token = tokens[k]
            guard token.kind == .punctuation else {
                if token.kind != .possessive {
                    if open { quotedWords = true } else { unquotedWords = true }
                    if token.kind == .word, cueFilter.mayContain(token.key) { cueStarts.append(k) }
                }
                continue
            }
            guard let mark = PhraseReader.quoteMark(of: token, in: bytes) else { continue }
            var opens: Bool
            switch mark {
            case .open: opens = true
            case .close: opens = false
            case .toggle:
                let spaceBefore = !token.flags.contains(.attachedToPrevious) || k == lo
                let attachedAfter = k + 1 < hi && tokens[k + 1].flags.contains(.attachedToPrevious)
                if spaceBefore && attachedAfter { opens = true }
                else if !spaceBefore && !attachedAfter { opens = false }
                else { opens = !open }
            }
            if opens {
                if open, contentStart < k { reading.quoted.append(contentStart..<k) }
                open = true
                contentStart = k + 1
            } else if open {
                if contentStart < k { reading.quoted.append(max(contentStart, lo)..<k) }
                open = false
            }
        }
        if open, contentStart < hi { reading.quoted.append(max(contentStart, lo)..<hi) }
        reading.hasQuotedWords = quotedWords
        reading.hasUnquotedWords = unquotedWords
        reading.endsInQuote = open
        quoteOpen = open
        quoteContentStart = contentStart
        return reading
    }

    // MARK: Cues

    /// The cues in `lo..<hi`; `quoted` holds the sentence's quoted spans (``Reading/quoted``).
    private mutating func scanCues(_ lo: Int, _ hi: Int, quoted: [Range<Int>]) {
        hits.empty()
        // Matches do not overlap: a start inside the previous match is skipped.
        var next = lo
        for k in cueStarts where k >= next {
            if k >= hi { break }
            guard lexicon.cueStarts.mayMatch(buffer, at: k, limit: hi),
                  let match = lexicon.cues.longestMatch(in: buffer, at: k, limit: hi), let first = match.values.first else { continue }
            let cue = match.values.first { if case .speech = $0 { return true } else { return false } } ?? first
            if accepts(cue, at: match.tokens, lo: lo) {
                hits.append(CueHit(tokens: match.tokens, cue: cue, quoted: quoted.contains { $0.contains(k) }))
            }
            next = match.tokens.upperBound
        }
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
                if cls.contains(.determiner) { return false }
                // "was told" is passive; "is saying" is progressive.
                if cls.contains(.be), verb.role == .finite { return false }
                // "a long-threatened operation": the verb is part of a compound adjective.
                if reader.isHyphen(previous) { return false }
                // "an official who briefed reporters": the relative clause describes the speaker.
                if cls.contains(.relativePronoun) { return false }
            }
            // "the Saudi state news agency": a verb spelling that starts an outlet's name is not a verb.
            if range.upperBound < tokens.count, reader.wordClass(range.upperBound).contains(.mediaHead),
               reader.outlet(at: k, limit: tokens.count) != nil
            {
                return false
            }
            if verb.claimObject {
                // "dismissed the claims", "questioned whether": a claim must follow.
                var claim = false
                var n = range.upperBound
                while n < tokens.count, n < range.upperBound + 5, !reader.isBoundary(n) {
                    let cls = reader.wordClass(n)
                    if cls.contains(.claimNoun) || cls.contains(.complementizer) || (n == range.upperBound && cls.contains(.objectPronoun)) {
                        claim = true
                        break
                    }
                    n += 1
                }
                if !claim { return false }
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
        case .neutral, .stance, .according, .medium, .quotedAsSaying:
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

    /// A sentence's speaker with its medium and the tokens that name them.
    struct FoundSpeaker {
        var phrase: SpeakerPhrase
        var via: String?
        var verbStance: Stance
        var cueTokens: [Range<Int>]
        var speakerTokens: [Range<Int>]
    }

    /// A speaker read from one cue; plain values only, so trying cues copies no references.
    struct Candidate {
        var phrase: SpeakerPhrase
        var verbStance: Stance
        /// The first token of the spans the speaker was read from (phrase, role, appositive).
        var start: Int
    }

    /// The sentence's speaker, named by its unquoted cues (the caller checks there is one): the
    /// frame cue (a cue after a comma or closing quote) wins over the leftmost one.
    private func findSpeaker(_ hits: [CueHit], _ lo: Int, _ hi: Int) -> FoundSpeaker? {
        var best: Candidate?
        var bestIsFrame = false
        // Sized once: each cue adds at most two spans (its own and an outlet's), the media rewrites two more.
        var cueTokens: [Range<Int>] = []
        cueTokens.reserveCapacity(2 * hits.count + 2)
        var media: String?
        var according: [(Range<Int>, SpeakerPhrase)] = []
        /// The last person (not a medium, not generic) a speech verb named.
        var lastPerson: Candidate?

        for hit in hits where !hit.quoted {
            switch hit.cue {
            case .speech(let verb):
                cueTokens.append(hit.tokens)
                let progressive = verb.role == .participle && hit.tokens.lowerBound - 1 >= lo && reader.wordClass(hit.tokens.lowerBound - 1).contains(.be)
                guard verb.role == .finite || progressive else { continue }
                // "X said … and denied that …": a coordinated verb shares the subject of the first.
                if var first = best, isCoordinated(hit.tokens, lo) {
                    first.verbStance = max(first.verbStance, verb.stance)
                    best = first
                    continue
                }
                guard var candidate = speakerOfVerb(hit.tokens, lo, hi, progressive: progressive) else { continue }
                candidate.verbStance = verb.stance
                if verb.takesAddressee, let outlet = reader.outlet(at: hit.tokens.upperBound, limit: hi) {
                    if media == nil { media = reader.outletText(outlet) }
                    cueTokens.append(outlet)
                }
                if candidate.phrase.kind != .media, !candidate.phrase.generic { lastPerson = candidate }
                // The rightmost frame cue wins ("…, but analysts doubted it, the paper said.").
                let frame = isFrame(candidate, hit.tokens, lo)
                if best == nil || frame {
                    best = candidate
                    bestIsFrame = frame
                }
            case .quotedAsSaying:
                cueTokens.append(hit.tokens)
                let end = skipBeforeVerb(hit.tokens.lowerBound - 1, lo) + 1
                let span = reader.phraseEnding(at: end, floor: lo)
                if best == nil, let phrase = reader.classify(span) {
                    best = Candidate(phrase: phrase, verbStance: .reported, start: span.lowerBound)
                }
                if media == nil, let outlet = reader.outlet(at: hit.tokens.upperBound, limit: hi) {
                    media = reader.outletText(outlet)
                    cueTokens.append(outlet)
                }
            case .according:
                cueTokens.append(hit.tokens)
                let span = reader.phraseStarting(at: hit.tokens.upperBound, limit: hi)
                if let phrase = reader.classify(span) { according.append((span, phrase)) }
            case .medium:
                cueTokens.append(hit.tokens)
                if let outlet = reader.outlet(at: hit.tokens.upperBound, limit: hi) {
                    if media == nil { media = reader.outletText(outlet) }
                    cueTokens.append(outlet)
                }
            case .stance, .neutral:
                break
            }
        }
        for (span, phrase) in according {
            if phrase.kind == .media, best != nil {
                if media == nil, let outlet = phrase.outlet { media = reader.outletText(outlet) }
                continue
            }
            if best == nil || !bestIsFrame {
                best = Candidate(phrase: phrase, verbStance: .reported, start: span.lowerBound)
                bestIsFrame = true
            }
        }
        guard var found = best else { return nil }
        var speakerTokens: [Range<Int>]
        // "Reuters reported, citing military sources": the cited phrase speaks through the outlet.
        if found.phrase.kind == .media {
            for hit in hits where !hit.quoted {
                guard case .speech(let verb) = hit.cue, verb.citesObject else { continue }
                let span = reader.phraseStarting(at: hit.tokens.upperBound, limit: hi)
                if let cited = reader.classify(span), cited.kind != .media {
                    let outlet = found.phrase.outlet ?? found.phrase.content
                    media = reader.outletText(outlet)
                    cueTokens.append(found.phrase.tokens)
                    found.phrase = cited
                }
                break
            }
        }
        // "A Peshmerga commander said …, Rudaw reported.": the outlet carries someone's words.
        if found.phrase.kind == .media, let person = lastPerson {
            let outlet = found.phrase.outlet ?? found.phrase.content
            media = reader.outletText(outlet)
            cueTokens.append(found.phrase.tokens)
            found.phrase = person.phrase
            found.verbStance = max(found.verbStance, person.verbStance)
        }
        // The speaker's own tokens: the phrase as read, and its role when written apart.
        if let role = found.phrase.role, !found.phrase.tokens.contains(role.lowerBound) {
            speakerTokens = [found.phrase.tokens, role]
        } else {
            speakerTokens = [found.phrase.tokens]
        }
        if found.phrase.kind == .media, media == nil {
            let outlet = found.phrase.outlet ?? found.phrase.content
            media = reader.outletText(outlet)
        }
        return FoundSpeaker(phrase: found.phrase, via: media, verbStance: found.verbStance, cueTokens: cueTokens, speakerTokens: speakerTokens)
    }

    /// Whether a verb is the second of two coordinated predicates ("said … and denied").
    private func isCoordinated(_ verb: Range<Int>, _ lo: Int) -> Bool {
        let p = skipBeforeVerb(verb.lowerBound - 1, lo)
        return p >= lo && reader.wordClass(p).contains(.coordinator)
    }

    /// A frame cue: its speaker follows a comma or quotation, as in "…, the source said."
    private func isFrame(_ found: Candidate, _ verb: Range<Int>, _ lo: Int) -> Bool {
        let before = min(found.start, verb.lowerBound) - 1
        guard before >= lo else { return false }
        return reader.isComma(before) || reader.quoteMark(before) != nil
    }

    /// Skips adverbs and auxiliaries left of a verb ("has also"; "is" before "saying").
    private func skipBeforeVerb(_ from: Int, _ lo: Int, progressive: Bool = false) -> Int {
        var p = from
        while p >= lo, tokens[p].kind == .word {
            let cls = reader.wordClass(p)
            if cls.contains(.be) ? !progressive : !cls.contains(.beforeVerb) { break }
            p -= 1
        }
        return p
    }

    /// The speaker of a finite speech verb: its subject before it ("X said", "X, head of Y,
    /// told"), else after it ("…,” said X").
    private func speakerOfVerb(_ verb: Range<Int>, _ lo: Int, _ hi: Int, progressive: Bool = false) -> Candidate? {
        let p = skipBeforeVerb(verb.lowerBound - 1, lo, progressive: progressive)
        if p >= lo {
            if reader.isComma(p) {
                // "Heytem Haşim Muhtaroğlu, head of the Iraqi Turkmen Front, told Sputnik";
                // "Ali Hassan, who commands the brigade, said".
                let appositive = reader.phraseEnding(at: p, floor: lo)
                let relative = !appositive.isEmpty && reader.wordClass(appositive.lowerBound).contains(.phraseBreak)
                    && !reader.isCapitalized(appositive.lowerBound)
                if !appositive.isEmpty, appositive.lowerBound - 1 >= lo, reader.isComma(appositive.lowerBound - 1),
                   relative || appositive.count <= 3 || reader.isRoleLike(appositive)
                {
                    let nameSpan = reader.phraseEnding(at: appositive.lowerBound - 1, floor: lo)
                    let first = reader.classify(nameSpan)
                    // "A spokesman for the Peshmerga, Halgurd Hikmat, said": the name follows its role.
                    if let role = first, role.kind == .roleOnly || role.kind == .unnamed && reader.isRoleLike(nameSpan),
                       var named = reader.classify(appositive), named.kind == .person
                    {
                        named.role = nameSpan
                        return Candidate(phrase: named, verbStance: .reported, start: min(nameSpan.lowerBound, appositive.lowerBound))
                    }
                    if var phrase = first, !phrase.generic, phrase.kind == .person || relative || appositive.count <= 3 {
                        if !relative, phrase.kind == .person, reader.isRoleLike(appositive) { phrase.role = appositive }
                        return Candidate(phrase: phrase, verbStance: .reported, start: min(nameSpan.lowerBound, appositive.lowerBound))
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
                            return Candidate(phrase: named, verbStance: .reported, start: min(nameSpan.lowerBound, span.lowerBound))
                        }
                    }
                    return Candidate(phrase: phrase, verbStance: .reported, start: span.lowerBound)
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
        guard var phrase = reader.classify(span), !phrase.generic else { return nil }
        var first = span.lowerBound
        if phrase.kind == .person, span.upperBound < hi, reader.isComma(span.upperBound) {
            let appositive = reader.phraseStarting(at: span.upperBound + 1, limit: hi)
            if !appositive.isEmpty, reader.isRoleLike(appositive) {
                phrase.role = appositive
                first = min(first, appositive.lowerBound)
            }
        }
        return Candidate(phrase: phrase, verbStance: .reported, start: first)
    }

    // MARK: Coreference

    /// Finds or creates the speaker a phrase names.
    private mutating func resolve(_ phrase: SpeakerPhrase) -> (id: Int, coreferent: Bool) {
        switch phrase.kind {
        case .personPronoun:
            updateMentionedPerson()
            let id = recent.last(where: { speakers[$0].personal })
            if let mention = mentionedPerson, mention.sentence > (id.map { lastSentence.indices.contains($0) ? lastSentence[$0] : -1 } ?? -1) {
                mentionedPerson = nil
                let resolved = resolve(mention.phrase)
                return (resolved.id, true)
            }
            if let id { return (id, true) }
        case .groupPronoun:
            if let id = recent.last(where: { !speakers[$0].personal }) ?? recent.last { return (id, true) }
        case .thingPronoun:
            if let id = recent.last(where: { !speakers[$0].personal }) { return (id, true) }
        case .person:
            if let name = phrase.name {
                let keys = nameKeys(name)
                if let last = keys.last, let id = recent.last(where: { speakers[$0].nameKeys.last == last && (keys.count == 1 || speakers[$0].nameKeys == keys) }) {
                    if speakers[id].attribution.role == nil, let role = phrase.role, let text = reader.roleText(role) {
                        speakers[id].attribution.role = text
                    }
                    return (id, keys.count == 1 && speakers[id].nameKeys.count > 1)
                }
            }
        case .unnamed, .roleOnly, .organization, .media:
            let head = tokens[phrase.head].key
            if phrase.definite || phrase.kind == .organization || phrase.kind == .media {
                if let id = recent.last(where: { speakers[$0].headKey == head && (phrase.definite || sameWords(speakers[$0].content, phrase.content)) })
                    ?? (phrase.definite ? recent.last(where: { speakers[$0].roleHeadKey == head }) : nil)
                {
                    return (id, phrase.definite)
                }
            }
        }
        var speaker = makeSpeaker(phrase)
        speaker.content = phrase.content
        speakers.append(speaker)
        return (speakers.count - 1, false)
    }

    private func nameKeys(_ range: Range<Int>) -> [LexiconKey] {
        var keys: [LexiconKey] = []
        keys.reserveCapacity(range.count)
        for k in range where tokens[k].kind == .word && tokens[k].flags.contains(.capitalized) { keys.append(tokens[k].key) }
        return keys
    }

    /// Whether the words of two token ranges have the same keys, in order (other tokens skipped).
    private func sameWords(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        var i = first.lowerBound
        var j = second.lowerBound
        while true {
            while i < first.upperBound, tokens[i].kind != .word { i += 1 }
            while j < second.upperBound, tokens[j].kind != .word { j += 1 }
            guard i < first.upperBound, j < second.upperBound else { return i >= first.upperBound && j >= second.upperBound }
            guard tokens[i].key == tokens[j].key else { return false }
            i += 1
            j += 1
        }
    }

    /// How many recent speakers coreference considers, and how far back a challenge looks.
    static let recentSpeakers = 64
    static let challengeReach = 80
    /// More asserted sentences than this between a challenge and the last speaker: the
    /// challenge targets the article's own nearest claim.
    static let assertedGap = 3


    private func makeSpeaker(_ phrase: SpeakerPhrase) -> Speaker {
        let head = tokens[phrase.head].key
        switch phrase.kind {
        case .person:
            let name = phrase.name ?? phrase.content
            // `if let`, not `flatMap(reader.roleText)`: a method reference copies what it is bound to.
            var role: String?
            var roleHead: LexiconKey?
            if let range = phrase.role {
                role = reader.roleText(range)
                roleHead = roleHeadKey(range)
            }
            return Speaker(attribution: Attribution(source: reader.text(name), role: role, kind: .namedOfficial), phraseKind: .person,
                           headKey: nil, roleHeadKey: roleHead, nameKeys: nameKeys(name), personal: true)
        case .unnamed, .roleOnly:
            let plural = lexicon.wordClass(head).contains(.unnamedHead) && buffer.bytes[Int(tokens[phrase.head].byteEnd) - 1] == UInt8(ascii: "s")
            return Speaker(attribution: Attribution(source: reader.descriptionText(phrase.tokens), kind: .unnamedSource), phraseKind: phrase.kind,
                           headKey: head, roleHeadKey: head, nameKeys: [], personal: !plural)
        case .organization:
            let properName = reader.isCapitalized(phrase.head)
            let text = properName ? reader.text(phrase.content) : reader.descriptionText(phrase.tokens)
            return Speaker(attribution: Attribution(source: text, kind: .organization), phraseKind: .organization,
                           headKey: head, roleHeadKey: nil, nameKeys: [], personal: false)
        case .media:
            let outlet = phrase.outlet ?? phrase.content
            let text = reader.outletText(outlet)
            return Speaker(attribution: Attribution(source: text, kind: .media, via: text), phraseKind: .media,
                           headKey: head, roleHeadKey: nil, nameKeys: [], personal: false)
        case .personPronoun, .groupPronoun, .thingPronoun:
            // A pronoun with no antecedent: someone the article does not name.
            return Speaker(attribution: Attribution(source: reader.descriptionText(phrase.tokens), kind: .unnamedSource), phraseKind: phrase.kind,
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
                    // "that this plan": the nearer determiner owns the noun.
                    if reader.wordClass(n).contains(.anaphor), !reader.wordClass(n).contains(.claimNoun) { break }
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
            let floor = max(0, index - Self.challengeReach)
            var assertedBefore = 0
            while k >= floor {
                if let speaker = results[k].speaker, speaker != challenger {
                    if target == nil { target = speaker }
                    if speaker == target { targets.append(k) } else { break }
                } else if target == nil, results[k].speaker == nil, sentences[k].kind == .prose {
                    // The article's own claims come between: they, not an older speaker, are meant.
                    assertedBefore += 1
                    if assertedBefore > Self.assertedGap { break }
                }
                k -= 1
            }
            if targets.isEmpty {
                var p = index - 1
                while p >= floor {
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

private extension Array {
    /// Removes every element and keeps the capacity, like `removeAll(keepingCapacity: true)`,
    /// which goes through `replaceSubrange` (about 80 instructions even for the one or two
    /// elements a sentence's buffers hold); popping them costs a few each.
    mutating func empty() {
        while popLast() != nil {}
    }
}
