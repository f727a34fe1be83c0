/// Merges an article's operation mentions into one record per real-world operation.
///
/// **Merge rule** (in text order; background mentions are dropped first):
/// - An *anaphoric* mention ("the operation", "this campaign") joins the most recent operation
///   within ``lookbackSentences`` sentences and contributes only its sentence (for claims).
/// - A mention joins an operation of the **same kind** that shares a place with it.
/// - A *weak* mention (liberation, or a generic head of kind other) joins an *attack*
///   (offensive, assault, ground operation) at the same place, preferring the offensive; two weak
///   mentions at one place merge, and the merged kind is liberation if either is.
/// - An attack at a weak operation's place gives it the attack's kind.
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
        /// The furthest status among mentions of the group's own kind, and among all mentions.
        var ownStatus: OperationStatus? = nil
        var anyStatus: OperationStatus? = nil
        var statusHasCue = false
    }

    /// Caps on what one merged operation keeps (bounded work on adversarial input).
    static let maximumLocations = 16
    static let maximumParticipants = 16
    static let maximumQuantities = 8

    /// Indexes over the groups so each mention is placed in constant time.
    struct Index {
        var byKindPlace: [String: Int] = [:]
        var byPlace: [String: [Int]] = [:]
        var lastByKind: [OperationKind: Int] = [:]
        var placelessByKind: [OperationKind: Int] = [:]

        mutating func note(_ group: Group, at index: Int) {
            lastByKind[group.kind] = index
            let places = group.locations.filter { $0.role != .mentioned }.map(\.mention.place.name)
            if places.isEmpty, placelessByKind[group.kind] == nil { placelessByKind[group.kind] = index }
            for place in places {
                let key = group.kind.rawValue + "|" + place
                if byKindPlace[key] == nil { byKindPlace[key] = index }
                var list = byPlace[place, default: []]
                if !list.contains(index), list.count < 8 { list.append(index) }
                byPlace[place] = list
            }
        }
    }

    /// The groups, and for every mention the group it belongs to (nil when dropped).
    static func merge(_ mentions: [OperationMention], isFragment: (Int) -> Bool) -> (groups: [Group], groupOf: [Int?]) {
        var groups: [Group] = []
        var groupOf = [Int?](repeating: nil, count: mentions.count)
        var lastGroup: Int? = nil
        var index = Index()
        for (position, mention) in mentions.enumerated() {
            switch mention.role {
            case .background:
                continue
            case .anaphoric:
                // "the Mosul campaign": the operation at that place, when the article has one.
                let places = mention.locations.filter { $0.role != .mentioned }.map(\.mention.place.name)
                if !places.isEmpty {
                    let sharing = places.flatMap { index.byPlace[$0] ?? [] }
                    if let same = sharing.first(where: { groups[$0].kind == mention.kind }) ?? sharing.first(where: { isAttack(groups[$0].kind) }) ?? sharing.min() {
                        groupOf[position] = same
                        addQuantities(of: mention, to: &groups[same])
                    }
                    continue
                }
                // Nothing named before it: the article's first word for the operation, placed at
                // its sentence's nearest place.
                if groups.isEmpty { break }
                if let last = lastGroup, let lastMember = groups[last].members.last,
                   mention.sentence - mentions[lastMember].sentence <= lookbackSentences
                {
                    // The most recent operation, when the anaphor's kind fits it ("the operation to free
                    // Mosul … the offensive"); else the most recent one of the anaphor's kind.
                    // A generic anaphor ("the operation") means an operation, not a movement of forces or a truce.
                    var recent = last
                    if mention.isGeneric || mention.kind == .other,
                       let operation = groups.indices.reversed().prefix(8).first(where: { !isMovement(groups[$0].kind) && groups[$0].kind != .ceasefire }),
                       let member = groups[operation].members.last, mention.sentence - mentions[member].sentence <= lookbackSentences
                    {
                        recent = operation
                    }
                    let fits = groups[recent].kind == mention.kind || isWeak(groups[recent].kind) || mention.kind == .other
                    let target = fits ? recent : (index.lastByKind[mention.kind] ?? recent)
                    groupOf[position] = target
                    addQuantities(of: mention, to: &groups[target])
                    // "the offensive" names the kind of a generic or liberation operation.
                    if isWeak(groups[target].kind), isAttack(mention.kind), !mention.isGeneric {
                        groups[target].kind = mention.kind
                        index.note(groups[target], at: target)
                    }
                }
                continue
            case .primary:
                break
            }
            var mention = mention
            if mention.inheritsPlace, !mention.locations.contains(where: { $0.role != .mentioned }), index.lastByKind[mention.kind] == nil,
               let last = lastGroup, let lastMember = groups[last].members.last,
               mention.sentence - mentions[lastMember].sentence <= 2,
               let main = groups[last].locations.first(where: { $0.role == .target || $0.role == .origin })
            {
                // A placeless report right after an operation somewhere happens there too.
                mention.locations.insert(OperationMention.Location(mention: main.mention, role: isMovement(mention.kind) ? .origin : .target), at: 0)
            }
            if let target = findGroup(for: mention, in: groups, index: index) ?? movementCompleted(by: mention, groups: groups, mentions: mentions)
                ?? attackOnItsCountry(mention, groups: groups, mentions: mentions)
            {
                add(position, mention, to: &groups[target], mentions: mentions, isFragment: isFragment)
                groupOf[position] = target
                lastGroup = target
                index.note(groups[target], at: target)
            } else {
                var group = Group(kind: mention.kind, members: [position], evidence: position, status: mention.status,
                                  locations: Array(mention.locations.prefix(maximumLocations)),
                                  participants: Array(mention.participants.prefix(maximumParticipants)),
                                  quantities: Array(mention.quantities.prefix(maximumQuantities)))
                group.ownStatus = mention.status
                group.anyStatus = mention.status
                group.statusHasCue = mention.statusHasCue
                groups.append(group)
                groupOf[position] = groups.count - 1
                lastGroup = groups.count - 1
                index.note(group, at: groups.count - 1)
            }
        }
        // Final kind of merged attacks and the evidence: the attack word with the most weight
        // (sum of trigger specificity) names the operation, counting only reports of it happening
        // when there are any ("pressed its offensive on Marib" … "an assault on the city would be
        // catastrophic" is an offensive); evidence prefers a mention of that kind.
        for g in groups.indices where isAttack(groups[g].kind) {
            var weight: [OperationKind: Int] = [:]
            let happening = groups[g].members.contains { isAttack(mentions[$0].kind) && hasStarted(mentions[$0].status) }
            for member in groups[g].members where isAttack(mentions[member].kind) && (!happening || hasStarted(mentions[member].status)) {
                weight[mentions[member].kind, default: 0] += mentions[member].specificity
            }
            if let best = weight.max(by: { ($0.value, attackRank($0.key)) < ($1.value, attackRank($1.key)) })?.key, best != groups[g].kind {
                groups[g].kind = best
                let own = groups[g].members.filter { mentions[$0].kind == best && mentions[$0].statusHasCue }
                if let status = own.map({ mentions[$0].status }).max(by: { lifecycle($0) < lifecycle($1) }) {
                    groups[g].status = status
                }
            }
        }
        for g in groups.indices {
            var best = groups[g].evidence
            var bestScore = Int.min
            for member in groups[g].members {
                let value = score(mentions[member], isFragment: isFragment(mentions[member].sentence)) + (mentions[member].kind == groups[g].kind ? 5 : 0)
                if value > bestScore { bestScore = value; best = member }
            }
            groups[g].evidence = best
        }
        return (groups, groupOf)
    }

    /// A movement that names only where it goes completes the one just reported that names only
    /// where it comes from, or the reverse: "rebels would leave the city" … "the evacuation of
    /// fighters to Idlib province" is one movement (within two sentences, sides not opposed).
    static func movementCompleted(by mention: OperationMention, groups: [Group], mentions: [OperationMention]) -> Int? {
        guard isMovement(mention.kind), !mention.isFresh else { return nil }
        let roles = Set(mention.locations.map(\.role))
        let going = roles.contains(.destination) && !roles.contains(.origin)
        let leaving = roles.contains(.origin) && !roles.contains(.destination)
        guard going || leaving else { return nil }
        for candidate in groups.indices.reversed().prefix(4) where isMovement(groups[candidate].kind) {
            guard let last = groups[candidate].members.last, mention.sentence - mentions[last].sentence <= 2 else { continue }
            let theirs = Set(groups[candidate].locations.map(\.role))
            let complements = going ? theirs.contains(.origin) && !theirs.contains(.destination) : theirs.contains(.destination) && !theirs.contains(.origin)
            if complements, !opposed(groups[candidate], mention) { return candidate }
        }
        return nil
    }

    /// An attack on a whole country and one on a place in it, reported in the same or the next
    /// sentence, are one when the country-wide one names no agent ("the largest cross-border
    /// attack on Russia" … "the incursion into the Kursk region"); two sides' offensives stay apart.
    static func attackOnItsCountry(_ mention: OperationMention, groups: [Group], mentions: [OperationMention]) -> Int? {
        guard isAttack(mention.kind), let mine = mention.locations.first(where: { $0.role == .target })?.mention.place else { return nil }
        let mentionAgentless = !mention.participants.contains { $0.role == .agent }
        for candidate in groups.indices.reversed().prefix(4) where isAttack(groups[candidate].kind) {
            guard let last = groups[candidate].members.last, mention.sentence - mentions[last].sentence <= 1,
                  let theirs = groups[candidate].locations.first(where: { $0.role == .target })?.mention.place
            else { continue }
            let groupAgentless = !groups[candidate].participants.contains { $0.role == .agent }
            if sameCountryContains(theirs, mine) && groupAgentless || sameCountryContains(mine, theirs) && mentionAgentless {
                return candidate
            }
        }
        return nil
    }

    /// Whether `outer` is the country `inner` lies in.
    static func sameCountryContains(_ outer: Place, _ inner: Place) -> Bool {
        outer.kind == .country && inner.kind != .country && !outer.country.isEmpty && outer.country == inner.country
    }

    /// Both name their agents and share none.
    static func opposed(_ group: Group, _ mention: OperationMention) -> Bool {
        let theirs = group.participants.filter { $0.role == .agent }.map(\.mention.actor)
        let mine = mention.participants.filter { $0.role == .agent }.map(\.mention.actor)
        return !theirs.isEmpty && !mine.isEmpty && !mine.contains(where: theirs.contains)
    }

    /// A retaking still to come undoes a taking or an attack already over: "Taliban fighters
    /// captured Zaranj" … "the army would retake Zaranj within days", "insurgents … after launching
    /// an assault" … "the army would retake the town" are two operations even when no agent is named.
    static func undoes(_ mention: OperationMention, _ group: Group) -> Bool {
        mention.kind == .liberation && (group.kind == .other || isAttack(group.kind)) && group.status == .completed
            && (mention.status == .planned || mention.status == .imminent)
    }

    static func isWeak(_ kind: OperationKind) -> Bool { kind == .liberation || kind == .other }
    static func isAttack(_ kind: OperationKind) -> Bool { kind == .offensive || kind == .assault || kind == .groundOperation }
    static func isMovement(_ kind: OperationKind) -> Bool { kind == .withdrawal || kind == .redeployment }

    static func findGroup(for mention: OperationMention, in groups: [Group], index: Index) -> Int? {
        // "plans to send a second convoy to Djibo": not the convoy that reached Djibo.
        if mention.isFresh { return nil }
        let places = mention.locations.filter { $0.role != .mentioned }.map(\.mention.place.name)
        if places.isEmpty {
            // "government forces had retreated …" … "The U.S. military will complete its withdrawal":
            // another side's movement is another operation.
            guard let last = index.lastByKind[mention.kind], !opposed(groups[last], mention) else { return nil }
            // What is still to come ("will complete its withdrawal") is not a movement already over.
            if groups[last].status == .completed, mention.statusHasCue, mention.status != .completed { return nil }
            return last
        }
        for place in places {
            if let same = index.byKindPlace[mention.kind.rawValue + "|" + place], groups[same].kind == mention.kind { return same }
        }
        let sharing = places.flatMap { index.byPlace[$0] ?? [] }
        if isWeak(mention.kind) {
            let attacks = sharing.filter { isAttack(groups[$0].kind) && !undoes(mention, groups[$0]) }
            if let offensive = attacks.first(where: { groups[$0].kind == .offensive }) { return offensive }
            if let attack = attacks.min() { return attack }
            // "Taliban fighters captured Zaranj" … "the army would retake Zaranj": opposing sides'
            // takings of one place are two operations.
            if let weak = sharing.filter({ isWeak(groups[$0].kind) && !opposed(groups[$0], mention) && !undoes(mention, groups[$0]) }).min() {
                return weak
            }
        }
        if isAttack(mention.kind), let weak = sharing.filter({ isWeak(groups[$0].kind) }).min() {
            return weak
        }
        // Offensive, assault and ground operation at one place are one operation reported in
        // different words ("the upcoming assault on Mosul" … "the Mosul offensive").
        if isAttack(mention.kind), let attack = sharing.filter({ isAttack(groups[$0].kind) }).min() {
            return attack
        }
        if isMovement(mention.kind), let movement = sharing.filter({ isMovement(groups[$0].kind) }).min() {
            return movement
        }
        // "two weeks of intensive airstrikes in Lebanon" … "jets pounded Beirut": a strike campaign
        // on a country and one on a city of it are one operation (recent groups only: bounded work).
        if mention.kind == .airstrike || mention.kind == .shelling {
            let mine = mention.locations.filter { $0.role != .mentioned }.map(\.mention.place)
            for candidate in groups.indices.reversed().prefix(16) where groups[candidate].kind == mention.kind {
                let theirs = groups[candidate].locations.filter { $0.role != .mentioned }.map(\.mention.place)
                if mine.contains(where: { a in theirs.contains { b in sameCountryContains(a, b) || sameCountryContains(b, a) } }) {
                    return candidate
                }
            }
        }
        // A truce is about a war, not a town: truces in one country are one ("a pause in fighting in
        // the Gaza Strip" … "throughout the truce, … over southern Gaza").
        if mention.kind == .ceasefire {
            let mine = mention.locations.filter { $0.role != .mentioned }.map(\.mention.place.country).filter { !$0.isEmpty }
            for candidate in groups.indices.reversed().prefix(16) where groups[candidate].kind == .ceasefire {
                if groups[candidate].locations.contains(where: { $0.role != .mentioned && mine.contains($0.mention.place.country) }) {
                    return candidate
                }
            }
        }
        // A placeless group of the same kind takes the first mention that names its place.
        if let placeless = index.placelessByKind[mention.kind],
           !groups[placeless].locations.contains(where: { $0.role != .mentioned })
        {
            return placeless
        }
        return nil
    }

    /// The mention's quantities the group does not have yet ("Some 21,000 troops had been massed
    /// for the operation" lends its anaphor's forces to the operation it stands for).
    static func addQuantities(of mention: OperationMention, to group: inout Group) {
        for quantity in mention.quantities where group.quantities.count < maximumQuantities
            && !group.quantities.contains(where: { $0.value == quantity.value && $0.unit == quantity.unit })
        {
            group.quantities.append(quantity)
        }
    }

    static func add(_ index: Int, _ mention: OperationMention, to group: inout Group, mentions: [OperationMention],
                    isFragment: (Int) -> Bool)
    {
        group.members.append(index)
        // Kind.
        if isWeak(group.kind), isWeak(mention.kind), mention.kind == .liberation, group.kind != .liberation {
            group.kind = .liberation
            group.ownStatus = nil
        }
        if isMovement(group.kind), isMovement(mention.kind), mention.kind == .redeployment { group.kind = .redeployment }
        // An attack that names a weak operation's place gives it its specific kind ("regained control
        // of villages … after a counteroffensive" is an offensive).
        // "retook Shchastia after a brief incursion by separatists": an attack by its own agent framing
        // the operation does not.
        if isWeak(group.kind), isAttack(mention.kind), !mention.isFramed {
            group.kind = mention.kind
            group.ownStatus = nil
        } else if isAttack(group.kind), isAttack(mention.kind), attackRank(mention.kind) > attackRank(group.kind) {
            group.kind = mention.kind
            group.ownStatus = nil
        }
        // A place inside the country the group is at names it more precisely ("Russia" … "the Kursk region").
        if let main = group.locations.first(where: { $0.role != .mentioned }), main.mention.place.kind == .country,
           let inner = mention.locations.first(where: { $0.role == main.role && sameCountryContains(main.mention.place, $0.mention.place) })
        {
            group.locations.removeAll { $0.mention.place == inner.mention.place }
            group.locations.insert(inner, at: 0)
        }
        // Union of places and participants.
        for location in mention.locations {
            if let existing = group.locations.firstIndex(where: { $0.mention.place == location.mention.place }) {
                if group.locations[existing].role == .mentioned, location.role != .mentioned {
                    group.locations[existing].role = location.role
                }
            } else if group.locations.count < maximumLocations {
                group.locations.append(location)
            }
        }
        for participant in mention.participants {
            if let existing = group.participants.firstIndex(where: { $0.mention.actor == participant.mention.actor }) {
                if rank(participant.role) < rank(group.participants[existing].role) {
                    group.participants[existing].role = participant.role
                }
            } else if group.participants.count < maximumParticipants {
                group.participants.append(participant)
            }
        }
        addQuantities(of: mention, to: &group)
        // Status: the furthest lifecycle stage among mentions of the group's own kind (weak mentions
        // folded into an attack count only while the attack has none of its own).
        // Statuses set by a cue outrank defaults.
        if mention.statusHasCue && !group.statusHasCue {
            group.ownStatus = nil
            group.anyStatus = nil
            group.statusHasCue = true
        }
        if mention.statusHasCue || !group.statusHasCue {
            if mention.kind == group.kind || isMovement(group.kind) {
                group.ownStatus = furthest(group.ownStatus, mention.status)
            }
            group.anyStatus = furthest(group.anyStatus, mention.status)
        }
        group.status = group.ownStatus ?? group.anyStatus ?? mention.status
        // Evidence.
        if score(mention, isFragment: isFragment(mention.sentence)) > score(mentions[group.evidence], isFragment: isFragment(mentions[group.evidence].sentence)) {
            group.evidence = index
        }
    }

    /// Which attack word names a merged operation: offensive over ground operation over assault.
    static func attackRank(_ kind: OperationKind) -> Int {
        switch kind {
        case .offensive: 3
        case .groundOperation: 2
        case .assault: 1
        default: 0
        }
    }

    static func furthest(_ a: OperationStatus?, _ b: OperationStatus) -> OperationStatus {
        guard let a else { return b }
        return lifecycle(b) > lifecycle(a) ? b : a
    }

    static func rank(_ role: ActorRole) -> Int {
        switch role {
        case .agent: 0
        case .target: 1
        case .ally: 2
        case .mediator: 3
        }
    }

    /// Whether a mention with this status reports the operation happening.
    static func hasStarted(_ status: OperationStatus) -> Bool {
        status == .ongoing || status == .completed
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
