import ThreadModel

/// Themes and boards that print a date as bare text in a comment's chrome, in their own format
/// and language, with no element named for it: the shortest text that reads as a full date, one
/// with a time winning over one without (a profile's join date has none).
enum LooseDate {
    /// UTF-8 bytes from which a text is too long to be read as a date.
    static let longestText = 200

    static func shortest(
        in texts: some Sequence<String>, language: String?, requiringTime: Bool = false
    ) -> (date: PageDate, text: String)? {
        var best: (date: PageDate, text: String)?
        var tried: Set<String> = []
        for text in texts {
            // Most chrome holds no digit; those texts cannot be dates and cost nothing to skip.
            guard text.utf8.count < longestText, text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }), tried.insert(text).inserted,
                let date = DisplayedDate.parse(text, language: language), !requiringTime || date.time != nil
            else { continue }
            if let current = best,
                (current.date.time != nil && date.time == nil)
                    || ((current.date.time != nil) == (date.time != nil) && current.text.count <= text.count)
            {
                continue
            }
            best = (date, text)
        }
        return best
    }
}
