/// The data behind ``AttributionAnalyzer``: speech verbs, stance cues, medium markers, media
/// outlets and the word classes used to read a speaker's noun phrase.
///
/// Everything here is a table; the engine holds no special cases for particular words. Tables are
/// compiled once into ``PhraseLexicon``s and key sets (`AttributionLexicon.standard`). A class,
/// so that a run and its phrase reader hold one reference to it instead of copies of its tables.
final class AttributionLexicon: Sendable {
    static let standard = AttributionLexicon()

    /// Speech verbs, "according to", medium markers and stance cues, matched leftmost-longest.
    let cues: PhraseLexicon<AttributionCue>
    /// A cheap first-token prefilter for ``cues``.
    let cueFilter: KeyFilter
    /// The first two keys of the cue phrases, asked before a probe: most words that start a cue
    /// ("in", "is", "it") start it only with a particular next word.
    let cueStarts: PhraseStarts
    /// Named news outlets ("RIA Novosti", "Al Jazeera", "state TV").
    let media: PhraseLexicon<Bool>
    /// Word classes by folded key.
    let words: KeyTable

    init() {
        var cues = PhraseLexicon<AttributionCue>()
        for entry in Self.speechVerbs {
            for form in entry.finite {
                cues.insert(form, value: .speech(SpeechVerb(stance: entry.stance, role: .finite, takesAddressee: entry.addressee, ambiguous: false, citesObject: entry.citesObject, claimObject: entry.claimObject)))
            }
            for form in entry.nounLike {
                cues.insert(form, value: .speech(SpeechVerb(stance: entry.stance, role: .finite, takesAddressee: entry.addressee, ambiguous: true, citesObject: entry.citesObject, claimObject: entry.claimObject)))
            }
            for form in entry.participles {
                cues.insert(form, value: .speech(SpeechVerb(stance: entry.stance, role: .participle, takesAddressee: entry.addressee, ambiguous: false, citesObject: entry.citesObject, claimObject: entry.claimObject)))
            }
        }
        for phrase in Self.accordingTo { cues.insert(phrase, value: .according) }
        for phrase in Self.quotedAsSaying { cues.insert(phrase, value: .quotedAsSaying) }
        for phrase in Self.mediumMarkers { cues.insert(phrase, value: .medium) }
        for (stance, phrases) in Self.stanceCues {
            for phrase in phrases { cues.insert(phrase, value: .stance(stance)) }
        }
        for phrase in Self.neutralPhrases { cues.insert(phrase, value: .neutral) }
        self.cues = cues
        var filter = KeyFilter()
        let allPhrases = Self.speechVerbs.flatMap { $0.finite + $0.nounLike + $0.participles }
            + Self.accordingTo + Self.quotedAsSaying + Self.mediumMarkers
            + Self.stanceCues.flatMap(\.1) + Self.neutralPhrases
        let phraseKeys = allPhrases.map { TextBuffer($0).tokens.map(\.key) }
        for keys in phraseKeys {
            if let first = keys.first { filter.insert(first) }
        }
        self.cueFilter = filter
        self.cueStarts = PhraseStarts(phraseKeys)

        var media = PhraseLexicon<Bool>()
        for outlet in Self.mediaOutlets { media.insert(outlet, value: true) }
        self.media = media

        var words: [LexiconKey: WordClass] = [:]
        for (wordClass, list) in Self.wordClasses {
            for word in list { words[LexiconKey(folding: word), default: []].insert(wordClass) }
        }
        self.words = KeyTable(words)
    }

    @inline(__always)
    func wordClass(_ key: LexiconKey) -> WordClass {
        words.classes(of: key)
    }

    // MARK: Speech verbs

    struct VerbEntry {
        var stance: Stance
        /// Finite forms that are never nouns ("said", "told").
        var finite: [String]
        /// Finite forms that are also nouns ("reports", "claims"): need a subject right before them.
        var nounLike: [String] = []
        /// Participles that continue a clause ("adding", "saying").
        var participles: [String] = []
        /// Whether the verb's object is the addressee ("told Sputnik").
        var addressee = false
        /// The object is the speaker when the subject is a medium ("Interfax quoted the ministry").
        var citesObject = false
        /// A doubt only about a claim: "dismissed the claims", not "dismissed the commander".
        var claimObject = false
    }

    /// Verbs that introduce what someone says, with the stance they give it. "suggested",
    /// "claimed", "alleged" and "speculated" put distance between the article and the claim
    /// (hedged); denial and doubt verbs are challenges when their object is anaphoric.
    static let speechVerbs: [VerbEntry] = [
        VerbEntry(stance: .reported, finite: ["said", "say", "says"], participles: ["saying"]),
        VerbEntry(stance: .reported, finite: ["told", "tell", "tells"], participles: ["telling"], addressee: true),
        VerbEntry(stance: .reported, finite: ["added", "add", "adds"], participles: ["adding"]),
        VerbEntry(stance: .reported, finite: ["noted"], nounLike: ["note", "notes"], participles: ["noting"]),
        VerbEntry(stance: .reported, finite: ["detailed"], nounLike: ["details"], participles: ["detailing"]),
        VerbEntry(stance: .reported, finite: ["explained", "explain", "explains"], participles: ["explaining"]),
        VerbEntry(stance: .reported, finite: ["stated"], nounLike: ["states", "state"], participles: ["stating"]),
        VerbEntry(stance: .reported, finite: ["announced", "announce", "announces"], participles: ["announcing"]),
        VerbEntry(stance: .reported, finite: ["reported"], nounLike: ["report", "reports"], participles: ["reporting"]),
        VerbEntry(stance: .reported, finite: ["warned", "warn", "warns"], participles: ["warning"]),
        VerbEntry(stance: .reported, finite: ["confirmed", "confirm", "confirms"], participles: ["confirming"]),
        VerbEntry(stance: .reported, finite: ["insisted", "insist", "insists"], participles: ["insisting"]),
        VerbEntry(stance: .reported, finite: ["stressed", "stresses", "emphasized", "emphasised", "emphasizes", "emphasises",
                                              "underlined", "underscored"], participles: ["stressing", "emphasizing", "emphasising"]),
        VerbEntry(stance: .reported, finite: ["asserted", "asserts", "affirmed", "declared", "declares", "revealed", "reveals",
                                              "disclosed", "indicated", "pointed out", "remarked", "commented", "wrote", "writes",
                                              "tweeted", "replied", "responded", "argued", "argues", "predicted",
                                              "acknowledged", "admitted", "recalled", "specified", "clarified", "informed",
                                              "briefed", "estimated", "promised", "vowed", "threatened"],
                  participles: ["arguing", "pointing out", "acknowledging", "explaining", "recalling"]),
        VerbEntry(stance: .reported, finite: ["quoted", "cited", "quotes", "cites"], participles: ["quoting", "citing"], citesObject: true),
        VerbEntry(stance: .hedged, finite: ["suggested", "suggest", "suggests"], participles: ["suggesting"]),
        VerbEntry(stance: .hedged, finite: ["claimed"], nounLike: ["claim", "claims"], participles: ["claiming"]),
        VerbEntry(stance: .hedged, finite: ["alleged", "alleges", "allege", "speculated", "speculates", "hinted", "hints",
                                            "implied", "implies", "surmised", "guessed"], participles: ["alleging", "speculating"]),
        VerbEntry(stance: .denied, finite: ["denied", "denies", "deny", "rejected", "rejects", "refuted", "refutes",
                                            "rebutted", "rebuts", "contradicted", "dismissed as false", "ruled out", "rules out"],
                  participles: ["denying", "rejecting", "refuting"]),
        VerbEntry(stance: .doubted, finite: ["dismissed", "dismisses", "questioned", "questions", "disputed", "challenged"],
                  nounLike: ["disputes"], participles: ["dismissing", "questioning", "disputing"], claimObject: true),
        VerbEntry(stance: .doubted, finite: ["doubted",
                                             "played down", "downplayed", "scoffed at", "was skeptical", "was sceptical",
                                             "were skeptical", "were sceptical", "is skeptical", "is sceptical",
                                             "are skeptical", "are sceptical", "cast doubt", "casts doubt", "expressed doubt",
                                             "expressed doubts", "voiced doubt", "voiced doubts"],
                  nounLike: ["doubts", "doubt"],
                  participles: ["doubting", "casting doubt"]),
    ]

    /// "According to X": X is the speaker (or, when another speaker is named, the medium).
    static let accordingTo = ["according to", "as cited by", "as quoted by", "as reported by"]
    /// "X was quoted as saying", "X was quoted by TASS as saying": the speaker is the subject; a
    /// medium follows "by".
    static let quotedAsSaying = [
        "quoted as saying", "was quoted as saying", "is quoted as saying", "was cited as saying", "were quoted as saying",
        "has been quoted as saying", "was quoted by", "is quoted by", "were quoted by", "was cited by", "is cited by",
        "were cited by", "has been quoted by",
    ]
    /// Phrases whose object is the medium a statement was made through.
    static let mediumMarkers = [
        "in an interview with", "in an interview to", "in an interview on", "in an interview for", "interview with",
        "in comments to", "in remarks to", "in a statement to", "in a statement carried by", "in a statement published by",
        "in a statement on", "speaking to", "speaking with", "talking to", "cited by", "quoted by",
        "carried by", "published by", "broadcast by", "aired by", "speaking on", "writing in", "wrote in",
        "in an op-ed in", "in an article for", "in an article in", "in a post on", "in a statement", "in remarks on",
        "in an interview broadcast by", "in an interview published by", "in an interview aired by",
    ]

    /// Stance cues that are not speech verbs. Longest match wins, so "there is no doubt" is
    /// neutral while "there is no" denies. Negating an operation ("will not launch") is not here:
    /// that is the operation's status, decided by the operation detector.
    static let stanceCues: [(Stance, [String])] = [
        (.hedged, [
            "ostensibly", "reportedly", "allegedly", "apparently", "purportedly", "supposedly", "seemingly",
            "presumably", "possibly", "probably", "perhaps", "maybe", "likely", "most likely", "may", "might",
            "could", "conceivably", "rumored", "rumoured", "unconfirmed", "unverified",
            "is believed to", "are believed to", "was believed to", "were believed to", "is thought to",
            "are thought to", "was thought to", "were thought to", "is said to", "are said to", "was said to",
            "were said to", "is reported to", "are reported to", "was reported to", "were reported to",
            "is alleged to", "are alleged to", "was alleged to", "is rumored to", "is rumoured to",
            "appears to", "appear to", "appeared to", "seems to", "seem to", "seemed to",
            "it is claimed", "it was claimed", "it was reported", "it is reported", "it is believed", "it is understood",
            "it is not clear", "it is unclear", "it remains unclear", "it was not clear", "it was unclear",
            "according to unconfirmed reports", "there are reports", "there were reports",
        ]),
        (.doubted, [
            "unlikely", "it is unlikely", "it is doubtful", "doubtful", "skeptical", "sceptical", "dubious",
            "raises doubts", "raised doubts", "questionable", "implausible",
            "far-fetched", "hard to believe", "unconvinced", "not convinced",
        ]),
        (.denied, [
            "there is no", "there are no", "there was no", "there were no", "no plans to", "no plans for",
            "has no plans", "have no plans", "had no plans", "no such plan", "no such plans", "not true",
            "untrue", "baseless", "groundless", "unfounded", "fabricated", "fabrication", "fake news",
            "false reports", "denial", "denials", "no truth",
        ]),
    ]

    /// Phrases that must not be read as the stance cues they contain.
    static let neutralPhrases = [
        "there is no doubt", "there was no doubt", "no doubt", "without doubt", "beyond doubt", "there is little doubt",
        "could not be reached", "could not be independently verified", "could not immediately be reached",
        "there is no question", "no question", "would",
    ]

    // MARK: Media

    /// Named news outlets. An addressee or "according to" object matching one is a medium.
    static let mediaOutlets = [
        "RIA Novosti", "RIA", "Sputnik", "Sputnik News", "Reuters", "AP", "Associated Press", "the Associated Press",
        "AFP", "Agence France-Presse", "Agence France Presse", "Al Jazeera", "Al-Jazeera", "Aljazeera", "Al Arabiya",
        "Al-Arabiya", "TASS", "ITAR-TASS", "Interfax", "BBC", "CNN", "Fox News", "NBC", "NBC News", "CBS", "CBS News",
        "ABC", "ABC News", "Bloomberg", "New York Times", "The New York Times", "Washington Post", "The Washington Post",
        "Wall Street Journal", "The Wall Street Journal", "Guardian", "The Guardian", "Financial Times",
        "The Financial Times", "Anadolu", "Anadolu Agency", "IRNA", "Fars", "Fars News", "Tasnim", "SANA", "Rudaw",
        "Kurdistan 24", "Alsumaria", "Al Sumaria", "Al Mayadeen", "Al-Mayadeen", "RT", "Russia Today", "Xinhua",
        "Kommersant", "Izvestia", "Rossiya 24", "Channel One", "Hurriyet", "Daily Sabah", "Asharq Al-Awsat",
        "Al-Hayat", "Al Hayat", "Der Spiegel", "Spiegel", "Le Monde", "NHK", "Kyodo", "Yonhap", "DPA", "EFE", "ANSA",
        "Sky News", "Euronews", "Voice of America", "VOA", "Radio Free Europe", "RFE/RL", "Politico", "Axios",
        "The Times", "The Telegraph", "The Independent", "Haaretz", "Times of Israel", "The Times of Israel",
        "Al-Monitor", "Al Monitor", "Shafaq News", "Iraqi News Agency", "INA", "Mehr", "ISNA", "Press TV",
        "Al-Manar", "Al Manar", "Ukrinform", "UNIAN", "RBC", "Vedomosti", "NTV", "Zvezda", "Al-Sumaria",
        "Xinhua News Agency", "Kurdistan24", "Arab News", "The National", "Middle East Eye", "Al Quds Al Arabi",
        "state TV", "state television", "state media", "state news agency", "state-run media", "state-run television",
        "state-run TV", "local media", "local TV", "local television", "Iraqi state TV", "Syrian state TV",
        "Syrian state media", "Iranian state media", "Iranian state TV", "Russian state TV", "Russian media",
        "Iraqi media", "Turkish media", "Iranian media", "Syrian media", "Kurdish media", "Western media",
        "media reports", "press reports", "news reports",
    ]

    // MARK: Word classes

    static let wordClasses: [(WordClass, [String])] = [
        (.personPronoun, ["he", "she", "him", "her"]),
        (.groupPronoun, ["they", "them"]),
        (.thingPronoun, ["it"]),
        (.determiner, ["the", "a", "an", "this", "these", "that", "those", "such", "some", "several", "many", "his",
                       "her", "its", "their", "our", "another", "one", "two", "three", "four", "other", "no", "any",
                       "each", "every", "both", "said", "various", "multiple", "numerous", "most", "few"]),
        (.definite, ["the", "this", "that", "these", "those", "said"]),
        (.beforeVerb, ["also", "has", "have", "had", "later", "then", "further", "previously", "earlier", "repeatedly",
                       "once", "again", "recently", "publicly", "officially", "separately", "reportedly", "allegedly",
                       "did", "does", "do", "firmly", "strongly", "flatly", "categorically", "vehemently", "openly",
                       "privately", "subsequently", "quickly", "immediately", "reportedly", "clearly", "explicitly",
                       "specifically", "initially", "originally", "first", "already", "yesterday", "today", "just",
                       "recently", "will", "would", "may", "might", "could", "can", "must", "should", "not", "never",
                       "however", "though", "too", "similarly", "likewise", "personally", "still", "even", "only"]),
        (.be, ["is", "are", "was", "were", "be", "been", "being", "am"]),
        (.phraseBreak, ["in", "of", "at", "from", "close", "with", "who", "which", "for", "on", "to", "based",
                        "familiar", "within", "inside", "near", "involved", "whose", "that", "among", "across",
                        "under", "over", "by", "about", "behind", "outside", "speaking", "knowledgeable",
                        "responsible", "working", "serving", "linked", "affiliated", "loyal"]),
        (.unnamedHead, ["source", "sources", "official", "officials", "diplomat", "diplomats", "insider", "insiders",
                        "officer", "officers", "witness", "witnesses", "resident", "residents", "observer",
                        "observers", "people", "person", "someone", "somebody", "experts", "analysts", "activists",
                        "activist", "aide", "aides", "insider", "informant", "soldier", "soldiers", "fighters",
                        "fighter", "commanders", "member", "members", "lawmakers", "figures", "circles"]),
        (.roleNoun, ["head", "chief", "leader", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary",
                     "president", "vice", "commander", "general", "colonel", "lieutenant", "major", "captain",
                     "analyst", "expert", "adviser", "advisor", "director", "deputy", "ambassador", "envoy",
                     "governor", "mayor", "chairman", "chairwoman", "chair", "premier", "representative",
                     "lawmaker", "senator", "mp", "officer", "researcher", "professor", "journalist",
                     "correspondent", "editor", "founder", "coordinator", "emir", "sheikh", "prince", "king",
                     "chancellor", "prosecutor", "judge", "negotiator", "mediator", "commissioner", "member",
                     "official", "aide", "counsellor", "counselor", "attache", "attaché", "brigadier", "admiral",
                     "sergeant", "lt", "gen", "col", "maj", "capt", "brig", "adm", "sgt", "dr", "mr", "mrs", "ms",
                     "prof", "sen", "rep", "amb", "gov", "pres", "speaker", "ruler", "cleric", "imam", "ayatollah",
                     "scholar", "specialist", "strategist", "pundit", "observer", "fellow", "lecturer", "historian",
                     "politician", "activist", "commentator", "columnist", "reporter", "blogger", "monitor",
                     "administrator", "manager", "chief-of-staff", "staff", "inspector", "investigator",
                     "agent", "operative", "delegate", "delegation", "militant", "fighter", "soldier", "veteran",
                     "resident", "witness", "head", "co-chair", "co-founder", "candidate", "emissary", "consul"]),
        (.plainRole, ["analyst", "expert", "spokesman", "spokeswoman", "spokesperson", "researcher", "journalist",
                      "correspondent", "editor", "lawmaker", "scholar", "specialist", "strategist", "commentator",
                      "columnist", "reporter", "historian", "politician", "activist", "observer", "official",
                      "political", "military", "security", "senior", "former", "deputy", "retired", "independent",
                      "defense", "defence", "foreign", "regional", "local", "veteran", "leading", "prominent",
                      "well-known", "many", "some", "several", "unnamed", "anonymous", "government", "western",
                      "diplomatic", "intelligence", "informed", "top", "high-ranking", "military-diplomatic"]),
        (.orgHead, ["ministry", "pentagon", "kremlin", "government", "army", "military", "command", "coalition",
                    "office", "department", "council", "committee", "front", "party", "movement", "forces",
                    "organization", "organisation", "group", "alliance", "administration", "embassy",
                    "headquarters", "cabinet", "parliament", "presidency", "directorate", "service", "services",
                    "brigade", "brigades", "division", "militia", "militias", "union", "federation", "bureau",
                    "authority", "authorities", "police", "house", "un", "nato", "eu", "hamas", "hezbollah",
                    "hizbollah", "daesh", "isis", "isil", "taliban", "peshmerga", "irgc", "cia", "fbi", "sdf", "shabaab",
                    "houthis", "ansarallah", "haram", "jnim", "m23", "wagner",
                    "ypg", "pkk", "mod", "mfa", "state department", "white house", "unhcr", "unicef", "icrc",
                    "red cross", "mission", "centre", "center", "observatory", "network", "corps", "guard",
                    "navy", "airforce", "staff", "intelligence", "agencies", "congress", "senate", "assembly",
                    "court", "commission", "unit", "units", "regime", "opposition", "state", "kingdom", "republic",
                    "consulate", "fund", "institute", "bank", "company", "firm", "secretariat", "leadership"]),
        (.metonym, ["washington", "moscow", "baghdad", "ankara", "tehran", "damascus", "riyadh", "beijing",
                    "london", "paris", "kiev", "kyiv", "brussels", "jerusalem", "cairo", "doha", "erbil", "tokyo",
                    "berlin", "amman", "beirut", "tripoli", "kabul", "islamabad", "delhi", "dhabi", "aviv",
                    // Countries speak for their governments too ("Turkey said", "Saudi Arabia denied").
                    "iraq", "syria", "turkey", "russia", "iran", "israel", "egypt", "jordan", "lebanon", "arabia",
                    "qatar", "kuwait", "bahrain", "emirates", "uae", "oman", "yemen", "libya", "tunisia", "algeria",
                    "morocco", "sudan", "afghanistan", "pakistan", "india", "china", "japan", "france", "germany",
                    "britain", "italy", "spain", "ukraine", "belarus", "poland", "america", "us", "usa", "uk",
                    "kurdistan", "armenia", "azerbaijan", "georgia", "somalia", "ethiopia", "nigeria", "mali"]),
        (.mediaHead, ["media", "tv", "television", "newspaper", "daily", "radio", "broadcaster", "outlet", "outlets",
                      "channel", "press", "website", "news", "weekly", "magazine", "reports", "report", "paper",
                      "tabloid", "wire", "portal", "broadcast", "newswire", "agency"]),
        (.claimNoun, ["plan", "plans", "report", "reports", "claim", "claims", "allegation", "allegations", "statement",
                      "statements", "assertion", "assertions", "information", "rumor", "rumors", "rumour", "rumours",
                      "story", "stories", "account", "accounts", "accusation", "accusations", "idea", "scenario",
                      "version", "suggestion", "suggestions", "remarks", "comments", "reporting", "speculation",
                      "theory", "deal", "news", "charge", "charges", "assessment", "prediction", "predictions",
                      "forecast", "scheme", "proposal", "assertion", "suggestions", "notion", "possibility",
                      "reports", "allegation", "words", "account", "version", "narrative", "data", "figures",
                      "timetable", "timeline", "numbers", "estimate", "estimates", "accuracy", "credibility",
                      "veracity", "authenticity", "validity", "reliability", "feasibility", "significance",
                      "existence", "reality", "truth", "intelligence", "evidence", "findings", "conclusions"]),
        (.anaphor, ["this", "these", "that", "those", "such", "the", "said", "his", "her", "their", "its"]),
        (.objectPronoun, ["it", "this", "that", "them", "these", "those", "so"]),
        (.nameParticle, ["al", "el", "bin", "ibn", "abu", "de", "van", "von", "der", "da", "di", "du", "la", "le",
                         "ul", "ad", "as", "bint", "ben", "del", "dos", "das"]),
        (.complementizer, ["that", "whether", "if"]),
        (.relativePronoun, ["who", "whom"]),
        (.coordinator, ["and", "but"]),
        (.documentNoun, ["statement", "statements", "communique", "communiqué", "announcement", "release",
                         "letter", "document", "documents", "video", "post", "message", "declaration", "notice",
                         "tweet", "transcript", "memo", "leaflet", "leaflets"]),
        (.documentCarrier, ["carried", "published", "issued", "released", "posted", "broadcast", "aired", "distributed"]),
        (.titleWord, ["state", "defense", "defence", "foreign", "affairs", "interior", "staff", "security", "justice",
                      "finance", "homeland", "intelligence", "operations", "war", "armed", "forces", "army", "navy"]),
        (.phraseEnd, ["as", "cited", "quoted", "speaking", "talking", "saying", "said", "told", "adding", "citing",
                      "quoting", "writing", "according", "says", "added"]),
    ]
}

/// What a matched cue phrase means.
enum AttributionCue: Sendable, Hashable {
    /// A speech verb ("said", "told", "denied").
    case speech(SpeechVerb)
    /// "according to".
    case according
    /// "quoted as saying".
    case quotedAsSaying
    /// A phrase whose object is the medium ("told", "in an interview with", "cited by").
    case medium
    /// An adverb or phrase that sets a stance ("ostensibly", "there is no").
    case stance(Stance)
    /// A phrase that blocks shorter stance cues inside it ("no doubt").
    case neutral
}

/// A speech verb's properties.
struct SpeechVerb: Sendable, Hashable {
    enum Role: Sendable, Hashable {
        /// "said", "told": heads a clause with its own subject.
        case finite
        /// "adding", "saying": continues the clause of another speech verb.
        case participle
    }

    var stance: Stance
    var role: Role
    /// The object is the addressee ("told Sputnik").
    var takesAddressee: Bool
    /// The form is also a noun ("reports", "claims"): it needs a subject right before it.
    var ambiguous: Bool
    /// "quoted", "citing": after a media subject, the object is the speaker.
    var citesObject: Bool
    /// The verb is a cue only with a claim for object (a claim noun, a that-clause, "it").
    var claimObject: Bool
}

/// Classes of single words used when reading noun phrases.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt32
    init(rawValue: UInt32) { self.rawValue = rawValue }

    static let personPronoun = WordClass(rawValue: 1 << 0)
    static let groupPronoun = WordClass(rawValue: 1 << 1)
    static let thingPronoun = WordClass(rawValue: 1 << 2)
    static let determiner = WordClass(rawValue: 1 << 3)
    static let definite = WordClass(rawValue: 1 << 4)
    /// Adverbs and auxiliaries allowed between a subject and its speech verb.
    static let beforeVerb = WordClass(rawValue: 1 << 5)
    static let be = WordClass(rawValue: 1 << 6)
    /// Words that end a noun phrase's core (prepositions, relative pronouns).
    static let phraseBreak = WordClass(rawValue: 1 << 7)
    /// Heads of unnamed sources ("source", "officials").
    static let unnamedHead = WordClass(rawValue: 1 << 8)
    /// Roles and titles ("head", "analyst", "minister").
    static let roleNoun = WordClass(rawValue: 1 << 9)
    /// Role words written lowercase inside a sentence ("political analyst", "spokesman").
    static let plainRole = WordClass(rawValue: 1 << 10)
    /// Heads of organizations ("ministry", "Front", "Pentagon").
    static let orgHead = WordClass(rawValue: 1 << 11)
    /// Capitals standing for governments ("Moscow said").
    static let metonym = WordClass(rawValue: 1 << 12)
    /// Heads of generic media phrases ("state TV", "the newspaper").
    static let mediaHead = WordClass(rawValue: 1 << 13)
    /// Nouns an anaphoric challenge object can have ("plan", "reports", "claims").
    static let claimNoun = WordClass(rawValue: 1 << 14)
    /// Determiners that make a claim noun anaphoric ("this plan", "the reports").
    static let anaphor = WordClass(rawValue: 1 << 15)
    /// Pronoun objects of a challenge ("denied it").
    static let objectPronoun = WordClass(rawValue: 1 << 16)
    /// Lowercase particles inside names ("al", "bin", "van").
    static let nameParticle = WordClass(rawValue: 1 << 17)
    static let complementizer = WordClass(rawValue: 1 << 18)
    /// Words that end a speaker description ("a source cited by …", "the ministry as saying").
    static let phraseEnd = WordClass(rawValue: 1 << 19)
    /// Capitalized words that complete a title rather than start a name ("Secretary of State").
    static let titleWord = WordClass(rawValue: 1 << 20)
    /// Documents that speak for their author ("a statement from the ministry").
    static let documentNoun = WordClass(rawValue: 1 << 21)
    /// "who": a verb after it is in a relative clause about the phrase before it.
    static let relativePronoun = WordClass(rawValue: 1 << 22)
    /// "and", "but": a verb after them may share the subject of an earlier one.
    static let coordinator = WordClass(rawValue: 1 << 23)
    /// Participles that pass a document on ("a statement carried by SPA").
    static let documentCarrier = WordClass(rawValue: 1 << 24)

    static let pronoun: WordClass = [.personPronoun, .groupPronoun, .thingPronoun]
}

/// An open-addressing table from lexicon keys to word classes. Keys are already hashes, so a
/// lookup is a mask and a compare or two, with no `Hasher` round.
struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [WordClass]
    private let mask: Int

    init(_ entries: [LexiconKey: WordClass]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [WordClass](repeating: [], count: capacity)
        mask = capacity - 1
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) where key.rawValue != 0 {
            var slot = Self.slot(key.rawValue, mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key.rawValue
            values[slot] = value
        }
    }

    @inline(__always)
    private static func slot(_ raw: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (raw ^ (raw >> 31)) & UInt64(mask))
    }

    @inline(__always)
    func classes(of key: LexiconKey) -> WordClass {
        let raw = key.rawValue
        var slot = Self.slot(raw, mask)
        while true {
            let stored = keys[slot]
            if stored == raw { return raw == 0 ? [] : values[slot] }
            if stored == 0 { return [] }
            slot = (slot + 1) & mask
        }
    }
}
