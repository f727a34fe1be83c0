import Testing
@testable import Extraction

@Suite struct PhraseLexiconTests {
    private func lexicon() -> PhraseLexicon<String> {
        var lexicon = PhraseLexicon<String>()
        lexicon.insert("Deir ez-Zor", value: "deir-ez-zor")
        lexicon.insert("Deir", value: "deir-village")
        lexicon.insert("al-Hawija", value: "hawija")
        lexicon.insert("Hawija", value: "hawija")
        lexicon.insert("Tripoli", value: "tripoli-ly")
        lexicon.insert("Tripoli", value: "tripoli-lb")
        return lexicon
    }

    @Test func prefersTheLongestPhrase() {
        let buffer = TextBuffer("They will take DEIR EZ-ZOR and al-Hawija.")
        let found = lexicon().matches(in: buffer, range: 0..<buffer.tokens.count)
        #expect(found.map(\.values) == [["deir-ez-zor"], ["hawija"]])
        #expect(found.map { buffer.text(tokens: $0.tokens) } == ["DEIR EZ-ZOR", "al-Hawija"])
    }

    @Test func keepsEveryValueOfAnAmbiguousPhrase() {
        #expect(lexicon().values(for: "tripoli") == ["tripoli-ly", "tripoli-lb"])
        #expect(lexicon().values(for: "Tripoli Libya").isEmpty)
    }

    @Test func respectsTheRangeLimit() {
        let buffer = TextBuffer("Deir ez-Zor")
        let found = lexicon().matches(in: buffer, range: 0..<2)
        #expect(found.map(\.values) == [["deir-village"]])
        #expect(lexicon().longestPhrase == 4)
    }
}
