/// The words and phrases of English time expressions, compiled once into key tables and
/// phrase tries. The engine (``TimeParser``) only ever sees the categories below.
enum TimeUnit: Sendable, Hashable {
    case minute, hour, day, week, fortnight, month, year, decade
}

enum Shift: Sendable, Hashable {
    /// next, following
    case next
    /// last, previous, past
    case last
    /// this
    case this
    /// coming, upcoming
    case coming
}

enum PartWord: Sendable, Hashable {
    case early, mid, late, end, beginning, later, earlier
}

enum DayPart: Sendable, Hashable {
    case morning, afternoon, evening, night, dawn, dusk, noon, midnight, overnight

    /// Hours of the day the part covers (end may pass 24), and whether it is a clock time.
    var hours: (start: Int64, end: Int64, clock: Bool) {
        switch self {
        case .morning: return (6, 12, false)
        case .afternoon: return (12, 18, false)
        case .evening: return (18, 24, false)
        case .night, .overnight: return (20, 30, false)
        case .dawn: return (4, 7, false)
        case .dusk: return (17, 20, false)
        case .noon: return (12, 13, true)
        case .midnight: return (24, 25, true)
        }
    }
}

enum Season: Int64, Sendable, Hashable {
    /// Meteorological northern-hemisphere seasons; raw value = first month.
    case spring = 3, summer = 6, autumn = 9, winter = 12
}

enum Holiday: Sendable, Hashable {
    case ramadan, eidAlFitr, eidAlAdha, eid, ashura, christmas, christmasEve, orthodoxChristmas
    case newYear, newYearsEve, nowruz, easter
}

enum FuzzyAdverb: Sendable, Hashable {
    case soon, imminently
}

enum TenseCue: Sendable, Hashable {
    case future, past, neutral, beVerb
}

enum Prep: Sendable, Hashable {
    case on, at, `in`, within, over, during, by, after, from, since, `for`, between, around

    var anchor: TimeExpression.Anchor {
        switch self {
        case .by: return .by
        case .after, .from: return .after
        default: return .at
        }
    }
}

enum Zone: Sendable, Hashable {
    case local
    case offset(minutes: Int64)
}

enum TimeWord: Sendable, Hashable {
    case month(Int64, abbreviated: Bool)
    case weekday(Int64, plural: Bool)
    case number(Int64)
    case ordinal(Int64)
    case unit(TimeUnit, plural: Bool)
    case relativeDay(Int64)
    case tonight
    case shift(Shift)
    case part(PartWord)
    case dayPart(DayPart)
    case season(Season, ambiguous: Bool)
    case fuzzy(FuzzyAdverb)
    case quarterWord
    case halfWord
    case quarterCode(Int64)
    case halfCode(Int64)
    case ago
    case every
    case frequency
    case few
    case weekend
    case qualifier
    case meridiem(pm: Bool)
}

struct TimeLexicon: Sendable {
    static let shared = TimeLexicon()

    /// Single-token words by key.
    let words: [LexiconKey: [TimeWord]]
    let prepositions: PhraseLexicon<Prep>
    let holidays: PhraseLexicon<Holiday>
    let zones: PhraseLexicon<Zone>
    let cues: PhraseLexicon<TenseCue>
    /// Keys of words that can only be (part of) a time expression's core; a sentence with
    /// none of them and no number token has no time expression.
    let triggers: KeySet
    /// Lowercase function words that may follow a bare year ("in 2014 the army …").
    let functionWords: KeySet
    /// Determiners before which a participle is an adjective ("the liberated town").
    let determiners: KeySet

    private init() {
        var words: [LexiconKey: [TimeWord]] = [:]
        func add(_ list: [String], _ word: TimeWord) {
            for text in list { words[LexiconKey(folding: text), default: []].append(word) }
        }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
        for (index, name) in months.enumerated() { add([name], .month(Int64(index + 1), abbreviated: false)) }
        let shortMonths: [(String, Int64)] = [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
                                              ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)]
        for (name, month) in shortMonths { add([name], .month(month, abbreviated: true)) }
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, name) in weekdays.enumerated() {
            add([name], .weekday(Int64(index + 1), plural: false))
            add([name + "s"], .weekday(Int64(index + 1), plural: true))
        }
        let numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                       "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
        for (index, name) in numbers.enumerated() { add([name], .number(Int64(index + 1))) }
        for (name, value) in [("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70),
                              ("eighty", 80), ("ninety", 90), ("hundred", 100)] as [(String, Int64)] {
            add([name], .number(value))
        }
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "eleventh", "twelfth"]
        for (index, name) in ordinals.enumerated() { add([name], .ordinal(Int64(index + 1))) }
        let units: [(String, TimeUnit)] = [("minute", .minute), ("hour", .hour), ("day", .day), ("week", .week),
                                           ("fortnight", .fortnight), ("month", .month), ("year", .year),
                                           ("decade", .decade)]
        for (name, unit) in units {
            add([name], .unit(unit, plural: false))
            add([name + "s"], .unit(unit, plural: true))
        }
        add(["today"], .relativeDay(0))
        add(["tomorrow"], .relativeDay(1))
        add(["yesterday"], .relativeDay(-1))
        add(["tonight"], .tonight)
        add(["next"], .shift(.next))
        add(["last", "previous", "past"], .shift(.last))
        add(["this"], .shift(.this))
        add(["coming", "upcoming"], .shift(.coming))
        add(["early"], .part(.early))
        add(["mid", "middle"], .part(.mid))
        add(["late"], .part(.late))
        add(["end"], .part(.end))
        add(["beginning", "start"], .part(.beginning))
        add(["later"], .part(.later))
        add(["earlier"], .part(.earlier))
        add(["morning"], .dayPart(.morning))
        add(["afternoon"], .dayPart(.afternoon))
        add(["evening"], .dayPart(.evening))
        add(["night"], .dayPart(.night))
        add(["overnight"], .dayPart(.overnight))
        add(["dawn", "daybreak", "sunrise"], .dayPart(.dawn))
        add(["dusk", "sunset", "nightfall"], .dayPart(.dusk))
        add(["noon", "midday"], .dayPart(.noon))
        add(["midnight"], .dayPart(.midnight))
        add(["winter"], .season(.winter, ambiguous: false))
        add(["spring"], .season(.spring, ambiguous: false))
        add(["summer"], .season(.summer, ambiguous: false))
        add(["autumn"], .season(.autumn, ambiguous: false))
        add(["fall"], .season(.autumn, ambiguous: true))
        add(["soon", "shortly"], .fuzzy(.soon))
        add(["imminently"], .fuzzy(.imminently))
        add(["quarter", "quarters"], .quarterWord)
        add(["half"], .halfWord)
        for q in 1...4 { add(["q\(q)"], .quarterCode(Int64(q))) }
        add(["h1"], .halfCode(1))
        add(["h2"], .halfCode(2))
        add(["ago"], .ago)
        add(["every", "each"], .every)
        add(["daily", "weekly", "monthly", "yearly", "annually", "nightly", "hourly", "fortnightly"], .frequency)
        add(["few", "several", "couple"], .few)
        add(["weekend", "weekends"], .weekend)
        add(["more", "than", "least", "nearly", "almost", "about", "around", "some", "roughly", "approximately",
             "less", "fewer", "under", "just", "only", "another", "over", "up", "to"], .qualifier)
        add(["am", "pm"], .meridiem(pm: false))
        words[LexiconKey(folding: "pm")] = [.meridiem(pm: true)]
        self.words = words

        var prepositions = PhraseLexicon<Prep>()
        let prepList: [(String, Prep)] = [
            ("on", .on), ("at", .at), ("in", .in), ("within", .within), ("inside", .within), ("over", .over),
            ("during", .during), ("throughout", .during), ("through", .during),
            ("by", .by), ("before", .by), ("no later than", .by), ("not later than", .by), ("until", .by),
            ("till", .by), ("up until", .by), ("ahead of", .by), ("prior to", .by),
            ("in time for", .by),
            ("after", .after), ("from", .from), ("starting", .after), ("starting from", .after),
            ("starting on", .after), ("starting in", .after), ("beginning on", .after), ("beginning in", .after),
            ("as of", .after), ("as from", .after), ("effective", .after), ("no earlier than", .after),
            ("not before", .after),
            ("since", .since), ("ever since", .since), ("for", .for), ("between", .between),
            ("around", .around), ("at around", .around), ("at about", .around), ("at approximately", .around),
            ("approximately", .around), ("roughly", .around), ("sometime in", .in), ("some time in", .in), ("sometime", .around),
            ("as early as", .at), ("as soon as", .at),
        ]
        for (phrase, prep) in prepList { prepositions.insert(phrase, value: prep) }
        self.prepositions = prepositions

        var holidays = PhraseLexicon<Holiday>()
        let holidayList: [(String, Holiday)] = [
            ("Ramadan", .ramadan), ("Ramazan", .ramadan), ("Ramadhan", .ramadan), ("Ramzan", .ramadan),
            ("Eid al-Fitr", .eidAlFitr), ("Eid al Fitr", .eidAlFitr), ("Eid ul-Fitr", .eidAlFitr),
            ("Eid-al-Fitr", .eidAlFitr), ("Eid el-Fitr", .eidAlFitr), ("Ramazan Bayram", .eidAlFitr),
            ("Eid al-Adha", .eidAlAdha), ("Eid al Adha", .eidAlAdha), ("Eid ul-Adha", .eidAlAdha),
            ("Eid-al-Adha", .eidAlAdha), ("Eid el-Adha", .eidAlAdha), ("Kurban Bayram", .eidAlAdha),
            ("Kurban Bayrami", .eidAlAdha), ("Eid", .eid), ("Ashura", .ashura),
            ("Christmas", .christmas), ("Christmas Day", .christmas), ("Christmas Eve", .christmasEve),
            ("Orthodox Christmas", .orthodoxChristmas),
            ("New Year", .newYear), ("New Year's", .newYear), ("New Year's Day", .newYear),
            ("the New Year", .newYear), ("New Year's Eve", .newYearsEve),
            ("Nowruz", .nowruz), ("Navruz", .nowruz), ("Newroz", .nowruz), ("Norooz", .nowruz), ("Nawruz", .nowruz),
            ("Easter", .easter),
        ]
        for (phrase, holiday) in holidayList { holidays.insert(phrase, value: holiday) }
        self.holidays = holidays

        var zones = PhraseLexicon<Zone>()
        let zoneList: [(String, Zone)] = [
            ("GMT", .offset(minutes: 0)), ("UTC", .offset(minutes: 0)), ("Zulu", .offset(minutes: 0)),
            ("BST", .offset(minutes: 60)), ("CET", .offset(minutes: 60)), ("CEST", .offset(minutes: 120)),
            ("EET", .offset(minutes: 120)), ("EEST", .offset(minutes: 180)), ("MSK", .offset(minutes: 180)),
            ("Moscow time", .offset(minutes: 180)), ("Baghdad time", .offset(minutes: 180)),
            ("Riyadh time", .offset(minutes: 180)), ("Tehran time", .offset(minutes: 210)),
            // Standard offsets of capitals in the news; daylight saving is not applied.
            ("Damascus time", .offset(minutes: 120)), ("Beirut time", .offset(minutes: 120)),
            ("Cairo time", .offset(minutes: 120)), ("Tripoli time", .offset(minutes: 120)),
            ("Kyiv time", .offset(minutes: 120)), ("Kiev time", .offset(minutes: 120)),
            ("Israel time", .offset(minutes: 120)), ("Jerusalem time", .offset(minutes: 120)),
            ("Ankara time", .offset(minutes: 180)), ("Istanbul time", .offset(minutes: 180)),
            ("Sanaa time", .offset(minutes: 180)), ("Mogadishu time", .offset(minutes: 180)),
            ("Kabul time", .offset(minutes: 270)), ("Islamabad time", .offset(minutes: 300)),
            ("Pakistan time", .offset(minutes: 300)), ("Baku time", .offset(minutes: 240)),
            ("EST", .offset(minutes: -300)), ("EDT", .offset(minutes: -240)),
            ("PST", .offset(minutes: -480)), ("PDT", .offset(minutes: -420)),
            ("local time", .local), ("local", .local),
        ]
        for (phrase, zone) in zoneList { zones.insert(phrase, value: zone) }
        self.zones = zones

        var cues = PhraseLexicon<TenseCue>()
        let future = ["will", "won't", "shall", "would", "scheduled", "plans", "plan", "planned", "planning",
                      "intends", "intend", "intending", "expected", "expects", "expect", "set to", "preparing",
                      "prepares", "prepare", "going to", "gonna", "is to", "are to", "aims", "aim", "aiming",
                      "vows", "vowed", "threatens", "threatened", "upcoming", "about to", "due to", "poised",
                      "ready to", "tomorrow", "next", "soon", "imminent", "imminently", "forthcoming", "due", "to begin",
                      "to start", "to launch", "to take place", "could", "must", "should"]
        let past = ["was", "were", "had", "did", "began", "begun", "ago", "last", "yesterday", "took", "fought",
                    "fell", "came", "went", "left", "has been", "have been", "struck", "won", "lost", "held",
                    "drove", "ran", "met", "overran", "retook", "saw", "broke", "freed", "liberated", "launched",
                    "captured", "recaptured", "seized", "killed", "attacked", "started", "ended", "entered",
                    "withdrew", "shelled", "bombed", "stormed", "pushed", "clashed", "erupted", "happened",
                    "occurred", "died", "became", "arrived", "agreed", "signed", "collapsed"]
        let neutral = ["said", "says", "told", "added", "reported", "announced", "stated", "noted", "claimed",
                       "confirmed", "explained", "declared", "warned", "insisted", "armed", "backed",
                       "based", "allied", "united", "called", "led", "alleged", "detailed", "trained", "named",
                       "concerned", "involved", "advanced", "experienced", "skilled", "armoured", "armored",
                       "unidentified", "unnamed", "prepared", "speed", "need", "indeed", "proceed", "succeed",
                       "exceed", "feed", "seed", "bleed", "breed", "red", "bed", "shed", "hundred", "kindred",
                       "sacred", "wicked", "naked", "needed", "wounded", "injured", "related", "limited",
                       "interested", "supposed", "used", "aged", "designed", "titled", "entitled"]
        for phrase in future { cues.insert(phrase, value: .future) }
        for phrase in past { cues.insert(phrase, value: .past) }
        for phrase in neutral { cues.insert(phrase, value: .neutral) }
        for phrase in ["is", "are", "be", "been", "being", "'s", "get", "gets"] { cues.insert(phrase, value: .beVerb) }
        self.cues = cues

        var triggers = Set<LexiconKey>()
        for (key, values) in words {
            for value in values {
                switch value {
                case .number, .ordinal, .shift, .part, .few, .qualifier, .meridiem: continue
                default: triggers.insert(key)
                }
            }
        }
        for text in ["ramadan", "ramazan", "ramadhan", "ramzan", "eid", "ashura", "christmas", "new", "nowruz",
                     "navruz", "newroz", "norooz", "nawruz", "easter", "kurban", "future"] {
            triggers.insert(LexiconKey(folding: text))
        }
        self.triggers = KeySet(triggers)

        var functionWords = Set<LexiconKey>()
        for text in ["the", "a", "an", "and", "or", "but", "when", "as", "after", "before", "to", "with", "in", "on",
                     "at", "by", "for", "of", "that", "which", "while", "until", "since", "from", "during", "it",
                     "he", "she", "they", "we", "i", "its", "their", "his", "her", "and", "if", "alone", "only",
                     "too", "also", "already", "again", "is", "was", "were", "are", "will", "would", "had", "has",
                     "have", "could", "can", "should", "may", "might", "there", "this", "these", "those", "so",
                     "then", "than", "where", "who", "whose", "not", "amid", "against", "into", "onwards", "onward",
                     "forward", "through", "between", "under", "over", "around", "about", "via"] {
            functionWords.insert(LexiconKey(folding: text))
        }
        self.functionWords = KeySet(functionWords)
        self.determiners = KeySet(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
                                "newly", "recently", "heavily", "well", "so-called"].map { LexiconKey(folding: $0) })
    }

    func words(_ token: Token) -> [TimeWord] {
        words[token.key] ?? []
    }
}
