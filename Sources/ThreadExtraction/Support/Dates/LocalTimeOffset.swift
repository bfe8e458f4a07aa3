import ThreadModel

/// Engines that print comment times in the blog's local time without naming the zone, while a
/// machine value beside them fixes the instant (Blogger's `showComment=<epoch ms>` permalinks,
/// Drupal's RDFa `dateCreated` in UTC): together the two give the local time and its offset.
enum LocalTimeOffset {
    /// The moment `instant`, written in the local time the page displays as `displayed`: the
    /// offset is the difference between the two. Nil when no real offset (whole quarter hours,
    /// at most 14 hours) makes them the same moment, e.g. when the displayed text was misread.
    static func localizing(_ instant: PageDate, as displayed: PageDate) -> PageDate? {
        guard let shown = displayed.time, let time = instant.time, let instantOffset = instant.utcOffsetMinutes
        else { return nil }
        let shownMinutes = minutes(of: displayed, hour: shown.hour, minute: shown.minute)
        let utcMinutes = minutes(of: instant, hour: time.hour, minute: time.minute) - instantOffset
        let offset = shownMinutes - utcMinutes
        guard abs(offset) <= 14 * 60, offset % 15 == 0 else { return nil }
        return PageDate(
            year: displayed.year, month: displayed.month, day: displayed.day,
            time: PageDate.TimeOfDay(hour: shown.hour, minute: shown.minute, second: time.second, fraction: time.fraction),
            utcOffsetMinutes: offset)
    }

    /// The displayed date where it agrees with the instant, else the instant as written.
    static func reconciled(instant: PageDate?, displayed: PageDate?) -> PageDate? {
        guard let instant else { return displayed }
        return displayed.flatMap { localizing(instant, as: $0) } ?? instant
    }

    private static func minutes(of date: PageDate, hour: Int, minute: Int) -> Int {
        CivilCalendar.days(year: date.year, month: date.month, day: date.day) * 1440 + hour * 60 + minute
    }
}
