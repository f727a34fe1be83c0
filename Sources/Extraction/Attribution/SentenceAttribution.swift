/// Who stands behind one sentence, and how firmly (the output of ``AttributionAnalyzer``).
///
/// `attribution` is nil when the article itself asserts the sentence. `stance` is the sentence's
/// own stance; `effectiveStance` also folds in later sentences that doubt or deny it
/// (``ClaimChallenge``), which is what an alert built on this sentence should report.
public struct SentenceAttribution: Sendable, Hashable {
    /// How the attribution was found.
    public enum Basis: String, Sendable, Hashable {
        /// No one is named: the article asserts it.
        case none
        /// A speech cue in the sentence names the speaker ("X told Sputnik", "according to X").
        case cue
        /// A speech cue names the speaker by pronoun, definite description or surname
        /// ("he said", "the source noted", "Muhtaroğlu said"), resolved to an earlier speaker.
        case coreference
        /// The sentence lies inside a quotation whose speaker is named elsewhere (a quote that
        /// opens in one sentence and closes, with its speaker, in a later one).
        case quotation
        /// A quotation with no speech cue of its own that directly follows a sentence by a known
        /// speaker continues that speaker's words.
        case quoteContinuation
    }

    /// Index of the sentence in the `sentences` passed to ``AttributionAnalyzer/analyze(_:sentences:articleSource:)``.
    public var sentence: Int
    /// Who says it; nil when the article asserts it.
    public var attribution: Attribution?
    /// The sentence's own stance: asserted without attribution, reported with one, raised by
    /// hedges, doubts and denials in the sentence (precedence denied > doubted > hedged > reported > asserted).
    public var stance: Stance
    /// `stance` raised by the challenges that target this sentence.
    public var effectiveStance: Stance
    public var basis: Basis
    /// A document-level speaker number: equal for sentences by the same speaker; nil for none.
    public var speaker: Int?
    /// Tokens that describe the speaker in this sentence (name, role appositive, pronoun).
    public var speakerTokens: [Range<Int>]
    /// Speech verbs, "according to", medium markers and their outlet ("told RIA Novosti").
    public var cueTokens: [Range<Int>]
    /// Tokens of words that set the stance ("ostensibly", "doubted", "there is no").
    public var stanceTokens: [Range<Int>]
    /// The quoted content of the sentence (quotation marks excluded).
    public var quotedTokens: [Range<Int>]
    /// Set when this sentence doubts or denies earlier claims.
    public var challenge: ClaimChallenge?
    /// Indices (into ``AttributionAnalysis/challenges``) of the challenges that target this sentence.
    public var challengedBy: [Int]

    /// The attribution a schedule claim carries (it is never null there, DESIGN §4): this
    /// sentence's attribution, or kind `author` with the article's `source` ("Sputnik") as the
    /// source when the article asserts it ("the article" when the source is unknown).
    public func attributionOrAuthor(articleSource: String?) -> Attribution {
        attribution ?? Attribution(source: articleSource ?? "the article", kind: .author)
    }

    /// Whether `token` belongs to the attribution frame (speaker or cue tokens), which other
    /// analyses should not read as content ("in Moscow" in the source's description, the outlet).
    public func isFrameToken(_ token: Int) -> Bool {
        speakerTokens.contains { $0.contains(token) } || cueTokens.contains { $0.contains(token) }
    }
}

/// A sentence in which someone doubts or denies claims made earlier in the article
/// ("Political analyst Alexander Perendzhiev doubted that this plan will work.",
/// "The ministry denied the reports.").
///
/// Targeting rule: the challenge's object is anaphoric ("this plan", "the reports", "these
/// claims", "such allegations", "denied it"). Walking back from the challenge, the first
/// sentence attributed to a speaker other than the challenger names the target speaker; the
/// targets are that speaker's sentences back to the nearest sentence by a third speaker
/// (sentences the article asserts in between are skipped, not targeted). When no earlier
/// sentence is attributed to anyone but the challenger, or more than three sentences the article
/// asserts come before the nearest such sentence, the target is the nearest earlier prose
/// sentence the article asserts. The walk reaches back at most 80 sentences.
public struct ClaimChallenge: Sendable, Hashable {
    /// The challenging sentence.
    public var sentence: Int
    /// Who challenges; nil when the article itself does ("It is unlikely that this plan will work.").
    public var attribution: Attribution?
    /// `.doubted` or `.denied`.
    public var stance: Stance
    /// The sentences challenged, ascending.
    public var targets: [Int]
    /// The anaphoric object ("this plan").
    public var object: Range<Int>
}

/// The attribution of a whole article: one ``SentenceAttribution`` per sentence, the challenges,
/// and the speakers found.
public struct AttributionAnalysis: Sendable, Hashable {
    public var sentences: [SentenceAttribution]
    public var challenges: [ClaimChallenge]
    /// Every speaker, indexed by ``SentenceAttribution/speaker``, with the last medium named for it.
    public var speakers: [Attribution]

    public init(sentences: [SentenceAttribution], challenges: [ClaimChallenge], speakers: [Attribution]) {
        self.sentences = sentences
        self.challenges = challenges
        self.speakers = speakers
    }
}
