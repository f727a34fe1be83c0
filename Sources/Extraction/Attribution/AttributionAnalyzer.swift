/// Finds who says each sentence of an article, through which medium, and how firmly.
///
/// ```swift
/// let buffer = TextBuffer(article.body)
/// let sentences = SentenceSplitter().split(buffer)
/// let analysis = AttributionAnalyzer().analyze(buffer, sentences: sentences, articleSource: article.source)
/// analysis.sentences[i].attribution      // nil: the article asserts sentence i
/// analysis.sentences[i].effectiveStance  // its stance, raised by later doubts and denials
/// ```
///
/// Rules (see `docs/ATTRIBUTION.md` for the full list):
/// - A speech cue outside quotation marks (said, told, added, noted, …, "according to",
///   "quoted as saying") names the speaker: the noun phrase before the verb ("X said",
///   "X, head of Y, told Z"), after it ("…,” said X"), or after "according to".
/// - Pronouns ("he", "they"), definite descriptions ("the source", "the ministry") and surnames
///   ("Muhtaroğlu said") resolve to the most recent matching speaker of the article.
/// - A quotation that spans sentences belongs to the speaker named where it opens or closes; a
///   quotation with no cue that directly follows a speaker's sentence continues that speaker.
/// - `via` is the news outlet the statement was made to or through ("told RIA Novosti", "in an
///   interview with Al Jazeera", "cited by Interfax", "according to Reuters"); a media source is
///   its own medium; a sentence that reaches its speaker by coreference inherits the speaker's
///   last named medium; otherwise `via` is nil.
/// - Stance: asserted without attribution, reported with one, then raised by hedges, doubts and
///   denials in the sentence. Negating the operation itself ("will not launch") is the operation's
///   status, not a denial.
/// - A doubt or denial whose object is anaphoric ("this plan", "the reports") is a
///   ``ClaimChallenge`` of earlier sentences.
///
/// The analysis is linear in the number of tokens: every scan is bounded by a sentence (at most
/// the splitter's cap) or a constant window, and nothing traps on any input.
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
