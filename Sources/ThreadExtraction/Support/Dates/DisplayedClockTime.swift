/// A time of day found next to a displayed date; `end` is the index after its last token.
struct ClockTime {
    var hour: Int
    var minute: Int
    var second: Int
    var utcOffsetMinutes: Int?
    var end: Int
}

extension DisplayedDateReader {
    /// The time written after a date, across connectors and punctuation: "at 1:06 PM", "um 14:38",
    /// "kl. 14.05", "a las 14:05", "@ 13:04", "// 12:56", "(火) 10:12".
    func clockTime(following end: Int) -> ClockTime? {
        var i = end
        while i - end <= Self.maxTimeFillers {
            // Dotted times ("14.05") are Nordic and only trusted after the date; before a date
            // a dotted pair is as likely a version or a price.
            if let time = clockTime(at: i, allowsDotSeparator: true) { return time }
            guard isTimeFiller(at: i) else { return nil }
            i += 1
        }
        return nil
    }

    /// The time written just before a date: "10:25 AM - 3 Mar 2015", "14:05, 3 March 2015".
    func clockTime(preceding start: Int) -> ClockTime? {
        var candidate = start - 1
        while candidate >= 0, start - candidate <= Self.maxTimeFillers + 8 {
            if let time = clockTime(at: candidate, allowsDotSeparator: false), time.end <= start,
                (time.end..<start).allSatisfy(isTimeFiller(at:))
            {
                return time
            }
            candidate -= 1
        }
        return nil
    }

    /// A time starting exactly at `start`: "14:05", "4:14:00 PM", "午後10:12", "오후 10시 12분",
    /// "10 h 12", "14h05", "3 pm", "2:07 a. m.", optionally followed by "UTC", "GMT+2" or "+0200".
    func clockTime(at start: Int, allowsDotSeparator: Bool) -> ClockTime? {
        var i = start
        var meridiem: DateWords.Meridiem?
        if let word = tokens.word(at: i), let leading = DateWords.leadingMeridiems[word] {
            meridiem = leading
            i += 1
        }
        guard let hour = tokens.number(at: i), hour.digits <= 2, !tokens.continuesFigure(at: i) else { return nil }
        i += 1

        var minute = 0
        var second = 0
        var isClock = false
        if let (value, next) = twoDigits(after: ":", at: i) {
            minute = value
            i = next
            isClock = true
            if let (value, next) = twoDigits(after: ":", at: i) {
                second = value
                i = next
            }
        } else if allowsDotSeparator, let (value, next) = twoDigits(after: ".", at: i),
            !(tokens.symbol(at: next) == "." && tokens.isAttached(next) && tokens.number(at: next + 1) != nil)
        {
            minute = value
            i = next
            isClock = true
        } else if unit(at: i) == .hour {
            i += 1
            isClock = true
            // CJK writes unpadded minutes with a unit ("10時5分"); French pads them ("10 h 05").
            if let value = tokens.number(at: i),
                value.digits == 2 || (value.digits == 1 && unit(at: i + 1) == .minute)
            {
                minute = value.value
                i += 1
                if unit(at: i) == .minute {
                    i += 1
                    if let value = tokens.number(at: i), value.digits <= 2, unit(at: i + 1) == .second {
                        second = value.value
                        i += 2
                    }
                }
            }
        }
        if meridiem == nil, let (trailing, next) = trailingMeridiem(at: i) {
            meridiem = trailing
            i = next
        }
        // A lone number is a time only with a meridiem ("3 pm").
        guard isClock || meridiem != nil else { return nil }

        var hour24 = hour.value
        // "0:30 PM" and "午後0:12" are half past noon. A 24-hour clock with a stray suffix
        // ("14:05 PM") keeps its hour.
        if let meridiem, (0...12).contains(hour24) {
            hour24 = hour24 % 12 + (meridiem == .pm ? 12 : 0)
        }
        guard hour24 <= 23, minute <= 59, second <= 59 else { return nil }

        let zone = utcOffset(at: i)
        return ClockTime(
            hour: hour24, minute: minute, second: second, utcOffsetMinutes: zone?.minutes, end: zone?.end ?? i)
    }

    // MARK: Parts

    func isTimeFiller(at i: Int) -> Bool {
        if let symbol = tokens.symbol(at: i) { return DateWords.timeFillerSymbols.contains(symbol) }
        if let word = tokens.word(at: i) {
            return DateWords.timeConnectors.contains(word) || WeekdayNames.all.contains(word)
        }
        return false
    }

    /// `separator` glued to the previous number, then a glued two-digit number: ":05" in "14:05".
    private func twoDigits(after separator: Character, at i: Int) -> (value: Int, next: Int)? {
        guard tokens.symbol(at: i) == separator, tokens.isAttached(i),
            let number = tokens.number(at: i + 1), number.digits == 2, tokens.isAttached(i + 1)
        else { return nil }
        return (number.value, i + 2)
    }

    /// "am", "pm", "a.m.", "p. m.". Not "am" before a number, nor in German: there it is "on".
    private func trailingMeridiem(at i: Int) -> (DateWords.Meridiem, Int)? {
        guard let word = tokens.word(at: i) else { return nil }
        switch word {
        case "am":
            guard !amIsPreposition, tokens.number(at: i + 1) == nil else { return nil }
            return (.am, i + 1)
        case "pm":
            return (.pm, i + 1)
        case "a", "p":
            var j = i + 1
            if tokens.symbol(at: j) == ".", tokens.isAttached(j) { j += 1 }
            guard tokens.word(at: j) == "m" else { return nil }
            j += 1
            if tokens.symbol(at: j) == ".", tokens.isAttached(j) { j += 1 }
            return (word == "a" ? .am : .pm, j)
        default:
            return nil
        }
    }

    /// The offset of a zone written at `start`, as `utcOffset(at:)` reads it.
    func utcOffsetMinutes(at start: Int) -> Int? { utcOffset(at: start)?.minutes }

    /// "UTC", "GMT", "GMT+2", "UTC+05:30", "+0200", "-05:00", optionally in parentheses.
    private func utcOffset(at start: Int) -> (minutes: Int, end: Int)? {
        var i = start
        if tokens.symbol(at: i) == "(" { i += 1 }
        if let word = tokens.word(at: i), DateWords.utcNames.contains(word) {
            if let signed = signedOffset(at: i + 1, bare: false) { return signed }
            return (0, i + 1)
        }
        return signedOffset(at: i, bare: true)
    }

    /// A sign glued to its digits. Bare (without "UTC"/"GMT") it needs four digits or "hh:mm",
    /// so a dash before a day number ("14:05 -3 March") is not read as an offset.
    private func signedOffset(at i: Int, bare: Bool) -> (minutes: Int, end: Int)? {
        guard let sign = tokens.symbol(at: i), sign == "+" || sign == "-",
            let number = tokens.number(at: i + 1), tokens.isAttached(i + 1)
        else { return nil }
        var hours: Int
        var minutes = 0
        var end = i + 2
        switch number.digits {
        case 4:
            hours = number.value / 100
            minutes = number.value % 100
        case 1...2:
            hours = number.value
            if let (value, next) = twoDigits(after: ":", at: end) {
                minutes = value
                end = next
            } else if bare {
                return nil
            }
        default:
            return nil
        }
        guard hours <= 18, minutes < 60 else { return nil }
        return ((sign == "-" ? -1 : 1) * (hours * 60 + minutes), end)
    }
}
