/// Confidence scores from evidence features (documented in `docs/CONFIDENCE.md`).
///
/// Each score starts from a base and adds or subtracts fixed weights, then is clamped to
/// 0.05…0.99 and rounded to two decimals. Integer arithmetic in hundredths keeps it exact and
/// deterministic.
enum Confidence {
    /// Features of an operation alert.
    struct OperationFeatures {
        var specificity: Int
        var hasPlace: Bool
        var hasAgent: Bool
        var mentionCount: Int
        var stance: Stance
        var attribution: Attribution?
        var isFragment: Bool
        var isGenericOnly: Bool
    }

    static func operation(_ f: OperationFeatures) -> Double {
        var score = 50
        score += f.specificity >= 3 ? 15 : (f.specificity == 2 ? 10 : 0)
        if f.hasPlace { score += 12 }
        if f.hasAgent { score += 8 }
        if f.mentionCount > 1 { score += min(3, f.mentionCount - 1) * 3 }
        if f.isGenericOnly { score -= 10 }
        if f.isFragment { score -= 15 }
        score += stanceWeight(f.stance)
        score += sourceWeight(f.attribution)
        return finish(score)
    }

    /// Features of a schedule claim.
    struct ScheduleFeatures {
        var specificity: Int
        var approximate: Bool
        var explicitEvent: Bool
        var distance: Int
        var stance: Stance
        var attribution: Attribution?
        var hasPlace: Bool
    }

    static func schedule(_ f: ScheduleFeatures) -> Double {
        var score = 55
        score += f.specificity >= 3 ? 10 : (f.specificity == 2 ? 6 : 0)
        score += f.approximate ? -8 : 10
        if f.explicitEvent { score += 10 }
        if f.hasPlace { score += 5 }
        score -= min(15, f.distance * 2)
        score += stanceWeight(f.stance)
        score += sourceWeight(f.attribution)
        return finish(score)
    }

    static func stanceWeight(_ stance: Stance) -> Int {
        switch stance {
        case .asserted: 5
        case .reported: 0
        case .hedged: -10
        case .doubted: -15
        case .denied: -25
        }
    }

    static func sourceWeight(_ attribution: Attribution?) -> Int {
        guard let attribution else { return 0 }
        switch attribution.kind {
        case .namedOfficial: return 5
        case .organization, .media: return 3
        case .unnamedSource: return -5
        case .author: return 0
        }
    }

    static func finish(_ hundredths: Int) -> Double {
        Double(min(99, max(5, hundredths))) / 100
    }
}
