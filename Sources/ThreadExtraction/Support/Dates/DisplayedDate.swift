import HTMLDOM
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
        parse(text, language: language, monthFirst: prefersMonthFirst(language))
    }

    /// A date a page states for machines in a displayed form (a meta tag's "11/01/2023 12:43:42").
    /// Where the page's language writes its dates with dots (German's "01.11.2023"), slashes are
    /// not its own form but the one server software defaults to, the US one (.NET's invariant
    /// culture, PHP's `m/d/Y`): an ambiguous slashed date is month-first there. Elsewhere slashes
    /// may be the language's own, read as `parse` reads them.
    static func parseStated(_ text: String, language: String?) -> PageDate? {
        let dotted = primarySubtag(of: language).map(dottedDateLanguages.contains) ?? false
        return parse(text, language: language, monthFirst: prefersMonthFirst(language) || dotted)
    }

    /// Languages whose numeric dates are written with dots, day first.
    static let dottedDateLanguages: Set<String> = [
        "de", "ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "mk", "bg", "ro", "tr", "az", "kk",
        "fi", "et", "lv", "lt", "nb", "nn", "no", "da", "is",
    ]

    private static func parse(_ text: String, language: String?, monthFirst: Bool) -> PageDate? {
        // Some pages display the machine form itself ("2019-05-30 13:06:00").
        if let machine = MachineDate.parseISO8601(text) { return machine }
        let reader = DisplayedDateReader(
            tokens: DateTokens(text), monthFirst: monthFirst, amIsPreposition: primarySubtag(of: language) == "de")
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
        // Asked at every date parsed: a tag is ASCII, read as bytes with the same answer.
        if language.utf8.isAllASCII {
            let bytes = language.utf8.drop { $0 == 0x2D || $0 == 0x5F }.prefix { $0 != 0x2D && $0 != 0x5F }
            return bytes.isEmpty ? nil : String(decoding: bytes.map(asciiLowercased), as: UTF8.self)
        }
        return language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init)
    }
}
