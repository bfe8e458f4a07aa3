import ThreadModel

/// Finds the first full calendar date in the tokens of a displayed date, then the clock time
/// written next to it (after it, or just before it).
///
/// Text around the date ("Posted on", "Reply", an author's name) is ignored; but the parts of the
/// date and of the time must be adjacent, with only separators and known connector words between
/// them, so numbers scattered through ordinary text do not combine into a date.
struct DisplayedDateReader {
    let tokens: DateTokens
    /// "03/04/2015" is March 4 rather than 3 April.
    let monthFirst: Bool
    /// "am" is never ante meridiem (German "am 3. März").
    let amIsPreposition: Bool

    /// Years a displayed date may name; four digits that start otherwise are not a year.
    static let plausibleYears = 1000...2999

    /// How many separators and connectors may sit between the parts of a date ("3 de marzo").
    static let maxDateFillers = 3
    /// … and between a date and its time ("2015年3月3日(火) 10:12", "3 de marzo de 2015 a las 14:05").
    static let maxTimeFillers = 6

    func firstDate() -> PageDate? {
        for start in tokens.indices {
            guard let day = calendarDay(at: start) else { continue }
            var clock = clockTime(following: day.end)
            if clock == nil, var before = clockTime(preceding: start) {
                // "14:02, 5 March 2024 (UTC)", as wiki signatures print it: the zone after the date is the time's.
                if before.utcOffsetMinutes == nil { before.utcOffsetMinutes = utcOffsetMinutes(at: day.end) }
                clock = before
            }
            let time = clock.map { PageDate.TimeOfDay(hour: $0.hour, minute: $0.minute, second: $0.second) }
            if let date = PageDate(
                year: day.year, month: day.month, day: day.day, time: time, utcOffsetMinutes: clock?.utcOffsetMinutes)
            {
                return date
            }
        }
        return nil
    }
}

/// A day, month and year found in the tokens; `end` is the index after its last token.
struct CalendarDay {
    var year: Int
    var month: Int
    var day: Int
    var end: Int
}

extension DisplayedDateReader {
    /// The date whose first token is at `start`, in any of the shapes pages use.
    func calendarDay(at start: Int) -> CalendarDay? {
        unitMarkedDate(at: start) ?? numericDate(at: start) ?? dayMonthYear(at: start)
            ?? monthDayYear(at: start) ?? yearMonthDay(at: start)
    }

    /// "2015年3月3日", "2015년 3월 3일".
    func unitMarkedDate(at i: Int) -> CalendarDay? {
        guard let year = fullYear(at: i), unit(at: i + 1) == .year,
            let month = tokens.number(at: i + 2), month.digits <= 2, unit(at: i + 3) == .month,
            let day = tokens.number(at: i + 4), day.digits <= 2, unit(at: i + 5) == .day
        else { return nil }
        return CalendarDay(year: year, month: month.value, day: day.value, end: i + 6)
    }

    /// Symbols that part the figures of an all-numeric date.
    static let numericSeparators: Set<Character> = [".", "/", "-", "|"]

    /// All-numeric dates: "29.07.2020", "18. 05. 2014", "07.08.09", "17.07, 2011", "30/12/14",
    /// "03/04/2015", "2019-01-01", "2015. 3. 3.", "26 | 01 | 2022".
    func numericDate(at i: Int) -> CalendarDay? {
        guard let first = tokens.number(at: i), !tokens.continuesFigure(at: i),
            let separator = tokens.symbol(at: i + 1), Self.numericSeparators.contains(separator),
            let second = tokens.number(at: i + 2),
            let secondSeparator = tokens.symbol(at: i + 3),
            secondSeparator == separator || (separator == "." && secondSeparator == ","),
            let third = tokens.number(at: i + 4)
        else { return nil }
        // A design may set the parts apart with spaced separators ("26 | 01 | 2022"): one date
        // where the spacing is even and a part is a four-digit year, not a list of figures.
        let evenlySpaced = (i + 1...i + 4).allSatisfy { !tokens.isAttached($0) }
            && secondSeparator == separator && (first.digits == 4 || third.digits == 4)
        if !evenlySpaced {
            guard tokens.isAttached(i + 1), tokens.isAttached(i + 3) else { return nil }
            // Dots may be followed by a space ("18. 05. 2014", "17.07, 2011"); slashes and dashes
            // hold their figures together, or they are ranges and phone numbers.
            if separator != "." {
                guard tokens.isAttached(i + 2), tokens.isAttached(i + 4) else { return nil }
            }
        }
        // A fourth part makes it a version, an address or a phone number ("10.0.0.1").
        if tokens.symbol(at: i + 5) == separator, tokens.isAttached(i + 5), tokens.number(at: i + 6) != nil,
            tokens.isAttached(i + 6)
        {
            return nil
        }
        let end = i + 5

        if first.digits == 4 {
            guard Self.plausibleYears.contains(first.value), secondSeparator == separator,
                second.digits <= 2, third.digits <= 2
            else { return nil }
            return CalendarDay(year: first.value, month: second.value, day: third.value, end: end)
        }
        guard first.digits <= 2, second.digits <= 2 else { return nil }
        let year: Int
        switch third.digits {
        case 4 where Self.plausibleYears.contains(third.value):
            year = third.value
        case 2 where separator != "-":
            // Two-digit years 00–68 are this century, 69–99 the last, as POSIX strptime reads them.
            year = third.value + (third.value < 69 ? 2000 : 1900)
        default:
            return nil
        }
        let isMonthFirst: Bool
        if separator == "." {
            isMonthFirst = false  // Dotted dates are day-first everywhere.
        } else if first.value > 12 {
            isMonthFirst = false
        } else if second.value > 12 {
            isMonthFirst = true
        } else {
            isMonthFirst = monthFirst
        }
        return isMonthFirst
            ? CalendarDay(year: year, month: first.value, day: second.value, end: end)
            : CalendarDay(year: year, month: second.value, day: first.value, end: end)
    }

    /// "23 oktober 2012", "9. Dezember 2013", "3 de marzo de 2015", "1er mars 2015", "03-Mar-2015",
    /// "24 نيسان / أبريل 2020".
    func dayMonthYear(at i: Int) -> CalendarDay? {
        guard !tokens.continuesFigure(at: i), let day = dayNumber(at: i) else { return nil }
        var j = skipDateFillers(from: day.end)
        guard let month = month(at: j) else { return nil }
        j = skipDateFillers(from: skipSynonym(of: month, after: j))
        guard let year = fullYear(at: j) else { return nil }
        return CalendarDay(year: year, month: month, day: day.value, end: j + 1)
    }

    /// "May 30, 2019", "March 11th, 2015", "Tue Mar 3 2015", "Dez. 3, 2015".
    func monthDayYear(at i: Int) -> CalendarDay? {
        guard let month = month(at: i) else { return nil }
        var j = skipDateFillers(from: skipSynonym(of: month, after: i))
        guard let day = dayNumber(at: j) else { return nil }
        j = skipDateFillers(from: day.end)
        guard let year = fullYear(at: j) else { return nil }
        return CalendarDay(year: year, month: month, day: day.value, end: j + 1)
    }

    /// Year-first with a month name: "2015 March 3", "2015. Mar. 3.".
    func yearMonthDay(at i: Int) -> CalendarDay? {
        guard !tokens.continuesFigure(at: i), let year = fullYear(at: i) else { return nil }
        var j = skipDateFillers(from: i + 1)
        guard let month = month(at: j) else { return nil }
        j = skipDateFillers(from: j + 1)
        guard let day = dayNumber(at: j),
            // "2015 March 14:05" has no day: the number is an hour.
            !(tokens.symbol(at: j + 1) == ":" && tokens.isAttached(j + 1))
        else { return nil }
        return CalendarDay(year: year, month: month, day: day.value, end: day.end)
    }

    // MARK: Parts

    /// A day of the month, with an ordinal ending glued to it ("11th", "1er").
    func dayNumber(at i: Int) -> (value: Int, end: Int)? {
        guard let number = tokens.number(at: i), number.digits <= 2, (1...31).contains(number.value) else {
            return nil
        }
        if let suffix = tokens.word(at: i + 1), tokens.isAttached(i + 1), DateWords.ordinalSuffixes.contains(suffix) {
            return (number.value, i + 2)
        }
        return (number.value, i + 1)
    }

    func fullYear(at i: Int) -> Int? {
        guard let number = tokens.number(at: i), number.digits == 4, Self.plausibleYears.contains(number.value) else {
            return nil
        }
        return number.value
    }

    func month(at i: Int) -> Int? {
        tokens.word(at: i).flatMap(MonthNames.month(named:))
    }

    /// The index after the month name at `i` and, where a slash follows, a second name of the
    /// same month: bilingual pages write both ("نيسان / أبريل", "Juli/July").
    func skipSynonym(of month: Int, after i: Int) -> Int {
        guard tokens.symbol(at: i + 1) == "/", self.month(at: i + 2) == month else { return i + 1 }
        return i + 3
    }

    func unit(at i: Int) -> DateWords.Unit? {
        tokens.word(at: i).flatMap { DateWords.units[$0] }
    }

    /// The index after any dots, commas, dashes, slashes and "de"/"of" that join parts of a date.
    func skipDateFillers(from start: Int) -> Int {
        var i = start
        while i - start < Self.maxDateFillers {
            if let symbol = tokens.symbol(at: i), symbol == "." || symbol == "," || symbol == "-" || symbol == "/" {
                i += 1
            } else if let word = tokens.word(at: i), DateWords.dateFillers.contains(word) {
                i += 1
            } else {
                break
            }
        }
        return i
    }
}
