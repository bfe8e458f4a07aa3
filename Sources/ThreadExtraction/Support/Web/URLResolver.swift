/// Turns the URLs a page writes (`href`, `src`) into absolute URLs worth keeping, or nil.
///
/// Resolution follows RFC 3986 section 5 on the text as written, cleaned the way browsers clean
/// it (outer spaces and controls trimmed, tabs and newlines removed, backslashes read as slashes
/// in web URLs). Only schemes on an allowlist survive: a denylist of `javascript:` and friends
/// always misses one (`livescript:`, `vbscript:`, `mhtml:` ...), and a body never needs the rest.
/// Links into the Internet Archive are unwrapped to the URL that was archived.
struct URLResolver: Sendable {
    /// The page's own URL, when it is one a reference can be resolved against (http, https, ftp).
    private let base: URIReference?
    /// Where `base` is an archive copy: the archived page's URL, for absolute-path references the
    /// archive did not rewrite (they pointed at the original site).
    private let archivedBase: URIReference?

    /// Schemes kept. Web pages, mail, phone and the few other protocols blogs link to; nothing a
    /// browser would execute, render as a document of its own, or read from the reader's disk.
    static let allowedSchemes: Set<Substring> = [
        "http", "https", "ftp", "ftps", "sftp", "mailto", "tel", "sms", "callto", "news", "nntp", "irc",
        "ircs", "xmpp", "magnet", "gopher", "geo", "webcal", "feed", "git", "ssh", "urn", "doi",
    ]

    /// Schemes whose URLs browsers parse specially (WHATWG "special schemes" that matter here).
    private static let webSchemes: Set<Substring> = ["http", "https", "ftp"]

    /// `base` is the page's URL. A saved page's local path (`file:`, `./Page_files/...`), or no
    /// base at all, resolves only references that are absolute already.
    init(base: String?) {
        guard let base, let text = URLResolver.cleaned(base) else {
            self.base = nil
            archivedBase = nil
            return
        }
        let parsed = URIReference(parsing: Substring(text))
        guard URLResolver.isUsableBase(parsed) else {
            self.base = nil
            archivedBase = nil
            return
        }
        self.base = parsed
        let original = URIReference(parsing: Substring(URLResolver.unwrapArchived(text)))
        archivedBase = original != parsed && URLResolver.isUsableBase(original) ? original : nil
    }

    /// The absolute URL `reference` points to, or nil where it is unsafe (a scheme not allowed,
    /// however disguised) or cannot be known (relative, without a usable base).
    func resolve(_ reference: String) -> String? {
        if URLResolver.isPlainWebAddress(reference) { return reference }
        guard var text = URLResolver.cleaned(reference) else {
            // An empty reference is the page itself (RFC 3986 5.2.2): a link to nowhere new.
            return nil
        }
        if let (scheme, colon) = URLResolver.schemeCandidate(in: text) {
            guard URLResolver.allowedSchemes.contains(scheme) else { return nil }
            if text.utf8[text.utf8.startIndex..<colon].elementsEqual(scheme.utf8) == false {
                // The scheme was written with controls or capitals inside: write it cleanly.
                text = String(scheme) + text[colon...]
            }
            return resolveAbsolute(text, scheme: scheme)
        }
        let parsed: URIReference
        if let base, base.scheme.map(URLResolver.webSchemes.contains) == true {
            parsed = URIReference(parsing: Substring(URLResolver.slashingBackslashes(text)))
        } else {
            parsed = URIReference(parsing: Substring(text))
        }
        // The archive's own relative form names the original in full: no base needed.
        if let original = URLResolver.archivedOriginal(of: parsed) { return URLResolver.encoded(original) }
        guard let base else { return nil }
        let target = base.resolving(parsed)
        if let original = URLResolver.archivedOriginal(of: target) { return URLResolver.encoded(original) }
        if let archivedBase, parsed.authority == nil, parsed.path.utf8.first == 0x2F {
            return URLResolver.encoded(archivedBase.resolving(parsed).string)
        }
        return URLResolver.encoded(target.string)
    }

    private func resolveAbsolute(_ text: String, scheme: Substring) -> String? {
        guard URLResolver.webSchemes.contains(scheme) else {
            return URLResolver.encoded(URIReference(parsing: Substring(text)).resolvedAlone.string)
        }
        var slashed = URLResolver.slashingBackslashes(text)
        var parsed = URIReference(parsing: Substring(slashed))
        if parsed.authority == nil {
            // `http:g` and `http:/host/x`: browsers read the first relative to a base of the same
            // scheme, and otherwise read both as `http://host/x` (the archive writes such URLs).
            if let base, base.scheme == scheme {
                parsed.scheme = nil
                return URLResolver.encoded(base.resolving(parsed).string)
            }
            let rest = slashed[slashed.utf8.index(after: slashed.utf8.firstIndex(of: 0x3A)!)...]
            let host = rest.drop(while: { $0 == "/" })
            slashed = String(scheme) + "://" + host
            parsed = URIReference(parsing: Substring(slashed))
        }
        guard let authority = parsed.authority, !authority.isEmpty else { return nil }
        let target = parsed.resolvedAlone
        if target.path.utf8.starts(with: "/web/".utf8), let original = URLResolver.archivedOriginal(of: target) {
            return URLResolver.encoded(original)
        }
        // Most addresses have no dot segment: the text parsed is the target as written (its
        // scheme already in lower case), with no need to put it together again.
        return URLResolver.encoded(target == parsed ? slashed : target.string)
    }

    /// Whether `text` is an absolute http or https URL that every step below would return as it
    /// is: a scheme in lower case, a host, no byte to trim, remove or encode, no backslash, no dot
    /// segment and no archive path. Most links of a page are such; one pass tells them.
    private static func isPlainWebAddress(_ text: String) -> Bool {
        let bytes = text.utf8
        let start: Int
        if bytes.starts(with: "https://".utf8) {
            start = 8
        } else if bytes.starts(with: "http://".utf8) {
            start = 7
        } else {
            return false
        }
        var previous: UInt8 = 0
        for (offset, byte) in bytes.enumerated() {
            if offset == start, byte == 0x2F || byte == 0x3F || byte == 0x23 { return false }
            if needsEncoding(byte) || byte == 0x5C || (byte == 0x2E && previous == 0x2F) { return false }
            previous = byte
        }
        return bytes.count > start && !text.containsBytes("/web/")
    }

    // MARK: Cleaning

    /// Leading and trailing spaces and C0 controls trimmed, tabs and newlines removed anywhere
    /// (the WHATWG URL parser's first steps); nil when nothing is left.
    static func cleaned(_ text: String) -> String? {
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { $0 > 0x20 }) else { return nil }
        let last = bytes.lastIndex(where: { $0 > 0x20 })!
        let trimmed = text[first...last]
        guard trimmed.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            return first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) ? text : String(trimmed)
        }
        return String(decoding: trimmed.utf8.filter { $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
    }

    /// The scheme the text starts with, lower case, with any spaces and controls inside it
    /// removed (`" JaVa\u{0B}Script:"` is `javascript`), and the index of its colon; nil where
    /// the text before the first `:` `/` `?` `#` is no scheme, i.e. the text is a relative reference.
    static func schemeCandidate(in text: String) -> (scheme: Substring, colon: String.Index)? {
        let bytes = text.utf8
        var index = bytes.startIndex
        var hasOddBytes = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x3A { break }
            if byte == 0x2F || byte == 0x3F || byte == 0x23 { return nil }
            if byte <= 0x20 || (byte >= 0x41 && byte <= 0x5A) { hasOddBytes = true }
            index = bytes.index(after: index)
        }
        guard index < bytes.endIndex else { return nil }
        var name = text[..<index]
        if hasOddBytes {
            name = Substring(String(decoding: name.utf8.lazy.filter { $0 > 0x20 }, as: UTF8.self).lowercased())
        }
        guard URIReference.schemeEnd(in: name + ":") != nil else { return nil }
        return (name, index)
    }

    /// Backslashes before the query read as slashes, as browsers read web URLs (`\\host\x`).
    private static func slashingBackslashes(_ text: String) -> String {
        guard text.utf8.contains(0x5C) else { return text }
        var bytes = Array(text.utf8)
        for index in bytes.indices {
            if bytes[index] == 0x3F || bytes[index] == 0x23 { break }
            if bytes[index] == 0x5C { bytes[index] = 0x2F }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Spaces, remaining controls, quotes and angle brackets percent-encoded, as browsers do
    /// before using a URL; everything else (non-ASCII included) is kept as written.
    static func encoded(_ text: String) -> String {
        text.percentEncoded(where: needsEncoding)
    }

    private static func needsEncoding(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0x7F || byte == 0x22 || byte == 0x3C || byte == 0x3E || byte == 0x60
    }

    private static func isUsableBase(_ reference: URIReference) -> Bool {
        guard let scheme = reference.scheme, webSchemes.contains(scheme), let authority = reference.authority else {
            return false
        }
        return !authority.isEmpty
    }

    // MARK: Web archives

    /// Hosts of the Internet Archive's Wayback Machine.
    private static let archiveHosts: Set<Substring> = ["web.archive.org", "wayback.archive.org", "archive.org"]

    /// The archived URL inside a Wayback Machine URL
    /// (`https://web.archive.org/web/20150101000000im_/http://example.com/x` is
    /// `http://example.com/x`); any other URL unchanged.
    static func unwrapArchived(_ url: String) -> String {
        // Every archive URL's path starts `/web/`: any other URL is returned without parsing it.
        guard url.containsBytes("/web/") else { return url }
        return archivedOriginal(of: URIReference(parsing: Substring(url))) ?? url
    }

    /// The archived URL with the archive URL's query and fragment (which belong to it), where
    /// `reference` is an absolute Wayback Machine URL or the archive's own relative form
    /// (`/web/20150101000000/http://example.com/x`, whatever the base).
    private static func archivedOriginal(of reference: URIReference) -> String? {
        if let scheme = reference.scheme {
            guard scheme == "http" || scheme == "https", let authority = reference.authority,
                archiveHosts.contains(host(of: authority))
            else { return nil }
        } else if reference.authority != nil {
            return nil
        }
        // A relative `/web/...` path is taken for the archive's only when it names a full URL.
        guard var result = archivedURL(inPath: reference.path, allowingBareHost: reference.scheme != nil) else {
            return nil
        }
        if let query = reference.query { result += "?" + query }
        if let fragment = reference.fragment { result += "#" + fragment }
        return result
    }

    /// The URL after `/web/<timestamp>[modifier_]/` in an archive path, with its scheme restored
    /// where the archive dropped it or one of its slashes.
    private static func archivedURL(inPath path: Substring, allowingBareHost: Bool) -> String? {
        guard path.hasPrefix("/web/") else { return nil }
        let rest = path.dropFirst(5)
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let stamp = rest[..<slash].utf8
        let digits = stamp.prefix(while: { $0 >= 0x30 && $0 <= 0x39 })
        let modifier = stamp.dropFirst(digits.count)
        guard (1...14).contains(digits.count),
            modifier.isEmpty || (modifier.count == 3 && modifier.last == 0x5F && modifier.dropLast().allSatisfy(isLowerAlpha))
        else { return nil }
        let original = rest[rest.index(after: slash)...]
        for scheme in ["https:", "http:"] where original.utf8.count > scheme.utf8.count {
            let prefix = original.prefix(scheme.count)
            guard prefix.lowercased() == scheme else { continue }
            let afterScheme = original.dropFirst(scheme.count).drop(while: { $0 == "/" })
            guard !afterScheme.isEmpty else { return nil }
            return scheme + "//" + afterScheme
        }
        // `/web/2015/example.com/x`: the archive's short form, a host without a scheme.
        let hostPart = original.prefix(while: { $0 != "/" })
        guard allowingBareHost, hostPart.contains("."), !hostPart.contains(":") || hostPart.utf8.last.map(isDigit) == true
        else { return nil }
        return "http://" + original
    }

    /// The host of an authority, lower case, without user information or port.
    private static func host(of authority: Substring) -> Substring {
        // Searched as bytes: searching Characters from the end costs more than the rest of a resolution.
        var host = authority
        if let at = host.utf8.lastIndex(of: 0x40) { host = host[host.utf8.index(after: at)...] }
        if let colon = host.utf8.lastIndex(of: 0x3A), host.utf8.last != 0x5D { host = host[..<colon] }
        return host.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? Substring(host.lowercased()) : host
    }

    private static func isLowerAlpha(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}

extension URIReference {
    /// An absolute reference resolved on its own (its dot segments removed).
    fileprivate var resolvedAlone: URIReference {
        URIReference(scheme: nil, authority: nil, path: "", query: nil, fragment: nil).resolving(self)
    }
}
