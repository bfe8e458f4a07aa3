import ThreadModel

/// Dates as pages carry them for machines: `datetime` and `title` attributes, JSON-LD, embedded
/// JSON. The page's own UTC offset is kept as written, never converted.
enum MachineDate {
    /// ISO 8601 / RFC 3339 in the variants pages emit ("2019-05-30T13:06:00+08:00", "…Z",
    /// "…00.123+0200", "2019-05-30 13:06:00", "2014-08-17 21:17:22Z", date only "2020-12-24",
    /// unpadded "2019-11-5", Hacker News "2025-01-01T01:02:03 1735693323"); epoch seconds or
    /// milliseconds as bare digits; RFC 2822 ("Tue, 10 Mar 2015 14:20:00 +0100").
    /// Returns nil when the text is none of these rather than guess.
    static func parse(_ text: String) -> PageDate? {
        let bytes = trimmedBytes(text)
        guard !bytes.isEmpty else { return nil }
        if bytes.allSatisfy(isDigit) { return epoch(digits: bytes) }
        if let date = parseISO8601(bytes) { return date }
        return RFC2822Date.parse(text)
    }

    /// The UTC date and time of an epoch timestamp. Values of 10¹¹ and above are milliseconds
    /// (as seconds they would lie past the year 5000); milliseconds are kept as the fraction.
    static func fromEpoch(_ value: Int64) -> PageDate? {
        let isMilliseconds = value.magnitude >= 100_000_000_000
        let milliseconds = isMilliseconds ? value : value * 1000
        let seconds = floorDivide(milliseconds, 1000)
        let millisecondPart = Int(milliseconds - seconds * 1000)
        let days = floorDivide(seconds, 86_400)
        let secondOfDay = Int(seconds - days * 86_400)
        guard let dayCount = Int(exactly: days), abs(dayCount) < 10_000 * 366 else { return nil }
        let civil = CivilCalendar.date(days: dayCount)
        let fraction = isMilliseconds && millisecondPart != 0 ? threeDigits(millisecondPart) : ""
        return PageDate(
            year: civil.year, month: civil.month, day: civil.day,
            time: PageDate.TimeOfDay(
                hour: secondOfDay / 3600, minute: secondOfDay / 60 % 60, second: secondOfDay % 60,
                fraction: fraction),
            utcOffsetMinutes: 0)
    }

    /// ISO 8601 alone, for callers that must not read bare digits as an epoch (a displayed text of
    /// ten digits is more likely a phone number than a timestamp).
    static func parseISO8601(_ text: String) -> PageDate? {
        parseISO8601(trimmedBytes(text))
    }
}

extension MachineDate {
    /// Bare digits: 9–10 are epoch seconds (1973–2286), 12–13 milliseconds (1973–2286). Other
    /// lengths are years, counters or identifiers.
    private static func epoch(digits: ArraySlice<UInt8>) -> PageDate? {
        guard digits.count == 9 || digits.count == 10 || digits.count == 12 || digits.count == 13,
            let value = Int64(String(decoding: digits, as: UTF8.self))
        else { return nil }
        return fromEpoch(value)
    }

    private static func parseISO8601(_ bytes: ArraySlice<UInt8>) -> PageDate? {
        var scanner = ByteScanner(bytes)
        // Single-digit months and days appear in hand-built attributes ("2019-11-5"); accept them.
        guard let year = scanner.number(digits: 4...4), scanner.skip("-"),
            let month = scanner.number(digits: 1...2), scanner.skip("-"),
            let day = scanner.number(digits: 1...2)
        else { return nil }
        if scanner.atEnd { return PageDate(year: year, month: month, day: day) }

        guard scanner.skip("T") || scanner.skip("t") || scanner.skipSpaces(),
            let hour = scanner.number(digits: 1...2), scanner.skip(":"),
            let minute = scanner.number(digits: 2...2)
        else { return nil }
        var second = 0
        var fraction = ""
        if scanner.skip(":") {
            // Templates that print seconds unpadded write "23:15:0Z".
            guard let value = scanner.number(digits: 1...2) else { return nil }
            second = value
            if scanner.skip(".") || scanner.skip(",") {
                fraction = scanner.digits()
                guard !fraction.isEmpty else { return nil }
            }
        }
        _ = scanner.skipSpaces()
        var offset = scanner.utcOffset()
        _ = scanner.skipSpaces()
        let time = PageDate.TimeOfDay(hour: hour, minute: minute, second: second, fraction: fraction)

        // Hacker News writes UTC without a "Z" and follows it with the epoch seconds. The epoch
        // is what makes the zone certain, so the text is accepted only when the two agree.
        if !scanner.atEnd {
            let epochDigits = scanner.digits()
            guard scanner.atEnd, epochDigits.count == 10 || epochDigits.count == 13,
                let value = Int64(epochDigits), let instant = fromEpoch(value),
                let written = PageDate(year: year, month: month, day: day, time: time, utcOffsetMinutes: offset ?? 0),
                secondsSinceEpoch(written) == secondsSinceEpoch(instant)
            else { return nil }
            offset = offset ?? 0
        }
        return PageDate(year: year, month: month, day: day, time: time, utcOffsetMinutes: offset)
    }

    private static func secondsSinceEpoch(_ date: PageDate) -> Int {
        let days = CivilCalendar.days(year: date.year, month: date.month, day: date.day)
        let time = date.time ?? PageDate.TimeOfDay(hour: 0, minute: 0)
        return days * 86_400 + time.hour * 3600 + time.minute * 60 + time.second
            - (date.utcOffsetMinutes ?? 0) * 60
    }

    private static func trimmedBytes(_ text: String) -> ArraySlice<UInt8> {
        let bytes = Array(text.utf8)
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
            let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return [] }
        return bytes[first...last]
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    private static func threeDigits(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: 3 - digits.count) + digits
    }
}

/// Reads ASCII numbers, separators and UTC offsets from the bytes of a machine date.
private struct ByteScanner {
    let bytes: ArraySlice<UInt8>
    var index: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    var atEnd: Bool { index == bytes.endIndex }

    /// A number of between `digits.lowerBound` and `digits.upperBound` digits, not followed by more.
    mutating func number(digits count: ClosedRange<Int>) -> Int? {
        var end = index
        var value = 0
        while end < bytes.endIndex, (0x30...0x39).contains(bytes[end]), end - index < count.upperBound {
            value = value * 10 + Int(bytes[end] - 0x30)
            end += 1
        }
        guard count.contains(end - index), end == bytes.endIndex || !(0x30...0x39).contains(bytes[end]) else {
            return nil
        }
        index = end
        return value
    }

    mutating func digits() -> String {
        let start = index
        while index < bytes.endIndex, (0x30...0x39).contains(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.endIndex, bytes[index] == UInt8(character.value) else { return false }
        index += 1
        return true
    }

    mutating func skip(word: String) -> Bool {
        let word = Array(word.utf8)
        guard bytes.endIndex - index >= word.count,
            zip(bytes[index..<index + word.count], word).allSatisfy({ $0 | 0x20 == $1 })
        else { return false }
        index += word.count
        return true
    }

    /// Whether at least one space was skipped.
    mutating func skipSpaces() -> Bool {
        let start = index
        while index < bytes.endIndex, bytes[index] == 0x20 { index += 1 }
        return index > start
    }

    /// "Z", "UTC", "GMT", "+08:00", "+0800", "+08", in minutes east of UTC; nil when none is written.
    mutating func utcOffset() -> Int? {
        if skip("Z") || skip("z") || skip(word: "utc") || skip(word: "gmt") {
            if let signed = signedOffset() { return signed }
            return 0
        }
        return signedOffset()
    }

    private mutating func signedOffset() -> Int? {
        let start = index
        let sign: Int
        if skip("+") {
            sign = 1
        } else if skip("-") {
            sign = -1
        } else {
            return nil
        }
        let written = digits()
        var hours = 0
        var minutes = 0
        switch written.count {
        case 4:
            hours = Int(written.prefix(2)) ?? 0
            minutes = Int(written.suffix(2)) ?? 0
        case 2:
            hours = Int(written) ?? 0
            if skip(":") {
                guard let value = number(digits: 2...2) else {
                    index = start
                    return nil
                }
                minutes = value
            }
        default:
            index = start
            return nil
        }
        guard minutes < 60 else {
            index = start
            return nil
        }
        return sign * (hours * 60 + minutes)
    }
}
