/// Names for the results of an archive's records under `--output-dir`: one folder per archive,
/// one file per record, numbered in file order so no two collide, and made of characters that
/// cannot leave the folder (no separator, no leading dot).
enum RecordNaming {
    /// `archive`: the archive's own output name; `index`: the page's number in it, from 1.
    static func outputName(archive: String, index: Int, url: String?) -> String {
        let number = String(index)
        let padded = String(repeating: "0", count: max(0, 6 - number.count)) + number
        let slug = url.map(Self.slug) ?? ""
        return archive + "/" + (slug.isEmpty ? padded : padded + "-" + slug)
    }

    /// `https://example.com/2012/10/post/?p=2` → `example.com-2012-10-post-p-2`.
    static func slug(_ url: String) -> String {
        var rest = Substring(url)
        if let scheme = rest.firstRange(of: "://") { rest = rest[scheme.upperBound...] }
        if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
        var slug = ""
        for character in rest {
            if character.isASCII && (character.isLetter || character.isNumber || character == "." || character == "_") {
                slug.append(character)
            } else if slug.last != "-" {
                slug.append("-")
            }
        }
        let trimmed = slug.drop { $0 == "-" || $0 == "." }.prefix(80)
        return String(trimmed.reversed().drop { $0 == "-" || $0 == "." }.reversed())
    }
}
