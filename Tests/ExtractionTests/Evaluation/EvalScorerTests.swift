import Foundation
import Testing
@testable import Extraction

/// The scorer on hand-built extraction results, so the measuring stick is proven on its own.
@Suite struct EvalScorerTests {
    // MARK: builders

    static let article = Article(
        id: "t", publishedAt: "2016-10-10T12:00:00Z", body: "x",
        referenceTime: ReferenceTime(secondsSinceEpoch: 1_476_100_800, source: .article))

    static func place(_ name: String) -> Place {
        Place(name: name, country: "IQ", latitude: 0, longitude: 0, kind: .city, population: 0)
    }

    static func operation(
        _ kind: OperationKind, _ status: OperationStatus, at location: String?, attribution: Attribution? = nil,
        stance: Stance = .asserted, quantities: [Quantity] = []
    ) -> OperationAlert {
        OperationAlert(
            id: "op", article: AlertArticle(article), operation: OperationDescription(kind: kind, name: "n", status: status),
            locations: location.map { [AlertLocation(place: place($0), role: .target)] } ?? [], actors: [],
            quantities: quantities, attribution: attribution, stance: stance,
            evidence: Evidence(sentence: "s", start: 0, end: 1), confidence: 0.9, referenceTimeSource: .article)
    }

    static func claim(
        _ event: ScheduleEvent, _ value: String, _ grain: TimeGrain, text: String = "t", approximate: Bool = false,
        attribution: Attribution = Attribution(source: "article", kind: .author), stance: Stance = .asserted
    ) -> ScheduleAlert {
        ScheduleAlert(
            id: "sc", article: AlertArticle(article),
            operation: ScheduledOperation(kind: .offensive, name: "n", location: "Mosul"), event: event,
            claimedTime: ClaimedTime(text: text, value: value, grain: grain, start: "", end: "", approximate: approximate),
            attribution: attribution, stance: stance, evidence: Evidence(sentence: "s", start: 0, end: 1),
            confidence: 0.9, referenceTimeSource: .article, theaterKey: "mosul")
    }

    static func item(
        operations: [EvalOperation] = [], schedules: [EvalSchedule] = [], times: [EvalTime] = [],
        tags: [String] = [], trap: Bool = false
    ) -> EvalItem {
        EvalItem(
            id: "i", shape: .sentence, tags: tags, trap: trap, articleJSON: [], body: "x",
            publishedAt: "2016-10-10T12:00:00Z", operations: operations, schedules: schedules, times: times)
    }

    static func expected(
        _ kind: OperationKind, _ status: OperationStatus, _ location: String?, optional: Bool = false
    ) -> EvalOperation {
        EvalOperation(kinds: [kind], status: status, locations: [location], optional: optional)
    }

    // MARK: operations

    @Test func exactOperationIsATruePositive() {
        let score = EvalScorer.score(
            Self.item(operations: [Self.expected(.offensive, .planned, "Mosul")]),
            result: ExtractionResult(operations: [Self.operation(.offensive, .planned, at: "Mosul")]))
        #expect(score.operations == EvalCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(score.status == EvalAccuracy(correct: 1, total: 1))
        #expect(score.problems.isEmpty)
    }

    @Test func wrongKindIsOneFalsePositiveAndOneMiss() {
        let score = EvalScorer.score(
            Self.item(operations: [Self.expected(.offensive, .planned, "Mosul")]),
            result: ExtractionResult(operations: [Self.operation(.assault, .planned, at: "Mosul")]))
        #expect(score.operations == EvalCounts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(score.status.total == 0)
        #expect(score.problems.count == 2)
    }

    @Test func locationsCompareCaseAndAccentInsensitivelyAndNullMatchesNull() {
        var expectations = [Self.expected(.siege, .ongoing, "Deir ez-Zor"), Self.expected(.ceasefire, .planned, nil)]
        expectations.append(EvalOperation(kinds: [.raid, .groundOperation], status: .completed, locations: ["Gao", "Mali"]))
        let score = EvalScorer.score(
            Self.item(operations: expectations),
            result: ExtractionResult(operations: [
                Self.operation(.siege, .ongoing, at: "DEIR EZ-ZÓR"), Self.operation(.ceasefire, .planned, at: nil),
                Self.operation(.groundOperation, .completed, at: "Mali"),
            ]))
        #expect(score.operations.truePositives == 3)
        #expect(score.operations.falsePositives == 0)
        let missing = EvalScorer.score(
            Self.item(operations: [Self.expected(.ceasefire, .planned, nil)]),
            result: ExtractionResult(operations: [Self.operation(.ceasefire, .planned, at: "Idlib")]))
        #expect(missing.operations == EvalCounts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
    }

    @Test func wrongStatusStillMatchesButCountsAgainstStatusAccuracy() {
        let score = EvalScorer.score(
            Self.item(operations: [Self.expected(.withdrawal, .planned, "Kherson")]),
            result: ExtractionResult(operations: [Self.operation(.withdrawal, .completed, at: "Kherson")]))
        #expect(score.operations.truePositives == 1)
        #expect(score.status == EvalAccuracy(correct: 0, total: 1))
    }

    @Test func twoOperationsOfOneKindAndPlacePairByStatus() {
        let score = EvalScorer.score(
            Self.item(operations: [Self.expected(.other, .completed, "Djibo"), Self.expected(.other, .planned, "Djibo")]),
            result: ExtractionResult(operations: [
                Self.operation(.other, .planned, at: "Djibo"), Self.operation(.other, .completed, at: "Djibo"),
            ]))
        #expect(score.operations.truePositives == 2)
        #expect(score.status == EvalAccuracy(correct: 2, total: 2))
    }

    @Test func optionalAnnotationsAbsorbWithoutCredit() {
        let item = Self.item(operations: [
            Self.expected(.liberation, .completed, "Fallujah"), Self.expected(.siege, .completed, "Fallujah", optional: true),
        ])
        let both = EvalScorer.score(item, result: ExtractionResult(operations: [
            Self.operation(.liberation, .completed, at: "Fallujah"), Self.operation(.siege, .completed, at: "Fallujah"),
        ]))
        #expect(both.operations == EvalCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        let one = EvalScorer.score(item, result: ExtractionResult(operations: [Self.operation(.liberation, .completed, at: "Fallujah")]))
        #expect(one.operations == EvalCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0))
    }

    @Test func operationsOnTrapsAreCounted() {
        let score = EvalScorer.score(
            Self.item(trap: true),
            result: ExtractionResult(operations: [Self.operation(.other, .ongoing, at: nil)]))
        #expect(score.trapFalsePositives == 1)
        #expect(score.operations.falsePositives == 1)
    }

    @Test func operationAttributionStanceAndQuantity() {
        var expectation = Self.expected(.redeployment, .planned, "Mosul")
        expectation.attributionKind = .unnamedSource
        expectation.source = "an unnamed source in military and diplomatic circles"
        expectation.stance = .doubted
        expectation.quantities = [EvalQuantity(value: 9000, unit: "fighters", qualifier: .moreThan)]
        let good = Self.operation(
            .redeployment, .planned, at: "Mosul",
            attribution: Attribution(source: "an unnamed source in military and diplomatic circles in Moscow", kind: .unnamedSource, via: "RIA Novosti"),
            stance: .doubted, quantities: [Quantity(text: "more than 9,000 Daesh fighters", value: 9000, unit: "Daesh fighters", qualifier: .moreThan)])
        let score = EvalScorer.score(Self.item(operations: [expectation]), result: ExtractionResult(operations: [good]))
        #expect(score.attribution == EvalAccuracy(correct: 1, total: 1))
        #expect(score.stance == EvalAccuracy(correct: 1, total: 1))
        #expect(score.quantity == EvalAccuracy(correct: 1, total: 1))

        let bad = Self.operation(.redeployment, .planned, at: "Mosul", stance: .reported,
                                 quantities: [Quantity(text: "9,000 fighters", value: 9000, unit: "fighters", qualifier: .exact)])
        let worse = EvalScorer.score(Self.item(operations: [expectation]), result: ExtractionResult(operations: [bad]))
        #expect(worse.attribution == EvalAccuracy(correct: 0, total: 1))
        #expect(worse.stance == EvalAccuracy(correct: 0, total: 1))
        #expect(worse.quantity == EvalAccuracy(correct: 0, total: 1))
    }

    @Test func missingAttributionMeansTheAuthor() {
        var expectation = Self.expected(.airstrike, .completed, "Raqqa")
        expectation.attributionKind = .author
        let score = EvalScorer.score(
            Self.item(operations: [expectation]),
            result: ExtractionResult(operations: [Self.operation(.airstrike, .completed, at: "Raqqa")]))
        #expect(score.attribution == EvalAccuracy(correct: 1, total: 1))
    }

    // MARK: schedules

    @Test func claimMatchesOnEventValueAndGrain() {
        let expectation = EvalSchedule(
            event: .begin, value: "2016-10-19", grain: .day, approximate: false, attributionKind: .namedOfficial,
            source: "Muhtaroğlu", stance: .reported, text: "on October 19")
        let good = Self.claim(.begin, "2016-10-19", .day, text: "on October 19",
                              attribution: Attribution(source: "Heytem Haşim Muhtaroğlu", kind: .namedOfficial), stance: .reported)
        let score = EvalScorer.score(Self.item(schedules: [expectation]), result: ExtractionResult(schedules: [good]))
        #expect(score.schedules == EvalCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(score.attribution == EvalAccuracy(correct: 1, total: 1))
        #expect(score.stance == EvalAccuracy(correct: 1, total: 1))
        #expect(score.time == EvalAccuracy(correct: 1, total: 1))
        #expect(score.approximate == EvalAccuracy(correct: 1, total: 1))

        for wrong in [Self.claim(.end, "2016-10-19", .day), Self.claim(.begin, "2016-10-18", .day), Self.claim(.begin, "2016-10", .month)] {
            let miss = EvalScorer.score(Self.item(schedules: [expectation]), result: ExtractionResult(schedules: [wrong]))
            #expect(miss.schedules == EvalCounts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        }
    }

    @Test func optionalClaimsIgnoreTheEvent() {
        let expectation = EvalSchedule(
            event: .end, value: "2021-08-31", grain: .day, approximate: false, attributionKind: nil, stance: .reported, optional: true)
        let score = EvalScorer.score(
            Self.item(schedules: [expectation]), result: ExtractionResult(schedules: [Self.claim(.begin, "2021-08-31", .day)]))
        #expect(score.schedules == EvalCounts())
    }

    @Test func unscoredAttributionIsSkipped() {
        let expectation = EvalSchedule(
            event: .begin, value: "2022-02-23", grain: .day, approximate: false, attributionKind: nil, stance: .denied)
        let score = EvalScorer.score(
            Self.item(schedules: [expectation]),
            result: ExtractionResult(schedules: [Self.claim(.begin, "2022-02-23", .day, stance: .denied)]))
        #expect(score.attribution.total == 0)
        #expect(score.stance == EvalAccuracy(correct: 1, total: 1))
    }

    // MARK: times

    @Test func timesLineUpWithClaimsOrTaggedTimesByText() {
        let item = Self.item(
            schedules: [EvalSchedule(event: .begin, value: "2016-10-10T12:00", grain: .hour, approximate: true,
                                     attributionKind: .author, stance: .asserted, text: "in a few hours")],
            times: [EvalTime(text: "since 2014", value: "2014", grain: .year), EvalTime(text: "on June 11, 2014", value: "2014-06-11", grain: .day)])
        let score = EvalScorer.score(
            item,
            result: ExtractionResult(schedules: [Self.claim(.begin, "2016-10-10T12:00", .hour, text: "in a few hours", approximate: true)]),
            times: [EvalProducedTime(text: "June 11, 2014", value: "2014-06-10", grain: .day)])
        #expect(score.time == EvalAccuracy(correct: 1, total: 2))
        #expect(score.timeUnaligned == 1)
    }

    // MARK: sums

    @Test func precisionRecallAndF1() {
        let counts = EvalCounts(truePositives: 8, falsePositives: 2, falseNegatives: 8)
        #expect(abs(counts.precision - 0.8) < 1e-9)
        #expect(abs(counts.recall - 0.5) < 1e-9)
        #expect(abs(counts.f1 - 2 * 0.8 * 0.5 / 1.3) < 1e-9)
        #expect(EvalCounts().f1 == 1)
    }

    @Test func summariesAreMicroAveragedAndSplitByTag() {
        var a = EvalItemScore(id: "a", tags: ["x"], trap: false)
        a.operations = EvalCounts(truePositives: 1, falsePositives: 0, falseNegatives: 0)
        var b = EvalItemScore(id: "b", tags: ["x", "trap"], trap: true)
        b.operations = EvalCounts(truePositives: 0, falsePositives: 3, falseNegatives: 0)
        b.trapFalsePositives = 3
        let report = EvalReport(sentences: [a], articles: [b])
        #expect(report.overall.operations == EvalCounts(truePositives: 1, falsePositives: 3, falseNegatives: 0))
        #expect(report.overall.trapFalsePositives == 3)
        let tags = Dictionary(uniqueKeysWithValues: report.byTag.map { ($0.tag, $0.summary) })
        #expect(tags["x"]?.items == 2)
        #expect(tags["trap"]?.trapFalsePositives == 3)
        #expect(report.render().contains("operations"))
    }

    // MARK: fixtures

    @Test func parsesASentenceLine() throws {
        let line = #"{"id": "s", "text": "Iraqi forces will storm Mosul on Friday.", "published_at": "2016-10-10T12:00:00Z", "tags": ["assault"], "operations": [{"kind": ["assault", "offensive"], "status": "planned", "location": ["Mosul", null]}], "schedules": [{"event": "begin", "value": "2016-10-14", "grain": "day", "approximate": false, "attribution_kind": null, "stance": "asserted", "text": "on Friday"}], "trap": false}"#
        let item = try EvalCorpus.parse(line: line, shape: .sentence)
        #expect(item.operations.first?.kinds == [.assault, .offensive])
        #expect(item.operations.first?.locations == ["Mosul", nil])
        #expect(item.schedules.first?.attributionKind == nil)
        #expect(item.schedules.first?.text == "on Friday")
        let article = try ArticleDecoder().decode(json: item.articleJSON, kafkaTimestampMilliseconds: nil)
        #expect(article.body == "Iraqi forces will storm Mosul on Friday.")
        #expect(article.publishedAt == "2016-10-10T12:00:00Z")
    }
}
