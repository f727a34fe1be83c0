/// A consumer's group membership (group id, generation, member id), as a transactional producer
/// needs it for ``Producer/sendOffsetsToTransaction(_:group:timeout:)``. Get it from
/// ``Consumer/groupMetadata()`` right before sending offsets: it changes on every rebalance.
public struct ConsumerGroupMetadata: Sendable, Hashable {
    /// librdkafka's serialized form.
    let bytes: [UInt8]
}
