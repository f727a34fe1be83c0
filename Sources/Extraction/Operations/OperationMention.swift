/// One mention of a military operation in one sentence, before the document merge.
public struct OperationMention: Sendable, Hashable {
    /// How a mention takes part in the document merge.
    public enum Role: Sendable, Hashable {
        /// Reports an operation: creates an alert or merges into one.
        case primary
        /// Refers back to an operation named earlier ("the operation", "this campaign"): it joins
        /// the most recent operation and lends it its sentence for schedule claims, nothing else.
        case anaphoric
        /// The time frame of another event ("after a three-month siege", "training before the
        /// upcoming battle", "the 2003 invasion"): background, never an alert of its own.
        case background
    }

    /// A place and its part in the operation.
    public struct Location: Sendable, Hashable {
        public var mention: PlaceMention
        public var role: LocationRole
    }

    /// An actor and its part in the operation.
    public struct Participant: Sendable, Hashable {
        public var mention: ActorMention
        public var role: ActorRole
    }

    /// Index of the sentence in the article's sentences.
    public var sentence: Int
    /// The trigger's tokens.
    public var trigger: Range<Int>
    public var kind: OperationKind
    /// True when the kind came from context rather than the trigger ("operation", "campaign").
    public var isGeneric: Bool
    /// 3 = a noun naming the kind, 2 = a verb of the kind, 1 = a generic head.
    public var specificity: Int
    public var status: OperationStatus
    public var role: Role
    public var locations: [Location]
    public var participants: [Participant]
    public var quantities: [Quantity]
    /// False when no cue in the sentence set the status (it is the default, ongoing or planned).
    public var statusHasCue: Bool = true
    /// A participle used as an adjective ("the besieged town"): a state the sentence takes for
    /// granted, never the operation a time in the sentence schedules.
    public var isAttributive: Bool = false
    /// Marked as another operation than one named before ("a second convoy", "a new offensive").
    public var isFresh: Bool = false
    /// False when the mention may not take the place of the operation reported just before it
    /// (a truce in an "unless" clause, "shelling of towns and villages" with its own object).
    public var inheritsPlace: Bool = true
    /// A noun with its own "by" agent in a frame of another event ("retook Shchastia after a brief
    /// incursion by separatists"): it does not rename the operation it folds into.
    public var isFramed: Bool = false

    /// The main location: the first target, else origin, else destination, else mentioned.
    public var mainLocation: PlaceMention? {
        for role in [LocationRole.target, .origin, .destination, .mentioned] {
            if let found = locations.first(where: { $0.role == role }) { return found.mention }
        }
        return nil
    }
}
