/// How addresses number the pages of one discussion: WordPress's `comment-page-2` and `cpage=2`,
/// Blogger's `commentPage=2`, Hacker News's `?id=…&p=2`, forums' `page=2`, `/page/2`, `page-2`,
/// `page2` and phpBB's `start=25`. Splitting them off gives the discussion's own address, the
/// same for all its pages; what the numbers are called is the engines' markup of addresses,
/// never a word of a page's language.
package enum PageNumbering {
    package struct Split: Sendable, Hashable {
        /// The address without fragment and without what numbers its pages; scheme and a
        /// trailing slash left out, so `http://x/a/` and `https://x/a` are one discussion.
        package var thread: String
        /// This page's number, where the address states it.
        package var page: Int?
        /// Orders pages whose address counts entries rather than pages (`start=25`).
        package var order: Int?
    }

    package static func split(_ url: String) -> Split {
        // Cut as UTF-8 bytes at ASCII marks: Character by Character, the cutting cost more than
        // the rest of reading a page's pagination.
        var rest = Substring(url)
        if let hash = rest.utf8.firstIndex(of: 0x23) { rest = rest[..<hash] }
        if let scheme = Self.schemeSeparator(in: rest) { rest = rest[scheme...] }
        var query: [Substring] = []
        if let mark = rest.utf8.firstIndex(of: 0x3F) {
            query = rest[rest.utf8.index(after: mark)...].utf8.split(separator: 0x26).map { Substring($0) }
            rest = rest[..<mark]
        }
        var page: Int?
        var order: Int?
        var segments = rest.utf8.split(separator: 0x2F, omittingEmptySubsequences: false).map { Substring($0) }
        while segments.last?.isEmpty == true && segments.count > 1 { segments.removeLast() }
        if segments.count > 2, segments[segments.count - 2] == "page", let number = Int(segments[segments.count - 1]) {
            page = number
            segments.removeLast(2)
        } else if segments.count > 1, let last = segments.last, let number = Self.number(after: ["comment-page-", "page-", "page"], in: last) {
            page = number
            segments.removeLast()
        }
        let hasOtherParameters = query.contains { !Self.isPaging(name(of: $0)) }
        query.removeAll { parameter in
            let name = name(of: parameter)
            let value = parameter.split(separator: "=", maxSplits: 1).dropFirst().first.flatMap { Int($0) }
            switch name {
            case "cpage", "commentpage", "page":
                page = page ?? value
            case "p" where hasOtherParameters:
                // `?p=123` alone is a WordPress post; beside another parameter (`id`) it is a page.
                page = page ?? value
            case "start":
                order = value
            case "showcomment":
                // Blogger's permalink to one comment: the same page.
                break
            default:
                return false
            }
            return true
        }
        var thread = segments.joined(separator: "/").lowercasedHost
        if !query.isEmpty { thread += "?" + query.joined(separator: "&") }
        return Split(thread: thread, page: page, order: order ?? page)
    }

    /// Whether an address could state a page number or order: whether it holds a mark `split`
    /// reads (`page` in any case, `p=`, `start=`), tabs and line breaks skipped as URL parsing
    /// drops them. A test on the bytes, so that a page's links are resolved and split only where
    /// they can be pagination at all.
    package static func mayNumber(_ address: String) -> Bool {
        var address = address
        return address.withUTF8 { bytes in
            // The last bytes read, lower-cased, the newest in the lowest byte.
            var window: UInt64 = 0
            for byte in bytes where byte != 0x09 && byte != 0x0A && byte != 0x0D {
                window = window << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                // Every mark ends in `=` or `e`: only those bytes are compared.
                if byte == 0x3D, window & 0xFFFF == 0x703D || window & 0xFFFF_FFFF_FFFF == 0x7374_6172_743D { return true }
                if byte | 0x20 == 0x65, window & 0xFFFF_FFFF == 0x7061_6765 { return true }
            }
            return false
        }
    }

    /// Where what follows the first `://` starts.
    private static func schemeSeparator(in text: Substring) -> Substring.Index? {
        let bytes = text.utf8
        var index = bytes.startIndex
        while let colon = bytes[index...].firstIndex(of: 0x3A) {
            let after = bytes[bytes.index(after: colon)...]
            if after.starts(with: [0x2F, 0x2F]) { return bytes.index(colon, offsetBy: 3) }
            index = bytes.index(after: colon)
        }
        return nil
    }

    private static func name(of parameter: Substring) -> String {
        String(parameter.prefix { $0 != "=" }).lowercased()
    }

    private static func isPaging(_ name: String) -> Bool {
        ["cpage", "commentpage", "page", "p", "start", "showcomment"].contains(name)
    }

    /// `comment-page-3` → 3 for the prefix `comment-page-`.
    private static func number(after prefixes: [String], in segment: Substring) -> Int? {
        for prefix in prefixes where segment.hasPrefix(prefix) {
            if let number = Int(segment.dropFirst(prefix.count)), number > 0 { return number }
        }
        return nil
    }
}

private extension String {
    /// Host names are not case-sensitive; paths are.
    var lowercasedHost: String {
        guard let slash = utf8.firstIndex(of: 0x2F) else { return lowercased() }
        return self[..<slash].lowercased() + self[slash...]
    }
}
