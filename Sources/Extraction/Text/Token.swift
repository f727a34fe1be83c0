/// One token of a ``TextBuffer``: a word, a number, or a punctuation mark.
///
/// Offsets are kept twice: in UTF-8 bytes (for slicing the buffer without allocation) and in
/// Unicode scalars (the offsets alerts report, DESIGN §4). Ranges are end-exclusive.
public struct Token: Sendable, Hashable {
    /// First byte of the token in the buffer's UTF-8 bytes.
    public var byteStart: Int32
    /// One past the last byte of the token.
    public var byteEnd: Int32
    /// First Unicode scalar of the token, counted from the start of the buffer.
    public var scalarStart: Int32
    /// One past the last Unicode scalar of the token.
    public var scalarEnd: Int32
    /// What the token is.
    public var kind: TokenKind
    /// Shape and spacing facts about the token.
    public var flags: TokenFlags
    /// Hash of the case- and accent-folded text; equal for "Haşim", "HASIM" and "hasim".
    public var key: LexiconKey

    /// The token's length in UTF-8 bytes.
    @inlinable
    public var byteCount: Int { Int(byteEnd - byteStart) }
}

/// The broad class of a ``Token``.
public enum TokenKind: UInt8, Sendable, Hashable {
    /// Letters, possibly with inner apostrophes ("Shi'ite", "don't").
    case word
    /// Digits, possibly with inner separators and a letter suffix ("9,000", "3.5", "19th", "10:30").
    case number
    /// The clitic "'s" / "’s" split off a word ("Russia’s" → "Russia", "’s").
    case possessive
    /// A single punctuation or symbol scalar (".", ",", "“", "—", "-", "/", "%", …).
    case punctuation
}

/// Shape and spacing facts about a ``Token``.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The first scalar is an uppercase letter.
    public static let capitalized = TokenFlags(rawValue: 1 << 0)
    /// Every letter is uppercase and there are at least two letters ("ISIS", "US").
    public static let allCaps = TokenFlags(rawValue: 1 << 1)
    /// No whitespace between this token and the previous one ("al" "-" "Hawija").
    public static let attachedToPrevious = TokenFlags(rawValue: 1 << 2)
    /// The whitespace before this token contains a line break.
    public static let afterLineBreak = TokenFlags(rawValue: 1 << 3)
    /// The whitespace before this token contains a blank line (a paragraph break).
    public static let afterParagraphBreak = TokenFlags(rawValue: 1 << 4)
    /// The token contains at least one non-ASCII scalar.
    public static let nonASCII = TokenFlags(rawValue: 1 << 5)
    /// A number token that ends in an ordinal suffix ("19th", "1st").
    public static let ordinal = TokenFlags(rawValue: 1 << 6)
}

/// A 64-bit key for a folded token text, used to index lexicons without allocating strings.
///
/// Two texts that fold to the same characters have the same key. Keys are computed with
/// FNV-1a over the folded UTF-8 bytes, so a key can also be computed for a lexicon entry at
/// load time with ``LexiconKey/init(folding:)``.
public struct LexiconKey: Sendable, Hashable, Comparable {
    public var rawValue: UInt64

    @inlinable public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The key of a single token's text, folded the same way the tokenizer folds.
    public init(folding text: some StringProtocol) {
        var hasher = FoldingHasher()
        for scalar in text.unicodeScalars { hasher.append(scalar) }
        self = hasher.key
    }

    public static func < (lhs: LexiconKey, rhs: LexiconKey) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Folds scalars (lowercase, strip common Latin accents, unify apostrophes) and hashes them.
struct FoldingHasher {
    static let prime: UInt64 = 0x0000_0100_0000_01b3
    /// The FNV-1a state (the tokenizer's ASCII fast path updates it directly).
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func appendByte(_ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* Self.prime
    }

    @inline(__always)
    mutating func appendASCII(_ byte: UInt8) {
        appendByte(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
    }

    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            appendASCII(UInt8(scalar.value))
        } else {
            appendNonASCII(scalar)
        }
    }

    /// Out of line: folding looks up tables and scalar properties.
    @inline(never)
    private mutating func appendNonASCII(_ scalar: Unicode.Scalar) {
        let folded = Folding.fold(scalar)
        if folded.isASCII {
            appendASCII(UInt8(folded.value))
        } else {
            UTF8.encode(folded) { appendByte($0) }
        }
    }

    var key: LexiconKey { LexiconKey(rawValue: hash) }
}

/// Case and accent folding for the scalars news text uses in names.
enum Folding {
    /// Folds one scalar: lowercase, common Latin accents stripped, typographic apostrophes to "'".
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2018, 0x2019, 0x02BC, 0x02BB, 0x0060, 0x00B4: return "'"
        case 0x2010, 0x2011: return "-"
        default: break
        }
        if let base = latinBase[scalar.value] { return base }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, let only = lower.first {
            if let base = latinBase[only.value] { return base }
            return only
        }
        return scalar
    }

    /// Latin letters with diacritics mapped to their lowercase ASCII base letter.
    private static let latinBase: [UInt32: Unicode.Scalar] = {
        let groups: [(Unicode.Scalar, String)] = [
            ("a", "àáâãäåāăąÀÁÂÃÄÅĀĂĄ"), ("c", "çćĉċčÇĆĈĊČ"), ("d", "ďđĎĐ"),
            ("e", "èéêëēĕėęěÈÉÊËĒĔĖĘĚ"), ("g", "ĝğġģĜĞĠĢ"), ("h", "ĥħĤĦḥḤ"),
            ("i", "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ"), ("j", "ĵĴ"), ("k", "ķĶ"), ("l", "ĺļľŀłĹĻĽĿŁ"),
            ("n", "ñńņňÑŃŅŇ"), ("o", "òóôõöøōŏőÒÓÔÕÖØŌŎŐ"), ("r", "ŕŗřŔŖŘ"),
            ("s", "śŝşšșṣŚŜŞŠȘṢ"), ("t", "ţťŧțṭŢŤŦȚṬ"), ("u", "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ"),
            ("w", "ŵŴ"), ("y", "ýÿŷÝŸŶ"), ("z", "źżžẓŹŻŽẒ"),
        ]
        var table: [UInt32: Unicode.Scalar] = [:]
        for (base, variants) in groups {
            for variant in variants.unicodeScalars { table[variant.value] = base }
        }
        return table
    }()
}
