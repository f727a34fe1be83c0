import ArgumentParser
import Worker

/// The topic names a command reads or writes (DESIGN §2), each a setting.
struct TopicOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Input articles (env NEWSWATCH_INPUT_TOPIC; default news.articles).", valueName: "topic"))
    var inputTopic: String?

    @Option(help: ArgumentHelp("Operation alerts (env NEWSWATCH_OPERATIONS_TOPIC; default alerts.operations).", valueName: "topic"))
    var operationsTopic: String?

    @Option(help: ArgumentHelp("Schedule-claim alerts (env NEWSWATCH_SCHEDULES_TOPIC; default alerts.schedules).", valueName: "topic"))
    var schedulesTopic: String?

    @Option(help: ArgumentHelp("Dead letters (env NEWSWATCH_DEAD_LETTER_TOPIC; default news.articles.dlq).", valueName: "topic"))
    var deadLetterTopic: String?

    /// The setting names these options read.
    static let keys: Set<String> = ["input-topic", "operations-topic", "schedules-topic", "dead-letter-topic"]

    /// The flags given, by setting name.
    var flags: [String: String?] {
        ["input-topic": inputTopic, "operations-topic": operationsTopic, "schedules-topic": schedulesTopic, "dead-letter-topic": deadLetterTopic]
    }

    /// The resolved topic names.
    static func topics(_ settings: SettingsResolver) throws(SettingsError) -> Topics {
        let defaults = Topics()
        let topics = Topics(
            articles: settings.string("input-topic", default: defaults.articles),
            operations: settings.string("operations-topic", default: defaults.operations),
            schedules: settings.string("schedules-topic", default: defaults.schedules),
            deadLetters: settings.string("dead-letter-topic", default: defaults.deadLetters)
        )
        for (key, name) in zip(["input-topic", "operations-topic", "schedules-topic", "dead-letter-topic"], topics.all) where !Self.isValidName(name) {
            throw .invalidValue(key: key, origin: settings.value(key)?.origin ?? .defaultValue, value: name, expected: "a Kafka topic name: 1–249 of a–z A–Z 0–9 . _ -")
        }
        return topics
    }

    /// `key = value` pairs of `topics`.
    static func printable(_ topics: Topics) -> [(key: String, value: String)] {
        [("input-topic", topics.articles), ("operations-topic", topics.operations), ("schedules-topic", topics.schedules), ("dead-letter-topic", topics.deadLetters)]
    }

    /// Kafka's rule for topic names.
    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 249 && name != "." && name != ".."
            && name.utf8.allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            }
    }
}
