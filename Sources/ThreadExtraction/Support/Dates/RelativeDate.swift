import ThreadModel

/// "3 hours ago", "vor 2 Tagen", "il y a 5 minutes", "2 дня назад", "3時間前": a date counted back
/// from when the page was saved. Only read where the page says when that was; months and years
/// ago are too coarse to name a day and give nil.
enum RelativeDate {
    /// Dates the comments that show only a relative date, where the page says when it was saved.
    static func dating(_ comments: [Comment], savedAt: PageDate?) -> [Comment] {
        guard let savedAt else { return comments }
        return comments.map { comment in
            guard comment.published == nil, let text = comment.publishedText, text.count < 60 else { return comment }
            var dated = comment
            dated.published = parse(text, savedAt: savedAt)
            return dated
        }
    }

    static func parse(_ text: String, savedAt: PageDate) -> PageDate? {
        guard let (amount, unit) = amountAndUnit(in: text.lowercased()) else { return nil }
        let seconds = amount * unit.seconds
        guard let shifted = savedAt.shifted(bySeconds: -seconds) else { return nil }
        // A count of days or weeks names a day, not a time of day.
        if unit.seconds >= Unit.day.seconds {
            return PageDate(year: shifted.year, month: shifted.month, day: shifted.day)
        }
        return shifted
    }

    enum Unit: CaseIterable {
        case second, minute, hour, day, week

        var seconds: Int {
            switch self {
            case .second: 1
            case .minute: 60
            case .hour: 3600
            case .day: 86_400
            case .week: 604_800
            }
        }

        /// Word stems per unit, across the languages engines are translated into; a stem matches
        /// the start of a word, so plural and case endings need no listing.
        var stems: [String] {
            switch self {
            case .second: ["second", "sekund", "seconde", "segund", "secondo", "seconden", "секунд", "saniye", "detik", "秒", "초"]
            case .minute: ["minut", "minute", "minuto", "minuten", "минут", "dakika", "menit", "分", "분"]
            case .hour: ["hour", "stunde", "heure", "hora", "ore", "ora", "uur", "timm", "time", "tunti", "tuntia", "godzin", "hodin", "час", "годин", "saat", "jam", "時間", "小时", "小時", "시간"]
            case .day: ["day", "tag", "jour", "día", "dia", "giorn", "dag", "päivä", "dzień", "dni", "den", "dní", "дн", "ден", "дня", "gün", "hari", "日", "天", "일"]
            case .week: ["week", "woche", "semaine", "semana", "settiman", "veck", "uge", "uke", "viikko", "tydzie", "tygod", "týd", "недел", "тижн", "hafta", "minggu", "週", "周", "주"]
            }
        }
    }

    /// The first number (or "a"/"an"/"one" word) and the unit word right after it.
    private static func amountAndUnit(in text: String) -> (Int, Unit)? {
        let words = tokens(text)
        for (index, word) in words.enumerated() {
            let amount = Int(word) ?? (oneWords.contains(word) ? 1 : nil)
            guard let amount, index + 1 < words.count else { continue }
            let next = words[index + 1]
            // The longest matching stem decides ("minute" rather than "min", "ore" vs "hora").
            let matches = Unit.allCases.flatMap { unit in unit.stems.filter { next.hasPrefix($0) }.map { ($0.count, unit) } }
            if let best = matches.max(by: { $0.0 < $1.0 }) { return (amount, best.1) }
        }
        return nil
    }

    /// Words and digit runs; CJK unit characters stand alone so "3時間前" reads as 3, 時間.
    private static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var currentIsDigits = false
        for character in text {
            let isDigit = character.isASCIIDigit
            if character.isLetter || isDigit {
                if !current.isEmpty && isDigit != currentIsDigits {
                    tokens.append(current)
                    current = ""
                }
                current.append(character)
                currentIsDigits = isDigit
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private static let oneWords: Set<String> = ["a", "an", "one", "einer", "einem", "un", "une", "uno", "una", "um", "uma", "een", "en", "ett"]
}

extension PageDate {
    /// The same wall clock moved by whole seconds, keeping the offset; nil without a time.
    func shifted(bySeconds seconds: Int) -> PageDate? {
        guard let time else { return nil }
        let total = CivilCalendar.days(year: year, month: month, day: day) * 86_400
            + time.hour * 3600 + time.minute * 60 + time.second + seconds
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secondOfDay = total - days * 86_400
        let civil = CivilCalendar.date(days: days)
        return PageDate(
            year: civil.year, month: civil.month, day: civil.day,
            time: TimeOfDay(hour: secondOfDay / 3600, minute: secondOfDay / 60 % 60, second: secondOfDay % 60),
            utcOffsetMinutes: utcOffsetMinutes)
    }
}
