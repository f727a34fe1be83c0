@testable import Extraction

/// Alerts for the encoder, id and schema tests.
enum EncoderFixtures {
    static let mosul = Place(name: "Mosul", country: "IQ", latitude: 36.34, longitude: 43.13, kind: .city, population: 1_600_000)
    static let hawija = Place(name: "Hawija", country: "IQ", latitude: 35.3259, longitude: 43.7845, kind: .town, population: 0)
    static let levant = Place(name: "Levant", country: "", latitude: -0.00001, longitude: -179.99996, kind: .region, population: 0)

    static let fullArticle = AlertArticle(Article(
        id: "sputnik-2016-10-10-mosul", publishedAt: "2016-10-10T12:00:00Z", title: "Plan to \"Move\" Daesh",
        body: "unused", source: "Sputnik", url: "https://example.org/a?b=1&c=2", language: "en",
        referenceTime: ReferenceTime(secondsSinceEpoch: 1_476_100_800, source: .article)))

    static let bareArticle = AlertArticle(Article(
        id: "news.articles/0/7", body: "unused",
        referenceTime: ReferenceTime(secondsSinceEpoch: 1_476_100_800, source: .kafkaTimestamp)))

    /// An operation alert with every optional value present.
    static let fullOperation = OperationAlert(
        id: AlertID.operation(articleID: "sputnik-2016-10-10-mosul", kind: .redeployment, locationKey: "mosul", evidenceStart: 1234, evidenceEnd: 1301),
        article: fullArticle,
        operation: OperationDescription(kind: .redeployment, name: "Daesh redeployment from Mosul", status: .planned),
        locations: [
            AlertLocation(place: mosul, role: .origin),
            AlertLocation(place: hawija, role: .destination, text: "Havice"),
        ],
        actors: [AlertActor(actor: Actor(name: "Daesh", kind: .armedGroup), role: .agent, text: "ISIL")],
        quantities: [Quantity(text: "more than 9,000 Daesh fighters", value: 9000, unit: "fighters", qualifier: .moreThan)],
        attribution: Attribution(
            source: "an unnamed source in military and diplomatic circles in Moscow", role: "source",
            kind: .unnamedSource, via: "RIA Novosti"),
        stance: .doubted,
        evidence: Evidence(sentence: "“More than 9,000 Daesh fighters\" will\tmove.\n", start: 1234, end: 1301),
        confidence: 0.875, referenceTimeSource: .article)

    /// An operation alert with every optional value absent.
    static let bareOperation = OperationAlert(
        id: AlertID.operation(articleID: "news.articles/0/7", kind: .airstrike, locationKey: "", evidenceStart: 0, evidenceEnd: 10),
        article: bareArticle,
        operation: OperationDescription(kind: .airstrike, name: "airstrikes", status: .ongoing),
        locations: [], actors: [], quantities: [], attribution: nil, stance: .asserted,
        evidence: Evidence(sentence: "Airstrikes", start: 0, end: 10),
        confidence: 1.0, referenceTimeSource: .kafkaTimestamp)

    static let fullSchedule = ScheduleAlert(
        id: AlertID.schedule(
            articleID: "sputnik-2016-10-10-mosul", kind: .offensive, locationKey: "mosul", event: .begin,
            claimedValue: "2016-10-19", grain: .day, evidenceStart: 3321, evidenceEnd: 3390),
        article: fullArticle,
        operation: ScheduledOperation(kind: .offensive, name: "Mosul offensive", location: "Mosul"),
        event: .begin,
        claimedTime: ClaimedTime(
            text: "on October 19", value: "2016-10-19", grain: .day, start: "2016-10-19T00:00:00Z",
            end: "2016-10-20T00:00:00Z", approximate: false),
        attribution: Attribution(source: "Heytem Haşim Muhtaroğlu", role: "head of the Iraqi Turkmen Front", kind: .namedOfficial, via: "Sputnik"),
        stance: .reported,
        evidence: Evidence(sentence: "The offensive will begin on October 19, Muhtaroğlu said.", start: 3321, end: 3390),
        confidence: 0.9, referenceTimeSource: .article, theaterKey: "mosul")

    static let bareSchedule = ScheduleAlert(
        id: AlertID.schedule(
            articleID: "news.articles/0/7", kind: .assault, locationKey: "", event: .occur, claimedValue: "2016-10-10T15:00",
            grain: .hour, evidenceStart: 5, evidenceEnd: 50),
        article: bareArticle,
        operation: ScheduledOperation(kind: .assault, name: "assault", location: nil),
        event: .occur,
        claimedTime: ClaimedTime(
            text: "within hours", value: "2016-10-10T15:00", grain: .hour, start: "2016-10-10T15:00:00+03:00",
            end: "2016-10-10T21:00:00+03:00", approximate: true),
        attribution: Attribution(source: "the author", kind: .author),
        stance: .hedged,
        evidence: Evidence(sentence: "The assault may come within hours.", start: 5, end: 50),
        confidence: 0.0, referenceTimeSource: .commandLine, theaterKey: "news.articles/0/7")

    /// Operation alerts that together use every enum value of the operation schema.
    static var allOperationVariants: [OperationAlert] {
        var alerts = [fullOperation, bareOperation]
        let statuses = OperationStatus.allCases
        let stances = Stance.allCases
        let locationRoles = LocationRole.allCases
        let actorRoles = ActorRole.allCases
        let actorKinds: [Actor.Kind] = [.stateMilitary, .coalition, .armedGroup, .militia, .intelligence, .government]
        let qualifiers = Quantity.Qualifier.allCases
        let attributionKinds = Attribution.Kind.allCases
        let sources: [ReferenceTime.Source] = [.article, .kafkaTimestamp, .commandLine]
        for (index, kind) in OperationKind.allCases.enumerated() {
            var alert = fullOperation
            alert.operation = OperationDescription(kind: kind, name: "\(kind.rawValue) \(index)", status: statuses[index % statuses.count])
            alert.stance = stances[index % stances.count]
            alert.locations = [AlertLocation(place: index % 2 == 0 ? mosul : levant, role: locationRoles[index % locationRoles.count])]
            alert.actors = [AlertActor(actor: Actor(name: "A", kind: actorKinds[index % actorKinds.count]), role: actorRoles[index % actorRoles.count])]
            alert.quantities = [Quantity(text: "\(index) troops", value: index - 3, unit: "troops", qualifier: qualifiers[index % qualifiers.count])]
            alert.attribution = Attribution(source: "S", kind: attributionKinds[index % attributionKinds.count])
            alert.referenceTimeSource = sources[index % sources.count]
            alert.confidence = Double(index) / 11
            alert.id = AlertID.operation(for: alert)
            alerts.append(alert)
        }
        return alerts
    }

    /// Schedule alerts that together use every enum value of the schedule schema.
    static var allScheduleVariants: [ScheduleAlert] {
        var alerts = [fullSchedule, bareSchedule]
        let values: [TimeGrain: String] = [
            .minute: "2016-10-19T15:30", .hour: "2016-10-19T15:00", .day: "2016-10-19", .week: "2016-W42",
            .month: "2016-10", .quarter: "2016-Q4", .year: "2016",
        ]
        let events = ScheduleEvent.allCases
        let stances = Stance.allCases
        let kinds = OperationKind.allCases
        let attributionKinds = Attribution.Kind.allCases
        for (index, grain) in TimeGrain.allCases.enumerated() {
            var alert = fullSchedule
            alert.operation.kind = kinds[(index * 2) % kinds.count]
            alert.event = events[index % events.count]
            alert.stance = stances[index % stances.count]
            alert.attribution.kind = attributionKinds[index % attributionKinds.count]
            alert.claimedTime = ClaimedTime(
                text: "t", value: values[grain] ?? "", grain: grain, start: "2016-10-19T15:30:00.5-05:00",
                end: "2016-10-19T16:30:00Z", approximate: index % 2 == 0)
            alert.id = AlertID.schedule(for: alert)
            alerts.append(alert)
        }
        return alerts
    }
}
