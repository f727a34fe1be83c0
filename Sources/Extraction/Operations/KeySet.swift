/// A set of ``LexiconKey``s with an open-addressing table probed by the key's own bits.
///
/// Keys are already FNV-1a hashes, so hashing them again (as `Set` does with SipHash) is wasted
/// work on the hot path; a lookup here is a mask and, usually, one comparison.
struct KeySet: Sendable {
    private var slots: [UInt64]
    private let mask: Int
    private var hasZero = false

    init(_ keys: some Sequence<LexiconKey>) {
        let list = Array(keys)
        var capacity = 16
        while capacity < list.count * 3 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        for key in list { insert(key) }
    }

    init(words: [String]) {
        self.init(words.map { LexiconKey(folding: $0) })
    }

    private mutating func insert(_ key: LexiconKey) {
        let raw = key.rawValue
        if raw == 0 { hasZero = true; return }
        var index = Int(truncatingIfNeeded: raw ^ (raw >> 29)) & mask
        while slots[index] != 0 {
            if slots[index] == raw { return }
            index = (index &+ 1) & mask
        }
        slots[index] = raw
    }

    @inline(__always)
    func contains(_ key: LexiconKey) -> Bool {
        let raw = key.rawValue
        if raw == 0 { return hasZero }
        var index = Int(truncatingIfNeeded: raw ^ (raw >> 29)) & mask
        while true {
            let slot = slots[index]
            if slot == raw { return true }
            if slot == 0 { return false }
            index = (index &+ 1) & mask
        }
    }

    func union(_ other: KeySet) -> KeySet {
        KeySet(allKeys + other.allKeys)
    }

    var allKeys: [LexiconKey] {
        var keys = slots.filter { $0 != 0 }.map { LexiconKey(rawValue: $0) }
        if hasZero { keys.append(LexiconKey(rawValue: 0)) }
        return keys
    }
}

extension PhraseLexicon {
    /// The keys phrases of this lexicon start with, for a cheap pre-check before ``longestMatch``.
    static func firstKeys(of phrases: [String]) -> KeySet {
        KeySet(phrases.compactMap { TextBuffer($0).tokens.first?.key })
    }
}

/// A ``KeySet`` behind a ``KeyFilter``: a key that is not in the set (nearly every word, for the
/// small sets the per-token loops ask) is rejected with one array read instead of a probe.
struct FilteredKeySet: Sendable {
    let keys: KeySet
    private var filter = KeyFilter()

    init(_ keys: KeySet) {
        self.keys = keys
        for key in keys.allKeys { filter.insert(key) }
    }

    @inline(__always)
    func contains(_ key: LexiconKey) -> Bool {
        filter.mayContain(key) && keys.contains(key)
    }
}

/// Whether a phrase of a lexicon can match at a token, from the phrases' first two keys: the
/// token is a whole phrase, or it and the next token start a longer one. Most tokens that start
/// a phrase ("Islamic", "Free") start it only with their next word, so this rejects them without
/// walking the trie.
struct PhraseStarts: Sendable {
    /// The keys that are one-token phrases.
    private let singles: KeySet
    /// The first two keys of the longer phrases, as ``pair(_:_:)`` keys.
    private var pairs = KeyFilter()

    init(_ phrases: [[LexiconKey]]) {
        singles = KeySet(phrases.filter { $0.count == 1 }.map { $0[0] })
        for keys in phrases where keys.count >= 2 { pairs.insert(Self.pair(keys[0], keys[1])) }
    }

    private static func pair(_ first: LexiconKey, _ second: LexiconKey) -> LexiconKey {
        LexiconKey(rawValue: first.rawValue ^ (second.rawValue &* 0x9E37_79B9_7F4A_7C15))
    }

    /// False only when no phrase can match at `index` within `limit`.
    @inline(__always)
    func mayMatch(_ buffer: TextBuffer, at index: Int, limit: Int) -> Bool {
        let key = buffer.tokens[index].key
        if singles.contains(key) { return true }
        return index + 1 < limit && pairs.mayContain(Self.pair(key, buffer.tokens[index + 1].key))
    }
}
