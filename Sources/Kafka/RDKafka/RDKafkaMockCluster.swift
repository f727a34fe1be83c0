import CRdKafka

/// Owns an `rd_kafka_mock_cluster_t` and the `rd_kafka_t` it lives on.
///
/// `@unchecked Sendable` invariant: both pointers never change; the mock API locks the cluster
/// internally, so its functions may be called from any thread. Both are destroyed exactly once,
/// in `deinit` (cluster first, then its host client).
final class RDKafkaMockCluster: @unchecked Sendable {
    private let host: OpaquePointer
    private let cluster: OpaquePointer
    let bootstrapServers: String

    init(brokers: Int32) throws(KafkaError) {
        let conf = try RDKafkaConfig.make([("client.id", "newswatch-embedded-cluster"), ("log_level", "3")])
        var errstr = [CChar](repeating: 0, count: 512)
        guard let host = rd_kafka_new(RD_KAFKA_PRODUCER, conf, &errstr, errstr.count) else {
            rd_kafka_conf_destroy(conf)
            throw .failed(code: KafkaErrorCode(rawValue: -1), message: "cannot create the embedded cluster's client")
        }
        guard let cluster = rd_kafka_mock_cluster_new(host, brokers) else {
            rd_kafka_destroy(host)
            throw .failed(code: KafkaErrorCode(rawValue: -1), message: "cannot start an embedded cluster of \(brokers) brokers")
        }
        self.host = host
        self.cluster = cluster
        self.bootstrapServers = String(cString: rd_kafka_mock_cluster_bootstraps(cluster))
        disableNagle()
    }

    /// Gives the connections the brokers accept `TCP_NODELAY`, as Kafka's have (see ``LoopbackSockets``).
    private func disableNagle() {
        LoopbackSockets.disableNagle(listeningOn: LoopbackSockets.ports(ofBootstrapServers: bootstrapServers))
    }

    func createTopic(_ name: String, partitions: Int32, replicationFactor: Int32) throws(KafkaError) {
        let code = rd_kafka_mock_topic_create(cluster, name, partitions, replicationFactor)
        if code != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw RDKafkaErrors.error(code, "cannot create topic \(name)")
        }
    }

    func setBroker(_ id: Int32, up: Bool) throws(KafkaError) {
        let code = up ? rd_kafka_mock_broker_set_up(cluster, id) : rd_kafka_mock_broker_set_down(cluster, id)
        if code != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw RDKafkaErrors.error(code, "cannot set broker \(id) \(up ? "up" : "down")")
        }
        if up { disableNagle() }
    }

    func setRoundTripTime(_ id: Int32, milliseconds: Int32) throws(KafkaError) {
        let code = rd_kafka_mock_broker_set_rtt(cluster, id, milliseconds)
        if code != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw RDKafkaErrors.error(code, "cannot set the round-trip time of broker \(id)")
        }
    }

    func pushRequestErrors(apiKey: Int16, _ codes: [KafkaErrorCode]) {
        let errors = codes.map { rd_kafka_resp_err_t($0.rawValue) }
        rd_kafka_mock_push_request_errors_array(cluster, apiKey, errors.count, errors)
    }

    func clearRequestErrors(apiKey: Int16) {
        rd_kafka_mock_clear_request_errors(cluster, apiKey)
    }

    func setTopicError(_ topic: String, _ code: KafkaErrorCode) {
        rd_kafka_mock_topic_set_error(cluster, topic, rd_kafka_resp_err_t(code.rawValue))
    }

    func setPartitionLeader(_ topic: String, _ partition: Int32, broker: Int32) throws(KafkaError) {
        let code = rd_kafka_mock_partition_set_leader(cluster, topic, partition, broker)
        if code != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw RDKafkaErrors.error(code, "cannot move the leader of \(topic)/\(partition)")
        }
    }

    deinit {
        rd_kafka_mock_cluster_destroy(cluster)
        rd_kafka_destroy(host)
    }
}
