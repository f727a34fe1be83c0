import Testing
@testable import Extraction

/// The seed articles, sentence by sentence (DESIGN §4 "What the seed must give").
@Suite struct AttributionSeedTests {
    static let source = "an unnamed source in military and diplomatic circles in Moscow"
    static let unnamed = "\(source) | - | unnamed-source | RIA Novosti"
    static let perendzhiev = "Alexander Perendzhiev | political analyst | named-official"
    static let muhtaroglu = "Heytem Haşim Muhtaroğlu | head of the Iraqi Turkmen Front | named-official | Sputnik"

    /// (sentence start, attribution, stance, effective stance) for every sentence.
    static let daesh: [(String, String, Stance, Stance)] = [
        ("Members of the Shi'ite Badr Organisation", "nil", .asserted, .asserted),
        ("Sputnik-Middle East", "nil", .asserted, .asserted),
        ("Intelligence agencies of the United States", unnamed, .reported, .doubted),
        ("“American and Saudi intelligence services", unnamed, .hedged, .doubted),
        ("The matter was ostensibly settled", "nil", .hedged, .hedged),
        ("When the Mosul campaign begins", unnamed, .reported, .doubted),
        ("Daesh fighters, he said", unnamed, .reported, .doubted),
        ("“More than 9,000 Daesh fighters", unnamed, .reported, .doubted),
        ("For Washington, this plan, the source suggested", unnamed, .hedged, .doubted),
        ("Moscow has been credited", "nil", .asserted, .asserted),
        ("“Apart from political dividends", unnamed, .reported, .doubted),
        ("Surely, this is also an attempt", unnamed, .reported, .doubted),
        ("Senior officials at the General Intelligence Directorate", unnamed, .reported, .doubted),
        ("He explained that a similar idea", unnamed, .reported, .doubted),
        ("Baghdad-led forces freed Fallujah", "nil", .asserted, .asserted),
        ("Political analyst Alexander Perendzhiev doubted", "\(perendzhiev) | -", .doubted, .doubted),
        ("Daesh “has Iraqi roots", "\(perendzhiev) | RIA Novosti", .reported, .reported),
        ("“Mosul will probably remain", "\(perendzhiev) | RIA Novosti", .hedged, .hedged),
        ("Some of them will travel to Syria", "\(perendzhiev) | RIA Novosti", .reported, .reported),
    ]

    static let havice: [(String, String, Stance, Stance)] = [
        ("Iraqi army soldiers drive through", "nil", .asserted, .asserted),
        ("Sputnik-Middle East", "nil", .asserted, .asserted),
        ("As the hour of the upcoming assault", "nil", .asserted, .asserted),
        ("Heytem Haşim Muhtaroğlu, head of the Iraqi Turkmen Front, told Sputnik", muhtaroglu, .reported, .reported),
        ("According to him", muhtaroglu, .reported, .reported),
        ("“Iraq’s Prime Minister Haider al-Abadi arrived", muhtaroglu, .reported, .reported),
        ("If the town of Havice is captured", muhtaroglu, .reported, .reported),
        ("Havice is a town of strategic importance", muhtaroglu, .reported, .reported),
        ("He also said that the Mosul offensive is scheduled to begin on October 19.", muhtaroglu, .reported, .reported),
        ("Mosul has been under control of Daesh", "nil", .asserted, .asserted),
    ]

    private func check(_ body: String, _ expected: [(String, String, Stance, Stance)]) -> AttributionFixture {
        let analyzed = AttributionFixture(body, articleSource: "Sputnik")
        #expect(analyzed.analysis.sentences.count == expected.count)
        for (index, (start, attribution, stance, effective)) in expected.enumerated() where index < analyzed.analysis.sentences.count {
            let result = analyzed.analysis.sentences[index]
            #expect(analyzed.text(index).hasPrefix(start), "sentence \(index)")
            #expect(renderAttribution(result.attribution) == attribution, "sentence \(index): \(analyzed.text(index))")
            #expect(result.stance == stance, "sentence \(index): \(analyzed.text(index))")
            #expect(result.effectiveStance == effective, "sentence \(index): \(analyzed.text(index))")
        }
        return analyzed
    }

    @Test func daeshRedeploymentArticle() {
        let analyzed = check(AttributionSeeds.daeshMosulSyria, Self.daesh)
        let sentences = analyzed.analysis.sentences
        // One unnamed source throughout, reached by "he", "the source" and the closing cue.
        #expect(Set([2, 3, 5, 6, 7, 8, 10, 11, 12, 13].map { sentences[$0].speaker }) == [0])
        #expect(sentences[2].basis == .cue)
        #expect([3, 5, 6, 7, 8, 11, 12, 13].allSatisfy { sentences[$0].basis == .coreference })
        #expect(sentences[10].basis == .quotation)
        #expect(sentences[17].basis == .quoteContinuation && sentences[18].basis == .quoteContinuation)
        // Perendzhiev doubts "this plan": every sentence of the source's.
        let challenges = analyzed.analysis.challenges
        #expect(challenges.count == 1)
        #expect(challenges.first?.sentence == 15)
        #expect(challenges.first?.stance == .doubted)
        #expect(challenges.first?.targets == [2, 3, 5, 6, 7, 8, 10, 11, 12, 13])
        #expect(renderAttribution(challenges.first?.attribution) == "\(Self.perendzhiev) | -")
        #expect(challenges.first.map { analyzed.buffer.text(tokens: $0.object) } == "this plan")
        #expect(sentences[15].challenge == challenges.first)
        #expect(sentences[7].challengedBy == [0])
        // The source's description is a frame, not content: "Moscow" in it is not a place of the claim.
        let moscow = analyzed.buffer.tokens.indices.first { index in
            sentences[2].speakerTokens.contains { $0.contains(index) } && analyzed.buffer.text(of: analyzed.buffer.tokens[index]) == "Moscow"
        }
        #expect(moscow != nil)
    }

    @Test func haviceArticle() {
        let analyzed = check(AttributionSeeds.haviceKirkuk, Self.havice)
        let sentences = analyzed.analysis.sentences
        #expect(sentences[3].basis == .cue)
        #expect(sentences[4].basis == .coreference)
        #expect(sentences[5].basis == .quotation && sentences[6].basis == .quotation)
        #expect(sentences[7].basis == .coreference)
        #expect(Set((3...8).map { sentences[$0].speaker }) == [0])
        #expect(analyzed.analysis.challenges.isEmpty)
    }
}
