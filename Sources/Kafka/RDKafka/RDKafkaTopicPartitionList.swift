import CRdKafka

/// Converts between Swift positions and `rd_kafka_topic_partition_list_t`.
///
/// Ownership: lists made by ``withList(_:_:)`` are destroyed when the body returns; lists read
/// with ``positions(_:)`` are only read, never freed (their owner frees them).
enum RDKafkaTopicPartitionList {
    typealias Pointer = UnsafeMutablePointer<rd_kafka_topic_partition_list_t>

    /// Builds a list (offsets included), runs `body` with it, then destroys it.
    static func withList<T>(
        _ positions: [TopicPartitionOffset], _ body: (Pointer) throws(KafkaError) -> T
    ) throws(KafkaError) -> T {
        let list = rd_kafka_topic_partition_list_new(Int32(clamping: positions.count))!
        defer { rd_kafka_topic_partition_list_destroy(list) }
        for position in positions {
            let element = rd_kafka_topic_partition_list_add(list, position.topic, position.partition)!
            element.pointee.offset = position.offset
        }
        return try body(list)
    }

    /// Builds a list of partitions with an unset offset.
    static func withList<T>(
        _ partitions: [TopicPartition], _ body: (Pointer) throws(KafkaError) -> T
    ) throws(KafkaError) -> T {
        try withList(partitions.map { TopicPartitionOffset($0.topic, $0.partition, offset: Int64(RD_KAFKA_OFFSET_INVALID)) }, body)
    }

    /// The list's elements with their offsets.
    static func positions(_ list: Pointer?) -> [TopicPartitionOffset] {
        guard let list, let elements = list.pointee.elems else { return [] }
        return (0..<Int(list.pointee.cnt)).map { index in
            let element = elements[index]
            return TopicPartitionOffset(String(cString: element.topic), element.partition, offset: element.offset)
        }
    }

    /// The first per-partition error in the list, if any.
    static func firstError(_ list: Pointer, _ context: String) -> KafkaError? {
        guard let elements = list.pointee.elems else { return nil }
        for index in 0..<Int(list.pointee.cnt) where elements[index].err != RD_KAFKA_RESP_ERR_NO_ERROR {
            let element = elements[index]
            return RDKafkaErrors.error(element.err, "\(context) \(String(cString: element.topic))/\(element.partition)")
        }
        return nil
    }
}
