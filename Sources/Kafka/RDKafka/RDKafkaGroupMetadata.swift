import CRdKafka

/// Serializes `rd_kafka_consumer_group_metadata_t` to bytes and back, so the Swift
/// ``ConsumerGroupMetadata`` holds no C object. Each C object made here is destroyed by its user.
enum RDKafkaGroupMetadata {
    static func write(_ handle: OpaquePointer) throws(KafkaError) -> ConsumerGroupMetadata {
        guard let metadata = rd_kafka_consumer_group_metadata(handle) else {
            throw .failed(code: .state, message: "no consumer group metadata: the client is not a group consumer")
        }
        defer { rd_kafka_consumer_group_metadata_destroy(metadata) }
        var buffer: UnsafeMutableRawPointer?
        var size = 0
        try RDKafkaErrors.check(rd_kafka_consumer_group_metadata_write(metadata, &buffer, &size), "group metadata")
        defer { rd_kafka_mem_free(nil, buffer) }
        return ConsumerGroupMetadata(bytes: Array(UnsafeRawBufferPointer(start: buffer, count: size)))
    }

    /// A new C object; the caller destroys it with `rd_kafka_consumer_group_metadata_destroy`.
    static func read(_ group: ConsumerGroupMetadata) throws(KafkaError) -> OpaquePointer {
        var metadata: OpaquePointer?
        let error = group.bytes.withUnsafeBytes {
            rd_kafka_consumer_group_metadata_read(&metadata, $0.baseAddress, $0.count)
        }
        try RDKafkaErrors.check(error, "group metadata")
        return metadata!
    }
}
