/// The article fields every alert repeats (DESIGN §4 `article`).
public struct AlertArticle: Sendable, Hashable {
    public var id: String
    public var source: String?
    public var url: String?
    public var title: String?
    public var publishedAt: String?
    public var language: String?

    public init(_ article: Article) {
        id = article.id
        source = article.source
        url = article.url
        title = article.title
        publishedAt = article.publishedAt
        language = article.language
    }
}

/// The kinds of military operation (DESIGN §4).
public enum OperationKind: String, Sendable, Hashable, CaseIterable {
    case offensive, assault, siege, airstrike, shelling, raid
    case groundOperation = "ground-operation"
    case liberation, withdrawal, redeployment, ceasefire, other
}

/// An operation's status as of the article's time (DESIGN §4).
public enum OperationStatus: String, Sendable, Hashable, CaseIterable {
    case planned, imminent, ongoing, completed, cancelled
}

/// How firmly the article stands behind a statement (DESIGN §4); later cases win.
public enum Stance: String, Sendable, Hashable, CaseIterable, Comparable {
    case asserted, reported, hedged, doubted, denied

    private var precedence: Int {
        switch self {
        case .asserted: 0
        case .reported: 1
        case .hedged: 2
        case .doubted: 3
        case .denied: 4
        }
    }

    public static func < (lhs: Stance, rhs: Stance) -> Bool { lhs.precedence < rhs.precedence }
}

/// Who said something, and through which medium (DESIGN §4 `attribution`).
public struct Attribution: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case namedOfficial = "named-official"
        case unnamedSource = "unnamed-source"
        case media, organization, author
    }

    /// The source as the article describes it ("Heytem Haşim Muhtaroğlu").
    public var source: String
    /// The source's role or title ("head of the Iraqi Turkmen Front").
    public var role: String?
    public var kind: Kind
    /// The medium the statement was made to or through ("RIA Novosti", "Sputnik").
    public var via: String?

    public init(source: String, role: String? = nil, kind: Kind, via: String? = nil) {
        self.source = source
        self.role = role
        self.kind = kind
        self.via = via
    }
}

/// The sentence an alert rests on, with its code-point offsets in the body.
public struct Evidence: Sendable, Hashable {
    public var sentence: String
    /// Offset of the sentence's first Unicode scalar in `body`.
    public var start: Int
    /// Offset one past the sentence's last Unicode scalar.
    public var end: Int

    public init(sentence: String, start: Int, end: Int) {
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}

/// A location's part in an operation.
public enum LocationRole: String, Sendable, Hashable, CaseIterable {
    case target, origin, destination, mentioned
}

/// An actor's part in an operation.
public enum ActorRole: String, Sendable, Hashable, CaseIterable {
    case agent, target, mediator, ally
}

/// A place in an operation alert.
public struct AlertLocation: Sendable, Hashable {
    public var place: Place
    public var role: LocationRole
    /// The surface text where it differs from the canonical name.
    public var text: String?

    public init(place: Place, role: LocationRole, text: String? = nil) {
        self.place = place
        self.role = role
        self.text = text
    }
}

/// An actor in an operation alert.
public struct AlertActor: Sendable, Hashable {
    public var actor: Actor
    public var role: ActorRole
    /// The surface text where it differs from the canonical name.
    public var text: String?

    public init(actor: Actor, role: ActorRole, text: String? = nil) {
        self.actor = actor
        self.role = role
        self.text = text
    }
}

/// A quantity of forces ("more than 9,000 Daesh fighters").
public struct Quantity: Sendable, Hashable {
    public enum Qualifier: String, Sendable, Hashable, CaseIterable {
        case exact
        case moreThan = "more-than"
        case lessThan = "less-than"
        case about
        case upTo = "up-to"
    }

    public var text: String
    public var value: Int
    /// What is counted, singular or plural as written ("fighters", "troops", "tanks").
    public var unit: String
    public var qualifier: Qualifier

    public init(text: String, value: Int, unit: String, qualifier: Qualifier) {
        self.text = text
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
    }
}

/// An operation in an operation alert.
public struct OperationDescription: Sendable, Hashable {
    public var kind: OperationKind
    /// A readable name ("Mosul offensive", "siege of Fallujah").
    public var name: String
    public var status: OperationStatus

    public init(kind: OperationKind, name: String, status: OperationStatus) {
        self.kind = kind
        self.name = name
        self.status = status
    }
}

/// An operation-mention alert (`alerts.operations`, DESIGN §4).
public struct OperationAlert: Sendable, Hashable {
    /// Deterministic id (``AlertID``).
    public var id: String
    public var article: AlertArticle
    public var operation: OperationDescription
    public var locations: [AlertLocation]
    public var actors: [AlertActor]
    public var quantities: [Quantity]
    /// Nil when the article itself asserts the operation.
    public var attribution: Attribution?
    public var stance: Stance
    public var evidence: Evidence
    /// In 0...1, two decimals.
    public var confidence: Double
    public var referenceTimeSource: ReferenceTime.Source

    /// The Kafka key: slug of the main location, else the article id (DESIGN §2).
    public var theaterKey: String { locations.first.map(\.place.slug) ?? article.id }

    public init(
        id: String, article: AlertArticle, operation: OperationDescription, locations: [AlertLocation],
        actors: [AlertActor], quantities: [Quantity], attribution: Attribution?, stance: Stance,
        evidence: Evidence, confidence: Double, referenceTimeSource: ReferenceTime.Source
    ) {
        self.id = id
        self.article = article
        self.operation = operation
        self.locations = locations
        self.actors = actors
        self.quantities = quantities
        self.attribution = attribution
        self.stance = stance
        self.evidence = evidence
        self.confidence = confidence
        self.referenceTimeSource = referenceTimeSource
    }
}

/// What a schedule claim is about (DESIGN §4).
public enum ScheduleEvent: String, Sendable, Hashable, CaseIterable {
    case begin, end, deadline, occur
}

/// The operation a schedule claim refers to.
public struct ScheduledOperation: Sendable, Hashable {
    public var kind: OperationKind
    public var name: String
    /// The main location's canonical name, when there is one.
    public var location: String?

    public init(kind: OperationKind, name: String, location: String?) {
        self.kind = kind
        self.name = name
        self.location = location
    }
}

/// A schedule-claim alert (`alerts.schedules`, DESIGN §4).
public struct ScheduleAlert: Sendable, Hashable {
    public var id: String
    public var article: AlertArticle
    public var operation: ScheduledOperation
    public var event: ScheduleEvent
    public var claimedTime: ClaimedTime
    /// Who makes the claim; kind `author` when no one is named.
    public var attribution: Attribution
    public var stance: Stance
    public var evidence: Evidence
    public var confidence: Double
    public var referenceTimeSource: ReferenceTime.Source
    /// The Kafka key: slug of the operation's location, else the article id (DESIGN §2).
    public var theaterKey: String

    public init(
        id: String, article: AlertArticle, operation: ScheduledOperation, event: ScheduleEvent,
        claimedTime: ClaimedTime, attribution: Attribution, stance: Stance, evidence: Evidence,
        confidence: Double, referenceTimeSource: ReferenceTime.Source, theaterKey: String
    ) {
        self.id = id
        self.article = article
        self.operation = operation
        self.event = event
        self.claimedTime = claimedTime
        self.attribution = attribution
        self.stance = stance
        self.evidence = evidence
        self.confidence = confidence
        self.referenceTimeSource = referenceTimeSource
        self.theaterKey = theaterKey
    }
}

/// Everything the extractor found in one article.
public struct ExtractionResult: Sendable, Hashable {
    public var operations: [OperationAlert]
    public var schedules: [ScheduleAlert]

    public init(operations: [OperationAlert] = [], schedules: [ScheduleAlert] = []) {
        self.operations = operations
        self.schedules = schedules
    }
}
