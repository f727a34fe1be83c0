import Testing
@testable import Extraction

/// One sentence in, the sentence's primary operation mentions out.
struct OperationCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    /// nil: no primary operation mention.
    var kind: OperationKind?
    var status: OperationStatus?
    /// The main location's canonical name, when checked.
    var location: String?
    var testDescription: String { sentence }
}

private func op(_ sentence: String, _ kind: OperationKind, _ status: OperationStatus? = nil, at location: String? = nil) -> OperationCase {
    OperationCase(sentence: sentence, kind: kind, status: status, location: location)
}

private func none(_ sentence: String) -> OperationCase {
    OperationCase(sentence: sentence, kind: nil, status: nil, location: nil)
}

private func primaries(_ sentence: String) -> [OperationMention] {
    OperationDetector().mentions(inSentence: sentence).filter { $0.role == .primary }
}

@Suite struct OperationDetectorTests {
    static let triggerCases: [OperationCase] = [
        // Specific nouns.
        op("The Iraqi army launched an offensive on Mosul on Monday.", .offensive, .ongoing, at: "Mosul"),
        op("Syrian troops began a counteroffensive near Aleppo.", .offensive, .ongoing, at: "Aleppo"),
        op("Government forces have besieged Aleppo for months.", .siege, at: "Aleppo"),
        op("The siege of Fallujah ended in June.", .siege, .completed, at: "Fallujah"),
        op("Coalition warplanes carried out airstrikes in Raqqa overnight.", .airstrike, .completed, at: "Raqqa"),
        op("Russian jets conducted air strikes on rebel positions in Idlib.", .airstrike, .completed, at: "Idlib"),
        op("An air raid hit the outskirts of Homs on Friday, killing militants.", .airstrike),
        op("Ukrainian artillery shelled Donetsk throughout the night.", .shelling, at: "Donetsk"),
        op("The shelling of Gaza by Israeli forces continued on Tuesday.", .shelling, .ongoing, at: "Gaza"),
        op("US special forces conducted a raid on a Daesh compound near Raqqa.", .raid, .completed),
        op("Turkish troops launched a ground operation into northern Syria.", .groundOperation, .ongoing),
        op("The army staged an incursion into Lebanon last week.", .groundOperation),
        op("A ceasefire between Hamas and Israel took effect in Gaza.", .ceasefire, at: "Gaza"),
        op("The Russian army completed its withdrawal of troops from Kherson.", .withdrawal, .completed, at: "Kherson"),
        op("Iraqi troops stormed the town of Tal Afar at dawn.", .assault, .completed, at: "Tal Afar"),
        op("The final assault on Raqqa will begin within days, the SDF said.", .assault, .imminent, at: "Raqqa"),
        // Verbs of taking and liberation.
        op("Baghdad-led forces freed Fallujah in late June.", .liberation, .completed, at: "Fallujah"),
        op("The Iraqi army recaptured Ramadi from Daesh.", .liberation, .completed, at: "Ramadi"),
        op("Government troops retook Palmyra in March.", .liberation, .completed, at: "Palmyra"),
        op("Peshmerga forces intend to liberate the town of Havice.", .liberation, .planned, at: "Hawija"),
        op("Kurdish fighters are expected to retake Manbij soon.", .liberation, .planned, at: "Manbij"),
        op("Daesh militants seized Ramadi after a week of fighting.", .other, .completed, at: "Ramadi"),
        // Progressive gerunds, adjectival sieges, instruments, subjects of movements.
        op("For three weeks, Russian troops have been shelling the outskirts of Vuhledar.", .shelling, .ongoing, at: "Vuhledar"),
        op("A ceasefire will hold in the besieged town of Zabadani.", .siege, .ongoing, at: "Az Zabadānī"),
        op("Government warplanes bombed the besieged rebel enclave of Daraa al-Balad.", .siege, .ongoing, at: "Daraa"),
        op("Israel stopped aid into Gaza and warned of consequences if Hamas did not accept the extension of the truce.",
           .ceasefire, at: "Gaza"),
        op("Government troops drove the militants out of Gwoza on Friday.", .liberation, .completed, at: "Gwoza"),
        op("Iraqi forces launched an offensive on Thursday to dislodge Islamic State from the Hawija area.", .offensive, .ongoing, at: "Hawija"),
        none("The minister was driven from Baghdad to Erbil on Friday."),
        none("Rising prices pushed shoppers out of Mosul's markets."),
        op("The army will launch its offensive against the Tigray region's ruling party in the regional capital, Mekelle.",
           .offensive, at: "Mekelle"),
        op("The ministry said reserves were being moved to the Kursk region.", .redeployment, at: "Kursk region"),
        op("Units that had finished their deployment in Belarus were withdrawing to their permanent bases.", .withdrawal, at: "Belarus"),
        op("The army will evacuate its remaining soldiers from the garrison of Kidal next week.", .other, .planned, at: "Kidal"),
        op("Lebanese army units pulled back about 5 km from the border.", .withdrawal, .completed),
        op("A barrage of more than 30 rockets struck the K1 military base near Kirkuk on Friday.", .shelling, .completed, at: "Kirkuk"),
        op("Insurgents remained in control of the town of Palma on Monday, five days after launching a coordinated assault.",
           .assault, .completed, at: "Palma"),
        op("Reinforcements from Misrata were heading south toward Gharyan.", .redeployment, .ongoing, at: "Gharyan"),
        op("West African defence chiefs agreed on a date for a military intervention to restore Niger's ousted president.",
           .other, .planned, at: "Niger"),
        op("The militants could try to break out of Raqqa toward Deir ez-Zor in the coming weeks.", .other, .planned, at: "Raqqa"),
        op("Eritrean troops shelled the outskirts of Adigrat before pulling back to the border.", .withdrawal, at: "Ādīgrat"),
        op("Russian troops have completed their withdrawal from the right bank of the Dnipro, including the city of Kherson.",
           .withdrawal, .completed, at: "Kherson"),
        op("Ukrainian forces blew up the last bridge over the Oskil river to slow the Russian advance.", .other, .completed,
           at: "Oskil River"),
        op("Troops from Nigeria, Niger, Burkina Faso and other West African states are expected to deploy to Mali next week.",
           .redeployment, .planned, at: "Mali"),
        op("The air campaign against radar sites on Yemen's Red Sea coast will begin soon.", .airstrike, at: "Yemen"),
        op("As the hour of the final assault on the Old City draws near, residents of western Mosul stockpile flour.",
           .assault, at: "Mosul"),
        op("Turkish F-16s pounded Afrin on Monday.", .airstrike, .completed, at: "Afrin"),
        op("Ethiopia is pulling 3,000 soldiers out of Mekelle.", .withdrawal, .ongoing, at: "Mekelle"),
        op("Western diplomats said strikes on Syrian government targets could begin on Thursday.", .airstrike, .planned, at: "Syria"),
        op("Chadian forces launched a ground and air offensive into Nigeria.", .offensive, .ongoing, at: "Nigeria"),
        op("Al-Shabaab fighters ambushed a government convoy near Beledweyne.", .assault, .completed, at: "Beledweyne"),
        op("A convoy reached Djibo after a two-month blockade by jihadists.", .siege, .completed, at: "Djibo"),
        op("The 40-day ceasefire announced in the spring has largely held in southern Syria.", .ceasefire, at: "southern Syria"),
        op("Rival factions agreed to a ceasefire around the oil terminals of Ras Lanuf.", .ceasefire, at: "Ras Lanuf"),
        op("Troops have recaptured several towns in the Hiraan region.", .liberation, .completed, at: "Hiraan region"),
        op("Germany scrapped plans to fly paratroopers into Kunduz.", .redeployment, .cancelled, at: "Kunduz"),
        op("Foreign forces are to leave Afghan territory by May.", .withdrawal, at: "Afghanistan"),
        op("Officials said Russian troops would attack Ukraine on Wednesday.", .offensive, .planned, at: "Ukraine"),
        op("The army began ground raids against targets in Lebanon.", .groundOperation, at: "Lebanon"),
        op("Its fighters had also surrounded Lashio, the largest town in the region.", .siege, at: "Lashio"),
        op("He said his forces would not negotiate and would storm Khartoum within days.", .assault, .imminent, at: "Khartoum"),
        op("Rebels had surrounded Lashio and were preparing to attack it.", .assault, .planned, at: "Lashio"),
        op("The army plans to send a second military convoy to Djibo before Christmas.", .other, .planned, at: "Djibo"),
        op("It had captured 100 posts since launching an offensive in northern Shan state.", .offensive, .ongoing, at: "Shan state"),
        // Generic heads take their kind from context.
        op("Iraqi security forces will launch the operation to free Mosul.", .liberation, .planned, at: "Mosul"),
        op("The battle for Mosul is expected to last months.", .other, .planned, at: "Mosul"),
        op("The army announced a military operation in Idlib.", .other, at: "Idlib"),
        op("The coalition's bombing campaign against Raqqa intensified.", .airstrike, .ongoing, at: "Raqqa"),
        op("Daesh fighters will take part in a major offensive to recapture Deir ez-Zor and Palmyra.", .offensive, .planned, at: "Deir ez-Zor"),
        // Movements of forces.
        op("More than 9,000 Daesh fighters from Mosul will be redeployed to eastern Syria.", .redeployment, .planned, at: "Mosul"),
        op("Russia will withdraw its troops from Syria by the end of the year.", .withdrawal, .planned, at: "Syria"),
        op("Hezbollah moved fighters to Qusayr last month.", .redeployment),
        op("The militants will leave the city of Aleppo and travel to Idlib.", .redeployment, .planned, at: "Aleppo"),
        op("Taliban fighters are expected to attack Kabul's outer districts tomorrow.", .assault, .imminent, at: "Kabul"),
        op("Israeli strikes on Rafah overnight killed at least 44 people.", .airstrike, .completed, at: "Rafah"),
        op("Turkey will extend Operation Olive Branch to Manbij later this year.", .other, .planned, at: "Manbij"),
        op("Israeli troops raided the Jenin refugee camp before dawn.", .raid, .completed, at: "Jenin"),
        op("About 10,000 North Korean soldiers have been deployed to Russia's Kursk region.", .redeployment, .completed),
        op("Government artillery shelled Maarat al-Numan for a third straight day.", .shelling, .ongoing),
        // Munitions fired at a place; a state striking a state.
        op("Iran launched more than 300 drones and missiles at Israel overnight.", .airstrike, .completed, at: "Israel"),
        op("Hezbollah fired dozens of rockets at northern Israel on Sunday.", .shelling, .completed),
        op("Israel may strike Iran within days.", .airstrike, at: "Iran"),
        // A pullout from a named place is one of forces.
        op("The withdrawal from Kherson will be completed by the end of the month.", .withdrawal, at: "Kherson"),
        // A trigger naming the forces it moves.
        op("The army said reinforcements were on their way from Khartoum.", .redeployment, .ongoing, at: "Khartoum"),
    ]

    static let statusCases: [OperationCase] = [
        op("The army is preparing to storm the town of Hawija.", .assault, .planned),
        op("Iraqi forces are poised to launch an offensive on Mosul.", .offensive, .imminent),
        op("As the hour of the upcoming assault on Mosul draws near, troops gathered.", .assault, .imminent),
        op("The Mosul offensive is scheduled to begin on October 19.", .offensive, .planned),
        op("The army plans an offensive on Raqqa next spring.", .offensive, .planned),
        op("The offensive on Raqqa has been called off.", .offensive, .cancelled),
        op("The government postponed the offensive on Idlib.", .offensive, .cancelled),
        op("Aleppo has been under siege since July.", .siege, .ongoing),
        op("The offensive on Mosul is underway.", .offensive, .ongoing),
        op("Iraqi forces are advancing on Mosul from the south.", .offensive, .ongoing),
        op("Government troops liberated Palmyra last year.", .liberation, .completed),
        op("If the town of Havice is captured, the road to Mosul opens.", .other, .planned),
        op("The upcoming offensive on Mosul will involve 30,000 troops.", .offensive, .planned),
        op("Russian warplanes will not launch airstrikes on Idlib.", .airstrike, .cancelled),
        op("The coalition may launch airstrikes on Raqqa.", .airstrike, .planned),
        // A finite past verb keeps its tense after "when": the subordinator is not a plan.
        op("The siege began when troops raided a hideout in Marawi on May 23.", .raid, .completed),
        op("Residents remember the day when soldiers stormed the town of Tal Afar.", .assault, .completed),
        op("Israel has no intention of launching an offensive on Rafah.", .offensive, .cancelled),
        // A collapsed truce is over.
        op("The fighting follows the collapse of a local ceasefire in Hodeidah in January.", .ceasefire, .cancelled),
        // An outcome in a coordinated clause completes the operation; a contrast or a lasting state does not.
        op("Syrian troops entered the town of Manbij and raised the national flag over the municipal building.", .groundOperation, .completed, at: "Manbij"),
        op("Iraqi forces entered Bashiqa, and the army is now in full control of the town.", .groundOperation, .completed, at: "Bashiqa"),
        op("Troops entered the town of Manbij on Monday, but the militants remained in control of the old quarter.", .groundOperation, .ongoing, at: "Manbij"),
        op("Iraqi commanders said troops would enter Bashiqa and hoist the flag over its main mosque.", .groundOperation, .planned, at: "Bashiqa"),
    ]

    static let trapCases: [OperationCase] = [
        none("The patient underwent a surgical operation on his knee."),
        none("The company launched new drones at the Paris air show."),
        none("The commander said he had no reinforcements."),
        none("The US withdrawal from the Paris climate agreement takes effect in November."),
        none("Protesters stormed the parliament in Tbilisi on Monday."),
        none("Demonstrators blockaded the port of Piraeus."),
        none("The ruling party's offensive against the opposition in Ankara intensified."),
        none("Britain will hit Russia with new sanctions next week."),
        none("Jets will fly over the city until the last fighters have left Afrin."),
        none("The economic blockade of Qatar hurt airlines in Doha."),
        none("The mayor begged them to stop the militants from marching on Bamako."),
        none("The deal prevented the rebels from entering Goma."),
        none("The tunnels are infrastructure that Hezbollah could use to attack communities in northern Israel."),
        none("Washington has accused the militia of a string of similar attacks on bases hosting U.S. troops."),
        none("The central bank's intervention in the currency market calmed traders in Cairo."),
        none("The head of the army said it would talk to Tripoli."),
        none("Fighting broke out in the streets of the capital after the vote."),
        none("The coalition talks in Berlin blew up over the weekend."),
        none("Developers will demolish the old cinema in Manchester."),
        none("Ceasefire talks between the parties in Sudan collapsed in Jeddah."),
        none("The navy sent attack helicopters and a carrier strike group to the region for a visit."),
        none("A UN aid convoy reached Aleppo with food and medicine."),
        none("The company expanded its business operations in Iraq."),
        none("Her election campaign in Ohio raised millions."),
        none("He apologized for his offensive remarks about Muslims."),
        none("The operating system crashed during the update."),
        none("The senator launched a charm offensive in Baghdad."),
        none("Police raided a house in Brussels and arrested two suspects."),
        none("A police raid in Paris led to three arrests."),
        none("Hostage rescue operation by police ended the standoff in Sydney."),
        none("He was charged with sexual assault in London."),
        none("Soldiers carried assault rifles at the parade in Moscow."),
        none("The war that has seen Damascus fighting against terrorist groups goes on."),
        none("Moscow has been credited with helping the army turn the tide of war."),
        none("Britain completed its withdrawal from the European Union."),
        none("The candidate announced his withdrawal from the race."),
        none("Investors should seize the opportunity in Dubai."),
        none("The film captured the imagination of audiences in Cairo."),
        none("Teachers went on strike in Baghdad."),
        none("The army held military drills and exercises near Aleppo before the offensive."),
        none("Members of the Badr Organisation undergo training before the upcoming battle to recapture Mosul."),
        none("The vaccination campaign in Kirkuk reached 10,000 children."),
        none("Stocks advanced in Tokyo on Monday."),
        none("Please book your tickets in advance for Baghdad."),
        none("The talks in Geneva focused on humanitarian access."),
        none("Protesters stormed out of the meeting in Beirut."),
        none("Tropical Storm Ciara hit the coast near Beirut."),
        none("The minister faced an assault on his reputation in Cairo."),
        none("The company plans to relocate its headquarters to Dubai."),
        none("Thousands of civilians were evacuated from Aleppo."),
        none("The cyber attack hit banks in Kiev."),
        none("She suffered a heart attack in Baghdad."),
        none("The deal will free up funds for schools in Mosul."),
        none("He left Baghdad for London on Friday."),
        none("The legal battle over the contract continues in Dubai."),
        none("The Shell company moved its offices to Doha."),
        none("The 2003 invasion of Iraq changed the region."),
        none("Baghdad-led forces freed Fallujah in 2016 after a three-months-long siege.") ,
        none("The players moved to Madrid last summer."),
        none("About 10,000 personnel will take part in simulated missions, including airstrikes on mock targets near Riga."),
        none("The opposition launched a fierce offensive against the budget in parliament in Kiev."),
        none("A British tabloid withdrew an offensive cartoon about Iraqi refugees in London."),
        none("The airline said it would resume operations at Kabul airport."),
        none("Critics say the government's siege mentality in Ankara has made it deaf to advice."),
    ]

    @Test("triggers and kinds", arguments: triggerCases)
    func triggers(_ example: OperationCase) {
        check(example)
    }

    @Test("status", arguments: statusCases)
    func status(_ example: OperationCase) {
        check(example)
    }

    @Test("traps are not operations", arguments: trapCases)
    func traps(_ example: OperationCase) {
        let found = OperationDetector().mentions(inSentence: example.sentence, referenceYear: 2019).filter { $0.role == .primary }
        #expect(found.isEmpty, "\(found.map { ($0.kind, $0.trigger) })")
    }

    /// The word screen rejects a sentence only when its words alone show every trigger to be a
    /// trap; a real operation next to the same words passes it.
    @Test(arguments: [
        ("Dock workers began a 48-hour strike over pay on Monday.", false),
        ("Teachers staged a one-day strike against pension cuts.", false),
        ("The withdrawal of foreign investors accelerated in March.", false),
        ("Critics called the cartoon an offensive remark.", false),
        ("Coalition jets carried out a strike over Raqqa on Monday.", true),
        ("The two-week bombing campaign flattened Beit Hanoun.", true),
        ("The withdrawal of foreign troops from Kabul began on Monday.", true),
        ("Pilots flew a 12-hour strike mission against Houthi positions.", true),
    ])
    func wordScreen(_ sentence: String, _ passes: Bool) {
        let buffer = TextBuffer(sentence)
        #expect(OperationDetector().mayMention(in: buffer, range: 0..<buffer.tokens.count) == passes)
    }

    func check(_ example: OperationCase) {
        let found = primaries(example.sentence)
        guard let kind = example.kind else {
            #expect(found.isEmpty)
            return
        }
        guard let mention = found.first(where: { $0.kind == kind }) else {
            Issue.record("no \(kind) mention; found \(found.map { ($0.kind, $0.status) })")
            return
        }
        if let status = example.status { #expect(mention.status == status) }
        if let location = example.location { #expect(mention.mainLocation?.place.name == location) }
    }

    // MARK: Roles and quantities

    @Test func rolesOfARedeployment() throws {
        let mention = try #require(primaries("More than 9,000 Daesh fighters from Mosul will be redeployed to eastern Syria.").first)
        #expect(mention.locations.first { $0.role == .origin }?.mention.place.name == "Mosul")
        #expect(mention.locations.contains { $0.role == .destination && $0.mention.place.country == "SY" })
        #expect(mention.participants.contains { $0.role == .agent && $0.mention.actor.name == "Daesh" })
        let quantity = try #require(mention.quantities.first)
        #expect(quantity.value == 9000)
        #expect(quantity.unit == "fighters")
        #expect(quantity.qualifier == .moreThan)
    }

    @Test func coordinatedAgentsAndHeldByTarget() throws {
        let mention = try #require(primaries("The Iraqi army and Peshmerga forces intend to liberate the town of Havice, which is currently held by Daesh forces.").first)
        let agents = Set(mention.participants.filter { $0.role == .agent }.map(\.mention.actor.name))
        #expect(agents.contains("Peshmerga"))
        #expect(agents.count == 2)
        #expect(mention.participants.contains { $0.role == .target && $0.mention.actor.name == "Daesh" })
    }

    @Test func coordinatedTargets() throws {
        let mention = try #require(primaries("Daesh plans a major offensive to recapture Deir ez-Zor and Palmyra.").first)
        let targets = mention.locations.filter { $0.role == .target }.map(\.mention.place.name)
        #expect(targets == ["Deir ez-Zor", "Palmyra"])
    }

    /// "where" stands for the place before it; a subject or controller place is not a location.
    @Test func relativeWhereAndSubjectPlaces() throws {
        let strikes = try #require(primaries("Fighting raged around Kandahar and Herat, where troops backed by U.S. airstrikes held on.")
            .first { $0.kind == .airstrike })
        #expect(strikes.mainLocation?.place.name == "Herat")
        let called = primaries("The council called on Rwanda to withdraw its troops from Congolese territory.")
        #expect(called.allSatisfy { $0.mainLocation?.place.name != "Rwanda" })
        let shelling = primaries("Refugees arriving in Sudan have described artillery shelling of towns and villages.")
        #expect(shelling.allSatisfy { $0.mainLocation == nil })
        let began = primaries("It fell since the United States began withdrawing its last troops in May.")
        #expect(began.allSatisfy { $0.mainLocation?.place.name != "United States" })
    }

    /// "the Kursk region" names its place; "the Old City" is the city the sentence is about.
    @Test func namedRegionIsNotAnAnaphor() throws {
        let crossed = try #require(primaries("MOSCOW — Ukrainian troops crossed into the Kursk region on Tuesday.").first)
        #expect(crossed.mainLocation?.place.name == "Kursk region")
        let assault = try #require(primaries("The army captured Mosul's east; the final assault on the Old City will begin soon.")
            .first { $0.kind == .assault })
        #expect(assault.mainLocation?.place.name == "Mosul")
    }

    @Test func containingPlaceIsMentioned() throws {
        let mention = try #require(primaries("Troops move to liberate the town of Havice located in Kirkuk province.").first)
        #expect(mention.mainLocation?.place.name == "Hawija")
        #expect(!mention.locations.contains { $0.role == .target && $0.mention.place.name.hasPrefix("Kirkuk") })
    }

    @Test(arguments: [
        ("about 5,000 troops", 5000, "troops", Quantity.Qualifier.about),
        ("up to 300 tanks", 300, "tanks", .upTo),
        ("at least 2,000 fighters", 2000, "fighters", .moreThan),
        ("fewer than 100 soldiers", 100, "soldiers", .lessThan),
        ("30,000 Iraqi troops", 30000, "troops", .exact),
        ("three thousand militants", 3000, "militants", .exact),
    ])
    func quantities(_ text: String, _ value: Int, _ unit: String, _ qualifier: Quantity.Qualifier) throws {
        let buffer = TextBuffer("The army sent \(text) to the front.")
        let found = QuantityTagger.quantities(in: buffer, range: 0..<buffer.tokens.count)
        let quantity = try #require(found.first?.1)
        #expect(quantity.value == value)
        #expect(quantity.unit == unit)
        #expect(quantity.qualifier == qualifier)
        #expect(quantity.text == text)
    }

    @Test(arguments: [
        ("a 5,000-strong force", 5000, "troops"),
        ("a 10,000-man contingent", 10000, "men"),
        ("a two-battalion column", 2, "battalions"),
    ])
    func compoundedQuantities(_ text: String, _ value: Int, _ unit: String) throws {
        let buffer = TextBuffer("The army sent \(text) to the front.")
        let found = QuantityTagger.quantities(in: buffer, range: 0..<buffer.tokens.count)
        let quantity = try #require(found.first?.1)
        #expect(quantity.value == value)
        #expect(quantity.unit == unit)
        #expect(QuantityTagger.quantities(in: TextBuffer("A 40-day ceasefire held."), range: 0..<5).isEmpty)
    }

    /// "the town" skips a place named in passing (where someone spoke) for the place the operation is about.
    @Test func anaphorSkipsAPlaceNamedInPassing() throws {
        let siege = try #require(primaries("Turkish troops are advancing on Afrin; speaking to reporters in Istanbul, an official said troops would encircle the town within days.")
            .first { $0.kind == .siege })
        #expect(siege.mainLocation?.place.name == "Afrin")
    }

    @Test func yearsAndDatesAreNotQuantities() {
        let buffer = TextBuffer("On September 27, 2016 in 2014 the 19th of October.")
        #expect(QuantityTagger.quantities(in: buffer, range: 0..<buffer.tokens.count).isEmpty)
    }

    @Test func framedOperationIsOverBeforeTheMainEvent() {
        let all = OperationDetector().mentions(inSentence: "Baghdad-led forces freed Fallujah in late June after a three-months-long siege.")
        #expect(all.filter { $0.role == .primary }.map(\.kind) == [.liberation, .siege])
        #expect(all.first { $0.kind == .siege }?.status == .completed)
        #expect(all.first { $0.kind == .siege }?.mainLocation?.place.name == "Fallujah")
    }

    @Test func historicalSentenceIsBackground() {
        let all = OperationDetector().mentions(inSentence: "Baghdad-led forces freed Fallujah in 2016 after a three-months-long siege.", referenceYear: 2019)
        #expect(!all.isEmpty)
        #expect(all.allSatisfy { $0.role == .background })
    }

    /// A full date with an earlier year after the trigger's object dates it to history.
    @Test(arguments: [
        "Allied troops stormed the coast of occupied France on 6 June 1944.",
        "Allied troops stormed the coast of occupied France on June 6, 1944.",
    ])
    func datedHistoricalOperationIsBackground(_ sentence: String) {
        let all = OperationDetector().mentions(inSentence: sentence, referenceYear: 2024)
        #expect(!all.isEmpty)
        #expect(all.allSatisfy { $0.role == .background })
    }

    /// "in its first direct attack": a plain attack beside a specific operation at its place is that operation.
    @Test func attackDescribingASpecificOperationIsThatOperation() {
        let found = primaries("Iran launched drones and missiles at Israel in its first direct attack on Israeli territory.")
        #expect(found.map(\.kind) == [.airstrike])
    }

    @Test func anaphoricOperation() {
        let all = OperationDetector().mentions(inSentence: "The prime minister gave the order to begin the operation in a few hours.")
        #expect(all.count == 1)
        #expect(all.first?.role == .anaphoric)
    }
}
