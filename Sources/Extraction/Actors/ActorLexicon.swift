/// Finds armed forces, groups, agencies and governments in article text.
///
/// The data (`ActorData`) has named actors with their aliases, seats of government, force
/// nouns and naming templates; demonyms and country names come from ``Gazetteer``. One
/// ``PhraseLexicon`` holds all of it, so matching costs one probe per token; the rules below
/// run only on hits:
///
/// - **named** actors: content tokens capitalized; aliases marked in the data need all
///   capitals and/or actor context ("IS fighters", never the verb "is");
/// - **state forces**: demonym or country (possessive allowed) + optional modifier + force noun
///   ("Iraqi army" → Iraqi Army, "Saudi Arabia's primary intelligence" → Saudi Intelligence);
///   coordinated demonyms share the noun ("American and Saudi intelligence services" → US
///   Intelligence and Saudi Intelligence); "X-led forces/coalition" ("Baghdad-led forces" →
///   Iraqi Army, "US-led coalition"); force noun + "of" + countries ("intelligence agencies of
///   the United States and Saudi Arabia");
/// - **governments**: seats used for their governments ("Washington", "the Kremlin"); a seat
///   after a locative cue ("in Moscow") is a place and no actor.
///
/// Document-level: a bare "coalition" takes the article's specific coalition when it names one;
/// actors with several possible countries ("General Intelligence Directorate") take the one
/// the article mentions nearest.
public final class ActorLexicon: Sendable {
    /// The lexicon built from the committed data; loaded once per process on first use.
    public static let standard = ActorLexicon()

    enum Hit: Sendable {
        /// A named actor; `alias` is the alias's marker flags.
        case named(index: Int32, allCaps: Bool, context: Bool)
        case seat(index: Int32)
        case demonym(country: String)
        case country(code: String)
        case force(category: String)
    }

    struct Named: Sendable {
        var actor: Actor
        var lowercase: Bool
        var generic: Bool
        var specific: Bool
        var tail: Bool
        var countries: [String]
    }

    struct Seat: Sendable {
        var actor: Actor
        var always: Bool
    }

    struct Category: Sendable {
        var kind: Actor.Kind
        var template: String
        var ledOnly = false
    }

    let named: [Named]
    let seats: [Seat]
    let categories: [String: Category]
    let overrides: [String: String]
    let adjectives: [String: String]
    let lexicon: PhraseLexicon<Hit>
    /// The first keys of the lexicon's phrases, asked before a probe (``PhraseStarts``).
    let starts: PhraseStarts
    /// The first token keys of the seats of government.
    let seatStartKeys: KeySet
    let modifierKeys: KeySet
    let contextBeforeKeys: KeySet
    let contextAfterKeys: KeySet
    let politicalBeforeKeys: KeySet
    let politicalAfterKeys: KeySet
    let particleKeys: KeySet
    let placeCueKeys: KeySet
    let placeNounKeys: KeySet
    let followerKeys: KeySet
    let areaSuffixKeys: KeySet
    let governmentVerbKeys: KeySet
    let governmentPrepositionKeys: KeySet
    let possessedPlaceKeys: KeySet
    let copulaKeys: KeySet
    /// Demonym key (first token) → (country, named actor index) for peoples without a state.
    let peopleForces: [String: [(country: String, named: Int32)]]
    let peopleForceNounKeys: KeySet
    let governmentStateKeys: KeySet
    let andKey = LexiconKey(folding: "and")
    let orKey = LexiconKey(folding: "or")
    let ofKey = LexiconKey(folding: "of")
    let theKey = LexiconKey(folding: "the")
    let ledKeys: KeySet
    let placeQualifiers: [[LexiconKey]]

    /// Number of named actors and seats of government.
    public var actorCount: Int { named.count + seats.count }
    /// Number of phrases the lexicon matches.
    public let phraseCount: Int

    public init() {
        let gazetteer = Gazetteer.standard
        var lexicon = PhraseLexicon<Hit>()
        var phrases = 0
        var phraseKeys: [[LexiconKey]] = []
        func add(_ phrase: String, _ value: Hit) {
            lexicon.insert(phrase, value: value)
            phraseKeys.append(TextBuffer(phrase).tokens.map(\.key))
            phrases += 1
        }

        var named: [Named] = []
        for row in Gazetteer.Builder.rows(ActorData.named) where row.count >= 5 {
            let flags = row[3].split(separator: ",").map { Gazetteer.Builder.trim($0) }
            var countries: [String] = []
            for flag in flags where flag.hasPrefix("countries=") {
                countries = flag.dropFirst("countries=".count).split(separator: "/").map(String.init)
            }
            named.append(Named(
                actor: Actor(name: String(row[0]), kind: Actor.Kind(rawValue: String(row[1])), country: String(row[2])),
                lowercase: flags.contains("lower"), generic: flags.contains("generic"),
                specific: flags.contains("specific"), tail: flags.contains("tail"), countries: countries
            ))
            let index = Int32(named.count - 1)
            var aliases = row[4].split(separator: "|").map(String.init)
            if !aliases.contains(String(row[0])) { aliases.append(String(row[0])) }
            for var alias in aliases {
                var allCaps = false
                var context = false
                if alias.hasSuffix("!") { allCaps = true; context = true; alias.removeLast() }
                if alias.hasSuffix("?") { context = true; alias.removeLast() }
                add(alias, .named(index: index, allCaps: allCaps, context: context))
            }
        }

        var adjectives: [String: String] = [:]
        for (index, code) in gazetteer.demonymCountries.enumerated() {
            for spelling in gazetteer.demonymSpellings[index] {
                add(spelling, .demonym(country: code))
            }
            if !code.isEmpty, adjectives[code] == nil { adjectives[code] = gazetteer.demonymSpellings[index].first }
        }
        for (code, names) in gazetteer.countryNames.sorted(by: { $0.key < $1.key }) {
            for name in names {
                add(name, .country(code: code))
            }
        }

        var categories: [String: Category] = [:]
        for row in Gazetteer.Builder.rows(ActorData.categories) where row.count >= 3 {
            categories[String(row[0])] = Category(kind: Actor.Kind(rawValue: String(row[1])), template: String(row[2]),
                                                  ledOnly: row.count >= 4 && row[3].contains("led-only"))
        }
        var overrides: [String: String] = [:]
        for row in Gazetteer.Builder.rows(ActorData.overrides) where row.count >= 3 {
            overrides[row[0] + "/" + row[1]] = String(row[2])
        }

        var seats: [Seat] = []
        var seatPhrases: [String] = []
        for row in Gazetteer.Builder.rows(ActorData.seats) where row.count >= 3 {
            let code = String(row[1])
            var name = row.count >= 4 ? String(row[3]) : ""
            if name.isEmpty {
                let template = categories[ActorData.seatCategory]?.template ?? "{D} Government"
                name = ActorLexicon.fill(template, adjectives[code] ?? code)
            }
            seats.append(Seat(actor: Actor(name: name, kind: .government, country: code), always: row[2] == "always"))
            add(String(row[0]), .seat(index: Int32(seats.count - 1)))
            seatPhrases.append(String(row[0]))
        }
        for row in Gazetteer.Builder.rows(ActorData.forces) where row.count >= 2 {
            add(String(row[0]), .force(category: String(row[1])))
        }

        var peopleForces: [String: [(country: String, named: Int32)]] = [:]
        for row in Gazetteer.Builder.rows(ActorData.peopleForces) where row.count >= 3 {
            guard let index = named.firstIndex(where: { $0.actor.name == row[2] }) else { continue }
            peopleForces[row[0].lowercased(), default: []].append((String(row[1]), Int32(index)))
        }
        self.peopleForces = peopleForces
        peopleForceNounKeys = TokenContext.keys(ActorData.peopleForceNouns)
        self.named = named
        self.seats = seats
        self.categories = categories
        self.overrides = overrides
        self.adjectives = adjectives
        self.lexicon = lexicon
        starts = PhraseStarts(phraseKeys)
        seatStartKeys = PhraseLexicon<Hit>.firstKeys(of: seatPhrases)
        self.phraseCount = phrases
        ledKeys = TokenContext.keys(ActorData.ledMarkers)
        placeQualifiers = ActorData.placeQualifiers.map { TextBuffer($0).tokens.map(\.key) }
        modifierKeys = TokenContext.keys(ActorData.modifiers)
        contextBeforeKeys = TokenContext.keys(ActorData.contextBefore)
        contextAfterKeys = TokenContext.keys(ActorData.contextAfter)
        politicalBeforeKeys = TokenContext.keys(ActorData.politicalBefore)
        politicalAfterKeys = TokenContext.keys(ActorData.politicalAfter)
        particleKeys = TokenContext.keys(ActorData.particles)
        placeCueKeys = gazetteer.locativeKeys.union(TokenContext.keys(ActorData.placeCues))
        placeNounKeys = gazetteer.placeNounKeys
        followerKeys = gazetteer.followerKeys
        areaSuffixKeys = gazetteer.areaSuffixKeys
        governmentVerbKeys = TokenContext.keys(ActorData.governmentVerbs)
        governmentPrepositionKeys = TokenContext.keys(ActorData.governmentPrepositions)
        possessedPlaceKeys = TokenContext.keys(ActorData.possessedPlaceNouns)
        copulaKeys = TokenContext.keys(ActorData.copulas)
        governmentStateKeys = TokenContext.keys(ActorData.governmentStates)
    }

    static func fill(_ template: String, _ adjective: String) -> String {
        var result = ""
        var rest = Substring(template)
        while let range = rest.firstRange(of: "{D}") {
            result += rest[..<range.lowerBound]
            result += adjective
            rest = rest[range.upperBound...]
        }
        return result + rest
    }

    /// Whether a phrase of the lexicon starts with this token (a cheap filter).
    public func mayStart(with token: Token) -> Bool {
        lexicon.mayStart(with: token)
    }

    // MARK: Matching

    /// A country the text names (a demonym, a country, a seat, or a place in it) and its first token.
    struct CountryMention {
        var code: String
        var token: Int
    }

    /// A mention before document-level resolution.
    struct Found {
        var tokens: Range<Int>
        var actor: Actor
        var named: Int32?
        /// For forces of a people without a state: the actor per country, chosen at resolution.
        var byCountry: [(country: String, named: Int32)] = []
    }

    /// The actor mentions of a document, in text order.
    ///
    /// - Parameters:
    ///   - buffer: the tokenized article body.
    ///   - range: the tokens to read, normally all of them.
    ///   - places: the document's place mentions (``Gazetteer/places(in:range:)``), if the
    ///     caller has them: their countries help resolve actors whose country depends on the
    ///     article ("Kurdish fighters" near Kobani are the SDF, near Kirkuk the Peshmerga).
    public func actors(in buffer: TextBuffer, range: Range<Int>, places: [PlaceMention] = []) -> [ActorMention] {
        let lower = max(0, range.lowerBound)
        let upper = min(buffer.tokens.count, range.upperBound)
        guard lower < upper else { return [] }
        var found: [Found] = []
        var countryMentions: [CountryMention] = []
        var index = lower
        while index < upper {
            let token = buffer.tokens[index]
            guard token.kind == .word || token.kind == .number, lexicon.mayStart(with: token),
                  starts.mayMatch(buffer, at: index, limit: upper),
                  let match = lexicon.longestMatch(in: buffer, at: index, limit: upper)
            else {
                index += 1
                continue
            }
            let next = scan(match, buffer, lower: lower, upper: upper, into: &found, countries: &countryMentions)
            index = max(next, index + 1)
        }
        if !places.isEmpty {
            countryMentions = ActorLexicon.merge(countryMentions, places.compactMap { place in
                place.place.country.isEmpty ? nil : CountryMention(code: place.place.country, token: place.tokens.lowerBound)
            })
        }
        return resolve(found, countries: countryMentions, buffer: buffer)
    }

    /// Merges two lists of country mentions, each in text order, into one in text order.
    static func merge(_ first: [CountryMention], _ second: [CountryMention]) -> [CountryMention] {
        var merged: [CountryMention] = []
        merged.reserveCapacity(first.count + second.count)
        var i = 0
        var j = 0
        while i < first.count || j < second.count {
            if j >= second.count || (i < first.count && first[i].token <= second[j].token) {
                merged.append(first[i])
                i += 1
            } else {
                merged.append(second[j])
                j += 1
            }
        }
        return merged
    }

    /// Handles one lexicon hit; returns where scanning continues.
    private func scan(_ match: PhraseLexicon<Hit>.Match, _ buffer: TextBuffer, lower: Int, upper: Int,
                      into found: inout [Found], countries: inout [CountryMention]) -> Int
    {
        let tokens = match.tokens
        // Named actors first: the longest phrase wins ("Syrian Arab Army" over "Syrian").
        for hit in match.values {
            guard case .named(let index, let allCaps, let context) = hit else { continue }
            let entry = named[Int(index)]
            guard acceptNamed(entry, tokens, buffer, allCaps: allCaps, context: context, lower: lower) else { continue }
            var end = tokens.upperBound
            if entry.tail, let tail = forceMatch(buffer, at: end, upper: upper) { end = tail.upperBound }
            found.append(Found(tokens: tokens.lowerBound..<end, actor: entry.actor, named: index))
            return end
        }
        for hit in match.values {
            if case .seat(let index) = hit {
                if let end = stateForces(startingAt: tokens.lowerBound, buffer, lower: lower, upper: upper, into: &found, countries: &countries) {
                    return end
                }
                let seat = seats[Int(index)]
                if hasCapitalizedContent(buffer, tokens), seat.always || governmentReading(buffer, tokens, lower: lower) {
                    found.append(Found(tokens: tokens, actor: seat.actor, named: nil))
                    countries.append(CountryMention(code: seat.actor.country, token: tokens.lowerBound))
                }
                return tokens.upperBound
            }
        }
        for hit in match.values {
            switch hit {
            case .demonym, .country:
                if let end = stateForces(startingAt: tokens.lowerBound, buffer, lower: lower, upper: upper, into: &found, countries: &countries) {
                    return end
                }
                if case .demonym(let code) = hit, !code.isEmpty { countries.append(CountryMention(code: code, token: tokens.lowerBound)) }
                if case .demonym(let code) = hit, code.isEmpty,
                   let options = peopleForces[buffer.text(tokens: tokens).lowercased()],
                   hasCapitalizedContent(buffer, tokens), TokenContext.isIn(peopleForceNounKeys, buffer, tokens.upperBound)
                {
                    let span = tokens.lowerBound..<(tokens.upperBound + 1)
                    found.append(Found(tokens: span, actor: named[Int(options[0].named)].actor, named: nil, byCountry: options))
                    return span.upperBound
                }
                if case .country(let code) = hit, hasCapitalizedContent(buffer, tokens) { countries.append(CountryMention(code: code, token: tokens.lowerBound)) }
                return tokens.upperBound
            case .force(let category):
                if let end = forcesOfCountries(category, tokens, buffer, lower: lower, upper: upper, into: &found, countries: &countries) {
                    return end
                }
                return tokens.lowerBound + 1
            default:
                continue
            }
        }
        return tokens.lowerBound + 1
    }

    private func hasCapitalizedContent(_ buffer: TextBuffer, _ tokens: Range<Int>) -> Bool {
        var sawCapital = false
        for index in tokens where buffer.tokens[index].kind == .word {
            if TokenContext.isCapitalized(buffer, index) {
                sawCapital = true
            } else if !particleKeys.contains(buffer.tokens[index].key) {
                return false
            }
        }
        return sawCapital
    }

    private func acceptNamed(_ entry: Named, _ tokens: Range<Int>, _ buffer: TextBuffer, allCaps: Bool, context: Bool, lower: Int) -> Bool {
        if !entry.lowercase, !hasCapitalizedContent(buffer, tokens) { return false }
        let before = tokens.lowerBound - 1
        let after = tokens.upperBound
        // The tail of a hyphenated word is not the name: "al-Houthi" (a surname), "anti-ISIS".
        if before - 1 >= lower, TokenContext.isPunctuation(buffer, before, UInt8(ascii: "-")),
           buffer.tokens[tokens.lowerBound].flags.contains(.attachedToPrevious),
           buffer.tokens[before].flags.contains(.attachedToPrevious), TokenContext.isWord(buffer, before - 1)
        {
            return false
        }
        if allCaps {
            for index in tokens where buffer.tokens[index].kind == .word {
                guard buffer.tokens[index].flags.contains(.allCaps) else { return false }
            }
            // A shouted headline ("THIS IS WAR") is no evidence.
            if before >= lower, TokenContext.isWord(buffer, before), buffer.tokens[before].flags.contains(.allCaps) { return false }
            if TokenContext.isWord(buffer, after), buffer.tokens[after].flags.contains(.allCaps) { return false }
        }
        if context {
            let contextual = (before >= lower && TokenContext.isIn(contextBeforeKeys, buffer, before))
                || TokenContext.isIn(contextAfterKeys, buffer, after)
                || (after < buffer.tokens.count && buffer.tokens[after].kind == .possessive)
                || TokenContext.isHyphenAttached(buffer, after: after - 1)  // "IS-held", "Wagner-linked"
            guard contextual else { return false }
        }
        if entry.generic {
            if before >= lower, TokenContext.isIn(politicalBeforeKeys, buffer, before) { return false }
            if TokenContext.isIn(politicalAfterKeys, buffer, after) { return false }
        }
        return true
    }

    /// The longest force phrase starting at `index`.
    private func forceMatch(_ buffer: TextBuffer, at index: Int, upper: Int) -> (upperBound: Int, category: String)? {
        guard index < upper, lexicon.mayStart(with: buffer.tokens[index]),
              let match = lexicon.longestMatch(in: buffer, at: index, limit: upper)
        else { return nil }
        for hit in match.values {
            if case .force(let category) = hit { return (match.tokens.upperBound, category) }
        }
        return nil
    }

    /// A country-like item: a demonym, a country name (possessive allowed) or a seat.
    private func item(_ buffer: TextBuffer, at index: Int, upper: Int) -> (code: String, tokens: Range<Int>, isSeat: Bool)? {
        guard index < upper, lexicon.mayStart(with: buffer.tokens[index]),
              let match = lexicon.longestMatch(in: buffer, at: index, limit: upper),
              hasCapitalizedContent(buffer, match.tokens)
        else { return nil }
        for hit in match.values {
            switch hit {
            case .demonym(let code) where !code.isEmpty:
                return (code, match.tokens, false)
            case .country(let code):
                var end = match.tokens.upperBound
                if end < upper, buffer.tokens[end].kind == .possessive { end += 1 }
                return (code, match.tokens.lowerBound..<end, false)
            case .seat(let seat):
                return (seats[Int(seat)].actor.country, match.tokens, true)
            default:
                continue
            }
        }
        return nil
    }

    /// "Iraqi army", "American and Saudi intelligence services", "Baghdad-led forces",
    /// "US-led coalition", "Iraq's army". Returns the end of the phrase, or nil.
    private func stateForces(startingAt start: Int, _ buffer: TextBuffer, lower: Int, upper: Int,
                             into found: inout [Found], countries: inout [CountryMention]) -> Int?
    {
        guard let first = item(buffer, at: start, upper: upper) else { return nil }
        var items = [first]
        var position = first.tokens.upperBound
        var led = false
        while items.count < 6, position < upper {
            var next = position
            if TokenContext.isPunctuation(buffer, next, UInt8(ascii: ",")) { next += 1 }
            if next < upper, buffer.tokens[next].key == andKey || buffer.tokens[next].key == orKey { next += 1 }
            guard next > position, let more = item(buffer, at: next, upper: upper), !more.isSeat else { break }
            items.append(more)
            position = more.tokens.upperBound
        }
        if items.count == 1, TokenContext.isHyphenAttached(buffer, after: position - 1), ledKeys.contains(buffer.tokens[position + 1].key) {
            led = true
            position += 2
        } else if items.contains(where: \.isSeat) {
            return nil
        }
        var modifiers = 0
        while modifiers < 2, position < upper, TokenContext.isIn(modifierKeys, buffer, position) {
            // A modifier is only skipped when a force noun follows it.
            if forceMatch(buffer, at: position, upper: upper) != nil { break }
            position += 1
            modifiers += 1
        }
        guard let force = forceMatch(buffer, at: position, upper: upper) else { return nil }
        var category = force.category
        let ledOnly = categories[category]?.ledOnly ?? false
        if ledOnly, !led { return nil }
        if led, !ledOnly { category = ActorData.ledCategory }
        for (offset, item) in items.enumerated() {
            let isLast = offset == items.count - 1
            let span = isLast ? item.tokens.lowerBound..<force.upperBound : item.tokens
            found.append(Found(tokens: span, actor: stateActor(item.code, category), named: nil))
            countries.append(CountryMention(code: item.code, token: item.tokens.lowerBound))
        }
        return force.upperBound
    }

    /// "intelligence agencies of the United States and Saudi Arabia".
    private func forcesOfCountries(_ category: String, _ tokens: Range<Int>, _ buffer: TextBuffer, lower: Int, upper: Int,
                                   into found: inout [Found], countries: inout [CountryMention]) -> Int?
    {
        guard !(categories[category]?.ledOnly ?? false), tokens.upperBound < upper, buffer.tokens[tokens.upperBound].key == ofKey else { return nil }
        var position = tokens.upperBound + 1
        if position < upper, buffer.tokens[position].key == theKey { position += 1 }
        var items: [(code: String, tokens: Range<Int>)] = []
        while items.count < 6, let more = item(buffer, at: position, upper: upper), !more.isSeat {
            items.append((more.code, more.tokens))
            position = more.tokens.upperBound
            var next = position
            if TokenContext.isPunctuation(buffer, next, UInt8(ascii: ",")) { next += 1 }
            if next < upper, buffer.tokens[next].key == andKey || buffer.tokens[next].key == orKey { next += 1 }
            if next < upper, buffer.tokens[next].key == theKey { next += 1 }
            guard next > position, item(buffer, at: next, upper: upper) != nil else { break }
            position = next
        }
        guard !items.isEmpty else { return nil }
        for (offset, item) in items.enumerated() {
            let span = offset == 0 ? tokens.lowerBound..<item.tokens.upperBound : item.tokens
            found.append(Found(tokens: span, actor: stateActor(item.code, category), named: nil))
            countries.append(CountryMention(code: item.code, token: item.tokens.lowerBound))
        }
        return position
    }

    /// The canonical state actor of a country and force category.
    func stateActor(_ code: String, _ category: String) -> Actor {
        let entry = categories[category] ?? Category(kind: .stateMilitary, template: "{D} Army")
        let name = overrides[code + "/" + category] ?? ActorLexicon.fill(entry.template, adjectives[code] ?? code)
        return Actor(name: name, kind: entry.kind, country: entry.kind == .coalition ? "" : code)
    }

    // MARK: Seats of government

    /// Whether `tokens` name a seat of government used for its government ("Washington
    /// says", "For Washington, …", "Moscow's decision", "the Kremlin"); false for place uses
    /// ("in Moscow", "the streets of Baghdad", "Washington, D.C.", "Washington Post",
    /// "Baghdad province") and for anything that is not a seat.
    public func isGovernmentMetonym(in buffer: TextBuffer, tokens: Range<Int>, lower: Int) -> Bool {
        guard !tokens.isEmpty, tokens.upperBound <= buffer.tokens.count, seatStartKeys.contains(buffer.tokens[tokens.lowerBound].key),
              let match = lexicon.longestMatch(in: buffer, at: tokens.lowerBound, limit: tokens.upperBound),
              match.tokens == tokens
        else { return false }
        for hit in match.values {
            if case .seat(let index) = hit {
                guard hasCapitalizedContent(buffer, tokens) else { return false }
                return seats[Int(index)].always || governmentReading(buffer, tokens, lower: lower)
            }
        }
        return false
    }

    /// The rule for seats written with `metonym` mode.
    private func governmentReading(_ buffer: TextBuffer, _ tokens: Range<Int>, lower: Int) -> Bool {
        let before = tokens.lowerBound - 1
        let after = tokens.upperBound
        if before >= lower {
            if TokenContext.isIn(placeCueKeys, buffer, before) { return false }
            if buffer.tokens[before].key == ofKey, before - 1 >= lower, TokenContext.isIn(placeNounKeys, buffer, before - 1) { return false }
            if buffer.tokens[before].key == theKey, before - 1 >= lower, TokenContext.isIn(placeCueKeys, buffer, before - 1) { return false }
            // "in London and Washington": follow a list back to its cue.
            if buffer.tokens[before].key == andKey || buffer.tokens[before].key == orKey || TokenContext.isPunctuation(buffer, before, UInt8(ascii: ",")) {
                var back = before - 1
                var steps = 0
                while back >= lower, steps < 8 {
                    let token = buffer.tokens[back]
                    if TokenContext.isIn(placeCueKeys, buffer, back) { return false }
                    let listy = TokenContext.isCapitalized(buffer, back) || token.key == andKey || token.key == orKey
                        || TokenContext.isPunctuation(buffer, back, UInt8(ascii: ",")) || token.kind == .punctuation
                    if !listy { break }
                    back -= 1
                    steps += 1
                }
            }
            // Compound modifiers: "pro-Moscow", "anti-Washington" are attitudes, not actors here.
            if TokenContext.isPunctuation(buffer, before, UInt8(ascii: "-")), buffer.tokens[tokens.lowerBound].flags.contains(.attachedToPrevious) {
                return false
            }
        }
        if after < buffer.tokens.count {
            if TokenContext.isHyphenAttached(buffer, after: after - 1) { return false }
            for qualifier in placeQualifiers {
                if TokenContext.isPunctuation(buffer, after, UInt8(ascii: ",")), matches(qualifier, buffer, at: after + 1) { return false }
                if matches(qualifier, buffer, at: after) { return false }
            }
            if TokenContext.isCapitalized(buffer, after), TokenContext.isIn(followerKeys, buffer, after),
               !buffer.tokens[after].flags.contains(.afterLineBreak)
            {
                return false
            }
            if TokenContext.isIn(areaSuffixKeys, buffer, after) { return false }
            if buffer.tokens[after].kind == .possessive {
                return !TokenContext.isIn(possessedPlaceKeys, buffer, after + 1)
            }
            if TokenContext.isIn(governmentVerbKeys, buffer, after) { return true }
            if TokenContext.isIn(copulaKeys, buffer, after), TokenContext.isIn(governmentStateKeys, buffer, after + 1) { return true }
        }
        if before >= lower, TokenContext.isIn(governmentPrepositionKeys, buffer, before) { return true }
        return false
    }

    private func matches(_ keys: [LexiconKey], _ buffer: TextBuffer, at index: Int) -> Bool {
        guard index >= 0, index + keys.count <= buffer.tokens.count else { return false }
        for (offset, key) in keys.enumerated() where buffer.tokens[index + offset].key != key { return false }
        return true
    }

    // MARK: Resolution

    /// The code among `codes` mentioned nearest to `token`, looking at most 64 country
    /// mentions either way (a constant window, so resolution stays linear).
    private func nearestCountry(_ codes: [String], to token: Int, in countries: [CountryMention]) -> String? {
        // First mention at or after `token` (mentions are recorded in text order).
        var low = 0
        var high = countries.count
        while low < high {
            let middle = (low + high) / 2
            if countries[middle].token < token { low = middle + 1 } else { high = middle }
        }
        var best: (distance: Int, code: String)?
        var step = 0
        while step < 64 {
            let after = low + step
            let before = low - 1 - step
            if after >= countries.count, before < 0 { break }
            for index in [before, after] where index >= 0 && index < countries.count && codes.contains(countries[index].code) {
                let distance = abs(countries[index].token - token)
                if distance < (best?.distance ?? Int.max) { best = (distance, countries[index].code) }
            }
            step += 1
        }
        return best?.code
    }

    private func resolve(_ found: [Found], countries: [CountryMention], buffer: TextBuffer) -> [ActorMention] {
        let specific = found.first { mention in
            guard mention.actor.kind == .coalition else { return false }
            if let index = mention.named { return named[Int(index)].specific }
            return true
        }
        return found.compactMap { mention -> ActorMention? in
            var actor = mention.actor
            if !mention.byCountry.isEmpty {
                let codes = mention.byCountry.map(\.country)
                guard let code = nearestCountry(codes, to: mention.tokens.lowerBound, in: countries),
                      let option = mention.byCountry.first(where: { $0.country == code })
                else { return nil }
                actor = named[Int(option.named)].actor
            }
            if let index = mention.named {
                let entry = named[Int(index)]
                if entry.generic, let specific { actor = specific.actor }
                if !entry.countries.isEmpty, let code = nearestCountry(entry.countries, to: mention.tokens.lowerBound, in: countries) {
                    actor.country = code
                }
            }
            let text = buffer.text(tokens: mention.tokens)
            return ActorMention(tokens: mention.tokens, actor: actor, surface: text == actor.name ? "" : text)
        }
    }
}
