/// Why a setting could not be read: one line that says what to fix.
public enum SettingsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A value that does not parse as the setting expects.
    case invalidValue(key: String, origin: SettingOrigin, value: String, expected: String)
    /// A required setting that no source gives.
    case missing(key: String, hint: String)
    /// A `NEWSWATCH_*` variable that names no setting (usually a typo).
    case unknownEnvironmentVariable(String, suggestion: String?)
    /// A config-file key that names no setting.
    case unknownFileKey(path: String, line: Int, key: String)
    /// A config-file line that is not `key = value`.
    case malformedLine(path: String, line: Int)
    /// A config file that cannot be read.
    case unreadableFile(String)

    public var description: String {
        switch self {
        case .invalidValue(let key, let origin, let value, let expected):
            "\(origin.describe(key)) is \"\(value)\"; expected \(expected)"
        case .missing(let key, let hint):
            "--\(key) is required: \(hint)"
        case .unknownEnvironmentVariable(let name, let suggestion):
            "unknown setting \(name) in the environment" + (suggestion.map { "; did you mean \($0)?" } ?? "; unset it or check `newswatch run --help`")
        case .unknownFileKey(let path, let line, let key):
            "\(path):\(line): unknown setting \"\(key)\"; keys are flag names without dashes (group = newswatch) or kafka.<librdkafka property>"
        case .malformedLine(let path, let line):
            "\(path):\(line): expected `key = value` (or a # comment)"
        case .unreadableFile(let path):
            "cannot read the config file \(path)"
        }
    }
}

/// Which source gave a setting its value.
public enum SettingOrigin: String, Sendable, Hashable {
    case flag, environment, file, defaultValue = "default"

    /// How a user finds where the value was set, e.g. `--group` or `NEWSWATCH_GROUP`.
    func describe(_ key: String) -> String {
        switch self {
        case .flag: "--\(key)"
        case .environment: SettingsResolver.environmentName(key)
        case .file: "config file key \(key)"
        case .defaultValue: "the default of --\(key)"
        }
    }
}
