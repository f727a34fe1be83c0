import Foundation
@testable import Extraction

/// A normalised time expression the extractor's time tagger produced (for time accuracy).
struct EvalProducedTime: Sendable, Hashable {
    var text: String
    var value: String
    var grain: TimeGrain
}

/// Hits and misses of one measure.
struct EvalCounts: Sendable, Hashable {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    static func + (a: EvalCounts, b: EvalCounts) -> EvalCounts {
        EvalCounts(
            truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
            falseNegatives: a.falseNegatives + b.falseNegatives)
    }
}

/// Correct out of scored.
struct EvalAccuracy: Sendable, Hashable {
    var correct = 0
    var total = 0

    var value: Double { ratio(correct, total) }

    mutating func add(_ ok: Bool) {
        total += 1
        if ok { correct += 1 }
    }

    static func + (a: EvalAccuracy, b: EvalAccuracy) -> EvalAccuracy {
        EvalAccuracy(correct: a.correct + b.correct, total: a.total + b.total)
    }
}

/// Empty ratios count as perfect: nothing expected and nothing produced is no error.
func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

/// The score of one corpus item.
struct EvalItemScore: Sendable {
    var id: String
    var tags: [String]
    var trap: Bool
    var operations = EvalCounts()
    var schedules = EvalCounts()
    var status = EvalAccuracy()
    var time = EvalAccuracy()
    /// Expected time expressions no produced claim or tagged time lined up with.
    var timeUnaligned = 0
    var approximate = EvalAccuracy()
    var attribution = EvalAccuracy()
    var stance = EvalAccuracy()
    var quantity = EvalAccuracy()
    /// Operations produced on a trap item.
    var trapFalsePositives = 0
    /// Readable problems, one line each.
    var problems: [String] = []
}

/// Matches an extraction result against an item's annotation (docs/EVALUATION.md).
enum EvalScorer {
    static func score(_ item: EvalItem, result: ExtractionResult, times: [EvalProducedTime] = []) -> EvalItemScore {
        var score = EvalItemScore(id: item.id, tags: item.tags, trap: item.trap)
        scoreOperations(item, result.operations, into: &score)
        scoreSchedules(item, result.schedules, into: &score)
        scoreTimes(item, result.schedules, times, into: &score)
        if item.trap { score.trapFalsePositives = result.operations.count }
        return score
    }

    // MARK: operations

    static func mainLocation(_ alert: OperationAlert) -> String? { alert.locations.first?.place.name }

    static func matches(_ expected: EvalOperation, _ alert: OperationAlert) -> Bool {
        guard expected.kinds.contains(alert.operation.kind) else { return false }
        let produced = mainLocation(alert)
        return expected.locations.contains { sameName($0, produced) }
    }

    static func describe(_ alert: OperationAlert) -> String {
        "\(alert.operation.kind.rawValue) @ \(mainLocation(alert) ?? "∅") (\(alert.operation.status.rawValue)) «\(alert.evidence.sentence.prefix(90))»"
    }

    static func scoreOperations(_ item: EvalItem, _ produced: [OperationAlert], into score: inout EvalItemScore) {
        var used = [Bool](repeating: false, count: produced.count)
        var pairs: [(EvalOperation, OperationAlert)] = []
        let required = item.operations.filter { !$0.optional }
        var unmatched: [EvalOperation] = []
        // Pass 1 pairs equal statuses so that two operations of one kind and place line up right.
        var pending: [EvalOperation] = []
        for expected in required {
            if let index = produced.indices.first(where: {
                !used[$0] && matches(expected, produced[$0]) && produced[$0].operation.status == expected.status
            }) {
                used[index] = true
                pairs.append((expected, produced[index]))
            } else {
                pending.append(expected)
            }
        }
        for expected in pending {
            if let index = produced.indices.first(where: { !used[$0] && matches(expected, produced[$0]) }) {
                used[index] = true
                pairs.append((expected, produced[index]))
            } else {
                unmatched.append(expected)
            }
        }
        // Optional annotations absorb what matches them, without credit.
        for expected in item.operations where expected.optional {
            if let index = produced.indices.first(where: { !used[$0] && matches(expected, produced[$0]) }) {
                used[index] = true
            }
        }
        score.operations.truePositives += pairs.count
        score.operations.falseNegatives += unmatched.count
        for expected in unmatched { score.problems.append("missed operation: \(expected.label)") }
        for (index, alert) in produced.enumerated() where !used[index] {
            score.operations.falsePositives += 1
            score.problems.append("spurious operation: \(describe(alert))")
        }
        for (expected, alert) in pairs {
            let statusOK = alert.operation.status == expected.status
            score.status.add(statusOK)
            if !statusOK {
                score.problems.append("status of \(expected.label): got \(alert.operation.status.rawValue)")
            }
            if let kind = expected.attributionKind {
                let ok = attributionMatches(kind: kind, source: expected.source, alert.attribution)
                score.attribution.add(ok)
                if !ok {
                    score.problems.append(
                        "attribution of \(expected.label): expected \(kind.rawValue) \(expected.source ?? ""), got \(describe(alert.attribution))")
                }
            }
            if let stance = expected.stance {
                score.stance.add(alert.stance == stance)
                if alert.stance != stance {
                    score.problems.append("stance of \(expected.label): expected \(stance.rawValue), got \(alert.stance.rawValue)")
                }
            }
            for quantity in expected.quantities {
                let ok = alert.quantities.contains {
                    $0.value == quantity.value && $0.qualifier == quantity.qualifier && sameUnit(quantity.unit, $0.unit)
                }
                score.quantity.add(ok)
                if !ok {
                    let got = alert.quantities.map { "\($0.qualifier.rawValue) \($0.value) \($0.unit)" }.joined(separator: ", ")
                    score.problems.append(
                        "quantity of \(expected.label): expected \(quantity.qualifier.rawValue) \(quantity.value) \(quantity.unit), got [\(got)]")
                }
            }
        }
    }

    // MARK: schedules

    static func matches(_ expected: EvalSchedule, _ alert: ScheduleAlert) -> Bool {
        let time = alert.claimedTime
        guard time.value == expected.value, time.grain == expected.grain else { return false }
        return expected.optional || alert.event == expected.event
    }

    static func describe(_ alert: ScheduleAlert) -> String {
        "\(alert.event.rawValue) \(alert.claimedTime.value) (\(alert.claimedTime.grain.rawValue)) “\(alert.claimedTime.text)” for \(alert.operation.kind.rawValue) @ \(alert.operation.location ?? "∅")"
    }

    static func scoreSchedules(_ item: EvalItem, _ produced: [ScheduleAlert], into score: inout EvalItemScore) {
        var used = [Bool](repeating: false, count: produced.count)
        var pairs: [(EvalSchedule, ScheduleAlert)] = []
        for expected in item.schedules where !expected.optional {
            if let index = produced.indices.first(where: { !used[$0] && matches(expected, produced[$0]) }) {
                used[index] = true
                pairs.append((expected, produced[index]))
            } else {
                score.schedules.falseNegatives += 1
                let near = produced.filter { textsOverlap(expected.text, $0.claimedTime.text) }.map(describe)
                score.problems.append(
                    "missed claim: \(expected.label)" + (near.isEmpty ? "" : " — got \(near.joined(separator: "; "))"))
            }
        }
        for expected in item.schedules where expected.optional {
            if let index = produced.indices.first(where: { !used[$0] && matches(expected, produced[$0]) }) {
                used[index] = true
            }
        }
        score.schedules.truePositives += pairs.count
        for (index, alert) in produced.enumerated() where !used[index] {
            score.schedules.falsePositives += 1
            score.problems.append("spurious claim: \(describe(alert))")
        }
        for (expected, alert) in pairs {
            score.approximate.add(alert.claimedTime.approximate == expected.approximate)
            if alert.claimedTime.approximate != expected.approximate {
                score.problems.append("approximate of \(expected.label): got \(alert.claimedTime.approximate)")
            }
            if let kind = expected.attributionKind {
                let ok = attributionMatches(kind: kind, source: expected.source, alert.attribution)
                score.attribution.add(ok)
                if !ok {
                    score.problems.append(
                        "attribution of claim \(expected.label): expected \(kind.rawValue) \(expected.source ?? ""), got \(describe(alert.attribution))")
                }
            }
            score.stance.add(alert.stance == expected.stance)
            if alert.stance != expected.stance {
                score.problems.append("stance of claim \(expected.label): expected \(expected.stance.rawValue), got \(alert.stance.rawValue)")
            }
        }
    }

    // MARK: times

    /// Each expected time expression (a claim's `text`, or a `times` entry) is lined up with a
    /// produced claim whose time text overlaps it, else with a tagged time that overlaps it;
    /// lined-up ones are correct when value and grain are equal.
    static func scoreTimes(
        _ item: EvalItem, _ claims: [ScheduleAlert], _ tagged: [EvalProducedTime], into score: inout EvalItemScore
    ) {
        var expected: [EvalTime] = item.times
        for schedule in item.schedules {
            if let text = schedule.text { expected.append(EvalTime(text: text, value: schedule.value, grain: schedule.grain)) }
        }
        for time in expected {
            let candidates: [(String, String, TimeGrain)] =
                claims.map { ($0.claimedTime.text, $0.claimedTime.value, $0.claimedTime.grain) }
                + tagged.map { ($0.text, $0.value, $0.grain) }
            let overlapping = candidates.filter { textsOverlap(time.text, $0.0) }
            guard !overlapping.isEmpty else {
                score.timeUnaligned += 1
                continue
            }
            let ok = overlapping.contains { $0.1 == time.value && $0.2 == time.grain }
            score.time.add(ok)
            if !ok {
                let got = overlapping.map { "\($0.1) (\($0.2.rawValue)) “\($0.0)”" }.joined(separator: "; ")
                score.problems.append("time “\(time.text)”: expected \(time.value) (\(time.grain.rawValue)), got \(got)")
            }
        }
    }

    // MARK: names

    static func attributionMatches(kind: Attribution.Kind, source: String?, _ produced: Attribution?) -> Bool {
        let producedKind = produced?.kind ?? .author
        guard producedKind == kind else { return false }
        guard let source else { return true }
        guard let producedSource = produced?.source else { return false }
        return namesOverlap(source, producedSource)
    }

    static func describe(_ attribution: Attribution?) -> String {
        guard let attribution else { return "none (author)" }
        return "\(attribution.kind.rawValue) “\(attribution.source)”" + (attribution.via.map { " via \($0)" } ?? "")
    }

    /// Case- and accent-insensitive, hyphens and apostrophes ignored.
    static func fold(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var out = ""
        var space = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue
            } else {
                space = true
            }
        }
        return out
    }

    static func sameName(_ expected: String?, _ produced: String?) -> Bool {
        switch (expected, produced) {
        case (nil, nil): true
        case (let e?, let p?): fold(e) == fold(p)
        default: false
        }
    }

    /// Folded names without a leading article, equal or one containing the other as whole words.
    static func namesOverlap(_ a: String, _ b: String) -> Bool {
        func strip(_ s: String) -> String {
            var s = fold(s)
            for article in ["the ", "a ", "an "] where s.hasPrefix(article) { s.removeFirst(article.count) }
            return s
        }
        let x = strip(a), y = strip(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        return x == y || " \(x) ".contains(" \(y) ") || " \(y) ".contains(" \(x) ")
    }

    static func textsOverlap(_ expected: String?, _ produced: String) -> Bool {
        guard let expected else { return false }
        let x = fold(expected), y = fold(produced)
        guard !x.isEmpty, !y.isEmpty else { return false }
        return " \(x) ".contains(" \(y) ") || " \(y) ".contains(" \(x) ")
    }

    /// Units agree when one folded unit contains the other ("fighters" ~ "Daesh fighters").
    static func sameUnit(_ expected: String, _ produced: String) -> Bool {
        let x = fold(expected), y = fold(produced)
        return x == y || x.contains(y) || y.contains(x)
    }
}
