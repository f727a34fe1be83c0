/// A 65,536-bit filter over lexicon keys: one array read rejects most tokens before a hash probe.
struct KeyFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    mutating func insert(_ key: LexiconKey) {
        let slot = Int(truncatingIfNeeded: key.rawValue & 0xFFFF)
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    @inline(__always)
    func mayContain(_ key: LexiconKey) -> Bool {
        let slot = Int(truncatingIfNeeded: key.rawValue & 0xFFFF)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }
}
