/// A message header: a name and an optional byte value. Names may repeat within a message.
public struct KafkaHeader: Sendable, Hashable {
    /// The header name.
    public var name: String
    /// The value bytes; `nil` for a header without value (distinct from an empty value).
    public var value: [UInt8]?

    /// Creates a header with a byte value.
    ///
    /// - Parameters:
    ///   - name: the header name.
    ///   - value: the value bytes, or `nil` for no value.
    public init(_ name: String, _ value: [UInt8]?) {
        self.name = name
        self.value = value
    }

    /// Creates a header with a UTF-8 string value.
    ///
    /// - Parameters:
    ///   - name: the header name.
    ///   - value: the value, stored as UTF-8.
    public init(_ name: String, _ value: String) {
        self.init(name, Array(value.utf8))
    }
}
