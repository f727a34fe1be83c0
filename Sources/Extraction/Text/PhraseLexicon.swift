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

    private struct Edge: Hashable {
        var node: Int32
        var key: LexiconKey
    }

    private var edges: [Edge: Int32] = [:]
    private var valuesByNode: [Int32: [Value]] = [:]
    private var nodeCount: Int32 = 1
    /// The number of tokens in the longest phrase.
    public private(set) var longestPhrase = 0

    /// Creates an empty lexicon.
    public init() {}

    /// Adds `phrase` with `value`. A phrase may carry several values (an ambiguous place name).
    /// A phrase with no tokens is ignored.
    public mutating func insert(_ phrase: String, value: Value) {
        let keys = TextBuffer(phrase).tokens.map(\.key)
        guard !keys.isEmpty else { return }
        var node: Int32 = 0
        for key in keys {
            let edge = Edge(node: node, key: key)
            if let next = edges[edge] {
                node = next
            } else {
                edges[edge] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
        }
        valuesByNode[node, default: []].append(value)
        longestPhrase = max(longestPhrase, keys.count)
    }

    /// Whether a phrase starts with the key of `token`; a cheap filter before ``longestMatch``.
    @inlinable
    public func mayStart(with token: Token) -> Bool {
        startsWith(token.key)
    }

    @usableFromInline
    func startsWith(_ key: LexiconKey) -> Bool {
        edges[Edge(node: 0, key: key)] != nil
    }

    /// The longest phrase that starts at `tokens[index]` and ends before `limit`.
    public func longestMatch(in buffer: TextBuffer, at index: Int, limit: Int? = nil) -> Match? {
        let end = min(limit ?? buffer.tokens.count, buffer.tokens.count)
        var node: Int32 = 0
        var best: Match?
        var position = index
        while position < end, let next = edges[Edge(node: node, key: buffer.tokens[position].key)] {
            node = next
            position += 1
            if let values = valuesByNode[node] {
                best = Match(tokens: index..<position, values: values)
            }
        }
        return best
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
