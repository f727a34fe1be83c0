/// A dictionary of multi-token phrases, matched against a ``TextBuffer`` by token keys.
///
/// Phrases are tokenized with the same rules as text, so "al-Hawija", "Deir ez-Zor" and
/// "U.S." match exactly where the text spells them so. Matching is case- and accent-insensitive
/// (it compares ``LexiconKey``s); callers that care about capitalization check the matched
/// tokens' ``TokenFlags``. The trie is one hash table of edges `(node, key) → node`, so a
/// lookup costs one hash probe per token and nothing is allocated while matching.
public struct PhraseLexicon<Value: Sendable>: Sendable {
    /// A phrase found in a text.
    public struct Match: Sendable {
        /// The matched tokens, as indices into the buffer's `tokens`.
        public var tokens: Range<Int>
        /// Every value inserted for the matched phrase, in insertion order.
        public var values: [Value]
    }

    /// The trie's edges `(node, key) → child` in an open-addressing table with linear probing.
    /// Keys are FNV hashes already, so a multiply-and-shift mix replaces `Hasher`, which
    /// dominated matching time as a `Dictionary`.
    private struct EdgeTable: Sendable {
        struct Slot: Sendable {
            var key: UInt64
            var node: Int32
            /// The child node; -1 marks an empty slot.
            var child: Int32
        }

        private(set) var slots = [Slot](repeating: Slot(key: 0, node: 0, child: -1), count: 16)
        private var count = 0
        /// A one-hash Bloom filter over the edges of all but tiny tables (the gazetteer's slots
        /// do not fit in the caches, the actor and cue tables not in the first level, and most
        /// probes find nothing): a clear bit proves there is no edge without touching the slots.
        /// Empty for tiny tables.
        private var filter: [UInt64] = []
        private var filterMask = 0
        /// Tables with at least this many slots get a filter.
        private static var filteredSlots: Int { 1 << 10 }

        @inline(__always)
        private func mix(_ node: Int32, _ key: LexiconKey) -> UInt64 {
            (key.rawValue ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        }

        /// The slot an edge starts probing at (high bits of the mix).
        @inline(__always)
        private func home(_ mixed: UInt64) -> Int {
            Int(truncatingIfNeeded: mixed >> 32) & (slots.count - 1)
        }

        /// The edge's filter bit (bits 8–31 of the mix, disjoint from the home bits).
        @inline(__always)
        private func filterBit(_ mixed: UInt64) -> Int {
            Int(truncatingIfNeeded: mixed >> 8) & filterMask
        }

        /// Reads the filter and the slots without bounds checks: the indices are masked to
        /// their sizes.
        @inline(__always)
        func child(of node: Int32, key: LexiconKey) -> Int32? {
            let mixed = mix(node, key)
            if !filter.isEmpty {
                let bit = filterBit(mixed)
                let word = filter.withUnsafeBufferPointer { $0[bit >> 6] }
                if word & (1 << UInt64(bit & 63)) == 0 { return nil }
            }
            return slots.withUnsafeBufferPointer { slots in
                var index = home(mixed)
                while true {
                    let slot = slots[index]
                    if slot.child < 0 { return nil }
                    if slot.key == key.rawValue && slot.node == node { return slot.child }
                    index = (index &+ 1) & (slots.count &- 1)
                }
            }
        }

        mutating func insert(node: Int32, key: LexiconKey, child: Int32) {
            if (count + 1) * 2 > slots.count { grow() }
            let mixed = mix(node, key)
            var index = home(mixed)
            while slots[index].child >= 0 { index = (index + 1) & (slots.count - 1) }
            slots[index] = Slot(key: key.rawValue, node: node, child: child)
            count += 1
            if !filter.isEmpty {
                let bit = filterBit(mixed)
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }

        private mutating func grow() {
            let old = slots
            slots = [Slot](repeating: Slot(key: 0, node: 0, child: -1), count: old.count * 2)
            if slots.count >= Self.filteredSlots {
                // Four bits per slot: at least eight per edge (the table is at most half full).
                let bits = min(slots.count * 4, 1 << 24)
                filter = [UInt64](repeating: 0, count: bits / 64)
                filterMask = bits - 1
            }
            count = 0
            for slot in old where slot.child >= 0 {
                insert(node: slot.node, key: LexiconKey(rawValue: slot.key), child: slot.child)
            }
        }
    }

    private var edges = EdgeTable()
    /// The values of each node, indexed by node; empty for nodes that end no phrase.
    private var valuesByNode: [[Value]] = [[]]
    /// What each node is, kept flat so that matching does not load every node's array.
    private var nodeKinds: [PhraseNodeKind] = [[]]
    /// The first keys of the phrases: one array read rejects most tokens before a trie probe.
    private var startFilter = KeyFilter()
    /// The number of tokens in the longest phrase.
    public private(set) var longestPhrase = 0

    /// Creates an empty lexicon.
    public init() {}

    /// Adds `phrase` with `value`. A phrase may carry several values (an ambiguous place name).
    /// A phrase with no tokens is ignored.
    public mutating func insert(_ phrase: String, value: Value) {
        TextBuffer.withTokens(of: phrase) { insert($0, value: value) }
    }

    private mutating func insert(_ tokens: UnsafeBufferPointer<Token>, value: Value) {
        guard let first = tokens.first else { return }
        startFilter.insert(first.key)
        var node: Int32 = 0
        for token in tokens {
            let key = token.key
            if let next = edges.child(of: node, key: key) {
                node = next
            } else {
                let next = Int32(valuesByNode.count)
                valuesByNode.append([])
                nodeKinds.append([])
                nodeKinds[Int(node)].insert(.hasChildren)
                edges.insert(node: node, key: key, child: next)
                node = next
            }
        }
        valuesByNode[Int(node)].append(value)
        nodeKinds[Int(node)].insert(.terminal)
        longestPhrase = max(longestPhrase, tokens.count)
    }

    /// Whether a phrase starts with the key of `token`; a cheap filter before ``longestMatch``,
    /// which callers scanning every token should apply first.
    @inline(__always)
    public func mayStart(with token: Token) -> Bool {
        startFilter.mayContain(token.key) && edges.child(of: 0, key: token.key) != nil
    }

    /// The longest phrase that starts at `tokens[index]` and ends before `limit`.
    public func longestMatch(in buffer: TextBuffer, at index: Int, limit: Int? = nil) -> Match? {
        let end = min(limit ?? buffer.tokens.count, buffer.tokens.count)
        var node: Int32 = 0
        var bestEnd = -1
        var bestNode: Int32 = 0
        var position = index
        while position < end, let next = edges.child(of: node, key: buffer.tokens[position].key) {
            node = next
            position += 1
            let kind = nodeKinds[Int(node)]
            if kind.contains(.terminal) {
                bestEnd = position
                bestNode = node
            }
            if !kind.contains(.hasChildren) { break }
        }
        guard bestEnd >= 0 else { return nil }
        return Match(tokens: index..<bestEnd, values: valuesByNode[Int(bestNode)])
    }

    /// Every leftmost-longest, non-overlapping match inside `range`, in text order.
    public func matches(in buffer: TextBuffer, range: Range<Int>) -> [Match] {
        var found: [Match] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let match = longestMatch(in: buffer, at: index, limit: range.upperBound) {
                found.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// The values of the phrase equal to `phrase` (tokenized), or an empty array.
    public func values(for phrase: String) -> [Value] {
        let buffer = TextBuffer(phrase)
        guard let match = longestMatch(in: buffer, at: 0), match.tokens.upperBound == buffer.tokens.count else {
            return []
        }
        return match.values
    }
}

/// Whether a ``PhraseLexicon`` node ends a phrase and whether a longer phrase goes on from it;
/// matching stops at a node without children instead of probing for one.
private struct PhraseNodeKind: OptionSet, Sendable {
    let rawValue: UInt8
    static let terminal = PhraseNodeKind(rawValue: 1 << 0)
    static let hasChildren = PhraseNodeKind(rawValue: 1 << 1)
}
