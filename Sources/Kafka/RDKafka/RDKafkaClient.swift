import CRdKafka
import Dispatch
import Logging
import Synchronization

/// Owns one `rd_kafka_t` and its callback context.
///
/// `@unchecked Sendable` invariant: ``handle`` never changes and points to an `rd_kafka_t`, which
/// librdkafka documents as safe to use from any thread. It is destroyed exactly once, in `deinit`,
/// after the poll thread was joined, so no call can race its destruction (every caller holds a
/// strong reference while it calls).
final class RDKafkaClient: @unchecked Sendable {
    let handle: OpaquePointer
    let context: RDKafkaClientContext
    let pollThread = RDKafkaPollThread()
    private let isProducer: Bool
    /// Serial queue for blocking librdkafka calls (flush, commit, metadata, transactions), so
    /// they never occupy a cooperative-pool thread.
    private let blockingQueue: DispatchQueue

    /// Creates the client.
    ///
    /// - Parameters:
    ///   - type: producer or consumer.
    ///   - properties: librdkafka properties, set in order.
    ///   - context: callback context; retained until after `rd_kafka_destroy`.
    ///   - configure: installs type-specific callbacks on the conf.
    init(
        type: rd_kafka_type_t,
        properties: [(key: String, value: String)],
        context: RDKafkaClientContext,
        configure: (OpaquePointer) -> Void = { _ in }
    ) throws(KafkaError) {
        let conf = try RDKafkaConfig.make(properties)
        RDKafkaClientContext.installCommonCallbacks(conf)
        configure(conf)
        let opaque = Unmanaged.passRetained(context)
        rd_kafka_conf_set_opaque(conf, opaque.toOpaque())
        var errstr = [CChar](repeating: 0, count: 512)
        guard let handle = rd_kafka_new(type, conf, &errstr, errstr.count) else {
            rd_kafka_conf_destroy(conf)
            opaque.release()
            let reason = errstr.nulTerminatedString
            throw .failed(code: KafkaErrorCode(rawValue: -1), message: "cannot create Kafka client: \(reason)")
        }
        self.handle = handle
        self.context = context
        self.isProducer = type == RD_KAFKA_PRODUCER
        self.blockingQueue = DispatchQueue(label: "newswatch.kafka.\(String(cString: rd_kafka_name(handle)))")
    }

    /// The librdkafka instance name, for example `newswatch#producer-1`.
    var name: String { String(cString: rd_kafka_name(handle)) }

    /// Starts a poll thread that serves callbacks of a producer or admin client.
    func startServingCallbacks() {
        let handle = SendableHandle(handle)
        let thread = pollThread
        pollThread.start(name: name) {
            while !thread.isStopping {
                rd_kafka_poll(handle.pointer, 100)
            }
        }
    }

    /// Stops the poll thread and waits for it. The thread's `rd_kafka_poll` is woken at once
    /// (`rd_kafka_queue_yield` on the main queue) instead of running out its 100 ms wait.
    func stopServingCallbacks() {
        let handle = SendableHandle(handle)
        pollThread.stopAndJoin {
            guard let main = rd_kafka_queue_get_main(handle.pointer) else { return }
            rd_kafka_queue_yield(main)
            rd_kafka_queue_destroy(main)
        }
    }

    /// Runs a blocking librdkafka call on this client's serial blocking queue.
    func runBlocking<T: Sendable>(
        _ body: @escaping @Sendable (OpaquePointer) throws(KafkaError) -> T
    ) async throws(KafkaError) -> T {
        let handle = SendableHandle(handle)
        let result: Result<T, KafkaError> = await withCheckedContinuation { continuation in
            blockingQueue.async {
                do throws(KafkaError) {
                    continuation.resume(returning: .success(try body(handle.pointer)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }

    deinit {
        stopServingCallbacks()
        if isProducer {
            rd_kafka_purge(handle, Int32(RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT))
            rd_kafka_flush(handle, 1000)
        }
        rd_kafka_destroy(handle)
        Unmanaged.passUnretained(context).release()
    }
}

/// An `rd_kafka_t` pointer carried into a poll loop or blocking call.
///
/// `@unchecked Sendable` invariant: `rd_kafka_t` is thread-safe, and the owning
/// ``RDKafkaClient`` outlives every use (it joins its poll thread and drains its blocking queue
/// before destroying the handle).
struct SendableHandle: @unchecked Sendable {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
}
