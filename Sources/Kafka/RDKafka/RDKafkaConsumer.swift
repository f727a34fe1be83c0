import CRdKafka
import Dispatch
import Synchronization

/// Consumer-side librdkafka calls and the consumer poll loop.
///
/// The loop runs on the client's dedicated poll thread and serves requests one at a time, so
/// rebalance callbacks run there too (inside `rd_kafka_consumer_poll` or
/// `rd_kafka_consumer_close`), never on the cooperative pool. Every polled message is copied and
/// destroyed before the next poll.
final class RDKafkaConsumer: Sendable {
    enum Request {
        case poll(maxMessages: Int, timeout: Duration, CheckedContinuation<[KafkaMessage], any Error>)
        case close(CheckedContinuation<Void, any Error>)
    }

    /// Requests waiting for the poll thread.
    final class Queue: Sendable {
        let requests = Mutex<[Request]>([])
        let wake = DispatchSemaphore(value: 0)
        let closed = Atomic<Bool>(false)

        func next() -> Request? {
            requests.withLock { $0.isEmpty ? nil : $0.removeFirst() }
        }

        /// Marks the queue closed and fails every waiting request.
        func close() {
            closed.store(true, ordering: .releasing)
            for pending in requests.withLock({ queue in defer { queue = [] }; return queue }) {
                RDKafkaConsumer.reject(pending)
            }
        }
    }

    let client: RDKafkaClient
    private let queue = Queue()

    init(client: RDKafkaClient) {
        self.client = client
        rd_kafka_poll_set_consumer(client.handle)
        let handle = SendableHandle(client.handle)
        client.pollThread.start(name: client.name) { [queue, context = client.context, thread = client.pollThread] in
            Self.loop(handle.pointer, context: context, thread: thread, queue: queue)
        }
    }

    var isClosed: Bool { queue.closed.load(ordering: .acquiring) }

    func submit(_ request: Request) {
        let rejected: Request? = queue.requests.withLock { requests in
            if queue.closed.load(ordering: .acquiring) { return request }
            requests.append(request)
            return nil
        }
        if let rejected {
            Self.reject(rejected)
        }
        queue.wake.signal()
    }

    fileprivate static func reject(_ request: Request) {
        switch request {
        case .poll(_, _, let continuation): continuation.resume(throwing: KafkaError.closed("consumer"))
        case .close(let continuation): continuation.resume()
        }
    }

    private static func loop(
        _ handle: OpaquePointer, context: RDKafkaClientContext, thread: RDKafkaPollThread,
        queue: Queue
    ) {
        while !thread.isStopping {
            guard let request = queue.next() else {
                _ = queue.wake.wait(timeout: .now() + .milliseconds(100))
                continue
            }
            switch request {
            case .poll(let maxMessages, let timeout, let continuation):
                do throws(KafkaError) {
                    continuation.resume(returning: try poll(handle, context: context, thread: thread, maxMessages: maxMessages, timeout: timeout))
                } catch {
                    continuation.resume(throwing: error)
                }
            case .close(let continuation):
                queue.closed.store(true, ordering: .releasing)
                let code = rd_kafka_consumer_close(handle)
                context.events?.finish()
                queue.close()
                if code == RD_KAFKA_RESP_ERR_NO_ERROR {
                    continuation.resume()
                } else {
                    continuation.resume(throwing: RDKafkaErrors.error(code, "consumer close"))
                }
                return
            }
        }
    }

    private static func poll(
        _ handle: OpaquePointer, context: RDKafkaClientContext, thread: RDKafkaPollThread,
        maxMessages: Int, timeout: Duration
    ) throws(KafkaError) -> [KafkaMessage] {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var batch: [KafkaMessage] = []
        while batch.count < maxMessages, !thread.isStopping {
            // Once the batch has a message the loop only takes what is ready: no clock needed.
            let wait: Int32 = batch.isEmpty ? min(100, (deadline - clock.now).timeoutMilliseconds) : 0
            let message = rd_kafka_consumer_poll(handle, wait)
            let revoked = context.revokedDuringPoll.withLock { revoked in defer { revoked = [] }; return revoked }
            if !revoked.isEmpty {
                batch.removeAll { revoked.contains($0.topicPartition) }
            }
            guard let message else {
                if !batch.isEmpty || clock.now >= deadline { break }
                continue
            }
            defer { rd_kafka_message_destroy(message) }
            let code = message.pointee.err
            guard code == RD_KAFKA_RESP_ERR_NO_ERROR else {
                if code == RD_KAFKA_RESP_ERR__PARTITION_EOF {
                    if let topic = message.pointee.rkt {
                        let partition = TopicPartition(String(cString: rd_kafka_topic_name(topic)), message.pointee.partition)
                        context.partitionEnds.withLock { $0[partition] = message.pointee.offset }
                    }
                    continue
                }
                let text = RDKafkaMessage.bytes(message.pointee.payload, message.pointee.len)
                    .map { String(decoding: $0, as: UTF8.self) } ?? RDKafkaErrors.message(of: code.rawValue)
                if code == RD_KAFKA_RESP_ERR__FATAL {
                    throw RDKafkaErrors.fatalError(of: handle, text)
                }
                context.events?.yield(.error(RDKafkaErrors.error(code, "consumer: \(text)")))
                continue
            }
            batch.append(RDKafkaMessage.copy(message))
        }
        return batch
    }

    /// Installs the rebalance and offset-commit callbacks on a consumer conf.
    static func installCallbacks(_ conf: OpaquePointer) {
        rd_kafka_conf_set_rebalance_cb(conf) { handle, code, partitions, opaque in
            guard let handle else { return }
            let context = RDKafkaClientContext.from(opaque: opaque)
            let list = RDKafkaTopicPartitionList.positions(partitions).map(\.topicPartition)
            let reported = rd_kafka_rebalance_protocol(handle).map { String(cString: $0) }
            let rebalanceProtocol = context?.rebalanceProtocol(reported: reported) ?? .eager
            let cooperative = rebalanceProtocol == .cooperative
            switch code {
            case RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS:
                let failure: KafkaError? =
                    if cooperative {
                        rd_kafka_incremental_assign(handle, partitions).map { RDKafkaErrors.consume($0, "incremental assign") }
                    } else {
                        RDKafkaConsumer.assignError(rd_kafka_assign(handle, partitions), "assign")
                    }
                context?.events?.yield(.rebalance(.assigned(list, rebalanceProtocol)))
                if let failure { context?.events?.yield(.error(failure)) }
            case RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS:
                let lost = rd_kafka_assignment_lost(handle) != 0
                context?.revokedDuringPoll.withLock { $0.formUnion(list) }
                context?.events?.yield(.rebalance(.revoked(list, rebalanceProtocol, lost: lost)))
                let failure: KafkaError? =
                    if cooperative {
                        rd_kafka_incremental_unassign(handle, partitions).map { RDKafkaErrors.consume($0, "incremental unassign") }
                    } else {
                        RDKafkaConsumer.assignError(rd_kafka_assign(handle, nil), "unassign")
                    }
                if let failure { context?.events?.yield(.error(failure)) }
            default:
                _ = rd_kafka_assign(handle, nil)
                context?.events?.yield(.error(RDKafkaErrors.error(code, "rebalance failed")))
            }
        }
        rd_kafka_conf_set_offset_commit_cb(conf) { _, code, offsets, opaque in
            guard let context = RDKafkaClientContext.from(opaque: opaque) else { return }
            if code == RD_KAFKA_RESP_ERR_NO_ERROR {
                context.events?.yield(.committed(.success(RDKafkaTopicPartitionList.positions(offsets))))
            } else if code != RD_KAFKA_RESP_ERR__NO_OFFSET {
                context.events?.yield(.committed(.failure(RDKafkaErrors.error(code, "offset commit"))))
            }
        }
    }

    static func assignError(_ code: rd_kafka_resp_err_t, _ context: String) -> KafkaError? {
        code == RD_KAFKA_RESP_ERR_NO_ERROR ? nil : RDKafkaErrors.error(code, context)
    }

    static func subscribe(_ handle: OpaquePointer, topics: [String]) throws(KafkaError) {
        try RDKafkaTopicPartitionList.withList(topics.map { TopicPartition($0, RD_KAFKA_PARTITION_UA) }) { list throws(KafkaError) in
            let code = rd_kafka_subscribe(handle, list)
            if code != RD_KAFKA_RESP_ERR_NO_ERROR {
                throw RDKafkaErrors.error(code, "subscribe to \(topics.joined(separator: ", "))")
            }
        }
    }

    /// Assigns `positions`, with the logical offsets beginning (-2) and end (-1) looked up first.
    ///
    /// `rd_kafka_assign` starts a logical offset's lookup at once, and a partition whose leader
    /// the client has not yet taken over (every partition of a fresh client) retries it only
    /// after a fixed 500 ms. `rd_kafka_offsets_for_times` with the same logical values sends the
    /// same ListOffsets request (with this consumer's isolation level) but waits for the leaders
    /// itself, so the partitions start fetching as soon as they are assigned. A partition whose
    /// lookup fails or times out keeps its logical offset, and librdkafka resolves it as before.
    static func assign(_ handle: OpaquePointer, _ positions: [TopicPartitionOffset], lookupTimeout: Duration) throws(KafkaError) {
        let positions = resolvingLogicalOffsets(handle, positions, timeout: lookupTimeout)
        try RDKafkaTopicPartitionList.withList(positions) { list throws(KafkaError) in
            let code = rd_kafka_assign(handle, list)
            if code != RD_KAFKA_RESP_ERR_NO_ERROR {
                throw RDKafkaErrors.error(code, "assign")
            }
        }
    }

    /// `positions` with beginning and end replaced by the offsets they stand for now, where the
    /// brokers answered within `timeout`.
    private static func resolvingLogicalOffsets(
        _ handle: OpaquePointer, _ positions: [TopicPartitionOffset], timeout: Duration
    ) -> [TopicPartitionOffset] {
        func isLogical(_ position: TopicPartitionOffset) -> Bool {
            position.offset == RD_KAFKA_OFFSET_BEGINNING || position.offset == RD_KAFKA_OFFSET_END
        }
        let logical = positions.filter(isLogical)
        guard !logical.isEmpty else { return positions }
        let found = try? RDKafkaTopicPartitionList.withList(logical) { list -> [TopicPartition: Int64] in
            guard rd_kafka_offsets_for_times(handle, list, timeout.timeoutMilliseconds) == RD_KAFKA_RESP_ERR_NO_ERROR,
                let elements = list.pointee.elems
            else { return [:] }
            var found: [TopicPartition: Int64] = [:]
            for element in UnsafeBufferPointer(start: elements, count: Int(list.pointee.cnt))
            where element.err == RD_KAFKA_RESP_ERR_NO_ERROR && element.offset >= 0 {
                found[TopicPartition(String(cString: element.topic), element.partition)] = element.offset
            }
            return found
        }
        guard let found, !found.isEmpty else { return positions }
        return positions.map { position in
            guard isLogical(position), let offset = found[position.topicPartition] else { return position }
            return TopicPartitionOffset(position.topic, position.partition, offset: offset)
        }
    }

    /// The length of the consumer queue, into which every partition's fetched messages are forwarded.
    static func queuedCount(_ handle: OpaquePointer) -> Int {
        guard let queue = rd_kafka_queue_get_consumer(handle) else { return 0 }
        defer { rd_kafka_queue_destroy(queue) }
        return rd_kafka_queue_length(queue)
    }

    static func assignment(_ handle: OpaquePointer) throws(KafkaError) -> [TopicPartition] {
        var list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?
        let code = rd_kafka_assignment(handle, &list)
        defer { if let list { rd_kafka_topic_partition_list_destroy(list) } }
        if code != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw RDKafkaErrors.error(code, "assignment")
        }
        return RDKafkaTopicPartitionList.positions(list).map(\.topicPartition)
    }

    static func store(_ handle: OpaquePointer, _ offsets: [TopicPartitionOffset]) throws(KafkaError) {
        try RDKafkaTopicPartitionList.withList(offsets) { list throws(KafkaError) in
            let code = rd_kafka_offsets_store(handle, list)
            if let error = RDKafkaTopicPartitionList.firstError(list, "store offset") { throw error }
            if code != RD_KAFKA_RESP_ERR_NO_ERROR { throw RDKafkaErrors.error(code, "store offsets") }
        }
    }

    static func commit(_ handle: OpaquePointer, _ offsets: [TopicPartitionOffset]?, async: Bool) throws(KafkaError) {
        let check = { (code: rd_kafka_resp_err_t) throws(KafkaError) in
            if code != RD_KAFKA_RESP_ERR_NO_ERROR, code != RD_KAFKA_RESP_ERR__NO_OFFSET {
                throw RDKafkaErrors.error(code, "commit offsets")
            }
        }
        guard let offsets else {
            return try check(rd_kafka_commit(handle, nil, async ? 1 : 0))
        }
        try RDKafkaTopicPartitionList.withList(offsets) { list throws(KafkaError) in
            try check(rd_kafka_commit(handle, list, async ? 1 : 0))
            if !async, let error = RDKafkaTopicPartitionList.firstError(list, "commit offset") { throw error }
        }
    }

    static func committed(_ handle: OpaquePointer, _ partitions: [TopicPartition], timeout: Duration) throws(KafkaError) -> [TopicPartition: Int64] {
        try RDKafkaTopicPartitionList.withList(partitions) { list throws(KafkaError) in
            let code = rd_kafka_committed(handle, list, timeout.timeoutMilliseconds)
            if code != RD_KAFKA_RESP_ERR_NO_ERROR { throw RDKafkaErrors.error(code, "fetch committed offsets") }
            if let error = RDKafkaTopicPartitionList.firstError(list, "committed offset") { throw error }
            var result: [TopicPartition: Int64] = [:]
            for position in RDKafkaTopicPartitionList.positions(list) where position.offset >= 0 {
                result[position.topicPartition] = position.offset
            }
            return result
        }
    }

    static func seek(_ handle: OpaquePointer, _ positions: [TopicPartitionOffset], timeout: Duration) throws(KafkaError) {
        try RDKafkaTopicPartitionList.withList(positions) { list throws(KafkaError) in
            try RDKafkaErrors.check(rd_kafka_seek_partitions(handle, list, timeout.timeoutMilliseconds), "seek")
            if let error = RDKafkaTopicPartitionList.firstError(list, "seek") { throw error }
        }
    }

    static func pause(_ handle: OpaquePointer, _ partitions: [TopicPartition], resume: Bool) throws(KafkaError) {
        try RDKafkaTopicPartitionList.withList(partitions) { list throws(KafkaError) in
            let code = resume ? rd_kafka_resume_partitions(handle, list) : rd_kafka_pause_partitions(handle, list)
            if code != RD_KAFKA_RESP_ERR_NO_ERROR { throw RDKafkaErrors.error(code, resume ? "resume" : "pause") }
            if let error = RDKafkaTopicPartitionList.firstError(list, resume ? "resume" : "pause") { throw error }
        }
    }

    static func watermarks(_ handle: OpaquePointer, _ partition: TopicPartition, timeout: Duration) throws(KafkaError) -> Watermarks {
        var low: Int64 = 0
        var high: Int64 = 0
        let code = rd_kafka_query_watermark_offsets(handle, partition.topic, partition.partition, &low, &high, timeout.timeoutMilliseconds)
        if code != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw RDKafkaErrors.error(code, "watermarks of \(partition)")
        }
        return Watermarks(low: low, high: high)
    }

    static func offsetsForTimes(
        _ handle: OpaquePointer, _ timestamps: [TopicPartition: Int64], timeout: Duration
    ) throws(KafkaError) -> [TopicPartition: Int64?] {
        let positions = timestamps.map { TopicPartitionOffset($0.key.topic, $0.key.partition, offset: $0.value) }
        return try RDKafkaTopicPartitionList.withList(positions) { list throws(KafkaError) in
            let code = rd_kafka_offsets_for_times(handle, list, timeout.timeoutMilliseconds)
            if code != RD_KAFKA_RESP_ERR_NO_ERROR { throw RDKafkaErrors.error(code, "offsets for times") }
            if let error = RDKafkaTopicPartitionList.firstError(list, "offsets for times") { throw error }
            var result: [TopicPartition: Int64?] = [:]
            for position in RDKafkaTopicPartitionList.positions(list) {
                result[position.topicPartition] = position.offset >= 0 ? position.offset : nil
            }
            return result
        }
    }
}
