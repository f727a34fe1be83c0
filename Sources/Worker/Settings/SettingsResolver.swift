import Kafka

/// Resolves a command's settings from its three sources, in precedence order:
/// command-line flags, then `NEWSWATCH_*` environment variables, then an optional config file.
///
/// A setting is named like its flag without the dashes (`group`, `input-topic`); its environment
/// variable is `NEWSWATCH_` plus the name upper-cased with `-` as `_` (`NEWSWATCH_INPUT_TOPIC`);
/// in the config file it is a `key = value` line (`input-topic = news.articles`). librdkafka
/// properties pass through as `--kafka key=value`, `NEWSWATCH_KAFKA_<KEY>` (`_` read as `.`) or
/// `kafka.<key> = value` lines, in the same precedence.
///
/// ```swift
/// let settings = try SettingsResolver(flags: ["group": group], environment: env, configFile: path)
/// let group = try settings.string("group", default: "newswatch")
/// ```
public struct SettingsResolver: Sendable {
    /// The prefix of every environment variable newswatch reads.
    public static let environmentPrefix = "NEWSWATCH_"
    /// The prefix of pass-through librdkafka properties in the environment.
    public static let kafkaEnvironmentPrefix = "NEWSWATCH_KAFKA_"
    /// The prefix of pass-through librdkafka properties in a config file.
    public static let kafkaFilePrefix = "kafka."
    /// The setting naming the config file; also read from `NEWSWATCH_CONFIG`.
    public static let configKey = "config"

    private let flags: [String: String]
    private let environment: [String: String]
    private let file: [String: String]
    private let fileKafka: [String: String]
    private let fileLines: [String: Int]
    private let filePath: String?

    /// Reads the sources.
    ///
    /// - Parameters:
    ///   - flags: values given on the command line, by setting name; `nil` values are ignored.
    ///   - environment: the process environment (only `NEWSWATCH_*` variables are read).
    ///   - configFile: a config file path from `--config`; `NEWSWATCH_CONFIG` is used when `nil`.
    ///   - readFile: reads a file's text, `nil` when it cannot.
    /// - Throws: ``SettingsError`` when the config file is unreadable or malformed.
    public init(
        flags: [String: String?], environment: [String: String], configFile: String? = nil,
        readFile: (String) -> String? = { _ in nil }
    ) throws(SettingsError) {
        self.flags = flags.compactMapValues { $0 }
        self.environment = environment.filter { $0.key.hasPrefix(Self.environmentPrefix) }
        let path = configFile ?? self.environment[Self.environmentName(Self.configKey)]
        self.filePath = path
        guard let path else {
            (file, fileKafka, fileLines) = ([:], [:], [:])
            return
        }
        guard let text = readFile(path) else { throw .unreadableFile(path) }
        let parsed = try Self.parseFile(text, path: path)
        file = parsed.settings
        fileKafka = parsed.kafka
        fileLines = parsed.lines
    }

    /// `input-topic` → `NEWSWATCH_INPUT_TOPIC`.
    public static func environmentName(_ key: String) -> String {
        environmentPrefix + key.uppercased().map { $0 == "-" || $0 == "." ? "_" : $0 }.map(String.init).joined()
    }

    /// The value of a setting and where it came from, or `nil` when no source sets it.
    public func value(_ key: String) -> (value: String, origin: SettingOrigin)? {
        if let value = flags[key] { return (value, .flag) }
        if let value = environment[Self.environmentName(key)] { return (value, .environment) }
        if let value = file[key] { return (value, .file) }
        return nil
    }

    /// A string setting.
    public func string(_ key: String, default defaultValue: String) -> String {
        value(key)?.value ?? defaultValue
    }

    /// A string setting without a default.
    public func optionalString(_ key: String) -> String? {
        value(key)?.value
    }

    /// A setting parsed by `parse`; `expected` says what a valid value looks like.
    ///
    /// - Throws: ``SettingsError/invalidValue(key:origin:value:expected:)`` naming the source.
    public func parsed<T>(_ key: String, default defaultValue: T, expected: String, _ parse: (String) -> T?) throws(SettingsError) -> T {
        guard let (text, origin) = value(key) else { return defaultValue }
        guard let result = parse(text.trimmingSpaces) else {
            throw .invalidValue(key: key, origin: origin, value: text, expected: expected)
        }
        return result
    }

    /// An integer setting within `range`.
    public func integer(_ key: String, default defaultValue: Int, in range: ClosedRange<Int>) throws(SettingsError) -> Int {
        let expected = range.upperBound == .max ? "a whole number ≥ \(range.lowerBound)" : "a whole number from \(range.lowerBound) to \(range.upperBound)"
        return try parsed(key, default: defaultValue, expected: expected) { Int($0).flatMap { range.contains($0) ? $0 : nil } }
    }

    /// A duration setting written as milliseconds (`250ms`), seconds (`25s`, `1.5s`) or minutes (`2m`).
    public func duration(_ key: String, default defaultValue: Duration) throws(SettingsError) -> Duration {
        try parsed(key, default: defaultValue, expected: "a duration such as 500ms, 25s or 2m", Self.parseDuration)
    }

    /// A boolean setting (`true`/`false`, `yes`/`no`, `1`/`0`).
    public func boolean(_ key: String, default defaultValue: Bool) throws(SettingsError) -> Bool {
        try parsed(key, default: defaultValue, expected: "true or false") { text in
            switch text.lowercased() {
            case "true", "yes", "1", "on": true
            case "false", "no", "0", "off": false
            default: nil
            }
        }
    }

    /// librdkafka pass-through properties from every source, flags winning over the environment
    /// and the environment over the file.
    ///
    /// - Parameter flagProperties: `--kafka` values, each `key=value`.
    /// - Throws: ``SettingsError/invalidValue(key:origin:value:expected:)`` for a flag without `=`.
    public func kafkaProperties(flagProperties: [String]) throws(SettingsError) -> [String: String] {
        var result = fileKafka
        for (name, value) in environment where name.hasPrefix(Self.kafkaEnvironmentPrefix) {
            let key = name.dropFirst(Self.kafkaEnvironmentPrefix.count).lowercased().replacingUnderscores
            result[key] = value
        }
        for property in flagProperties {
            guard let equals = property.firstIndex(of: "="), equals != property.startIndex else {
                throw .invalidValue(key: "kafka", origin: .flag, value: property, expected: "key=value, for example --kafka security.protocol=SASL_SSL")
            }
            result[String(property[..<equals])] = String(property[property.index(after: equals)...])
        }
        return result
    }

    /// Checks that every `NEWSWATCH_*` variable and config-file key names a known setting.
    ///
    /// - Parameter known: the setting names the command reads (besides `config` and `kafka.*`).
    /// - Throws: ``SettingsError/unknownEnvironmentVariable(_:suggestion:)`` or
    ///   ``SettingsError/unknownFileKey(path:line:key:)`` for the first unknown one.
    public func checkUnknown(known: Set<String>) throws(SettingsError) {
        let all = known.union([Self.configKey])
        let names = Dictionary(all.map { (Self.environmentName($0), $0) }, uniquingKeysWith: { first, _ in first })
        for name in environment.keys.sorted() where !name.hasPrefix(Self.kafkaEnvironmentPrefix) && names[name] == nil {
            let suggestion = names.keys.min { Self.distance($0, name) < Self.distance($1, name) }
            throw .unknownEnvironmentVariable(name, suggestion: suggestion.flatMap { Self.distance($0, name) <= 3 ? $0 : nil })
        }
        for key in file.keys.sorted() where !all.contains(key) {
            throw .unknownFileKey(path: filePath ?? "", line: fileLines[key] ?? 0, key: key)
        }
    }

    /// Parses `key = value` lines; `#` starts a comment line; values may be quoted.
    static func parseFile(_ text: String, path: String) throws(SettingsError) -> (settings: [String: String], kafka: [String: String], lines: [String: Int]) {
        var settings: [String: String] = [:]
        var kafka: [String: String] = [:]
        var lines: [String: Int] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(rawLine).trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else { throw .malformedLine(path: path, line: index + 1) }
            let key = String(line[..<equals]).trimmingSpaces
            var value = String(line[line.index(after: equals)...]).trimmingSpaces
            if value.count >= 2, value.first == "\"", value.last == "\"" { value = String(value.dropFirst().dropLast()) }
            guard !key.isEmpty else { throw .malformedLine(path: path, line: index + 1) }
            if key.hasPrefix(kafkaFilePrefix) {
                kafka[String(key.dropFirst(kafkaFilePrefix.count))] = value
            } else {
                settings[key] = value
                lines[key] = index + 1
            }
        }
        return (settings, kafka, lines)
    }

    /// `250ms`, `25s`, `1.5s`, `2m`; a bare number is seconds.
    static func parseDuration(_ text: String) -> Duration? {
        let units: [(suffix: String, milliseconds: Double)] = [("ms", 1), ("s", 1_000), ("m", 60_000)]
        for unit in units where text.hasSuffix(unit.suffix) {
            guard let number = Double(text.dropLast(unit.suffix.count)), number >= 0, number.isFinite else { return nil }
            return .milliseconds(Int64(number * unit.milliseconds))
        }
        guard let seconds = Double(text), seconds >= 0, seconds.isFinite else { return nil }
        return .milliseconds(Int64(seconds * 1_000))
    }

    /// Levenshtein distance, for "did you mean" suggestions.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
        return String(slice)
    }
}

extension StringProtocol {
    /// `_` read as `.` (environment names cannot hold dots).
    var replacingUnderscores: String { String(map { $0 == "_" ? "." : $0 }) }
}
