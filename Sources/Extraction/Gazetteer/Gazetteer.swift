/// Finds places in article text and resolves each name to one ``Place``.
///
/// The data is GeoNames (generated, see `docs/DATA.md`) plus hand tables of conflict-zone
/// spellings, provinces and regions (`GazetteerData`). Matching is leftmost-longest over one
/// ``PhraseLexicon`` (at most one probe per token); the precision rules below run only on hits:
///
/// - every content token of a name is capitalized ("Mosul", "MOSUL", "al-Hawija"); particles
///   such as "al", "ez", "province" may be lowercase;
/// - names that are ordinary English words ("Nice", "Reading", "Mobile") need evidence: a
///   locative cue before them ("in Nice"), "city of", a country qualifier ("Victoria, Canada")
///   or an area word after them ("Van province"); a few ("May", "Police", "Of") never match;
/// - a name preceded by a title ("President Jackson") or standing in a person-name pair
///   ("Paris Hilton", "Jack London") is not a place;
/// - demonyms are not places ("Iraqi"); compound modifiers are not places ("Baghdad-led");
/// - capitals used as their governments ("Washington says", "Moscow has been credited") are
///   actors, not places (``ActorLexicon/isGovernmentMetonym(in:tokens:lower:)``).
///
/// Same-named places are resolved per document: each candidate scores its prior (countries
/// first, then curated entries, then national capitals, then log population) plus support from the article's other
/// places and demonyms in the same country, so "Tripoli" with "Benghazi" is in Libya and with
/// "Beirut" in Lebanon.
public final class Gazetteer: Sendable {
    /// The gazetteer built from the committed data; loaded once per process on first use.
    public static let standard = Gazetteer()

    struct Hit: Sendable {
        enum Kind: UInt8, Sendable { case place, demonym, blocked }
        var kind: Kind
        var tier: UInt8
        var index: Int32
    }

    // Candidate tiers: curated names and country names, GeoNames primary names, directional
    // regions, GeoNames alternate names. Alternates lose to any name of a better tier.
    static let tierCurated: UInt8 = 0
    static let tierName: UInt8 = 1
    static let tierDirectional: UInt8 = 2
    static let tierAlternate: UInt8 = 3

    struct Box: Sendable {
        var south: Double, north: Double, west: Double, east: Double
    }

    /// Every place, by index.
    let entries: [Place]
    let isCapital: [Bool]
    let isCurated: [Bool]
    let lexicon: PhraseLexicon<Hit>
    /// Demonym index → ISO code ("" for peoples without a state).
    let demonymCountries: [String]
    /// Demonym index → the spellings (canonical adjective first).
    let demonymSpellings: [[String]]
    /// ISO code → index of the country place.
    let countryEntry: [String: Int32]
    /// ISO code → every name of the country (GeoNames name first).
    let countryNames: [String: [String]]
    /// Entry index → a small number for its ISO code, so that resolution counts countries in
    /// an array (`countryIDCount` numbers; `emptyCountryID` for places in no country).
    let entryCountryIDs: [Int32]
    /// Demonym index → the number of its ISO code (see `entryCountryIDs`).
    let demonymCountryIDs: [Int32]
    let countryIDCount: Int
    let emptyCountryID: Int32

    let neverKeys: KeySet
    let evidenceKeys: KeySet
    let locativeKeys: KeySet
    let placeNounKeys: KeySet
    let areaSuffixKeys: KeySet
    /// Lowercase name particles ("al", "ez"), asked of every lowercase word.
    let particleKeys: FilteredKeySet
    /// The first keys of the names that do not start with a word ("'Amman"): any other number or
    /// punctuation token starts no name, so it is not probed.
    let nonWordStartKeys: KeySet
    let titleKeys: KeySet
    let followerKeys: KeySet
    let premodifierKeys: KeySet
    let clauseKeys: KeySet
    let titleCaseKeys: KeySet
    let articleKeys: KeySet
    /// The settlement nouns before "of" ("the village of …") and the words an unlisted name
    /// may start with whatever follows (compass, "of" and prefix heads), for the unlisted-shape pre-check.
    let settlementNounKeys = KeySet(Gazetteer.settlementNouns.keys)
    let shapeHeadKeys = Gazetteer.compassPrefixes.union(Gazetteer.ofHeads).union(Gazetteer.prefixHeads)
    let ofKey = LexiconKey(folding: "of")
    let listKeys = KeySet([LexiconKey(folding: "and"), LexiconKey(folding: "or")])
    let theKey = LexiconKey(folding: "the")

    /// Number of places (countries, regions, cities and towns; directional regions included).
    public var placeCount: Int { entries.count }
    /// Number of names and spellings the lexicon matches.
    public let nameCount: Int

    public init() {
        var builder = Builder()
        builder.loadCountries()
        builder.loadCurated()
        builder.loadGenerated()
        builder.loadDirectional()
        builder.loadDemonyms()
        builder.loadBlocked()
        entries = builder.entries
        isCapital = builder.isCapital
        isCurated = builder.isCurated
        lexicon = builder.lexicon
        demonymCountries = builder.demonymCountries
        demonymSpellings = builder.demonymSpellings
        countryEntry = builder.countryEntry
        countryNames = builder.countryNames
        nameCount = builder.nameCount
        // Two capital letters (every ISO code) number themselves; anything else is looked up.
        var otherCountryIDs: [String: Int32] = [:]
        func countryID(_ code: String) -> Int32 {
            let bytes = code.utf8
            if bytes.count == 2, let high = bytes.first, let low = bytes.last, (65...90).contains(high), (65...90).contains(low) {
                return 1 + Int32(high - 65) * 26 + Int32(low - 65)
            }
            if code.isEmpty { return 0 }
            if let id = otherCountryIDs[code] { return id }
            let id = 1 + 26 * 26 + Int32(otherCountryIDs.count)
            otherCountryIDs[code] = id
            return id
        }
        entryCountryIDs = builder.entries.map { countryID($0.country) }
        demonymCountryIDs = builder.demonymCountries.map(countryID)
        countryIDCount = 1 + 26 * 26 + otherCountryIDs.count
        emptyCountryID = 0
        neverKeys = TokenContext.keys(GazetteerData.neverPlaces)
        evidenceKeys = KeySet(builder.commonWords).union(TokenContext.keys(GazetteerData.needEvidence))
        locativeKeys = TokenContext.keys(GazetteerData.locativeCues)
        placeNounKeys = TokenContext.keys(GazetteerData.placeNouns)
        areaSuffixKeys = TokenContext.keys(GazetteerData.areaSuffixes)
        particleKeys = FilteredKeySet(TokenContext.keys(GazetteerData.particles))
        nonWordStartKeys = KeySet(builder.nonWordStartKeys)
        titleKeys = TokenContext.keys(GazetteerData.personTitles)
        followerKeys = TokenContext.keys(GazetteerData.placeFollowers)
        premodifierKeys = TokenContext.keys(GazetteerData.placePremodifiers)
        clauseKeys = TokenContext.keys(GazetteerData.clauseWords)
        titleCaseKeys = TokenContext.keys(GazetteerData.titleCaseCues)
        articleKeys = TokenContext.keys(GazetteerData.articles)
    }

    // MARK: Public lookups

    /// The ISO 3166-1 alpha-2 code for a demonym or national adjective ("Iraqi" → "IQ",
    /// "U.S." → "US"); nil for unknown words and for peoples without a state ("Kurdish").
    public func country(forDemonym demonym: String) -> String? {
        for hit in lexicon.values(for: demonym) where hit.kind == .demonym {
            let code = demonymCountries[Int(hit.index)]
            return code.isEmpty ? nil : code
        }
        return nil
    }

    /// The canonical adjective of a country ("IQ" → "Iraqi", "US" → "US").
    public func demonym(ofCountry code: String) -> String? {
        for (index, country) in demonymCountries.enumerated() where country == code {
            return demonymSpellings[index].first
        }
        return nil
    }

    /// The country place for an ISO code.
    public func country(code: String) -> Place? {
        guard let index = countryEntry[code] else { return nil }
        return entries[Int(index)]
    }

    /// The place a name means out of context (best prior), or nil. Case-insensitive.
    public func place(named name: String) -> Place? {
        let hits = lexicon.values(for: name).filter { $0.kind == .place }
        let best = hits.map(\.tier).min() ?? 0
        let pool = hits.filter { best <= Gazetteer.tierName ? $0.tier <= Gazetteer.tierName : $0.tier == best }
        var chosen: Int32?
        var chosenScore = -Double.infinity
        for hit in pool {
            let score = prior(Int(hit.index))
            if score > chosenScore { chosen = hit.index; chosenScore = score }
        }
        return chosen.map { entries[Int($0)] }
    }

    /// A compass part of a country ("eastern Syria") named as the country it belongs to, with
    /// the part's point kept; nil for any other place. Alerts name the country canonically and
    /// keep "eastern Syria" as the surface text.
    public func countryOfDirectionalRegion(_ place: Place) -> Place? {
        guard place.kind == .region, place.population == 0, let index = countryEntry[place.country] else { return nil }
        let country = entries[Int(index)]
        guard place.name.hasSuffix(" " + country.name),
              let direction = place.name.split(separator: " ").first,
              GazetteerData.directions.contains(where: { $0.word == direction })
        else { return nil }
        return Place(name: country.name, country: country.country, latitude: place.latitude, longitude: place.longitude,
                     kind: .country, population: 0)
    }

    // MARK: Matching

    /// A name found in the text before document-level resolution. Plain data, so that it is
    /// copied without reference counting: the candidates live in the document's candidate pool
    /// and an unlisted place in the document's table of them.
    struct Raw {
        var tokens: Range<Int>
        /// The candidate places: a range of the document's candidate pool; empty for an unlisted place.
        var candidates: Range<Int>
        /// Used as context only (a government metonym such as "Washington says").
        var hidden: Bool
        /// The token of an area word after a city name ("province"), which makes the mention a
        /// region; -1 when there is none.
        var areaSuffix: Int
        /// The index of a place the data does not list, named by its shape
        /// (``unlisted(in:at:lower:upper:)``), in the document's unlisted places; -1 for a listed place.
        var unlisted: Int
    }

    enum Verdict {
        case place(Raw)
        /// The index of the demonym.
        case demonym(Int32)
        case blocked
        case rejected
    }

    /// The place mentions of a document, in text order, resolved against each other.
    ///
    /// - Parameters:
    ///   - buffer: the tokenized article body.
    ///   - range: the tokens to read, normally all of them.
    public func places(in buffer: TextBuffer, range: Range<Int>) -> [PlaceMention] {
        let lower = max(0, range.lowerBound)
        let upper = min(buffer.tokens.count, range.upperBound)
        guard lower < upper else { return [] }
        var raws: [Raw] = []
        var pool: [Hit] = []
        var unlistedPlaces: [Place] = []
        var demonymCountriesSeen: [Int32] = []
        var shapes = ShapeCursor()
        var index = lower
        while index < upper {
            let token = buffer.tokens[index]
            // Only a word starts an unlisted name, and a name that does not start with a word
            // starts with punctuation before a word ("'Amman").
            guard token.kind == .word
                || nonWordStartKeys.contains(token.key) && (token.kind != .punctuation || TokenContext.isWord(buffer, index + 1))
            else {
                index += 1
                continue
            }
            var limit = upper
            var advanced = false
            var attempts = 0
            // Every match starting with a lowercase word that is not a particle fails
            // `hasCapitalizedContent`, so the probe (a cache miss in the large trie) is skipped.
            let lowercaseStart = token.kind == .word && !token.flags.contains(.capitalized) && !token.flags.contains(.allCaps)
                && !particleKeys.contains(token.key)
            while !lowercaseStart, attempts < 8, let match = lexicon.longestMatch(in: buffer, at: index, limit: limit) {
                attempts += 1
                switch evaluate(match, in: buffer, lower: lower, upper: upper, previousEnd: raws.last?.tokens.upperBound, pool: &pool) {
                case .place(let raw):
                    raws.append(raw)
                    index = raw.tokens.upperBound
                    advanced = true
                case .demonym(let demonym):
                    let code = demonymCountries[Int(demonym)]
                    if !code.isEmpty { demonymCountriesSeen.append(demonymCountryIDs[Int(demonym)]) }
                    index = match.tokens.upperBound
                    advanced = true
                    // "Afghan territory", "Syrian airspace": the country itself.
                    if !code.isEmpty, index < upper, Self.territoryNouns.contains(buffer.tokens[index].key),
                       let country = countryEntry[code]
                    {
                        pool.append(Hit(kind: .place, tier: Gazetteer.tierCurated, index: country))
                        raws.append(Raw(tokens: match.tokens.lowerBound..<(index + 1), candidates: (pool.count - 1)..<pool.count,
                                        hidden: false, areaSuffix: -1, unlisted: -1))
                        index += 1
                    }
                case .blocked:
                    index = match.tokens.upperBound
                    advanced = true
                case .rejected:
                    break
                }
                if advanced { break }
                limit = match.tokens.upperBound - 1
                if limit <= index { break }
            }
            if !advanced {
                if mayStartUnlisted(buffer, at: index, lower: lower, upper: upper, shapes: &shapes), let name = unlisted(in: buffer, at: index, lower: lower, upper: upper) {
                    raws.append(Raw(tokens: name.tokens, candidates: pool.count..<pool.count, hidden: false, areaSuffix: -1,
                                    unlisted: unlistedPlaces.count))
                    unlistedPlaces.append(name.place)
                    index = name.tokens.upperBound
                } else {
                    index += 1
                }
            }
        }
        return resolve(raws, pool: pool, unlistedPlaces: unlistedPlaces, demonyms: demonymCountriesSeen, in: buffer)
    }

    /// Judges one lexicon match. A place's candidates are appended to `pool` (nothing is left
    /// there for any other verdict).
    private func evaluate(_ match: PhraseLexicon<Hit>.Match, in buffer: TextBuffer, lower: Int, upper: Int, previousEnd: Int?,
                          pool: inout [Hit]) -> Verdict
    {
        let tokens = match.tokens
        let first = tokens.lowerBound
        let last = tokens.upperBound - 1
        guard hasCapitalizedContent(buffer, tokens) else { return .rejected }
        var demonym: Int32?
        var blocked = false
        var hasPlace = false
        var hasCountry = false
        for hit in match.values {
            switch hit.kind {
            case .demonym: demonym = hit.index
            case .place:
                hasPlace = true
                if entries[Int(hit.index)].kind == .country { hasCountry = true }
            case .blocked: blocked = true
            }
        }
        if blocked { return .blocked }
        // "US" is a demonym ("US forces") and a country ("the US and its allies"): then only
        // the countries are candidates.
        let countriesOnly = demonym != nil
        if let demonym {
            guard hasCountry, isNounUse(buffer, tokens) else { return .demonym(demonym) }
        }
        guard hasPlace else { return .rejected }

        // Compound modifiers ("Baghdad-led", "pro-Moscow") are not places.
        if TokenContext.isHyphenAttached(buffer, after: last), !TokenContext.isCapitalized(buffer, last + 2) {
            return .rejected
        }
        var start = first
        if TokenContext.isPunctuation(buffer, first - 1, UInt8(ascii: "-")),
           buffer.tokens[first].flags.contains(.attachedToPrevious),
           TokenContext.isWord(buffer, first - 2),
           buffer.tokens[first - 1].flags.contains(.attachedToPrevious)
        {
            if TokenContext.isIn(articleKeys, buffer, first - 2), first - 2 >= lower, previousEnd.map({ $0 <= first - 2 }) ?? true {
                start = first - 2  // "al-Tabqa": the article belongs to the name
            } else if !TokenContext.isCapitalized(buffer, first - 2) {
                return .rejected
            }
        }

        let base = pool.count
        appendCandidates(of: match.values, countriesOnly: countriesOnly, to: &pool)
        let isCountry = pool[base...].contains { entries[Int($0.index)].kind == .country }

        if tokens.count == 1, !isCountry {
            let key = buffer.tokens[first].key
            // Short all-caps words are acronyms ("UN", "AP") unless a curated name says
            // otherwise ("US", "UK", "GAO").
            if buffer.tokens[first].flags.contains(.allCaps), buffer.tokens[first].byteCount <= 3 {
                Self.keep(&pool, from: base) { $0.tier == Gazetteer.tierCurated }
                if pool.count == base { return .rejected }
            }
            if neverKeys.contains(key) {
                pool.removeSubrange(base...)
                return .rejected
            }
            if evidenceKeys.contains(key), !evidenced(&pool, from: base, buffer, tokens, lower: lower, previousEnd: previousEnd) {
                pool.removeSubrange(base...)
                return .rejected
            }
        }
        if looksLikePerson(buffer, tokens, lower: lower, previousEnd: previousEnd) {
            pool.removeSubrange(base...)
            return .rejected
        }

        var raw = Raw(tokens: start..<tokens.upperBound, candidates: base..<pool.count, hidden: false, areaSuffix: -1, unlisted: -1)
        if ActorLexicon.standard.isGovernmentMetonym(in: buffer, tokens: tokens, lower: lower) {
            raw.hidden = true
        }
        let next = tokens.upperBound
        if next < upper, TokenContext.isIn(areaSuffixKeys, buffer, next),
           pool[base...].allSatisfy({ let kind = entries[Int($0.index)].kind; return kind == .city || kind == .town })
        {
            raw.areaSuffix = next
            raw.tokens = start..<(next + 1)
            raw.hidden = false
        }
        return .place(raw)
    }

    /// Appends the place hits of a match that are candidates to `pool`: of the best tier (any
    /// curated or primary name when that is the best), only the first hit of each place, in
    /// order; only countries when `countriesOnly`.
    private func appendCandidates(of hits: [Hit], countriesOnly: Bool, to pool: inout [Hit]) {
        func eligible(_ hit: Hit) -> Bool {
            hit.kind == .place && (!countriesOnly || entries[Int(hit.index)].kind == .country)
        }
        var bestTier = Gazetteer.tierAlternate
        for hit in hits where eligible(hit) && hit.tier < bestTier { bestTier = hit.tier }
        let base = pool.count
        func included(_ hit: Hit) -> Bool {
            eligible(hit) && (bestTier <= Gazetteer.tierName ? hit.tier <= Gazetteer.tierName : hit.tier == bestTier)
        }
        if hits.count <= 16 {
            // Few hits (nearly every name): a linear scan beats hashing.
            for hit in hits where included(hit) && !pool[base...].contains(where: { $0.index == hit.index }) { pool.append(hit) }
        } else {
            var seen: Set<Int32> = []
            for hit in hits where included(hit) && seen.insert(hit.index).inserted { pool.append(hit) }
        }
    }

    /// Keeps the hits of `pool[base...]` that pass `isIncluded`, in order.
    private static func keep(_ pool: inout [Hit], from base: Int, where isIncluded: (Hit) -> Bool) {
        var end = base
        for position in base..<pool.count where isIncluded(pool[position]) {
            pool[end] = pool[position]
            end += 1
        }
        pool.removeSubrange(end...)
    }

    /// Every content token capitalized, at least one of them.
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

    /// Whether a name that is also a demonym is used as a noun: after "the" or a locative
    /// cue, and not followed by a noun it modifies ("the US and" vs "the US military").
    private func isNounUse(_ buffer: TextBuffer, _ tokens: Range<Int>) -> Bool {
        let before = tokens.lowerBound - 1
        guard TokenContext.isIn(locativeKeys, buffer, before) || buffer.tokens.indices.contains(before) && buffer.tokens[before].key == theKey
            || TokenContext.isIn(clauseKeys, buffer, before) || !TokenContext.isWord(buffer, before)
        else { return false }
        let after = tokens.upperBound
        guard TokenContext.isWord(buffer, after) else { return true }
        return TokenContext.isIn(clauseKeys, buffer, after)
    }

    /// Whether there is evidence around a name that is also an ordinary word or a given name
    /// for its candidates `pool[base...]`, which it narrows to the supported ones.
    private func evidenced(_ pool: inout [Hit], from base: Int, _ buffer: TextBuffer, _ tokens: Range<Int>, lower: Int,
                           previousEnd: Int?) -> Bool
    {
        let before = tokens.lowerBound - 1
        let after = tokens.upperBound
        // "Victoria, Canada": keep the candidates in the named country.
        if TokenContext.isPunctuation(buffer, after, UInt8(ascii: ",")),
           let qualifier = lexicon.longestMatch(in: buffer, at: after + 1)
        {
            func named(_ candidate: Hit) -> Bool {
                let country = entries[Int(candidate.index)].country
                return qualifier.values.contains { hit in
                    hit.kind == .place && entries[Int(hit.index)].kind == .country && entries[Int(hit.index)].country == country
                }
            }
            if pool[base...].contains(where: named) {
                Self.keep(&pool, from: base, where: named)
                return true
            }
        }
        if TokenContext.isSentenceInitial(buffer, tokens.lowerBound, lower: lower) { return false }
        if TokenContext.isIn(locativeKeys, buffer, before) { return true }
        // A list continued from a place: "to Riyadh and Muscat", "Mosul, Nice".
        if before > lower, let end = previousEnd, TokenContext.isIn(listKeys, buffer, before) || TokenContext.isPunctuation(buffer, before, UInt8(ascii: ",")) {
            if end == before || (end == before - 1 && TokenContext.isPunctuation(buffer, end, UInt8(ascii: ","))) {
                return true
            }
        }
        if before > lower, buffer.tokens[before].key == ofKey, TokenContext.isIn(placeNounKeys, buffer, before - 1) {
            return true
        }
        if TokenContext.isIn(areaSuffixKeys, buffer, after) { return true }
        // A geographic or facility head after it: "the Gao base", "the Van river".
        if TokenContext.isWord(buffer, after), Self.anyHead.contains(buffer.tokens[after].key) { return true }
        if TokenContext.isWord(buffer, after + 1), buffer.tokens[after].key == Self.airKey,
           Self.facilityHeads.contains(buffer.tokens[after + 1].key)
        {
            return true
        }
        return false
    }

    /// A title before the name, or a given-name/surname pair around it (not in a headline).
    private func looksLikePerson(_ buffer: TextBuffer, _ tokens: Range<Int>, lower: Int, previousEnd: Int?) -> Bool {
        let before = tokens.lowerBound - 1
        if before >= lower {
            if TokenContext.isWord(buffer, before), TokenContext.isIn(titleKeys, buffer, before) { return true }
            if TokenContext.isPunctuation(buffer, before, UInt8(ascii: ".")), before - 1 >= lower,
               TokenContext.isIn(titleKeys, buffer, before - 1)
            {
                return true
            }
        }
        let after = tokens.upperBound
        let pair = TokenContext.isCapitalized(buffer, after)
            && !buffer.tokens[after].flags.contains(.allCaps)
            && !buffer.tokens[after].flags.contains(.afterLineBreak)
            && !buffer.tokens[after].flags.contains(.attachedToPrevious)
            && !followerKeys.contains(buffer.tokens[after].key)
            && !ActorLexicon.standard.mayStart(with: buffer.tokens[after])
            || before >= lower && TokenContext.isCapitalized(buffer, before)
            && !buffer.tokens[before].flags.contains(.allCaps)
            && !buffer.tokens[tokens.lowerBound].flags.contains(.afterLineBreak)
            && !premodifierKeys.contains(buffer.tokens[before].key)
            && !lexicon.mayStart(with: buffer.tokens[before])
            && !ActorLexicon.standard.mayStart(with: buffer.tokens[before])
            && previousEnd != tokens.lowerBound
            && !TokenContext.isSentenceInitial(buffer, before, lower: lower)
        // The headline test looks at eight tokens, so it runs only when a pair is found.
        return pair && !isTitleCased(buffer, tokens, lower: lower)
    }

    /// A capitalized function word within four tokens, not starting a sentence: a headline.
    private func isTitleCased(_ buffer: TextBuffer, _ tokens: Range<Int>, lower: Int) -> Bool {
        let from = max(lower, tokens.lowerBound - 4)
        let to = min(buffer.tokens.count, tokens.upperBound + 4)
        for index in from..<to where !tokens.contains(index) {
            let token = buffer.tokens[index]
            guard token.kind == .word, token.flags.contains(.capitalized), !token.flags.contains(.allCaps),
                  titleCaseKeys.contains(token.key)
            else { continue }
            if !TokenContext.isSentenceInitial(buffer, index, lower: lower) { return true }
        }
        return false
    }

    // MARK: Resolution

    func prior(_ index: Int) -> Double {
        let place = entries[index]
        var score = 0.30103 * TokenContext.log2(place.population)
        switch place.kind {
        case .country: score += 20
        case .region where isCurated[index]: score += 2
        default: break
        }
        // Hand-curated entries are the meaning conflict news intends ("Asia" the continent,
        // not Asia in the Philippines).
        if isCurated[index] { score += 5 }
        if isCapital[index] { score += 1 }
        return score
    }

    private func bestByPrior(_ candidates: ArraySlice<Hit>) -> Int32 {
        var best = candidates[candidates.startIndex].index
        var bestScore = prior(Int(best))
        for candidate in candidates.dropFirst() {
            let score = prior(Int(candidate.index))
            if score > bestScore { best = candidate.index; bestScore = score }
        }
        return best
    }

    /// One distinct candidate list of a document (a name, usually): its contribution to the
    /// document's countries and the place it resolves to.
    private struct Group {
        var candidates: Range<Int>
        var country: Int32
        var weight: Double
        var pick: Int32 = -1
    }

    /// The group of every raw with candidates (-1 for unlisted places), and the groups: raws
    /// with equal candidate lists share one.
    private static func groups(of raws: [Raw], pool: [Hit]) -> (byRaw: [Int], groups: [Group]) {
        var slotCount = 16
        while slotCount < raws.count * 2 { slotCount <<= 1 }
        var slots = [Int](repeating: -1, count: slotCount)
        var groups: [Group] = []
        var byRaw = [Int](repeating: -1, count: raws.count)
        for (position, raw) in raws.enumerated() where !raw.candidates.isEmpty {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for hit in pool[raw.candidates] { hash = (hash ^ UInt64(UInt32(bitPattern: hit.index))) &* 0x0000_0100_0000_01b3 }
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (slotCount - 1)
            while slots[slot] >= 0, !pool[groups[slots[slot]].candidates].elementsEqual(pool[raw.candidates], by: { $0.index == $1.index }) {
                slot = (slot + 1) & (slotCount - 1)
            }
            if slots[slot] < 0 {
                slots[slot] = groups.count
                groups.append(Group(candidates: raw.candidates, country: 0, weight: 0))
            }
            byRaw[position] = slots[slot]
        }
        return (byRaw, groups)
    }

    private func resolve(_ raws: [Raw], pool: [Hit], unlistedPlaces: [Place], demonyms: [Int32], in buffer: TextBuffer) -> [PlaceMention] {
        guard !raws.isEmpty else { return [] }
        // One contribution per distinct name (candidate list): 3 for an unambiguous name, 1.5
        // for the prior choice of an ambiguous one; 1.5 per distinct demonym country.
        var (byRaw, groups) = Self.groups(of: raws, pool: pool)
        var support = [Double](repeating: 0, count: countryIDCount)
        for index in groups.indices {
            let candidates = pool[groups[index].candidates]
            let firstCountry = entryCountryIDs[Int(candidates[candidates.startIndex].index)]
            let ambiguous = candidates.contains { entryCountryIDs[Int($0.index)] != firstCountry }
            let choice = ambiguous ? bestByPrior(candidates) : candidates[candidates.startIndex].index
            groups[index].country = entryCountryIDs[Int(choice)]
            groups[index].weight = ambiguous ? 1.5 : 3
            if groups[index].country != emptyCountryID { support[Int(groups[index].country)] += groups[index].weight }
        }
        var counted: [Int32] = []
        for code in demonyms where !counted.contains(code) {
            counted.append(code)
            support[Int(code)] += 1.5
        }
        for index in groups.indices {
            let own = groups[index]
            let candidates = pool[own.candidates]
            guard candidates.count > 1 else {
                groups[index].pick = candidates[candidates.startIndex].index
                continue
            }
            var best = candidates[candidates.startIndex].index
            var bestScore = -Double.infinity
            for candidate in candidates {
                let country = entryCountryIDs[Int(candidate.index)]
                var context = support[Int(country)]
                if own.country == country { context -= own.weight }
                let score = prior(Int(candidate.index)) + context
                if score > bestScore { best = candidate.index; bestScore = score }
            }
            groups[index].pick = best
        }

        var mentions: [PlaceMention] = []
        mentions.reserveCapacity(raws.count)
        var unlisted: [Int] = []
        for (position, raw) in raws.enumerated() {
            if raw.unlisted >= 0 {
                unlisted.append(mentions.count)
                mentions.append(PlaceMention(tokens: raw.tokens, place: unlistedPlaces[raw.unlisted], surface: ""))
                continue
            }
            guard !raw.hidden else { continue }
            var place = entries[Int(groups[byRaw[position]].pick)]
            if raw.areaSuffix >= 0 {
                let suffix = buffer.text(of: buffer.tokens[raw.areaSuffix]).lowercased()
                place = Place(name: place.name + " " + suffix, country: place.country, latitude: place.latitude,
                              longitude: place.longitude, kind: .region, population: 0)
            }
            mentions.append(PlaceMention(tokens: raw.tokens, place: place, surface: Self.surface(buffer, raw.tokens, unless: place.name)))
        }
        for index in unlisted {
            let mention = mentions[index]
            mentions[index].place = Self.locate(mention.place, at: mention.tokens, among: mentions)
            mentions[index].surface = Self.surface(buffer, mention.tokens, unless: mention.place.name)
        }
        return mentions
    }

    /// The text of `tokens`, or "" when it equals `name` (compared as bytes first, so the usual
    /// exact spelling allocates no string).
    private static func surface(_ buffer: TextBuffer, _ tokens: Range<Int>, unless name: String) -> String {
        guard !tokens.isEmpty else { return "" }
        let bytes = Int(buffer.tokens[tokens.lowerBound].byteStart)..<Int(buffer.tokens[tokens.upperBound - 1].byteEnd)
        var name = name
        let sameBytes = name.utf8.count == bytes.count && name.withUTF8 { stored in
            buffer.bytes.withUnsafeBufferPointer { all in
                for offset in 0..<stored.count where stored[offset] != all[bytes.lowerBound + offset] { return false }
                return true
            }
        }
        if sameBytes { return "" }
        let text = buffer.text(bytes: bytes)
        return text == name ? "" : text
    }
}
