import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 server for the operations endpoints (`/metrics`, `/healthz`, `/readyz`).
///
/// It runs on its own thread over POSIX sockets, answers `GET` and `HEAD` requests one
/// connection at a time (`Connection: close`), and never touches the cooperative thread pool:
/// scrapes and probes are a few requests a second, and every handler only reads counters.
/// Reads and writes time out after 2 seconds, so a stalled client cannot block the next probe.
final class OperationsServer: Sendable {
    /// One answer.
    struct Response: Sendable {
        var status: Int
        var contentType: String
        var body: String

        static func text(_ status: Int, _ body: String) -> Response {
            Response(status: status, contentType: "text/plain; charset=utf-8", body: body)
        }
    }

    /// The port the server listens on (the one the OS chose when asked for port 0).
    let port: Int
    private let stopping = Atomic<Bool>(false)

    /// Binds and listens, then serves `handler(path)` on a new thread until ``stop()``.
    ///
    /// - Parameters:
    ///   - address: an IPv4 or IPv6 literal to bind, for example `0.0.0.0` or `::`.
    ///   - port: the TCP port; 0 lets the OS choose.
    ///   - handler: the response for a request path (without the query string).
    /// - Throws: ``OperationsServerError`` when the address is invalid or the port cannot be bound.
    init(address: String, port: Int, handler: @escaping @Sendable (String) -> Response) throws(OperationsServerError) {
        let (fd, bound) = try Self.listen(address: address, port: port)
        self.port = bound
        let thread = Thread { [self] in
            serve(fd, handler: handler)
            close(fd)
        }
        thread.name = "newswatch-http"
        thread.start()
    }

    /// Stops accepting without waiting: the serving thread finishes the request in hand (at most
    /// one 2-second timeout), closes the socket and ends within 200 ms of that.
    func stop() {
        stopping.store(true, ordering: .releasing)
    }

    private static func listen(address: String, port: Int) throws(OperationsServerError) -> (Int32, Int) {
        var storage = sockaddr_storage()
        let length: socklen_t
        let family: Int32
        if address.contains(":") {
            var ipv6 = sockaddr_in6()
            ipv6.sin6_family = sa_family_t(AF_INET6)
            ipv6.sin6_port = in_port_t(UInt16(port).bigEndian)
            guard inet_pton(AF_INET6, address, &ipv6.sin6_addr) == 1 else { throw .invalidAddress(address) }
            withUnsafeMutableBytes(of: &storage) { raw in withUnsafeBytes(of: ipv6) { raw.copyMemory(from: $0) } }
            (length, family) = (socklen_t(MemoryLayout<sockaddr_in6>.size), AF_INET6)
        } else {
            var ipv4 = sockaddr_in()
            ipv4.sin_family = sa_family_t(AF_INET)
            ipv4.sin_port = in_port_t(UInt16(port).bigEndian)
            guard inet_pton(AF_INET, address, &ipv4.sin_addr) == 1 else { throw .invalidAddress(address) }
            withUnsafeMutableBytes(of: &storage) { raw in withUnsafeBytes(of: ipv4) { raw.copyMemory(from: $0) } }
            (length, family) = (socklen_t(MemoryLayout<sockaddr_in>.size), AF_INET)
        }
        let fd = Glibc.socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .cannotListen(address: address, port: port, reason: Self.lastError) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0, Glibc.listen(fd, 16) == 0 else {
            let reason = Self.lastError
            close(fd)
            throw .cannotListen(address: address, port: port, reason: reason)
        }
        var actual = sockaddr_storage()
        var actualLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &actual) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &actualLength) }
        }
        let actualPort = withUnsafeBytes(of: actual) { raw -> UInt16 in
            family == AF_INET6
                ? raw.load(as: sockaddr_in6.self).sin6_port.bigEndian
                : raw.load(as: sockaddr_in.self).sin_port.bigEndian
        }
        return (fd, Int(actualPort))
    }

    private func serve(_ fd: Int32, handler: @Sendable (String) -> Response) {
        while !stopping.load(ordering: .acquiring) {
            var waiting = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, 200) > 0 else { continue }
            let client = accept(fd, nil, nil)
            guard client >= 0 else { continue }
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            var timeout = timeval(tv_sec: 2, tv_usec: 0)
            setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            Self.answer(client, handler: handler)
            close(client)
        }
    }

    /// Reads one request head (at most 8 KiB) and writes the response.
    private static func answer(_ client: Int32, handler: @Sendable (String) -> Response) {
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 2048)
        let end: [UInt8] = Array("\r\n\r\n".utf8)
        while request.count < 8192, request.firstRange(of: end) == nil {
            let count = buffer.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            request += buffer[..<count]
        }
        let line = String(decoding: request.prefix { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        let parts = line.split(separator: " ")
        let response: Response
        var head = false
        if parts.count < 2 || !parts.last!.hasPrefix("HTTP/1.") {
            response = .text(400, "bad request\n")
        } else if parts[0] != "GET" && parts[0] != "HEAD" {
            response = .text(405, "only GET and HEAD\n")
        } else {
            head = parts[0] == "HEAD"
            response = handler(String(parts[1].split(separator: "?", maxSplits: 1).first ?? ""))
        }
        let body = Array(response.body.utf8)
        var bytes = Array((
            "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
                + "Content-Type: \(response.contentType)\r\nContent-Length: \(body.count)\r\n"
                + (response.status == 405 ? "Allow: GET, HEAD\r\n" : "")
                + "Connection: close\r\n\r\n"
        ).utf8)
        if !head { bytes += body }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { send(client, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { return }
            offset += written
        }
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }

    private static var lastError: String { String(cString: strerror(errno)) }
}

/// Why the operations endpoints could not start.
public enum OperationsServerError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidAddress(String)
    case cannotListen(address: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case .invalidAddress(let address):
            "--http-address \(address) is not an IPv4 or IPv6 address (use 0.0.0.0, 127.0.0.1 or ::)"
        case .cannotListen(let address, let port, let reason):
            "cannot serve /metrics on \(address):\(port): \(reason); choose another --http-port, or 0 to turn the endpoints off"
        }
    }
}
