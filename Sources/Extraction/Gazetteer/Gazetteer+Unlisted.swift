/// Places the data does not list, recognised by the shape of their names (named-entity
/// classes): a proper name with a geographic or facility head ("the Hamrin mountains", "the
/// Netzarim corridor", "Kweires air base", "the Lower Shabelle region"), a settlement noun in
/// apposition ("the village of Novodmytrivka", "the town of al-Hader"), a capitalized
/// geographic head with "of" ("the Strait of Hormuz") or before a name ("Wadi Barada"), and a
/// compass prefix after a locative cue ("in North Waziristan").
///
/// Such a place has no coordinates of its own: it takes the country and point of the nearest
/// listed place of the article (the one it lies in, usually), else none.
extension Gazetteer {
    /// How an unlisted name's head makes it a place.
    enum UnlistedClass: Sendable {
        /// Mountains, rivers, corridors: the head is part of the name ("Hamrin Mountains").
        case feature
        /// Region, district, province: a region named with its lowercase head ("Lower Shabelle region").
        case area
        /// A base or airport: the proper name alone names the place ("Kweires").
        case facility
    }

    /// Lowercase or capitalized heads after a proper name, by class (open-addressing key sets:
    /// this runs on every capitalized word the lexicon does not know).
    static let featureHeads = KeySet(words: GazetteerData.featureHeads)
    static let areaHeads = KeySet(words: GazetteerData.areaHeads)
    static let facilityHeads = KeySet(words: GazetteerData.facilityHeads)
    static let anyHead = FilteredKeySet(featureHeads.union(areaHeads).union(facilityHeads))

    static func headClass(_ key: LexiconKey) -> UnlistedClass? {
        guard anyHead.contains(key) else { return nil }
        if featureHeads.contains(key) { return .feature }
        return areaHeads.contains(key) ? .area : .facility
    }
    static let settlementNouns: [LexiconKey: Place.Kind] = {
        var table: [LexiconKey: Place.Kind] = [:]
        for (word, kind) in GazetteerData.settlementNouns { table[LexiconKey(folding: word)] = kind }
        return table
    }()
    /// Capitalized heads that take "of" ("Strait of Hormuz") or precede the name ("Wadi Barada").
    static let ofHeads = KeySet(words: GazetteerData.ofHeads)
    static let prefixHeads = KeySet(words: GazetteerData.prefixHeads)
    static let compassPrefixes = KeySet(words: ["north", "south", "east", "west", "upper", "lower"])
    static let airKey = LexiconKey(folding: "air")
    /// Nouns after a demonym that name the country itself ("Afghan territory").
    static let territoryNouns = KeySet(words: ["territory", "soil", "airspace", "waters", "territorial"])
    static let appositionDeterminers: KeySet = TokenContext.keys(["a", "an", "the"])
    static let appositionNouns: [LexiconKey: Place.Kind] = {
        var table: [LexiconKey: Place.Kind] = [:]
        for (word, kind) in GazetteerData.appositionNouns { table[LexiconKey(folding: word)] = kind }
        return table
    }()
    static let unlistedStoppers = KeySet(words: GazetteerData.unlistedStoppers)

    /// Finds, for increasing positions, the first token ahead that gives a capitalized word an
    /// unlisted-place shape: a geographic or facility head, or a comma before a determiner
    /// ("Adan Yabaal, a long-time base"). Each token is examined at most once per document.
    struct ShapeCursor {
        private let heads = Gazetteer.anyHead
        private let determiners = Gazetteer.appositionDeterminers
        /// Every position before `scanned` has been examined; `found` is the first hit among
        /// them at or after the last query's start, or -1 when there is none.
        private var scanned = 0
        private var found = -1

        /// The first hit in `start..<end`; `start` must not decrease between calls.
        mutating func first(in buffer: TextBuffer, from start: Int, to end: Int) -> Int? {
            if found >= start { return found < end ? found : nil }
            var position = max(start, scanned)
            while position < end {
                let token = buffer.tokens[position]
                let hit = token.kind != .punctuation
                    ? heads.contains(token.key)
                    : TokenContext.isPunctuation(buffer, position, UInt8(ascii: ",")) && TokenContext.isIn(determiners, buffer, position + 1)
                if hit {
                    found = position
                    scanned = position + 1
                    return position
                }
                position += 1
            }
            found = -1
            scanned = max(scanned, end)
            return nil
        }
    }

    /// Whether ``unlisted(in:at:lower:upper:)`` can find a place at `index` (a cheap superset of
    /// its shapes, inline for the common word): a settlement noun and "of" before it, or a
    /// capitalized word that is a compass, "of" or prefix head or has a head or an appositive
    /// comma ahead.
    @inline(__always)
    func mayStartUnlisted(_ buffer: TextBuffer, at index: Int, lower: Int, upper: Int, shapes: inout ShapeCursor) -> Bool {
        let token = buffer.tokens[index]
        guard token.kind == .word else { return false }
        if index - 2 >= lower, buffer.tokens[index - 1].key == ofKey, settlementNounKeys.contains(buffer.tokens[index - 2].key) {
            return true
        }
        guard token.flags.contains(.capitalized) || token.flags.contains(.allCaps) else { return false }
        if shapeHeadKeys.contains(token.key) { return true }
        guard let hit = shapes.first(in: buffer, from: index + 1, to: min(upper, index + 6)) else { return false }
        return hit < index + 5 || buffer.tokens[hit].kind != .punctuation
    }

    /// A place the data does not list and the tokens that name it.
    struct UnlistedName {
        var tokens: Range<Int>
        var place: Place
    }

    /// An unlisted place starting at `index`, or nil. Looks at most a few tokens ahead.
    func unlisted(in buffer: TextBuffer, at index: Int, lower: Int, upper: Int) -> UnlistedName? {
        guard index < upper, buffer.tokens[index].kind == .word else { return nil }
        // "the village of Novodmytrivka", "the town of al-Hader".
        if index - 2 >= lower, buffer.tokens[index - 1].key == ofKey,
           let kind = Self.settlementNouns[buffer.tokens[index - 2].key],
           let name = properName(in: buffer, from: index, upper: upper, allowArticle: true)
        {
            return unlistedName(buffer, name, kind: kind, head: nil)
        }
        guard TokenContext.isCapitalized(buffer, index) else { return nil }
        let key = buffer.tokens[index].key
        // "in North Waziristan": a compass prefix and a name after a locative cue.
        if Self.compassPrefixes.contains(key), index - 1 >= lower, TokenContext.isIn(locativeKeys, buffer, index - 1),
           !buffer.tokens[index - 1].flags.contains(.capitalized),
           let name = properName(in: buffer, from: index + 1, upper: upper, allowArticle: false)
        {
            return unlistedName(buffer, index..<name.upperBound, kind: .region, head: nil)
        }
        // Cheap pre-check: most capitalized words have no geographic head ahead of them.
        let ofShape = Self.ofHeads.contains(key) && index + 1 < upper && buffer.tokens[index + 1].key == ofKey
        let prefixShape = Self.prefixHeads.contains(key)
        var headAhead = false
        var commaAhead = false
        var ahead = index + 1
        while !ofShape, !prefixShape, !headAhead, !commaAhead, ahead < min(upper, index + 6) {
            let token = buffer.tokens[ahead]
            if token.kind == .punctuation {
                // "Adan Yabaal, a long-time base": an appositive may name the class.
                commaAhead = ahead < index + 5 && TokenContext.isPunctuation(buffer, ahead, UInt8(ascii: ","))
                    && TokenContext.isIn(Self.appositionDeterminers, buffer, ahead + 1)
            } else {
                headAhead = Self.anyHead.contains(token.key)
            }
            ahead += 1
        }
        guard ofShape || prefixShape || headAhead || commaAhead, !isExcludedStart(buffer, index) else { return nil }
        // "the Strait of Hormuz", "the Gulf of Aden".
        if Self.ofHeads.contains(key), index + 2 < upper, buffer.tokens[index + 1].key == ofKey,
           let name = properName(in: buffer, from: index + 2, upper: upper, allowArticle: true)
        {
            return unlistedName(buffer, index..<name.upperBound, kind: .other, head: nil)
        }
        // "Wadi Barada", "Jebel Akhdar".
        if Self.prefixHeads.contains(key), let name = properName(in: buffer, from: index + 1, upper: upper, allowArticle: true) {
            return unlistedName(buffer, index..<name.upperBound, kind: .other, head: nil)
        }
        guard let name = properName(in: buffer, from: index, upper: upper, allowArticle: false) else { return nil }
        // "Adan Yabaal, a long-time al-Shabaab base in …": an appositive names the class.
        if commaAhead, TokenContext.isPunctuation(buffer, name.upperBound, UInt8(ascii: ",")),
           let kind = appositiveClass(buffer, after: name.upperBound + 1, upper: upper)
        {
            return unlistedName(buffer, name, kind: kind, head: nil)
        }
        var head = name.upperBound
        if head < upper, buffer.tokens[head].key == Self.airKey { head += 1 }  // "air base"
        if head < upper, buffer.tokens[head].kind == .word, let kind = Self.headClass(buffer.tokens[head].key),
           // "the Zanjili district of Mosul": a part of a listed settlement reads as that settlement.
           !(head + 1 < upper && buffer.tokens[head + 1].key == ofKey && !isCountryName(buffer, at: head + 2, upper: upper))
        {
            switch kind {
            case .feature: return unlistedName(buffer, name.lowerBound..<(head + 1), kind: .other, head: nil, titleHead: true)
            case .area: return unlistedName(buffer, name.lowerBound..<(head + 1), kind: .region, head: nil)
            case .facility: return unlistedName(buffer, name, kind: .other, head: head + 1)
            }
        }
        return nil
    }

    /// The kind an appositive ("a long-time al-Shabaab base", "the provincial capital") gives the
    /// name before it: a determiner, up to six modifiers, a settlement or facility noun.
    private func appositiveClass(_ buffer: TextBuffer, after start: Int, upper: Int) -> Place.Kind? {
        guard TokenContext.isIn(Self.appositionDeterminers, buffer, start) else { return nil }
        var position = start + 1
        while position < min(upper, start + 8) {
            let token = buffer.tokens[position]
            if let kind = Self.appositionNouns[token.key] { return kind }
            if token.kind == .punctuation, !TokenContext.isPunctuation(buffer, position, UInt8(ascii: "-")) { return nil }
            position += 1
        }
        return nil
    }

    /// One to three capitalized words (hyphen-joined words count as one; an Arabic article may
    /// lead: "al-Hader"), none of them a stopper, an actor's first word or a demonym.
    private func properName(in buffer: TextBuffer, from start: Int, upper: Int, allowArticle: Bool) -> Range<Int>? {
        var position = start
        if allowArticle, position + 2 < upper, TokenContext.isIn(articleKeys, buffer, position),
           TokenContext.isHyphenAttached(buffer, after: position)
        {
            position += 2
        }
        var words = 0
        while position < upper, words < 3, TokenContext.isCapitalized(buffer, position),
              !buffer.tokens[position].flags.contains(.allCaps) || buffer.tokens[position].byteCount > 3
        {
            if Self.unlistedStoppers.contains(buffer.tokens[position].key) || isDemonymOrActor(buffer, position) {
                break
            }
            // "Shebaa Farms", "Sambisa Forest": a capitalized head ends the name.
            if words > 0, Self.anyHead.contains(buffer.tokens[position].key) { break }
            words += 1
            position += 1
            // "Al-Hadher", "Deir-Hafer": a hyphen joins the next capitalized word.
            if TokenContext.isHyphenAttached(buffer, after: position - 1), TokenContext.isCapitalized(buffer, position + 1) {
                position += 2
            }
            // "Hammam al-Alil", "Ras al-Ain": an Arabic article joins the next capitalized word.
            if position + 2 < upper, TokenContext.isIn(articleKeys, buffer, position), !TokenContext.isCapitalized(buffer, position),
               TokenContext.isHyphenAttached(buffer, after: position), TokenContext.isCapitalized(buffer, position + 2)
            {
                position += 2
            }
        }
        guard words > 0 else { return nil }
        return start..<position
    }

    private func isCountryName(_ buffer: TextBuffer, at index: Int, upper: Int) -> Bool {
        guard index < upper, let match = lexicon.longestMatch(in: buffer, at: index, limit: upper) else { return false }
        return match.values.contains { $0.kind == .place && entries[Int($0.index)].kind == .country }
    }

    private func isExcludedStart(_ buffer: TextBuffer, _ index: Int) -> Bool {
        if Self.unlistedStoppers.contains(buffer.tokens[index].key) { return true }
        if index > 0, TokenContext.isIn(titleKeys, buffer, index - 1) { return true }
        if index > 1, TokenContext.isPunctuation(buffer, index - 1, UInt8(ascii: ".")), TokenContext.isIn(titleKeys, buffer, index - 2) {
            return true
        }
        // Inside a longer capitalized run ("the Mosul Eye Hamrin …"): only its first word starts a name.
        if index > 0, TokenContext.isCapitalized(buffer, index - 1), !TokenContext.isSentenceInitial(buffer, index - 1, lower: 0) {
            return true
        }
        return isDemonymOrActor(buffer, index)
    }

    private func isDemonymOrActor(_ buffer: TextBuffer, _ index: Int) -> Bool {
        if ActorLexicon.standard.mayStart(with: buffer.tokens[index]) { return true }
        if let match = lexicon.longestMatch(in: buffer, at: index, limit: min(buffer.tokens.count, index + 1)),
           match.values.contains(where: { $0.kind == .demonym || $0.kind == .blocked })
        {
            return true
        }
        return false
    }

    private func unlistedName(_ buffer: TextBuffer, _ tokens: Range<Int>, kind: Place.Kind, head: Int?, titleHead: Bool = false) -> UnlistedName {
        var name = buffer.text(tokens: tokens)
        if titleHead, let last = name.split(separator: " ").last, let first = last.unicodeScalars.first,
           ("a"..."z").contains(first)
        {
            name = String(name.dropLast(last.count)) + last.prefix(1).uppercased() + last.dropFirst()
        }
        return UnlistedName(tokens: tokens.lowerBound..<(head ?? tokens.upperBound),
                            place: Place(name: name, country: "", latitude: 0, longitude: 0, kind: kind, population: 0))
    }

    /// The country and point an unlisted place takes: the nearest listed place after it in the
    /// next few tokens ("in the Donetsk region"), else the nearest before it, else the first.
    static func locate(_ place: Place, at tokens: Range<Int>, among mentions: [PlaceMention]) -> Place {
        var best: PlaceMention? = nil
        var bestDistance = Int.max
        for mention in mentions where !mention.place.country.isEmpty {
            let distance = mention.tokens.lowerBound >= tokens.upperBound
                ? mention.tokens.lowerBound - tokens.upperBound
                : (tokens.lowerBound - mention.tokens.upperBound) * 2 + 1
            if distance >= 0, distance < bestDistance { best = mention; bestDistance = distance }
        }
        guard let best else { return place }
        var located = place
        located.country = best.place.country
        located.latitude = best.place.latitude
        located.longitude = best.place.longitude
        return located
    }
}
