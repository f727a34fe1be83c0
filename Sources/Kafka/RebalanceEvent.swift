/// A change of a consumer's partition assignment.
public enum RebalanceEvent: Sendable, Hashable {
    /// Partitions were added to the assignment (all of them under the eager protocol, only the
    /// new ones under the cooperative protocol). Reading starts at their committed offsets.
    case assigned([TopicPartition], RebalanceProtocol)
    /// Partitions were taken away. `lost` is `true` when the consumer lost them without an
    /// orderly rebalance (for example after a session timeout); their offsets can no longer be
    /// committed.
    ///
    /// Messages of revoked partitions that were fetched but not yet returned by
    /// ``Consumer/poll(maxMessages:timeout:)`` are dropped, so another member reads them from the
    /// committed offset; nothing is handed out twice by one poll.
    case revoked([TopicPartition], RebalanceProtocol, lost: Bool)
}
