import Testing
@testable import Extraction

/// A place mention reduced to what tests compare: written text, canonical name, country.
struct FoundPlace: Equatable, CustomStringConvertible {
    var text: String
    var name: String
    var country: String
    var description: String { "\(text)→\(name)/\(country)" }
}

func findPlaces(_ text: String) -> [FoundPlace] {
    let buffer = TextBuffer(text)
    return Gazetteer.standard.places(in: buffer, range: 0..<buffer.tokens.count).map {
        FoundPlace(text: buffer.text(tokens: $0.tokens), name: $0.place.name, country: $0.place.country)
    }
}

func findPlaceMentions(_ text: String) -> [PlaceMention] {
    let buffer = TextBuffer(text)
    return Gazetteer.standard.places(in: buffer, range: 0..<buffer.tokens.count)
}

@Suite struct GazetteerAliasTests {
    /// Conflict-zone spellings resolve to one canonical place with country and coordinates.
    @Test(arguments: [
        ("Havice", "Hawija", "IQ"), ("al-Hawija", "Hawija", "IQ"), ("Huwaija", "Hawija", "IQ"), ("Hawija", "Hawija", "IQ"),
        ("Deir ez-Zor", "Deir ez-Zor", "SY"), ("Deir al-Zour", "Deir ez-Zor", "SY"), ("Dayr az Zawr", "Deir ez-Zor", "SY"),
        ("Deir Ezzor", "Deir ez-Zor", "SY"), ("Kyiv", "Kyiv", "UA"), ("Kiev", "Kyiv", "UA"), ("Raqqa", "Raqqa", "SY"),
        ("Ar-Raqqah", "Raqqa", "SY"), ("Rakka", "Raqqa", "SY"), ("Mosul", "Mosul", "IQ"), ("al-Mawsil", "Mosul", "IQ"),
        ("Aleppo", "Aleppo", "SY"), ("Halab", "Aleppo", "SY"), ("Fallujah", "Fallujah", "IQ"), ("Falluja", "Fallujah", "IQ"),
        ("Palmyra", "Palmyra", "SY"), ("Tadmur", "Palmyra", "SY"), ("Kharkiv", "Kharkiv", "UA"), ("Kharkov", "Kharkiv", "UA"),
        ("Mariupol", "Mariupol", "UA"), ("Bakhmut", "Bakhmut", "UA"), ("Artemivsk", "Bakhmut", "UA"), ("Donetsk", "Donetsk", "UA"),
        ("Luhansk", "Luhansk", "UA"), ("Lugansk", "Luhansk", "UA"), ("Idlib", "Idlib", "SY"), ("Sirte", "Sirte", "LY"),
        ("Misrata", "Misrata", "LY"), ("Benghazi", "Benghazi", "LY"), ("Sanaa", "Sanaa", "YE"), ("Sana'a", "Sanaa", "YE"),
        ("Hodeidah", "Hodeidah", "YE"), ("Hudaydah", "Hodeidah", "YE"), ("Aden", "Aden", "YE"), ("Marib", "Marib", "YE"),
        ("Gaza", "Gaza", "PS"), ("Khan Younis", "Khan Younis", "PS"), ("Khan Yunis", "Khan Younis", "PS"), ("Rafah", "Rafah", "PS"),
        ("Kandahar", "Kandahar", "AF"), ("Kunduz", "Kunduz", "AF"), ("Mogadishu", "Mogadishu", "SO"), ("Timbuktu", "Timbuktu", "ML"),
        ("Goma", "Goma", "CD"), ("MOSUL", "Mosul", "IQ"), ("Al Mawsil", "Mosul", "IQ"), ("Anah", "Anah", "IQ"), ("Rawah", "Rawa", "IQ"),
        ("Beit Lahiya", "Beit Lahiya", "PS"), ("Beit Lahia", "Beit Lahiya", "PS"),
        ("North Waziristan", "North Waziristan", "PK"), ("Miram Shah", "Miranshah", "PK"), ("Mir Ali", "Mir Ali", "PK"),
        ("Mullaitivu", "Mullaitivu", "LK"), ("Puthukkudiyiruppu", "Puthukkudiyiruppu", "LK"),
        ("Marawi", "Marawi", "PH"), ("Kordofan", "Kordofan", "SD"),
    ])
    func aliasResolves(_ spelling: String, _ canonical: String, _ country: String) throws {
        let mentions = findPlaceMentions("Fighting was reported in \(spelling) on Monday.")
        try #require(mentions.count == 1, "\(spelling): \(mentions.map(\.place.name))")
        let place = mentions[0].place
        #expect(place.name == canonical)
        #expect(place.country == country)
        #expect(place.latitude != 0 || place.longitude != 0)
        #expect(mentions[0].surface == (spelling == canonical ? "" : spelling))
    }

    @Test func arabicArticleJoinsTheName() {
        let found = findPlaces("Fighters left al-Manbij and pro-Moscow crowds gathered.")
        #expect(found == [FoundPlace(text: "al-Manbij", name: "Manbij", country: "SY")])
    }

    @Test func aliasesShareOnePlace() {
        let spellings = ["Havice", "al-Hawija", "Hawija", "Huwaija"]
        let places = spellings.compactMap { Gazetteer.standard.place(named: $0) }
        #expect(places.count == spellings.count)
        #expect(Set(places).count == 1)
        #expect(places.first?.slug == "hawija")
    }

    @Test(arguments: [
        ("Kirkuk province", "Kirkuk province", "IQ"), ("Diyala province", "Diyala province", "IQ"), ("Anbar", "Anbar province", "IQ"),
        ("Nineveh", "Nineveh province", "IQ"), ("Donbas", "Donbas", "UA"), ("Crimea", "Crimea", "UA"), ("Gaza Strip", "Gaza Strip", "PS"),
        ("West Bank", "West Bank", "PS"), ("Kurdistan Region", "Kurdistan Region", "IQ"), ("Sinai", "Sinai", "EG"),
        ("Helmand", "Helmand", "AF"), ("Idlib province", "Idlib province", "SY"),
    ])
    func regionsResolve(_ text: String, _ canonical: String, _ country: String) throws {
        let mentions = findPlaceMentions("Clashes continued in \(text) overnight.")
        try #require(mentions.count == 1, "\(text): \(mentions.map(\.place.name))")
        #expect(mentions[0].place.name == canonical)
        #expect(mentions[0].place.country == country)
        #expect(mentions[0].place.kind == .region)
    }

    @Test func genericAreaSuffixMakesARegion() throws {
        let mentions = findPlaceMentions("Troops moved into Baqubah province and Van province.")
        #expect(mentions.map(\.place.name) == ["Baqubah province", "Van province"])
        #expect(mentions.allSatisfy { $0.place.kind == .region })
        #expect(mentions.map(\.place.country) == ["IQ", "TR"])
    }
}

@Suite struct DirectionalRegionTests {
    @Test(arguments: [
        ("eastern Syria", "SY", 0, 1), ("northern Iraq", "IQ", 1, 0), ("southern Lebanon", "LB", -1, 0),
        ("Eastern Ukraine", "UA", 0, 1), ("north-western Syria", "SY", 1, -1), ("western Iraq", "IQ", 0, -1),
    ])
    func directionalRegion(_ text: String, _ country: String, _ northSouth: Int, _ eastWest: Int) throws {
        let mentions = findPlaceMentions("Militants will travel to \(text) soon.")
        try #require(mentions.count == 1, "\(mentions.map(\.place.name))")
        let region = mentions[0].place
        let whole = try #require(Gazetteer.standard.country(code: country))
        #expect(region.kind == .region)
        #expect(region.country == country)
        #expect(region.name.hasSuffix(whole.name))
        #expect(region.name.first?.isLowercase == true)
        if northSouth > 0 { #expect(region.latitude > whole.latitude) }
        if northSouth < 0 { #expect(region.latitude < whole.latitude) }
        if eastWest > 0 { #expect(region.longitude > whole.longitude) }
        if eastWest < 0 { #expect(region.longitude < whole.longitude) }
    }
}

@Suite struct DisambiguationTests {
    @Test func tripoliWithBenghaziIsLibya() {
        let found = findPlaces("Forces loyal to the government advanced from Benghazi toward Tripoli.")
        #expect(found.map(\.country) == ["LY", "LY"])
    }

    @Test func tripoliWithBeirutIsLebanon() {
        let found = findPlaces("Clashes in Tripoli spread south as protests grew in Beirut.")
        #expect(found == [FoundPlace(text: "Tripoli", name: "Tripoli", country: "LB"), FoundPlace(text: "Beirut", name: "Beirut", country: "LB")])
    }

    @Test func tripoliAloneIsTheLibyanCapital() {
        #expect(findPlaces("Fighting resumed in Tripoli on Sunday.").map(\.country) == ["LY"])
    }

    @Test func moscowIsRussiaEvenBesideWashington() {
        let found = findPlaces("Diplomats in Moscow and in Washington met.")
        #expect(found.map(\.country) == ["RU", "US"])
    }

    @Test func countryOutranksSameNamedCity() {
        #expect(findPlaces("Refugees crossed into Lebanon and Jordan.").map(\.name) == ["Lebanon", "Jordan"])
    }

    @Test(arguments: ["Lloyd Austin", "Boris Johnson", "Mahmoud Abbas", "Barack Obama", "Hillary Clinton", "Abu Bakr al-Baghdadi",
                      "Osama bin Laden", "Florence Parly", "Ash Carter", "Imran Khan"])
    func peopleAreNotPlaces(_ person: String) {
        #expect(findPlaces("On Monday, \(person) told reporters that \(person) would visit. \(person) said nothing.") == [])
    }

    @Test func listsCarryEvidence() {
        #expect(findPlaces("The envoy flew to Riyadh and Muscat.").map(\.name) == ["Riyadh", "Muscat"])
        #expect(findPlaces("Muscat and Beirut were calm.").map(\.name) == ["Beirut"])
    }

    @Test func actorNamesAndNewspapersAreNotPlaces() {
        let found = findPlaces("Jabhat Fateh al-Sham and the Free Syrian Army fought; the Washington Post and Kurdistan Regional Government said so.")
        #expect(found == [])
    }

    @Test(arguments: ["Battle For Mosul Begins", "Iraqi Forces Advance Toward Mosul As Battle Looms", "Offensive On Aleppo Resumes"])
    func titleCasedHeadlines(_ headline: String) {
        #expect(findPlaces(headline).count == 1, "\(headline)")
    }

    @Test func gazaCityIsNotTheGenericGaza() {
        let found = findPlaces("Gaza City was encircled while aid waited at Gaza's southern edge and in the Gaza Strip.")
        #expect(found.map(\.name) == ["Gaza City", "Gaza", "Gaza Strip"])
        #expect(found.allSatisfy { $0.country == "PS" })
    }

    @Test func theGulfIsThePersianGulfAndOtherGulfsKeepTheirNames() {
        let found = findPlaces("The carrier left the Gulf for the Gulf of Aden, then the Gulf of Oman.")
        #expect(found.map(\.name) == ["Persian Gulf", "Gulf of Aden", "Gulf of Oman"])
        #expect(findPlaces("The Gulf Cooperation Council met.") == [])
    }

    @Test func seasAreNamedInFull() {
        #expect(findPlaces("Destroyers sailed to the eastern Mediterranean.").map(\.name) == ["Mediterranean Sea"])
    }

    @Test func worldRegionsAreNotTowns() {
        let found = findPlaces("Fighters came from Asia, Africa and Latin America to the Middle East.")
        #expect(found.map(\.name) == ["Asia", "Africa", "Latin America", "Middle East"])
        #expect(found.allSatisfy { $0.country.isEmpty })
    }

    @Test func repeatedNamesResolveTheSame() {
        let found = findPlaces("Tripoli fell. Benghazi held. Later Tripoli was retaken.")
        #expect(found.filter { $0.name == "Tripoli" }.map(\.country) == ["LY", "LY"])
    }
}

@Suite struct GazetteerPrecisionTests {
    /// Ordinary words, person names and demonyms are not places.
    @Test(arguments: [
        "Nice work by the team.", "Reading the report, officials were alarmed.", "Mobile units were deployed.",
        "May said the plan would work.", "Surely, this is also an attempt.", "Some of them will travel.",
        "Police said three people died.", "The Marine Corps landed.", "President Jackson spoke.",
        "Paris Hilton arrived late.", "The novel by Jack London sold well.", "Iraqi forces and Syrian troops advanced.",
        "Baghdad-led forces freed the town.", "Split decisions were made.", "Victoria Beckham visited.",
        "the mosul campaign", "It was Independence Day.", "Van drivers protested.", "Batman returns.",
        "Washington says it will respond.", "Moscow has been credited with the result.",
        "Obama said he would decide.", "Officials met Ali later.", "Analysts quoted Hassan and Omar.", "Abbas spoke.",
        "Xinhua reported the clashes.", "Allah is great, they shouted.", "The UN envoy said so.", "The AP reported it.",
        "Brent crude fell.", "Manchester United beat Arsenal.", "Shares rose on Wall Street.",
    ])
    func notAPlace(_ text: String) {
        #expect(findPlaces(text) == [], "\(text)")
    }

    @Test(arguments: [
        ("He moved to Nice last year.", "Nice", "FR"), ("A factory in Reading closed.", "Reading", "GB"),
        ("The storm hit Mobile overnight.", "Mobile", "US"), ("Protests in Batman turned violent.", "Batman", "TR"),
        ("Victoria, Canada is calm.", "Victoria", "CA"), ("Talks were held in Washington on Friday.", "Washington", "US"),
        ("An unnamed source in Moscow said so.", "Moscow", "RU"), ("The Kirkuk Governor spoke.", "Kirkuk", "IQ"),
        ("Relations between the US and Iran soured.", "United States", "US"),
        ("The envoy flew to Riyadh and Muscat.", "Riyadh", "SA"),
    ])
    func placeWithEvidence(_ text: String, _ name: String, _ country: String) {
        let found = findPlaces(text)
        #expect(found.first.map { [$0.name, $0.country] } == [name, country], "\(text): \(found)")
    }

    @Test(arguments: [
        ("Iraqi", "IQ"), ("Syrian", "SY"), ("Saudi", "SA"), ("American", "US"), ("US", "US"), ("U.S.", "US"),
        ("Russian", "RU"), ("Turkish", "TR"), ("Ukrainian", "UA"), ("Israeli", "IL"), ("Palestinian", "PS"), ("Iranian", "IR"),
    ])
    func demonymTable(_ demonym: String, _ code: String) {
        #expect(Gazetteer.standard.country(forDemonym: demonym) == code)
    }

    @Test func statelessAndUnknownDemonyms() {
        #expect(Gazetteer.standard.country(forDemonym: "Kurdish") == nil)
        #expect(Gazetteer.standard.country(forDemonym: "Mosul") == nil)
        #expect(Gazetteer.standard.demonym(ofCountry: "IQ") == "Iraqi")
    }

    @Test func mentionsDoNotOverlapAndStayInRange() {
        let text = SeedBodies.article1
        let buffer = TextBuffer(text)
        let range = 10..<(buffer.tokens.count - 10)
        let mentions = Gazetteer.standard.places(in: buffer, range: range)
        var last = range.lowerBound
        for mention in mentions {
            #expect(mention.tokens.lowerBound >= last)
            #expect(mention.tokens.upperBound <= range.upperBound)
            last = mention.tokens.upperBound
        }
    }

    @Test(arguments: ["", "   ", "-", "al-", "Deir ez-", "’s", "U.S", "\u{FEFF}Mosul", "Mosul-", "-Mosul", "of of of", "Tripoli, "])
    func totalOnOddInput(_ text: String) {
        let buffer = TextBuffer(text)
        _ = Gazetteer.standard.places(in: buffer, range: 0..<buffer.tokens.count)
        _ = Gazetteer.standard.places(in: buffer, range: 0..<(buffer.tokens.count + 5))
        _ = Gazetteer.standard.places(in: buffer, range: 3..<2 + 1)
    }
}

@Suite struct GazetteerSeedTests {
    @Test func firstSeedArticle() {
        let found = findPlaces(SeedBodies.article1)
        let names = Set(found.map(\.name))
        for expected in ["Mosul", "Diyala province", "eastern Syria", "Deir ez-Zor", "Palmyra", "Moscow", "Fallujah", "Syria", "Iraq"] {
            #expect(names.contains(expected), "missing \(expected)")
        }
        // "For Washington, …" and "Washington delivers" are the US government, not a place.
        #expect(!names.contains("Washington"))
        #expect(found.allSatisfy { $0.name != "Some" && $0.name != "Surely" })
        #expect(found.first { $0.name == "Moscow" }?.country == "RU")
        #expect(found.first { $0.name == "Mosul" }?.country == "IQ")
    }

    @Test func secondSeedArticle() {
        let found = findPlaces(SeedBodies.article2)
        #expect(found.contains(FoundPlace(text: "Havice", name: "Hawija", country: "IQ")))
        #expect(found.contains(FoundPlace(text: "Kirkuk province", name: "Kirkuk province", country: "IQ")))
        #expect(found.contains(FoundPlace(text: "Kirkuk", name: "Kirkuk", country: "IQ")))
        #expect(found.filter { $0.name == "Mosul" }.count >= 6)
        #expect(!found.contains { $0.name.hasPrefix("Hey") || $0.name.hasPrefix("Muhtaro") })
    }
}

@Suite struct GazetteerLoadTests {
    @Test func loadsOnceAndReportsSize() {
        let clock = ContinuousClock()
        let start = clock.now
        let gazetteer = Gazetteer()
        let elapsed = clock.now - start
        print("gazetteer load: \(elapsed), places \(gazetteer.placeCount), names \(gazetteer.nameCount)")
        #expect(gazetteer.placeCount > 30_000)
        #expect(gazetteer.nameCount > gazetteer.placeCount)
        #expect(Gazetteer.standard.place(named: "Mosul")?.country == "IQ")
    }
}

@Suite struct TotalityTests {
    /// Truncated, shouted, lowercased and space-stripped variants of the seeds run through both
    /// lexicons without trapping, and mentions stay inside the range and in order.
    @Test func survivesMangledSeeds() {
        let seed = SeedBodies.article1 + "\n" + SeedBodies.article2
        var variants = [seed.uppercased(), seed.lowercased(), String(seed.filter { $0 != " " })]
        let scalars = Array(seed.unicodeScalars)
        var cut = 0
        while cut < scalars.count {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[cut..<min(scalars.count, cut + 300)])
            variants.append(text)
            cut += 97
        }
        for text in variants {
            let buffer = TextBuffer(text)
            let range = 0..<buffer.tokens.count
            var last = 0
            for mention in Gazetteer.standard.places(in: buffer, range: range) {
                #expect(mention.tokens.lowerBound >= last && mention.tokens.upperBound <= range.upperBound)
                last = mention.tokens.upperBound
            }
            for mention in ActorLexicon.standard.actors(in: buffer, range: range) {
                #expect(mention.tokens.upperBound <= range.upperBound && !mention.tokens.isEmpty)
            }
        }
        #expect(variants.count > 40)
    }

    @Test func shoutedSeedStillFindsPlacesButNotIS() {
        let text = "THIS IS WHERE MOSUL AND KIRKUK MEET."
        #expect(findPlaces(text).map(\.name) == ["Mosul", "Kirkuk"])
        #expect(findActors(text) == [])
    }
}
