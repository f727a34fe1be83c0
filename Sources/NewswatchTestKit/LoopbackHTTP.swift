import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Talks to a `newswatch run` on this machine the way a probe or a Prometheus scraper does:
/// plain HTTP/1.1 GETs on 127.0.0.1, for tests and benchmarks that watch a worker from outside.
public enum LoopbackHTTP {
    /// An HTTP response: the status code and the body as text.
    public struct Response: Sendable {
        public var status: Int
        public var body: String
    }

    /// GETs `path` from `127.0.0.1:port`, reading until the server closes the connection.
    ///
    /// The socket calls block, so they run on a dispatch thread, not on the cooperative pool.
    /// - Returns: `nil` when nothing listens there or the answer is not HTTP.
    public static func get(port: Int, path: String) async -> Response? {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: blockingGet(port: port, path: path)) }
        }
    }

    /// A loopback TCP port nothing listens on right now (the kernel's choice for port 0).
    public static func freePort() -> Int? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        return bound ? Int(UInt16(bigEndian: address.sin_port)) : nil
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    private static func blockingGet(port: Int, path: String) -> Response? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var address = loopback(port: port)
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count else { return nil }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            response += buffer[..<count]
        }
        let text = String(decoding: response, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n"), let status = Int(text.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return Response(status: status, body: String(text[split.upperBound...]))
    }
}

/// Reads samples out of the Prometheus text exposition format that `/metrics` serves.
public enum PrometheusText {
    /// The value of the sample `name` without labels, or with exactly `labels` as they appear
    /// between the braces (`type="operation"`); `nil` when there is no such sample.
    public static func sample(_ text: String, _ name: String, labels: String = "") -> Double? {
        let prefix = name + (labels.isEmpty ? "" : "{\(labels)}") + " "
        return text.split(separator: "\n").first { $0.hasPrefix(prefix) }.flatMap { Double($0.dropFirst(prefix.count)) }
    }
}
