extension Gazetteer {
    /// Builds the gazetteer's tables from `GazetteerData` once, at first use.
    struct Builder {
        var entries: [Place] = []
        var isCapital: [Bool] = []
        var isCurated: [Bool] = []
        var lexicon = PhraseLexicon<Hit>()
        var demonymCountries: [String] = []
        var demonymSpellings: [[String]] = []
        var countryEntry: [String: Int32] = [:]
        var countryNames: [String: [String]] = [:]
        var boxes: [String: Box] = [:]
        var commonWords: Set<LexiconKey> = []
        var nameCount = 0
        /// The first keys of the phrases that do not start with a word ("'Amman": an apostrophe).
        var nonWordStartKeys: [LexiconKey] = []
        /// Curated cities and towns by country, with the token keys of all their names.
        private var curatedTowns: [String: [(index: Int32, names: Set<[LexiconKey]>)]] = [:]
        private let generatedLines = Builder.rows(GazetteerData.generated)

        /// Tab-separated rows of a table, comment and blank lines skipped, fields trimmed of
        /// spaces. Scans the UTF-8 bytes (the separators are ASCII and the tables put no
        /// combining mark after one, so this splits where `Character`s would).
        static func rows(_ text: String) -> [[Substring]] {
            let utf8 = text.utf8
            let bytes = Array(utf8)
            func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
            var result: [[Substring]] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                var first = lineStart
                while first < lineEnd, bytes[first] == UInt8(ascii: " ") { first += 1 }
                if first == lineEnd || bytes[first] == UInt8(ascii: "#")
                    || (bytes[first] == UInt8(ascii: "/") && first + 1 < lineEnd && bytes[first + 1] == UInt8(ascii: "/"))
                {
                    continue
                }
                var fields: [Substring] = []
                var fieldStart = lineStart
                while true {
                    var fieldEnd = fieldStart
                    while fieldEnd < lineEnd, bytes[fieldEnd] != UInt8(ascii: "\t") { fieldEnd += 1 }
                    var low = fieldStart
                    var high = fieldEnd
                    while low < high, bytes[low] == UInt8(ascii: " ") { low += 1 }
                    while high > low, bytes[high - 1] == UInt8(ascii: " ") { high -= 1 }
                    fields.append(text[index(low)..<index(high)])
                    if fieldEnd == lineEnd { break }
                    fieldStart = fieldEnd + 1
                }
                result.append(fields)
            }
            return result
        }

        /// The non-empty parts of `text` between `separator` bytes (`split(separator:)` over
        /// UTF-8; the separator is ASCII).
        static func parts(_ text: Substring, _ separator: UInt8) -> [Substring] {
            var parts: [Substring] = []
            let utf8 = text.utf8
            var start = utf8.startIndex
            var position = start
            while position < utf8.endIndex {
                if utf8[position] == separator {
                    if start < position { parts.append(text[start..<position]) }
                    start = utf8.index(after: position)
                }
                position = utf8.index(after: position)
            }
            if start < utf8.endIndex { parts.append(text[start..<utf8.endIndex]) }
            return parts
        }

        static func trim(_ text: Substring) -> Substring {
            var start = text.startIndex
            var end = text.endIndex
            while start < end, text[start] == " " { start = text.index(after: start) }
            while end > start, text[text.index(before: end)] == " " { end = text.index(before: end) }
            return text[start..<end]
        }

        static func keys(_ phrase: some StringProtocol) -> [LexiconKey] {
            TextBuffer(String(phrase)).tokens.map(\.key)
        }

        private static func number(_ text: Substring) -> Double { Double(text) ?? 0 }

        mutating func add(_ place: Place, capital: Bool = false, curated: Bool = false) -> Int32 {
            entries.append(place)
            isCapital.append(capital)
            isCurated.append(curated)
            return Int32(entries.count - 1)
        }

        /// Adds `name` for entry `index`. A name given twice for one entry yields a duplicate
        /// candidate, which matching removes.
        mutating func insert(_ name: some StringProtocol, index: Int32, tier: UInt8) {
            insert(phrase: String(name), value: Hit(kind: .place, tier: tier, index: index))
            nameCount += 1
        }

        /// Adds a phrase to the lexicon, noting its first key when its first token is no word (a
        /// phrase starting with an ASCII letter starts with a word, so only the others are tokenized).
        mutating func insert(phrase: String, value: Hit) {
            lexicon.insert(phrase, value: value)
            if let byte = phrase.utf8.first, (byte | 0x20) &- UInt8(ascii: "a") < 26 { return }
            if let first = TextBuffer(phrase).tokens.first, first.kind != .word { nonWordStartKeys.append(first.key) }
        }

        mutating func loadCountries() {
            for row in generatedLines where row.count >= 10 && row[0] == "C" {
                let code = String(row[1])
                let place = Place(name: String(row[2]), country: code, latitude: Builder.number(row[3]),
                                  longitude: Builder.number(row[4]), kind: .country, population: Int(row[5]) ?? 0)
                let index = add(place)
                countryEntry[code] = index
                countryNames[code] = [place.name]
                boxes[code] = Box(south: Builder.number(row[6]), north: Builder.number(row[7]),
                                  west: Builder.number(row[8]), east: Builder.number(row[9]))
                insert(place.name, index: index, tier: Gazetteer.tierCurated)
            }
            for row in Builder.rows(GazetteerData.countryAliases) where row.count >= 2 {
                let code = String(row[0])
                guard let index = countryEntry[code] else { continue }
                for alias in Builder.parts(row[1], UInt8(ascii: "|")) {
                    insert(alias, index: index, tier: Gazetteer.tierCurated)
                    countryNames[code, default: []].append(String(alias))
                }
            }
        }

        mutating func loadCurated() {
            for row in Builder.rows(GazetteerData.places) where row.count >= 7 {
                let kind = Place.Kind(rawValue: String(row[4])) ?? .other
                let place = Place(name: String(row[0]), country: String(row[1]), latitude: Builder.number(row[2]),
                                  longitude: Builder.number(row[3]), kind: kind, population: Int(row[5]) ?? 0)
                let index = add(place, curated: true)
                var names: Set<[LexiconKey]> = [Builder.keys(place.name)]
                insert(place.name, index: index, tier: Gazetteer.tierCurated)
                for alias in Builder.parts(row[6], UInt8(ascii: "|")) where alias != row[0] {
                    insert(alias, index: index, tier: Gazetteer.tierCurated)
                    names.insert(Builder.keys(alias))
                }
                if kind == .city || kind == .town {
                    curatedTowns[place.country, default: []].append((index, names))
                }
            }
        }

        /// The curated town a GeoNames place is the same as: same country, a shared name, and
        /// within about 50 km.
        private func curatedTwin(country: String, latitude: Double, longitude: Double, names: [Substring]) -> Int32? {
            guard let towns = curatedTowns[country] else { return nil }
            for town in towns {
                let place = entries[Int(town.index)]
                let dLat = place.latitude - latitude
                let dLon = place.longitude - longitude
                guard dLat * dLat + dLon * dLon < 0.25 else { continue }
                for name in names where town.names.contains(Builder.keys(name)) { return town.index }
            }
            return nil
        }

        mutating func loadGenerated() {
            for row in generatedLines {
                if row.count >= 2, row[0] == "W" {
                    commonWords.insert(LexiconKey(folding: row[1]))
                    continue
                }
                guard row.count >= 8, row[0] == "P" else { continue }
                let name = row[1]
                let country = String(row[2])
                let latitude = Builder.number(row[3])
                let longitude = Builder.number(row[4])
                let population = Int(row[5]) ?? 0
                let capital = row[6].contains("c")
                let alternates = row[7].isEmpty ? [] : Builder.parts(row[7], UInt8(ascii: "|"))
                let index: Int32
                if let twin = curatedTwin(country: country, latitude: latitude, longitude: longitude, names: [name] + alternates) {
                    index = twin
                    if entries[Int(twin)].population == 0 { entries[Int(twin)].population = population }
                    if capital { isCapital[Int(twin)] = true }
                } else {
                    let kind: Place.Kind = population >= 100_000 ? .city : .town
                    index = add(Place(name: String(name), country: country, latitude: latitude, longitude: longitude,
                                      kind: kind, population: population), capital: capital)
                }
                insert(name, index: index, tier: Gazetteer.tierName)
                for alternate in alternates {
                    insert(alternate, index: index, tier: Gazetteer.tierAlternate)
                }
            }
        }

        mutating func loadDirectional() {
            for (code, names) in countryNames.sorted(by: { $0.key < $1.key }) {
                guard let box = boxes[code], let countryIndex = countryEntry[code] else { continue }
                let countryName = entries[Int(countryIndex)].name
                var byCanonical: [String: Int32] = [:]
                for direction in GazetteerData.directions {
                    var canonical = direction.word.replacingHyphens()
                    if canonical != "central", !canonical.hasSuffix("ern") { canonical += "ern" }
                    let index: Int32
                    if let existing = byCanonical[canonical] {
                        index = existing
                    } else {
                        let latitude = Builder.part(box.south, box.north, direction.northSouth)
                        let longitude = Builder.part(box.west, box.east, direction.eastWest)
                        index = add(Place(name: canonical + " " + countryName, country: code, latitude: latitude,
                                          longitude: longitude, kind: .region, population: 0))
                        byCanonical[canonical] = index
                    }
                    for name in names {
                        insert(direction.word + " " + name, index: index, tier: Gazetteer.tierDirectional)
                    }
                }
            }
        }

        /// The middle of the low third (-1), the whole span (0) or the high third (1), rounded
        /// to 0.01 degree.
        static func part(_ low: Double, _ high: Double, _ which: Int) -> Double {
            let span = high - low
            let value: Double
            switch which {
            case ..<0: value = low + span / 6
            case 0: value = low + span / 2
            default: value = high - span / 6
            }
            // Rounded by hand: `rounded()` needs libm's `round`, which a Foundation-free
            // binary does not link. Coordinates are small, finite numbers.
            guard value.isFinite, abs(value) < 1_000 else { return 0 }
            return Double(Int(value * 100 + (value < 0 ? -0.5 : 0.5))) / 100
        }

        /// Names that contain place names but are not places: newspapers and the multi-word
        /// aliases of named actors (read from the actor tables, not from ``ActorLexicon``, so
        /// the two lexicons load independently).
        mutating func loadBlocked() {
            var phrases = GazetteerData.notPlaces
            for row in Builder.rows(ActorData.named) where row.count >= 5 {
                for alias in Builder.parts(row[4], UInt8(ascii: "|")) {
                    var phrase = String(alias)
                    while phrase.hasSuffix("!") || phrase.hasSuffix("?") { phrase.removeLast() }
                    if TextBuffer(phrase).tokens.count > 1 { phrases.append(phrase) }
                }
            }
            for phrase in phrases {
                insert(phrase: phrase, value: Hit(kind: .blocked, tier: 0, index: 0))
            }
        }

        mutating func loadDemonyms() {
            for row in Builder.rows(GazetteerData.demonyms) where row.count >= 2 {
                let spellings = Builder.parts(row[1], UInt8(ascii: "|")).map(String.init)
                guard !spellings.isEmpty else { continue }
                demonymCountries.append(String(row[0]))
                demonymSpellings.append(spellings)
                let index = Int32(demonymCountries.count - 1)
                for spelling in spellings {
                    insert(phrase: spelling, value: Hit(kind: .demonym, tier: 0, index: index))
                }
            }
        }
    }
}

extension String {
    /// "north-eastern" → "northeastern".
    fileprivate func replacingHyphens() -> String {
        String(unicodeScalars.filter { $0 != "-" })
    }
}
