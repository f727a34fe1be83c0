import Testing
@testable import Extraction

/// An actor mention reduced to what tests compare.
struct FoundActor: Equatable, CustomStringConvertible {
    var text: String
    var name: String
    var kind: String
    var country: String
    var description: String { "\(text)→\(name)/\(kind)/\(country)" }
}

func findActors(_ text: String) -> [FoundActor] {
    let buffer = TextBuffer(text)
    return ActorLexicon.standard.actors(in: buffer, range: 0..<buffer.tokens.count).map {
        FoundActor(text: buffer.text(tokens: $0.tokens), name: $0.actor.name, kind: $0.actor.kind.rawValue, country: $0.actor.country)
    }
}

@Suite struct NamedActorTests {
    @Test(arguments: [
        ("Daesh", "Daesh", "armed-group", ""), ("ISIS", "Daesh", "armed-group", ""), ("ISIL", "Daesh", "armed-group", ""),
        ("Islamic State", "Daesh", "armed-group", ""), ("Islamic State of Iraq and the Levant", "Daesh", "armed-group", ""),
        ("al-Shabaab", "al-Shabaab", "armed-group", "SO"), ("al-Shabab", "al-Shabaab", "armed-group", "SO"),
        ("Houthis", "Houthis", "armed-group", "YE"), ("Ansar Allah", "Houthis", "armed-group", "YE"),
        ("HTS", "Hayat Tahrir al-Sham", "armed-group", "SY"), ("Jabhat al-Nusra", "Hayat Tahrir al-Sham", "armed-group", "SY"),
        ("Taliban", "Taliban", "armed-group", "AF"), ("Wagner Group", "Wagner Group", "armed-group", "RU"),
        ("LTTE", "Liberation Tigers of Tamil Eelam", "armed-group", "LK"), ("Tamil Tigers", "Liberation Tigers of Tamil Eelam", "armed-group", "LK"),
        ("Abu Sayyaf", "Abu Sayyaf", "armed-group", "PH"), ("Maute group", "Maute group", "armed-group", "PH"),
        ("SDF", "Syrian Democratic Forces", "armed-group", "SY"), ("YPG", "Syrian Democratic Forces", "armed-group", "SY"),
        ("Syrian Democratic Forces", "Syrian Democratic Forces", "armed-group", "SY"),
        ("PMF", "Popular Mobilization Forces", "militia", "IQ"), ("Hashd al-Shaabi", "Popular Mobilization Forces", "militia", "IQ"),
        ("Popular Mobilization Forces", "Popular Mobilization Forces", "militia", "IQ"),
        ("Badr Organisation", "Badr Organization", "militia", "IQ"), ("Badr Organization", "Badr Organization", "militia", "IQ"),
        ("Peshmerga", "Peshmerga", "state-military", "IQ"), ("Hezbollah", "Hezbollah", "armed-group", "LB"),
        ("Hamas", "Hamas", "armed-group", "PS"), ("al-Qaeda", "al-Qaeda", "armed-group", ""),
        ("AQAP", "al-Qaeda in the Arabian Peninsula", "armed-group", "YE"), ("Boko Haram", "Boko Haram", "armed-group", "NG"),
        ("M23", "M23", "armed-group", "CD"), ("Free Syrian Army", "Free Syrian Army", "armed-group", "SY"),
        ("CIA", "CIA", "intelligence", "US"), ("NATO", "NATO", "coalition", ""), ("the Kremlin", "Russian Government", "government", "RU"),
        ("the Pentagon", "US Department of Defense", "government", "US"),
    ])
    func namedActor(_ text: String, _ name: String, _ kind: String, _ country: String) throws {
        let found = findActors("Reports said \(text) moved on the town.")
        try #require(found.count == 1, "\(text): \(found)")
        #expect(found[0].name == name)
        #expect(found[0].kind == kind)
        #expect(found[0].country == country)
    }

    @Test(arguments: ["IS fighters seized the town.", "Strikes against IS continued.", "The IS group claimed it.",
                      "Civilians fled IS-held areas.", "Raids hit IS's last pocket."])
    func isInActorContext(_ text: String) {
        #expect(findActors(text).map(\.name) == ["Daesh"], "\(text)")
    }

    @Test(arguments: [
        "This is a test.", "It IS what it is.", "THIS IS WAR", "Is this right?", "an Islamic state was proclaimed",
        "Richard Wagner wrote operas.", "The ruling coalition collapsed.", "The coalition government fell.",
        "Iraqi Turkmen Front leaders met.", "The army moved.", "Kurdish leaders met.", "Investors in Moscow said so.",
        "Abdul Malik al-Houthi spoke.", "Their anti-ISIS rhetoric grew.",
    ])
    func notAnActor(_ text: String) {
        #expect(findActors(text) == [], "\(text)")
    }
}

@Suite struct StateForceTests {
    @Test(arguments: [
        ("Iraqi army", "Iraqi Army", "state-military", "IQ"), ("Iraqi Army", "Iraqi Army", "state-military", "IQ"),
        ("Iraqi security forces", "Iraqi Security Forces", "state-military", "IQ"), ("Iraqi military", "Iraqi Army", "state-military", "IQ"),
        ("Syrian Arab Army", "Syrian Arab Army", "state-military", "SY"), ("Syrian army", "Syrian Arab Army", "state-military", "SY"),
        ("Russian Aerospace Forces", "Russian Aerospace Forces", "state-military", "RU"), ("Russian jets", "Russian Aerospace Forces", "state-military", "RU"),
        ("Ukrainian troops", "Ukrainian Armed Forces", "state-military", "UA"), ("Israeli forces", "Israel Defense Forces", "state-military", "IL"),
        ("Turkish jets", "Turkish Air Force", "state-military", "TR"), ("Baghdad-led forces", "Iraqi Army", "state-military", "IQ"),
        ("US-led coalition", "US-led coalition", "coalition", ""), ("U.S.-led coalition", "US-led coalition", "coalition", ""),
        ("Saudi-led coalition", "Saudi-led coalition", "coalition", ""), ("Iraq's army", "Iraqi Army", "state-military", "IQ"),
        ("Saudi intelligence", "Saudi Intelligence", "intelligence", "SA"), ("Iranian government", "Iranian Government", "government", "IR"),
        ("American troops", "US Armed Forces", "state-military", "US"), ("Iraqi elite forces", "Iraqi Army", "state-military", "IQ"),
    ])
    func stateForce(_ text: String, _ name: String, _ kind: String, _ country: String) throws {
        let found = findActors("Officials said \(text) moved on the town.")
        try #require(found.count == 1, "\(text): \(found)")
        #expect(found[0] == FoundActor(text: text, name: name, kind: kind, country: country))
    }

    @Test func coordinatedDemonymsShareTheNoun() {
        let found = findActors("American and Saudi intelligence services have reached an agreement.")
        #expect(found.map(\.name) == ["US Intelligence", "Saudi Intelligence"])
        #expect(found.map(\.kind) == ["intelligence", "intelligence"])
        #expect(found.map(\.text) == ["American", "Saudi intelligence services"])
    }

    @Test func forceNounOfCountries() {
        let found = findActors("Intelligence agencies of the United States and Saudi Arabia plan to allow it.")
        #expect(found.map(\.name) == ["US Intelligence", "Saudi Intelligence"])
        #expect(found.map(\.country) == ["US", "SA"])
    }

    @Test func intelligenceDirectorateTakesTheNearestCountry() {
        let saudi = findActors("Officials at the General Intelligence Directorate, Saudi Arabia's primary intelligence, mediated.")
        #expect(saudi.first?.name == "General Intelligence Directorate")
        #expect(saudi.first?.country == "SA")
        let jordan = findActors("In Amman, Jordanian officials said the General Intelligence Directorate foiled a plot.")
        #expect(jordan.last?.country == "JO", "\(jordan)")
        #expect(findActors("The General Intelligence Directorate said nothing.").first?.country == "")
    }
}

@Suite struct PeopleForceTests {
    private func actors(_ text: String) -> [FoundActor] {
        let buffer = TextBuffer(text)
        let places = Gazetteer.standard.places(in: buffer, range: 0..<buffer.tokens.count)
        return ActorLexicon.standard.actors(in: buffer, range: 0..<buffer.tokens.count, places: places).map {
            FoundActor(text: buffer.text(tokens: $0.tokens), name: $0.actor.name, kind: $0.actor.kind.rawValue, country: $0.actor.country)
        }
    }

    @Test(arguments: [
        ("Kurdish fighters pushed into Kobani.", "Syrian Democratic Forces"),
        ("Kurdish forces took positions near Kirkuk.", "Peshmerga"),
        ("Turkish officials said Kurdish militants attacked.", "Kurdistan Workers' Party"),
    ])
    func kurdishForcesFollowTheCountry(_ text: String, _ name: String) {
        #expect(actors(text).filter { $0.text.hasPrefix("Kurdish") }.map(\.name) == [name], "\(text)")
    }

    @Test func kurdishForcesWithoutACountryAreNoActor() {
        #expect(actors("Kurdish fighters advanced.") == [])
    }
}

@Suite struct CoalitionAndGovernmentTests {
    @Test func bareCoalitionIsGenericWithoutContext() {
        let found = findActors("Coalition warplanes will launch airstrikes.")
        #expect(found == [FoundActor(text: "Coalition warplanes", name: "Coalition", kind: "coalition", country: "")])
    }

    @Test func bareCoalitionTakesTheArticlesCoalition() {
        let found = findActors("The US-led coalition said on Monday that coalition aircraft struck Raqqa.")
        #expect(found.map(\.name) == ["US-led coalition", "US-led coalition"])
        #expect(found.last?.text == "coalition aircraft")
    }

    @Test(arguments: [
        ("Washington says it will respond.", "US Government"), ("For Washington, this plan is an attempt.", "US Government"),
        ("Moscow has been credited with helping.", "Russian Government"), ("Moscow's decision surprised many.", "Russian Government"),
        ("They will guarantee that Washington delivers on the deal.", "US Government"), ("Talks between Washington and Moscow stalled.", "US Government"),
        ("Moscow was ready for talks.", "Russian Government"), ("Kyiv would not cede territory.", "Ukrainian Government"),
    ])
    func seatAsGovernment(_ text: String, _ name: String) {
        let found = findActors(text)
        #expect(found.first?.name == name, "\(text): \(found)")
        #expect(found.first?.kind == "government")
    }

    @Test(arguments: [
        "An unnamed source in Moscow told RIA Novosti.", "Tripoli fell to the rebels.", "Protests in London and Washington grew.",
        "Moscow-backed separatists attacked.", "The Washington Post reported it.", "She flew to Damascus on Monday.",
        "Bombs hit Baghdad's outskirts.", "Washington, D.C. is calm.", "Baghdad was shaken by bombings.",
    ])
    func seatAsPlace(_ text: String) {
        #expect(findActors(text).filter { $0.kind == "government" } == [], "\(text)")
    }
}

@Suite struct ActorSeedTests {
    @Test func firstSeedArticle() {
        let found = findActors(SeedBodies.article1)
        let names = found.map(\.name)
        for expected in ["Badr Organization", "Daesh", "US Intelligence", "Saudi Intelligence", "Iraqi Security Forces", "Coalition",
                         "US Government", "Russian Government", "Syrian Arab Army", "Russian Aerospace Forces",
                         "General Intelligence Directorate", "Iraqi Army"] {
            #expect(names.contains(expected), "missing \(expected)")
        }
        #expect(found.first { $0.name == "General Intelligence Directorate" }?.country == "SA")
        #expect(found.first { $0.text == "Baghdad-led forces" }?.name == "Iraqi Army")
        #expect(found.first { $0.text == "coalition warplanes" }?.kind == "coalition")
        #expect(found.filter { $0.name == "Daesh" }.count == 4)
        // "in Moscow" is the place where the source is, not the Russian government.
        #expect(found.filter { $0.name == "Russian Government" }.map(\.text) == ["Moscow"])
    }

    @Test func secondSeedArticle() {
        let found = findActors(SeedBodies.article2)
        #expect(Set(found.map(\.name)) == ["Iraqi Army", "Peshmerga", "Daesh"])
        #expect(found.first { $0.name == "Peshmerga" }?.kind == "state-military")
        #expect(found.first { $0.name == "Peshmerga" }?.country == "IQ")
        #expect(found.filter { $0.name == "Iraqi Army" }.map(\.text) == ["Iraqi army soldiers", "Iraqi army", "Iraqi army", "Iraqi military"])
    }
}

@Suite struct ActorLoadTests {
    @Test func loadsAndReportsSize() {
        let clock = ContinuousClock()
        _ = Gazetteer.standard
        let start = clock.now
        let lexicon = ActorLexicon()
        print("actor lexicon load: \(clock.now - start), actors \(lexicon.actorCount), phrases \(lexicon.phraseCount)")
        #expect(lexicon.actorCount > 60)
        #expect(lexicon.phraseCount > lexicon.actorCount)
    }

    @Test(arguments: ["", "-led", "US-", "and and", "Intelligence agencies of", "Saudi Arabia’s", "IS", "of the United States and"])
    func totalOnOddInput(_ text: String) {
        let buffer = TextBuffer(text)
        _ = ActorLexicon.standard.actors(in: buffer, range: 0..<buffer.tokens.count)
        _ = ActorLexicon.standard.actors(in: buffer, range: -3..<(buffer.tokens.count + 3))
    }
}
