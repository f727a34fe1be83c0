import Testing
@testable import Extraction

/// The document level: merge, names, ordering, ids, theater keys, stance and attribution.
@Suite struct ExtractorTests {
    func extract(_ body: String) -> ExtractionResult {
        FakeTimeTagger.extractor.extract(article(body))
    }

    @Test func mentionsOfOneOperationMerge() {
        let result = extract("""
            The Iraqi army launched an offensive on Mosul on Monday. The offensive on Mosul is the largest in years. \
            Troops pushed into Mosul from the east.
            """)
        #expect(result.operations.filter { $0.operation.kind == .offensive }.count == 1)
        #expect(result.operations.first?.operation.name == "Mosul offensive")
    }

    @Test func genericMentionFoldsIntoTheSpecificOne() {
        let result = extract("""
            Iraqi forces launched an offensive on Mosul. The Mosul operation involves 30,000 troops.
            """)
        #expect(result.operations.count == 1)
        #expect(result.operations.first?.operation.kind == .offensive)
        #expect(result.operations.first?.quantities.first?.value == 30000)
    }

    /// An operation placed nowhere happens in the dateline's country when that country is the
    /// article's theater; a dateline abroad ("WASHINGTON —") lends nothing.
    @Test func placelessOperationTakesTheDatelineCountryOfTheTheater() throws {
        let home = extract("""
            KABUL — Taliban fighters besieged Kandahar on Friday. Residents fled. Shops closed.

            The U.S. military has said it will complete its withdrawal by August 31.
            """)
        let withdrawal = try #require(home.operations.first { $0.operation.kind == .withdrawal })
        #expect(withdrawal.locations.map(\.place.name) == ["Afghanistan"])
        #expect(withdrawal.locations.first?.role == .mentioned)
        let abroad = extract("""
            WASHINGTON — Taliban fighters besieged Kandahar on Friday. Residents fled. Shops closed.

            The U.S. military has said it will complete its withdrawal by August 31.
            """)
        let elsewhere = try #require(abroad.operations.first { $0.operation.kind == .withdrawal })
        #expect(elsewhere.locations.isEmpty)
    }

    /// "the Old City" is in the latest city named, not in a village named since.
    @Test func theCityIsTheLatestCityNotTheLatestVillage() throws {
        let result = extract("""
            Iraqi troops entered Mosul on Tuesday. Police said they had recaptured the village of Hammam al-Alil. \
            Residents saw fighters withdrawing toward the Old City.
            """)
        let withdrawal = try #require(result.operations.first { $0.operation.kind == .withdrawal })
        #expect(withdrawal.locations.first?.place.name == "Mosul")
    }

    /// "a second convoy" is another operation than the convoy reported before.
    @Test func aSecondOperationIsNotTheFirst() {
        let result = extract("""
            A military convoy reached the town of Djibo on Thursday, the army said. \
            The army plans to send a second convoy to Djibo before Christmas.
            """)
        #expect(result.operations.filter { $0.operation.kind == .other }.count == 2)
    }

    /// "the offensive" with nothing named before it is the article's operation, at its sentence's place.
    @Test func firstAnaphorWithNothingBeforeItIsTheOperation() throws {
        let result = extract("""
            Columns fought their way into Mosul on Tuesday, two weeks after the start of the offensive. \
            Thousands have fled since the offensive began.
            """)
        let offensive = try #require(result.operations.first { $0.operation.kind == .offensive })
        #expect(offensive.locations.first?.place.name == "Mosul")
        #expect(result.operations.filter { $0.operation.kind == .offensive }.count == 1)
    }

    /// A retaking still to come is not the taking already over, even with no agent named.
    @Test func retakingIsNotTheEarlierCapture() {
        let result = extract("""
            Taliban fighters captured Zaranj on Friday. Officials said the army would retake Zaranj within days.
            """)
        #expect(result.operations.filter { $0.locations.first?.place.name == "Zaranj" }.map(\.operation.kind).sorted { $0.rawValue < $1.rawValue }
                == [.liberation, .other])
    }

    /// Leaving a place and going somewhere, reported in consecutive sentences, are one movement.
    @Test func leavingAndGoingAreOneMovement() throws {
        let result = extract("""
            The envoy said rebel fighters would leave Aleppo under the deal. \
            The evacuation of the fighters to Idlib province would begin on Wednesday.
            """)
        let movements = result.operations.filter { $0.operation.kind == .withdrawal || $0.operation.kind == .redeployment }
        try #require(movements.count == 1, "\(movements.map(\.operation.name))")
        #expect(Set(movements[0].locations.map(\.place.name)) == ["Aleppo", "Idlib province"])
    }

    /// A retaking to come is not the attack already over at the same place.
    @Test func retakingIsNotTheEarlierAttack() {
        let result = extract("""
            Insurgents remained in the town of Palma on Monday, five days after launching a coordinated assault. \
            A spokesman said the army would retake the town of Palma in the coming days.
            """)
        #expect(Set(result.operations.map(\.operation.kind)) == [.assault, .liberation])
    }

    /// An agentless attack on a country and the incursion into a region of it are one operation,
    /// named by the region; another side's offensive in the country stays apart.
    @Test func attackOnACountryIsTheIncursionIntoItsRegion() throws {
        let result = extract("""
            Officials called it the largest cross-border attack on Russia since the start of the war. \
            Up to 1,000 Ukrainian soldiers had taken part in the incursion into the Kursk region.
            """)
        let attacks = result.operations.filter { [.assault, .offensive, .groundOperation].contains($0.operation.kind) }
        try #require(attacks.count == 1, "\(attacks.map(\.operation.name))")
        #expect(attacks[0].locations.first?.place.name == "Kursk region")
    }

    /// A mention in an "unless" clause or with its own common-noun object does not take the place
    /// of the operation reported just before it.
    @Test func conditionAndOwnObjectDoNotInheritAPlace() {
        let conditional = extract("The Houthis will launch drone strikes on Marib next Tuesday unless the blockade is lifted.")
        #expect(conditional.operations.first { $0.operation.kind == .siege }.map { $0.locations.isEmpty } ?? true)
        let ownObject = extract("""
            The government has surrounded Mekelle with tanks. Refugees have described artillery shelling of towns and villages.
            """)
        #expect(ownObject.operations.first { $0.operation.kind == .shelling }.map { $0.locations.isEmpty } ?? true)
    }

    /// "the remaining rebel-held districts" refers back to the settlement named before.
    @Test func modifiedDistrictAnaphorRefersBack() throws {
        let result = extract("""
            Rebels will leave Aleppo under the deal. Monitors said sporadic shelling of the remaining rebel-held districts continued.
            """)
        let shelling = try #require(result.operations.first { $0.operation.kind == .shelling })
        #expect(shelling.locations.first?.place.name == "Aleppo")
    }

    /// An event noun before "announced in …" is the subject of a reduced relative, not a speaker.
    @Test func announcedTruceIsNotASpeaker() throws {
        let result = extract("The 40-day ceasefire announced in the spring has largely held in southern Syria.")
        let truce = try #require(result.operations.first { $0.operation.kind == .ceasefire })
        #expect(truce.locations.first?.place.name == "Syria")
    }

    /// An attack with its own agent framing a retaking does not rename it; one without does.
    @Test func framedAttackByAnotherAgentDoesNotRenameTheRetaking() {
        let byOthers = extract("Ukrainian forces retook the village of Shchastia after a brief incursion by separatists.")
        #expect(byOthers.operations.map(\.operation.kind) == [.liberation])
        let own = extract("Azerbaijani forces said they had regained control of several villages in the Jabrayil district after a counteroffensive.")
        #expect(own.operations.map(\.operation.kind) == [.offensive])
    }

    /// Truces in one country are one truce, whatever place each mention names.
    @Test func trucesInOneCountryAreOne() {
        let result = extract("""
            Israel approved a four-day pause in fighting in the Gaza Strip. \
            Hamas said Israel would halt air traffic over southern Gaza throughout the truce.
            """)
        #expect(result.operations.filter { $0.operation.kind == .ceasefire }.count == 1)
    }

    /// A compass part of a country is named as the country; the text keeps the qualifier.
    @Test func directionalRegionIsNamedAsItsCountry() throws {
        let result = extract("French fighter jets struck rebel positions in northern Mali.")
        let location = try #require(result.operations.first?.locations.first)
        #expect(location.place.name == "Mali")
        #expect(location.place.country == "ML")
        #expect(location.text == "northern Mali")
        #expect(result.operations.first?.operation.name == "Mali airstrikes")
    }

    /// The speaker may be the force ("it will complete its withdrawal"); an appositive between the
    /// trigger and the time does not push the time out of reach.
    @Test func speakerForceAndAppositiveDistance() {
        let withdrawal = Extractor().extract(article("The U.S. military has said it will complete its withdrawal from Kabul by August 31."))
        #expect(withdrawal.operations.contains { $0.operation.kind == .withdrawal })
        #expect(withdrawal.schedules.contains { $0.event == .end })
        let advance = Extractor().extract(article(
            "He said troops would advance on Adan Yabaal, a long-time al-Shabaab base in neighbouring Middle Shabelle, by the end of October."))
        #expect(advance.schedules.contains { $0.event == .end && $0.operation.location == "Adan Yabaal" })
    }

    /// "it" after an armed speaker stands for the speaker: the attack has its armed actor and agent.
    @Test func armedSpeakerBehindASubjectPronoun() {
        let result = Extractor().extract(article("Al-Shabaab said in a radio broadcast that it would attack Beledweyne within days."))
        let attack = result.operations.first { $0.locations.first?.place.name == "Beledweyne" }
        #expect(attack?.actors.contains { $0.role == .agent && $0.actor.name == "al-Shabaab" } == true)
        #expect(attack?.attribution?.kind == .organization)
    }

    /// "the city" after places named in passing (where someone stayed, where refugees went) is the
    /// city the operation is about.
    @Test func anaphorSkipsPlacesNamedInPassing() {
        let result = Extractor().extract(article(
            "Ethiopian federal troops have surrounded Mekelle. The prime minister, who was in Nairobi on Wednesday, urged the "
                + "rebels to surrender. Residents who escaped to Gondar said food was running out. A spokesman said the army would "
                + "launch a final assault on the city on Sunday."))
        let assault = result.operations.first { $0.operation.kind == .assault }
        #expect(assault?.locations.first?.place.name == "Mekelle")
    }

    /// "said on Thursday" dates the speech; a quote split by its attribution still links its time.
    @Test func speechTimeAndSplitQuote() {
        let result = Extractor().extract(article(
            "“The liberation of Hodeidah airport,” a coalition spokesman said on Thursday, “will be completed within 48 hours.”"))
        #expect(!result.schedules.contains { $0.claimedTime.text.contains("Thursday") })
        #expect(result.schedules.contains { $0.event == .end && $0.claimedTime.grain == .hour })
    }

    /// A dateline says where the story was filed; a placeless operation does not go there.
    @Test func datelineIsNotALocation() {
        let result = Extractor().extract(article("BAKU — Armenian units will withdraw from their positions under the deal."))
        #expect(result.operations.allSatisfy { $0.locations.allSatisfy { $0.place.name != "Baku" } })
    }

    /// Strikes on a country and on one of its cities are one campaign.
    @Test func strikesOnACountryAndItsCityMerge() {
        let result = Extractor().extract(article(
            "Israel carried out intensive airstrikes in southern Lebanon. Israeli jets again pounded Beirut's southern suburbs overnight."))
        #expect(result.operations.filter { $0.operation.kind == .airstrike }.count == 1)
    }

    @Test func differentPlacesStayApart() {
        let result = extract("The army launched an offensive on Mosul. Another offensive on Raqqa began in the north.")
        #expect(Set(result.operations.map { $0.locations.first?.place.name ?? "" }) == ["Mosul", "Raqqa"])
    }

    @Test func mostInformativeStatusWins() {
        let result = extract("""
            The Iraqi army and Peshmerga forces intend to liberate the town of Hawija. \
            Troops are preparing to liberate the town of Hawija within hours.
            """)
        #expect(result.operations.count == 1)
        #expect(result.operations.first?.operation.status == .imminent)
    }

    @Test(arguments: [
        ("Government forces laid siege to Aleppo in July.", "siege of Aleppo"),
        ("Coalition warplanes carried out airstrikes in Raqqa.", "Raqqa airstrikes"),
        ("Ukrainian artillery shelled Donetsk overnight.", "shelling of Donetsk"),
        ("The army will launch the operation to free Mosul.", "Mosul operation"),
        ("More than 9,000 Daesh fighters will be redeployed from Mosul to Palmyra.", "redeployment from Mosul to Palmyra"),
        ("Daesh plans a large-scale offensive.", "Daesh offensive"),
    ])
    func names(_ body: String, _ name: String) {
        #expect(extract(body).operations.first?.operation.name == name)
    }

    @Test func alertsAreOrderedByEvidenceOffset() {
        let result = extract("Airstrikes hit Raqqa on Monday. The army launched an offensive on Mosul. Troops besieged Aleppo.")
        let starts = result.operations.map(\.evidence.start)
        #expect(starts == starts.sorted())
        #expect(result.operations.count == 3)
    }

    @Test func evidenceOffsetsCountScalars() throws {
        let body = "Haşim’s report — “the army launched an offensive on Mosul.”"
        let result = extract(body)
        let alert = try #require(result.operations.first)
        let scalars = Array(body.unicodeScalars)
        #expect(alert.evidence.end <= scalars.count)
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[alert.evidence.start..<alert.evidence.end])
        #expect(text == alert.evidence.sentence)
    }

    @Test func theaterKeyIsTheMainLocationSlugElseTheArticleID() {
        let result = extract("Iraqi forces will launch an offensive on Deir ez-Zor on October 19.")
        #expect(result.operations.first?.theaterKey == "deir-ez-zor")
        #expect(result.schedules.first?.theaterKey == "deir-ez-zor")
        let placeless = extract("Daesh plans a large-scale offensive next week.")
        #expect(placeless.operations.first?.theaterKey == "test")
    }

    @Test func referenceTimeSourceIsCarried() throws {
        var input = article("The Iraqi army launched an offensive on Mosul.")
        input.referenceTime.source = .kafkaTimestamp
        let alert = try #require(Extractor().extract(input).operations.first)
        #expect(alert.referenceTimeSource == .kafkaTimestamp)
    }

    @Test func reportedOperationCarriesAttribution() throws {
        let alert = try #require(extract("Iraqi forces will launch an offensive on Mosul, Defense Minister Khaled al-Obeidi told Reuters.").operations.first)
        #expect(alert.attribution?.source == "Khaled al-Obeidi")
        #expect(alert.stance == .reported)
    }

    @Test func laterDoubtRaisesStance() throws {
        let result = extract("""
            More than 9,000 Daesh fighters will be redeployed from Mosul to Syria, an unnamed source told RIA Novosti. \
            Political analyst Alexander Perendzhiev doubted that this plan will work.
            """)
        let alert = try #require(result.operations.first { $0.operation.kind == .redeployment })
        #expect(alert.stance == .doubted)
    }

    /// A denial of the operation elsewhere in the article is also a denial of its schedule.
    @Test func laterDenialRaisesTheClaimsStance() throws {
        let result = extract("""
            Government forces will storm the town of Hawija within hours, a commander said. \
            The ministry denied that any assault on Hawija was planned.
            """)
        let claim = try #require(result.schedules.first)
        #expect(claim.stance == .denied)
    }

    /// "The next phase … will begin": a start verb on an operation under way is a begin.
    @Test func startOfANextPhaseIsABegin() throws {
        let result = extract("""
            Iraqi forces launched an offensive on Mosul on Monday. \
            The next phase of the offensive will begin within hours, a commander said.
            """)
        let claim = try #require(result.schedules.first)
        #expect(claim.event == .begin)
    }

    /// An operation under way is named by the words that report it, not by a feared next stage.
    @Test func reportsOfAnOperationNameItOverAFearedStage() throws {
        let result = extract("""
            The Houthis pressed their offensive on Marib on Monday. \
            An assault on Marib would be catastrophic, the envoy warned.
            """)
        let operation = try #require(result.operations.first)
        #expect(result.operations.count == 1)
        #expect(operation.operation.kind == .offensive)
        #expect(operation.operation.status == .ongoing)
    }

    /// Hours counted from now ("within 72 hours") make a planned operation imminent.
    @Test func hoursFromNowAreImminent() throws {
        let result = Extractor().extract(article("Troops will storm the town of Hawija within 72 hours, a commander said."))
        let operation = try #require(result.operations.first)
        #expect(operation.operation.status == .imminent)
        #expect(result.schedules.first?.claimedTime.grain == .hour)
    }

    @Test func articlesWithoutTriggersCostOnlyTokenization() {
        var statistics = ExtractionStatistics()
        let result = Extractor().extract(article("The weather in Baghdad was sunny. Markets were calm."), statistics: &statistics)
        #expect(result.operations.isEmpty)
        #expect(statistics.sentencesAnalysed == 0)
    }

    /// Trigger words that their neighbours show to be traps are screened out before places,
    /// actors and attribution are looked up; a real trigger in the same article is analysed.
    @Test func wordTrapsAreScreenedBeforeAnalysis() {
        let traps = "The senator's election campaign began in Ohio. Critics called the cartoon an offensive remark, a spokesman said. "
            + "Workers at the port of Basra began a 48-hour strike over pay. The withdrawal of foreign investors continued."
        var statistics = ExtractionStatistics()
        #expect(Extractor().extract(article(traps), statistics: &statistics).operations.isEmpty)
        #expect(statistics.sentencesScreened == 4)
        #expect(statistics.sentencesAnalysed == 0)

        var mixed = ExtractionStatistics()
        let result = Extractor().extract(article(traps + " Iraqi forces launched an offensive to retake Hawija."), statistics: &mixed)
        #expect(mixed.sentencesScreened == 5)
        #expect(mixed.sentencesAnalysed == 1)
        #expect(result.operations.map(\.operation.kind) == [.offensive])
    }
}
