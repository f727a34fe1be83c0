import Extraction
import Kafka

/// Turns consumed article messages into the records the worker publishes: alerts on the two
/// alert topics, or a dead letter. Pure and deterministic; no Kafka I/O.
public struct ArticleProcessor: Sendable {
    /// What one input message produced.
    public struct Outcome: Sendable {
        /// The records to publish, in order: operation alerts, then schedule alerts, or one dead letter.
        public var records: [ProducerMessage]
        /// Alerts by type, for metrics.
        public var operationAlerts: Int
        public var scheduleAlerts: Int
        /// The dead letter's error code, when the message was not an article.
        public var deadLetterCode: String?
    }

    public let topics: Topics
    /// The CloudEvents `ce_source` of every alert.
    public let eventSource: String
    /// Dead letters keep at most this many bytes of the original value (``DeadLetter/record(topic:maxValueBytes:)``).
    public let maxDeadLetterBytes: Int
    private let decoder: ArticleDecoder
    private let extractor: Extractor
    private let encoder = AlertEncoder()

    public init(
        topics: Topics, eventSource: String = CloudEventAttributes.defaultSource, decoder: ArticleDecoder = ArticleDecoder(),
        extractor: Extractor = Extractor(), maxDeadLetterBytes: Int = .max
    ) {
        self.topics = topics
        self.eventSource = eventSource
        self.maxDeadLetterBytes = maxDeadLetterBytes
        self.decoder = decoder
        self.extractor = extractor
    }

    /// The records for one message.
    public func process(_ message: KafkaMessage) -> Outcome {
        let contentType = message.header("content-type").map { String(decoding: $0, as: UTF8.self) }
        let article: Article
        do {
            article = try decoder.decode(
                value: message.value ?? [], contentType: contentType, topic: message.topic,
                partition: message.partition, offset: message.offset,
                kafkaTimestampMilliseconds: message.timestamp?.milliseconds
            )
        } catch {
            let letter = DeadLetter(error, message: message)
            return Outcome(records: [letter.record(topic: topics.deadLetters, maxValueBytes: maxDeadLetterBytes)], operationAlerts: 0, scheduleAlerts: 0, deadLetterCode: letter.code)
        }
        let result = extractor.extract(article)
        var records: [ProducerMessage] = []
        records.reserveCapacity(result.operations.count + result.schedules.count)
        for alert in result.operations {
            let attributes = CloudEventAttributes(operation: alert, referenceTime: article.referenceTime, source: eventSource)
            records.append(record(topics.operations, key: alert.theaterKey, value: encoder.encode(alert), attributes: attributes))
        }
        for alert in result.schedules {
            let attributes = CloudEventAttributes(schedule: alert, referenceTime: article.referenceTime, source: eventSource)
            records.append(record(topics.schedules, key: alert.theaterKey, value: encoder.encode(alert), attributes: attributes))
        }
        return Outcome(records: records, operationAlerts: result.operations.count, scheduleAlerts: result.schedules.count, deadLetterCode: nil)
    }

    /// The outcomes of a batch, computed on up to `parallelism` cores, in input order.
    ///
    /// Input order is kept for the whole batch, so each partition's alerts are published in the
    /// order of its articles.
    public func process(batch messages: [KafkaMessage], parallelism: Int) async -> [Outcome] {
        let chunks = max(1, min(parallelism, messages.count / 8))
        guard chunks > 1 else { return messages.map(process) }
        let size = (messages.count + chunks - 1) / chunks
        return await withTaskGroup(of: (Int, [Outcome]).self) { group in
            for chunk in 0..<chunks {
                let range = (chunk * size)..<min(messages.count, (chunk + 1) * size)
                let slice = Array(messages[range])
                group.addTask { (chunk, slice.map(process)) }
            }
            var parts = [[Outcome]](repeating: [], count: chunks)
            for await (index, outcomes) in group { parts[index] = outcomes }
            return parts.flatMap { $0 }
        }
    }

    private func record(_ topic: String, key: String, value: [UInt8], attributes: CloudEventAttributes) -> ProducerMessage {
        ProducerMessage(
            topic: topic, key: Array(key.utf8), value: value,
            headers: attributes.kafkaHeaders.map { KafkaHeader($0.name, $0.value) }
        )
    }
}
