import Testing
@testable import Extraction

@Suite struct RFC3339ParserTests {
    @Test(arguments: [
        ("2016-10-10T12:00:00Z", 1_476_100_800, 0),
        ("2016-10-10t12:00:00z", 1_476_100_800, 0),
        ("2016-10-10 12:00:00Z", 1_476_100_800, 0),
        ("2016-10-10T12:00:00.123456789Z", 1_476_100_800, 0),
        ("2016-10-10T15:00:00+03:00", 1_476_100_800, 10_800),
        ("2016-10-10T06:30:00-05:30", 1_476_100_800, -19_800),
        ("2016-10-10T12:00:00-00:00", 1_476_100_800, 0),
        ("1970-01-01T00:00:00Z", 0, 0),
        ("1969-12-31T23:59:59Z", -1, 0),
        ("2000-02-29T00:00:00Z", 951_782_400, 0),
        ("2016-12-31T23:59:60Z", 1_483_228_800, 0),
        ("0001-01-01T00:00:00Z", -62_135_596_800, 0),
        ("9999-12-31T23:59:59Z", 253_402_300_799, 0),
    ] as [(String, Int64, Int32)])
    func parsesValidTimes(text: String, seconds: Int64, offset: Int32) {
        let instant = RFC3339Parser.parse(text)
        #expect(instant?.secondsSinceEpoch == seconds, "\(text)")
        #expect(instant?.utcOffsetSeconds == offset, "\(text)")
    }

    @Test(arguments: [
        "", "2016-10-10", "2016-10-10T12:00Z", "2016-10-10T12:00:00", "2016-10-10T12:00:00+0300",
        "2016-10-10T12:00:00+03", "2016-13-10T12:00:00Z", "2016-00-10T12:00:00Z", "2016-02-30T12:00:00Z",
        "2015-02-29T12:00:00Z", "1900-02-29T00:00:00Z", "2016-10-10T24:00:00Z", "2016-10-10T12:60:00Z",
        "2016-10-10T12:00:61Z", "2016-10-10T12:00:00.Z", "2016-10-10T12:00:00Zjunk", "2016-10-10T12:00:00+24:00",
        "2016-10-10T12:00:00+03:60", "16-10-10T12:00:00Z", "2016/10/10T12:00:00Z", "２016-10-10T12:00:00Z",
        "2016-10-10X12:00:00Z", " 2016-10-10T12:00:00Z", "2016-10-10T12:00:00 Z",
    ])
    func rejectsInvalidTimes(text: String) {
        #expect(RFC3339Parser.parse(text) == nil, "\(text)")
    }

    @Test func civilDaysRoundTrip() {
        for days in stride(from: Int64(-800_000), through: 800_000, by: 997) {
            let date = RFC3339Parser.civilFromDays(days)
            #expect(Int64(RFC3339Parser.daysFromCivil(year: Int(date.year), month: date.month, day: date.day)) == days)
        }
    }
}
