import ArgumentParser
import Foundation
import Kafka
import Logging
import Worker

/// The options every command that talks to Kafka shares: where the cluster is, librdkafka
/// pass-through, the config file and logging. Each has a `NEWSWATCH_*` environment variable and a
/// config-file key; flags win over the environment, the environment over the file.
struct ConnectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Bootstrap brokers, comma-separated (env NEWSWATCH_BROKERS).", valueName: "host:port,…"))
    var brokers: String?

    @Option(name: .customLong("kafka"), help: ArgumentHelp(
        "A librdkafka property, repeatable (env NEWSWATCH_KAFKA_<PROPERTY> with dots as underscores; file key kafka.<property>).",
        valueName: "key=value"))
    var kafkaProperties: [String] = []

    @Option(help: ArgumentHelp("A settings file of `key = value` lines: flag names as keys, kafka.<property> for librdkafka (env NEWSWATCH_CONFIG).", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("trace, debug, info, notice, warning, error or critical (env NEWSWATCH_LOG_LEVEL; default info).", valueName: "level"))
    var logLevel: String?

    @Option(help: ArgumentHelp("text or json lines on standard error (env NEWSWATCH_LOG_FORMAT; default text).", valueName: "format"))
    var logFormat: String?

    /// The setting names these options read.
    static let keys: Set<String> = ["brokers", "log-level", "log-format"]

    /// The settings of these options plus a command's own flags (by setting name), the
    /// environment and the config file.
    func resolver(commandFlags: [String: String?]) throws(SettingsError) -> SettingsResolver {
        var flags = commandFlags
        flags["brokers"] = brokers
        flags["log-level"] = logLevel
        flags["log-format"] = logFormat
        return try SettingsResolver(
            flags: flags, environment: ProcessInfo.processInfo.environment, configFile: config,
            readFile: { try? String(contentsOfFile: $0, encoding: .utf8) }
        )
    }
}

/// The resolved values of ``ConnectionOptions``.
struct ConnectionSettings {
    /// `nil` when no source names brokers.
    var brokers: [String]?
    var kafkaProperties: [String: String]
    var logLevel: Logger.Level
    var logFormat: LogFormat

    init(_ settings: SettingsResolver, options: ConnectionOptions) throws(SettingsError) {
        let brokerList = settings.optionalString("brokers")?.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        brokers = brokerList?.isEmpty == false ? brokerList : nil
        kafkaProperties = try settings.kafkaProperties(flagProperties: options.kafkaProperties)
        logLevel = try settings.parsed("log-level", default: .info, expected: "trace, debug, info, notice, warning, error or critical") { Logger.Level(rawValue: $0) }
        logFormat = try settings.parsed("log-format", default: .text, expected: "text or json") { text in LogFormat.all.first { $0.rawValue == text } }
    }

    /// The Kafka settings; librdkafka checks every pass-through property here.
    ///
    /// - Throws: ``SettingsError/missing(key:hint:)`` without brokers, or ``KafkaError`` naming a
    ///   rejected property.
    func kafkaConfig(hint: String = "pass --brokers host:port or set NEWSWATCH_BROKERS") throws -> KafkaConfig {
        guard let brokers else { throw SettingsError.missing(key: "brokers", hint: hint) }
        return try KafkaConfig(bootstrapServers: brokers, properties: kafkaProperties)
    }

    /// Routes every logger of the process through ``LineLogHandler``; call once, first.
    func bootstrapLogging() {
        LineLogHandler.bootstrap(format: logFormat, level: logLevel)
    }

    /// `key = value` lines of these settings, secrets redacted.
    var printable: [(key: String, value: String)] {
        [("brokers", brokers?.joined(separator: ",") ?? ""), ("log-level", logLevel.rawValue), ("log-format", logFormat.rawValue)]
            + kafkaProperties.keys.sorted().map { key in ("kafka." + key, KafkaConfig.isSecret(key) ? "[redacted]" : kafkaProperties[key]!) }
    }
}
