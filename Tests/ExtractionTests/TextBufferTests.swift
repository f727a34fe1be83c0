import Testing
@testable import Extraction

@Suite struct TextBufferTests {
    @Test func splitsWordsNumbersPunctuationAndPossessives() {
        let buffer = TextBuffer("Russia’s 9,000 fighters left al-Hawija on Oct. 19th.")
        let texts = buffer.tokens.map { buffer.text(of: $0) }
        #expect(texts == ["Russia", "’s", "9,000", "fighters", "left", "al", "-", "Hawija", "on", "Oct", ".", "19th", "."])
        #expect(buffer.tokens[1].kind == .possessive)
        #expect(buffer.tokens[2].kind == .number)
        #expect(buffer.tokens[11].flags.contains(.ordinal))
        #expect(buffer.tokens[6].flags.contains(.attachedToPrevious))
        #expect(!buffer.tokens[5].flags.contains(.attachedToPrevious))
    }

    @Test func keepsInnerApostrophesInWords() {
        let buffer = TextBuffer("Shi'ite militants’ families")
        #expect(buffer.tokens.map { buffer.text(of: $0) } == ["Shi'ite", "militants", "’", "families"])
    }

    @Test func countsOffsetsInUnicodeScalars() {
        let text = "Heytem Haşim Muhtaroğlu said “Mosul”."
        let buffer = TextBuffer(text)
        let scalars = Array(text.unicodeScalars)
        for token in buffer.tokens {
            let slice = String(String.UnicodeScalarView(scalars[Int(token.scalarStart)..<Int(token.scalarEnd)]))
            #expect(slice == buffer.text(of: token))
        }
        #expect(buffer.scalarCount == scalars.count)
    }

    @Test func foldsCaseAccentsAndApostrophesInKeys() {
        let buffer = TextBuffer("Haşim HASIM hasim Shi’ite")
        #expect(buffer.tokens[0].key == buffer.tokens[1].key)
        #expect(buffer.tokens[1].key == buffer.tokens[2].key)
        #expect(buffer.tokens[3].key == LexiconKey(folding: "shi'ite"))
        #expect(buffer.tokens[1].flags.contains(.allCaps))
        #expect(buffer.tokens[0].flags.contains(.capitalized))
    }

    @Test func marksLineAndParagraphBreaks() {
        let buffer = TextBuffer("Title\n\nBody starts\nhere")
        #expect(buffer.tokens[1].flags.contains(.afterParagraphBreak))
        #expect(buffer.tokens[3].flags.contains(.afterLineBreak))
        #expect(!buffer.tokens[3].flags.contains(.afterParagraphBreak))
    }
}
