/// Quantities of forces: an optional qualifier, a number, up to three modifiers, a unit noun
/// ("more than 9,000 Daesh fighters", "about 5,000 troops", "up to 300 tanks", "two battalions"),
/// or a number compounded with its unit ("a 5,000-strong force" counts troops).
enum QuantityTagger {
    typealias L = OperationLexicon

    /// The quantities in `range`, with their tokens, in text order.
    static func quantities(in buffer: TextBuffer, range: Range<Int>) -> [(Range<Int>, Quantity)] {
        var found: [(Range<Int>, Quantity)] = []
        let lower = max(0, range.lowerBound)
        let upper = min(range.upperBound, buffer.tokens.count)
        var index = lower
        while index < upper {
            guard let (value, numberEnd) = number(in: buffer, at: index, upper: upper) else {
                index += 1
                continue
            }
            // "a 5,000-strong force", "a two-battalion assault": the number compounds with its unit.
            var compoundUnit: String? = nil
            if numberEnd + 1 < upper, buffer.tokens[numberEnd].kind == .punctuation, buffer.tokens[numberEnd].byteCount == 1,
               buffer.firstByte(of: numberEnd) == UInt8(ascii: "-"), buffer.tokens[numberEnd + 1].kind == .word
            {
                compoundUnit = L.compoundUnits[buffer.tokens[numberEnd + 1].key]
            }
            // The unit within three tokens after the number.
            var unitIndex: Int? = compoundUnit == nil ? nil : numberEnd + 1
            var position = compoundUnit == nil ? numberEnd : upper
            while position < min(upper, numberEnd + 4) {
                let token = buffer.tokens[position]
                if token.kind == .word, L.quantityUnits.contains(token.key) {
                    unitIndex = position
                    break
                }
                if token.kind == .punctuation, !(token.byteCount == 1 && buffer.firstByte(of: position) == UInt8(ascii: "-")) { break }
                if token.kind == .number { break }
                position += 1
            }
            guard let unit = unitIndex else {
                index = numberEnd
                continue
            }
            // The qualifier just before the number.
            var start = index
            var qualifier = Quantity.Qualifier.exact
            for length in 1...3 where index - length >= lower {
                if let match = L.quantityQualifiers.longestMatch(in: buffer, at: index - length, limit: index),
                   match.tokens.upperBound == index, let value = match.values.first
                {
                    qualifier = value
                    start = index - length
                    break
                }
            }
            let text = buffer.text(tokens: start..<(unit + 1))
            let unitText = compoundUnit ?? buffer.text(of: buffer.tokens[unit])
            found.append((start..<(unit + 1), Quantity(text: text, value: value, unit: unitText, qualifier: qualifier)))
            index = unit + 1
        }
        return found
    }

    /// The number at `index` ("9,000", "5.000", "2 million", "three thousand"), with the index after it.
    static func number(in buffer: TextBuffer, at index: Int, upper: Int) -> (Int, Int)? {
        let token = buffer.tokens[index]
        var value: Int
        if token.kind == .number {
            guard let parsed = digits(buffer, token) else { return nil }
            value = parsed
        } else if token.kind == .word, let word = L.numberWords[token.key] {
            // "a" and "an" only count before a multiplier ("a thousand troops").
            if word == 1, index + 1 < upper, L.multipliers[buffer.tokens[index + 1].key] == nil,
               buffer.token(index, equalsIgnoringCase: "a") || buffer.token(index, equalsIgnoringCase: "an")
            {
                return nil
            }
            value = word
        } else {
            return nil
        }
        var end = index + 1
        while end < upper, let multiplier = L.multipliers[buffer.tokens[end].key] {
            let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
            guard !overflow else { return nil }
            value = product
            end += 1
        }
        return (value, end)
    }

    /// Digits with "," or "." thousands separators; nil for decimals, years-as-text and overflow.
    static func digits(_ buffer: TextBuffer, _ token: Token) -> Int? {
        var value = 0
        var count = 0
        for byte in buffer.bytes[Int(token.byteStart)..<Int(token.byteEnd)] {
            if byte >= 0x30, byte <= 0x39 {
                value = value &* 10 &+ Int(byte - 0x30)
                count += 1
                if count > 12 { return nil }
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") {
                continue
            } else {
                return nil
            }
        }
        return count > 0 ? value : nil
    }
}
