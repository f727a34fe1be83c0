/// The Kafka topics a worker reads and writes (DESIGN §2). Every name is a setting.
public struct Topics: Sendable, Hashable {
    /// Input articles. Default `news.articles`.
    public var articles: String
    /// Operation-mention alerts. Default `alerts.operations`.
    public var operations: String
    /// Schedule-claim alerts. Default `alerts.schedules`.
    public var schedules: String
    /// Input messages that could not be processed. Default `news.articles.dlq`.
    public var deadLetters: String

    /// Creates a topic set; every argument defaults to the DESIGN §2 name.
    public init(
        articles: String = "news.articles",
        operations: String = "alerts.operations",
        schedules: String = "alerts.schedules",
        deadLetters: String = "news.articles.dlq"
    ) {
        self.articles = articles
        self.operations = operations
        self.schedules = schedules
        self.deadLetters = deadLetters
    }

    /// All four names, input first.
    public var all: [String] { [articles, operations, schedules, deadLetters] }
}
