import Testing
@testable import Extraction

@Suite struct TimeCalendarTests {
    struct Civil: Sendable, CustomTestStringConvertible {
        var year: Int64, month: Int64, day: Int64, days: Int64, weekday: Int64, isoYear: Int64, isoWeek: Int64
        var testDescription: String { "\(year)-\(month)-\(day)" }
    }

    static let dates: [Civil] = [
        Civil(year: 1970, month: 1, day: 1, days: 0, weekday: 4, isoYear: 1970, isoWeek: 1),
        Civil(year: 1969, month: 12, day: 31, days: -1, weekday: 3, isoYear: 1970, isoWeek: 1),
        Civil(year: 2000, month: 2, day: 29, days: 11016, weekday: 2, isoYear: 2000, isoWeek: 9),
        Civil(year: 2016, month: 10, day: 10, days: 17084, weekday: 1, isoYear: 2016, isoWeek: 41),
        Civil(year: 2016, month: 1, day: 3, days: 16803, weekday: 7, isoYear: 2015, isoWeek: 53),
        Civil(year: 2017, month: 1, day: 1, days: 17167, weekday: 7, isoYear: 2016, isoWeek: 52),
        Civil(year: 2020, month: 12, day: 31, days: 18627, weekday: 4, isoYear: 2020, isoWeek: 53),
        Civil(year: 2008, month: 12, day: 29, days: 14242, weekday: 1, isoYear: 2009, isoWeek: 1),
        Civil(year: 1900, month: 3, day: 1, days: -25508, weekday: 4, isoYear: 1900, isoWeek: 9),
    ]

    @Test(arguments: dates) func civilDates(_ row: Civil) {
        #expect(CivilCalendar.days(year: row.year, month: row.month, day: row.day) == row.days)
        let back = CivilCalendar.date(days: row.days)
        #expect(back.year == row.year && back.month == row.month && back.day == row.day)
        #expect(CivilCalendar.weekday(days: row.days) == row.weekday)
        let week = CivilCalendar.isoWeek(days: row.days)
        #expect(week.year == row.isoYear && week.week == row.isoWeek)
    }

    @Test func civilRoundTripOverFourCenturies() {
        var previous = CivilCalendar.days(year: 1800, month: 1, day: 1) - 1
        for year in Int64(1800)...2200 {
            for month in Int64(1)...12 {
                for day in 1...CivilCalendar.daysInMonth(year: year, month: month) {
                    let days = CivilCalendar.days(year: year, month: month, day: day)
                    #expect(days == previous + 1)
                    previous = days
                }
            }
        }
        let check = CivilCalendar.date(days: previous)
        #expect(check.year == 2200 && check.month == 12 && check.day == 31)
    }

    /// Tabular Islamic dates (leap years 2,5,7,10,13,16,18,21,24,26,29; civil epoch), checked by hand:
    /// days before year y = (y-1)·354 + leap years in 1…y-1; months alternate 30/29 days.
    struct Hijri: Sendable, CustomTestStringConvertible {
        var year: Int64, month: Int64, day: Int64, gregorian: (Int64, Int64, Int64)
        var testDescription: String { "\(year)-\(month)-\(day) AH" }
    }

    static let hijri: [Hijri] = [
        Hijri(year: 1, month: 1, day: 1, gregorian: (622, 7, 19)), // = 16 July 622 Julian
        Hijri(year: 1437, month: 9, day: 1, gregorian: (2016, 6, 7)),
        Hijri(year: 1438, month: 1, day: 1, gregorian: (2016, 10, 3)),
        Hijri(year: 1438, month: 9, day: 1, gregorian: (2017, 5, 27)),
        Hijri(year: 1440, month: 9, day: 1, gregorian: (2019, 5, 6)),
        Hijri(year: 1445, month: 9, day: 1, gregorian: (2024, 3, 11)),
    ]

    @Test(arguments: hijri) func tabularIslamic(_ row: Hijri) {
        let days = IslamicCalendar.days(year: row.year, month: row.month, day: row.day)
        #expect(days == CivilCalendar.days(year: row.gregorian.0, month: row.gregorian.1, day: row.gregorian.2))
        #expect(IslamicCalendar.year(containing: days) == row.year)
        #expect(IslamicCalendar.year(containing: days - 1) == (row.month == 1 && row.day == 1 ? row.year - 1 : row.year))
    }

    @Test func easter() {
        #expect(CivilCalendar.easter(year: 2016) == CivilCalendar.days(year: 2016, month: 3, day: 27))
        #expect(CivilCalendar.easter(year: 2017) == CivilCalendar.days(year: 2017, month: 4, day: 16))
        #expect(CivilCalendar.easter(year: 2019) == CivilCalendar.days(year: 2019, month: 4, day: 21))
    }

    @Test func formatsOffsetsAndGrains() {
        let minute = CivilCalendar.days(year: 2016, month: 10, day: 19) * 1440 + 15 * 60 + 7
        #expect(TimeFormat.rfc3339(localMinute: minute, offsetSeconds: 0) == "2016-10-19T15:07:00Z")
        #expect(TimeFormat.rfc3339(localMinute: minute, offsetSeconds: 10800) == "2016-10-19T15:07:00+03:00")
        #expect(TimeFormat.rfc3339(localMinute: minute, offsetSeconds: -16200) == "2016-10-19T15:07:00-04:30")
        #expect(TimeFormat.value(localMinute: minute, grain: .minute) == "2016-10-19T15:07")
        #expect(TimeFormat.value(localMinute: minute, grain: .hour) == "2016-10-19T15:00")
        #expect(TimeFormat.value(localMinute: minute, grain: .day) == "2016-10-19")
        #expect(TimeFormat.value(localMinute: minute, grain: .week) == "2016-W42")
        #expect(TimeFormat.value(localMinute: minute, grain: .month) == "2016-10")
        #expect(TimeFormat.value(localMinute: minute, grain: .quarter) == "2016-Q4")
        #expect(TimeFormat.value(localMinute: minute, grain: .year) == "2016")
    }
}
