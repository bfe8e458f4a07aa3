import ThreadModel

/// Whether a date shown to readers and a date stated for machines on the same element name
/// different days. Readers see the shown one; where they disagree, the stated one is the broken
/// or stale value (the day a page was indexed or changed, a script's zero-based month).
enum DayDisagreement {
    /// More than a day apart (an offset explains one day), and not the same date read with day
    /// and month in the other order.
    static func disagree(shown: PageDate, stated: PageDate) -> Bool {
        let day = CivilCalendar.days(year: stated.year, month: stated.month, day: stated.day)
        func isNear(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Bool {
            abs(CivilCalendar.days(year: year, month: month, day: dayOfMonth) - day) <= 1
        }
        guard !isNear(shown.year, shown.month, shown.day) else { return false }
        if shown.day <= 12, isNear(shown.year, shown.day, shown.month) { return false }
        return true
    }
}
