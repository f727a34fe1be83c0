/// A text split into tokens in one pass over its UTF-8 bytes.
///
/// The buffer owns the bytes; tokens refer to them by offset, so no per-token strings are
/// allocated. Lexicon phrases are tokenized with the same rules, which keeps matching
/// consistent ("al-Hawija" is the three tokens `al`, `-`, `Hawija` in both places).
public struct TextBuffer: Sendable {
    /// The text's UTF-8 bytes.
    public let bytes: [UInt8]
    /// The tokens, in text order.
    public let tokens: [Token]
    /// The number of Unicode scalars in the text.
    public let scalarCount: Int

    /// Tokenizes `text`.
    public init(_ text: String) {
        self.init(utf8: Array(text.utf8))
    }

    /// Tokenizes UTF-8 bytes.
    ///
    /// - Precondition: `utf8` is valid UTF-8 (``ArticleDecoder`` checks it for articles).
    public init(utf8: [UInt8]) {
        self.bytes = utf8
        (self.tokens, self.scalarCount) = utf8.withUnsafeBufferPointer { bytes in
            var tokenizer = Tokenizer(bytes: bytes)
            let tokens = tokenizer.run()
            return (tokens, tokenizer.scalarCount)
        }
    }

    /// Calls `body` with the tokens of `text`, kept in temporary storage instead of a buffer:
    /// for lexicon phrases, which are read once for their keys.
    static func withTokens<Result>(of text: String, _ body: (UnsafeBufferPointer<Token>) -> Result) -> Result {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: Token.self, capacity: bytes.count) { storage in
                var tokenizer = Tokenizer(bytes: bytes)
                let count = tokenizer.run(into: storage)
                return body(UnsafeBufferPointer(rebasing: storage[..<count]))
            }
        }
    }

    /// The exact text of `token`.
    public func text(of token: Token) -> String {
        text(bytes: Int(token.byteStart)..<Int(token.byteEnd))
    }

    /// The exact text from the start of `tokens[range.lowerBound]` to the end of
    /// `tokens[range.upperBound - 1]`, spacing included. Empty for an empty range.
    public func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(bytes: Int(tokens[range.lowerBound].byteStart)..<Int(tokens[range.upperBound - 1].byteEnd))
    }

    /// The text of a byte range.
    public func text(bytes range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The first byte of `token`, or 0 for an out-of-range index.
    @inlinable
    public func firstByte(of index: Int) -> UInt8 {
        guard index >= 0, index < tokens.count else { return 0 }
        return bytes[Int(tokens[index].byteStart)]
    }

    /// Whether `tokens[index]` is exactly the ASCII string `ascii`, ignoring ASCII case.
    public func token(_ index: Int, equalsIgnoringCase ascii: StaticString) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        guard token.byteCount == ascii.utf8CodeUnitCount else { return false }
        let start = Int(token.byteStart)
        return ascii.withUTF8Buffer { expected in
            for offset in 0..<expected.count where bytes[start + offset] | 0x20 != expected[offset] | 0x20 {
                return false
            }
            return true
        }
    }
}

/// The single-pass tokenizer behind ``TextBuffer``; reads the bytes without bounds checks
/// (every index is checked against `bytes.count` before it is read).
struct Tokenizer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// The bytes before `position` that continue a multi-byte scalar: the scalar offset of a
    /// byte offset is the byte offset minus this, so ASCII text costs no scalar counting.
    private var continuationBytes = 0
    /// The tokens so far, written straight into the result array's storage: one capacity
    /// check per token and no uniqueness check, as `Array.append` would do.
    private var storage: UnsafeMutablePointer<Token>?
    private var capacity = 0
    private var count = 0
    /// Set when a token did not fit in `capacity`; ``run()`` then starts over with room for
    /// the most tokens a text can have (one per byte).
    private var overflowed = false
    /// The spacing flags of the next token: `.attachedToPrevious` until whitespace is seen
    /// (never for the first token), plus the line-break flags of the whitespace before it.
    private var spacing: TokenFlags = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The number of Unicode scalars scanned so far: all of the text's after ``run()``.
    var scalarCount: Int { position &- continuationBytes }

    /// A decoded scalar with its encoded length.
    private struct Decoded {
        var scalar: Unicode.Scalar
        var length: Int
    }

    /// Tokenizes the whole buffer; call once.
    mutating func run() -> [Token] {
        precondition(bytes.count < Int(Int32.max), "text too long for 32-bit token offsets")
        // News text has about one token per five bytes; a third is rarely exceeded.
        if let tokens = run(capacity: bytes.count / 3 + 16) { return tokens }
        self = Tokenizer(bytes: bytes)
        return run(capacity: bytes.count).unsafelyUnwrapped
    }

    /// Tokenizes the whole buffer into `storage`, which has room for one token per byte (the
    /// most a text can have), and returns the number of tokens; call once.
    mutating func run(into storage: UnsafeMutableBufferPointer<Token>) -> Int {
        precondition(bytes.count < Int(Int32.max), "text too long for 32-bit token offsets")
        precondition(storage.count >= bytes.count, "no room for one token per byte")
        return fill(storage)
    }

    /// The tokens, or nil if there are more than `capacity`.
    private mutating func run(capacity: Int) -> [Token]? {
        let tokens = [Token](unsafeUninitializedCapacity: capacity) { buffer, initializedCount in
            initializedCount = fill(buffer)
        }
        return overflowed ? nil : tokens
    }

    /// Scans into `buffer` and returns the number of tokens written: all of them unless
    /// `overflowed` is set.
    private mutating func fill(_ buffer: UnsafeMutableBufferPointer<Token>) -> Int {
        storage = buffer.baseAddress
        capacity = buffer.count
        scan()
        storage = nil
        return count
    }

    private mutating func scan() {
        while position < bytes.count {
            let byte = bytes[position]
            if (byte | 0x20) &- 0x61 < 26 {
                scanWord()
            } else if byte == 0x20 {
                spacing.remove(.attachedToPrevious)
                position &+= 1
            } else if byte < 0x80 {
                if byte &- 0x30 < 10 {
                    scanNumber()
                } else if byte &- 0x09 < 5 {
                    noteSpace(Unicode.Scalar(byte))
                    position &+= 1
                } else if byte == UInt8(ascii: "'") {
                    scanOther(Decoded(scalar: "'", length: 1))
                } else {
                    emitPunctuation(Decoded(scalar: Unicode.Scalar(byte), length: 1))
                }
            } else {
                scanNonASCII()
            }
        }
    }

    // MARK: Scanning

    /// Whitespace, a word, or punctuation starting with the non-ASCII scalar at `position`.
    @inline(never)
    private mutating func scanNonASCII() {
        let decoded = decode(at: position)
        switch classify(decoded.scalar) {
        case .space:
            noteSpace(decoded.scalar)
            advance(over: decoded)
        case .letter:
            scanWord()
        case .digit:
            scanNumber()
        case .other:
            scanOther(decoded)
        }
    }

    /// Moves `position` past `decoded`, the scalar at `position`.
    @inline(__always)
    private mutating func advance(over decoded: Decoded) {
        position &+= decoded.length
        continuationBytes &+= decoded.length &- 1
    }

    /// A possessive clitic or a single punctuation scalar, `decoded` at `position`.
    private mutating func scanOther(_ decoded: Decoded) {
        if isApostrophe(decoded.scalar), startsPossessive(afterApostropheAt: position, length: decoded.length),
           count > 0, let last = storage?[count - 1], last.byteEnd == Int32(position), last.kind == .word
        {
            emitPossessive(apostropheLength: decoded.length)
            return
        }
        emitPunctuation(decoded)
    }

    /// The punctuation token of `decoded`, the scalar at `position`, and the space after it.
    /// Inlined: ASCII punctuation other than the apostrophe comes straight from ``scan()``.
    @inline(__always)
    private mutating func emitPunctuation(_ decoded: Decoded) {
        let start = position
        let scalarStart = scalarCount
        advance(over: decoded)
        var hasher = FoldingHasher()
        hasher.append(decoded.scalar)
        emit(.punctuation, start: start, scalarStart: scalarStart, flags: decoded.scalar.isASCII ? [] : .nonASCII, key: hasher.key)
        takeSpace()
    }

    /// Takes a space at `position`: the commonest byte after a word or punctuation, taken
    /// without another pass through ``scan()``.
    @inline(__always)
    private mutating func takeSpace() {
        if position < bytes.count, bytes[position] == 0x20 {
            spacing.remove(.attachedToPrevious)
            position &+= 1
        }
    }

    /// What a word has shown so far beyond its bytes: kept by ``continueWord(_:from:)``.
    private struct Word {
        var end: Int
        var hash: UInt64
        var flags: TokenFlags
        /// The word's non-ASCII letters.
        var nonASCIILetters = 0
        var hasNonUppercaseLetter = false
    }

    /// A word starting with the letter at `position`: a run of ASCII letters and digits, the
    /// common case, continued out of line past any non-ASCII scalar or inner apostrophe; then
    /// the space after it.
    @inline(__always)
    private mutating func scanWord() {
        let start = position
        let scalarStart = scalarCount
        var hash = FoldingHasher().hash
        var word = Word(end: asciiRun(from: start, hash: &hash), hash: hash, flags: bytes[start] &- 0x41 < 26 ? .capitalized : [])
        if word.end < bytes.count, bytes[word.end] >= 0x80 || bytes[word.end] == UInt8(ascii: "'") {
            word = continueWord(word, from: start)
        }
        if word.flags.contains(.capitalized), !word.hasNonUppercaseLetter,
           hasTwoLettersAllUppercase(start..<word.end, nonASCIILetters: word.nonASCIILetters)
        {
            word.flags.insert(.allCaps)
        }
        position = word.end
        emit(.word, start: start, scalarStart: scalarStart, flags: word.flags, key: LexiconKey(rawValue: word.hash))
        takeSpace()
    }

    /// The end of the run of ASCII letters and digits at `index`; hashes their folded bytes
    /// (`| 0x20` folds a letter and leaves a digit as it is). Letters loop on their own: a
    /// digit inside a word is rare.
    @inline(__always)
    private func asciiRun(from index: Int, hash: inout UInt64) -> Int {
        var index = index
        var state = hash
        while true {
            while index < bytes.count {
                let folded = bytes[index] | 0x20
                guard folded &- 0x61 < 26 else { break }
                state = (state ^ UInt64(folded)) &* FoldingHasher.prime
                index &+= 1
            }
            guard index < bytes.count, bytes[index] &- 0x30 < 10 else { break }
            state = (state ^ UInt64(bytes[index])) &* FoldingHasher.prime
            index &+= 1
        }
        hash = state
        return index
    }

    /// `word` (which started at `start`) continued at its end, a non-ASCII scalar or an
    /// apostrophe: letters join it, and so does an apostrophe between letters that does not
    /// start a possessive ("Shi'ite", not "Russia's").
    @inline(never)
    private mutating func continueWord(_ word: Word, from start: Int) -> Word {
        var word = word
        while word.end < bytes.count {
            let byte = bytes[word.end]
            if byte < 0x80, byte != UInt8(ascii: "'") { break }
            let decoded = decode(at: word.end)
            let scalar = decoded.scalar
            var hasher = FoldingHasher(hash: word.hash)
            if classify(scalar) == .letter {
                word.nonASCIILetters += 1
                if isUppercase(scalar) {
                    if word.end == start { word.flags.insert(.capitalized) }
                } else {
                    word.hasNonUppercaseLetter = true
                }
                word.flags.insert(.nonASCII)
                hasher.append(scalar)
            } else if isApostrophe(scalar), word.end > start,
                      word.end + decoded.length < bytes.count,
                      classify(decode(at: word.end + decoded.length).scalar) == .letter,
                      !startsPossessive(afterApostropheAt: word.end, length: decoded.length)
            {
                hasher.append("'")
                if !scalar.isASCII { word.flags.insert(.nonASCII) }
            } else {
                break
            }
            continuationBytes &+= decoded.length &- 1
            word.end = asciiRun(from: word.end + decoded.length, hash: &hasher.hash)
            word.hash = hasher.hash
        }
        return word
    }

    /// Whether the capitalized word at `range`, whose non-ASCII letters are all uppercase, has
    /// at least two letters and no lowercase ASCII letter ("ISIS", "US"; not "Iraq", "A").
    @inline(__always)
    private func hasTwoLettersAllUppercase(_ range: Range<Int>, nonASCIILetters: Int) -> Bool {
        var letters = nonASCIILetters
        for index in range {
            let byte = bytes[index]
            if byte &- 0x61 < 26 { return false }
            if byte &- 0x41 < 26 { letters &+= 1 }
        }
        return letters >= 2
    }

    private mutating func scanNumber() {
        let start = position
        let scalarStart = scalarCount
        var hasher = FoldingHasher()
        while position < bytes.count {
            let byte = bytes[position]
            if isDigit(byte) {
                hasher.appendASCII(byte)
                position += 1
            } else if (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")),
                      position + 1 < bytes.count, isDigit(bytes[position + 1]), position > start
            {
                hasher.appendASCII(byte)
                position += 1
            } else {
                break
            }
        }
        var flags: TokenFlags = []
        let suffixStart = position
        while position < bytes.count, isASCIILetter(bytes[position]) {
            hasher.appendASCII(bytes[position])
            position += 1
        }
        if position - suffixStart == 2 {
            let suffix = (bytes[suffixStart] | 0x20, bytes[suffixStart + 1] | 0x20)
            switch suffix {
            case (UInt8(ascii: "s"), UInt8(ascii: "t")), (UInt8(ascii: "n"), UInt8(ascii: "d")),
                 (UInt8(ascii: "r"), UInt8(ascii: "d")), (UInt8(ascii: "t"), UInt8(ascii: "h")):
                flags.insert(.ordinal)
            default: break
            }
        }
        emit(.number, start: start, scalarStart: scalarStart, flags: flags, key: hasher.key)
    }

    private mutating func emitPossessive(apostropheLength: Int) {
        let start = position
        let scalarStart = scalarCount
        var hasher = FoldingHasher()
        hasher.append("'")
        hasher.appendASCII(UInt8(ascii: "s"))
        position += apostropheLength + 1
        continuationBytes += apostropheLength - 1
        emit(.possessive, start: start, scalarStart: scalarStart, flags: apostropheLength > 1 ? .nonASCII : [], key: hasher.key)
    }

    /// Appends the token from `start` to `position`; on overflow, ends the scan instead.
    /// Offsets fit in `Int32` (``run()`` checks the length once).
    @inline(__always)
    private mutating func emit(_ kind: TokenKind, start: Int, scalarStart: Int, flags: TokenFlags, key: LexiconKey) {
        guard count < capacity else {
            overflowed = true
            position = bytes.count
            return
        }
        (storage.unsafelyUnwrapped + count).initialize(to: Token(
            byteStart: Int32(truncatingIfNeeded: start), byteEnd: Int32(truncatingIfNeeded: position),
            scalarStart: Int32(truncatingIfNeeded: scalarStart), scalarEnd: Int32(truncatingIfNeeded: scalarCount),
            kind: kind, flags: flags.union(spacing), key: key
        ))
        count += 1
        spacing = .attachedToPrevious
    }

    private mutating func noteSpace(_ scalar: Unicode.Scalar) {
        spacing.remove(.attachedToPrevious)
        if scalar == "\n" || scalar == "\u{2028}" || scalar == "\u{2029}" {
            spacing.insert(spacing.contains(.afterLineBreak) ? .afterParagraphBreak : .afterLineBreak)
        }
    }

    // MARK: Classification

    private enum ScalarClass { case space, letter, digit, other }

    @inline(__always)
    private func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            if isASCIILetter(byte) { return .letter }
            if isDigit(byte) { return .digit }
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return .space }
            return .other
        }
        return classifyNonASCII(scalar)
    }

    /// Out of line: `Unicode.Scalar.Properties` is resilient, and using it inline costs every
    /// caller a metadata lookup and a dynamic stack allocation on each call, ASCII or not.
    @inline(never)
    private func classifyNonASCII(_ scalar: Unicode.Scalar) -> ScalarClass {
        switch scalar.value {
        case 0x200B, 0x200C, 0x200D, 0xFEFF, 0x00AD: return .space
        default: break
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .space }
        if properties.isAlphabetic { return .letter }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .letter
        default: return .other
        }
    }

    @inline(__always)
    private func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return isUppercaseNonASCII(scalar)
    }

    /// Out of line for the same reason as ``classifyNonASCII(_:)``.
    @inline(never)
    private func isUppercaseNonASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase
    }

    @inline(__always)
    private func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    /// Whether the apostrophe at `index` is followed by "s" and then a non-letter.
    private func startsPossessive(afterApostropheAt index: Int, length: Int) -> Bool {
        let sIndex = index + length
        guard sIndex < bytes.count, bytes[sIndex] | 0x20 == UInt8(ascii: "s") else { return false }
        let after = sIndex + 1
        guard after < bytes.count else { return true }
        let cls = classify(decode(at: after).scalar)
        return cls != .letter && cls != .digit
    }

    @inline(__always)
    private func decode(at index: Int) -> Decoded {
        let lead = bytes[index]
        if lead < 0x80 { return Decoded(scalar: Unicode.Scalar(lead), length: 1) }
        let length: Int
        var value: UInt32
        if lead & 0xE0 == 0xC0 {
            length = 2; value = UInt32(lead & 0x1F)
        } else if lead & 0xF0 == 0xE0 {
            length = 3; value = UInt32(lead & 0x0F)
        } else if lead & 0xF8 == 0xF0 {
            length = 4; value = UInt32(lead & 0x07)
        } else {
            return Decoded(scalar: "\u{FFFD}", length: 1)
        }
        guard index + length <= bytes.count else { return Decoded(scalar: "\u{FFFD}", length: bytes.count - index) }
        for offset in 1..<length { value = (value << 6) | UInt32(bytes[index + offset] & 0x3F) }
        return Decoded(scalar: Unicode.Scalar(value) ?? "\u{FFFD}", length: length)
    }
}

@inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
@inline(__always) private func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
