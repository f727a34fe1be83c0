import Logging
#if canImport(Glibc)
import Glibc
#endif

/// A swift-log handler that writes each event as one line to standard error, as text or JSON
/// (``LogFormat``), with its metadata as fields — topic, partition and offset stay machine-readable.
public struct LineLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let format: LogFormat
    private let write: @Sendable (String) -> Void

    /// - Parameters:
    ///   - label: the logger's label, written with every line.
    ///   - format: text or JSON.
    ///   - level: the lowest level written.
    ///   - write: where a finished line goes (default: standard error).
    public init(label: String, format: LogFormat, level: Logger.Level, write: @escaping @Sendable (String) -> Void = LineLogHandler.standardError) {
        self.label = label
        self.format = format
        self.logLevel = level
        self.write = write
    }

    /// Makes every `Logger(label:)` of the process use this handler.
    public static func bootstrap(format: LogFormat, level: Logger.Level) {
        LoggingSystem.bootstrap { label in LineLogHandler(label: label, format: format, level: level) }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields = metadata
        if let provided = metadataProvider?.get() { fields.merge(provided) { _, new in new } }
        if let extra = event.metadata { fields.merge(extra) { _, new in new } }
        let time = Self.timestamp()
        let line: String
        if format == .json {
            var json = "{\"time\":\"\(time)\",\"level\":\"\(event.level)\",\"label\":" + Self.quoted(label) + ",\"message\":" + Self.quoted(event.message.description)
            for key in fields.keys.sorted() where !Self.reserved.contains(key) {
                json += "," + Self.quoted(key) + ":" + Self.quoted(fields[key]!.description)
            }
            line = json + "}"
        } else {
            let rendered = fields.keys.sorted().map { "\($0)=\(fields[$0]!)" }.joined(separator: " ")
            line = "\(time) \(event.level) \(label): \(event.message)" + (rendered.isEmpty ? "" : " " + rendered)
        }
        write(line + "\n")
    }

    private static let reserved: Set<String> = ["time", "level", "label", "message"]

    /// Writes to standard error unbuffered.
    public static let standardError: @Sendable (String) -> Void = { line in
        var bytes = Array(line.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(2, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The current UTC time, RFC 3339 with milliseconds.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(now.tv_nsec / 1_000_000), 3))Z"
    }
}
