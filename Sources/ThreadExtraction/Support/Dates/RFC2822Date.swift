import ThreadModel

/// RFC 2822 dates ("Tue, 10 Mar 2015 14:20:00 +0100"), as feeds and some JSON carry them.
///
/// Strict on purpose: English names, every part in its place, nothing left over. Looser
/// displayed forms are `DisplayedDate`'s job.
enum RFC2822Date {
    /// The obsolete zone names RFC 2822 still defines (section 4.3), in minutes east of UTC.
    static let zones: [String: Int] = [
        "ut": 0, "gmt": 0, "z": 0,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
    ]

    static func parse(_ text: String) -> PageDate? {
        let tokens = DateTokens(text)
        var i = 0
        if let weekday = tokens.word(at: i), WeekdayNames.english.contains(weekday) {
            i += 1
            if tokens.symbol(at: i) == "," { i += 1 }
        }
        guard let day = tokens.number(at: i), day.digits <= 2,
            let monthName = tokens.word(at: i + 1), let month = MonthNames.englishMonthByWord[monthName],
            let year = tokens.number(at: i + 2), year.digits == 4 || year.digits == 2,
            let hour = tokens.number(at: i + 3), hour.digits <= 2,
            tokens.symbol(at: i + 4) == ":",
            let minute = tokens.number(at: i + 5), minute.digits == 2
        else { return nil }
        i += 6
        var second = 0
        if tokens.symbol(at: i) == ":", let value = tokens.number(at: i + 1), value.digits == 2 {
            second = value.value
            i += 2
        }

        var offset: Int?
        if let sign = tokens.symbol(at: i), sign == "+" || sign == "-",
            let zone = tokens.number(at: i + 1), zone.digits == 4, tokens.isAttached(i + 1)
        {
            // "-0000" says the local offset is unknown (RFC 2822 section 3.3).
            guard zone.value % 100 < 60 else { return nil }
            let minutes = (sign == "-" ? -1 : 1) * (zone.value / 100 * 60 + zone.value % 100)
            offset = sign == "-" && zone.value == 0 ? nil : minutes
            i += 2
        } else if let name = tokens.word(at: i), let zone = zones[name] {
            offset = zone
            i += 1
        } else {
            return nil
        }
        // A trailing comment such as "(CET)" is allowed and ignored.
        if tokens.symbol(at: i) == "(", tokens.symbol(at: tokens.count - 1) == ")" { i = tokens.count }
        guard i == tokens.count else { return nil }

        // Two-digit years are obsolete but still written: 00–49 are 2000s, 50–99 the 1900s.
        let fullYear = year.digits == 4 ? year.value : year.value + (year.value < 50 ? 2000 : 1900)
        return PageDate(
            year: fullYear, month: month, day: day.value,
            time: PageDate.TimeOfDay(hour: hour.value, minute: minute.value, second: second),
            utcOffsetMinutes: offset)
    }
}
