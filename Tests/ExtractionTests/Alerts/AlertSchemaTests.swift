import Foundation
import Testing
@testable import Extraction

/// Produced alerts validate against `schemas/*.json` (via `scripts/validate_alerts.py` and the
/// python `jsonschema` package, which `make test` installs), and a broken alert does not.
@Suite struct AlertSchemaTests {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the validator on `lines`; returns its exit status and standard output.
    private func validate(_ lines: [[UInt8]]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.root.appendingPathComponent("scripts/validate_alerts.py").path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var data = Data()
        for line in lines {
            data.append(contentsOf: line)
            data.append(UInt8(ascii: "\n"))
        }
        // Write from another thread so a full output pipe can't deadlock us.
        let writer = input.fileHandleForWriting
        let payload = data
        let thread = Thread {
            writer.write(payload)
            try? writer.close()
        }
        thread.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self))
    }

    private var validLines: [[UInt8]] {
        let encoder = AlertEncoder()
        return EncoderFixtures.allOperationVariants.map { encoder.encode($0) }
            + EncoderFixtures.allScheduleVariants.map { encoder.encode($0) }
    }

    @Test func fixturesCoverEveryEnumValue() {
        let operations = EncoderFixtures.allOperationVariants
        let schedules = EncoderFixtures.allScheduleVariants
        #expect(Set(operations.map(\.operation.kind)) == Set(OperationKind.allCases))
        #expect(Set(operations.map(\.operation.status)) == Set(OperationStatus.allCases))
        #expect(Set(operations.map(\.stance)) == Set(Stance.allCases))
        #expect(Set(operations.flatMap { $0.locations.map(\.role) }) == Set(LocationRole.allCases))
        #expect(Set(operations.flatMap { $0.actors.map(\.role) }) == Set(ActorRole.allCases))
        #expect(Set(operations.flatMap { $0.actors.map(\.actor.kind.rawValue) }).count == 6)
        #expect(Set(operations.flatMap { $0.quantities.map(\.qualifier) }) == Set(Quantity.Qualifier.allCases))
        #expect(Set(operations.compactMap { $0.attribution?.kind }) == Set(Attribution.Kind.allCases))
        #expect(Set(operations.map(\.referenceTimeSource.rawValue)) == ["article", "kafka-timestamp", "command-line"])
        #expect(operations.contains { $0.attribution == nil } && operations.contains { $0.locations.isEmpty })
        #expect(Set(schedules.map(\.event)) == Set(ScheduleEvent.allCases))
        #expect(Set(schedules.map(\.claimedTime.grain)) == Set(TimeGrain.allCases))
        #expect(Set(schedules.map(\.stance)) == Set(Stance.allCases))
        #expect(schedules.contains { $0.operation.location == nil } && schedules.contains { $0.attribution.via == nil })
    }

    @Test func producedAlertsMatchTheSchemas() throws {
        let result = try validate(validLines)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.isEmpty)
    }

    @Test func brokenAlertsFail() throws {
        let encoder = AlertEncoder()
        var badKind = EncoderFixtures.fullOperation
        badKind.operation.kind = .offensive
        var badJSON = String(decoding: encoder.encode(badKind), as: UTF8.self)
        badJSON = badJSON.replacingOccurrences(of: #""kind":"offensive""#, with: #""kind":"parade""#)
        var badValue = EncoderFixtures.fullSchedule
        badValue.claimedTime.value = "2016-10"  // month value with day grain
        let extraKey = String(decoding: encoder.encode(EncoderFixtures.bareOperation), as: UTF8.self)
            .replacingOccurrences(of: #"{"schema":"#, with: #"{"extra":1,"schema":"#)
        let lines: [[UInt8]] = [Array(badJSON.utf8), encoder.encode(badValue), Array(extraKey.utf8)]
        for (index, line) in lines.enumerated() {
            let result = try validate(validLines + [line])
            #expect(result.status == 1, "case \(index): \(result.output)")
            #expect(result.output.split(separator: "\n").count >= 1, "case \(index)")
            #expect(result.output.contains("<stdin>:\(validLines.count + 1):"), "case \(index): \(result.output)")
        }
    }

    @Test func emptyInputIsNotASuccess() throws {
        #expect(try validate([]).status == 2)
    }
}
