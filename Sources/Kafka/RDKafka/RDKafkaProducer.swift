import CRdKafka

/// Producer-side librdkafka calls: produce with a per-message receipt, the delivery callback,
/// and the transactional API.
///
/// Ownership: each produced message carries a retained ``DeliveryReceipt`` as its opaque; the
/// delivery callback takes that retain back exactly once. When `rd_kafka_produceva` fails, the
/// retain and the headers (owned by librdkafka only on success) are released here.
enum RDKafkaProducer {
    static func installDeliveryCallback(_ conf: OpaquePointer) {
        rd_kafka_conf_set_dr_msg_cb(conf) { handle, message, _ in
            guard let message, let opaque = message.pointee._private else { return }
            let receipt = Unmanaged<DeliveryReceipt>.fromOpaque(opaque).takeRetainedValue()
            let m = message.pointee
            let topic = receipt.topic
            guard m.err == RD_KAFKA_RESP_ERR_NO_ERROR else {
                let context = "delivery to \(topic) failed"
                let error =
                    if m.err == RD_KAFKA_RESP_ERR__FATAL, let handle {
                        RDKafkaErrors.fatalError(of: handle, context)
                    } else {
                        RDKafkaErrors.error(m.err, context)
                    }
                receipt.resolve(.failure(error))
                return
            }
            var timestampType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
            let milliseconds = rd_kafka_message_timestamp(message, &timestampType)
            let timestamp: KafkaTimestamp? =
                timestampType == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
                ? nil
                : KafkaTimestamp(milliseconds: milliseconds, kind: .init(rawValue: Int32(timestampType.rawValue)))
            receipt.resolve(
                .success(DeliveryReport(topic: topic, partition: m.partition, offset: m.offset, timestamp: timestamp))
            )
        }
    }

    /// Enqueues a message. Key, value and headers are copied by librdkafka.
    ///
    /// A message without headers carries no header list; the argument array lives on the stack.
    ///
    /// - Returns: `false` when the local queue is full (nothing was enqueued).
    static func produce(
        _ handle: OpaquePointer, _ message: ProducerMessage, receipt: DeliveryReceipt
    ) throws(KafkaError) -> Bool {
        let headers = message.headers.isEmpty ? nil : makeHeaders(message.headers)
        let opaque = Unmanaged.passRetained(receipt)
        let error: OpaquePointer? = message.topic.withCString { topic in
            withOptionalBytes(message.key) { key in
                withOptionalBytes(message.value) { value in
                    withUnsafeTemporaryAllocation(of: rd_kafka_vu_t.self, capacity: 8) { fields in
                        var count = 0
                        func add(_ type: rd_kafka_vtype_t, _ set: (inout rd_kafka_vu_t) -> Void) {
                            var field = rd_kafka_vu_t()
                            field.vtype = type
                            set(&field)
                            fields.initializeElement(at: count, to: field)
                            count += 1
                        }
                        add(RD_KAFKA_VTYPE_TOPIC) { $0.u.cstr = topic }
                        add(RD_KAFKA_VTYPE_PARTITION) { $0.u.i32 = message.partition ?? RD_KAFKA_PARTITION_UA }
                        add(RD_KAFKA_VTYPE_KEY) {
                            $0.u.mem = .init(ptr: key.map { UnsafeMutableRawPointer(mutating: $0.baseAddress) } ?? nil, size: key?.count ?? 0)
                        }
                        add(RD_KAFKA_VTYPE_VALUE) {
                            $0.u.mem = .init(ptr: value.map { UnsafeMutableRawPointer(mutating: $0.baseAddress) } ?? nil, size: value?.count ?? 0)
                        }
                        add(RD_KAFKA_VTYPE_MSGFLAGS) { $0.u.i = RD_KAFKA_MSG_F_COPY }
                        add(RD_KAFKA_VTYPE_OPAQUE) { $0.u.ptr = opaque.toOpaque() }
                        add(RD_KAFKA_VTYPE_TIMESTAMP) { $0.u.i64 = message.timestamp ?? 0 }
                        if let headers { add(RD_KAFKA_VTYPE_HEADERS) { $0.u.headers = headers } }
                        defer { fields.baseAddress!.deinitialize(count: count) }
                        return rd_kafka_produceva(handle, fields.baseAddress, count)
                    }
                }
            }
        }
        guard let error else { return true }
        opaque.release()
        if let headers { rd_kafka_headers_destroy(headers) }
        if rd_kafka_error_code(error) == RD_KAFKA_RESP_ERR__QUEUE_FULL {
            rd_kafka_error_destroy(error)
            return false
        }
        throw RDKafkaErrors.consume(error, "cannot produce to \(message.topic)")
    }

    /// A librdkafka header list with `headers` in order; owned by the caller until a produce succeeds.
    private static func makeHeaders(_ headers: [KafkaHeader]) -> OpaquePointer {
        let list = rd_kafka_headers_new(headers.count)!
        for header in headers {
            if let value = header.value {
                _ = value.withUnsafeBytes { rd_kafka_header_add(list, header.name, -1, $0.baseAddress, $0.count) }
            } else {
                rd_kafka_header_add(list, header.name, -1, nil, 0)
            }
        }
        return list
    }

    private static func withOptionalBytes<T>(_ bytes: [UInt8]?, _ body: (UnsafeRawBufferPointer?) -> T) -> T {
        guard let bytes else { return body(nil) }
        guard !bytes.isEmpty else {
            // An empty (not absent) key or value needs a non-null pointer with length 0.
            return [UInt8(0)].withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[0..<0])) }
        }
        return bytes.withUnsafeBytes { body($0) }
    }

    /// Requests the metadata of each topic through its local topic object, which the answer
    /// fills with partitions and leaders. Every topic reference and metadata made here is
    /// destroyed before the function returns; librdkafka keeps the topic objects.
    static func prepare(_ handle: OpaquePointer, topics: [String], timeout: Duration) throws(KafkaError) {
        for topic in topics {
            guard let local = rd_kafka_topic_new(handle, topic, nil) else {
                throw RDKafkaErrors.error(rd_kafka_last_error(), "cannot create the local topic \(topic)")
            }
            defer { rd_kafka_topic_destroy(local) }
            var metadata: UnsafePointer<rd_kafka_metadata>?
            let code = rd_kafka_metadata(handle, 0, local, &metadata, timeout.timeoutMilliseconds)
            if let metadata { rd_kafka_metadata_destroy(metadata) }
            if code != RD_KAFKA_RESP_ERR_NO_ERROR {
                throw RDKafkaErrors.error(code, "metadata of \(topic) not received within \(timeout)")
            }
        }
    }

    static func flush(_ handle: OpaquePointer, timeout: Duration) throws(KafkaError) {
        let code = rd_kafka_flush(handle, timeout.timeoutMilliseconds)
        if code != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw RDKafkaErrors.error(code, "flush: \(rd_kafka_outq_len(handle)) messages still undelivered")
        }
    }

    /// Purges undelivered messages (their receipts fail with a purge error) and waits for the
    /// purge reports.
    static func purge(_ handle: OpaquePointer) {
        rd_kafka_purge(handle, Int32(RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT))
        rd_kafka_flush(handle, 1000)
    }

    static func initTransactions(_ handle: OpaquePointer, timeout: Duration) throws(KafkaError) {
        try RDKafkaErrors.check(rd_kafka_init_transactions(handle, timeout.timeoutMilliseconds), "init transactions")
    }

    static func beginTransaction(_ handle: OpaquePointer) throws(KafkaError) {
        try RDKafkaErrors.check(rd_kafka_begin_transaction(handle), "begin transaction")
    }

    static func commitTransaction(_ handle: OpaquePointer, timeout: Duration) throws(KafkaError) {
        try RDKafkaErrors.check(rd_kafka_commit_transaction(handle, timeout.timeoutMilliseconds), "commit transaction")
    }

    static func abortTransaction(_ handle: OpaquePointer, timeout: Duration) throws(KafkaError) {
        try RDKafkaErrors.check(rd_kafka_abort_transaction(handle, timeout.timeoutMilliseconds), "abort transaction")
    }

    static func sendOffsetsToTransaction(
        _ handle: OpaquePointer, _ offsets: [TopicPartitionOffset], group: ConsumerGroupMetadata, timeout: Duration
    ) throws(KafkaError) {
        let metadata = try RDKafkaGroupMetadata.read(group)
        defer { rd_kafka_consumer_group_metadata_destroy(metadata) }
        try RDKafkaTopicPartitionList.withList(offsets) { list throws(KafkaError) in
            try RDKafkaErrors.check(
                rd_kafka_send_offsets_to_transaction(handle, list, metadata, timeout.timeoutMilliseconds),
                "send offsets to transaction"
            )
        }
    }
}
