/// Small token-shape helpers shared by the gazetteer and the actor lexicon.
///
/// Every function is total: out-of-range indices read as "nothing there".
enum TokenContext {
    /// A set of single-word keys built from a word list.
    static func keys(_ words: [String]) -> KeySet {
        KeySet(words: words)
    }

    @inline(__always)
    static func isWord(_ buffer: TextBuffer, _ index: Int) -> Bool {
        index >= 0 && index < buffer.tokens.count && buffer.tokens[index].kind == .word
    }

    /// Capitalized or all-caps word.
    @inline(__always)
    static func isCapitalized(_ buffer: TextBuffer, _ index: Int) -> Bool {
        guard isWord(buffer, index) else { return false }
        let flags = buffer.tokens[index].flags
        return flags.contains(.capitalized) || flags.contains(.allCaps)
    }

    @inline(__always)
    static func key(_ buffer: TextBuffer, _ index: Int) -> LexiconKey? {
        guard index >= 0, index < buffer.tokens.count else { return nil }
        return buffer.tokens[index].key
    }

    @inline(__always)
    static func isIn(_ set: KeySet, _ buffer: TextBuffer, _ index: Int) -> Bool {
        guard let key = key(buffer, index) else { return false }
        return set.contains(key)
    }

    /// Whether the token is the single ASCII scalar `byte`.
    @inline(__always)
    static func isPunctuation(_ buffer: TextBuffer, _ index: Int, _ byte: UInt8) -> Bool {
        guard index >= 0, index < buffer.tokens.count else { return false }
        let token = buffer.tokens[index]
        return token.kind == .punctuation && token.byteCount == 1 && buffer.firstByte(of: index) == byte
    }

    /// Opening quotes and brackets, which a sentence may start with.
    static func isOpener(_ buffer: TextBuffer, _ index: Int) -> Bool {
        guard index >= 0, index < buffer.tokens.count, buffer.tokens[index].kind == .punctuation else { return false }
        let byte = buffer.firstByte(of: index)
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "'") {
            return true
        }
        // “ (E2 80 9C), ‘ (E2 80 98), « (C2 AB)
        let token = buffer.tokens[index]
        let start = Int(token.byteStart)
        if token.byteCount == 3, byte == 0xE2, buffer.bytes[start + 1] == 0x80 {
            let last = buffer.bytes[start + 2]
            return last == 0x9C || last == 0x98
        }
        return token.byteCount == 2 && byte == 0xC2 && buffer.bytes[start + 1] == 0xAB
    }

    /// Whether `index` starts a sentence, a line or the range: the previous token (skipping
    /// opening quotes and brackets) is sentence-final punctuation, or there is none.
    static func isSentenceInitial(_ buffer: TextBuffer, _ index: Int, lower: Int) -> Bool {
        var previous = index - 1
        var steps = 0
        while previous >= lower, steps < 3, isOpener(buffer, previous) {
            previous -= 1
            steps += 1
        }
        if previous < lower { return true }
        if buffer.tokens[previous + 1].flags.contains(.afterLineBreak) { return true }
        let token = buffer.tokens[previous]
        guard token.kind == .punctuation else { return false }
        let byte = buffer.firstByte(of: previous)
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":") {
            return true
        }
        // Closing quote after a full stop: “….” Next
        if token.byteCount == 3, byte == 0xE2 { return isPunctuation(buffer, previous - 1, UInt8(ascii: ".")) }
        return false
    }

    /// Whether `tokens[index]` is attached to the previous token by a hyphen ("Baghdad-led":
    /// `led` is attached after `-`).
    static func isHyphenAttached(_ buffer: TextBuffer, after index: Int) -> Bool {
        isPunctuation(buffer, index + 1, UInt8(ascii: "-"))
            && buffer.tokens[index + 1].flags.contains(.attachedToPrevious)
            && index + 2 < buffer.tokens.count
            && buffer.tokens[index + 2].flags.contains(.attachedToPrevious)
            && buffer.tokens[index + 2].kind == .word
    }

    /// Cheap log2 for ranking populations (no Foundation): exact at powers of two, linear
    /// in between.
    static func log2(_ value: Int) -> Double {
        guard value > 1 else { return 0 }
        let double = Double(value)
        return Double(double.exponent) + (double.significand - 1)
    }
}
