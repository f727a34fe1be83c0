import Foundation

/// Generates realistic news articles, deterministically, for benchmarks and load tests.
///
/// Articles are wire-style prose assembled from sentence patterns about politics, economy,
/// weather, sport and conflict, with places, forces, numbers and dates filled in. A settable
/// share of articles reports military operations (offensives, sieges, airstrikes, withdrawals…)
/// with schedule claims and attributions; the rest are ordinary news with the words that trap
/// naive taggers ("business operations", "election campaign", "offensive remarks").
/// The same seed always yields the same articles.
public struct SyntheticCorpus: Sendable {
    /// What to generate.
    public struct Configuration: Sendable {
        /// Shortest article body, in words. Default 300.
        public var minimumWords: Int
        /// Longest article body, in words. Default 8,000.
        public var maximumWords: Int
        /// Share of articles that report military operations, 0...1. Default 0.3.
        public var operationShare: Double
        /// Seed of the pseudo-random generator. Default 42.
        public var seed: UInt64

        public init(minimumWords: Int = 300, maximumWords: Int = 8_000, operationShare: Double = 0.3, seed: UInt64 = 42) {
            self.minimumWords = max(1, minimumWords)
            self.maximumWords = max(self.minimumWords, maximumWords)
            self.operationShare = min(max(operationShare, 0), 1)
            self.seed = seed
        }
    }

    /// One generated article, in DESIGN §3 form.
    public struct Article: Sendable, Codable, Hashable {
        public var id: String
        public var publishedAt: String
        public var title: String
        public var body: String
        public var source: String
        public var language: String
        /// Whether operation sentences were written into the body.
        public var reportsOperations: Bool { id.hasPrefix("ops-") }

        enum CodingKeys: String, CodingKey {
            case id, title, body, source, language
            case publishedAt = "published_at"
        }
    }

    public let configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// The first `count` articles of this corpus.
    public func articles(count: Int) -> [Article] {
        var generator = SplitMix64(seed: configuration.seed)
        return (0..<max(0, count)).map { article(number: $0, generator: &generator) }
    }

    /// The first `count` articles as JSON lines (UTF-8, one object per element, no newline).
    public func jsonLines(count: Int) -> [[UInt8]] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return articles(count: count).map { Array((try? encoder.encode($0)) ?? Data()) }
    }

    // MARK: Generation

    private func article(number: Int, generator: inout SplitMix64) -> Article {
        let reportsOperations = generator.nextDouble() < configuration.operationShare
        let words = wordCount(&generator)
        let day = generator.next(upTo: 28) + 1
        let month = generator.next(upTo: 12) + 1
        let year = 2015 + generator.next(upTo: 10)
        let published = String(format: "%04d-%02d-%02dT%02d:%02d:00Z", year, month, day, generator.next(upTo: 24), generator.next(upTo: 60))
        var paragraphs: [String] = []
        var paragraph: [String] = []
        var written = 0
        let operationSlots: Set<Int> = reportsOperations ? Set((0..<(1 + generator.next(upTo: 4))).map { _ in generator.next(upTo: max(1, words / 25)) }) : []
        var sentenceIndex = 0
        while written < words {
            let pool = operationSlots.contains(sentenceIndex) ? Self.operationSentences : Self.ordinarySentences
            let sentence = fill(pool[generator.next(upTo: pool.count)], &generator)
            written += sentence.split(separator: " ").count
            paragraph.append(sentence)
            sentenceIndex += 1
            if paragraph.count >= 2 + generator.next(upTo: 4) {
                paragraphs.append(paragraph.joined(separator: " "))
                paragraph = []
            }
        }
        if !paragraph.isEmpty { paragraphs.append(paragraph.joined(separator: " ")) }
        let title = fill(Self.titles[generator.next(upTo: Self.titles.count)], &generator)
        return Article(
            id: "\(reportsOperations ? "ops" : "news")-\(configuration.seed)-\(number)",
            publishedAt: published, title: title, body: paragraphs.joined(separator: "\n\n"),
            source: Self.sources[generator.next(upTo: Self.sources.count)], language: "en"
        )
    }

    /// Word counts spread evenly on a log scale between the configured bounds.
    private func wordCount(_ generator: inout SplitMix64) -> Int {
        let low = log(Double(configuration.minimumWords))
        let high = log(Double(configuration.maximumWords))
        return Int(exp(low + (high - low) * generator.nextDouble()))
    }

    private func fill(_ pattern: String, _ generator: inout SplitMix64) -> String {
        var result = ""
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let slot = rest[rest.index(after: open)..<close]
            let choices = Self.slots[String(slot)] ?? [String(slot)]
            result += choices[generator.next(upTo: choices.count)]
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    // MARK: Vocabulary

    private static let slots: [String: [String]] = [
        "place": ["Mosul", "Raqqa", "Aleppo", "Idlib", "Kharkiv", "Bakhmut", "Mariupol", "Hodeidah", "Marib", "Khan Younis", "Rafah", "Kunduz", "Mogadishu", "Gao", "Sirte", "Misrata", "El Fasher", "Goma", "Deir ez-Zor", "Palmyra", "Kirkuk", "Fallujah"],
        "city": ["Berlin", "Nairobi", "Lima", "Osaka", "Toronto", "Madrid", "Jakarta", "Cairo", "Warsaw", "Chicago"],
        "force": ["Iraqi army", "Syrian Arab Army", "Ukrainian troops", "Russian forces", "coalition warplanes", "government forces", "Peshmerga fighters", "Saudi-led coalition", "Israeli forces", "Somali National Army"],
        "group": ["Daesh", "al-Shabaab", "the Houthis", "Hayat Tahrir al-Sham", "the Taliban", "Wagner fighters", "the Rapid Support Forces", "M23 rebels"],
        "time": ["on October 19", "next Tuesday", "within hours", "in the coming days", "by the end of the month", "in late June", "tomorrow morning", "before winter", "in two weeks", "on March 3"],
        "number": ["1,200", "9,000", "about 300", "more than 5,000", "up to 40", "several hundred", "2,500"],
        "official": ["Defence Minister Ali Hassan", "a military spokesman", "an unnamed source in the general staff", "Colonel Maria Petrenko", "the regional governor", "a senior Western diplomat"],
        "outlet": ["Reuters", "RIA Novosti", "Al Jazeera", "the Associated Press", "state television", "local media"],
        "company": ["Northwind Logistics", "Helios Energy", "Tessaract Systems", "Blue Harbor Foods", "Cobalt Mining Group"],
        "percent": ["2.4", "0.8", "5.1", "3.7", "12"],
        "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    ]

    private static let operationSentences = [
        "The {force} launched an offensive to retake {place} {time}, {official} told {outlet}.",
        "{official} said the assault on {place} would begin {time}.",
        "{group} fighters have besieged {place} for three months, cutting supply lines to the east.",
        "Airstrikes by {force} hit positions held by {group} near {place} overnight, according to {outlet}.",
        "According to {official}, {number} {group} fighters will be redeployed from {place} to the border {time}.",
        "The {force} freed {place} after a six-week siege, {outlet} reported.",
        "Artillery shelling of {place} continued for a second day on {weekday}, residents said.",
        "{official} denied reports that the {force} would withdraw from {place} {time}.",
        "The offensive on {place} is scheduled to begin {time}, {official} said.",
        "Commanders said {number} troops were moving toward {place} in preparation for a ground operation.",
        "A ceasefire around {place} is due to take effect {time}, {official} announced.",
        "{group} reportedly plans a large-scale offensive on {place} {time}.",
    ]

    private static let ordinarySentences = [
        "The central bank left its benchmark rate unchanged on {weekday}, citing inflation of {percent} percent.",
        "{company} said its business operations in {city} would expand next year.",
        "The mayor of {city} opened a new bridge that had been under construction for four years.",
        "Opposition leaders accused the prime minister of making offensive remarks during the debate.",
        "Heavy rain is expected across the north of the country, the weather service said.",
        "The election campaign entered its final week with both candidates touring {city}.",
        "Shares of {company} rose {percent} percent after the quarterly results beat forecasts.",
        "Doctors at the university hospital in {city} performed a rare surgical operation on a newborn.",
        "Workers at the port of {city} began a 48-hour strike over pay on {weekday}.",
        "The national team advanced to the semi-finals after a 2-1 win in {city}.",
        "Officials said the new operating system update would reach most phones within a month.",
        "Unemployment fell to {percent} percent, the lowest level in a decade, the statistics office said.",
        "Police raided three apartments in {city} as part of a fraud investigation.",
        "The museum in {city} will reopen to visitors after a two-year renovation.",
        "Ministers from both countries held talks in {city} on trade and energy.",
        "The army held annual drills near the border, with {number} soldiers taking part.",
        "Analysts said the withdrawal of foreign investors had weighed on the currency.",
        "A parade through central {city} marked the anniversary of independence.",
        "The company plans to cut costs by closing two factories, {official} told {outlet}.",
        "Farmers in the south reported the best harvest in years despite a dry spring.",
        "The war has displaced millions of people over the past decade, aid agencies say.",
        "Researchers in {city} published a study on air pollution and childhood asthma.",
        "The court in {city} adjourned the trial until {weekday} after a defence motion.",
        "Tourist arrivals rose sharply in the first half of the year, the ministry said.",
    ]

    private static let titles = [
        "Fighting intensifies around {place}", "{company} reports record quarter", "Talks in {city} end without deal",
        "Troops move toward {place}", "Markets steady as rates hold", "Residents flee {place} as {group} advances",
        "Storms expected in the north", "{group} says it will not withdraw",
    ]

    private static let sources = ["Sputnik", "Reuters", "AFP", "Associated Press", "Al Jazeera", "BBC"]
}

/// A small, fast, deterministic pseudo-random generator (SplitMix64).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `0..<bound` (0 when `bound` is not positive).
    public mutating func next(upTo bound: Int) -> Int {
        bound > 0 ? Int(next() % UInt64(bound)) : 0
    }

    /// A value in `0..<1`.
    public mutating func nextDouble() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }
}
