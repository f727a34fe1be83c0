import Foundation
@testable import Extraction

/// Scores summed over items (micro-averaged), overall and per category tag.
struct EvalSummary: Sendable {
    var items = 0
    var operations = EvalCounts()
    var schedules = EvalCounts()
    var status = EvalAccuracy()
    var time = EvalAccuracy()
    var timeUnaligned = 0
    var approximate = EvalAccuracy()
    var attribution = EvalAccuracy()
    var stance = EvalAccuracy()
    var quantity = EvalAccuracy()
    var trapItems = 0
    var trapFalsePositives = 0

    mutating func add(_ score: EvalItemScore) {
        items += 1
        operations = operations + score.operations
        schedules = schedules + score.schedules
        status = status + score.status
        time = time + score.time
        timeUnaligned += score.timeUnaligned
        approximate = approximate + score.approximate
        attribution = attribution + score.attribution
        stance = stance + score.stance
        quantity = quantity + score.quantity
        if score.trap { trapItems += 1 }
        trapFalsePositives += score.trapFalsePositives
    }

    init() {}

    init<S: Sequence>(_ scores: S) where S.Element == EvalItemScore {
        for score in scores { add(score) }
    }
}

/// The whole evaluation: every item's score, and the readable report `make eval` prints.
struct EvalReport: Sendable {
    var sentences: [EvalItemScore]
    var articles: [EvalItemScore]

    var all: [EvalItemScore] { sentences + articles }
    var overall: EvalSummary { EvalSummary(all) }

    /// Per tag, over the items carrying it.
    var byTag: [(tag: String, summary: EvalSummary)] {
        var groups: [String: [EvalItemScore]] = [:]
        for score in all {
            for tag in Set(score.tags) { groups[tag, default: []].append(score) }
        }
        return groups.keys.sorted().map { ($0, EvalSummary(groups[$0] ?? [])) }
    }

    static func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }

    static func line(_ name: String, _ counts: EvalCounts) -> String {
        let pad = name.padding(toLength: 22, withPad: " ", startingAt: 0)
        return "\(pad) P \(percent(counts.precision))  R \(percent(counts.recall))  F1 \(percent(counts.f1))"
            + "   (tp \(counts.truePositives), fp \(counts.falsePositives), fn \(counts.falseNegatives))"
    }

    static func line(_ name: String, _ accuracy: EvalAccuracy) -> String {
        let pad = name.padding(toLength: 22, withPad: " ", startingAt: 0)
        return "\(pad) \(percent(accuracy.value))   (\(accuracy.correct)/\(accuracy.total))"
    }

    func render(maxProblems: Int = 80) -> String {
        var out: [String] = []
        let o = overall
        out.append("newswatch evaluation — \(sentences.count) sentences, \(articles.count) articles (docs/EVALUATION.md)")
        out.append("")
        for (title, summary) in [("ALL", o), ("sentences", EvalSummary(sentences)), ("articles", EvalSummary(articles))] {
            out.append("== \(title) (\(summary.items) items)")
            out.append(Self.line("operations", summary.operations))
            out.append(Self.line("schedule claims", summary.schedules))
            out.append(Self.line("operation status", summary.status))
            out.append(Self.line("time normalisation", summary.time) + "   unaligned \(summary.timeUnaligned)")
            out.append(Self.line("claim approximate", summary.approximate))
            out.append(Self.line("attribution", summary.attribution))
            out.append(Self.line("stance", summary.stance))
            out.append(Self.line("quantities", summary.quantity))
            out.append("trap false positives   \(summary.trapFalsePositives) on \(summary.trapItems) trap items")
            out.append("")
        }
        out.append("== per category (items: operation F1, claim F1, time, trap FP)")
        for (tag, s) in byTag {
            let pad = tag.padding(toLength: 28, withPad: " ", startingAt: 0)
            let counts = String(format: "%4d", s.items)
            out.append("\(pad)\(counts)  ops \(Self.percent(s.operations.f1))  claims \(Self.percent(s.schedules.f1))  time \(Self.percent(s.time.value))  trapFP \(s.trapFalsePositives)")
        }
        out.append("")
        let problems = all.flatMap { score in score.problems.map { "[\(score.id)] \($0)" } }
        out.append("== misses and false positives (\(problems.count)\(problems.count > maxProblems ? ", first \(maxProblems)" : ""))")
        out.append(contentsOf: problems.prefix(maxProblems))
        return out.joined(separator: "\n")
    }
}

/// Runs the extractor over the corpus.
enum EvalRunner {
    static func extract(_ item: EvalItem) throws -> (ExtractionResult, [EvalProducedTime]) {
        let article = try ArticleDecoder().decode(json: item.articleJSON, kafkaTimestampMilliseconds: nil)
        let result = Extractor().extract(article)
        return (result, taggedTimes(article))
    }

    /// Every point time the standard tagger finds, sentence by sentence.
    static func taggedTimes(_ article: Article) -> [EvalProducedTime] {
        let buffer = TextBuffer(article.body)
        var times: [EvalProducedTime] = []
        for sentence in SentenceSplitter().split(buffer) {
            for expression in TimeExpressionTagger().tag(buffer, in: sentence.tokens, reference: article.referenceTime) {
                guard let time = expression.time else { continue }
                times.append(EvalProducedTime(text: buffer.text(tokens: expression.tokens), value: time.value, grain: time.grain))
            }
        }
        return times
    }

    static func run(_ items: [EvalItem]) -> [EvalItemScore] {
        items.map { item in
            do {
                let (result, times) = try extract(item)
                return EvalScorer.score(item, result: result, times: times)
            } catch {
                var score = EvalScorer.score(item, result: ExtractionResult())
                score.problems.insert("article did not decode: \(error)", at: 0)
                return score
            }
        }
    }

    static func report() throws -> EvalReport {
        EvalReport(sentences: run(try EvalCorpus.loadSentences()), articles: run(try EvalCorpus.loadArticles()))
    }
}
