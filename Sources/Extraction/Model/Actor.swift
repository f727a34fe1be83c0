/// An armed force, group or agency that can take part in an operation.
public struct Actor: Sendable, Hashable {
    /// DESIGN §4 actor kinds.
    public struct Kind: Sendable, Hashable, RawRepresentable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public static let stateMilitary = Kind(rawValue: "state-military")
        public static let coalition = Kind(rawValue: "coalition")
        public static let armedGroup = Kind(rawValue: "armed-group")
        public static let militia = Kind(rawValue: "militia")
        public static let intelligence = Kind(rawValue: "intelligence")
        public static let government = Kind(rawValue: "government")
    }

    /// The canonical name ("Daesh" for ISIS, ISIL, IS and Islamic State).
    public var name: String
    public var kind: Kind
    /// ISO 3166-1 alpha-2 country of a state actor; empty otherwise.
    public var country: String

    public init(name: String, kind: Kind, country: String = "") {
        self.name = name
        self.kind = kind
        self.country = country
    }
}

/// An actor named in a text.
public struct ActorMention: Sendable, Hashable {
    public var tokens: Range<Int>
    public var actor: Actor
    /// The text as written, when it differs from `actor.name` ("ISIL").
    public var surface: String

    public init(tokens: Range<Int>, actor: Actor, surface: String) {
        self.tokens = tokens
        self.actor = actor
        self.surface = surface
    }
}
