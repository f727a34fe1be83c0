/// Strict UTF-8 validation (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
public enum UTF8Validator {
    /// The offset of the first byte of the first invalid (or truncated) sequence, or nil when
    /// all of `bytes` is valid UTF-8. Linear; ASCII runs are checked eight bytes at a time.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset($0) }
    }

    /// The offset of the first invalid sequence in `buffer`, or nil when it is valid UTF-8.
    public static func firstInvalidOffset(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = buffer.count
        guard count > 0, let base = buffer.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < count {
            // Fast path: eight ASCII bytes at a time.
            while count - index >= 8 {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            guard index < count else { return nil }
            let lead = buffer[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard count - index >= length else { return index }
            let second = buffer[index + 1]
            guard second >= low && second <= high else { return index }
            if length >= 3 {
                guard buffer[index + 2] & 0xC0 == 0x80 else { return index }
            }
            if length == 4 {
                guard buffer[index + 3] & 0xC0 == 0x80 else { return index }
            }
            index += length
        }
        return nil
    }
}
