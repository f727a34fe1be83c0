/// An error from the Kafka layer.
///
/// Transactional and client errors are classified the way librdkafka classifies them, so a
/// caller can decide what to do from the case alone:
/// - ``fatal(code:message:)``: the client is unusable; close it and create a new one.
/// - ``transactionAbortRequired(code:message:)``: call `abortTransaction()`, then retry the
///   whole transaction.
/// - ``retriable(code:message:)``: the same call may succeed if repeated.
/// - ``failed(code:message:)``: the operation failed for good; the client is still usable.
public enum KafkaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A configuration property is unknown or its value is invalid. `reason` is librdkafka's
    /// own message, which names the property.
    case invalidConfiguration(key: String, reason: String)
    /// The client hit a fatal error (for example a fenced or invalid idempotent producer).
    case fatal(code: KafkaErrorCode, message: String)
    /// The current transaction can no longer commit and must be aborted.
    case transactionAbortRequired(code: KafkaErrorCode, message: String)
    /// A temporary failure; the operation may be retried.
    case retriable(code: KafkaErrorCode, message: String)
    /// A permanent, non-fatal failure of one operation (for example one message's delivery).
    case failed(code: KafkaErrorCode, message: String)
    /// The client was closed before or while the operation ran.
    case closed(String)

    /// The Kafka error code, when the error has one.
    public var code: KafkaErrorCode? {
        switch self {
        case .fatal(let code, _), .transactionAbortRequired(let code, _),
            .retriable(let code, _), .failed(let code, _):
            code
        case .invalidConfiguration, .closed:
            nil
        }
    }

    /// `true` for ``fatal(code:message:)``.
    public var isFatal: Bool { if case .fatal = self { true } else { false } }

    /// `true` for ``retriable(code:message:)``.
    public var isRetriable: Bool { if case .retriable = self { true } else { false } }

    public var description: String {
        switch self {
        case .invalidConfiguration(let key, let reason):
            "invalid Kafka configuration property \"\(key)\": \(reason)"
        case .fatal(let code, let message):
            "fatal Kafka error \(code.name): \(message) (the client must be recreated)"
        case .transactionAbortRequired(let code, let message):
            "Kafka transaction must be aborted (\(code.name)): \(message)"
        case .retriable(let code, let message):
            "retriable Kafka error \(code.name): \(message)"
        case .failed(let code, let message):
            "Kafka error \(code.name): \(message)"
        case .closed(let what):
            "Kafka client closed: \(what)"
        }
    }
}
