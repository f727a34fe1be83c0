/// Something that happened to a ``Consumer`` other than a message.
public enum ConsumerEvent: Sendable {
    /// The assignment changed.
    case rebalance(RebalanceEvent)
    /// A background commit started with ``Consumer/commitInBackground(_:)`` finished.
    case committed(Result<[TopicPartitionOffset], KafkaError>)
    /// A non-fatal client error (for example a broker connection failure); librdkafka recovers
    /// on its own.
    case error(KafkaError)
    /// librdkafka statistics JSON, every ``KafkaConfig/statisticsInterval``.
    case statistics(String)
}
