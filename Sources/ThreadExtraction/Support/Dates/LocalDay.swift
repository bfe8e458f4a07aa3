import ThreadModel

/// The day as the page's readers saw it, for a moment a page states in UTC. CMSs convert the
/// publication time to UTC for machines ("2019-10-18T22:04:00Z") while the page shows the local
/// day ("19. Oktober 2019, 00:04 Uhr"): the local day is the one the article was published on.
enum LocalDay {
    /// Offsets a publishing newsroom plausibly has: UTC−10 (Hawaii) to UTC+12 (New Zealand).
    /// A day further out is another date, not the same moment's local day.
    static let offsets = -600...720

    /// `stated` as the page's own forms write it: the first of `sameMoment` that names the same
    /// instant in a non-zero offset (kept as written), else the first of `days` that is the UTC
    /// day itself or can be the local day of that moment (`days` in the order they are trusted).
    /// `stated` itself unless it is a UTC time.
    static func localized(_ stated: PageDate, sameMoment: [PageDate], days: [PageDate]) -> PageDate {
        guard isUTCMoment(stated), let instant = utcMinutes(of: stated) else { return stated }
        if let written = sameMoment.first(where: { other in
            guard let offset = other.utcOffsetMinutes, offset != 0, let moment = utcMinutes(of: other) else { return false }
            return abs(moment - instant) <= 5
        }) {
            return written
        }
        let statedDay = dayNumber(stated)
        for shown in days {
            // The page shows the UTC day itself: nothing to correct.
            if dayNumber(shown) == statedDay { return stated }
            guard canFall(instant, on: shown) else { continue }
            return LocalTimeOffset.localizing(stated, as: shown)
                ?? PageDate(year: shown.year, month: shown.month, day: shown.day) ?? shown
        }
        return stated
    }

    /// Whether two dates name the same day as written, or one is a UTC moment that falls on the
    /// other's day in some offset a newsroom has.
    static func isSameDay(_ one: PageDate, _ other: PageDate) -> Bool {
        if dayNumber(one) == dayNumber(other) { return true }
        for (moment, shown) in [(one, other), (other, one)] where isUTCMoment(moment) {
            if let instant = utcMinutes(of: moment), canFall(instant, on: shown) { return true }
        }
        return false
    }

    /// A time of day written in UTC: what a conversion for machines gives.
    static func isUTCMoment(_ date: PageDate) -> Bool {
        date.utcOffsetMinutes == 0 && date.time != nil
    }

    /// Whether some offset in range puts the UTC moment `instant` (minutes since 1970) inside `day`.
    private static func canFall(_ instant: Int, on day: PageDate) -> Bool {
        let start = dayNumber(day) * 1440
        return instant + offsets.upperBound >= start && instant + offsets.lowerBound < start + 1440
    }

    private static func dayNumber(_ date: PageDate) -> Int {
        CivilCalendar.days(year: date.year, month: date.month, day: date.day)
    }

    /// Minutes since 1970 in UTC; nil for a date without a time or an offset.
    private static func utcMinutes(of date: PageDate) -> Int? {
        guard let time = date.time, let offset = date.utcOffsetMinutes else { return nil }
        return dayNumber(date) * 1440 + time.hour * 60 + time.minute - offset
    }
}
