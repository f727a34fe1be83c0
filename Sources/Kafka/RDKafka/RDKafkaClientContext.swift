import CRdKafka
import Logging
import Synchronization

/// What librdkafka's callbacks need: a logger, the consumer event stream and the set of
/// partitions revoked during the current poll. Passed to librdkafka as the conf opaque; the
/// owning ``RDKafkaClient`` keeps it alive until after `rd_kafka_destroy`.
final class RDKafkaClientContext: Sendable {
    let logger: Logger
    let events: AsyncStream<ConsumerEvent>.Continuation?
    /// Partitions revoked since the consumer poll loop last looked; it drops their messages.
    let revokedDuringPoll = Mutex<Set<TopicPartition>>([])
    /// The offset of the latest end-of-partition event per partition (`enable.partition.eof`).
    let partitionEnds = Mutex<[TopicPartition: Int64]>([:])
    /// The group's rebalance protocol as last reported by librdkafka (eager until a rebalance
    /// says otherwise).
    private let lastRebalanceProtocol = Mutex<RebalanceProtocol>(.eager)

    init(logger: Logger, events: AsyncStream<ConsumerEvent>.Continuation?) {
        self.logger = logger
        self.events = events
    }

    /// The protocol of the rebalance at hand: the one librdkafka reports (`reported`, from
    /// `rd_kafka_rebalance_protocol`), or the last one it reported when it gives nothing usable —
    /// `NULL` while the consumer closes (its group handle is terminating), or `NONE`.
    func rebalanceProtocol(reported: String?) -> RebalanceProtocol {
        lastRebalanceProtocol.withLock { known in
            if let reported, reported == RebalanceProtocol.cooperative.rawValue || reported == RebalanceProtocol.eager.rawValue {
                known = RebalanceProtocol(rawValue: reported)
            }
            return known
        }
    }

    static func from(_ handle: OpaquePointer?) -> RDKafkaClientContext? {
        guard let handle, let opaque = rd_kafka_opaque(handle) else { return nil }
        return Unmanaged<RDKafkaClientContext>.fromOpaque(opaque).takeUnretainedValue()
    }

    static func from(opaque: UnsafeMutableRawPointer?) -> RDKafkaClientContext? {
        guard let opaque else { return nil }
        return Unmanaged<RDKafkaClientContext>.fromOpaque(opaque).takeUnretainedValue()
    }

    /// Installs the callbacks every client uses (log, error, statistics) on `conf`.
    static func installCommonCallbacks(_ conf: OpaquePointer) {
        rd_kafka_conf_set_log_cb(conf) { handle, level, facility, message in
            guard let context = RDKafkaClientContext.from(handle) else { return }
            let text = message.map { String(cString: $0) } ?? ""
            let metadata: Logger.Metadata = [
                "kafka.facility": .string(facility.map { String(cString: $0) } ?? ""),
                "kafka.client": .string(handle.map { String(cString: rd_kafka_name($0)) } ?? ""),
            ]
            context.logger.log(level: RDKafkaClientContext.logLevel(syslog: level), "\(text)", metadata: metadata)
        }
        rd_kafka_conf_set_error_cb(conf) { handle, code, reason, opaque in
            guard let context = RDKafkaClientContext.from(opaque: opaque) else { return }
            let text = reason.map { String(cString: $0) } ?? ""
            let error: KafkaError =
                if code == RD_KAFKA_RESP_ERR__FATAL.rawValue, let handle {
                    RDKafkaErrors.fatalError(of: handle, text)
                } else {
                    RDKafkaErrors.error(rd_kafka_resp_err_t(code), text)
                }
            context.logger.warning("kafka client error", metadata: ["error": "\(error)"])
            context.events?.yield(.error(error))
        }
        rd_kafka_conf_set_stats_cb(conf) { _, json, length, opaque in
            guard let context = RDKafkaClientContext.from(opaque: opaque), let json else { return 0 }
            let text = json.withMemoryRebound(to: UInt8.self, capacity: length) {
                String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
            }
            context.events?.yield(.statistics(text))
            return 0
        }
    }

    static func logLevel(syslog level: Int32) -> Logger.Level {
        switch level {
        case ...2: .critical
        case 3: .error
        case 4: .warning
        case 5: .notice
        case 6: .info
        default: .debug
        }
    }
}
