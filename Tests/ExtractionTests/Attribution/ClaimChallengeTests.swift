import Testing
@testable import Extraction

/// Later sentences that doubt or deny earlier claims.
@Suite struct ClaimChallengeTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        /// nil: no challenge expected.
        var challenger: Int?
        var source: String?
        var stance: Stance
        var targets: [Int]
        var object: String
        var description: String { String(text.prefix(60)) }
    }

    static let cases: [Case] = [
        Case(text: "Russian media reported that 9,000 fighters left Mosul. The ministry denied the reports.",
             challenger: 1, source: "the ministry", stance: .denied, targets: [0], object: "the reports"),
        Case(text: "Officials said the town would be stormed on Monday. Local residents said the army was preparing. The governor dismissed these claims as propaganda.",
             challenger: 2, source: "the governor", stance: .doubted, targets: [1], object: "these claims"),
        Case(text: "Troops are massing near Mosul. The ministry denied the reports.",
             challenger: 1, source: "the ministry", stance: .denied, targets: [0], object: "the reports"),
        Case(text: "The source said the fighters would leave Mosul. The town lies on the Tigris. The source added that they would go to Syria. Analyst John Smith doubted that this plan will work.",
             challenger: 3, source: "John Smith", stance: .doubted, targets: [0, 2], object: "this plan"),
        Case(text: "Ali Hassan said the army would attack on Monday. “There are no such plans,” the ministry said.",
             challenger: 1, source: "the ministry", stance: .denied, targets: [0], object: "such plans"),
        Case(text: "A source told Sputnik the deal was done. Experts doubted it.",
             challenger: 1, source: "Experts", stance: .doubted, targets: [0], object: "it"),
        Case(text: "Kurdish officials said the Peshmerga would join the assault. Baghdad rejected the allegations.",
             challenger: 1, source: "Baghdad", stance: .denied, targets: [0], object: "the allegations"),
        Case(text: "State TV said the offensive had begun. These claims are baseless, the ministry said.",
             challenger: 1, source: "the ministry", stance: .denied, targets: [0], object: "These claims"),
        Case(text: "Officials said the offensive would begin soon. It is unlikely that this plan will work.",
             challenger: 1, source: nil, stance: .doubted, targets: [0], object: "this plan"),
        Case(text: "The source said the deal was done. The general questioned the plan.",
             challenger: 1, source: "the general", stance: .doubted, targets: [0], object: "the plan"),
        Case(text: "Iraqi officials said Daesh would leave Mosul. Experts cast doubt on the claims, saying Daesh would fight.",
             challenger: 1, source: "Experts", stance: .doubted, targets: [0], object: "the claims"),
        Case(text: "Islamic State said in a statement that its fighters had repelled the attack. The Peshmerga dismissed the statement as propaganda.",
             challenger: 1, source: "Peshmerga", stance: .doubted, targets: [0], object: "the statement"),
        Case(text: "Officials said the army was ready. Troops moved north. Tanks crossed the river. Jets flew overhead. Daesh fighters left Hawija. The ministry denied the reports.",
             challenger: 5, source: "the ministry", stance: .denied, targets: [4], object: "the reports"),
        // Not challenges: the content is in the sentence itself, or nothing is disputed.
        Case(text: "Officials said the offensive would begin. The ministry denied that troops were massing near Mosul.",
             challenger: nil, source: nil, stance: .denied, targets: [], object: ""),
        Case(text: "Officials said the offensive would begin. The ministry denied the plan to storm Mosul.",
             challenger: nil, source: nil, stance: .denied, targets: [], object: ""),
        Case(text: "Officials said the offensive would begin. The ministry confirmed the reports.",
             challenger: nil, source: nil, stance: .reported, targets: [], object: ""),
        Case(text: "Officials said the offensive would begin. Iraqi forces will not launch it this week.",
             challenger: nil, source: nil, stance: .asserted, targets: [], object: ""),
    ]

    @Test(arguments: cases)
    func targetsEarlierClaims(_ c: Case) {
        let analyzed = AttributionFixture(c.text)
        let challenges = analyzed.analysis.challenges
        guard let challenger = c.challenger else {
            #expect(challenges.isEmpty)
            #expect(analyzed.analysis.sentences.last?.stance == c.stance)
            #expect(analyzed.analysis.sentences.allSatisfy { $0.challengedBy.isEmpty })
            return
        }
        #expect(challenges.count == 1)
        guard let challenge = challenges.first else { return }
        #expect(challenge.sentence == challenger)
        #expect(challenge.attribution?.source == c.source)
        #expect(challenge.stance == c.stance)
        #expect(challenge.targets == c.targets)
        #expect(analyzed.buffer.text(tokens: challenge.object) == c.object)
        for target in c.targets {
            #expect(analyzed.analysis.sentences[target].effectiveStance == c.stance)
            #expect(analyzed.analysis.sentences[target].challengedBy == [0])
        }
        #expect(analyzed.analysis.sentences[challenger].challenge == challenge)
    }

    @Test func effectiveStanceKeepsTheStrongest() {
        // A hedged claim that is later denied is denied; the denial does not lower a stronger stance.
        let analyzed = AttributionFixture("The source suggested the fighters might leave. Officials doubted these claims. The ministry denied the reports.")
        let sentences = analyzed.analysis.sentences
        #expect(sentences[0].stance == .hedged)
        #expect(analyzed.analysis.challenges.map(\.targets) == [[0], [1]])
        #expect(sentences[0].effectiveStance == .doubted)
        #expect(sentences[1].effectiveStance == .denied)
    }
}
