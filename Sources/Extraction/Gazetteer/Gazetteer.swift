/// Finds places in article text and resolves each name to one ``Place``.
///
/// The data is GeoNames (generated, see `docs/DATA.md`) plus hand tables of conflict-zone
/// spellings, provinces and regions (`GazetteerData`). Matching is leftmost-longest over one
/// ``PhraseLexicon`` (one probe per token); the precision rules below run only on hits:
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

    let neverKeys: KeySet
    let evidenceKeys: KeySet
    let locativeKeys: KeySet
    let placeNounKeys: KeySet
    let areaSuffixKeys: KeySet
    let particleKeys: KeySet
    let titleKeys: KeySet
    let followerKeys: KeySet
    let premodifierKeys: KeySet
    let clauseKeys: KeySet
    let titleCaseKeys: KeySet
    let articleKeys: KeySet
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
        neverKeys = TokenContext.keys(GazetteerData.neverPlaces)
        evidenceKeys = KeySet(builder.commonWords).union(TokenContext.keys(GazetteerData.needEvidence))
        locativeKeys = TokenContext.keys(GazetteerData.locativeCues)
        placeNounKeys = TokenContext.keys(GazetteerData.placeNouns)
        areaSuffixKeys = TokenContext.keys(GazetteerData.areaSuffixes)
        particleKeys = TokenContext.keys(GazetteerData.particles)
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

    /// A name found in the text before document-level resolution.
    struct Raw {
        var tokens: Range<Int>
        var candidates: [Int32]
        /// Used as context only (a government metonym such as "Washington says").
        var hidden: Bool
        /// An area word after a city name ("province"), which makes the mention a region.
        var areaSuffix: String?
        /// A place the data does not list, named by its shape (``unlisted(in:at:lower:upper:)``);
        /// `candidates` is empty then.
        var unlisted: Place? = nil
    }

    enum Verdict {
        case place(Raw)
        case demonym(String)
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
        var demonymCountriesSeen: [String] = []
        var index = lower
        while index < upper {
            guard buffer.tokens[index].kind != .punctuation || TokenContext.isWord(buffer, index + 1) else {
                index += 1
                continue
            }
            var limit = upper
            var advanced = false
            var attempts = 0
            // Every match starting with a lowercase word that is not a particle fails
            // `hasCapitalizedContent`, so the probe (a cache miss in the large trie) is skipped.
            let token = buffer.tokens[index]
            let lowercaseStart = token.kind == .word && !token.flags.contains(.capitalized) && !token.flags.contains(.allCaps)
                && !particleKeys.contains(token.key)
            while !lowercaseStart, attempts < 8, let match = lexicon.longestMatch(in: buffer, at: index, limit: limit) {
                attempts += 1
                switch evaluate(match, in: buffer, lower: lower, upper: upper, previous: raws.last) {
                case .place(let raw):
                    raws.append(raw)
                    index = raw.tokens.upperBound
                    advanced = true
                case .demonym(let code):
                    if !code.isEmpty { demonymCountriesSeen.append(code) }
                    index = match.tokens.upperBound
                    advanced = true
                    // "Afghan territory", "Syrian airspace": the country itself.
                    if !code.isEmpty, index < upper, Self.territoryNouns.contains(buffer.tokens[index].key),
                       let country = countryEntry[code]
                    {
                        raws.append(Raw(tokens: match.tokens.lowerBound..<(index + 1), candidates: [country], hidden: false, areaSuffix: nil))
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
                if let raw = unlisted(in: buffer, at: index, lower: lower, upper: upper) {
                    raws.append(raw)
                    index = raw.tokens.upperBound
                } else {
                    index += 1
                }
            }
        }
        return resolve(raws, demonyms: demonymCountriesSeen, in: buffer)
    }

    private func evaluate(_ match: PhraseLexicon<Hit>.Match, in buffer: TextBuffer, lower: Int, upper: Int, previous: Raw?) -> Verdict {
        let tokens = match.tokens
        let first = tokens.lowerBound
        let last = tokens.upperBound - 1
        guard hasCapitalizedContent(buffer, tokens) else { return .rejected }
        var demonymCode: String?
        var candidates: [Hit] = []
        var blocked = false
        for hit in match.values {
            switch hit.kind {
            case .demonym: demonymCode = demonymCountries[Int(hit.index)]
            case .place: candidates.append(hit)
            case .blocked: blocked = true
            }
        }
        if blocked { return .blocked }
        if let code = demonymCode {
            // "US" is a demonym ("US forces") and a country ("the US and its allies").
            let countries = candidates.filter { entries[Int($0.index)].kind == .country }
            guard !countries.isEmpty, isNounUse(buffer, tokens) else { return .demonym(code) }
            candidates = countries
        }
        guard !candidates.isEmpty else { return .rejected }

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
            if TokenContext.isIn(articleKeys, buffer, first - 2), first - 2 >= lower, previous.map({ $0.tokens.upperBound <= first - 2 }) ?? true {
                start = first - 2  // "al-Tabqa": the article belongs to the name
            } else if !TokenContext.isCapitalized(buffer, first - 2) {
                return .rejected
            }
        }

        let bestTier = candidates.map(\.tier).min() ?? Gazetteer.tierAlternate
        candidates = Self.firstOfEachPlace(candidates) {
            bestTier <= Gazetteer.tierName ? $0.tier <= Gazetteer.tierName : $0.tier == bestTier
        }
        let isCountry = candidates.contains { entries[Int($0.index)].kind == .country }

        if tokens.count == 1, !isCountry {
            let key = buffer.tokens[first].key
            // Short all-caps words are acronyms ("UN", "AP") unless a curated name says
            // otherwise ("US", "UK", "GAO").
            if buffer.tokens[first].flags.contains(.allCaps), buffer.tokens[first].byteCount <= 3 {
                candidates = candidates.filter { $0.tier == Gazetteer.tierCurated }
                if candidates.isEmpty { return .rejected }
            }
            if neverKeys.contains(key) { return .rejected }
            if evidenceKeys.contains(key) {
                guard let filtered = evidenced(candidates, buffer, tokens, lower: lower, previous: previous) else { return .rejected }
                candidates = filtered
            }
        }
        if looksLikePerson(buffer, tokens, lower: lower, previous: previous) { return .rejected }

        var raw = Raw(tokens: start..<tokens.upperBound, candidates: candidates.map(\.index), hidden: false, areaSuffix: nil)
        if ActorLexicon.standard.isGovernmentMetonym(in: buffer, tokens: tokens, lower: lower) {
            raw.hidden = true
        }
        let next = tokens.upperBound
        if next < upper, TokenContext.isIn(areaSuffixKeys, buffer, next),
           candidates.allSatisfy({ let kind = entries[Int($0.index)].kind; return kind == .city || kind == .town })
        {
            raw.areaSuffix = buffer.text(of: buffer.tokens[next]).lowercased()
            raw.tokens = start..<(next + 1)
            raw.hidden = false
        }
        return .place(raw)
    }

    /// The hits that pass `isIncluded`, keeping only the first hit of each place, in order.
    private static func firstOfEachPlace(_ hits: [Hit], where isIncluded: (Hit) -> Bool) -> [Hit] {
        var kept: [Hit] = []
        kept.reserveCapacity(hits.count)
        if hits.count <= 16 {
            // Few hits (nearly every name): a linear scan beats hashing.
            for hit in hits where isIncluded(hit) && !kept.contains(where: { $0.index == hit.index }) { kept.append(hit) }
        } else {
            var seen: Set<Int32> = []
            for hit in hits where isIncluded(hit) && seen.insert(hit.index).inserted { kept.append(hit) }
        }
        return kept
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

    /// The candidates supported by evidence around a name that is also an ordinary word or a
    /// given name, or nil when there is none.
    private func evidenced(_ candidates: [Hit], _ buffer: TextBuffer, _ tokens: Range<Int>, lower: Int, previous: Raw?) -> [Hit]? {
        let before = tokens.lowerBound - 1
        let after = tokens.upperBound
        // "Victoria, Canada": keep the candidates in the named country.
        if TokenContext.isPunctuation(buffer, after, UInt8(ascii: ",")),
           let qualifier = lexicon.longestMatch(in: buffer, at: after + 1)
        {
            let codes = Set(qualifier.values.compactMap { hit -> String? in
                guard hit.kind == .place, entries[Int(hit.index)].kind == .country else { return nil }
                return entries[Int(hit.index)].country
            })
            let kept = candidates.filter { codes.contains(entries[Int($0.index)].country) }
            if !kept.isEmpty { return kept }
        }
        if TokenContext.isSentenceInitial(buffer, tokens.lowerBound, lower: lower) { return nil }
        if TokenContext.isIn(locativeKeys, buffer, before) { return candidates }
        // A list continued from a place: "to Riyadh and Muscat", "Mosul, Nice".
        if before > lower, let previous, TokenContext.isIn(listKeys, buffer, before) || TokenContext.isPunctuation(buffer, before, UInt8(ascii: ",")) {
            let end = previous.tokens.upperBound
            if end == before || (end == before - 1 && TokenContext.isPunctuation(buffer, end, UInt8(ascii: ","))) {
                return candidates
            }
        }
        if before > lower, buffer.tokens[before].key == ofKey, TokenContext.isIn(placeNounKeys, buffer, before - 1) {
            return candidates
        }
        if TokenContext.isIn(areaSuffixKeys, buffer, after) { return candidates }
        // A geographic or facility head after it: "the Gao base", "the Van river".
        if TokenContext.isWord(buffer, after), Self.anyHead.contains(buffer.tokens[after].key) { return candidates }
        if TokenContext.isWord(buffer, after + 1), buffer.tokens[after].key == Self.airKey,
           Self.facilityHeads.contains(buffer.tokens[after + 1].key)
        {
            return candidates
        }
        return nil
    }

    /// A title before the name, or a given-name/surname pair around it.
    private func looksLikePerson(_ buffer: TextBuffer, _ tokens: Range<Int>, lower: Int, previous: Raw?) -> Bool {
        let before = tokens.lowerBound - 1
        if before >= lower {
            if TokenContext.isWord(buffer, before), TokenContext.isIn(titleKeys, buffer, before) { return true }
            if TokenContext.isPunctuation(buffer, before, UInt8(ascii: ".")), before - 1 >= lower,
               TokenContext.isIn(titleKeys, buffer, before - 1)
            {
                return true
            }
        }
        if isTitleCased(buffer, tokens, lower: lower) { return false }
        let after = tokens.upperBound
        if TokenContext.isCapitalized(buffer, after),
           !buffer.tokens[after].flags.contains(.allCaps),
           !buffer.tokens[after].flags.contains(.afterLineBreak),
           !buffer.tokens[after].flags.contains(.attachedToPrevious),
           !followerKeys.contains(buffer.tokens[after].key),
           !ActorLexicon.standard.mayStart(with: buffer.tokens[after])
        {
            return true
        }
        if before >= lower, TokenContext.isCapitalized(buffer, before),
           !buffer.tokens[before].flags.contains(.allCaps),
           !buffer.tokens[tokens.lowerBound].flags.contains(.afterLineBreak),
           !premodifierKeys.contains(buffer.tokens[before].key),
           !lexicon.mayStart(with: buffer.tokens[before]),
           !ActorLexicon.standard.mayStart(with: buffer.tokens[before]),
           previous?.tokens.upperBound != tokens.lowerBound,
           !TokenContext.isSentenceInitial(buffer, before, lower: lower)
        {
            return true
        }
        return false
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

    private func bestByPrior(_ candidates: [Int32]) -> Int32 {
        var best = candidates[0]
        var bestScore = prior(Int(best))
        for candidate in candidates.dropFirst() {
            let score = prior(Int(candidate))
            if score > bestScore { best = candidate; bestScore = score }
        }
        return best
    }

    private func resolve(_ raws: [Raw], demonyms: [String], in buffer: TextBuffer) -> [PlaceMention] {
        guard !raws.isEmpty else { return [] }
        // One contribution per distinct name (candidate set): 3 for an unambiguous name, 1.5
        // for the prior choice of an ambiguous one; 1.5 per distinct demonym country.
        var groups: [[Int32]: (country: String, weight: Double)] = [:]
        for raw in raws where groups[raw.candidates] == nil && !raw.candidates.isEmpty {
            let ambiguous = Set(raw.candidates.map { entries[Int($0)].country }).count > 1
            let choice = ambiguous ? bestByPrior(raw.candidates) : raw.candidates[0]
            groups[raw.candidates] = (entries[Int(choice)].country, ambiguous ? 1.5 : 3)
        }
        var support: [String: Double] = [:]
        for group in groups.values where !group.country.isEmpty {
            support[group.country, default: 0] += group.weight
        }
        for code in Set(demonyms) { support[code, default: 0] += 1.5 }

        var chosen: [[Int32]: Int32] = [:]
        var mentions: [PlaceMention] = []
        var unlisted: [Int] = []
        for raw in raws {
            if let place = raw.unlisted {
                unlisted.append(mentions.count)
                mentions.append(PlaceMention(tokens: raw.tokens, place: place, surface: ""))
                continue
            }
            let pick: Int32
            if let done = chosen[raw.candidates] {
                pick = done
            } else if raw.candidates.count == 1 {
                pick = raw.candidates[0]
            } else {
                let own = groups[raw.candidates]
                var best = raw.candidates[0]
                var bestScore = -Double.infinity
                for candidate in raw.candidates {
                    let country = entries[Int(candidate)].country
                    var context = support[country] ?? 0
                    if let own, own.country == country { context -= own.weight }
                    let score = prior(Int(candidate)) + context
                    if score > bestScore { best = candidate; bestScore = score }
                }
                pick = best
            }
            chosen[raw.candidates] = pick
            guard !raw.hidden else { continue }
            var place = entries[Int(pick)]
            if let suffix = raw.areaSuffix {
                place = Place(name: place.name + " " + suffix, country: place.country, latitude: place.latitude,
                              longitude: place.longitude, kind: .region, population: 0)
            }
            let text = buffer.text(tokens: raw.tokens)
            mentions.append(PlaceMention(tokens: raw.tokens, place: place, surface: text == place.name ? "" : text))
        }
        for index in unlisted {
            let mention = mentions[index]
            mentions[index].place = Self.locate(mention.place, at: mention.tokens, among: mentions)
            let text = buffer.text(tokens: mention.tokens)
            mentions[index].surface = text == mention.place.name ? "" : text
        }
        return mentions
    }
}
