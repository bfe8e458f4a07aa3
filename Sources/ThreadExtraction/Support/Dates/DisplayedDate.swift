import ThreadModel

/// Dates as pages display them to readers, in many languages: "9. Dezember 2013 at 14:57",
/// "le 3 mars 2015 à 10 h 12", "2015年3月3日 午後10:12", "30/12/14 2:07 a. m.".
enum DisplayedDate {
    /// The first full date (day, month and year) in `text`, with the time written next to it.
    ///
    /// `language` is the page's BCP 47 tag when known; it decides whether an ambiguous
    /// "03/04/2015" is month-first (US English) or day-first (everyone else), and whether "am"
    /// may be ante meridiem (not in German, where it is a preposition).
    /// Returns nil rather than guess: no year or a relative date ("3 hours ago") gives nil, a date
    /// without a time stays date-only, and an offset is set only when the text shows one.
    static func parse(_ text: String, language: String? = nil) -> PageDate? {
        // Some pages display the machine form itself ("2019-05-30 13:06:00").
        if let machine = MachineDate.parseISO8601(text) { return machine }
        let reader = DisplayedDateReader(
            tokens: DateTokens(text),
            monthFirst: prefersMonthFirst(language),
            amIsPreposition: primarySubtag(of: language) == "de")
        return reader.firstDate()
    }

    /// Regions whose English writes numeric dates month-first.
    static let monthFirstEnglishRegions: Set<String> = [
        "us", "ph", "fm", "mh", "pw", "gu", "as", "mp", "vi", "um", "pr",
    ]

    /// Month-first for US English, and for a bare "en": blogging platforms default to US English,
    /// and a page that declares only "en" rarely chose anything else. Day-first otherwise.
    static func prefersMonthFirst(_ language: String?) -> Bool {
        guard let language, primarySubtag(of: language) == "en" else { return false }
        let subtags = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let region = subtags.dropFirst().first(where: { $0.count == 2 }) else { return true }
        return monthFirstEnglishRegions.contains(String(region))
    }

    private static func primarySubtag(of language: String?) -> String? {
        guard let language else { return nil }
        return language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init)
    }
}
