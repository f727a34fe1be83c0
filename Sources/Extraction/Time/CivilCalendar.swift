/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), after
/// Howard Hinnant's `days_from_civil` / `civil_from_days`. No Foundation.
///
/// Inputs are expected within a few thousand years of the epoch; callers keep them there
/// (``TimeParser`` rejects years outside 1...9999), so no operation here can overflow.
enum CivilCalendar {
    /// Day number of a civil date. `month` 1...12, `day` 1...31 (larger days roll over).
    static func days(year y0: Int64, month m: Int64, day d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let mp = m > 2 ? m - 3 : m + 9
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day number.
    static func date(days z0: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = z0 + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    static func weekday(days: Int64) -> Int64 {
        floorMod(days + 3, 7) + 1
    }

    static func isLeap(_ year: Int64) -> Bool {
        floorMod(year, 4) == 0 && (floorMod(year, 100) != 0 || floorMod(year, 400) == 0)
    }

    static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO 8601 week-numbering year and week of a day.
    static func isoWeek(days: Int64) -> (year: Int64, week: Int64) {
        let thursday = days - weekday(days: days) + 4
        let year = date(days: thursday).year
        let week = (thursday - Self.days(year: year, month: 1, day: 1)) / 7 + 1
        return (year, week)
    }

    /// The Monday of the ISO week containing `days`.
    static func monday(of days: Int64) -> Int64 {
        days - weekday(days: days) + 1
    }

    /// `(year, month)` moved by `count` months.
    static func addMonths(year: Int64, month: Int64, _ count: Int64) -> (year: Int64, month: Int64) {
        let total = year * 12 + (month - 1) + count
        return (floorDiv(total, 12), floorMod(total, 12) + 1)
    }

    /// Western (Gregorian) Easter Sunday, anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    static func easter(year: Int64) -> Int64 {
        let a = floorMod(year, 19)
        let b = floorDiv(year, 100), c = floorMod(year, 100)
        let d = b / 4, e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = floorMod(19 * a + b - d - g + 15, 30)
        let i = c / 4, k = c % 4
        let l = floorMod(32 + 2 * e + 2 * i - h - k, 7)
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return days(year: year, month: month, day: day)
    }
}

/// The tabular (arithmetic) Islamic calendar: 30-year cycle with leap years 2, 5, 7, 10, 13,
/// 16, 18, 21, 24, 26, 29 (the arithmetic calendar of Reingold & Dershowitz, *Calendrical
/// Calculations*), civil epoch 1 Muharram 1 AH =
/// Friday 16 July 622 (Julian) = JDN 1948440. Months alternate 30/29 days; Dhu al-Hijja has
/// 30 days in leap years. Observed dates (moon sighting, Umm al-Qura) may differ by a day or
/// two, so holidays from it are reported as approximate.
enum IslamicCalendar {
    static let epochJDN: Int64 = 1_948_440
    /// Julian day number of 1970-01-01.
    static let unixEpochJDN: Int64 = 2_440_588

    /// Day number (days since 1970-01-01) of an Islamic date.
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let jdn = day + (59 * (month - 1) + 1) / 2 + (year - 1) * 354 + floorDiv(3 + 11 * year, 30) + epochJDN - 1
        return jdn - unixEpochJDN
    }

    /// The Islamic year containing a day number.
    static func year(containing days: Int64) -> Int64 {
        let jdn = days + unixEpochJDN
        return floorDiv(30 * (jdn - epochJDN) + 10646, 10631)
    }
}

@inline(__always)
func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
}

@inline(__always)
func floorMod(_ a: Int64, _ b: Int64) -> Int64 {
    a - floorDiv(a, b) * b
}
