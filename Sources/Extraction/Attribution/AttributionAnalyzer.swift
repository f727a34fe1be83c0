/// Finds who says each sentence of an article, through which medium, and how firmly.
///
/// ```swift
/// let buffer = TextBuffer(article.body)
/// let sentences = SentenceSplitter().split(buffer)
/// let analysis = AttributionAnalyzer().analyze(buffer, sentences: sentences, articleSource: article.source)
/// analysis.sentences[i].attribution       // nil: the article asserts sentence i
/// analysis.sentences[i].effectiveStance   // the stance an alert on sentence i reports
/// analysis.sentences[i].isFrameToken(t)   // token t names the speaker or the cue: not content
/// analysis.challenges                     // later doubts and denials, with their targets
/// ```
///
/// ## Speakers
/// - A speech cue outside quotation marks names the speaker: a speech verb in any tense or
///   position (said, says, told, added, noted, detailed, explained, suggested, claimed, stated,
///   announced, reported, warned, confirmed, insisted, denied, doubted, …; "is saying";
///   not passives such as "was told"), "according to X", "X (was) quoted as saying",
///   "X was quoted by Y as saying". The speaker is the noun phrase before the verb ("X said",
///   "X, head of Y, told Z", "A spokesman for Y, X, said", "X, who …, said"), after it only when
///   the verb follows a quotation or comma and the phrase names a speaker ("…,” said X"), or
///   after "according to". When several cues compete, the rightmost *frame* cue (one whose
///   speaker follows a comma or quotation: "…, the source said.") wins over the leftmost cue.
/// - Kinds: a person's name, with or without a title → `named-official` (role from the title
///   before the name or an appositive: "Political analyst Alexander Perendzhiev" → role
///   "political analyst"); a phrase headed by source/official/diplomat/… or a role without a name
///   ("a ministry spokesman", "a military official who asked not to be named") →
///   `unnamed-source`; a known outlet or media phrase ("RIA Novosti", "state TV", "the paper") →
///   `media`; an organization head, a capital or a country ("the ministry", "the Pentagon",
///   "the Iraqi Turkmen Front", "the UN", "Moscow", "Turkey") → `organization`. `author` is
///   never produced here: no speaker means `attribution == nil`.
/// - A document speaks for its author: "according to a statement from the Joint Operations
///   Command" → the Joint Operations Command; an author without a name is a body ("a statement
///   from the military's media wing" → organization); a document passed on by an outlet ("a
///   statement carried by the state news agency TASS") is that medium.
/// - Not cues: a speech verb in a relative clause ("an official who briefed reporters"), in a
///   hyphenated adjective ("a long-threatened operation") or starting an outlet's name ("the Saudi
///   state news agency"). A second, coordinated verb ("said … and denied that …") shares the
///   first verb's speaker and adds its stance.
/// - Descriptions are kept whole ("an unnamed source in military and diplomatic circles in
///   Moscow"), cut before "cited by …"/"as saying"; a sentence-initial determiner is lowercased.
/// - Coreference: "he"/"she" → the most recent personal speaker, or a person named as the
///   subject of a more recent sentence ("Iraqi Prime Minister Haider al-Abadi arrived …. He
///   said …"); "they" → the most recent organization or plural source, else the most recent
///   speaker; "it" → the most recent organization or outlet; "the source", "the ministry", "the
///   analyst" → the most recent speaker with that head or role word; a surname → the speaker with
///   that last name (full name and role carried over). A pronoun with no antecedent is an
///   `unnamed-source` with the pronoun as its description.
///
/// ## Quotations
/// - Quotation marks `“ ” « » „ "` are tracked across sentences. A quotation opened in one
///   sentence and closed in a later one belongs to the speaker named where it opens or closes
///   (all its sentences, retroactively), with that cue's stance ("…,” the commander suggested").
/// - A quotation with no cue of its own that directly follows a sentence by a known speaker
///   continues that speaker (`basis == .quoteContinuation`).
/// - An open quotation closes at a paragraph break unless the new paragraph starts with an
///   opening mark (the multi-paragraph convention), and after 40 sentences at most.
///
/// ## Medium (`via`)
/// `via` is the news outlet the statement was made to or through: "told RIA Novosti", "in an
/// interview with Al Jazeera", "speaking to Sputnik", "cited by Interfax", "quoted by TASS",
/// "X said, according to Reuters", "Reuters reported, citing military sources" (speaker: the
/// sources). An outlet is a known name, the article's own `source`, or a capitalized phrase
/// ending in a media word ("Rudaw TV"); "told reporters" or "in a statement" name no outlet. A
/// media speaker is its own medium ("RIA Novosti reported" → via "RIA Novosti"), unless the
/// sentence also names whose words the outlet carries ("A Peshmerga commander said …, Rudaw
/// reported" → the commander, via "Rudaw"). A sentence that
/// reaches a known speaker by coreference or quotation inherits the medium last named for that
/// speaker (the rest of an interview is told to the same outlet). Otherwise `via` is nil: no
/// medium is guessed, not even the article's source.
///
/// ## Stance
/// Asserted without attribution, reported with one, then raised (never lowered) by the cues of
/// the sentence, quoted words included, with precedence denied > doubted > hedged > reported >
/// asserted:
/// - hedged: ostensibly, reportedly, allegedly, apparently, may, might, could, possibly,
///   probably, likely, "is believed/said/thought/reported to", "it is unclear", and the verbs
///   suggested, claimed, alleged, speculated. "would" is not a hedge: it is the backshifted "will"
///   of reported speech and the conditional ("it would make the operation easier"); "May" (the
///   month) is not "may".
/// - denied: denied, rejected, refuted, ruled out, "there is/are no", "no plans to", "no such
///   plan", baseless, untrue. Negating the operation itself ("Iraqi forces will not launch the
///   offensive") is the operation's status (cancelled/planned), decided by the operation detector,
///   not a denial; "there is no doubt" is neutral.
/// - doubted: doubted, "cast doubt", skeptical, unlikely, doubtful; dismissed, questioned,
///   disputed and challenged only with a claim for object ("dismissed the claims", "questioned
///   whether …"; not "dismissed the commander", "questioned the suspects").
///
/// ## Challenges
/// A doubt or denial whose object is anaphoric — "this plan", "the reports", "these claims",
/// "such allegations", "denied it", or such a phrase as the sentence's subject ("These claims are
/// baseless") — is a ``ClaimChallenge``. "the" + claim noun followed by "to/that/of/about" carries
/// its own content ("denied the plan to storm Mosul", "rejected reports that …") and is not a
/// challenge; the sentence is just denied. Targets: walking back from the challenge (at most 80
/// sentences), the first sentence attributed to a speaker other than the challenger fixes the
/// target speaker; the targets are all that speaker's sentences back to the nearest sentence by a
/// third speaker (unattributed sentences in between are skipped). With no earlier speaker, or
/// more than three asserted sentences before the nearest one, the target is the nearest earlier
/// prose sentence the article asserts. Each target's `effectiveStance` is raised to the
/// challenge's stance and lists the challenge in `challengedBy`.
///
/// ## Cost
/// Linear in the number of tokens: every scan is bounded by a sentence (clause analysis reads at
/// most 400 tokens of it) or a constant window, coreference looks at the 64 most recent speakers,
/// and nothing traps on any input (sentence ranges outside the buffer are clamped).
public struct AttributionAnalyzer: Sendable {
    /// Longest noun phrase read as a speaker, in tokens.
    static let phraseWindow = 16
    /// Longest window scanned for a challenge's object, in tokens.
    static let objectWindow = 6
    /// Clause analysis reads at most this many tokens of a sentence.
    static let sentenceWindow = 400

    public init() {}

    /// Analyzes every sentence of an article.
    ///
    /// - Parameters:
    ///   - buffer: The article body's tokens.
    ///   - sentences: The body's sentences, in order (``SentenceSplitter``).
    ///   - articleSource: The article's `source` field ("Sputnik"); an addressee with this name is
    ///     a medium even when the outlet lexicon does not know it.
    /// - Returns: One ``SentenceAttribution`` per sentence, in order, and the challenges.
    public func analyze(_ buffer: TextBuffer, sentences: [Sentence], articleSource: String? = nil) -> AttributionAnalysis {
        var run = AttributionRun(buffer: buffer, sentences: sentences, articleSource: articleSource)
        return run.run()
    }

    /// Convenience: splits `text` into sentences and analyzes it.
    public func analyze(text: String, articleSource: String? = nil) -> AttributionAnalysis {
        let buffer = TextBuffer(text)
        return analyze(buffer, sentences: SentenceSplitter().split(buffer), articleSource: articleSource)
    }
}
