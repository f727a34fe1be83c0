/// RFC 3339 and grain-value formatting of local minute numbers (minutes since 1970-01-01T00:00
/// in the reference time's UTC offset).
enum TimeFormat {
    /// `2016-10-19T00:00:00Z` or `2016-10-19T00:00:00+03:00`.
    static func rfc3339(localMinute: Int64, offsetSeconds: Int64) -> String {
        let day = floorDiv(localMinute, 1440)
        let minuteOfDay = floorMod(localMinute, 1440)
        var out = date(day)
        out += "T"
        out += pad(minuteOfDay / 60, 2) + ":" + pad(minuteOfDay % 60, 2) + ":00"
        if offsetSeconds == 0 {
            out += "Z"
        } else {
            let minutes = (offsetSeconds < 0 ? -offsetSeconds : offsetSeconds) / 60
            out += (offsetSeconds < 0 ? "-" : "+") + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
        }
        return out
    }

    /// The start cut to the grain: `2016-10-19T15:30` (minute), `2016-10-19T15:00` (hour),
    /// `2016-10-19`, `2016-W42`, `2016-10`, `2016-Q4`, `2016` (DESIGN §4).
    static func value(localMinute: Int64, grain: TimeGrain) -> String {
        let day = floorDiv(localMinute, 1440)
        let minuteOfDay = floorMod(localMinute, 1440)
        let civil = CivilCalendar.date(days: day)
        switch grain {
        case .minute:
            return date(day) + "T" + pad(minuteOfDay / 60, 2) + ":" + pad(minuteOfDay % 60, 2)
        case .hour:
            return date(day) + "T" + pad(minuteOfDay / 60, 2) + ":00"
        case .day:
            return date(day)
        case .week:
            let week = CivilCalendar.isoWeek(days: day)
            return pad(week.year, 4) + "-W" + pad(week.week, 2)
        case .month:
            return pad(civil.year, 4) + "-" + pad(civil.month, 2)
        case .quarter:
            return pad(civil.year, 4) + "-Q" + String((civil.month - 1) / 3 + 1)
        case .year:
            return pad(civil.year, 4)
        }
    }

    static func date(_ day: Int64) -> String {
        let civil = CivilCalendar.date(days: day)
        return pad(civil.year, 4) + "-" + pad(civil.month, 2) + "-" + pad(civil.day, 2)
    }

    /// Zero-padded decimal of a non-negative number.
    static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value < 0 ? 0 : value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
