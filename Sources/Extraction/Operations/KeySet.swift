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
