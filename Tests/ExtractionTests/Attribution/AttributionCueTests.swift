import Testing
@testable import Extraction

/// Single-sentence and short-chain attribution: kinds, roles, via, positions, quotations,
/// coreference and stance, table-driven.
@Suite struct AttributionCueTests {
    static let kinds: [AttributionCase] = [
        // Named officials, roles before and after the name, every position of the cue.
        expect("The offensive will begin next week, Iraqi Defense Minister Khaled al-Obeidi said.",
               source: "Khaled al-Obeidi", .namedOfficial, role: "Iraqi Defense Minister", stance: .reported),
        expect("Iraqi Defense Minister Khaled al-Obeidi says the offensive will begin next week.",
               source: "Khaled al-Obeidi", .namedOfficial, role: "Iraqi Defense Minister", stance: .reported),
        expect("John Smith told reporters the offensive would start soon.",
               source: "John Smith", .namedOfficial, stance: .reported),
        expect("Colonel Ahmed Hassan explained that the town was surrounded.",
               source: "Ahmed Hassan", .namedOfficial, role: "Colonel", stance: .reported),
        expect("Political analyst Alexander Perendzhiev noted that the army was ready.",
               source: "Alexander Perendzhiev", .namedOfficial, role: "political analyst", stance: .reported),
        expect("Heytem Haşim Muhtaroğlu, head of the Iraqi Turkmen Front, told Sputnik that the town would be freed.",
               source: "Heytem Haşim Muhtaroğlu", .namedOfficial, role: "head of the Iraqi Turkmen Front", via: "Sputnik", stance: .reported),
        expect("“The town will be liberated within hours,” said Colonel Ahmed Hassan.",
               source: "Ahmed Hassan", .namedOfficial, role: "Colonel", stance: .reported),
        expect("“The town will be liberated within hours,” said Ahmed Hassan, a spokesman for the Iraqi army.",
               source: "Ahmed Hassan", .namedOfficial, role: "spokesman for the Iraqi army", stance: .reported),
        expect("Colonel Ahmed Hassan said: “The town will be liberated within hours.”",
               source: "Ahmed Hassan", .namedOfficial, role: "Colonel", stance: .reported),
        expect("Troops, Kurdish commander Sirwan Barzani added, will enter the town at dawn.",
               source: "Sirwan Barzani", .namedOfficial, role: "Kurdish commander", stance: .reported),
        expect("Iraq’s Prime Minister Haider al-Abadi announced the start of the operation.",
               source: "Haider al-Abadi", .namedOfficial, role: "Iraq’s Prime Minister", stance: .reported),
        expect("Defense Minister Sergei Shoigu was quoted as saying that the drills were over.",
               source: "Sergei Shoigu", .namedOfficial, role: "Defense Minister", stance: .reported),
        expect("Defense Minister Sergei Shoigu was quoted by TASS as saying that the drills were over.",
               source: "Sergei Shoigu", .namedOfficial, role: "Defense Minister", via: "TASS", stance: .reported),
        expect("Shoigu stated that the troops would return to their bases.",
               source: "Shoigu", .namedOfficial, stance: .reported),
        expect("The general insisted the town would fall, Gen. Yahya Rasool confirmed.",
               source: "Yahya Rasool", .namedOfficial, role: "Gen.", stance: .reported),
        expect("Ali Hassan, who commands the brigade, said the town would fall.", source: "Ali Hassan", .namedOfficial, stance: .reported),
        expect("Ali Hassan, 45, said the town would fall.", source: "Ali Hassan", .namedOfficial, stance: .reported),
        expect("The minister is saying that the offensive has begun.", source: "the minister", .unnamedSource, stance: .reported),
        expect("A spokesman for the Kurdish Peshmerga, Halgurd Hikmat, said the forces had advanced.",
               source: "Halgurd Hikmat", .namedOfficial, role: "spokesman for the Kurdish Peshmerga", stance: .reported),
        expect("The Russian Defense Ministry's spokesman, Maj. Gen. Igor Konashenkov, told journalists that the strikes were precise.",
               source: "Igor Konashenkov", .namedOfficial, role: "Russian Defense Ministry's spokesman", stance: .reported),
        expect("In an interview with CNN, US Secretary of State John Kerry said the coalition was united.",
               source: "John Kerry", .namedOfficial, role: "US Secretary of State", via: "CNN", stance: .reported),
        // Unnamed sources.
        expect("The source, speaking on condition of anonymity, said the fighters had left.",
               source: "the source", .unnamedSource, stance: .reported),
        expect("Intelligence agencies plan to move the fighters, an unnamed source in military and diplomatic circles in Moscow told RIA Novosti.",
               source: "an unnamed source in military and diplomatic circles in Moscow", .unnamedSource, via: "RIA Novosti", stance: .reported),
        expect("Sources close to the ministry said the plan was approved.",
               source: "Sources close to the ministry", .unnamedSource, stance: .reported),
        expect("Officials said the offensive would start on Monday.",
               source: "Officials", .unnamedSource, stance: .reported),
        expect("The attack began at dawn, according to a military official who asked not to be named.",
               source: "a military official who asked not to be named", .unnamedSource, stance: .reported),
        expect("A military official who asked not to be named said the attack began at dawn.",
               source: "a military official who asked not to be named", .unnamedSource, stance: .reported),
        expect("A senior Kurdish commander told Rudaw that Peshmerga forces were ready.",
               source: "a senior Kurdish commander", .unnamedSource, via: "Rudaw", stance: .reported),
        expect("The offensive is near, a source cited by RIA Novosti said.",
               source: "a source", .unnamedSource, via: "RIA Novosti", stance: .reported),
        expect("U.S. officials warned that the militants were preparing a counterattack.",
               source: "U.S. officials", .unnamedSource, stance: .reported),
        // Media.
        expect("RIA Novosti reported that the fighters had left the city.",
               source: "RIA Novosti", .media, via: "RIA Novosti", stance: .reported),
        expect("State TV said the army had entered the town.",
               source: "State TV", .media, via: "State TV", stance: .reported),
        expect("According to Reuters, the attack began at dawn.",
               source: "Reuters", .media, via: "Reuters", stance: .reported),
        expect("Reuters reported, citing military sources, that the attack began at dawn.",
               source: "military sources", .unnamedSource, via: "Reuters", stance: .reported),
        expect("The operation has begun, Interfax quoted the ministry as saying.",
               source: "the ministry", .organization, via: "Interfax", stance: .reported),
        expect("Daesh militants have reportedly begun to flee Mosul, Alsumaria News reported, citing a local source.",
               source: "a local source", .unnamedSource, via: "Alsumaria News", stance: .hedged),
        expect("A Peshmerga commander said Kurdish forces would not enter Mosul, Rudaw reported.",
               source: "a Peshmerga commander", .unnamedSource, via: "Rudaw", stance: .reported),
        expect("Daesh has no intention of leaving Mosul, the Iraqi military said in a statement posted on its website.",
               source: "the Iraqi military", .organization, stance: .reported),
        expect("Islamic State said in a statement carried by its Amaq news agency that its fighters had repelled the attack.",
               source: "Islamic State", .organization, via: "Amaq news agency", stance: .reported),
        expect("Iraqi army units were advancing from the south, according to a statement from the Joint Operations Command.",
               source: "Joint Operations Command", .organization, stance: .reported),
        // Organizations.
        expect("The Pentagon said airstrikes would continue.", source: "Pentagon", .organization, stance: .reported),
        expect("The ministry said in a statement that the operation had begun.", source: "the ministry", .organization, stance: .reported),
        expect("The Iraqi Turkmen Front said the town would be freed.", source: "Iraqi Turkmen Front", .organization, stance: .reported),
        expect("The UN warned that civilians were trapped in the city.", source: "UN", .organization, stance: .reported),
        expect("Moscow said the deal was done.", source: "Moscow", .organization, stance: .reported),
        expect("Turkey said the operation would continue.", source: "Turkey", .organization, stance: .reported),
        expect("Saudi Arabia rejected the accusation.", source: "Saudi Arabia", .organization, stance: .denied),
        expect("The army has announced the start of the operation.", source: "the army", .organization, stance: .reported),
        expect("Iraq’s Defense Ministry confirmed that troops had crossed the river.",
               source: "Iraq’s Defense Ministry", .organization, stance: .reported),
        expect("The Syrian Observatory for Human Rights said the town had been shelled.",
               source: "Syrian Observatory for Human Rights", .organization, stance: .reported),
        expect("Kurdish Peshmerga forces said they had cut the road.", source: "Kurdish Peshmerga forces", .organization, stance: .reported),
        expect("Daesh claimed the attack in a statement.", source: "Daesh", .organization, stance: .hedged),
        // Via.
        expect("Witnesses told AFP that the bridge had been destroyed.", source: "Witnesses", .unnamedSource, via: "AFP", stance: .reported),
        expect("The newspaper quoted a source as saying the attack had begun.",
               source: "a source", .unnamedSource, via: "the newspaper", stance: .reported),
        expect("The town will fall within hours, he told state TV.", source: "he", .unnamedSource, via: "state TV", stance: .reported),
        expect("The offensive will begin within hours, Kurdish commander Sirwan Barzani said in an interview with Al Jazeera.",
               source: "Sirwan Barzani", .namedOfficial, role: "Kurdish commander", via: "Al Jazeera", stance: .reported),
        expect("Speaking to Sputnik, Muhtaroğlu said the town would fall.", source: "Muhtaroğlu", .namedOfficial, via: "Sputnik", stance: .reported),
        expect("The minister told The New York Times that the offensive was imminent.",
               source: "the minister", .unnamedSource, via: "The New York Times", stance: .reported),
        expect("The attack will start soon, the official said, according to Reuters.",
               source: "the official", .unnamedSource, via: "Reuters", stance: .reported),
        expect("The commander told Newswire Daily that the push had begun.",
               source: "the commander", .unnamedSource, via: "Newswire Daily", stance: .reported, articleSource: "Newswire Daily"),
        // No speaker: a lowercase clause after the verb is not an inverted subject; passives are not cues.
        expect("The commander, who led the assault, said the town would fall.", source: "the commander", .unnamedSource, stance: .reported),
        expect("He was told by officials that the attack would begin.", source: nil, stance: .asserted),
        // No speaker.
        expect("Iraqi forces advanced on Mosul on Monday.", source: nil, stance: .asserted),
        expect("Intelligence agencies of the United States and Saudi Arabia plan to move the fighters.", source: nil, stance: .asserted),
        expect("The reported redeployment began on Monday.", source: nil, stance: .asserted),
        expect("These claims were repeated on state TV.", source: nil, stance: .asserted),
    ]

    @Test(arguments: kinds)
    func attributesSpeakers(_ c: AttributionCase) {
        let analyzed = AnalyzedText(c.text, articleSource: c.articleSource)
        let result = analyzed.result(c.sentence)
        let expected = c.source.map { Attribution(source: $0, role: c.role, kind: c.kind ?? .namedOfficial, via: c.via) }
        #expect(render(result?.attribution) == render(expected), "\(analyzed.text(c.sentence))")
        #expect(result?.stance == c.stance, "\(analyzed.text(c.sentence))")
    }

    static let stances: [AttributionCase] = [
        // Hedges.
        expect("The offensive may start next week.", source: nil, stance: .hedged),
        expect("The offensive is believed to have started.", source: nil, stance: .hedged),
        expect("Reportedly, the town has fallen.", source: nil, stance: .hedged),
        expect("The fighters apparently left the city.", source: nil, stance: .hedged),
        expect("The matter was ostensibly settled during the preliminary phase of the offensive.", source: nil, stance: .hedged),
        expect("The attack is said to be imminent.", source: nil, stance: .hedged),
        expect("Troops will probably attack at dawn.", source: nil, stance: .hedged),
        expect("The strike could begin tomorrow, the official said.", source: "the official", .unnamedSource, stance: .hedged),
        expect("The source suggested that the fighters would leave.", source: "the source", .unnamedSource, stance: .hedged),
        expect("The ministry claimed that the town had been freed.", source: "the ministry", .organization, stance: .hedged),
        expect("Daesh allegedly moved its fighters to Raqqa, activists said.", source: "activists", .unnamedSource, stance: .hedged),
        expect("It was reported that the town had fallen.", source: nil, stance: .hedged),
        expect("‘We are ready,’ the commander said.", source: "the commander", .unnamedSource, stance: .reported),
        // "would" (reported speech, conditionals) and the month "May" are not hedges.
        expect("The offensive would begin in May, officials said.", source: "officials", .unnamedSource, stance: .reported),
        expect("If the town is captured, it would make the operation easier.", source: nil, stance: .asserted),
        // Denials.
        expect("The ministry denied that troops were massing near Mosul.", source: "the ministry", .organization, stance: .denied),
        expect("There are no plans to attack Mosul, the minister said.", source: "the minister", .unnamedSource, stance: .denied),
        expect("The army has no plans to storm the town.", source: nil, stance: .denied),
        expect("Ankara rejected reports that Turkish troops had crossed the border.", source: "Ankara", .organization, stance: .denied),
        expect("“This is not true,” the spokesman said.", source: "the spokesman", .unnamedSource, stance: .denied),
        // Doubts.
        expect("Analysts doubted that the army could take the city.", source: "Analysts", .unnamedSource, stance: .doubted),
        expect("It is unlikely that the offensive will begin this year.", source: nil, stance: .doubted),
        expect("Many observers are skeptical about the timetable.", source: "many observers", .unnamedSource, stance: .doubted),
        expect("The offensive may begin soon, but analysts doubted it, the paper said.", source: "analysts", .unnamedSource, via: "the paper", stance: .doubted),
        // Precedence: denied > doubted > hedged.
        expect("The ministry denied that the offensive might be delayed.", source: "the ministry", .organization, stance: .denied),
        expect("It is unlikely that the fighters may leave, the source said.", source: "the source", .unnamedSource, stance: .doubted),
        expect("Experts questioned the timetable, the paper said.", source: "Experts", .unnamedSource, via: "the paper", stance: .doubted),
        expect("The minister dismissed the commander after the defeat.", source: nil, stance: .asserted),
        expect("Police questioned the suspects on Monday.", source: nil, stance: .asserted),
        // Negating the operation is its status, not a denial; "no doubt" is not a doubt.
        expect("Iraqi forces will not launch the offensive this week.", source: nil, stance: .asserted),
        expect("There is no doubt the offensive will begin soon.", source: nil, stance: .asserted),
        expect("The army will never attack civilians, the general said.", source: "the general", .unnamedSource, stance: .reported),
    ]

    @Test(arguments: stances)
    func setsStance(_ c: AttributionCase) {
        let analyzed = AnalyzedText(c.text, articleSource: c.articleSource)
        let result = analyzed.result(c.sentence)
        let expected = c.source.map { Attribution(source: $0, role: c.role, kind: c.kind ?? .namedOfficial, via: c.via) }
        #expect(render(result?.attribution) == render(expected), "\(analyzed.text(c.sentence))")
        #expect(result?.stance == c.stance, "\(analyzed.text(c.sentence))")
    }

    static let chains: [AttributionCase] = [
        // Pronouns and definite descriptions resolve to the previous speaker; its medium carries.
        expect("General John Smith said the offensive had begun. He added that Mosul would fall soon.", sentence: 1,
               source: "John Smith", .namedOfficial, role: "General", stance: .reported),
        expect("An unnamed source in the Iraqi army told Sputnik the attack was imminent. The source said troops were ready.", sentence: 1,
               source: "an unnamed source in the Iraqi army", .unnamedSource, via: "Sputnik", stance: .reported),
        expect("An unnamed source in the Iraqi army told Sputnik the attack was imminent. Troops, he said, were ready.", sentence: 1,
               source: "an unnamed source in the Iraqi army", .unnamedSource, via: "Sputnik", stance: .reported),
        expect("Heytem Haşim Muhtaroğlu, head of the Iraqi Turkmen Front, told Sputnik the attack was near. Muhtaroğlu said the town would fall.",
               sentence: 1, source: "Heytem Haşim Muhtaroğlu", .namedOfficial, role: "head of the Iraqi Turkmen Front", via: "Sputnik", stance: .reported),
        expect("Ali Hassan, a Kurdish commander, told Rudaw the push was near. According to him, the army is ready.", sentence: 1,
               source: "Ali Hassan", .namedOfficial, role: "Kurdish commander", via: "Rudaw", stance: .reported),
        expect("The Iraqi army said the offensive had begun. They said Mosul would fall within weeks.", sentence: 1,
               source: "the Iraqi army", .organization, stance: .reported),
        expect("The ministry said the offensive had begun. The ministry added that it would last weeks.", sentence: 1,
               source: "the ministry", .organization, stance: .reported),
        expect("Ali Hassan said the army was ready. Officials told Reuters the push was near. He said it would start on Monday.", sentence: 2,
               source: "Ali Hassan", .namedOfficial, stance: .reported),
        expect("The analyst said nothing. “The push is near,” he told Sputnik. He later said it would start on Monday.", sentence: 2,
               source: "the analyst", .unnamedSource, via: "Sputnik", stance: .reported),
        // Cues inside quotation marks are the speaker's words, not the frame.
        expect("Ali Hassan told Reuters the push was near. “The ministry said nothing,” he said.", sentence: 1,
               source: "Ali Hassan", .namedOfficial, via: "Reuters", stance: .reported),
        // "they" prefers an organization or plural source over the last person.
        expect("The ministry said the push had begun. Ali Hassan told Reuters it was going well. They said Mosul would fall.", sentence: 2,
               source: "the ministry", .organization, stance: .reported),
        // A person named as a sentence's subject is the antecedent of a later "he said".
        expect("Iraqi Prime Minister Haider al-Abadi arrived in Kirkuk on Monday. He said the operation would start within hours.", sentence: 1,
               source: "Haider al-Abadi", .namedOfficial, role: "Iraqi Prime Minister", stance: .reported),
        expect("Ali Hassan told Reuters the push was near. Mosul has been under siege for months. He said the town would fall.", sentence: 2,
               source: "Ali Hassan", .namedOfficial, via: "Reuters", stance: .reported),
        expect("Ali Hassan told Reuters the push was near. Kurdish commander Sirwan Barzani visited the front. He said the town would fall.", sentence: 2,
               source: "Sirwan Barzani", .namedOfficial, role: "Kurdish commander", stance: .reported),
        // A quotation running over a paragraph break, reopened in the new paragraph.
        expect("“The town is surrounded,” the commander said. “We will enter it tomorrow.\n\n“Nobody will stop us.”", sentence: 2,
               source: "the commander", .unnamedSource, stance: .reported),
        // Multi-sentence quotations: opened in one sentence, closed (with the speaker) later.
        expect("“The town is surrounded. We will enter it tomorrow. Nobody will stop us,” the commander said.", sentence: 0,
               source: "the commander", .unnamedSource, stance: .reported),
        expect("“The town is surrounded. We will enter it tomorrow. Nobody will stop us,” the commander said.", sentence: 1,
               source: "the commander", .unnamedSource, stance: .reported),
        expect("The commander said: “The town is surrounded. We will enter it tomorrow.”", sentence: 1,
               source: "the commander", .unnamedSource, stance: .reported),
        expect("“The town may be surrounded. We will enter it tomorrow,” the commander suggested.", sentence: 1,
               source: "the commander", .unnamedSource, stance: .hedged),
        // A quotation with no cue right after a speaker's sentence continues that speaker.
        expect("Ali Hassan told Reuters the deal was off. “Nobody believes them. The war goes on.”", sentence: 1,
               source: "Ali Hassan", .namedOfficial, via: "Reuters", stance: .reported),
        expect("Ali Hassan told Reuters the deal was off. “Nobody believes them. The war goes on.”", sentence: 2,
               source: "Ali Hassan", .namedOfficial, via: "Reuters", stance: .reported),
        expect("Ali Hassan told Reuters the deal was off. “The war will probably go on.”", sentence: 1,
               source: "Ali Hassan", .namedOfficial, via: "Reuters", stance: .hedged),
        // A new paragraph closes a quotation left open.
        expect("“The town is surrounded.\n\nThe ministry said the attack began.", sentence: -1,
               source: "the ministry", .organization, stance: .reported),
        // The article's own sentences between a speaker's stay the article's.
        expect("The source said the deal was done. The town lies on the Tigris.", sentence: 1, source: nil, stance: .asserted),
    ]

    @Test(arguments: chains)
    func followsSpeakersAcrossSentences(_ c: AttributionCase) {
        let analyzed = AnalyzedText(c.text, articleSource: c.articleSource)
        let result = analyzed.result(c.sentence)
        let expected = c.source.map { Attribution(source: $0, role: c.role, kind: c.kind ?? .namedOfficial, via: c.via) }
        #expect(render(result?.attribution) == render(expected), "\(analyzed.text(c.sentence))")
        #expect(result?.stance == c.stance, "\(analyzed.text(c.sentence))")
    }

    @Test func reportsTheFrameTokens() {
        let analyzed = AnalyzedText("Heytem Haşim Muhtaroğlu, head of the Iraqi Turkmen Front, told Sputnik that the town would be freed.")
        let result = analyzed.analysis.sentences[0]
        #expect(analyzed.texts(result.speakerTokens) == ["Heytem Haşim Muhtaroğlu", "head of the Iraqi Turkmen Front"])
        #expect(analyzed.texts(result.cueTokens) == ["told", "Sputnik"])
        #expect(result.basis == .cue)
        let town = analyzed.buffer.tokens.lastIndex { analyzed.buffer.text(of: $0) == "town" } ?? 0
        #expect(!result.isFrameToken(town))
        #expect(result.isFrameToken(analyzed.buffer.tokens.firstIndex { analyzed.buffer.text(of: $0) == "Front" } ?? -1))
    }

    @Test func reportsQuotedAndStanceTokens() {
        let analyzed = AnalyzedText("“Mosul will probably remain in their hands,” the source said.")
        let result = analyzed.analysis.sentences[0]
        #expect(analyzed.texts(result.quotedTokens) == ["Mosul will probably remain in their hands,"])
        #expect(analyzed.texts(result.stanceTokens) == ["probably"])
        #expect(analyzed.texts(result.speakerTokens) == ["the source"])
    }

    @Test func sameSpeakerGetsTheSameNumber() {
        let analyzed = AnalyzedText("A source told Sputnik the push was near. The source said troops were ready. Officials said nothing. He said it again.")
        let speakers = analyzed.analysis.sentences.map(\.speaker)
        #expect(speakers == [0, 0, 1, 0])
        #expect(analyzed.analysis.speakers.count == 2)
        #expect(analyzed.analysis.sentences.map(\.basis) == [.cue, .coreference, .cue, .coreference])
    }
}
