/// One sentence's detection (``OperationDetector``). Every scan is bounded by the sentence or
/// by ``OperationDetector/window``; nothing traps on any input.
struct DetectorRun {
    typealias L = OperationLexicon

    let context: OperationDetector.Context
    let buffer: TextBuffer
    let lower: Int
    let upper: Int
    /// Places and actors of this sentence.
    let places: ArraySlice<PlaceMention>
    let actors: [ActorMention]

    init(context: consuming OperationDetector.Context) {
        let lo = max(0, context.range.lowerBound)
        let up = min(context.range.upperBound, context.buffer.tokens.count)
        self.lower = lo
        self.upper = up
        self.buffer = context.buffer
        var places = Self.inSentence(context.places, lower: lo, upper: up)
        var actors: [ActorMention] = []
        for index in context.actors.indices where context.actors[index].tokens.lowerBound >= lo && context.actors[index].tokens.upperBound <= up {
            actors.append(context.actors[index])
        }
        // A capital read as its government ("Kyiv", "Kabul") is still a place when attacked.
        var addedPlaces: [PlaceMention] = []
        for actor in actors where actor.actor.kind == .government && actor.tokens.count <= 3 {
            guard !places.contains(where: { $0.tokens.overlaps(actor.tokens) }),
                  !addedPlaces.contains(where: { $0.tokens.overlaps(actor.tokens) }) else { continue }
            let surface = context.buffer.text(tokens: actor.tokens)
            if let place = Gazetteer.standard.place(named: surface), place.kind == .city || place.kind == .town {
                addedPlaces.append(PlaceMention(tokens: actor.tokens, place: place, surface: surface == place.name ? "" : surface))
            }
        }
        if !addedPlaces.isEmpty {
            var all = Array(places) + addedPlaces
            all.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
            places = all[...]
        }
        self.actors = actors
        self.places = places
        self.context = context
    }

    /// The mentions of `list` (in text order) that lie within `lower..<upper`: a slice of `list`
    /// itself when they are one run (the usual case), so nothing is copied.
    static func inSentence(_ list: ArraySlice<PlaceMention>, lower: Int, upper: Int) -> ArraySlice<PlaceMention> {
        func inside(_ index: Int) -> Bool { list[index].tokens.lowerBound >= lower && list[index].tokens.upperBound <= upper }
        var first = list.startIndex
        while first < list.endIndex, !inside(first) { first += 1 }
        guard first < list.endIndex else { return [] }
        var end = first
        while end < list.endIndex, inside(end) { end += 1 }
        var rest = end
        while rest < list.endIndex, !inside(rest) { rest += 1 }
        guard rest < list.endIndex else { return list[first..<end] }
        return list.indices.filter(inside).map { list[$0] }[...]
    }

    struct Raw {
        var tokens: Range<Int>
        var trigger: L.Trigger
    }

    struct TriggerStart {
        var kind: OperationKind
        var form: L.Form
        var accepted: Bool
        /// A verb of taking a place ("free", "capture").
        var takesPlace: Bool
        /// A removal verb ("oust … from"): the place after "from" is its target.
        var removes: Bool = false
    }

    /// Every trigger of the sentence by first token, and whether its sense check passed.
    var triggerStarts: [Int: TriggerStart] = [:]

    mutating func run() -> [OperationMention] {
        guard lower < upper else { return [] }
        // 1. Triggers.
        var raws: [Raw] = []
        var index = lower
        while index < upper {
            if let (raw, firstReading) = trigger(at: index), !context.isFrame(index) || reducedRelative(after: raw.tokens, firstReading) {
                raws.append(raw)
                index = raw.tokens.upperBound
            } else {
                index += 1
            }
        }
        guard !raws.isEmpty else { return [] }

        // 2. Sense and 3. kind.
        let roles = raws.map { senseRole($0) }
        // Most triggers are traps ("offensive remarks", "a surgical operation"): nothing more to do.
        guard roles.contains(where: { $0 != nil }) else { return [] }
        for (raw, role) in zip(raws, roles) {
            triggerStarts[raw.tokens.lowerBound] = TriggerStart(kind: raw.trigger.kind, form: raw.trigger.form, accepted: role != nil,
                                                              takesPlace: raw.trigger.guardRule == .placeObject || raw.trigger.guardRule == .removal,
                                                              removes: raw.trigger.guardRule == .removal)
        }
        var mentions: [OperationMention] = []
        var absorbedInto: [Int: Int] = [:]
        for (position, raw) in raws.enumerated() {
            guard let senseRole = roles[position] else { continue }
            var kind = raw.trigger.kind
            var isGeneric = raw.trigger.form == .genericNoun
            if isGeneric { kind = genericKind(raw) }
            // A verb of taking right after a noun trigger is its complement ("offensive to recapture X").
            if case .verb = raw.trigger.form, let host = complementHost(of: raw, among: raws, before: position), roles[host] == nil {
                // The complement of a rejected noun ("training before the battle to recapture Mosul").
                continue
            }
            if case .verb = raw.trigger.form, let host = complementHost(of: raw, among: raws, before: position),
               let hostMention = absorbedInto[host]
            {
                if mentions[hostMention].isGeneric, mentions[hostMention].kind == .other {
                    mentions[hostMention].kind = raw.trigger.kind
                    mentions[hostMention].isGeneric = true
                }
                let extra = locations(for: raw, kind: raw.trigger.kind)
                for location in extra {
                    if let existing = mentions[hostMention].locations.firstIndex(where: { $0.mention.place == location.mention.place }) {
                        if location.role != .mentioned { mentions[hostMention].locations[existing].role = location.role }
                    } else {
                        mentions[hostMention].locations.append(location)
                    }
                }
                if mentions[hostMention].role == .anaphoric, !mentions[hostMention].locations.isEmpty {
                    mentions[hostMention].role = .primary
                }
                continue
            }
            if isGeneric, kind != .other { isGeneric = true }
            // "send a second convoy to Djibo", "the convoy had left Kaya": moving a convoy is the convoy.
            if isMovement(kind), hasNearby(Self.convoyNouns, around: raw.tokens, radius: 4) {
                kind = .other
            }
            // "A barrage of more than 30 rockets struck the base": a strike from the ground is shelling.
            if kind == .airstrike, groundFireBefore(raw) { kind = .shelling }
            // "Turkish F-16s will keep pounding Afrin": pounding from the air is an airstrike.
            if kind == .shelling, case .verb = raw.trigger.form,
               hasBefore(L.airWords, start: raw.tokens.lowerBound, distance: 8) || aircraftDesignatorBefore(raw.tokens.lowerBound)
            {
                kind = .airstrike
            }
            var role = senseRole
            var found = locations(for: raw, kind: kind)
            // A deployment "in the vicinity of the town" goes there.
            if kind == .redeployment, !found.contains(where: { $0.role != .mentioned }), let index = found.firstIndex(where: { $0.role == .mentioned }) {
                found[index].role = .destination
            }
            if !found.contains(where: { $0.role != .mentioned }), role == .primary || raw.trigger.form != .genericNoun,
               let fallback = fallbackLocation(for: raw, kind: kind)
            {
                found.removeAll { $0.mention.place == fallback.mention.place }
                found.insert(fallback, at: 0)
            }
            // A truce holds wherever its sentence is about ("stopped aid into Gaza … the extension of the truce").
            if kind == .ceasefire, !found.contains(where: { $0.role != .mentioned }), let near = nearestSentencePlace(to: raw.tokens) {
                found.removeAll { $0.mention.place == near.place }
                found.insert(OperationMention.Location(mention: near, role: .target), at: 0)
            }
            // "would attack Ukraine": an attack on a whole country is an offensive.
            if kind == .assault, raw.trigger.guardRule == .attack, case .verb = raw.trigger.form,
               let main = found.first(where: { $0.role == .target }), main.mention.place.kind == .country
            {
                kind = .offensive
            }
            let participants = participants(for: raw)
            // "the offensive" with no place and no actor refers back to an operation named before.
            if role == .primary, raw.trigger.form == .specificNoun, found.isEmpty, participants.isEmpty,
               raw.tokens.lowerBound - 1 >= lower, isIn(L.definite, raw.tokens.lowerBound - 1),
               !hasNearby(L.forceNouns, around: raw.tokens, radius: 4),
               // "it will complete its withdrawal": the pronoun is the force moving, not an earlier operation.
               !(isMovement(kind) && isIn(Self.possessivePronouns, raw.tokens.lowerBound - 1))
            {
                role = .anaphoric
            }
            // Where an anaphor happens should the article have named no operation before it: the
            // sentence's nearest place ("fought their way into Mosul, … the start of the offensive").
            if role == .anaphoric, !found.contains(where: { $0.role != .mentioned }), let near = nearestSentencePlace(to: raw.tokens) {
                found = [OperationMention.Location(mention: near, role: .mentioned)]
            }
            var evidence = statusEvidence(for: raw, kind: kind)
            let attributive = raw.tokens.lowerBound - 1 >= lower && isIn(Self.determiners, raw.tokens.lowerBound - 1)
                && (raw.trigger.form == .verb(.past) || raw.trigger.form == .verb(.participle))
            // "the besieged town": a state holding at the time of the sentence.
            if attributive { evidence = (.ongoing, true) }
            let mention = OperationMention(
                sentence: context.sentenceIndex, trigger: raw.tokens, kind: kind, isGeneric: isGeneric,
                specificity: raw.trigger.specificity, status: evidence.status, role: role,
                locations: found, participants: participants, quantities: [], statusHasCue: evidence.cue,
                isAttributive: attributive, isFresh: isFresh(raw),
                inheritsPlace: !conditionClause(before: raw.tokens.lowerBound) && !hasCommonObject(after: raw.tokens.upperBound),
                isFramed: raw.trigger.form == .specificNoun && framePreposition(before: raw.tokens.lowerBound) != nil
                    && hasAfter(L.agentAfter, end: raw.tokens.upperBound, distance: 2))
            absorbedInto[position] = mentions.count
            mentions.append(mention)
        }
        // A frame ("after a three-month siege") of a dated, historical event is history too.
        if mentions.contains(where: { $0.role == .background }) {
            for i in mentions.indices where mentions[i].role == .primary && framePreposition(before: mentions[i].trigger.lowerBound) != nil {
                mentions[i].role = .background
            }
        }
        // Same-kind mentions of one sentence are one operation ("crossed into Gedo … in a ground operation").
        var merged: [OperationMention] = []
        for mention in mentions {
            if let index = merged.firstIndex(where: { $0.kind == mention.kind && $0.role == mention.role && mention.role == .primary }) {
                // "Reinforcements from Misrata were heading toward Gharyan": when the first trigger
                // only names the forces, the verb says where the operation is.
                if isIn(L.forceNouns, merged[index].trigger.lowerBound), !mention.locations.isEmpty {
                    merged[index].locations = mention.locations
                } else {
                    for location in mention.locations where !merged[index].locations.contains(where: { $0.mention.place == location.mention.place }) {
                        merged[index].locations.append(location)
                    }
                }
                for participant in mention.participants where !merged[index].participants.contains(where: { $0.mention.actor == participant.mention.actor }) {
                    merged[index].participants.append(participant)
                }
                if mention.specificity > merged[index].specificity { merged[index].specificity = mention.specificity }
                if mention.statusHasCue && !merged[index].statusHasCue {
                    merged[index].status = mention.status
                    merged[index].statusHasCue = true
                }
            } else {
                merged.append(mention)
            }
        }
        // "launched … missiles at Israel … in its first direct attack on Israeli territory": a plain
        // "attack" beside a more specific operation at the same place is that operation.
        merged.removeAll { attack in
            guard attack.role == .primary, attack.kind == .assault, attack.specificity < 3,
                  triggerStarts[attack.trigger.lowerBound]?.form == .specificNoun, let place = attack.mainLocation?.place
            else { return false }
            return mentions.contains { $0.role == .primary && $0.specificity > attack.specificity && $0.mainLocation?.place == place }
        }
        mentions = merged
        mentions = coalesceMovements(mentions)
        // Forces that leave one place and travel or move to another are redeployed.
        for i in mentions.indices where mentions[i].kind == .withdrawal {
            guard let destination = mentions[i].locations.first(where: { $0.role == .destination }) else { continue }
            let from = mentions[i].trigger.upperBound
            let to = destination.mention.tokens.lowerBound
            if from < to, (from..<to).contains(where: { triggerStarts[$0]?.kind == .redeployment }) {
                mentions[i].kind = .redeployment
            }
        }
        attachQuantities(&mentions)
        return mentions
    }

    /// The longest trigger phrase starting at `index`, and its first reading in the lexicon; the
    /// phrase is read as a verb after "to", "will", … when it has a verb spelling ("to attack").
    func trigger(at index: Int) -> (raw: Raw, firstReading: L.Trigger)? {
        guard buffer.tokens[index].kind == .word, L.triggerFirstKeys.contains(buffer.tokens[index].key),
              let match = L.triggers.longestMatch(in: buffer, at: index, limit: upper), let first = match.values.first
        else { return nil }
        var trigger = first
        if match.values.count > 1, index - 1 >= lower, isIn(Self.verbContext, index - 1),
           let verb = match.values.first(where: { if case .verb = $0.form { return true } else { return false } })
        {
            trigger = verb
        }
        return (Raw(tokens: match.tokens, trigger: trigger), first)
    }

    /// Whether a trigger starting anywhere in the sentence survives ``isWordTrap(_:)``. When none
    /// does, ``run()`` finds no mention whatever the sentence's places, actors and attribution
    /// frames: every trigger it reads starts at some token and is rejected by ``senseRole(_:)``.
    func hasWordCandidate() -> Bool {
        let first = L.triggerFirstKeys
        let tokens = buffer.tokens
        var index = lower
        while index < upper {
            if tokens[index].kind == .word, first.contains(tokens[index].key), let (raw, _) = trigger(at: index), !isWordTrap(raw) {
                return true
            }
            index += 1
        }
        return false
    }

    // MARK: Sense

    /// Whether the words around the trigger alone show it is no military operation ("election
    /// campaign", "offensive remarks", "drills simulating an assault"). Reads only the sentence's
    /// tokens, never its places, actors or attribution frames, so ``hasWordCandidate()`` can
    /// screen a sentence before those are known.
    func isWordTrap(_ raw: Raw) -> Bool {
        let start = raw.tokens.lowerBound
        let end = raw.tokens.upperBound
        let trigger = raw.trigger
        // Trap modifiers before the trigger ("election campaign", "the company's operations").
        var before = start - 1
        if before >= lower, buffer.tokens[before].kind == .possessive { before -= 1 }
        if before >= lower, isIn(L.trapModifiers, before) { return true }
        if before - 1 >= lower, isPunct(before, "-"), isIn(L.trapModifiers, before - 1) { return true }
        // Hyphenated compounds that are adjectives ("tax-free", "cost-free").
        if start - 1 >= lower, isPunct(start - 1, "-"), buffer.tokens[start].flags.contains(.attachedToPrevious),
           case .verb = trigger.form
        {
            return true
        }
        // Phrasal verbs in another sense ("stormed out", "free up", "moved on"); not "moved up to 150,000 troops".
        // A phrase ending in its object ("dropped bombs on a village") has no particle.
        if case .verb = trigger.form, raw.tokens.count == 1, end < upper, isIn(Self.particles, end),
           !(buffer.token(end + 1, equalsIgnoringCase: "to") && buffer.tokens.indices.contains(end + 2) && buffer.tokens[end + 2].kind == .number)
        {
            return true
        }
        // "offensive" before a lowercase noun is an adjective ("offensive cartoon", "offensive revelation").
        if trigger.kind == .offensive, trigger.form == .specificNoun, raw.tokens.count == 1, end < upper,
           buffer.tokens[end].kind == .word, !buffer.tokens[end].flags.contains(.capitalized), !isIn(Self.nounFollowers, end)
        {
            return true
        }
        // The trigger modifies a non-military noun ("offensive remarks", "assault rifle").
        if end < upper, isIn(L.trapFollowers, end) { return true }
        // "offensive" as an adjective: "deeply offensive", "is offensive to".
        if trigger.kind == .offensive, trigger.form == .specificNoun, start - 1 >= lower, isIn(Self.degreeWords, start - 1) { return true }
        // Capitalized mid-sentence common verbs are names ("Shell", "Storm Ciara").
        if case .verb = trigger.form, buffer.tokens[start].flags.contains(.capitalized),
           !isSentenceStart(start), trigger.kind != .liberation
        {
            return true
        }
        // A participle after a determiner is an adjective: "a liberated village" (a siege is
        // checked in ``senseRole(_:)``: "the besieged town of Zabadani" reports one under way).
        if case .verb(let tense) = trigger.form, tense == .past || tense == .participle, start - 1 >= lower,
           isIn(Self.determiners, start - 1), trigger.kind != .siege
        {
            return true
        }
        // "until the last fighter has left", "unless troops withdraw": a condition, not an event.
        if case .verb = trigger.form, conditionClause(before: start) { return true }
        // "infrastructure that Hezbollah could use to attack", "used to shell": a capability or a
        // habit, not an operation.
        if case .verb = trigger.form, buffer.token(start - 1, equalsIgnoringCase: "to"), isIn(Self.useVerbs, start - 2) { return true }
        // "to stop the militants from marching on the capital": an averted event.
        if trigger.form == .verb(.gerund), averted(before: start) { return true }
        // A verb spelling right before another trigger is a modifier ("bomb attacks").
        if case .verb = trigger.form, end < upper, L.triggerFirstKeys.contains(buffer.tokens[end].key),
           !isIn(Self.determiners, end)
        {
            return true
        }
        // Drills, exercises, talks: the trigger only names what is rehearsed or discussed.
        if activityGoverns(start) { return true }
        if let frame = framePreposition(before: start), activityBefore(frame) { return true }
        if trigger.form == .specificNoun, raw.tokens.count == 1, isIn(L.strikeNouns, start), isLabourStrike(raw) { return true }
        // "the withdrawal of foreign investors": what is withdrawn is no force.
        if trigger.guardRule == .forces, trigger.form == .specificNoun, end < upper, buffer.token(end, equalsIgnoringCase: "of"),
           nounPhrase(from: end + 1, within: 3, contains: L.civilianWithdrawn)
        {
            return true
        }
        return false
    }

    /// A "strike" (the noun alone, not "bombing" or "airstrike") that is a labour action: a duration compound before it ("a 48-hour strike",
    /// "a one-day strike") or a dispute after it ("a strike over pay", "strikes against pension cuts").
    func isLabourStrike(_ raw: Raw) -> Bool {
        let start = raw.tokens.lowerBound
        let end = raw.tokens.upperBound
        if start - 3 >= lower, isIn(L.durationUnits, start - 1), isPunct(start - 2, "-"),
           buffer.tokens[start - 3].kind == .number || L.numberWords[buffer.tokens[start - 3].key] != nil
        {
            return true
        }
        guard end < upper, buffer.token(end, equalsIgnoringCase: "over") || buffer.token(end, equalsIgnoringCase: "against") else { return false }
        return nounPhrase(from: end + 1, within: 3, contains: L.disputeNouns)
    }

    /// Whether one of the `within` words from `position` is in `set`, before any punctuation.
    func nounPhrase(from position: Int, within: Int, contains set: KeySet) -> Bool {
        var index = position
        while index < min(upper, position + within) {
            if buffer.tokens[index].kind == .punctuation { return false }
            if isIn(set, index) { return true }
            index += 1
        }
        return false
    }

    /// The mention's role, or nil when the trigger is not a military operation here.
    func senseRole(_ raw: Raw) -> OperationMention.Role? {
        if isWordTrap(raw) { return nil }
        let start = raw.tokens.lowerBound
        let end = raw.tokens.upperBound
        let trigger = raw.trigger
        if trigger.form == .specificNoun, abstractObject(after: end) { return nil }
        // "the besieged town": a siege participle after a determiner needs the town as its object.
        if trigger.kind == .siege, case .verb(let tense) = trigger.form, tense == .past || tense == .participle, start - 1 >= lower,
           isIn(Self.determiners, start - 1), !directObjectPlace(after: end)
        {
            return nil
        }
        // Police matters are not operations: always for raids, sieges, storming and generic
        // operations; for the rest unless armed forces take part too.
        if hasNearby(L.policeWords, around: raw.tokens, radius: 8) {
            if trigger.kind == .raid || trigger.kind == .assault || trigger.kind == .siege || trigger.form == .genericNoun {
                return nil
            }
            if !hasArmedActor(), !hasNearby(L.forceNouns, around: raw.tokens, radius: 8) { return nil }
        }
        // "Protesters stormed the parliament": crowds without armed forces beside them protest.
        if hasNearby(L.crowdWords, around: raw.tokens, radius: 6), !hasArmedActor(), !hasNearby(L.forceNouns, around: raw.tokens, radius: 8) {
            return nil
        }

        switch trigger.guardRule {
        case .none:
            break
        case .placeObject:
            // Verbs of taking need a place; storming, bombing, shelling or encircling may hit a base
            // or positions in a place ("stormed a military base in Gao").
            guard hasPlaceObject(raw) || (trigger.kind != .liberation && trigger.kind != .other && hasTargetObject(raw)) else { return nil }
        case .forces:
            // "The U.S. military has said it will complete its withdrawal": the pronoun stands for the force.
            // The force may be the speaker ("The U.S. military has said …").
            guard hasForces(near: raw.tokens)
                || (isIn(Self.possessivePronouns, start - 1) && actors.contains { $0.actor.kind != .government })
                || (trigger.form == .specificNoun && pulloutFromPlace(end))
            else { return nil }
            if L.movementNeedsForcesAdjacent.contains(buffer.tokens[start].key) {
                guard movementHasPlace(raw) else { return nil }
            }
            if objectIsTrap(after: end) { return nil }
        case .forcesAndPlace:
            // The trigger may name the forces itself ("reinforcements … from Kordofan").
            guard hasForces(near: raw.tokens) || hasArmedActor(orSpeakerBefore: start) || isIn(L.forceNouns, start),
                  placeAfter(end, distance: 8) != nil || anaphorAfter(end, distance: 5) != nil
            else { return nil }
        case .airContext:
            guard hasNearby(L.airWords, around: raw.tokens, radius: 8) || aircraftDesignatorBefore(start) || groundFireBefore(raw)
                || actors.contains(where: { $0.actor.kind == .coalition })
                || (trigger.form == .specificNoun && targetAfterPreposition(end) && !buffer.token(start - 1, equalsIgnoringCase: "on"))
                || (trigger.form != .specificNoun && countrySubject(before: start) && !hasNearby(L.penaltyWords, around: raw.tokens, radius: 6))
            else { return nil }
            if abstractObject(after: end) { return nil }
            if case .verb = trigger.form, !hasTargetObject(raw) { return nil }
        case .removal:
            guard removalPlace(raw) != nil else { return nil }
        case .firedAt:
            guard hasBefore(L.firingVerbs, start: start, distance: 5), targetAfterPreposition(end),
                  hasArmedActor() || hasNearby(L.forceNouns, around: raw.tokens, radius: 8)
                    || places.contains(where: { $0.place.kind == .country && $0.tokens.upperBound <= start })
            else { return nil }
        case .targetObject:
            guard hasTargetObject(raw), hasForces(near: raw.tokens) || hasArmedActor(orSpeakerBefore: start) || hasNearby(L.militaryWords, around: raw.tokens, radius: 6) else { return nil }
        case .attack:
            guard hasArmedActor(orSpeakerBefore: start) || hasNearby(L.forceNouns, around: raw.tokens, radius: 8)
                || (placeAttached(raw) && (hasNearby(L.militaryWords, around: lower..<lower, radius: upper - lower)
                    || places.contains { $0.place.kind == .country && $0.tokens.upperBound <= start }))
            else { return nil }
            if abstractObject(after: end) { return nil }
            if case .verb = trigger.form {
                guard hasTargetObject(raw) else { return nil }
            } else {
                guard placeAttached(raw) || hasPlaceModifier(start) || anaphorAfter(end, distance: 4) != nil || targetAfterPreposition(end) else { return nil }
            }
        case .militaryContext:
            if trigger.form == .genericNoun {
                return genericRole(raw)
            }
            if abstractObject(after: end) { return nil }
            // A truce is about fighting wherever it holds ("the ceasefire has held in southern Syria").
            guard hasArmedActor(orSpeakerBefore: start) || hasNearby(L.militaryWords, around: raw.tokens, radius: 6)
                || placeAttached(raw) || anaphorAfter(end, distance: 4) != nil || subjectPlace(before: start)
                || (launchAdjunct(before: start) != nil && hasBefore(L.forceNouns, start: start, distance: start - lower))
                || (trigger.kind == .ceasefire && places.contains { !context.isFrame($0.tokens.lowerBound) })
            else { return nil }
        }
        return isBackground(raw) ? .background : .primary
    }

    /// An aircraft type such as "F-16s", "Su-25", "MiG-29" within a few tokens before `start`.
    func aircraftDesignatorBefore(_ start: Int) -> Bool {
        var position = start - 1
        while position - 2 >= lower, position >= start - 8 {
            let token = buffer.tokens[position]
            if token.flags.contains(.attachedToPrevious), token.byteCount > 0,
               (0x30...0x39).contains(buffer.firstByte(of: position)), isPunct(position - 1, "-"),
               buffer.tokens[position - 2].flags.contains(.capitalized), buffer.tokens[position - 2].byteCount <= 3
            {
                return true
            }
            position -= 1
        }
        return false
    }

    /// "attack it": a pronoun object of a verb stands for the latest settlement before it in the sentence.
    func pronounObjectPlace(_ raw: Raw) -> PlaceMention? {
        guard case .verb = raw.trigger.form, raw.tokens.upperBound < upper, isIn(Self.objectPronouns, raw.tokens.upperBound) else {
            return nil
        }
        return places.last { $0.tokens.upperBound <= raw.tokens.lowerBound && $0.place.kind != .country && !context.isFrame($0.tokens.lowerBound) }
    }

    /// Whether "until" or "unless" opens the trigger's clause ("until the last YPG fighter has left").
    /// "stop/prevent/keep … from <gerund>": a prevention verb within six tokens before "from".
    func averted(before start: Int) -> Bool {
        guard buffer.token(start - 1, equalsIgnoringCase: "from") else { return false }
        var position = start - 2
        while position >= lower, position >= start - 8 {
            if isIn(L.preventionVerbs, position) { return true }
            if isPunct(position, ",") || isPunct(position, ";") { return false }
            position -= 1
        }
        return false
    }

    func conditionClause(before start: Int) -> Bool {
        var position = start - 1
        while position >= lower, position >= start - 8 {
            if isIn(Self.conditionWords, position) { return true }
            if isPunct(position, ",") || isPunct(position, ";") || isIn(L.triggerFirstKeys, position) { return false }
            position -= 1
        }
        return false
    }

    /// "an assault on his reputation", "an offensive against corruption": the object of
    /// on/against is not a place, an actor or forces.
    func abstractObject(after end: Int) -> Bool {
        guard end < upper, buffer.token(end, equalsIgnoringCase: "on") || buffer.token(end, equalsIgnoringCase: "against") else { return false }
        let limit = min(upper, end + 5)
        for position in (end + 1)..<limit {
            if placeStarting(at: position) != nil || anaphorAt(position) != nil || isIn(L.forceNouns, position) { return false }
            if actors.contains(where: { $0.tokens.lowerBound == position }) { return false }
            if isIn(L.abstractObjects, position) { return true }
            if buffer.tokens[position].kind == .possessive { continue }
            if isIn(Self.skippable, position) || buffer.tokens[position].flags.contains(.capitalized) || isPunct(position, "-") { continue }
            if isIn(Self.possessivePronouns, position) { continue }
            if buffer.tokens[position].kind == .word, position + 1 < limit, isIn(L.abstractObjects, position + 1) { return true }
            return false
        }
        return false
    }

    /// A place, a military target or an actor as the verb's object, directly or through a preposition
    /// ("raided the Jenin refugee camp", "bombed Houthi positions in Sanaa", "struck 150 targets in Gaza").
    func hasTargetObject(_ raw: Raw) -> Bool {
        let end = raw.tokens.upperBound
        if objectIsTrap(after: end) { return false }
        if directObjectPlace(after: end) || targetAfterPreposition(end) || pronounObjectPlace(raw) != nil { return true }
        var position = end
        let limit = min(upper, end + 8)
        while position < limit {
            if placeStarting(at: position) != nil || anaphorAt(position) != nil || isIn(Self.militaryTargets, position) { return true }
            if actors.contains(where: { $0.tokens.lowerBound == position && $0.actor.kind != .government }) { return true }
            if isPunct(position, ",") || isPunct(position, ";") || isPunct(position, ".") { return false }
            position += 1
        }
        return isPassive(raw.tokens.lowerBound)
    }

    /// "on/against/at/near <place or target>" right after the trigger.
    func targetAfterPreposition(_ end: Int) -> Bool {
        guard end < upper, isIn(Self.attachingPrepositions, end) else { return false }
        var position = end + 1
        let limit = min(upper, end + 7)
        while position < limit {
            if placeStarting(at: position) != nil || anaphorAt(position) != nil || isIn(Self.militaryTargets, position) { return true }
            if actors.contains(where: { $0.tokens.lowerBound == position && $0.actor.kind != .government }) { return true }
            if isPunct(position, ",") || isPunct(position, ";") || isPunct(position, ".") { return false }
            position += 1
        }
        return false
    }

    /// "Israel may strike Iran": a country right before the verb, across modals and adverbs, is
    /// its subject — a state striking is its armed forces striking.
    func countrySubject(before start: Int) -> Bool {
        var position = start - 1
        while position >= lower, position >= start - 4, isIn(Self.verbContext, position) || isIn(Self.adverbs, position) {
            position -= 1
        }
        return places.contains { $0.place.kind == .country && $0.tokens.upperBound == position + 1 }
    }

    /// "Aleppo has been under siege": a place as the clause's subject, a few tokens before.
    func subjectPlace(before start: Int) -> Bool {
        var position = start - 1
        while position >= lower, position >= start - 6 {
            if isPunct(position, ",") || isPunct(position, ";") { return false }
            if places.contains(where: { $0.tokens.upperBound == position + 1 }) { return true }
            position -= 1
        }
        return false
    }

    /// Whether a non-operation activity governs the trigger: "drills simulating an assault",
    /// "training before the upcoming battle", "talks on a ceasefire".
    func activityGoverns(_ start: Int) -> Bool {
        var position = start - 1
        while position >= lower, position >= start - 6 {
            if isIn(L.nonOperationActivities, position) { return true }
            if !isIn(Self.activityLinkers, position) { return false }
            position -= 1
        }
        return false
    }

    /// The first token of a frame preposition governing the trigger ("before the offensive",
    /// "in preparation for the battle"), within a few modifiers.
    func framePreposition(before start: Int) -> Int? {
        var position = start - 1
        while position >= lower, position >= start - 7 {
            for length in 1...4 where position - length + 1 >= lower && L.framePrepositionLasts.contains(buffer.tokens[position].key) {
                if let match = L.framePrepositions.longestMatch(in: buffer, at: position - length + 1, limit: position + 1),
                   match.tokens.upperBound == position + 1
                {
                    return position - length + 1
                }
            }
            let token = buffer.tokens[position]
            if token.kind == .punctuation, !isPunct(position, "-") { return nil }
            if isIn(Self.clauseStoppers, position) || isIn(L.forceNouns, position) { return nil }
            position -= 1
        }
        return nil
    }

    /// Whether the clause before `position` is about a non-operation activity ("held drills … before").
    func activityBefore(_ position: Int) -> Bool {
        var index = position - 1
        while index >= lower, index >= position - 12 {
            if isPunct(index, ";") || isPunct(index, ".") { return false }
            if isIn(L.nonOperationActivities, index) { return true }
            index -= 1
        }
        return false
    }

    /// A generic head ("operation", "campaign", "battle"): primary with a military modifier,
    /// an attached place or a liberation complement; anaphoric after a determiner in a military
    /// sentence; otherwise not an operation.
    func genericRole(_ raw: Raw) -> OperationMention.Role? {
        let start = raw.tokens.lowerBound
        let multiWord = raw.tokens.count > 1
        // "Operation Olive Branch": a named operation.
        let next = raw.tokens.upperBound
        let named = buffer.tokens[start].flags.contains(.capitalized) && buffer.token(start, equalsIgnoringCase: "operation")
            && next < upper && buffer.tokens[next].flags.contains(.capitalized) && buffer.tokens[next].kind == .word
            && (!isSentenceStart(start) || (next + 1 < upper && buffer.tokens[next + 1].flags.contains(.capitalized)))
        let militaryModifier = named || multiWord || (start - 1 >= lower && isIn(Self.militaryModifiers, start - 1))
        // "its Syrian operations", "their operations": a business's operations.
        if !militaryModifier, liberationComplement(after: raw.tokens.upperBound) == nil,
           (start - 1 >= lower && isIn(Self.possessivePronouns, start - 1)) || (start - 2 >= lower && isIn(Self.possessivePronouns, start - 2))
        {
            return nil
        }
        let complement = liberationComplement(after: raw.tokens.upperBound) != nil
        let attached = placeAttached(raw)
        let strongAttachment = attached && raw.tokens.upperBound < upper && isIn(Self.strongAttachers, raw.tokens.upperBound)
        if militaryModifier || complement || attached {
            let military = hasArmedActor() || hasNearby(L.militaryWords, around: raw.tokens, radius: 8)
                || (attached && hasNearby(Self.launchVerbs, around: raw.tokens, radius: 8))
            if !militaryModifier && !complement && !strongAttachment && !military {
                // "the Mosul campaign": a name for an operation the article reports elsewhere.
                return hasPlaceModifier(start) ? (isBackground(raw) ? .background : .anaphoric) : nil
            }
            return isBackground(raw) ? .background : .primary
        }
        // "the operation", "this campaign": an anaphor in a sentence about armed forces.
        var determiner = start - 1
        while determiner >= lower, determiner >= start - 3, !isIn(L.definite, determiner) {
            guard buffer.tokens[determiner].kind == .word, !buffer.tokens[determiner].flags.contains(.capitalized) else { break }
            determiner -= 1
        }
        guard determiner >= lower, isIn(L.definite, determiner) else { return nil }
        guard !actors.isEmpty || startVerbBefore(start) || hasNearby(L.militaryWords, around: raw.tokens, radius: 6) else {
            return nil
        }
        return isBackground(raw) ? .background : .anaphoric
    }

    /// Whether the trigger is background: a frame preposition governs it, or an earlier year dates it.
    func isBackground(_ raw: Raw) -> Bool {
        let start = raw.tokens.lowerBound
        var position = start - 1
        var skipped = 0
        while position >= lower, skipped <= 6 {
            let token = buffer.tokens[position]
            // "since the 2003 invasion"; not "since launching an offensive", which is still going on.
            if buffer.token(position, equalsIgnoringCase: "since") { return !isIn(Self.launchGerunds, position + 1) }
            if token.kind == .punctuation, !isPunct(position, "-") { break }
            if isIn(Self.clauseStoppers, position) || isIn(L.forceNouns, position) { break }
            if token.kind == .number, token.byteCount == 4, let year = numberValue(position), year > 1900,
               year < context.referenceYear
            {
                return true
            }
            position -= 1
            skipped += 1
        }
        // "in 2003", "on 6 June 1944", "on June 6, 1944" right after the trigger's object.
        var after = raw.tokens.upperBound
        let limit = min(upper, after + 7)
        while after < limit {
            if isIn(Self.datePrepositions, after), let year = yearOfDate(startingAt: after + 1), year > 1900,
               year < context.referenceYear - 1
            {
                return true
            }
            after += 1
        }
        return false
    }

    /// The year closing a date that starts at `position`: "2003", "6 June 1944", "June 6, 1944".
    func yearOfDate(startingAt position: Int) -> Int? {
        var index = position
        while index < upper, index <= position + 3 {
            let token = buffer.tokens[index]
            if token.kind == .number, token.byteCount == 4 { return numberValue(index) }
            guard (token.kind == .number && token.byteCount <= 2) || isIn(Self.monthNames, index) || isPunct(index, ",") else {
                return nil
            }
            index += 1
        }
        return nil
    }

    // MARK: Kind

    /// The kind of a generic head, from its modifier or complement.
    func genericKind(_ raw: Raw) -> OperationKind {
        let start = raw.tokens.lowerBound
        if start - 1 >= lower {
            let previous = buffer.tokens[start - 1].key
            if Self.airModifiers.contains(previous) { return .airstrike }
            if Self.groundModifiers.contains(previous) { return .groundOperation }
        }
        if raw.tokens.count > 1, buffer.token(start, equalsIgnoringCase: "offensive") { return .offensive }
        if let verb = liberationComplement(after: raw.tokens.upperBound) { return verb.trigger.kind }
        return .other
    }

    /// A verb of taking within a few tokens after a noun ("to free", "aimed at retaking",
    /// "which will involve taking control over").
    func liberationComplement(after end: Int) -> Raw? {
        var position = end
        let limit = min(upper, end + 9)
        while position < limit {
            if isPunct(position, ",") || isPunct(position, ";") { return nil }
            if let match = L.triggers.longestMatch(in: buffer, at: position, limit: upper), let trigger = match.values.first {
                if case .verb = trigger.form, trigger.isTaking {
                    let raw = Raw(tokens: match.tokens, trigger: trigger)
                    return hasPlaceObject(raw) ? raw : nil
                }
                return nil
            }
            position += 1
        }
        return nil
    }

    /// The noun trigger a verb complements ("a major offensive to recapture Deir ez-Zor").
    func complementHost(of raw: Raw, among raws: [Raw], before position: Int) -> Int? {
        guard raw.trigger.isTaking else { return nil }
        var candidate = position - 1
        while candidate >= 0 {
            let host = raws[candidate]
            if raw.tokens.lowerBound - host.tokens.upperBound > 8 { return nil }
            if host.trigger.form == .specificNoun || host.trigger.form == .genericNoun {
                var between = host.tokens.upperBound
                while between < raw.tokens.lowerBound {
                    guard isIn(Self.complementLinkers, between) else { return nil }
                    between += 1
                }
                return candidate
            }
            candidate -= 1
        }
        return nil
    }

    /// "leave X and travel to Y" in one sentence is one redeployment.
    func coalesceMovements(_ mentions: [OperationMention]) -> [OperationMention] {
        var result: [OperationMention] = []
        for mention in mentions {
            if let last = result.last, isMovement(last.kind), isMovement(mention.kind), last.role == mention.role,
               mention.trigger.lowerBound - last.trigger.upperBound <= 10
            {
                var merged = last
                merged.kind = (last.kind == .redeployment || mention.kind == .redeployment) ? .redeployment : .withdrawal
                merged.specificity = max(last.specificity, mention.specificity)
                for location in mention.locations where !merged.locations.contains(where: { $0.mention.tokens == location.mention.tokens }) {
                    merged.locations.append(location)
                }
                for participant in mention.participants where !merged.participants.contains(where: { $0.mention.actor == participant.mention.actor }) {
                    merged.participants.append(participant)
                }
                if (mention.statusHasCue && !last.statusHasCue) || (mention.statusHasCue == last.statusHasCue && mention.specificity > last.specificity) {
                    merged.status = mention.status
                    merged.statusHasCue = mention.statusHasCue
                }
                result[result.count - 1] = merged
            } else {
                result.append(mention)
            }
        }
        return result
    }

    func isMovement(_ kind: OperationKind) -> Bool { kind == .redeployment || kind == .withdrawal }

    // MARK: Guards

    /// Whether a place (or "the city") is the trigger's object: within five tokens after it
    /// ("liberate the town of Havice"), or before a passive ("the town of Havice is captured").
    func hasPlaceObject(_ raw: Raw) -> Bool {
        if raw.trigger.guardRule == .removal { return removalPlace(raw) != nil }
        let end = raw.tokens.upperBound
        if objectIsTrap(after: end) { return false }
        if directObjectPlace(after: end) { return true }
        if isPassive(raw.tokens.lowerBound) {
            let from = max(lower, raw.tokens.lowerBound - 8)
            if places.contains(where: { $0.tokens.lowerBound >= from && $0.tokens.upperBound <= raw.tokens.lowerBound }) { return true }
            if anaphorBefore(raw.tokens.lowerBound, distance: 6) != nil { return true }
        }
        return false
    }

    /// The place forces are driven from: forces or an armed actor after the verb, then
    /// "from"/"out of" and a place or "the city" ("oust Islamic State from the city").
    func removalPlace(_ raw: Raw) -> PlaceMention? {
        let end = raw.tokens.upperBound
        var sawForces = false
        var position = end
        let limit = min(upper, end + 8)
        while position < limit {
            if isPunct(position, ",") || isPunct(position, ";") || isPunct(position, ".") { return nil }
            if isIn(L.forceNouns, position) || actors.contains(where: { $0.tokens.contains(position) && $0.actor.kind != .government }) {
                sawForces = true
            }
            let out = buffer.token(position, equalsIgnoringCase: "out") && buffer.token(position + 1, equalsIgnoringCase: "of")
            if buffer.token(position, equalsIgnoringCase: "from") || out {
                guard sawForces else { return nil }
                let after = out ? position + 2 : position + 1
                return placeAfter(after, distance: 4) ?? anaphorAfter(after, distance: 3)
            }
            position += 1
        }
        return nil
    }

    /// Whether the first content word after `end` is a non-military object ("the race", "the opportunity").
    /// A place (or "the city") right after the verb, with only determiners, adjectives, "the town of"
    /// or capitalized words in between.
    func directObjectPlace(after end: Int) -> Bool {
        var position = end
        let limit = min(upper, end + 7)
        while position < limit {
            if placeStarting(at: position) != nil || anaphorAt(position) != nil { return true }
            // "the village of Novodmytrivka": a named settlement, known to the gazetteer or not.
            if isIn(L.placeAnaphors, position), buffer.token(position + 1, equalsIgnoringCase: "of"),
               position + 2 < upper, buffer.tokens[position + 2].flags.contains(.capitalized)
            {
                return true
            }
            // "recaptured several towns in the Hiraan region": settlements inside a place.
            if isIn(L.placeAnaphors, position), isIn(Self.containmentPrepositions, position + 1),
               placeAfter(position + 1, distance: 6) != nil
            {
                return true
            }
            // Hyphenated modifiers: "the rebel-held town of Lashio".
            if buffer.tokens[position].kind == .word, isPunct(position + 1, "-") || isPunct(position - 1, "-") {
                position += 1
                continue
            }
            if isIn(Self.skippable, position) || isIn(L.placeAnaphors, position) || isPunct(position, "-")
                || isIn(Self.directionWords, position)
                || (buffer.tokens[position].flags.contains(.capitalized) && buffer.tokens[position].kind == .word)
            {
                position += 1
                continue
            }
            return false
        }
        return false
    }

    func objectIsTrap(after end: Int) -> Bool {
        var position = end
        let limit = min(upper, end + 4)
        while position < limit {
            if isIn(L.trapObjects, position) { return true }
            if isIn(Self.skippable, position) || buffer.tokens[position].kind == .possessive {
                position += 1
                continue
            }
            return false
        }
        return false
    }

    func isPassive(_ start: Int) -> Bool {
        var position = start - 1
        while position >= lower, position >= start - 3 {
            if isIn(Self.beAuxiliaries, position) { return true }
            if !isIn(Self.adverbs, position) { return false }
            position -= 1
        }
        return false
    }

    /// "the withdrawal from Kherson will be completed": a pullout from a named place, the place
    /// heading its phrase (not "from the Paris agreement"), is one of forces.
    func pulloutFromPlace(_ end: Int) -> Bool {
        guard buffer.token(end, equalsIgnoringCase: "from"), let place = placeStarting(at: end + 1) else { return false }
        let next = place.tokens.upperBound
        return next >= upper || buffer.tokens[next].kind == .punctuation || isIn(Self.phraseHeadFollowers, next)
    }

    /// A movement verb moves forces to or from a place: "move to Syria", "deployed to Russia's Kursk
    /// region", "leave the city". Other places after it ("deploying forces in the vicinity") do not count.
    func movementHasPlace(_ raw: Raw) -> Bool {
        let end = raw.tokens.upperBound
        let leaving = isIn(Self.leavingVerbs, raw.tokens.lowerBound)
        if leaving, directObjectPlace(after: end) { return true }
        // "deploying additional forces in the vicinity of the town": deployments say where forces go.
        let deploying = isIn(Self.deployVerbs, raw.tokens.lowerBound)
        var position = end
        let limit = min(upper, end + 12)
        var directional = raw.tokens.count > 1 && isIn(Self.directionalPrepositions, raw.tokens.upperBound - 1)
        while position < limit {
            if directional || deploying, placeStarting(at: position) != nil || anaphorAt(position) != nil { return true }
            // "pulled back about 5 km from the border": the front is where forces move from or to.
            if directional, isIn(L.definite, position), isIn(Self.frontNouns, position + 1) { return true }
            if isPunct(position, ";") || isPunct(position, ".") { return false }
            if isIn(Self.directionalPrepositions, position) {
                // "move to liberate": "to" followed by a verb is not a destination.
                if buffer.token(position, equalsIgnoringCase: "to"), position + 1 < upper,
                   isIn(Self.verbsAfterTo, position + 1) || L.triggers.mayStart(with: buffer.tokens[position + 1])
                {
                    return false
                }
                directional = true
            }
            position += 1
        }
        return false
    }

    func hasForces(near tokens: Range<Int>) -> Bool {
        let from = max(lower, tokens.lowerBound - 5)
        let to = min(upper, tokens.upperBound + 6)
        for position in from..<to where !tokens.contains(position) {
            if isIn(L.forceNouns, position), !context.isFrame(position) { return true }
        }
        // "Eritrean troops shelled Adigrat before pulling back": an adjunct gerund shares the main subject.
        if isIn(Self.adjunctPrepositions, tokens.lowerBound - 1), hasBefore(L.forceNouns, start: tokens.lowerBound, distance: tokens.lowerBound - lower) {
            return true
        }
        // "units that had finished drills in Belarus were withdrawing": the subject before a relative
        // clause; "Troops from Nigeria, Niger and Burkina Faso are expected to deploy": before its
        // post-modifier, at the start of the sentence.
        var position = from - 1
        while position >= lower, position >= tokens.lowerBound - 20 {
            if isPunct(position, ";") || isPunct(position, ".") { break }
            if isIn(L.forceNouns, position), !context.isFrame(position) {
                if isIn(Self.relativeWords, position + 1), position >= tokens.lowerBound - 14 { return true }
                if position <= lower + 2, buffer.token(position + 1, equalsIgnoringCase: "from") { return true }
            }
            position -= 1
        }
        return actors.contains { $0.actor.kind != .government && $0.tokens.upperBound > from && $0.tokens.lowerBound < to }
            || aircraftDesignatorBefore(tokens.lowerBound)
    }

    func hasArmedActor() -> Bool {
        actors.contains { $0.actor.kind != .government && !context.isFrame($0.tokens.lowerBound) }
    }

    /// "Al-Shabaab said it would attack Beledweyne", "Hamas denied that it planned to attack": the
    /// armed actor of the attribution frame, when a subject pronoun before the trigger, with only
    /// lowercase verbs and adverbs between, stands for it.
    func speakerSubject(before start: Int) -> ActorMention? {
        var position = start - 1
        while position >= lower, position >= start - 6, !isIn(Self.subjectPronouns, position) {
            let token = buffer.tokens[position]
            guard token.kind == .word, !token.flags.contains(.capitalized), !isIn(L.coordinators, position), !isIn(Self.relativeWords, position) else { return nil }
            position -= 1
        }
        guard isIn(Self.subjectPronouns, position) else { return nil }
        return actors.last { $0.tokens.upperBound <= position && $0.actor.kind != .government && context.isFrame($0.tokens.lowerBound) }
    }

    /// An armed actor in the sentence, or the speaker standing behind the trigger's subject pronoun.
    func hasArmedActor(orSpeakerBefore start: Int) -> Bool {
        hasArmedActor() || speakerSubject(before: start) != nil
    }

    func hasNearby(_ set: KeySet, around tokens: Range<Int>, radius: Int) -> Bool {
        let from = max(lower, tokens.lowerBound - radius)
        let to = min(upper, tokens.upperBound + radius)
        var position = from
        while position < to {
            if !tokens.contains(position), isIn(set, position), !context.isFrame(position) { return true }
            position += 1
        }
        return false
    }

    func hasAfter(_ set: KeySet, end: Int, distance: Int) -> Bool {
        var position = end
        while position < upper, position < end + distance {
            if isIn(set, position) { return true }
            position += 1
        }
        return false
    }

    func hasBefore(_ set: KeySet, start: Int, distance: Int) -> Bool {
        var position = start - 1
        while position >= lower, position >= start - distance {
            if isIn(set, position) { return true }
            position -= 1
        }
        return false
    }

    /// A place named right before ("the Mosul offensive") or after through a preposition
    /// ("siege of Fallujah", "battle for Mosul", "airstrikes in Raqqa").
    func placeAttached(_ raw: Raw) -> Bool {
        if hasPlaceModifier(raw.tokens.lowerBound) { return true }
        let end = raw.tokens.upperBound
        guard end < upper, isIn(Self.attachingPrepositions, end) else { return false }
        // "on an oil field near Deir ez-Zor", "around the oil terminals of Ras Lanuf".
        return placeAfter(end, distance: 7) != nil || anaphorAfter(end, distance: 4) != nil
    }

    func hasPlaceModifier(_ start: Int) -> Bool {
        var position = start - 1
        if position >= lower, buffer.tokens[position].kind == .possessive { position -= 1 }
        return places.contains { $0.tokens.upperBound == position + 1 }
    }

    /// The index of "after/since" in "after launching a coordinated assault" right before the
    /// trigger (the gerund at most three tokens before it), or nil.
    func launchAdjunct(before start: Int) -> Int? {
        var position = start - 1
        while position > lower, position >= start - 4 {
            if isIn(Self.launchGerunds, position) {
                return isIn(Self.adjunctPrepositions, position - 1) ? position - 1 : nil
            }
            position -= 1
        }
        return nil
    }

    func startVerbBefore(_ start: Int) -> Bool {
        var position = start - 1
        while position >= lower, position >= start - 4 {
            if isIn(Self.startVerbs, position) { return true }
            position -= 1
        }
        return false
    }

    // MARK: Places

    func placeStarting(at position: Int) -> PlaceMention? {
        places.first { $0.tokens.lowerBound == position }
    }

    /// The first place within `distance` tokens after `end`, skipping determiners, adjectives and
    /// "city of"; stops at clause punctuation.
    func placeAfter(_ end: Int, distance: Int) -> PlaceMention? {
        var position = end
        let limit = min(upper, end + distance)
        while position < limit {
            if let place = placeStarting(at: position) { return place }
            if isPunct(position, ",") || isPunct(position, ";") || isPunct(position, ".") { return nil }
            position += 1
        }
        return nil
    }

    /// "the city", "the town" right after `end` (within `distance`).
    func anaphorAfter(_ end: Int, distance: Int) -> PlaceMention? {
        var position = end
        let limit = min(upper, end + distance)
        while position < limit {
            if let place = anaphorAt(position) { return place }
            if isPunct(position, ",") || isPunct(position, ";") { return nil }
            position += 1
        }
        return nil
    }

    func anaphorBefore(_ start: Int, distance: Int) -> PlaceMention? {
        var position = start - 1
        while position >= lower, position >= start - distance {
            if let place = anaphorAt(position) { return place }
            position -= 1
        }
        return nil
    }

    /// The place "the city" at `position` stands for: a definite determiner and a settlement
    /// noun not followed by "of <place>", resolved to the nearest earlier settlement.
    func anaphorAt(_ position: Int) -> PlaceMention? {
        guard position + 1 < upper, isIn(L.definite, position) else { return nil }
        var noun = position + 1
        // "the Iraqi city", "the besieged town".
        if noun + 1 < upper, !isIn(L.placeAnaphors, noun), buffer.tokens[noun].kind == .word, isIn(L.placeAnaphors, noun + 1) {
            // "the Kursk region" names its place; only "the Iraqi city", "the besieged town" refer back.
            if placeStarting(at: noun) != nil { return nil }
            noun += 1
        } else {
            // "the remaining rebel-held districts": lowercase modifiers and hyphenated compounds.
            var modifier = noun
            while modifier < upper, modifier < noun + 5, !isIn(L.placeAnaphors, modifier),
                  isIn(Self.skippable, modifier) && !isIn(L.definite, modifier) || isPunct(modifier, "-")
                    || (buffer.tokens[modifier].kind == .word && isPunct(modifier + 1, "-"))
                    || (buffer.tokens[modifier].kind == .word && isPunct(modifier - 1, "-"))
            {
                modifier += 1
            }
            if modifier > noun, modifier < upper, isIn(L.placeAnaphors, modifier) { noun = modifier }
        }
        guard isIn(L.placeAnaphors, noun) else { return nil }
        if noun + 1 < upper, buffer.token(noun + 1, equalsIgnoringCase: "of") { return nil }
        let key = buffer.tokens[noun].key
        return antecedentPlace(before: position, noun: key, skippingPassing: true) ?? antecedentPlace(before: position, noun: key, skippingPassing: false)
    }

    /// Whether the article names `place` only in passing (``OperationLexicon/passingCues``: a
    /// comparison, where someone spoke or stayed, where refugees fled): a cue within a few tokens
    /// before it in its clause, with no force noun or trigger word between.
    func namedInPassing(_ place: PlaceMention) -> Bool {
        let tokens = buffer.tokens
        var position = place.tokens.lowerBound - 1
        let floor = max(0, place.tokens.lowerBound - 8)
        while position >= floor {
            let token = tokens[position]
            if token.kind == .punctuation, !isPunct(position, "-") { return false }
            if L.passingCues.contains(token.key) { return true }
            if L.forceNouns.contains(token.key) || L.triggerFirstKeys.contains(token.key) { return false }
            position -= 1
        }
        return false
    }

    /// "The 40-day ceasefire announced in the spring has largely held": an event noun before a
    /// past participle and a preposition or time word is not a speaker, whatever the attribution
    /// frame says (events do not speak).
    func reducedRelative(after tokens: Range<Int>, _ trigger: L.Trigger) -> Bool {
        guard trigger.form == .specificNoun, isIn(L.definite, tokens.lowerBound - 1) || isIn(L.definite, tokens.lowerBound - 2)
            || isIn(L.definite, tokens.lowerBound - 4)
        else { return false }
        let verb = tokens.upperBound
        guard verb + 1 < upper, buffer.tokens[verb].kind == .word, !buffer.tokens[verb].flags.contains(.capitalized),
              isIn(Self.reducedRelativeParticiples, verb)
        else { return false }
        return isIn(Self.reducedRelativeFollowers, verb + 1)
    }

    /// "another offensive", "a new assault", "send a second convoy": a fresh word before the
    /// trigger, or at the head of a verb's object.
    func isFresh(_ raw: Raw) -> Bool {
        if isIn(Self.freshWords, raw.tokens.lowerBound - 1) { return true }
        guard case .verb = raw.trigger.form else { return false }
        let end = raw.tokens.upperBound
        return isIn(Self.freshWords, end) || (isIn(Self.determiners, end) && isIn(Self.freshWords, end + 1))
    }

    /// "bank of the", "banks of the" right before `position`: what follows is a river.
    func isRiverBank(before position: Int) -> Bool {
        isIn(L.definite, position - 1) && buffer.token(position - 2, equalsIgnoringCase: "of") && isIn(Self.bankNouns, position - 3)
    }

    /// The index after the possessive of an owner ("Somalia's", "the Tigray region's"), or nil.
    func possessiveEnd(after place: PlaceMention) -> Int? {
        let next = place.tokens.upperBound
        guard next < upper else { return nil }
        if buffer.tokens[next].kind == .possessive { return next + 1 }
        if isIn(Self.areaNouns, next), next + 1 < upper, buffer.tokens[next + 1].kind == .possessive { return next + 2 }
        return nil
    }

    /// A strike verb whose subject is fire from the ground, with no air words around.
    func groundFireBefore(_ raw: Raw) -> Bool {
        guard case .verb = raw.trigger.form, raw.trigger.guardRule == .airContext else { return false }
        return hasBefore(L.artilleryWords, start: raw.tokens.lowerBound, distance: 8) && !hasNearby(L.airWords, around: raw.tokens, radius: 8)
    }

    /// The place of the sentence closest to `tokens`, outside the attribution frame and not a
    /// country owner ("Ukraine's").
    func nearestSentencePlace(to tokens: Range<Int>) -> PlaceMention? {
        var best: PlaceMention?
        var bestDistance = Int.max
        for place in places where place.tokens.lowerBound >= lower && place.tokens.upperBound <= upper {
            if context.isFrame(place.tokens.lowerBound) { continue }
            if place.tokens.upperBound < upper, buffer.tokens[place.tokens.upperBound].kind == .possessive { continue }
            let distance = place.tokens.upperBound <= tokens.lowerBound ? tokens.lowerBound - place.tokens.upperBound : place.tokens.lowerBound - tokens.upperBound
            if distance >= 0, distance < bestDistance { best = place; bestDistance = distance }
        }
        return best
    }

    /// The place "the <noun>" refers to: the latest place introduced with the same noun ("the
    /// Iraqi city of Mosul" … "the city"), else the latest settlement, within the lookback; with
    /// `skippingPassing`, places named only in passing are no candidates.
    func antecedentPlace(before position: Int, noun: LexiconKey, skippingPassing: Bool) -> PlaceMention? {
        let floor = position - OperationDetector.anaphorLookback
        let tokens = buffer.tokens
        let candidates = context.places.reversed().lazy.filter { $0.tokens.upperBound <= position && !(skippingPassing && namedInPassing($0)) }
        for place in candidates {
            if place.tokens.lowerBound < floor { break }
            let of = place.tokens.lowerBound - 1
            if of - 1 >= 0, buffer.token(of, equalsIgnoringCase: "of"), tokens[of - 1].key == noun { return place }
            if place.tokens.upperBound < tokens.count, tokens[place.tokens.upperBound].key == noun { return place }
        }
        // "the area", "the region": the latest region the article named, else a settlement.
        if Self.areaNouns.contains(noun) {
            for place in candidates {
                if place.tokens.lowerBound < floor { break }
                if place.place.kind == .region { return place }
            }
        }
        // "the city", "the Old City": the latest city, before any smaller settlement named since.
        if Self.cityNouns.contains(noun) {
            for place in candidates {
                if place.tokens.lowerBound < floor { break }
                if place.place.kind == .city { return place }
            }
        }
        for place in candidates {
            if place.tokens.lowerBound < floor { break }
            switch place.place.kind {
            case .city, .town, .village, .other: return place
            case .country, .region: continue
            }
        }
        // Nothing before it: "the city" may name a city later in its sentence ("the assault on the
        // Old City draws near, residents of western Mosul …").
        if !skippingPassing, Self.cityNouns.contains(noun) {
            return context.places.first { $0.tokens.lowerBound > position && $0.tokens.upperBound <= upper && $0.place.kind == .city }
        }
        return nil
    }

    // MARK: Locations

    func locations(for raw: Raw, kind: OperationKind) -> [OperationMention.Location] {
        var result: [OperationMention.Location] = []
        let start = raw.tokens.lowerBound
        let end = raw.tokens.upperBound
        let movement = isMovement(kind)
        func add(_ mention: PlaceMention, _ role: LocationRole) {
            if let existing = result.firstIndex(where: { $0.mention.place == mention.place }) {
                if result[existing].role == .mentioned, role != .mentioned { result[existing].role = role }
                return
            }
            result.append(OperationMention.Location(mention: mention, role: role))
        }
        // Pre-modifier: "the Mosul offensive", "Mosul's siege".
        var previous = start - 1
        if previous >= lower, buffer.tokens[previous].kind == .possessive { previous -= 1 }
        // "the Mosul offensive"; a country before the trigger is its owner ("US air strikes",
        // "Ukraine's counteroffensive"), not its target.
        if let place = places.first(where: { $0.tokens.upperBound == previous + 1 }), place.place.kind != .country {
            add(place, movement ? .origin : .target)
        }
        // "oust Islamic State from the city": the place driven from is the target.
        if raw.trigger.guardRule == .removal, let place = removalPlace(raw) {
            add(place, .target)
        }
        // "had surrounded Lashio … and were preparing to attack it": the pronoun is the place.
        if case .verb = raw.trigger.form, let place = pronounObjectPlace(raw) {
            add(place, movement ? .origin : .target)
        }
        // Passive: "the town of Havice is captured" (not a progressive: "Ethiopia is pulling").
        if isPassive(start), case .verb(let tense) = raw.trigger.form, tense == .past || tense == .participle {
            let from = max(lower, start - 8)
            if let place = places.last(where: { $0.tokens.lowerBound >= from && $0.tokens.upperBound <= start }) {
                add(place, movement ? .origin : .target)
            } else if let place = anaphorBefore(start, distance: 6) {
                add(place, movement ? .origin : .target)
            }
        }
        // After the trigger ("Operation Olive Branch": the name is not a place).
        var position = end
        if raw.trigger.form == .genericNoun, buffer.tokens[start].flags.contains(.capitalized) {
            while position < upper, buffer.tokens[position].flags.contains(.capitalized), buffer.tokens[position].kind == .word {
                position += 1
            }
        }
        let limit = min(upper, end + OperationDetector.window)
        var lastRole: LocationRole? = nil
        var lastEnd = -1
        var preposition: L.LocationCue? = nil
        var prepositionKey: LexiconKey? = nil
        var isObject = true
        var removing = raw.trigger.guardRule == .removal
        while position < limit {
            if isPunct(position, ";") || isPunct(position, ".") || isPunct(position, "(") || isPunct(position, ":") { break }
            if context.isFrame(position) { break }
            if position > end, let other = triggerStarts[position] {
                if other.kind == .liberation || other.kind == .other, case .verb = other.form, other.takesPlace {
                    // "operation to free Mosul": the verb's object is the operation's target;
                    // "offensive to dislodge Islamic State from Hawija": so is the place driven from.
                    preposition = nil
                    isObject = true
                    removing = other.removes
                    position = L.triggers.longestMatch(in: buffer, at: position, limit: upper)?.tokens.upperBound ?? position + 1
                    continue
                }
                if other.accepted { break }
            }
            var coastEnd: Int? = nil
            if let place = placeStarting(at: position), place.place.kind == .country || place.place.kind == .region,
               let owned = possessiveEnd(after: place)
            {
                // "Yemen's Red Sea coast": a sea's coast is the owner's land.
                if let sea = placeStarting(at: owned), sea.place.country.isEmpty, isIn(Self.coastNouns, sea.tokens.upperBound) {
                    coastEnd = sea.tokens.upperBound + 1
                } else {
                    // "Somalia's Gedo region": the country contains the place that follows;
                    // "the Tigray region's ruling party": the region only owns what follows.
                    add(place, .mentioned)
                    position = owned
                    continue
                }
            }
            let place = placeStarting(at: position) ?? anaphorAt(position)
            // "the right bank of the Dnipro": the river, not the city of that name.
            if let place, isRiverBank(before: place.tokens.lowerBound) {
                position = max(position + 1, place.tokens.upperBound)
                continue
            }
            if let place {
                var role: LocationRole? = nil
                if let lastRole, lastEnd > 0, position - lastEnd <= 2,
                   isIn(L.coordinators, position - 1) || isIn(L.coordinators, position - 2)
                {
                    role = lastRole
                } else if let cue = preposition {
                    let containment = lastRole != nil && lastRole != .mentioned && prepositionKey == Self.inKey && position - lastEnd <= 6
                    switch cue {
                    case .containment: role = .mentioned
                    case .origin: role = movement ? .origin : (removing ? .target : nil)
                    case .destination where movement: role = .destination
                    case .target where movement:
                        if prepositionKey == Self.intoKey || prepositionKey == Self.towardKey || prepositionKey == Self.towardsKey {
                            role = .destination
                        } else if containment {
                            role = .mentioned
                        }
                    case .target: role = containment ? .mentioned : .target
                    // "extend Operation Olive Branch to Manbij": where a named operation goes.
                    case .destination: role = raw.trigger.form == .genericNoun ? .target : nil
                    }
                } else if isObject {
                    role = movement ? (kind == .withdrawal || raw.trigger.kind == .withdrawal ? .origin : .destination) : .target
                } else if lastRole != nil, lastRole != .mentioned, position - lastEnd <= 2, isPunct(position - 1, ",") {
                    // "Havice, Kirkuk province": a containing place after a comma.
                    role = .mentioned
                }
                if let role { add(place, role) }
                lastRole = role ?? lastRole
                let placeEnd = coastEnd ?? placeStarting(at: position)?.tokens.upperBound ?? position + 2
                lastEnd = placeEnd
                position = max(position + 1, placeEnd)
                preposition = nil
                isObject = false
                continue
            }
            // "city of", "part of" are part of the noun phrase, not a new preposition.
            if buffer.token(position, equalsIgnoringCase: "of"),
               preposition != nil || isIn(L.placeAnaphors, position - 1) || isIn(Self.skippable, position - 1)
            {
                position += 1
                continue
            }
            if let match = L.locationPrepositions.longestMatch(in: buffer, at: position, limit: upper), let cue = match.values.first {
                preposition = movement && match.values.contains(.destination) ? .destination : cue
                if match.values.contains(.origin) && movement { preposition = .origin }
                prepositionKey = buffer.tokens[position].key
                position = match.tokens.upperBound
                isObject = false
                continue
            }
            if isPunct(position, ",") {
                // A comma ends the trigger's phrase unless a place or a list continues it.
                let next = position + 1
                let continues = placeStarting(at: next) != nil || L.locationPrepositions.longestMatch(in: buffer, at: next, limit: upper)?.values.contains(.containment) == true
                    || (isIn(L.coordinators, next) && placeStarting(at: next + 1) != nil)
                if !continues { break }
                position += 1
                continue
            }
            if isIn(Self.skippable, position) || buffer.tokens[position].flags.contains(.capitalized) || isPunct(position, "-") {
                position += 1
                continue
            }
            // Another content word: later places are attached to it, not to the trigger, unless a
            // preposition follows ("houses within the city").
            isObject = false
            preposition = nil
            position += 1
        }
        return result
    }

    /// When nothing attaches a place to the trigger, the nearest place of its clause: after the
    /// trigger within the window, else before it; a settlement or region before a country.
    func fallbackLocation(for raw: Raw, kind: OperationKind) -> OperationMention.Location? {
        let start = raw.tokens.lowerBound
        let end = raw.tokens.upperBound
        var best: (place: PlaceMention, score: Int)? = nil
        for place in places {
            let after = place.tokens.lowerBound >= end
            let distance = after ? place.tokens.lowerBound - end : start - place.tokens.upperBound
            guard distance >= 0, distance <= OperationDetector.window else { continue }
            if context.isFrame(place.tokens.lowerBound) || isRiverBank(before: place.tokens.lowerBound) || namedInPassing(place) { continue }
            if raw.trigger.form == .genericNoun, buffer.tokens[start].flags.contains(.capitalized), after, distance <= 3 { continue }
            // "brokered by Moscow and Ankara", "trained by the United States": agents, not places.
            if isAgentPlace(place) { continue }
            // "Russia's Kursk region": the country contains the next place.
            if place.place.kind == .country, place.tokens.upperBound < upper, buffer.tokens[place.tokens.upperBound].kind == .possessive,
               places.contains(where: { $0.tokens.lowerBound > place.tokens.upperBound && $0.tokens.lowerBound <= place.tokens.upperBound + 2 })
            {
                continue
            }
            // A country with a possessive before the trigger is its owner ("Ukraine's counteroffensive").
            if !after, place.tokens.upperBound < upper, buffer.tokens[place.tokens.upperBound].kind == .possessive,
               place.place.kind == .country
            {
                continue
            }
            if !after, hasCommonObject(after: end) { continue }
            if !after {
                // A place before the trigger counts inside a prepositional phrase ("in Khartoum are
                // expected to attack"), not as the clause's subject ("Ethiopia is pulling…").
                var head = place.tokens.lowerBound - 1
                while head >= lower, isIn(Self.determiners, head) { head -= 1 }
                let subject = head < lower || isSentenceStart(place.tokens.lowerBound) || isPunct(head, ",") || isIn(L.coordinators, head)
                    || (buffer.tokens[head].kind == .word && buffer.tokens[head].flags.contains(.capitalized) && !isIn(Self.attachingPrepositions, head))
                guard !subject || kind == .siege else { continue }
                // "the United States began withdrawing", "called on Rwanda to withdraw": the
                // place is the subject of the trigger, not where it happens.
                // "called on Rwanda to withdraw": the controller of the infinitive is its subject.
                if case .verb = raw.trigger.form,
                   (!isIn(Self.attachingPrepositions, head) && subjectOfVerb(from: place.tokens.upperBound, to: start))
                    || (place.tokens.upperBound + 1 == start && buffer.token(place.tokens.upperBound, equalsIgnoringCase: "to"))
                {
                    continue
                }
            }
            var crosses = false
            let lo = after ? end : place.tokens.upperBound
            var hi = after ? place.tokens.lowerBound : start
            // "…remained in Palma on Monday, five days after launching an assault": the adjunct
            // shares its main clause's place.
            if !after, let adjunct = launchAdjunct(before: start) {
                var comma = adjunct - 1
                while comma > lo, comma >= adjunct - 4, !isPunct(comma, ",") { comma -= 1 }
                if isPunct(comma, ",") { hi = comma }
            }
            var position = lo
            while position < hi {
                // A comma after the trigger ends its clause unless a list of places goes on.
                if isPunct(position, ";") || isPunct(position, ":")
                    || (isPunct(position, ",") && (!after || placeStarting(at: position + 1) == nil))
                    || isIn(Self.subordinators, position)
                {
                    crosses = true
                }
                position += 1
            }
            if crosses { continue }
            var score = distance + (after ? 0 : 10)
            if place.place.kind == .country { score += 8 }
            if best == nil || score < best!.score { best = (place, score) }
        }
        guard let place = best?.place ?? placeBeforeWhere(start) ?? demonymTarget(after: end) else { return nil }
        var role = LocationRole.target
        if isMovement(kind) {
            var fromSeen = false
            var position = place.tokens.lowerBound - 1
            while position >= lower, position >= place.tokens.lowerBound - 6 {
                if buffer.token(position, equalsIgnoringCase: "from") || buffer.token(position, equalsIgnoringCase: "out")
                    || isIn(Self.leavingVerbs, position)
                {
                    fromSeen = true
                }
                if buffer.token(position, equalsIgnoringCase: "to") || buffer.token(position, equalsIgnoringCase: "into") { break }
                position -= 1
            }
            role = fromSeen || kind == .withdrawal ? .origin : .destination
        }
        return OperationMention.Location(mention: place, role: role)
    }

    /// "shelling of towns and villages": the trigger has its own object, a common noun, so a place
    /// before it ("Refugees arriving in Sudan have described …") is not where it happens.
    func hasCommonObject(after end: Int) -> Bool {
        guard end + 1 < upper, buffer.token(end, equalsIgnoringCase: "of") || buffer.token(end, equalsIgnoringCase: "on")
            || buffer.token(end, equalsIgnoringCase: "against")
        else { return false }
        let next = end + 1
        let token = buffer.tokens[next]
        return token.kind == .word && !token.flags.contains(.capitalized) && !isIn(Self.skippable, next)
            && !isIn(L.definite, next) && placeStarting(at: next) == nil
    }

    /// "strikes on Syrian government targets", "raids against Houthi positions": with no place
    /// named, the country of a demonym on the military target is the target.
    func demonymTarget(after end: Int) -> PlaceMention? {
        guard end < upper, isIn(Self.strongAttachers, end) || isIn(Self.attachingPrepositions, end) else { return nil }
        let limit = min(upper, end + 6)
        // The target noun first (key probes only); the demonym lookup builds a string.
        var target = end + 1
        while target < limit, !isIn(Self.militaryTargets, target) {
            if isPunct(target, ",") || isPunct(target, ";") { return nil }
            target += 1
        }
        guard target < limit else { return nil }
        for position in (end + 1)..<target where buffer.tokens[position].flags.contains(.capitalized) {
            let surface = buffer.text(of: buffer.tokens[position])
            guard let code = Gazetteer.standard.country(forDemonym: surface), let country = Gazetteer.standard.country(code: code) else {
                continue
            }
            return PlaceMention(tokens: position..<(position + 1), place: country, surface: surface)
        }
        return nil
    }

    /// "Fighting raged around Lashkar Gah, Kandahar and Herat, where government troops backed by
    /// airstrikes …": the relative adverb "where" stands for the place before it.
    func placeBeforeWhere(_ start: Int) -> PlaceMention? {
        var position = start - 1
        while position > lower, position >= start - 14 {
            // Inside a sentence a period is an abbreviation's ("U.S."), never a boundary.
            if isPunct(position, ";") { return nil }
            if buffer.token(position, equalsIgnoringCase: "where") {
                let before = isPunct(position - 1, ",") ? position - 1 : position
                return places.last { $0.tokens.upperBound == before && !context.isFrame($0.tokens.lowerBound) }
            }
            position -= 1
        }
        return nil
    }

    /// Whether only auxiliaries, modals, "to", aspect verbs and adverbs stand between a place and the verb.
    func subjectOfVerb(from: Int, to: Int) -> Bool {
        guard from < to, to - from <= 5 else { return from == to }
        var position = from
        while position < to {
            guard isIn(Self.subjectLinkers, position) || buffer.tokens[position].kind == .possessive else { return false }
            position += 1
        }
        return true
    }

    /// A place after "by", or coordinated with one ("by Moscow and Ankara").
    func isAgentPlace(_ place: PlaceMention) -> Bool {
        var start = place.tokens.lowerBound
        for _ in 0..<4 {
            if buffer.token(start - 1, equalsIgnoringCase: "by") || buffer.token(start - 2, equalsIgnoringCase: "by") { return true }
            guard isIn(L.coordinators, start - 1),
                  let previous = places.last(where: { $0.tokens.upperBound <= start - 1 && $0.tokens.upperBound >= start - 2 })
            else { return false }
            start = previous.tokens.lowerBound
        }
        return false
    }

    // MARK: Actors

    func participants(for raw: Raw) -> [OperationMention.Participant] {
        var run = self
        run.isMovementTrigger = isMovement(raw.trigger.kind)
        return run.participantsImpl(raw)
    }

    var isMovementTrigger = false
    /// Set while resolving the status of a campaign ("bombing campaign": lasting, not a single strike).
    var currentIsDurative = false

    func participantsImpl(_ raw: Raw) -> [OperationMention.Participant] {
        var result: [OperationMention.Participant] = []
        let start = raw.tokens.lowerBound
        let end = raw.tokens.upperBound
        func add(_ mention: ActorMention, _ role: ActorRole) {
            guard !result.contains(where: { $0.mention.actor == mention.actor }) else { return }
            result.append(OperationMention.Participant(mention: mention, role: role))
        }
        for mention in actors where !context.isFrame(mention.tokens.lowerBound) {
            if placeCovers(mention.tokens) { continue }
            let a = mention.tokens.lowerBound
            if hasBeforeKeys(L.mediatorCue, around: mention.tokens) {
                add(mention, .mediator)
                continue
            }
            if allyCueBefore(a) {
                add(mention, .ally)
                continue
            }
            if a >= end {
                // "by X" → agent; "against X", "held by X" → target.
                let gap = a - end
                if gap <= 3, isIn(L.agentAfter, a - 1), !isIn(Self.holdingVerbs, a - 2) {
                    add(mention, .agent)
                } else if a - 1 >= end, isIn(L.targetBefore, a - 1) || (isIn(L.agentAfter, a - 1) && isIn(Self.holdingVerbs, a - 2))
                    || (isIn(L.agentAfter, a - 1) && isIn(Self.holdingVerbs, a - 3))
                {
                    add(mention, .target)
                } else if a - 2 >= end, isIn(L.targetBefore, a - 2), isIn(L.definite, a - 1) {
                    add(mention, .target)
                }
            }
        }
        // The subject: the nearest actor before the trigger in its clause, with its coordinates.
        if let agentIndex = nearestActorBefore(start), !forcesBetween(actors[agentIndex].tokens.upperBound, start) {
            let agent = actors[agentIndex]
            if !isIn(L.targetBefore, agent.tokens.lowerBound - 1), !allyCueBefore(agent.tokens.lowerBound) {
                add(agent, .agent)
                var index = agentIndex - 1
                var boundary = agent.tokens.lowerBound
                while index >= 0 {
                    let other = actors[index]
                    guard other.tokens.upperBound <= boundary, boundary - other.tokens.upperBound <= 2,
                          other.tokens.lowerBound >= lower
                    else { break }
                    var joined = false
                    for position in other.tokens.upperBound..<boundary where isIn(L.coordinators, position) { joined = true }
                    guard joined else { break }
                    add(other, .agent)
                    boundary = other.tokens.lowerBound
                    index -= 1
                }
            }
        }
        // "Al-Shabaab said it would attack": with no agent of its own, the speaker the pronoun stands for.
        if !result.contains(where: { $0.role == .agent }), let speaker = speakerSubject(before: start) {
            add(speaker, .agent)
        }
        // "X and Y forces intend to liberate": the coordinated actor after the agent, before the trigger.
        return result
    }

    /// For movements: a force noun between the actor and the trigger ("intelligence services …
    /// provide all militants a safe passage") makes the forces, not the actor, the ones moving.
    func forcesBetween(_ from: Int, _ to: Int) -> Bool {
        guard isMovementTrigger else { return false }
        var position = from
        while position < to {
            if isIn(L.forceNouns, position), !(position == from && from > lower) { return true }
            position += 1
        }
        return false
    }

    func nearestActorBefore(_ start: Int) -> Int? {
        var best: Int? = nil
        for (index, mention) in actors.enumerated() where mention.tokens.upperBound <= start {
            guard !context.isFrame(mention.tokens.lowerBound), !placeCovers(mention.tokens) else { continue }
            guard start - mention.tokens.upperBound <= 16 else { continue }
            // No semicolon between.
            var crosses = false
            for position in mention.tokens.upperBound..<start where isPunct(position, ";") { crosses = true }
            if crosses { continue }
            // Coordinated actors after it ("the Iraqi army and Peshmerga forces"): keep the last.
            best = index
        }
        // Prefer the last actor; but when the last is coordinated with an earlier one, the loop
        // in `participants` picks up the earlier one.
        return best
    }

    func placeCovers(_ tokens: Range<Int>) -> Bool {
        places.contains { $0.tokens.lowerBound <= tokens.lowerBound && $0.tokens.upperBound >= tokens.upperBound }
            && !actors.contains { $0.tokens == tokens && $0.actor.kind != .government }
    }

    func allyCueBefore(_ a: Int) -> Bool {
        for length in 1...5 where a - length >= lower {
            if let match = L.allyBefore.longestMatch(in: buffer, at: a - length, limit: a), match.tokens.upperBound == a {
                return true
            }
        }
        return false
    }

    func hasBeforeKeys(_ set: KeySet, around tokens: Range<Int>) -> Bool {
        let from = max(lower, tokens.lowerBound - 5)
        let to = min(upper, tokens.upperBound + 2)
        var position = from
        while position < to {
            if !tokens.contains(position), isIn(set, position) { return true }
            position += 1
        }
        return false
    }

    // MARK: Status

    func status(for raw: Raw, kind: OperationKind) -> OperationStatus {
        statusEvidence(for: raw, kind: kind).status
    }

    /// The status and whether a cue (not the default) set it.
    func statusEvidence(for raw: Raw, kind: OperationKind) -> (status: OperationStatus, cue: Bool) {
        var run = self
        run.currentIsDurative = raw.tokens.count > 0 && isIn(Self.durativeHeads, raw.tokens.upperBound - 1)
        let status = run.cuedStatus(for: raw, kind: kind)
        if let status { return (status, true) }
        if !context.isFragment, sentenceHasFuture() { return (.planned, false) }
        return (.ongoing, false)
    }

    func cuedStatus(for raw: Raw, kind: OperationKind) -> OperationStatus? {
        let start = raw.tokens.lowerBound
        let end = raw.tokens.upperBound
        var from = max(lower, start - 10)
        var to = min(upper, end + 12)
        // A subordinate clause after the trigger ("unless the blockade is lifted") has its own cues.
        var scan = end
        while scan < to {
            if isIn(Self.subordinators, scan) { to = scan; break }
            scan += 1
        }
        for (position, other) in triggerStarts where other.accepted && position != start {
            if position < start, position + 1 > from { from = min(start, position + 1) }
            if position >= end, position < to { to = position }
        }
        var strong: (status: OperationStatus, distance: Int)? = nil
        var nearest: (cue: L.Cue, distance: Int)? = nil
        var adjacent: L.Cue? = nil
        var position = from
        while position < to {
            if raw.tokens.contains(position) {
                position = end
                continue
            }
            if L.cueFirstKeys.contains(buffer.tokens[position].key),
               let match = L.cues.longestMatch(in: buffer, at: position, limit: to), let cue = match.values.first,
               !cueBelongsElsewhere(match.tokens, start: start, end: end)
            {
                let distance = match.tokens.upperBound <= start ? start - match.tokens.upperBound : position - end
                let strongStatus: OperationStatus?
                switch cue {
                case .status(let status) where status == .cancelled || status == .imminent: strongStatus = status
                case .finished: strongStatus = .completed
                case .continuing: strongStatus = .ongoing
                default: strongStatus = nil
                }
                // "would not negotiate and would storm the positions": a cue of another, coordinated
                // verb phrase before the trigger is not the trigger's.
                let coordinated = match.tokens.upperBound <= start
                    && (match.tokens.upperBound..<start).contains { isIn(Self.verbCoordinators, $0) }
                if let status = strongStatus, distance <= 10, !coordinated {
                    if strong == nil || Self.strength(status) > Self.strength(strong!.status)
                        || (Self.strength(status) == Self.strength(strong!.status) && distance < strong!.distance)
                    {
                        strong = (status, distance)
                    }
                }
                if match.tokens.upperBound <= start, distance <= 3 { adjacent = cue }
                if nearest == nil || distance < nearest!.distance { nearest = (cue, distance) }
                position = match.tokens.upperBound
                continue
            }
            position += 1
        }
        if let strong { return strong.status }
        if outcomeFollows(raw) { return .completed }
        // "after a three-month siege": the frame is over before the main event.
        if governedByAfter(start) { return .completed }
        // A modal right before a start verb: "will launch", "would begin". A finite past verb
        // keeps its tense after a subordinator: "began when troops raided a hideout".
        if let adjacent, !isFinitePast(raw), let status = resolve(adjacent, kind: kind) { return status }
        if case .verb(let tense) = raw.trigger.form {
            switch tense {
            case .past, .participle:
                if !isPassive(start) || isIn(Self.pastAuxiliaries, start - 1) || isIn(Self.pastAuxiliaries, start - 2) {
                    return kind == .siege || kind == .offensive || kind == .groundOperation ? .ongoing : .completed
                }
            case .gerund:
                if isIn(Self.beAuxiliaries, start - 1) { return .ongoing }
            case .base, .third:
                break
            }
        }
        if purposeFor(start) { return .planned }
        if let past = pastVerbBefore(start) {
            _ = past
            return resolve(.started, kind: kind) ?? .completed
        }
        if let nearest, let status = resolve(nearest.cue, kind: kind) { return status }
        return nil
    }

    /// "entered the town and raised the flag over the municipal building", "pushed into Tabqa and
    /// took full control of the town", ", and by nightfall the army was in complete control": an
    /// outcome verb with its object (``OperationLexicon/outcomeVerbs``, ``OperationLexicon/outcomeObjects``)
    /// in a clause coordinated after a trigger that is not still to come, with no contrast,
    /// negation or lasting state (``OperationLexicon/outcomeBlockers``) after the trigger.
    func outcomeFollows(_ raw: Raw) -> Bool {
        switch raw.trigger.form {
        case .verb(.base), .verb(.third), .verb(.gerund): return false
        default: break
        }
        let limit = min(upper, raw.tokens.upperBound + 16)
        var coordinated = false
        var position = raw.tokens.upperBound
        while position < limit {
            if isPunct(position, ";") || isPunct(position, ":") || isIn(Self.subordinators, position) || isIn(Self.relativeWords, position)
                || isIn(L.outcomeBlockers, position)
            {
                return false
            }
            if isPunct(position, ",") || isIn(L.coordinators, position) {
                coordinated = true
            } else if coordinated, isIn(L.outcomeVerbs, position) {
                var object = position + 1
                while object < min(limit, position + 5), buffer.tokens[object].kind == .word || buffer.tokens[object].kind == .possessive,
                      !isIn(L.coordinators, object), !isIn(Self.clauseStoppers, object), !isIn(L.outcomeBlockers, object)
                {
                    if isIn(L.outcomeObjects, object) { return true }
                    object += 1
                }
            }
            position += 1
        }
        return false
    }

    /// A past-tense verb trigger with no auxiliary before it ("troops raided"), unlike "will be
    /// encircled" or "has stormed".
    func isFinitePast(_ raw: Raw) -> Bool {
        guard case .verb(.past) = raw.trigger.form else { return false }
        let start = raw.tokens.lowerBound
        return !isPassive(start) && !isIn(Self.pastAuxiliaries, start - 1)
    }

    func resolve(_ cue: L.Cue, kind: OperationKind) -> OperationStatus? {
        switch cue {
        case .status(let status): return status
        case .started: return (kind == .airstrike || kind == .raid || kind == .shelling) && !currentIsDurative ? .completed : .ongoing
        case .startsLater: return context.isFragment ? .ongoing : .planned
        case .conditional: return .planned
        case .finished: return .completed
        case .continuing: return .ongoing
        }
    }

    /// "massed … for an assault on the port city", "troops for a counteroffensive": a purpose.
    func purposeFor(_ start: Int) -> Bool {
        var position = start - 1
        while position >= lower, position >= start - 4 {
            if buffer.token(position, equalsIgnoringCase: "for") { return true }
            guard isIn(Self.determiners, position) || (buffer.tokens[position].kind == .word && !buffer.tokens[position].flags.contains(.capitalized) && !isIn(Self.clauseStoppers, position)) || isPunct(position, "-") else { return false }
            position -= 1
        }
        return false
    }

    func governedByAfter(_ start: Int) -> Bool {
        // "after the main offensive starts" is a clause about the future, not a finished frame.
        for position in start..<min(upper, start + 4) where isIn(Self.startVerbs, position) { return false }
        var position = start - 1
        while position >= lower, position >= start - 7 {
            if isIn(Self.afterWords, position) { return true }
            let token = buffer.tokens[position]
            if token.kind == .punctuation, !isPunct(position, "-") { return false }
            if isIn(Self.clauseStoppers, position) { return false }
            position -= 1
        }
        return false
    }

    /// Whether a cue is nearer to another accepted trigger than to this one ("The truce collapsed … as
    /// jets resumed bombing raids": "collapsed" belongs to the truce).
    func cueBelongsElsewhere(_ cue: Range<Int>, start: Int, end: Int) -> Bool {
        let mine = cue.upperBound <= start ? start - cue.upperBound : cue.lowerBound - end
        for (position, other) in triggerStarts where other.accepted && position != start {
            let theirs = cue.upperBound <= position ? position - cue.upperBound : cue.lowerBound - (position + 1)
            if theirs >= 0, theirs < mine { return true }
        }
        return false
    }

    static func strength(_ status: OperationStatus) -> Int {
        switch status {
        case .cancelled: 4
        case .completed: 3
        case .ongoing: 2
        case .imminent: 1
        default: 0
        }
    }

    /// A lowercase past-tense verb ("-ed") just before the trigger, in its clause: "traded artillery
    /// fire", "seized a vessel in a raid".
    func pastVerbBefore(_ start: Int) -> Int? {
        var position = start - 1
        while position >= lower, position >= start - 8 {
            let token = buffer.tokens[position]
            if token.kind == .punctuation, !isPunct(position, "-") { return nil }
            if token.kind == .word, !token.flags.contains(.capitalized), token.byteCount > 4,
               buffer.bytes[Int(token.byteEnd) - 1] | 0x20 == UInt8(ascii: "d"), buffer.bytes[Int(token.byteEnd) - 2] | 0x20 == UInt8(ascii: "e"),
               !isIn(Self.edAdjectives, position), !isIn(Self.beAuxiliaries, position - 1)
            {
                return position
            }
            if isIn(Self.clauseStoppers, position) || buffer.token(position, equalsIgnoringCase: "to") { return nil }
            position -= 1
        }
        return nil
    }

    func sentenceHasFuture() -> Bool {
        var position = lower
        while position < upper {
            if isIn(Self.futureMarkers, position) { return true }
            position += 1
        }
        return false
    }

    // MARK: Quantities

    mutating func attachQuantities(_ mentions: inout [OperationMention]) {
        guard !mentions.isEmpty else { return }
        let found = QuantityTagger.quantities(in: buffer, range: lower..<upper)
        for (tokens, quantity) in found {
            if context.isFrame(tokens.lowerBound) { continue }
            var best = 0
            var bestDistance = Int.max
            for (index, mention) in mentions.enumerated() {
                let distance = tokens.upperBound <= mention.trigger.lowerBound
                    ? mention.trigger.lowerBound - tokens.upperBound
                    : tokens.lowerBound - mention.trigger.upperBound
                if distance >= 0, distance < bestDistance {
                    bestDistance = distance
                    best = index
                }
            }
            if bestDistance <= 12, !mentions[best].quantities.contains(quantity) {
                mentions[best].quantities.append(quantity)
            }
        }
    }

    // MARK: Token helpers

    func isIn(_ set: KeySet, _ index: Int) -> Bool {
        guard index >= lower, index < upper else { return false }
        return set.contains(buffer.tokens[index].key)
    }

    func isPunct(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        guard index >= 0, index < buffer.tokens.count, buffer.tokens[index].kind == .punctuation else { return false }
        return buffer.tokens[index].byteCount == 1 && buffer.firstByte(of: index) == UInt8(scalar.value & 0xFF) && scalar.isASCII
    }

    func isSentenceStart(_ index: Int) -> Bool {
        var position = index - 1
        while position >= lower, buffer.tokens[position].kind == .punctuation { position -= 1 }
        return position < lower
    }

    func numberValue(_ index: Int) -> Int? {
        guard index >= 0, index < buffer.tokens.count else { return nil }
        let token = buffer.tokens[index]
        var value = 0
        var digits = 0
        for byte in buffer.bytes[Int(token.byteStart)..<Int(token.byteEnd)] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value &* 10 &+ Int(byte - 0x30)
            digits += 1
            if digits > 9 { return nil }
        }
        return digits > 0 ? value : nil
    }

    // MARK: Word sets

    static let degreeWords = L.keys(["deeply", "very", "highly", "extremely", "so", "too", "most", "more", "less",
                                     "is", "was", "are", "were", "be", "been", "being", "find", "found", "considered",
                                     "deemed", "quite", "particularly", "grossly", "racially", "potentially"])
    static let militaryModifiers = L.keys([
        "military", "ground", "air", "aerial", "combat", "counter-terrorism", "counterterrorism", "anti-terror",
        "anti-terrorist", "offensive", "army", "naval", "amphibious", "airborne", "special", "security", "armed",
        "bombing", "artillery", "liberation", "clearing", "clearance", "mop-up", "large-scale", "full-scale",
        "cross-border", "punitive",
    ])
    static let airModifiers = L.keys(["air", "aerial", "bombing", "airstrike", "drone"])
    static let groundModifiers = L.keys(["ground", "land", "amphibious", "cross-border"])
    static let clauseStoppers = L.keys(["and", "but", "or", "that", "which", "who", "said", "says", "will", "would",
                                        "launched", "began", "launch", "begin", "start", "started"])
    static let skippable = L.keys(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
                                   "of", "city", "town", "village", "province", "region", "district", "areas",
                                   "area", "key", "strategic", "northern", "southern", "eastern", "western",
                                   "central", "besieged", "embattled", "rebel-held", "militant-held", "nearby",
                                   "neighbouring", "neighboring", "entire", "whole", "all", "parts", "part",
                                   "iraqi", "syrian", "northeastern", "northwestern", "southeastern", "southwestern",
                                   "control", "back", "over", "large", "major", "remaining", "last", "remote", "main",
                                   "port", "capital", "second-largest", "largest", "border", "frontline",
                                   "regional", "provincial", "district", "state",
                                   // Who holds it or what it is like: "the besieged rebel enclave of Daraa al-Balad".
                                   "rebel", "opposition", "insurgent", "militant", "jihadist", "separatist",
                                   "occupied", "coastal", "small"])
    static let attachingPrepositions = L.keys(["of", "for", "on", "in", "against", "into", "to", "at", "around",
                                               "near", "over", "inside", "across", "within", "toward", "towards"])
    static let beAuxiliaries = L.keys(["is", "was", "are", "were", "be", "been", "being", "get", "gets", "got"])
    static let pastAuxiliaries = L.keys(["was", "were", "been", "has", "have", "had"])
    static let datePrepositions = L.keys(["in", "on"])
    /// Words that may follow the head of a noun phrase: a preposition, a conjunction, a verb.
    static let phraseHeadFollowers = L.keys(["by", "to", "in", "on", "within", "before", "after", "until", "and", "or",
                                             "will", "would", "could", "may", "might", "is", "was", "are", "were", "has",
                                             "had", "began", "begins", "started", "starts", "ended", "ends"])
    static let monthNames = L.keys(["january", "february", "march", "april", "may", "june", "july", "august",
                                    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
    static let adverbs = L.keys(["not", "already", "finally", "successfully", "fully", "completely", "reportedly",
                                 "recently", "now", "soon", "being", "been", "be", "to", "eventually"])
    static let holdingVerbs = L.keys(["held", "controlled", "occupied", "seized", "besieged", "defended"])
    static let startVerbs = L.keys(["launch", "launched", "launches", "launching", "begin", "began", "begun",
                                    "begins", "start", "started", "starts", "resume", "resumed", "continue",
                                    "continued", "conduct", "conducted", "carry", "complete", "completed", "end",
                                    "ended", "halt", "halted", "postpone", "postponed", "cancel", "cancelled"])
    static let futureMarkers = L.keys(["will", "shall", "'ll", "plan", "plans", "planned", "intend", "intends",
                                       "upcoming", "scheduled", "expected", "would", "could", "may", "might", "expect",
                                       "expects", "hope", "hopes", "aim", "aims", "fear", "fears", "tomorrow"])
    static let verbsAfterTo = L.keys(["liberate", "free", "capture", "take", "attack", "join", "fight", "support",
                                      "help", "carry", "launch", "begin", "start", "secure", "defend", "protect",
                                      "reinforce", "encircle", "besiege", "storm", "retake", "recapture", "be", "end"])
    /// Words that may link a noun trigger to its complement verb ("offensive to recapture",
    /// "operation aimed at retaking", "offensive which will involve taking control over").
    static let complementLinkers = L.keys(["to", "aimed", "aiming", "at", "which", "that", "will", "would", "involve",
                                           "involves", "include", "includes", "including", "among", "other", "things",
                                           "for", "in", "order", "designed", "meant", "intended", "seeking", "with",
                                           "the", "goal", "aim", "purpose", "of", "and", "also", "eventually", "finally"])
    static let nounFollowers = L.keys(["on", "against", "in", "into", "to", "toward", "towards", "near", "around", "at",
                                       "by", "of", "for", "from", "with", "was", "is", "are", "were", "will", "would",
                                       "could", "may", "might", "has", "have", "had", "began", "begins", "started",
                                       "starts", "stalled", "continued", "continues", "that", "which", "and", "or",
                                       "but", "aimed", "launched", "entered", "enters", "should", "appears", "seems",
                                       "intensified", "slowed", "ended", "involving", "targeting", "as", "after",
                                       "before", "since", "this", "last", "next", "earlier", "later", "now", "so",
                                       "there", "also", "itself", "gained", "gains", "stalls", "resumed", "resumes",
                                       "collapsed", "failed", "succeeded", "took", "had", "lasted", "reached", "wound"])
    static let activityLinkers = L.keys(["before", "ahead", "of", "for", "to", "simulating", "simulate", "practicing",
                                         "practising", "rehearsing", "a", "an", "the", "mock", "joint", "upcoming",
                                         "on", "about", "over", "preparing", "in", "preparation", "possible", "planned"])
    static let possessivePronouns = L.keys(["its", "their", "his", "her", "our", "my", "your"])
    static let subjectPronouns = L.keys(["it", "they", "we"])
    static let leavingVerbs = L.keys(["leave", "leaves", "left", "leaving", "abandon", "abandons", "abandoned",
                                      "abandoning", "evacuate", "evacuates", "evacuated", "evacuating", "withdraw",
                                      "withdraws", "withdrew", "withdrawing", "quit", "quits", "retreat", "retreated"])
    static let directionalPrepositions = L.keys(["to", "into", "toward", "towards", "from", "out", "onto"])
    static let edAdjectives = L.keys(["armed", "allied", "based", "backed", "trained", "renewed", "expected", "planned",
                                      "scheduled", "called", "needed", "alleged", "detailed", "united", "limited",
                                      "advanced", "sustained", "coordinated", "combined", "besieged", "embattled",
                                      "long-awaited", "awaited", "anticipated", "feared", "rumored", "rumoured",
                                      "proposed", "intended", "promised", "threatened", "delayed", "postponed",
                                      "cancelled", "canceled", "reported", "reportedly", "supposed", "so-called",
                                      "continued", "sustained", "concerted", "heated", "coordinated", "unprecedented",
                                      "involved", "required", "need", "aimed", "designed", "agreed", "declared",
                                      "announced", "said", "warned", "signed", "brokered", "mediated", "ordered",
                                      "approved", "authorized", "authorised", "vowed", "pledged", "hoped", "wanted",
                                      "decided", "tried", "attempted", "managed", "failed", "started", "launched",
                                      "resumed", "halted", "stalled", "suspended", "completed", "ended", "finished"])
    static let afterWords = L.keys(["after", "following"])
    static let directionWords = L.keys(["south", "north", "east", "west", "outside", "near", "around", "southwest",
                                        "southeast", "northwest", "northeast", "several", "dozens", "two", "three"])
    static let subjectLinkers = L.keys(["to", "will", "would", "could", "may", "might", "must", "shall", "should",
                                        "is", "are", "was", "were", "be", "been", "has", "have", "had", "began",
                                        "begin", "begins", "started", "start", "starts", "continued", "continues",
                                        "continue", "plans", "planned", "intends", "wants", "vowed", "threatened",
                                        "not", "also", "already", "now", "then", "again", "still", "soon", "'ll",
                                        "expected", "set", "due", "about", "going", "ready", "preparing"])
    static let containmentPrepositions = L.keys(["in", "near", "around", "across", "outside"])
    static let convoyNouns = L.keys(["convoy", "convoys"])
    static let objectPronouns = L.keys(["it"])
    static let verbCoordinators = L.keys(["and", "but", "or"])
    static let adjunctPrepositions = L.keys(["after", "since", "before"])
    static let launchGerunds = L.keys(["launching", "starting", "beginning", "opening"])
    /// "a second convoy", "another offensive", "a new offensive": not the one named before.
    static let freshWords = L.keys(["second", "third", "fourth", "another", "new", "fresh"])
    static let coastNouns = L.keys(["coast", "coastline", "shore", "shores", "coasts"])
    static let relativeWords = L.keys(["that", "who", "which"])
    static let useVerbs = L.keys(["use", "uses", "used", "using"])
    static let frontNouns = L.keys(["border", "frontline", "front", "front-line", "frontier"])
    static let reducedRelativeParticiples = L.keys(["announced", "declared", "agreed", "proclaimed", "reported", "confirmed",
                                                    "brokered", "unveiled"])
    static let reducedRelativeFollowers = L.keys(["in", "on", "at", "by", "last", "earlier", "this", "after", "during", "between", "with"])
    static let bankNouns = L.keys(["bank", "banks", "shore", "shores"])
    static let cityNouns = L.keys(["city", "cities"])
    static let areaNouns = L.keys(["area", "region", "territory", "province", "district"])
    static let conditionWords = L.keys(["until", "unless", "till"])
    static let subordinators = L.keys(["unless", "until", "if", "because", "although", "though", "whereas", "while"])
    static let deployVerbs = L.keys(["deploy", "deploys", "deployed", "deploying", "redeploy", "redeploys", "redeployed", "redeploying"])
    static let launchVerbs = L.keys(["start", "starts", "begin", "begins", "launch", "launches", "launched", "began",
                                     "started", "commence", "commences"])
    static let durativeHeads = L.keys(["campaign", "campaigns", "offensive", "siege", "operations"])
    static let verbContext = L.keys(["to", "will", "would", "could", "may", "might", "must", "shall", "can", "not",
                                     "they", "we", "it", "he", "she", "who", "'ll", "should", "cannot"])
    static let determiners = L.keys(["the", "a", "an", "this", "that", "these", "those"])
    static let particles = L.keys(["out", "off", "away", "up", "down", "on", "about", "around"])
    static let strongAttachers = L.keys(["for", "on", "against", "to"])
    static let militaryTargets = L.keys(["positions", "position", "compound", "compounds", "base", "bases", "targets",
                                         "target", "convoy", "convoys", "stronghold", "strongholds", "hideout",
                                         "hideouts", "depot", "depots", "headquarters", "lines", "trenches", "camp",
                                         "camps", "checkpoint", "checkpoints", "airfield", "airport", "outpost"])
    static let inKey = LexiconKey(folding: "in")
    static let intoKey = LexiconKey(folding: "into")
    static let towardKey = LexiconKey(folding: "toward")
    static let towardsKey = LexiconKey(folding: "towards")
}
