import CRdKafka

/// Turns librdkafka error codes and `rd_kafka_error_t` objects into ``KafkaError``.
enum RDKafkaErrors {
    static func name(of code: Int32) -> String {
        String(cString: rd_kafka_err2name(rd_kafka_resp_err_t(code)))
    }

    static func message(of code: Int32) -> String {
        String(cString: rd_kafka_err2str(rd_kafka_resp_err_t(code)))
    }

    /// Classifies a bare error code (no `rd_kafka_error_t` flags available).
    ///
    /// - Parameters:
    ///   - code: the librdkafka error code.
    ///   - context: what was being done, prefixed to librdkafka's message.
    static func error(_ code: rd_kafka_resp_err_t, _ context: String) -> KafkaError {
        let kafkaCode = KafkaErrorCode(rawValue: code.rawValue)
        let message = "\(context): \(message(of: code.rawValue))"
        switch kafkaCode {
        case .fatal:
            return .fatal(code: kafkaCode, message: message)
        case .timedOut, .requestTimedOut, .transport, .allBrokersDown, .notLeaderForPartition,
            .notCoordinator, .coordinatorNotAvailable, .notEnoughReplicas:
            return .retriable(code: kafkaCode, message: message)
        default:
            return .failed(code: kafkaCode, message: message)
        }
    }

    /// The fatal error of a client whose call returned `RD_KAFKA_RESP_ERR__FATAL`.
    static func fatalError(of handle: OpaquePointer, _ context: String) -> KafkaError {
        var errstr = [CChar](repeating: 0, count: 512)
        let code = rd_kafka_fatal_error(handle, &errstr, errstr.count)
        let reason = errstr.nulTerminatedString
        return .fatal(code: KafkaErrorCode(rawValue: code.rawValue), message: "\(context): \(reason)")
    }

    /// Consumes (destroys) an `rd_kafka_error_t` and classifies it: fatal, abort-required,
    /// retriable or failed, as librdkafka flags it.
    static func consume(_ error: OpaquePointer, _ context: String) -> KafkaError {
        defer { rd_kafka_error_destroy(error) }
        let code = KafkaErrorCode(rawValue: rd_kafka_error_code(error).rawValue)
        let message = "\(context): \(String(cString: rd_kafka_error_string(error)))"
        if rd_kafka_error_is_fatal(error) != 0 {
            return .fatal(code: code, message: message)
        }
        if rd_kafka_error_txn_requires_abort(error) != 0 {
            return .transactionAbortRequired(code: code, message: message)
        }
        if rd_kafka_error_is_retriable(error) != 0 {
            return .retriable(code: code, message: message)
        }
        return .failed(code: code, message: message)
    }

    /// Throws the classified error when `error` is non-nil; destroys it either way.
    static func check(_ error: OpaquePointer?, _ context: String) throws(KafkaError) {
        if let error {
            throw consume(error, context)
        }
    }
}

extension [CChar] {
    /// The NUL-terminated C string in this buffer (an `errstr` filled by librdkafka).
    var nulTerminatedString: String {
        String(decoding: prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
