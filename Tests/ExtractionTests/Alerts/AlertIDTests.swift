import Testing
@testable import Extraction

@Suite struct AlertIDTests {
    @Test func stableValues() {
        // Also computed independently (Python hashlib over the documented serialization).
        #expect(AlertID.operation(articleID: "sputnik-2016-10-10-mosul", kind: .offensive, locationKey: "mosul", evidenceStart: 1234, evidenceEnd: 1301)
            == "op-924e2507654a6dae8b193470024dd8bd")
        #expect(AlertID.schedule(
            articleID: "sputnik-2016-10-10-mosul", kind: .offensive, locationKey: "mosul", event: .begin,
            claimedValue: "2016-10-19", grain: .day, evidenceStart: 3321, evidenceEnd: 3390)
            == "sc-8bbb64b91abbf3bbd704a73f70bd55c4")
    }

    @Test func format() {
        let id = AlertID.operation(articleID: "", kind: .other, locationKey: "", evidenceStart: 0, evidenceEnd: 0)
        #expect(id.hasPrefix("op-"))
        #expect(id.count == 35)
        #expect(id.dropFirst(3).allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func sensitiveToEveryIdentifyingField() {
        func op(_ article: String = "a", _ kind: OperationKind = .siege, _ location: String = "mosul", _ start: Int = 1, _ end: Int = 2) -> String {
            AlertID.operation(articleID: article, kind: kind, locationKey: location, evidenceStart: start, evidenceEnd: end)
        }
        let base = op()
        let variants = [op("b"), op("a", .raid), op("a", .siege, "hawija"), op("a", .siege, ""), op("a", .siege, "mosul", 0), op("a", .siege, "mosul", 1, 3)]
        #expect(Set(variants + [base]).count == variants.count + 1)
        #expect(op() == base)

        func sc(_ event: ScheduleEvent = .begin, _ value: String = "2016-10", _ grain: TimeGrain = .month, _ kind: OperationKind = .offensive) -> String {
            AlertID.schedule(articleID: "a", kind: kind, locationKey: "mosul", event: event, claimedValue: value, grain: grain, evidenceStart: 1, evidenceEnd: 2)
        }
        let schedules = [sc(), sc(.end), sc(.begin, "2016-11"), sc(.begin, "2016-10", .day), sc(.begin, "2016-10", .month, .siege)]
        #expect(Set(schedules).count == schedules.count)
        #expect(schedules.allSatisfy { $0.hasPrefix("sc-") })
    }

    @Test func serializationIsUnambiguous() {
        // Moving text between adjacent fields must change the id.
        let first = AlertID.operation(articleID: "ab", kind: .raid, locationKey: "c", evidenceStart: 1, evidenceEnd: 2)
        let second = AlertID.operation(articleID: "a", kind: .raid, locationKey: "bc", evidenceStart: 1, evidenceEnd: 2)
        #expect(first != second)
        #expect(AlertID.operation(articleID: "x", kind: .raid, locationKey: "", evidenceStart: 12, evidenceEnd: 3)
            != AlertID.operation(articleID: "x", kind: .raid, locationKey: "", evidenceStart: 1, evidenceEnd: 23))
        #expect(AlertID.canonicalBytes(["ab"]) == Array("newswatch.alert-id.v1".utf8) + [0, 0, 0, 0, 0, 0, 0, 2, 0x61, 0x62])
    }

    @Test func ignoresDescriptiveFields() {
        var alert = EncoderFixtures.fullOperation
        let id = AlertID.operation(for: alert)
        #expect(id == alert.id)
        alert.operation.status = .completed
        alert.confidence = 0.1
        alert.stance = .denied
        alert.attribution = nil
        alert.operation.name = "other name"
        #expect(AlertID.operation(for: alert) == id)
        alert.locations.reverse()
        #expect(AlertID.operation(for: alert) != id)

        var schedule = EncoderFixtures.fullSchedule
        #expect(AlertID.schedule(for: schedule) == schedule.id)
        schedule.claimedTime.approximate = true
        #expect(AlertID.schedule(for: schedule) == EncoderFixtures.fullSchedule.id)
        schedule.claimedTime.value = "2016-10-20"
        #expect(AlertID.schedule(for: schedule) != EncoderFixtures.fullSchedule.id)
    }
}
