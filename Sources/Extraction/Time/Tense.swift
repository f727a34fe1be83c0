/// The tense a sentence speaks in, as far as it matters for resolving "on October 19" or
/// "on Tuesday": past picks the most recent such day on or before the reference date,
/// anything else the next one on or after it.
public enum Tense: Sendable, Hashable {
    case past, present, future
}
