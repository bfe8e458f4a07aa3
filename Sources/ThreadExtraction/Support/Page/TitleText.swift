/// Page titles carry the site's name ("Post – Site", "Site » Post"); the post's title is the
/// rest.
enum TitleText {
    static let separators = [" | ", " – ", " — ", " - ", " » ", " :: ", " · "]

    static func withoutSiteName(_ title: String, siteName: String?) -> String {
        for separator in separators {
            let parts = title.components(separatedBy: separator)
            guard parts.count > 1 else { continue }
            if let siteName, let index = parts.firstIndex(where: { $0.collapsingWhitespace == siteName }) {
                var rest = parts
                rest.remove(at: index)
                return rest.joined(separator: separator).collapsingWhitespace
            }
            // Without a known site name, the longest part is the post's.
            return parts.max { $0.count < $1.count }?.collapsingWhitespace ?? title
        }
        return title
    }
}
