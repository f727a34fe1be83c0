/// Finds operation mentions in one sentence: triggers, their sense, kind, status, locations,
/// actors and quantities (DESIGN §4).
///
/// Rules, in order (see `docs/DETECTION.md`):
/// 1. **Triggers** come from ``OperationLexicon/triggers`` (nouns, verbs with their inflections,
///    multi-word phrases). A sentence without a trigger costs one hash probe per token.
/// 2. **Sense.** A trigger is dropped when a trap modifier governs it ("election campaign",
///    "sexual assault", "charm offensive", "police raid"), when it modifies a non-military noun
///    ("offensive remarks", "assault rifle"), when its object is not a place ("seize the
///    opportunity", "withdraw from the race"), or when its guard is not met: verbs of taking
///    need a place object, movements need forces, generic heads ("operation", "campaign",
///    "battle") need a military modifier, a place, a liberation complement, or — as an
///    anaphor ("the operation") — an actor or military word in the sentence.
/// 3. **Kind.** The trigger's kind; a generic head takes the kind of its complement ("operation
///    to free Mosul" → liberation), a specific noun keeps its own ("offensive to retake Hawija"
///    → offensive); "leave X … travel to Y" in one clause is one redeployment.
/// 4. **Status** from the nearest cue: cancelled and imminent cues win inside the window; then a
///    modal or plan verb right before the trigger; then the trigger's own tense; then the
///    nearest cue; then the sentence's future marker; else ongoing.
/// 5. **Background.** A trigger governed by a frame preposition ("after a … siege", "before the
///    upcoming battle", "during the offensive") or dated to an earlier year ("the 2003 invasion")
///    is background.
public struct OperationDetector: Sendable {
    /// What the detector needs to know about a sentence.
    public struct Context {
        public var buffer: TextBuffer
        /// The sentence's token range.
        public var range: Range<Int>
        public var sentenceIndex: Int
        public var isFragment: Bool
        /// The article's places near the sentence, in text order (for "the city" and pre-trigger
        /// places): a slice of the article's list, so building a context copies nothing.
        public var places: ArraySlice<PlaceMention>
        /// The article's actors near the sentence, in text order.
        public var actors: ArraySlice<ActorMention>
        /// Tokens of the attribution frame ("an unnamed source … told RIA Novosti").
        public var isFrame: (Int) -> Bool
        /// The reference time's calendar year (for background "the 2003 invasion").
        public var referenceYear: Int

        public init(
            buffer: TextBuffer, range: Range<Int>, sentenceIndex: Int, isFragment: Bool, places: ArraySlice<PlaceMention>,
            actors: ArraySlice<ActorMention>, isFrame: @escaping (Int) -> Bool = { _ in false }, referenceYear: Int
        ) {
            self.buffer = buffer
            self.range = range
            self.sentenceIndex = sentenceIndex
            self.isFragment = isFragment
            self.places = places
            self.actors = actors
            self.isFrame = isFrame
            self.referenceYear = referenceYear
        }
    }

    /// The largest token window scanned around a trigger.
    static let window = 14
    /// How far back (in tokens) "the city" looks for the place it stands for.
    static let anaphorLookback = 300

    public init() {}

    /// Whether any token of `range` may start a trigger: the cheap rejection test.
    public func hasTrigger(in buffer: TextBuffer, range: Range<Int>) -> Bool {
        let first = OperationLexicon.triggerFirstKeys
        let upper = min(range.upperBound, buffer.tokens.count)
        var index = max(0, range.lowerBound)
        while index < upper {
            if buffer.tokens[index].kind == .word, first.contains(buffer.tokens[index].key) { return true }
            index += 1
        }
        return false
    }

    /// Whether some trigger of `range` survives the sense checks that read only words ("election
    /// campaign", "offensive remarks" do not). When none does, ``mentions(in:)`` finds nothing in
    /// that sentence whatever its places, actors and attribution: the extractor's cheap screen
    /// before it looks those up.
    public func mayMention(in buffer: TextBuffer, range: Range<Int>) -> Bool {
        let context = Context(buffer: buffer, range: range, sentenceIndex: 0, isFragment: false, places: [], actors: [], referenceYear: 0)
        return DetectorRun(context: context).hasWordCandidate()
    }

    /// The operation mentions of one sentence, in text order.
    public func mentions(in context: consuming Context) -> [OperationMention] {
        var run = DetectorRun(context: context)
        return run.run()
    }

    /// Convenience for tests: the mentions of a single sentence of plain text.
    public func mentions(inSentence text: String, referenceYear: Int = 2016) -> [OperationMention] {
        let buffer = TextBuffer(text)
        let places = Gazetteer.standard.places(in: buffer, range: 0..<buffer.tokens.count)
        let actors = ActorLexicon.standard.actors(in: buffer, range: 0..<buffer.tokens.count, places: places)
        let context = Context(buffer: buffer, range: 0..<buffer.tokens.count, sentenceIndex: 0, isFragment: false,
                              places: places[...], actors: actors[...], referenceYear: referenceYear)
        return mentions(in: context)
    }
}
