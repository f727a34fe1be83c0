import Testing
@testable import Extraction

/// Single-sentence and short-chain attribution: kinds, roles, via, positions, quotations,
/// coreference and stance, table-driven.
@Suite struct AttributionCueTests {
    static let kinds: [AttributionCase] = [
        // Named officials, roles before and after the name, every position of the cue.
        attributed("The offensive will begin next week, Iraqi Defense Minister Khaled al-Obeidi said.",
               source: "Khaled al-Obeidi", .namedOfficial, role: "Iraqi Defense Minister", stance: .reported),
        attributed("Iraqi Defense Minister Khaled al-Obeidi says the offensive will begin next week.",
               source: "Khaled al-Obeidi", .namedOfficial, role: "Iraqi Defense Minister", stance: .reported),
        attributed("John Smith told reporters the offensive would start soon.",
               source: "John Smith", .namedOfficial, stance: .reported),
        attributed("Colonel Ahmed Hassan explained that the town was surrounded.",
               source: "Ahmed Hassan", .namedOfficial, role: "Colonel", stance: .reported),
        attributed("Political analyst Alexander Perendzhiev noted that the army was ready.",
               source: "Alexander Perendzhiev", .namedOfficial, role: "political analyst", stance: .reported),
        attributed("Heytem Haşim Muhtaroğlu, head of the Iraqi Turkmen Front, told Sputnik that the town would be freed.",
               source: "Heytem Haşim Muhtaroğlu", .namedOfficial, role: "head of the Iraqi Turkmen Front", via: "Sputnik", stance: .reported),
        attributed("“The town will be liberated within hours,” said Colonel Ahmed Hassan.",
               source: "Ahmed Hassan", .namedOfficial, role: "Colonel", stance: .reported),
        attributed("“The town will be liberated within hours,” said Ahmed Hassan, a spokesman for the Iraqi army.",
               source: "Ahmed Hassan", .namedOfficial, role: "spokesman for the Iraqi army", stance: .reported),
        attributed("Colonel Ahmed Hassan said: “The town will be liberated within hours.”",
               source: "Ahmed Hassan", .namedOfficial, role: "Colonel", stance: .reported),
        attributed("Troops, Kurdish commander Sirwan Barzani added, will enter the town at dawn.",
               source: "Sirwan Barzani", .namedOfficial, role: "Kurdish commander", stance: .reported),
        attributed("Iraq’s Prime Minister Haider al-Abadi announced the start of the operation.",
               source: "Haider al-Abadi", .namedOfficial, role: "Iraq’s Prime Minister", stance: .reported),
        attributed("Defense Minister Sergei Shoigu was quoted as saying that the drills were over.",
               source: "Sergei Shoigu", .namedOfficial, role: "Defense Minister", stance: .reported),
        attributed("Defense Minister Sergei Shoigu was quoted by TASS as saying that the drills were over.",
               source: "Sergei Shoigu", .namedOfficial, role: "Defense Minister", via: "TASS", stance: .reported),
        attributed("Shoigu stated that the troops would return to their bases.",
               source: "Shoigu", .namedOfficial, stance: .reported),
        attributed("The general insisted the town would fall, Gen. Yahya Rasool confirmed.",
               source: "Yahya Rasool", .namedOfficial, role: "Gen.", stance: .reported),
        attributed("Ali Hassan, who commands the brigade, said the town would fall.", source: "Ali Hassan", .namedOfficial, stance: .reported),
        attributed("Ali Hassan, 45, said the town would fall.", source: "Ali Hassan", .namedOfficial, stance: .reported),
        attributed("The minister is saying that the offensive has begun.", source: "the minister", .unnamedSource, stance: .reported),
        attributed("A spokesman for the Kurdish Peshmerga, Halgurd Hikmat, said the forces had advanced.",
               source: "Halgurd Hikmat", .namedOfficial, role: "spokesman for the Kurdish Peshmerga", stance: .reported),
        attributed("The Russian Defense Ministry's spokesman, Maj. Gen. Igor Konashenkov, told journalists that the strikes were precise.",
               source: "Igor Konashenkov", .namedOfficial, role: "Russian Defense Ministry's spokesman", stance: .reported),
        attributed("In an interview with CNN, US Secretary of State John Kerry said the coalition was united.",
               source: "John Kerry", .namedOfficial, role: "US Secretary of State", via: "CNN", stance: .reported),
        // Unnamed sources.
        attributed("The source, speaking on condition of anonymity, said the fighters had left.",
               source: "the source", .unnamedSource, stance: .reported),
        attributed("Intelligence agencies plan to move the fighters, an unnamed source in military and diplomatic circles in Moscow told RIA Novosti.",
               source: "an unnamed source in military and diplomatic circles in Moscow", .unnamedSource, via: "RIA Novosti", stance: .reported),
        attributed("Sources close to the ministry said the plan was approved.",
               source: "Sources close to the ministry", .unnamedSource, stance: .reported),
        attributed("Officials said the offensive would start on Monday.",
               source: "Officials", .unnamedSource, stance: .reported),
        attributed("The attack began at dawn, according to a military official who asked not to be named.",
               source: "a military official who asked not to be named", .unnamedSource, stance: .reported),
        attributed("A military official who asked not to be named said the attack began at dawn.",
               source: "a military official who asked not to be named", .unnamedSource, stance: .reported),
        attributed("A senior Kurdish commander told Rudaw that Peshmerga forces were ready.",
               source: "a senior Kurdish commander", .unnamedSource, via: "Rudaw", stance: .reported),
        attributed("The offensive is near, a source cited by RIA Novosti said.",
               source: "a source", .unnamedSource, via: "RIA Novosti", stance: .reported),
        attributed("U.S. officials warned that the militants were preparing a counterattack.",
               source: "U.S. officials", .unnamedSource, stance: .reported),
        // Media.
        attributed("RIA Novosti reported that the fighters had left the city.",
               source: "RIA Novosti", .media, via: "RIA Novosti", stance: .reported),
        attributed("State TV said the army had entered the town.",
               source: "State TV", .media, via: "State TV", stance: .reported),
        attributed("According to Reuters, the attack began at dawn.",
               source: "Reuters", .media, via: "Reuters", stance: .reported),
        attributed("Reuters reported, citing military sources, that the attack began at dawn.",
               source: "military sources", .unnamedSource, via: "Reuters", stance: .reported),
        attributed("The operation has begun, Interfax quoted the ministry as saying.",
               source: "the ministry", .organization, via: "Interfax", stance: .reported),
        attributed("Daesh militants have reportedly begun to flee Mosul, Alsumaria News reported, citing a local source.",
               source: "a local source", .unnamedSource, via: "Alsumaria News", stance: .hedged),
        attributed("A Peshmerga commander said Kurdish forces would not enter Mosul, Rudaw reported.",
               source: "a Peshmerga commander", .unnamedSource, via: "Rudaw", stance: .reported),
        attributed("Daesh has no intention of leaving Mosul, the Iraqi military said in a statement posted on its website.",
               source: "the Iraqi military", .organization, stance: .reported),
        attributed("Islamic State said in a statement carried by its Amaq news agency that its fighters had repelled the attack.",
               source: "Islamic State", .organization, via: "Amaq news agency", stance: .reported),
        attributed("Iraqi army units were advancing from the south, according to a statement from the Joint Operations Command.",
               source: "Joint Operations Command", .organization, stance: .reported),
        // Organizations.
        attributed("The Pentagon said airstrikes would continue.", source: "Pentagon", .organization, stance: .reported),
        attributed("The ministry said in a statement that the operation had begun.", source: "the ministry", .organization, stance: .reported),
        attributed("The Iraqi Turkmen Front said the town would be freed.", source: "Iraqi Turkmen Front", .organization, stance: .reported),
        attributed("The UN warned that civilians were trapped in the city.", source: "UN", .organization, stance: .reported),
        attributed("Moscow said the deal was done.", source: "Moscow", .organization, stance: .reported),
        attributed("Turkey said the operation would continue.", source: "Turkey", .organization, stance: .reported),
        attributed("Saudi Arabia rejected the accusation.", source: "Saudi Arabia", .organization, stance: .denied),
        attributed("The army has announced the start of the operation.", source: "the army", .organization, stance: .reported),
        attributed("Iraq’s Defense Ministry confirmed that troops had crossed the river.",
               source: "Iraq’s Defense Ministry", .organization, stance: .reported),
        attributed("The Syrian Observatory for Human Rights said the town had been shelled.",
               source: "Syrian Observatory for Human Rights", .organization, stance: .reported),
        attributed("Kurdish Peshmerga forces said they had cut the road.", source: "Kurdish Peshmerga forces", .organization, stance: .reported),
        attributed("Daesh claimed the attack in a statement.", source: "Daesh", .organization, stance: .hedged),
        // Via.
        attributed("Witnesses told AFP that the bridge had been destroyed.", source: "Witnesses", .unnamedSource, via: "AFP", stance: .reported),
        attributed("The newspaper quoted a source as saying the attack had begun.",
               source: "a source", .unnamedSource, via: "the newspaper", stance: .reported),
        attributed("The town will fall within hours, he told state TV.", source: "he", .unnamedSource, via: "state TV", stance: .reported),
        attributed("The offensive will begin within hours, Kurdish commander Sirwan Barzani said in an interview with Al Jazeera.",
               source: "Sirwan Barzani", .namedOfficial, role: "Kurdish commander", via: "Al Jazeera", stance: .reported),
        attributed("Speaking to Sputnik, Muhtaroğlu said the town would fall.", source: "Muhtaroğlu", .namedOfficial, via: "Sputnik", stance: .reported),
        attributed("The minister told The New York Times that the offensive was imminent.",
               source: "the minister", .unnamedSource, via: "The New York Times", stance: .reported),
        attributed("The attack will start soon, the official said, according to Reuters.",
               source: "the official", .unnamedSource, via: "Reuters", stance: .reported),
        attributed("The commander told Newswire Daily that the push had begun.",
               source: "the commander", .unnamedSource, via: "Newswire Daily", stance: .reported, articleSource: "Newswire Daily"),
        // No speaker: a lowercase clause after the verb is not an inverted subject; passives are not cues.
        attributed("The commander, who led the assault, said the town would fall.", source: "the commander", .unnamedSource, stance: .reported),
        // A speech verb in a relative clause or a hyphenated adjective names no speaker.
        attributed("The drawdown will begin on May 1, according to a senior official who briefed reporters.",
               source: "a senior official who briefed reporters", .unnamedSource, stance: .reported),
        attributed("Jets pounded the region on Saturday, opening a long-threatened operation.", source: nil, stance: .asserted),
        // A document passed on by an outlet: the outlet speaks, or carries the words of the speaker named.
        attributed("Troops will withdraw from Kherson by Friday, according to a statement carried by the state news agency TASS.",
               source: "state news agency", .media, via: "state news agency", stance: .reported),
        attributed("The coalition said it had carried out 30 air strikes near Marib, according to a statement carried by the Saudi state news agency SPA.",
               source: "the coalition", .organization, via: "state news agency", stance: .reported),
        // A document without a named author speaks for a body.
        attributed("Jets struck hideouts near Mir Ali, according to a statement from the military's media wing.",
               source: "the military's media wing", .organization, stance: .reported),
        attributed("He was told by officials that the attack would begin.", source: nil, stance: .asserted),
        // No speaker.
        attributed("Iraqi forces advanced on Mosul on Monday.", source: nil, stance: .asserted),
        attributed("Intelligence agencies of the United States and Saudi Arabia plan to move the fighters.", source: nil, stance: .asserted),
        attributed("The reported redeployment began on Monday.", source: nil, stance: .asserted),
        attributed("These claims were repeated on state TV.", source: nil, stance: .asserted),
    ]

    @Test(arguments: kinds)
    func attributesSpeakers(_ c: AttributionCase) {
        let analyzed = AttributionFixture(c.text, articleSource: c.articleSource)
        let result = analyzed.result(c.sentence)
        let expected = c.source.map { Attribution(source: $0, role: c.role, kind: c.kind ?? .namedOfficial, via: c.via) }
        #expect(renderAttribution(result?.attribution) == renderAttribution(expected), "\(analyzed.text(c.sentence))")
        #expect(result?.stance == c.stance, "\(analyzed.text(c.sentence))")
    }

    static let stances: [AttributionCase] = [
        // Hedges.
        attributed("The offensive may start next week.", source: nil, stance: .hedged),
        attributed("The offensive is believed to have started.", source: nil, stance: .hedged),
        attributed("Reportedly, the town has fallen.", source: nil, stance: .hedged),
        attributed("The fighters apparently left the city.", source: nil, stance: .hedged),
        attributed("The matter was ostensibly settled during the preliminary phase of the offensive.", source: nil, stance: .hedged),
        attributed("The attack is said to be imminent.", source: nil, stance: .hedged),
        attributed("Troops will probably attack at dawn.", source: nil, stance: .hedged),
        attributed("The strike could begin tomorrow, the official said.", source: "the official", .unnamedSource, stance: .hedged),
        attributed("The source suggested that the fighters would leave.", source: "the source", .unnamedSource, stance: .hedged),
        attributed("The ministry claimed that the town had been freed.", source: "the ministry", .organization, stance: .hedged),
        attributed("Daesh allegedly moved its fighters to Raqqa, activists said.", source: "activists", .unnamedSource, stance: .hedged),
        attributed("It was reported that the town had fallen.", source: nil, stance: .hedged),
        attributed("‘We are ready,’ the commander said.", source: "the commander", .unnamedSource, stance: .reported),
        // "would" (reported speech, conditionals) and the month "May" are not hedges.
        attributed("The offensive would begin in May, officials said.", source: "officials", .unnamedSource, stance: .reported),
        attributed("If the town is captured, it would make the operation easier.", source: nil, stance: .asserted),
        // Denials.
        attributed("The ministry denied that troops were massing near Mosul.", source: "the ministry", .organization, stance: .denied),
        attributed("There are no plans to attack Mosul, the minister said.", source: "the minister", .unnamedSource, stance: .denied),
        attributed("The army has no plans to storm the town.", source: nil, stance: .denied),
        attributed("Ankara rejected reports that Turkish troops had crossed the border.", source: "Ankara", .organization, stance: .denied),
        attributed("“This is not true,” the spokesman said.", source: "the spokesman", .unnamedSource, stance: .denied),
        // Doubts.
        attributed("Analysts doubted that the army could take the city.", source: "Analysts", .unnamedSource, stance: .doubted),
        attributed("It is unlikely that the offensive will begin this year.", source: nil, stance: .doubted),
        attributed("Many observers are skeptical about the timetable.", source: "many observers", .unnamedSource, stance: .doubted),
        attributed("The offensive may begin soon, but analysts doubted it, the paper said.", source: "analysts", .unnamedSource, via: "the paper", stance: .doubted),
        // Precedence: denied > doubted > hedged.
        attributed("The ministry denied that the offensive might be delayed.", source: "the ministry", .organization, stance: .denied),
        // A coordinated verb shares its subject with the first: "said … and denied".
        attributed("A spokesman, Nouri Mahmoud, said the militia had repelled an incursion and denied that troops had entered Afrin.",
               source: "Nouri Mahmoud", .namedOfficial, role: "spokesman", stance: .denied),
        attributed("It is unlikely that the fighters may leave, the source said.", source: "the source", .unnamedSource, stance: .doubted),
        attributed("Experts questioned the timetable, the paper said.", source: "Experts", .unnamedSource, via: "the paper", stance: .doubted),
        attributed("The minister dismissed the commander after the defeat.", source: nil, stance: .asserted),
        attributed("Police questioned the suspects on Monday.", source: nil, stance: .asserted),
        // Negating the operation is its status, not a denial; "no doubt" is not a doubt.
        attributed("Iraqi forces will not launch the offensive this week.", source: nil, stance: .asserted),
        attributed("There is no doubt the offensive will begin soon.", source: nil, stance: .asserted),
        attributed("The army will never attack civilians, the general said.", source: "the general", .unnamedSource, stance: .reported),
    ]

    @Test(arguments: stances)
    func setsStance(_ c: AttributionCase) {
        let analyzed = AttributionFixture(c.text, articleSource: c.articleSource)
        let result = analyzed.result(c.sentence)
        let expected = c.source.map { Attribution(source: $0, role: c.role, kind: c.kind ?? .namedOfficial, via: c.via) }
        #expect(renderAttribution(result?.attribution) == renderAttribution(expected), "\(analyzed.text(c.sentence))")
        #expect(result?.stance == c.stance, "\(analyzed.text(c.sentence))")
    }

    static let chains: [AttributionCase] = [
        // Pronouns and definite descriptions resolve to the previous speaker; its medium carries.
        attributed("General John Smith said the offensive had begun. He added that Mosul would fall soon.", sentence: 1,
               source: "John Smith", .namedOfficial, role: "General", stance: .reported),
        attributed("An unnamed source in the Iraqi army told Sputnik the attack was imminent. The source said troops were ready.", sentence: 1,
               source: "an unnamed source in the Iraqi army", .unnamedSource, via: "Sputnik", stance: .reported),
        attributed("An unnamed source in the Iraqi army told Sputnik the attack was imminent. Troops, he said, were ready.", sentence: 1,
               source: "an unnamed source in the Iraqi army", .unnamedSource, via: "Sputnik", stance: .reported),
        attributed("Heytem Haşim Muhtaroğlu, head of the Iraqi Turkmen Front, told Sputnik the attack was near. Muhtaroğlu said the town would fall.",
               sentence: 1, source: "Heytem Haşim Muhtaroğlu", .namedOfficial, role: "head of the Iraqi Turkmen Front", via: "Sputnik", stance: .reported),
        attributed("Ali Hassan, a Kurdish commander, told Rudaw the push was near. According to him, the army is ready.", sentence: 1,
               source: "Ali Hassan", .namedOfficial, role: "Kurdish commander", via: "Rudaw", stance: .reported),
        attributed("The Iraqi army said the offensive had begun. They said Mosul would fall within weeks.", sentence: 1,
               source: "the Iraqi army", .organization, stance: .reported),
        attributed("The ministry said the offensive had begun. The ministry added that it would last weeks.", sentence: 1,
               source: "the ministry", .organization, stance: .reported),
        attributed("Ali Hassan said the army was ready. Officials told Reuters the push was near. He said it would start on Monday.", sentence: 2,
               source: "Ali Hassan", .namedOfficial, stance: .reported),
        attributed("The analyst said nothing. “The push is near,” he told Sputnik. He later said it would start on Monday.", sentence: 2,
               source: "the analyst", .unnamedSource, via: "Sputnik", stance: .reported),
        // Cues inside quotation marks are the speaker's words, not the frame.
        attributed("Ali Hassan told Reuters the push was near. “The ministry said nothing,” he said.", sentence: 1,
               source: "Ali Hassan", .namedOfficial, via: "Reuters", stance: .reported),
        // "they" prefers an organization or plural source over the last person.
        attributed("The ministry said the push had begun. Ali Hassan told Reuters it was going well. They said Mosul would fall.", sentence: 2,
               source: "the ministry", .organization, stance: .reported),
        // A person named as a sentence's subject is the antecedent of a later "he said".
        attributed("Iraqi Prime Minister Haider al-Abadi arrived in Kirkuk on Monday. He said the operation would start within hours.", sentence: 1,
               source: "Haider al-Abadi", .namedOfficial, role: "Iraqi Prime Minister", stance: .reported),
        attributed("Ali Hassan told Reuters the push was near. Mosul has been under siege for months. He said the town would fall.", sentence: 2,
               source: "Ali Hassan", .namedOfficial, via: "Reuters", stance: .reported),
        attributed("Ali Hassan told Reuters the push was near. Kurdish commander Sirwan Barzani visited the front. He said the town would fall.", sentence: 2,
               source: "Sirwan Barzani", .namedOfficial, role: "Kurdish commander", stance: .reported),
        // A quotation running over a paragraph break, reopened in the new paragraph.
        attributed("“The town is surrounded,” the commander said. “We will enter it tomorrow.\n\n“Nobody will stop us.”", sentence: 2,
               source: "the commander", .unnamedSource, stance: .reported),
        // Multi-sentence quotations: opened in one sentence, closed (with the speaker) later.
        attributed("“The town is surrounded. We will enter it tomorrow. Nobody will stop us,” the commander said.", sentence: 0,
               source: "the commander", .unnamedSource, stance: .reported),
        attributed("“The town is surrounded. We will enter it tomorrow. Nobody will stop us,” the commander said.", sentence: 1,
               source: "the commander", .unnamedSource, stance: .reported),
        attributed("The commander said: “The town is surrounded. We will enter it tomorrow.”", sentence: 1,
               source: "the commander", .unnamedSource, stance: .reported),
        attributed("“The town may be surrounded. We will enter it tomorrow,” the commander suggested.", sentence: 1,
               source: "the commander", .unnamedSource, stance: .hedged),
        // A quotation with no cue right after a speaker's sentence continues that speaker.
        attributed("Ali Hassan told Reuters the deal was off. “Nobody believes them. The war goes on.”", sentence: 1,
               source: "Ali Hassan", .namedOfficial, via: "Reuters", stance: .reported),
        attributed("Ali Hassan told Reuters the deal was off. “Nobody believes them. The war goes on.”", sentence: 2,
               source: "Ali Hassan", .namedOfficial, via: "Reuters", stance: .reported),
        attributed("Ali Hassan told Reuters the deal was off. “The war will probably go on.”", sentence: 1,
               source: "Ali Hassan", .namedOfficial, via: "Reuters", stance: .hedged),
        // A new paragraph closes a quotation left open.
        attributed("“The town is surrounded.\n\nThe ministry said the attack began.", sentence: -1,
               source: "the ministry", .organization, stance: .reported),
        // The article's own sentences between a speaker's stay the article's.
        attributed("The source said the deal was done. The town lies on the Tigris.", sentence: 1, source: nil, stance: .asserted),
    ]

    @Test(arguments: chains)
    func followsSpeakersAcrossSentences(_ c: AttributionCase) {
        let analyzed = AttributionFixture(c.text, articleSource: c.articleSource)
        let result = analyzed.result(c.sentence)
        let expected = c.source.map { Attribution(source: $0, role: c.role, kind: c.kind ?? .namedOfficial, via: c.via) }
        #expect(renderAttribution(result?.attribution) == renderAttribution(expected), "\(analyzed.text(c.sentence))")
        #expect(result?.stance == c.stance, "\(analyzed.text(c.sentence))")
    }

    @Test func reportsTheFrameTokens() {
        let analyzed = AttributionFixture("Heytem Haşim Muhtaroğlu, head of the Iraqi Turkmen Front, told Sputnik that the town would be freed.")
        let result = analyzed.analysis.sentences[0]
        #expect(analyzed.texts(result.speakerTokens) == ["Heytem Haşim Muhtaroğlu", "head of the Iraqi Turkmen Front"])
        #expect(analyzed.texts(result.cueTokens) == ["told", "Sputnik"])
        #expect(result.basis == .cue)
        let town = analyzed.buffer.tokens.lastIndex { analyzed.buffer.text(of: $0) == "town" } ?? 0
        #expect(!result.isFrameToken(town))
        #expect(result.isFrameToken(analyzed.buffer.tokens.firstIndex { analyzed.buffer.text(of: $0) == "Front" } ?? -1))
    }

    @Test func reportsQuotedAndStanceTokens() {
        let analyzed = AttributionFixture("“Mosul will probably remain in their hands,” the source said.")
        let result = analyzed.analysis.sentences[0]
        #expect(analyzed.texts(result.quotedTokens) == ["Mosul will probably remain in their hands,"])
        #expect(analyzed.texts(result.stanceTokens) == ["probably"])
        #expect(analyzed.texts(result.speakerTokens) == ["the source"])
    }

    @Test func sameSpeakerGetsTheSameNumber() {
        let analyzed = AttributionFixture("A source told Sputnik the push was near. The source said troops were ready. Officials said nothing. He said it again.")
        let speakers = analyzed.analysis.sentences.map(\.speaker)
        #expect(speakers == [0, 0, 1, 0])
        #expect(analyzed.analysis.speakers.count == 2)
        #expect(analyzed.analysis.sentences.map(\.basis) == [.cue, .coreference, .cue, .coreference])
    }
}
