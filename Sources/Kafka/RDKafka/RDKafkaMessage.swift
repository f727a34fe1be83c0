import CRdKafka

/// Copies consumed `rd_kafka_message_t` data into Swift values.
///
/// Ownership rule: the message and its headers stay owned by the caller (who destroys the message
/// with `rd_kafka_message_destroy`); every byte is copied into `[UInt8]` first.
enum RDKafkaMessage {
    static func copy(_ message: UnsafeMutablePointer<rd_kafka_message_t>) -> KafkaMessage {
        let m = message.pointee
        var timestampType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
        let milliseconds = rd_kafka_message_timestamp(message, &timestampType)
        let timestamp: KafkaTimestamp? =
            timestampType == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
            ? nil
            : KafkaTimestamp(milliseconds: milliseconds, kind: .init(rawValue: Int32(timestampType.rawValue)))
        return KafkaMessage(
            topic: String(cString: rd_kafka_topic_name(m.rkt)),
            partition: m.partition,
            offset: m.offset,
            key: bytes(m.key, m.key_len),
            value: bytes(m.payload, m.len),
            headers: headers(message),
            timestamp: timestamp
        )
    }

    static func bytes(_ pointer: UnsafeRawPointer?, _ count: Int) -> [UInt8]? {
        guard let pointer else { return nil }
        return Array(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    static func bytes(_ pointer: UnsafeMutableRawPointer?, _ count: Int) -> [UInt8]? {
        bytes(UnsafeRawPointer(pointer), count)
    }

    private static func headers(_ message: UnsafeMutablePointer<rd_kafka_message_t>) -> [KafkaHeader] {
        var list: OpaquePointer?
        guard rd_kafka_message_headers(message, &list) == RD_KAFKA_RESP_ERR_NO_ERROR, let list else {
            return []
        }
        var result: [KafkaHeader] = []
        var index = 0
        var name: UnsafePointer<CChar>?
        var value: UnsafeRawPointer?
        var size = 0
        while rd_kafka_header_get_all(list, index, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR {
            result.append(KafkaHeader(name.map { String(cString: $0) } ?? "", bytes(value, size)))
            index += 1
        }
        return result
    }
}
