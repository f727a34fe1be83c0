#if canImport(Glibc)
import Glibc
#endif

/// This process's own TCP sockets, found by local port: how ``EmbeddedCluster`` gives the
/// connections of librdkafka's mock brokers `TCP_NODELAY`.
///
/// librdkafka 2.0.2's mock cluster leaves Nagle's algorithm on for the connections it accepts,
/// where a Kafka broker turns it off. With Nagle on, a small response written while the previous
/// one is not yet acknowledged waits for the client's delayed ACK (about 40 ms on Linux), so the
/// last response of every burst (a produce acknowledgement, a TxnOffsetCommit answer) came 40 ms
/// late and a worker's transaction took ~50 ms instead of a few. Linux copies `TCP_NODELAY` from
/// a listening socket to the sockets it accepts, so setting it on the mock's listeners gives
/// every later connection Kafka's behaviour. On other systems nothing is found and nothing set.
enum LoopbackSockets {
    /// The descriptors of this process's sockets bound to one of `ports`: the listening ones, or
    /// the accepted connections when `listening` is false.
    static func descriptors(boundTo ports: Set<UInt16>, listening: Bool) -> [Int32] {
        #if os(Linux)
        guard let directory = opendir("/proc/self/fd") else { return [] }
        defer { closedir(directory) }
        var found: [Int32] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let descriptor = Int32(name), isListening(descriptor) == listening,
                  let port = localPort(descriptor), ports.contains(port) else { continue }
            found.append(descriptor)
        }
        return found
        #else
        return []
        #endif
    }

    /// The ports of a `host:port,host:port,…` bootstrap list.
    static func ports(ofBootstrapServers servers: String) -> Set<UInt16> {
        Set(servers.split(separator: ",").compactMap { $0.split(separator: ":").last.flatMap { UInt16($0) } })
    }

    /// Sets `TCP_NODELAY` on every listening socket bound to one of `ports`.
    static func disableNagle(listeningOn ports: Set<UInt16>) {
        #if os(Linux)
        for descriptor in descriptors(boundTo: ports, listening: true) {
            var on: Int32 = 1
            _ = setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
        }
        #endif
    }

    /// Whether `TCP_NODELAY` is set on a socket.
    static func hasNagleDisabled(_ descriptor: Int32) -> Bool {
        #if os(Linux)
        var on: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, &length) == 0 && on != 0
        #else
        return false
        #endif
    }

    #if os(Linux)
    private static func isListening(_ descriptor: Int32) -> Bool {
        var accepting: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(descriptor, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &length) == 0 && accepting == 1
    }

    /// The local port of an IPv4 or IPv6 socket; `nil` for any other descriptor.
    private static func localPort(_ descriptor: Int32) -> UInt16? {
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0, address.ss_family == sa_family_t(AF_INET) || address.ss_family == sa_family_t(AF_INET6) else { return nil }
        // sin_port and sin6_port both follow the 2-byte family, in network byte order.
        return withUnsafeBytes(of: &address) { UInt16(bigEndian: $0.load(fromByteOffset: 2, as: UInt16.self)) }
    }
    #endif
}
