import CRdKafka

/// Admin and metadata calls. Every C object made here (queues, events, `NewTopic`s, admin
/// options, metadata) is destroyed before the function returns.
enum RDKafkaAdmin {
    static func metadata(_ handle: OpaquePointer, timeout: Duration) throws(KafkaError) -> ClusterMetadata {
        var metadata: UnsafePointer<rd_kafka_metadata>?
        let code = rd_kafka_metadata(handle, 1, nil, &metadata, timeout.timeoutMilliseconds)
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR, let metadata else {
            throw RDKafkaErrors.error(code, "cluster metadata not received within \(timeout)")
        }
        defer { rd_kafka_metadata_destroy(metadata) }
        let m = metadata.pointee
        let brokers = (0..<Int(m.broker_cnt)).map { index in
            let broker = m.brokers[index]
            return BrokerMetadata(id: broker.id, host: String(cString: broker.host), port: broker.port)
        }
        let topics = (0..<Int(m.topic_cnt)).map { index in
            let topic = m.topics[index]
            let partitions = (0..<Int(topic.partition_cnt)).map { p in
                let partition = topic.partitions[p]
                return PartitionMetadata(
                    id: partition.id,
                    leader: partition.leader,
                    replicas: Array(UnsafeBufferPointer(start: partition.replicas, count: Int(partition.replica_cnt))),
                    inSyncReplicas: Array(UnsafeBufferPointer(start: partition.isrs, count: Int(partition.isr_cnt))),
                    error: errorCode(partition.err)
                )
            }
            return TopicMetadata(
                name: String(cString: topic.topic),
                partitions: partitions.sorted { $0.id < $1.id },
                error: errorCode(topic.err)
            )
        }
        return ClusterMetadata(
            brokers: brokers.sorted { $0.id < $1.id },
            topics: topics.sorted { $0.name < $1.name },
            originatingBroker: m.orig_broker_id
        )
    }

    private static func errorCode(_ code: rd_kafka_resp_err_t) -> KafkaErrorCode? {
        code == RD_KAFKA_RESP_ERR_NO_ERROR ? nil : KafkaErrorCode(rawValue: code.rawValue)
    }

    static func createTopics(_ handle: OpaquePointer, _ topics: [NewTopic], timeout: Duration) throws(KafkaError) {
        var specs: [OpaquePointer?] = []
        defer { specs.forEach { rd_kafka_NewTopic_destroy($0) } }
        for topic in topics {
            var errstr = [CChar](repeating: 0, count: 512)
            guard let spec = rd_kafka_NewTopic_new(topic.name, Int32(clamping: topic.partitions), Int32(clamping: topic.replicationFactor), &errstr, errstr.count) else {
                throw .failed(code: KafkaErrorCode(rawValue: -186), message: "topic \(topic.name): \(errstr.nulTerminatedString)")
            }
            specs.append(spec)
            for (key, value) in topic.configs.sorted(by: { $0.key < $1.key }) {
                let code = rd_kafka_NewTopic_set_config(spec, key, value)
                if code != RD_KAFKA_RESP_ERR_NO_ERROR {
                    throw RDKafkaErrors.error(code, "topic \(topic.name) config \(key)")
                }
            }
        }
        let queue = rd_kafka_queue_new(handle)
        defer { rd_kafka_queue_destroy(queue) }
        let options = rd_kafka_AdminOptions_new(handle, RD_KAFKA_ADMIN_OP_CREATETOPICS)
        defer { rd_kafka_AdminOptions_destroy(options) }
        var errstr = [CChar](repeating: 0, count: 512)
        _ = rd_kafka_AdminOptions_set_request_timeout(options, timeout.timeoutMilliseconds, &errstr, errstr.count)
        _ = rd_kafka_AdminOptions_set_operation_timeout(options, timeout.timeoutMilliseconds, &errstr, errstr.count)
        rd_kafka_CreateTopics(handle, &specs, specs.count, options, queue)
        guard let event = rd_kafka_queue_poll(queue, timeout.timeoutMilliseconds + 1000) else {
            throw .retriable(code: .timedOut, message: "create topics: no answer within \(timeout)")
        }
        defer { rd_kafka_event_destroy(event) }
        let code = rd_kafka_event_error(event)
        if code != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw RDKafkaErrors.error(code, "create topics: \(String(cString: rd_kafka_event_error_string(event)))")
        }
        var count = 0
        guard let results = rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &count) else { return }
        for index in 0..<count {
            let result = results[index]
            let code = rd_kafka_topic_result_error(result)
            guard code != RD_KAFKA_RESP_ERR_NO_ERROR, code != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS else { continue }
            let name = String(cString: rd_kafka_topic_result_name(result))
            let message = rd_kafka_topic_result_error_string(result).map { String(cString: $0) } ?? ""
            throw RDKafkaErrors.error(code, "create topic \(name): \(message)")
        }
    }
}
