/// Tags the time expressions of one sentence (``TimeExpressionTagger`` in the standard setup).
public typealias TimeTagging = @Sendable (_ buffer: TextBuffer, _ sentence: Range<Int>, _ reference: ReferenceTime) -> [TimeExpression]

/// Settings of an ``Extractor``.
public struct ExtractorConfiguration: Sendable {
    /// Sentences are cut after this many tokens (bounds every per-sentence analysis).
    public var maximumSentenceTokens: Int
    /// The time-expression tagger.
    public var timeTagger: TimeTagging

    public init(maximumSentenceTokens: Int = 400, timeTagger: TimeTagging? = nil) {
        self.maximumSentenceTokens = max(1, maximumSentenceTokens)
        self.timeTagger = timeTagger ?? ExtractorConfiguration.standardTimeTagger
    }

    public static let `default` = ExtractorConfiguration()

    /// The standard tagger.
    public static let standardTimeTagger: TimeTagging = { buffer, sentence, reference in
        TimeExpressionTagger().tag(buffer, in: sentence, reference: reference)
    }
}

/// Counts of the work one extraction did, for linearity checks (compare counts, not time).
public struct ExtractionStatistics: Sendable, Hashable {
    public var tokens = 0
    public var sentences = 0
    /// Sentences with a possible trigger whose words were screened (``OperationDetector/mayMention(in:range:)``).
    public var sentencesScreened = 0
    /// Sentences that passed the screen and were analysed.
    public var sentencesAnalysed = 0
    public var mentions = 0
    public var timeExpressions = 0
    /// Alerts built.
    public var alerts = 0

    public init() {}

    /// One number that grows with all the work done.
    public var total: Int { tokens + sentences + sentencesScreened + sentencesAnalysed + mentions + timeExpressions + alerts }
}

/// The whole extraction pipeline behind one call (docs/EXTRACTION.md): tokens → sentences →
/// places, actors, attribution → operation mentions → document merge → schedule claims → alerts.
///
/// Deterministic (same article → same alerts in the same order), total (never traps), and
/// linear in the size of the body. Alerts are ordered by evidence offset, then kind.
public struct Extractor: Sendable {
    public var configuration: ExtractorConfiguration

    public init(configuration: ExtractorConfiguration = .default) {
        self.configuration = configuration
    }

    /// The operation and schedule alerts of `article`.
    public func extract(_ article: Article) -> ExtractionResult {
        var statistics = ExtractionStatistics()
        return extract(article, statistics: &statistics)
    }

    /// The alerts of `article`, counting the work done into `statistics`.
    public func extract(_ article: Article, statistics: inout ExtractionStatistics) -> ExtractionResult {
        let buffer = TextBuffer(article.body)
        statistics.tokens += buffer.tokens.count
        let detector = OperationDetector()
        let all = 0..<buffer.tokens.count
        guard detector.hasTrigger(in: buffer, range: all) else { return ExtractionResult() }
        let sentences = SentenceSplitter(maximumTokens: configuration.maximumSentenceTokens).split(buffer)
        statistics.sentences += sentences.count
        // The word screen: most trigger words are traps their neighbours give away ("offensive
        // remarks"); an article with no other trigger needs no places, actors or attribution.
        var candidates: [Int] = []
        for (index, sentence) in sentences.enumerated() where detector.hasTrigger(in: buffer, range: sentence.tokens) {
            statistics.sentencesScreened += 1
            if detector.mayMention(in: buffer, range: sentence.tokens) { candidates.append(index) }
        }
        guard !candidates.isEmpty else { return ExtractionResult() }
        let allPlaces = Gazetteer.standard.places(in: buffer, range: all)
        let actors = ActorLexicon.standard.actors(in: buffer, range: all, places: allPlaces)
        let analysis = AttributionAnalyzer().analyze(buffer, sentences: sentences, articleSource: article.source)
        let places = Self.outsideFrames(allPlaces, sentences: sentences, analysis: analysis)
        let referenceYear = Self.year(of: article.referenceTime)

        // Mentions, sentence by sentence.
        var mentions: [OperationMention] = []
        var placeCursor = 0
        var actorCursor = 0
        for index in candidates {
            let sentence = sentences[index]
            let range = sentence.tokens
            statistics.sentencesAnalysed += 1
            // Places from up to the anaphor lookback before the sentence, and the sentence's own.
            while placeCursor < places.count, places[placeCursor].tokens.upperBound <= range.lowerBound - OperationDetector.anaphorLookback {
                placeCursor += 1
            }
            var placeEnd = placeCursor
            while placeEnd < places.count, places[placeEnd].tokens.lowerBound < range.upperBound { placeEnd += 1 }
            while actorCursor < actors.count, actors[actorCursor].tokens.upperBound <= range.lowerBound { actorCursor += 1 }
            var actorEnd = actorCursor
            while actorEnd < actors.count, actors[actorEnd].tokens.lowerBound < range.upperBound { actorEnd += 1 }
            // The frame test reads the analysis in place: copying a sentence's attribution (four
            // arrays and its strings) per analysed sentence was a measurable share of the work.
            let isFrame: (Int) -> Bool = index < analysis.sentences.count
                ? { token in analysis.sentences[index].isFrameToken(token) } : { _ in false }
            let context = OperationDetector.Context(
                buffer: buffer, range: range, sentenceIndex: index, isFragment: sentence.kind == .fragment,
                places: places[placeCursor..<placeEnd], actors: actors[actorCursor..<actorEnd],
                isFrame: isFrame, referenceYear: referenceYear)
            mentions.append(contentsOf: detector.mentions(in: context))
        }
        statistics.mentions += mentions.count
        guard !mentions.isEmpty else { return ExtractionResult() }
        // A compass part of a country is that country, by name ("southern Lebanon" … "Lebanese
        // territory" is one place); the surface keeps the qualifier and the point stays the part's.
        for m in mentions.indices {
            for l in mentions[m].locations.indices {
                guard let country = Gazetteer.standard.countryOfDirectionalRegion(mentions[m].locations[l].mention.place) else { continue }
                if mentions[m].locations[l].mention.surface.isEmpty {
                    mentions[m].locations[l].mention.surface = mentions[m].locations[l].mention.place.name
                }
                mentions[m].locations[l].mention.place = country
            }
        }

        let isFragment: (Int) -> Bool = { index in index >= 0 && index < sentences.count && sentences[index].kind == .fragment }
        var (groups, groupOf) = OperationMerger.merge(mentions, isFragment: isFragment)
        // An operation the article places nowhere happens in the country it was filed from, when
        // that country is the article's theater ("KABUL —" … "it will complete its withdrawal").
        if let home = Self.theaterDateline(allPlaces, sentences: sentences, groups: groups) {
            for g in groups.indices where groups[g].locations.isEmpty {
                groups[g].locations = [OperationMention.Location(mention: home, role: .mentioned)]
            }
        }
        let alertArticle = AlertArticle(article)
        let source = article.referenceTime.source

        func evidence(_ sentence: Int) -> Evidence {
            let range = sentences[sentence].tokens
            guard !range.isEmpty else { return Evidence(sentence: "", start: 0, end: 0) }
            return Evidence(sentence: buffer.text(tokens: range), start: Int(buffer.tokens[range.lowerBound].scalarStart),
                            end: Int(buffer.tokens[range.upperBound - 1].scalarEnd))
        }
        func attributionOf(_ sentence: Int) -> SentenceAttribution? {
            sentence >= 0 && sentence < analysis.sentences.count ? analysis.sentences[sentence] : nil
        }
        func effectiveStance(_ sentence: Int) -> Stance {
            sentence >= 0 && sentence < analysis.sentences.count ? analysis.sentences[sentence].effectiveStance : .asserted
        }

        // Operation alerts.
        var operations: [OperationAlert] = []
        var groupNames: [String] = []
        var groupLocations: [String?] = []
        for group in groups {
            let lead = mentions[group.evidence]
            let movement = OperationMerger.isMovement(group.kind)
            let roleOrder: [LocationRole] = movement ? [.origin, .destination, .target, .mentioned] : [.target, .origin, .destination, .mentioned]
            var locations: [OperationMention.Location] = []
            for role in roleOrder {
                for location in group.locations where location.role == role {
                    guard !locations.contains(where: { $0.mention.place.name == location.mention.place.name }) else { continue }
                    locations.append(location)
                }
            }
            var participants: [OperationMention.Participant] = []
            for role in [ActorRole.agent, .target, .ally, .mediator] { participants += group.participants.filter { $0.role == role } }
            let agent = participants.first { $0.role == .agent }?.mention.actor.name
            let name = OperationMerger.name(kind: group.kind, locations: locations, agent: agent)
            groupNames.append(name)
            groupLocations.append(locations.first?.mention.place.name)
            let sentenceAttribution = attributionOf(lead.sentence)
            var stance = sentenceAttribution?.effectiveStance ?? .asserted
            for member in group.members {
                let other = effectiveStance(mentions[member].sentence)
                if other >= .doubted, other > stance { stance = other }
            }
            let attribution = sentenceAttribution?.attribution
            let alertLocations = locations.map { location in
                AlertLocation(place: location.mention.place, role: location.role,
                              text: location.mention.surface == location.mention.place.name || location.mention.surface.isEmpty ? nil : location.mention.surface)
            }
            let alertActors = participants.map { participant in
                AlertActor(actor: participant.mention.actor, role: participant.role,
                           text: participant.mention.surface == participant.mention.actor.name || participant.mention.surface.isEmpty ? nil : participant.mention.surface)
            }
            let features = Confidence.OperationFeatures(
                specificity: group.members.map { mentions[$0].specificity }.max() ?? 1,
                hasPlace: !locations.isEmpty, hasAgent: agent != nil, mentionCount: group.members.count,
                stance: stance, attribution: attribution, isFragment: isFragment(lead.sentence),
                isGenericOnly: group.members.allSatisfy { mentions[$0].isGeneric })
            let evidenceValue = evidence(lead.sentence)
            let id = AlertID.operation(articleID: article.id, kind: group.kind, locationKey: locations.first?.mention.place.slug ?? "",
                                       evidenceStart: evidenceValue.start, evidenceEnd: evidenceValue.end)
            operations.append(OperationAlert(
                id: id, article: alertArticle, operation: OperationDescription(kind: group.kind, name: name, status: group.status),
                locations: alertLocations, actors: alertActors, quantities: group.quantities, attribution: attribution,
                stance: stance, evidence: evidenceValue, confidence: Confidence.operation(features), referenceTimeSource: source))
        }

        // Schedule claims.
        var schedules: [ScheduleAlert] = []
        var bySentence: [Int: [Int]] = [:]
        var order: [Int] = []
        for (index, mention) in mentions.enumerated() {
            guard let group = groupOf[index], mention.role != .background, !mention.isAttributive else { continue }
            // Schedules are about what is still to come: planned, imminent or called-off operations,
            // and the end of ongoing ones (checked per link below).
            let status = mention.role == .anaphoric ? groups[group].status : mention.status
            guard status != .completed, status != .cancelled, groups[group].status != .completed else { continue }
            if bySentence[mention.sentence] == nil { order.append(mention.sentence) }
            bySentence[mention.sentence, default: []].append(index)
        }
        let linker = ClaimLinker()
        let referenceStamp = Self.localStamp(article.referenceTime)
        for sentenceIndex in order {
            guard let candidates = bySentence[sentenceIndex] else { continue }
            let range = sentences[sentenceIndex].tokens
            let expressions = configuration.timeTagger(buffer, range, article.referenceTime)
            statistics.timeExpressions += expressions.count
            let attribution = attributionOf(sentenceIndex)
            let links = linker.link(buffer: buffer, sentence: range, expressions: expressions, mentions: mentions,
                                    candidates: candidates, isFrame: { attribution?.isFrameToken($0) ?? false })
            for link in links {
                guard let groupIndex = groupOf[link.mention], let time = link.expression.time else { continue }
                let linkedStatus = mentions[link.mention].role == .anaphoric ? groups[groupIndex].status : mentions[link.mention].status
                var event = link.event
                // A time on an operation already under way says when it happens, not when it starts,
                // unless a start verb says what starts ("the next phase would begin within 48 hours").
                if linkedStatus == .ongoing, event == .begin || event == .occur {
                    // Only what is still to happen: "will continue strikes this week".
                    guard ClaimLinker.speaksOfFuture(buffer, range) else { continue }
                    if !(event == .begin && link.explicitEvent) { event = .occur }
                }
                // A start or occurrence dated before the reference day is a report, not a schedule.
                if event == .begin || event == .occur, time.grain == .day || time.grain == .hour || time.grain == .minute,
                   time.start.utf8.count >= 10, referenceStamp.utf8.count >= 10,
                   time.start.utf8.prefix(10).lexicographicallyPrecedes(referenceStamp.utf8.prefix(10))
                {
                    continue
                }
                // A time wholly before the reference time is history, not a schedule.
                if time.end.utf8.count >= 19, referenceStamp.utf8.count >= 19,
                   time.end.utf8.prefix(19).lexicographicallyPrecedes(referenceStamp.utf8.prefix(19)) || time.end.utf8.prefix(19).elementsEqual(referenceStamp.utf8.prefix(19))
                {
                    continue
                }
                // A plan dated to a near horizon ("will storm the town tonight", "within 72 hours":
                // hours counted from now) is imminent.
                let hoursFromNow = (time.grain == .hour || time.grain == .minute)
                    && time.start.utf8.prefix(13).elementsEqual(referenceStamp.utf8.prefix(13))
                if event == .begin, linkedStatus == .planned, operations[groupIndex].operation.status == .planned,
                   OperationLexicon.isImminentHorizon(buffer, link.expression.tokens) || hoursFromNow
                {
                    operations[groupIndex].operation.status = .imminent
                }
                let group = groups[groupIndex]
                let location = groupLocations[groupIndex]
                let claimAttribution = attribution?.attribution
                    ?? Attribution(source: article.source ?? "article", kind: .author)
                // A doubt or denial of the operation elsewhere in the article is one of its schedule too.
                var stance = attribution?.effectiveStance ?? .asserted
                let operationStance = operations[groupIndex].stance
                if operationStance >= .doubted, operationStance > stance { stance = operationStance }
                let evidenceValue = evidence(sentenceIndex)
                let features = Confidence.ScheduleFeatures(
                    specificity: mentions[link.mention].specificity, approximate: time.approximate,
                    explicitEvent: link.explicitEvent, distance: link.distance, stance: stance,
                    attribution: attribution?.attribution, hasPlace: location != nil)
                let key = location.map(Slug.make) ?? ""
                let id = AlertID.schedule(articleID: article.id, kind: group.kind, locationKey: key, event: event,
                                          claimedValue: time.value, grain: time.grain,
                                          evidenceStart: evidenceValue.start, evidenceEnd: evidenceValue.end)
                schedules.append(ScheduleAlert(
                    id: id, article: alertArticle,
                    operation: ScheduledOperation(kind: group.kind, name: groupNames[groupIndex], location: location),
                    event: event, claimedTime: time, attribution: claimAttribution, stance: stance,
                    evidence: evidenceValue, confidence: Confidence.schedule(features), referenceTimeSource: source,
                    theaterKey: key.isEmpty ? article.id : key))
            }
        }

        operations.sort { ($0.evidence.start, $0.operation.kind.rawValue, $0.id) < ($1.evidence.start, $1.operation.kind.rawValue, $1.id) }
        schedules.sort { ($0.evidence.start, $0.operation.kind.rawValue, $0.id) < ($1.evidence.start, $1.operation.kind.rawValue, $1.id) }
        statistics.alerts += operations.count + schedules.count
        return ExtractionResult(operations: operations, schedules: schedules)
    }

    /// The places that are not part of an attribution frame ("a source in Moscow told RIA Novosti")
    /// or a dateline ("BAKU —"): those are where someone spoke or filed, not where an operation is.
    static func outsideFrames(_ places: [PlaceMention], sentences: [Sentence], analysis: AttributionAnalysis) -> [PlaceMention] {
        var result: [PlaceMention] = []
        result.reserveCapacity(places.count)
        var sentenceIndex = 0
        for place in places {
            while sentenceIndex < sentences.count, sentences[sentenceIndex].tokens.upperBound <= place.tokens.lowerBound {
                sentenceIndex += 1
            }
            if sentenceIndex < analysis.sentences.count, sentences[sentenceIndex].tokens.contains(place.tokens.lowerBound),
               analysis.sentences[sentenceIndex].isFrameToken(place.tokens.lowerBound)
            {
                continue
            }
            // "ADDIS ABABA —": where the story was filed, not where the operation is.
            if sentenceIndex < sentences.count, sentences[sentenceIndex].dateline?.contains(place.tokens.lowerBound) == true {
                continue
            }
            result.append(place)
        }
        return result
    }

    /// The country of the first dateline ("KABUL —", "KIRKUK, Iraq —") when most of the article's
    /// located operations lie in it, as a mention over the dateline's place; nil otherwise
    /// ("WASHINGTON —" over strikes in Syria).
    static func theaterDateline(_ places: [PlaceMention], sentences: [Sentence], groups: [OperationMerger.Group]) -> PlaceMention? {
        guard groups.contains(where: { $0.locations.isEmpty }),
              let dateline = sentences.lazy.compactMap(\.dateline).first,
              let filed = places.first(where: { dateline.contains($0.tokens.lowerBound) }),
              !filed.place.country.isEmpty, let country = Gazetteer.standard.country(code: filed.place.country)
        else { return nil }
        var located = 0
        var inCountry = 0
        for group in groups {
            guard let main = group.locations.first?.mention.place else { continue }
            located += 1
            if main.country == country.country { inCountry += 1 }
        }
        guard inCountry * 2 > located else { return nil }
        return PlaceMention(tokens: filed.tokens, place: country, surface: country.name)
    }

    /// "YYYY-MM-DDTHH:MM:SS" of a reference time in its own UTC offset (claimed times use the same
    /// offset, so the two compare as text).
    static func localStamp(_ reference: ReferenceTime) -> String {
        let seconds = reference.secondsSinceEpoch.addingReportingOverflow(Int64(reference.utcOffsetSeconds)).partialValue
        let clamped = min(max(seconds, -62_135_596_800), 253_402_300_799)
        var days = clamped / 86_400
        var rest = clamped % 86_400
        if rest < 0 { rest += 86_400; days -= 1 }
        let (year, month, day) = civil(days)
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(rest / 3600, 2)):\(pad(rest % 3600 / 60, 2)):\(pad(rest % 60, 2))"
    }

    /// Year, month and day of a count of days since 1970-01-01 (civil-from-days, Howard Hinnant).
    static func civil(_ days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The calendar year of a reference time, in its own UTC offset.
    static func year(of reference: ReferenceTime) -> Int {
        let seconds = reference.secondsSinceEpoch.addingReportingOverflow(Int64(reference.utcOffsetSeconds)).partialValue
        var days = seconds / 86_400
        if seconds % 86_400 < 0 { days -= 1 }
        // Clamped to a sane range of days.
        return Int(civil(min(max(days, -100_000_000), 100_000_000)).0)
    }
}
