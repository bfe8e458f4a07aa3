/// A date as a page gives it: a day, optionally a time of day, optionally the page's own UTC offset.
///
/// Kept as components rather than a `Date`, because a page that shows local time without a zone
/// names no instant, and a page that shows a day without a time names no time; inventing either
/// would put data in the archive that the page never held.
public struct PageDate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A time of day as the page shows it.
    public struct TimeOfDay: Sendable, Hashable {
        /// 0 to 23.
        public var hour: Int
        /// 0 to 59.
        public var minute: Int
        /// 0 to 60 (a leap second), 0 where the page shows none.
        public var second: Int
        /// Fractional seconds as written, digits only (e.g. "250" for .250); empty when none.
        public var fraction: String

        /// A time from its parts.
        public init(hour: Int, minute: Int, second: Int = 0, fraction: String = "") {
            self.hour = hour
            self.minute = minute
            self.second = second
            self.fraction = fraction
        }
    }

    /// The year, 1 to 9999.
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The day of the month, from 1.
    public var day: Int
    /// The time of day; nil when the page shows a day alone.
    public var time: TimeOfDay?
    /// Minutes east of UTC; nil when the page shows local time without saying which.
    public var utcOffsetMinutes: Int?

    /// A date from its parts; nil for a day, time or offset that does not exist. An offset without a time is dropped.
    public init?(year: Int, month: Int, day: Int, time: TimeOfDay? = nil, utcOffsetMinutes: Int? = nil) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...PageDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        if let time {
            guard (0...23).contains(time.hour), (0...59).contains(time.minute), (0...60).contains(time.second)
            else { return nil }
        }
        if let utcOffsetMinutes, abs(utcOffsetMinutes) > 18 * 60 { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.time = time
        self.utcOffsetMinutes = time == nil ? nil : utcOffsetMinutes
    }

    /// Parses the forms this type writes: `YYYY-MM-DD`, and `YYYY-MM-DDTHH:MM[:SS[.f]]` with an
    /// optional `Z` or `±HH:MM` offset (a space may stand for the `T`).
    public init?(rfc3339 text: some StringProtocol) {
        let bytes = Array(text.utf8)
        var scanner = DigitScanner(bytes)
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
            let month = scanner.number(digits: 2), scanner.skip("-"),
            let day = scanner.number(digits: 2)
        else { return nil }
        if scanner.atEnd {
            self.init(year: year, month: month, day: day)
            return
        }
        guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" "),
            let hour = scanner.number(digits: 2), scanner.skip(":"),
            let minute = scanner.number(digits: 2)
        else { return nil }
        var second = 0
        var fraction = ""
        if scanner.skip(":") {
            guard let s = scanner.number(digits: 2) else { return nil }
            second = s
            if scanner.skip(".") || scanner.skip(",") {
                fraction = scanner.digits()
                guard !fraction.isEmpty else { return nil }
            }
        }
        var offset: Int?
        if scanner.skip("Z") || scanner.skip("z") {
            offset = 0
        } else if let sign = scanner.sign() {
            guard let oh = scanner.number(digits: 2) else { return nil }
            _ = scanner.skip(":")
            let om = scanner.number(digits: 2) ?? 0
            offset = sign * (oh * 60 + om)
        }
        guard scanner.atEnd else { return nil }
        self.init(
            year: year, month: month, day: day,
            time: TimeOfDay(hour: hour, minute: minute, second: second, fraction: fraction),
            utcOffsetMinutes: offset)
    }

    /// RFC 3339: a full date, or a date-time with the page's own offset; a local time without a
    /// known offset is written without one (RFC 3339's "unknown local offset" has no other form).
    public var rfc3339: String {
        var out = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        guard let time else { return out }
        out += "T" + pad(time.hour, 2) + ":" + pad(time.minute, 2) + ":" + pad(time.second, 2)
        if !time.fraction.isEmpty { out += "." + time.fraction }
        if let offset = utcOffsetMinutes {
            if offset == 0 {
                out += "Z"
            } else {
                out += (offset < 0 ? "-" : "+") + pad(abs(offset) / 60, 2) + ":" + pad(abs(offset) % 60, 2)
            }
        }
        return out
    }

    public var description: String { rfc3339 }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PageDate(rfc3339: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not an RFC 3339 date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rfc3339)
    }

    /// How many days `month` of `year` has in the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    String(value).padded(to: width)
}

/// Reads fixed-width ASCII numbers and separators; the only parsing `PageDate` does itself.
private struct DigitScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func number(digits count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + count] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        index += count
        return value
    }

    mutating func digits() -> String {
        let start = index
        while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(character.value) else { return false }
        index += 1
        return true
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
