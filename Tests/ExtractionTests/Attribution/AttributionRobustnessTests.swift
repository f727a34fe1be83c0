import Testing
@testable import Extraction

/// Hostile and degenerate input: never traps, one result per sentence, deterministic.
@Suite struct AttributionRobustnessTests {
    static let texts: [String] = [
        "",
        " ",
        "said.",
        "He said",
        "according to",
        "“",
        "”””” “““ \"\"\" «»",
        "“The town is surrounded, the commander said. The attack begins tomorrow.",
        "The attack begins tomorrow,” the commander said. “And then",
        String(repeating: "“a” ", count: 400),
        String(repeating: "“Mosul will fall,” he said, ", count: 200),
        String(repeating: "\" ", count: 1_001),
        String(repeating: "said ", count: 900),
        String(repeating: "according to ", count: 300),
        String(repeating: "the source said that ", count: 300),
        String(repeating: "He, head of the, told ", count: 150),
        String(repeating: ", , , said , ", count: 200),
        String(repeating: "The ministry denied the reports. ", count: 300),
        String(repeating: "Troops advanced. ", count: 2_000),
        "Ǆ’s ’s’s \u{0301}\u{0301} 𝔐osul said “x” ¿ ‘y’ ʼ»« said,",
    ]

    @Test(arguments: texts.indices)
    func neverTraps(_ index: Int) {
        let analyzed = AttributionFixture(Self.texts[index])
        #expect(analyzed.analysis.sentences.count == analyzed.sentences.count)
        #expect(analyzed.analysis.sentences.enumerated().allSatisfy { $0.offset == $0.element.sentence })
        for result in analyzed.analysis.sentences {
            #expect(result.effectiveStance >= result.stance)
            #expect((result.attribution == nil) == (result.speaker == nil))
            #expect(result.attribution != nil || result.stance != .reported)
        }
        for challenge in analyzed.analysis.challenges {
            #expect(challenge.targets.allSatisfy { $0 < challenge.sentence })
        }
        let again = AttributionFixture(Self.texts[index])
        #expect(again.analysis == analyzed.analysis)
    }

    /// Deterministic word soup over the analyzer's own vocabulary: cues, quotes, names, commas.
    @Test func survivesWordSoup() {
        let vocabulary = [
            "said", "told", "according", "to", "he", "she", "they", "it", "the", "source", "a", "an", "Ali", "Hassan",
            "RIA", "Novosti", "Sputnik", ",", ".", "“", "”", "\"", "«", "»", ":", ";", "(", ")", "-", "—", "denied",
            "doubted", "this", "plan", "reports", "claims", "that", "may", "ostensibly", "there", "is", "no", "of",
            "head", "Front", "ministry", "quoted", "as", "saying", "cited", "by", "citing", "in", "an", "interview",
            "with", "who", "was", "is", "\n", "\n\n", "Gen.", "al", "Muhtaroğlu", "’s", "Reuters", "reported",
            "dismissed", "questioned", "statement", "from", "Defense", "Minister", "is", "saying", "?", "!", "…",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 54)
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += vocabulary[Int(state >> 33) % vocabulary.count] + " "
            }
            let analyzed = AttributionFixture(text, articleSource: "Sputnik")
            #expect(analyzed.analysis.sentences.count == analyzed.sentences.count)
            for challenge in analyzed.analysis.challenges {
                #expect(challenge.targets.allSatisfy { $0 < challenge.sentence })
            }
        }
    }

    @Test func noSpeakerAtAll() {
        let text = String(repeating: "Iraqi forces advanced on Mosul. The town lies on the Tigris. ", count: 50)
        let analyzed = AttributionFixture(text)
        #expect(analyzed.analysis.sentences.allSatisfy { $0.attribution == nil && $0.stance == .asserted && $0.basis == .none })
        #expect(analyzed.analysis.speakers.isEmpty)
        #expect(analyzed.analysis.challenges.isEmpty)
    }

    @Test func longQuotedSentenceKeepsItsSpeaker() {
        // 400-token sentences made of quotations, closed by a cue in the next sentence.
        let quote = "“" + String(repeating: "the army will advance and ", count: 80) + "win."
        let analyzed = AttributionFixture(quote + " It will win,” the commander said.")
        #expect(analyzed.analysis.sentences.count >= 2)
        #expect(analyzed.analysis.sentences.allSatisfy { $0.attribution?.source == "the commander" })
    }

    @Test func unbalancedQuoteClosesAtTheParagraph() {
        let analyzed = AttributionFixture("Ali Hassan said the army was ready. “The town is surrounded. The attack begins tomorrow.\n\nThe town lies on the Tigris.")
        let sentences = analyzed.analysis.sentences
        #expect(sentences.count == 4)
        #expect(sentences[1].attribution?.source == "Ali Hassan")
        #expect(sentences[2].attribution?.source == "Ali Hassan")
        #expect(sentences[3].attribution == nil)
    }

    @Test func sentencesOutsideTheBufferAreClamped() {
        let buffer = TextBuffer("The ministry said the attack began.")
        let sentences = [Sentence(tokens: 0..<3, kind: .prose), Sentence(tokens: 3..<500, kind: .prose), Sentence(tokens: 900..<1_000, kind: .fragment)]
        let analysis = AttributionAnalyzer().analyze(buffer, sentences: sentences)
        #expect(analysis.sentences.count == 3)
        #expect(analysis.sentences[2].attribution == nil)
    }

    @Test func authorWhenNoOneIsNamed() {
        let analyzed = AttributionFixture("The offensive is scheduled to begin on October 19. Officials said so.")
        #expect(renderAttribution(analyzed.analysis.sentences[0].attributionOrAuthor(articleSource: "Sputnik")) == "Sputnik | - | author | -")
        #expect(renderAttribution(analyzed.analysis.sentences[0].attributionOrAuthor(articleSource: nil)) == "the article | - | author | -")
        #expect(analyzed.analysis.sentences[1].attributionOrAuthor(articleSource: "Sputnik").kind == .unnamedSource)
    }

    @Test func pronounWithoutAntecedentIsAnUnnamedSource() {
        let analyzed = AttributionFixture("He said the attack would begin at dawn.")
        #expect(renderAttribution(analyzed.analysis.sentences[0].attribution) == "he | - | unnamed-source | -")
        #expect(analyzed.analysis.sentences[0].stance == .reported)
    }
}
