/// The offset range a partition currently holds.
public struct Watermarks: Sendable, Hashable {
    /// The oldest offset still kept.
    public var low: Int64
    /// The offset the next message will get (one past the newest). For a read-committed
    /// consumer the broker's last stable offset can be lower while transactions are open.
    public var high: Int64

    /// The number of messages the partition holds.
    public var count: Int64 { high - low }
}
