import Testing
@testable import Extraction

@Suite struct SentenceSplitterTests {
    private func split(_ text: String) -> [String] {
        let buffer = TextBuffer(text)
        return SentenceSplitter().split(buffer).map { buffer.text(tokens: $0.tokens) }
    }

    @Test func survivesAbbreviationsAndInitials() {
        #expect(split("Lt. Col. John Smith of the U.S. Army said on Oct. 19 the push would start. Gen. Ali agreed.") == [
            "Lt. Col. John Smith of the U.S. Army said on Oct. 19 the push would start.",
            "Gen. Ali agreed.",
        ])
        #expect(split("The attack began at 5 a.m. local time, J. Smith said. It lasted 3.5 hours.") == [
            "The attack began at 5 a.m. local time, J. Smith said.",
            "It lasted 3.5 hours.",
        ])
    }

    @Test func keepsClosingQuotesWithTheirSentence() {
        #expect(split("“Mosul will fall,” he said. “We are ready.” The source agreed.") == [
            "“Mosul will fall,” he said.",
            "“We are ready.”",
            "The source agreed.",
        ])
        #expect(split("“Will it hold?” he asked. Nobody knew!") == ["“Will it hold?” he asked.", "Nobody knew!"])
    }

    @Test func splitsOffDatelinesAndMarksFragments() {
        let text = "MOSUL, Iraq (Reuters) — Iraqi forces advanced on Monday. They met resistance.\n\nIraqi soldiers in Kirkuk on October 10, 2016\n\nSputnik-Middle East"
        let buffer = TextBuffer(text)
        let sentences = SentenceSplitter().split(buffer)
        #expect(sentences.map { buffer.text(tokens: $0.tokens) } == [
            "Iraqi forces advanced on Monday.", "They met resistance.",
            "Iraqi soldiers in Kirkuk on October 10, 2016", "Sputnik-Middle East",
        ])
        #expect(sentences[0].dateline.map { buffer.text(tokens: $0) } == "MOSUL, Iraq (Reuters) —")
        #expect(sentences.map(\.kind) == [.prose, .prose, .fragment, .fragment])
    }

    @Test func coversEveryTokenOnceAndCutsLongSentences() {
        let text = String(repeating: "war ", count: 1_000)
        let buffer = TextBuffer(text)
        let sentences = SentenceSplitter(maximumTokens: 400).split(buffer)
        #expect(sentences.map(\.tokens.count) == [400, 400, 200])
        #expect(sentences.first?.tokens.lowerBound == 0)
        #expect(zip(sentences, sentences.dropFirst()).allSatisfy { $0.tokens.upperBound == $1.tokens.lowerBound })
    }

    @Test func splitsTheSeedArticle() {
        let body = "Baghdad-led forces freed Fallujah in late June after a three-months-long siege. Political analyst Alexander Perendzhiev doubted that this plan will work. Daesh “has Iraqi roots; Mosul is their stronghold and they will clearly be unwilling to leave Iraq,” he told RIA Novosti."
        #expect(split(body).count == 3)
    }
}
