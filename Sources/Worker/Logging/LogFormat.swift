/// How log lines are written to standard error: readable text or one JSON object per line.
public struct LogFormat: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// `2016-10-10T12:00:00.000Z info newswatch: worker started group=newswatch`. The default.
    public static let text = LogFormat(rawValue: "text")
    /// `{"time":"…","level":"info","label":"newswatch","message":"worker started","group":"newswatch"}`,
    /// for log collectors.
    public static let json = LogFormat(rawValue: "json")

    /// Every format, for `--help` and validation.
    public static let all: [LogFormat] = [.text, .json]
}
