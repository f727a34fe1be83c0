/// A broker as the cluster metadata lists it.
public struct BrokerMetadata: Sendable, Hashable {
    /// The broker id.
    public var id: Int32
    /// Its advertised host.
    public var host: String
    /// Its advertised port.
    public var port: Int32
}
