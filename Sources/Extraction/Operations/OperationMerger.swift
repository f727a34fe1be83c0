/// Merges an article's operation mentions into one record per real-world operation.
///
/// **Merge rule** (in text order; background mentions are dropped first):
/// - An *anaphoric* mention ("the operation", "this campaign") joins the most recent operation
///   within ``lookbackSentences`` sentences and contributes only its sentence (for claims).
/// - A mention joins an operation of the **same kind** that shares a place with it.
/// - A *weak* mention (liberation, or a generic head of kind other) joins an *attack*
///   (offensive, assault, ground operation) at the same place, preferring the offensive; two weak
///   mentions at one place merge, and the merged kind is liberation if either is.
/// - Withdrawal and redeployment of forces merge when they share a place: the kind becomes
///   redeployment (leaving X is part of moving from X to Y).
/// - A mention with no place joins the most recent operation of the same kind.
/// - Otherwise it starts a new operation.
///
/// **Status** of the merged operation: the furthest along the lifecycle among mentions of the
/// operation's own kind (planned < imminent < ongoing < completed; cancelled overrides all),
/// because a later stage reported in the same article supersedes an expectation.
///
/// **Evidence**: the mention with the best evidence score (specific trigger, place, actors,
/// quantity, prose over fragment); ties go to the earliest.
struct OperationMerger {
    static let lookbackSentences = 6

    struct Group {
        var kind: OperationKind
        /// Indices into the mentions array, in text order.
        var members: [Int]
        var evidence: Int
        var status: OperationStatus
        var locations: [OperationMention.Location]
        var participants: [OperationMention.Participant]
        var quantities: [Quantity]
    }

    /// The groups, and for every mention the group it belongs to (nil when dropped).
    static func merge(_ mentions: [OperationMention], isFragment: (Int) -> Bool) -> (groups: [Group], groupOf: [Int?]) {
        var groups: [Group] = []
        var groupOf = [Int?](repeating: nil, count: mentions.count)
        var lastGroup: Int? = nil
        for (index, mention) in mentions.enumerated() {
            switch mention.role {
            case .background:
                continue
            case .anaphoric:
                if let last = lastGroup, let lastMember = groups[last].members.last,
                   mention.sentence - mentions[lastMember].sentence <= lookbackSentences
                {
                    let preferred = groups.lastIndex { $0.kind == mention.kind } ?? last
                    groupOf[index] = preferred
                }
                continue
            case .primary:
                break
            }
            if let target = findGroup(for: mention, in: groups, mentions: mentions) {
                add(index, mention, to: &groups[target], mentions: mentions, isFragment: isFragment)
                groupOf[index] = target
                lastGroup = target
            } else {
                groups.append(Group(kind: mention.kind, members: [index], evidence: index, status: mention.status,
                                    locations: mention.locations, participants: mention.participants,
                                    quantities: mention.quantities))
                groupOf[index] = groups.count - 1
                lastGroup = groups.count - 1
            }
        }
        return (groups, groupOf)
    }

    static func isWeak(_ kind: OperationKind) -> Bool { kind == .liberation || kind == .other }
    static func isAttack(_ kind: OperationKind) -> Bool { kind == .offensive || kind == .assault || kind == .groundOperation }
    static func isMovement(_ kind: OperationKind) -> Bool { kind == .withdrawal || kind == .redeployment }

    static func sharesPlace(_ mention: OperationMention, _ group: Group) -> Bool {
        mention.locations.contains { location in
            location.role != .mentioned && group.locations.contains { $0.mention.place == location.mention.place && $0.role != .mentioned }
        }
    }

    static func findGroup(for mention: OperationMention, in groups: [Group], mentions: [OperationMention]) -> Int? {
        let hasPlace = mention.locations.contains { $0.role != .mentioned }
        if !hasPlace {
            return groups.lastIndex { $0.kind == mention.kind }
        }
        if let same = groups.firstIndex(where: { $0.kind == mention.kind && sharesPlace(mention, $0) }) { return same }
        if isWeak(mention.kind) {
            let attacks = groups.indices.filter { isAttack(groups[$0].kind) && sharesPlace(mention, groups[$0]) }
            if let offensive = attacks.first(where: { groups[$0].kind == .offensive }) { return offensive }
            if let attack = attacks.first { return attack }
            if let weak = groups.firstIndex(where: { isWeak($0.kind) && sharesPlace(mention, $0) }) { return weak }
        }
        if isMovement(mention.kind), let movement = groups.firstIndex(where: { isMovement($0.kind) && sharesPlace(mention, $0) }) {
            return movement
        }
        // A placeless group of the same kind takes the first mention that names its place.
        return groups.firstIndex { $0.kind == mention.kind && !$0.locations.contains { $0.role != .mentioned } }
    }

    static func add(_ index: Int, _ mention: OperationMention, to group: inout Group, mentions: [OperationMention],
                    isFragment: (Int) -> Bool)
    {
        group.members.append(index)
        // Kind.
        if isWeak(group.kind), isWeak(mention.kind), mention.kind == .liberation { group.kind = .liberation }
        if isMovement(group.kind), isMovement(mention.kind), mention.kind == .redeployment { group.kind = .redeployment }
        // Union of participants.
        for location in mention.locations {
            if let existing = group.locations.firstIndex(where: { $0.mention.place == location.mention.place }) {
                if group.locations[existing].role == .mentioned, location.role != .mentioned {
                    group.locations[existing].role = location.role
                }
            } else {
                group.locations.append(location)
            }
        }
        for participant in mention.participants {
            if let existing = group.participants.firstIndex(where: { $0.mention.actor == participant.mention.actor }) {
                if rank(participant.role) < rank(group.participants[existing].role) {
                    group.participants[existing].role = participant.role
                }
            } else {
                group.participants.append(participant)
            }
        }
        for quantity in mention.quantities where !group.quantities.contains(where: { $0.value == quantity.value && $0.unit == quantity.unit }) {
            group.quantities.append(quantity)
        }
        // Status: the furthest lifecycle stage among mentions of the group's own kind.
        let own = group.members.filter { mentions[$0].kind == group.kind || isMovement(group.kind) }
        let statuses = (own.isEmpty ? group.members : own).map { mentions[$0].status }
        group.status = statuses.max { lifecycle($0) < lifecycle($1) } ?? mention.status
        // Evidence.
        if score(mention, isFragment: isFragment(mention.sentence)) > score(mentions[group.evidence], isFragment: isFragment(mentions[group.evidence].sentence)) {
            group.evidence = index
        }
    }

    static func rank(_ role: ActorRole) -> Int {
        switch role {
        case .agent: 0
        case .target: 1
        case .ally: 2
        case .mediator: 3
        }
    }

    static func lifecycle(_ status: OperationStatus) -> Int {
        switch status {
        case .planned: 0
        case .imminent: 1
        case .ongoing: 2
        case .completed: 3
        case .cancelled: 4
        }
    }

    /// Evidence score: how much a mention's sentence tells about the operation.
    static func score(_ mention: OperationMention, isFragment: Bool) -> Int {
        var score = mention.specificity * 10
        if mention.locations.contains(where: { $0.role != .mentioned }) { score += 6 }
        score += min(3, mention.participants.count) * 2
        if !mention.quantities.isEmpty { score += 3 }
        if isFragment { score -= 30 }
        return score
    }

    // MARK: Names

    /// A readable name: "<Place> offensive", "siege of <Place>", "<Place> airstrikes",
    /// "redeployment from <Origin> to <Destination>"; without a place, the agent's name
    /// ("Daesh offensive"), else the kind's noun.
    static func name(kind: OperationKind, locations: [OperationMention.Location], agent: String?) -> String {
        func first(_ role: LocationRole) -> String? { locations.first { $0.role == role }?.mention.place.name }
        let main = first(.target) ?? first(.origin) ?? first(.destination) ?? first(.mentioned)
        switch kind {
        case .redeployment, .withdrawal:
            let noun = kind == .redeployment ? "redeployment" : "withdrawal"
            let origin = first(.origin) ?? (kind == .withdrawal ? first(.target) : nil)
            let destination = first(.destination)
            switch (origin, destination) {
            case let (origin?, destination?): return "\(noun) from \(origin) to \(destination)"
            case let (origin?, nil): return "\(noun) from \(origin)"
            case let (nil, destination?): return "\(noun) to \(destination)"
            default: return agent.map { "\($0) \(noun)" } ?? noun
            }
        default:
            break
        }
        let prefix = main ?? agent
        switch kind {
        case .siege: return main.map { "siege of \($0)" } ?? prefix.map { "\($0) siege" } ?? "siege"
        case .shelling: return main.map { "shelling of \($0)" } ?? prefix.map { "\($0) shelling" } ?? "shelling"
        case .offensive: return prefix.map { "\($0) offensive" } ?? "offensive"
        case .assault: return prefix.map { "\($0) assault" } ?? "assault"
        case .airstrike: return prefix.map { "\($0) airstrikes" } ?? "airstrikes"
        case .raid: return prefix.map { "\($0) raid" } ?? "raid"
        case .groundOperation: return prefix.map { "\($0) ground operation" } ?? "ground operation"
        case .ceasefire: return prefix.map { "\($0) ceasefire" } ?? "ceasefire"
        case .liberation, .other: return prefix.map { "\($0) operation" } ?? "operation"
        case .withdrawal, .redeployment: return kind.rawValue
        }
    }
}
