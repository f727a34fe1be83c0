/// Settings of a ``Producer``: the shared ``KafkaConfig`` plus delivery settings.
public struct ProducerConfig: Sendable, CustomStringConvertible {
    /// Cluster, identity, security and pass-through properties.
    public var kafka: KafkaConfig
    /// Idempotent delivery (`enable.idempotence`): no duplicates and per-partition order across
    /// retries. Default `true`.
    public var idempotence: Bool
    /// Makes the producer transactional (`transactional.id`); implies idempotence. Default `nil`.
    public var transactionalID: String?
    /// Time a transaction may stay open before the coordinator aborts it
    /// (`transaction.timeout.ms`). Default 60 s.
    public var transactionTimeout: Duration
    /// How long a message may wait for delivery, retries included (`message.timeout.ms`).
    /// Default 300 s (librdkafka's default). A transactional producer uses at most
    /// ``transactionTimeout``, as librdkafka requires.
    public var messageTimeout: Duration
    /// How long the producer waits to fill a batch (`linger.ms`). Default 5 ms.
    public var linger: Duration
    /// The partitioner for messages without an explicit partition. Default ``Partitioner/murmur2Random``
    /// (same partitions as the Java client).
    public var partitioner: Partitioner
    /// Bytes of messages the producer holds for delivery at most (`queue.buffering.max.kbytes`);
    /// ``Producer/enqueue(_:)`` waits while they are all pending. Default 64 MiB (librdkafka's
    /// own default is 1 GiB).
    public var maxQueuedBytes: Int

    /// Creates producer settings.
    ///
    /// - Parameters:
    ///   - kafka: shared settings.
    ///   - transactionalID: set to make the producer transactional. Default `nil`.
    public init(kafka: KafkaConfig, transactionalID: String? = nil) {
        self.kafka = kafka
        self.idempotence = true
        self.transactionalID = transactionalID
        self.transactionTimeout = .seconds(60)
        self.messageTimeout = .seconds(300)
        self.linger = .milliseconds(5)
        self.partitioner = .murmur2Random
        self.maxQueuedBytes = 64 << 20
    }

    var librdkafkaProperties: [(key: String, value: String)] {
        var typed: [(String, String)] = [
            ("enable.idempotence", String(idempotence || transactionalID != nil)),
            ("message.timeout.ms", String(effectiveMessageTimeout.milliseconds)),
            ("linger.ms", String(linger.milliseconds)),
            ("partitioner", partitioner.rawValue),
            ("queue.buffering.max.kbytes", String(max(1, maxQueuedBytes / 1024))),
        ]
        if let transactionalID {
            typed.append(("transactional.id", transactionalID))
            typed.append(("transaction.timeout.ms", String(transactionTimeout.milliseconds)))
        }
        return RDKafkaConfig.merge(typed: typed, kafka: kafka)
    }

    /// librdkafka refuses a transactional producer whose message timeout exceeds the
    /// transaction timeout.
    private var effectiveMessageTimeout: Duration {
        transactionalID == nil ? messageTimeout : min(messageTimeout, transactionTimeout)
    }

    /// The effective properties, secrets redacted.
    public var description: String {
        RDKafkaConfig.describe("ProducerConfig", librdkafkaProperties)
    }
}
