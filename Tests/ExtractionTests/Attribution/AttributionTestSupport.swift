@testable import Extraction

/// One expected sentence attribution: a text, the sentence to check, and what it must give.
struct AttributionCase: Sendable, CustomStringConvertible {
    var text: String
    /// Index of the checked sentence; negative counts from the end (-1 = last).
    var sentence: Int
    /// Expected source; nil means the article asserts the sentence.
    var source: String?
    var kind: Attribution.Kind?
    var role: String?
    var via: String?
    var stance: Stance
    var articleSource: String?

    var description: String { "\(text.prefix(60))… [\(sentence)]" }
}

/// Builds a case; `source: nil` expects no attribution.
func attributed(
    _ text: String, sentence: Int = -1, source: String?, _ kind: Attribution.Kind? = nil, role: String? = nil,
    via: String? = nil, stance: Stance, articleSource: String? = nil
) -> AttributionCase {
    AttributionCase(text: text, sentence: sentence, source: source, kind: kind, role: role, via: via, stance: stance, articleSource: articleSource)
}

struct AttributionFixture {
    var buffer: TextBuffer
    var sentences: [Sentence]
    var analysis: AttributionAnalysis

    init(_ text: String, articleSource: String? = nil) {
        buffer = TextBuffer(text)
        sentences = SentenceSplitter().split(buffer)
        analysis = AttributionAnalyzer().analyze(buffer, sentences: sentences, articleSource: articleSource)
    }

    func result(_ index: Int) -> SentenceAttribution? {
        let position = index < 0 ? analysis.sentences.count + index : index
        guard position >= 0, position < analysis.sentences.count else { return nil }
        return analysis.sentences[position]
    }

    func text(_ index: Int) -> String {
        let position = index < 0 ? sentences.count + index : index
        guard position >= 0, position < sentences.count else { return "" }
        return buffer.text(tokens: sentences[position].tokens)
    }

    func texts(_ ranges: [Range<Int>]) -> [String] { ranges.map { buffer.text(tokens: $0) } }
}

/// A compact rendering of an attribution for failure messages and equality checks.
func renderAttribution(_ attribution: Attribution?) -> String {
    guard let attribution else { return "nil" }
    return "\(attribution.source) | \(attribution.role ?? "-") | \(attribution.kind.rawValue) | \(attribution.via ?? "-")"
}
