import Extraction
import Foundation
import Kafka
import Logging
import Testing
@testable import Worker

/// `newswatch tail` on the embedded cluster, over the seed articles' alerts published the way
/// the worker publishes them (in transactions, with CloudEvents headers).
@Suite(.serialized) struct TailTests {
    /// The cluster with the seed alerts published, and those alerts as produced.
    struct Published {
        let fixture: ReplayTailFixture
        let records: [ProducerMessage]
    }

    /// Publishes the seed articles' alerts in one transaction; the first half with timestamp
    /// 1,000,000 ms, the rest with 5,000,000 ms.
    static func publishSeedAlerts() async throws -> Published {
        let fixture = try ReplayTailFixture()
        let processor = ArticleProcessor(topics: fixture.topics)
        var records = try ReplayTailFixture.seedArticles().enumerated().flatMap { index, value in
            processor.process(KafkaMessage(topic: fixture.topics.articles, partition: 0, offset: Int64(index), value: value)).records
        }
        for index in records.indices { records[index].timestamp = index < records.count / 2 ? 1_000_000 : 5_000_000 }
        var config = ProducerConfig(kafka: fixture.kafka, transactionalID: "seed-alerts")
        config.messageTimeout = config.transactionTimeout
        let producer = try Producer(config: config, logger: fixture.logger)
        try await producer.initTransactions()
        try producer.beginTransaction()
        for record in records { _ = try await producer.enqueue(record) }
        try await producer.commitTransaction()
        try await producer.close()
        return Published(fixture: fixture, records: records)
    }

    /// Runs a tail and returns the messages it handed on.
    static func tail(_ published: Published, from: TopicPosition = .beginning, filter: AlertFilter = AlertFilter(), max: Int? = nil, untilEnd: Bool = true) async throws -> (messages: [KafkaMessage], summary: Tail.Summary) {
        var configuration = TailConfiguration(kafka: published.fixture.kafka, from: from, filter: filter)
        configuration.maxAlerts = max
        configuration.untilEnd = untilEnd
        var messages: [KafkaMessage] = []
        let summary = try await Tail(configuration: configuration, logger: published.fixture.logger).run { messages.append($0) }
        return (messages, summary)
    }

    /// The alert as Foundation decodes it: the tests' own reading of the JSON, independent of the filter's.
    static func decoded(_ value: [UInt8]?) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(value ?? []))) as? [String: Any] ?? [:]
    }

    static func ids(_ values: [[UInt8]?]) -> Set<String> {
        Set(values.compactMap { decoded($0)["id"] as? String })
    }

    @Test func tailFiltersTheSeedAlerts() async throws {
        let published = try await Self.publishSeedAlerts()
        let alerts = published.records.map(\.value)
        #expect(alerts.count > 5, "the seed articles give alerts: \(alerts.count)")

        let all = try await Self.tail(published)
        #expect(all.summary.read == alerts.count && all.summary.matched == alerts.count, "--until-end reads everything once, then stops")
        #expect(Set(all.messages.map(\.value)) == Set(alerts), "JSON values exactly as published")

        let mosul = alerts.filter { value in
            let alert = Self.decoded(value)
            let names = (alert["locations"] as? [[String: Any]] ?? []).flatMap { [$0["name"], $0["text"]].compactMap { $0 as? String } }
                + [(alert["operation"] as? [String: Any])?["location"] as? String].compactMap { $0 }
            return names.contains { $0.lowercased() == "mosul" }
        }
        #expect(!mosul.isEmpty && mosul.count < alerts.count)
        let byLocation = try await Self.tail(published, filter: try AlertFilter(where: ["location=MOSUL"]))
        #expect(Self.ids(byLocation.messages.map(\.value)) == Self.ids(mosul))

        let confident = alerts.filter { value in
            let alert = Self.decoded(value)
            return (alert["operation"] as? [String: Any])?["kind"] as? String == "offensive" && (alert["confidence"] as? Double ?? 0) >= 0.8
        }
        let offensives = alerts.filter { (Self.decoded($0)["operation"] as? [String: Any])?["kind"] as? String == "offensive" }
        #expect(!confident.isEmpty && confident.count < offensives.count, "the confidence cut keeps some offensives and drops others")
        let byKind = try await Self.tail(published, filter: try AlertFilter(where: [], kinds: ["offensive"], minConfidence: 0.8))
        #expect(Self.ids(byKind.messages.map(\.value)) == Self.ids(confident))

        let planned = alerts.filter { value in
            let alert = Self.decoded(value)
            return (alert["operation"] as? [String: Any])?["status"] as? String == "planned" && (alert["schema"] as? String)?.hasPrefix("newswatch.operation") == true
        }
        let byStatus = try await Self.tail(published, filter: try AlertFilter(where: ["type=operation"], statuses: ["planned"]))
        #expect(!planned.isEmpty && Self.ids(byStatus.messages.map(\.value)) == Self.ids(planned))
    }

    @Test func tailEndsOnMaxAndStartsFromTheEndOrATime() async throws {
        let published = try await Self.publishSeedAlerts()
        let limited = try await Self.tail(published, max: 2, untilEnd: false)
        #expect(limited.messages.count == 2 && limited.summary.matched == 2)

        let fromEnd = try await Self.tail(published, from: .end)
        #expect(fromEnd.summary.read == 0, "from the end with --until-end there is nothing to read")

        let later = published.records.filter { $0.timestamp == 5_000_000 }.map(\.value)
        let fromTime = try await Self.tail(published, from: .time(milliseconds: 3_000_000))
        #expect(Self.ids(fromTime.messages.map(\.value)) == Self.ids(later), "alerts stamped at or after the time, and none before")
    }

    @Test func kcatSeesTheAlertsWithTheirCloudEventsHeaders() async throws {
        let published = try await Self.publishSeedAlerts()
        let operations = published.records.filter { $0.topic == published.fixture.topics.operations }
        let output = try Self.kcat(["-b", published.fixture.cluster.bootstrapServers, "-C", "-e", "-J", "-q",
                                    "-X", "isolation.level=read_committed", "-t", published.fixture.topics.operations])
        let lines = output.split(separator: UInt8(ascii: "\n")).map { Self.decoded(Array($0)) }
        #expect(lines.count == operations.count)
        for line in lines {
            let flat = line["headers"] as? [String] ?? []
            let headers = Dictionary(stride(from: 0, to: flat.count - 1, by: 2).map { (flat[$0], flat[$0 + 1]) }, uniquingKeysWith: { first, _ in first })
            let payload = Self.decoded(Array((line["payload"] as? String ?? "").utf8))
            #expect(headers["ce_specversion"] == "1.0")
            #expect(headers["ce_id"] != nil && headers["ce_id"] == payload["id"] as? String)
            #expect(headers["ce_type"] == "org.newswatch.operation.v1")
            #expect(headers["ce_source"] == "newswatch")
            #expect(headers["ce_time"]?.isEmpty == false)
            #expect(headers["ce_subject"] != nil && headers["ce_subject"] == (payload["article"] as? [String: Any])?["id"] as? String)
            #expect(headers["content-type"] == "application/json")
        }
    }

    @Test func badFiltersNameTheFix() {
        #expect(throws: AlertFilterError.unknownField("loc", suggestion: .location)) { try AlertFilter(where: ["loc=Mosul"]) }
        #expect(throws: AlertFilterError.unknownField("actors", suggestion: .actor)) { try AlertFilter(where: ["actors=Daesh"]) }
        #expect(throws: AlertFilterError.unknownField("place", suggestion: nil)) { try AlertFilter(where: ["place=Mosul"]) }
        #expect(throws: AlertFilterError.notFieldEqualsValue("Mosul")) { try AlertFilter(where: ["Mosul"]) }
        #expect(throws: AlertFilterError.emptyValue(flag: "--where actor=")) { try AlertFilter(where: ["actor="]) }
        #expect(throws: AlertFilterError.self) { try AlertFilter(where: [], kinds: ["offensve"]) }
        #expect(throws: AlertFilterError.confidenceOutOfRange(1.5)) { try AlertFilter(where: [], minConfidence: 1.5) }
        let error = AlertFilterError.invalidValue(flag: "--status", value: "done", allowed: OperationStatus.allCases.map(\.rawValue))
        #expect(error.description == "--status \"done\" is not a valid value; use one of planned, imminent, ongoing, completed, cancelled")
        #expect(AlertFilterError.unknownField("loc", suggestion: .location).description.hasPrefix("--where has no field \"loc\"; did you mean location? use one of type, id,"))
    }

    @Test func filterFieldsReadTheAlertJSON() throws {
        let parser = JSONParser()
        let operation = try parser.parse(Array("""
            {"schema":"newswatch.operation.v1","id":"a1","article":{"id":"art","source":"Sputnik"},"operation":{"kind":"airstrike","name":"coalition airstrikes","status":"planned"},\
            "locations":[{"name":"Hawija","country":"IQ","role":"target","text":"Havice"}],"actors":[{"name":"Iraqi Army","kind":"state-military","role":"agent"}],\
            "attribution":null,"stance":"asserted","confidence":0.75}
            """.utf8))
        let matches = { (conditions: [String]) in try AlertFilter(where: conditions).matches(operation) }
        #expect(try matches(["location=havice"]) && matches(["location=HAWIJA"]) && matches(["country=iq"]))
        #expect(try matches(["actor=iraqi army", "actor.kind=state-military", "attribution.kind=none"]))
        #expect(try matches(["kind=offensive,airstrike", "article.source=sputnik", "type=operation", "id=A1"]))
        #expect(try !matches(["location=Mosul"]) && !matches(["event=begin"]) && !matches(["type=schedule"]))
        #expect(try !AlertFilter(where: [], minConfidence: 0.8).matches(operation) && AlertFilter(where: [], minConfidence: 0.75).matches(operation))
    }
}

extension TailTests {
    /// Runs kcat and returns its standard output.
    static func kcat(_ arguments: [String]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/kcat")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
