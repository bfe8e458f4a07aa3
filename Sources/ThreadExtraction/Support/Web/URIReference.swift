/// A URI reference split into its five RFC 3986 components (Appendix B), and resolution of one
/// reference against a base (section 5.2).
///
/// Nothing is decoded, re-encoded or validated beyond what splitting needs: real pages hold URLs
/// that strict parsers reject or rewrite, and a link should come out as the page wrote it.
/// The components are substrings of the text they were parsed from, so parsing copies nothing.
struct URIReference: Sendable, Equatable {
    /// Lower case where `parsing` found one.
    var scheme: Substring?
    var authority: Substring?
    var path: Substring
    var query: Substring?
    var fragment: Substring?

    init(scheme: Substring?, authority: Substring?, path: Substring, query: Substring?, fragment: Substring?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    /// Splits `text` by the regular expression of RFC 3986 Appendix B, requiring a scheme to be
    /// syntactically valid (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`) as section 3.1 does.
    init(parsing text: Substring) {
        let bytes = text.utf8
        let end = bytes.endIndex
        var cursor = bytes.startIndex

        scheme = nil
        if let colon = URIReference.schemeEnd(in: text) {
            let name = text[cursor..<colon]
            scheme = name.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) ? Substring(name.lowercased()) : name
            cursor = bytes.index(after: colon)
        }

        authority = nil
        if bytes[cursor...].starts(with: [0x2F, 0x2F]) {
            let start = bytes.index(cursor, offsetBy: 2)
            var stop = start
            while stop < end, !URIReference.endsAuthority(bytes[stop]) { stop = bytes.index(after: stop) }
            authority = text[start..<stop]
            cursor = stop
        }

        var stop = cursor
        while stop < end, bytes[stop] != 0x3F, bytes[stop] != 0x23 { stop = bytes.index(after: stop) }
        path = text[cursor..<stop]
        cursor = stop

        query = nil
        if cursor < end, bytes[cursor] == 0x3F {
            let start = bytes.index(after: cursor)
            stop = start
            while stop < end, bytes[stop] != 0x23 { stop = bytes.index(after: stop) }
            query = text[start..<stop]
            cursor = stop
        }

        fragment = nil
        if cursor < end {
            fragment = text[bytes.index(after: cursor)...]
        }
    }

    /// The index of the colon ending a valid scheme at the start of `text`, if there is one.
    static func schemeEnd(in text: Substring) -> String.Index? {
        let bytes = text.utf8
        guard let first = bytes.first, isAlpha(first) else { return nil }
        var index = bytes.index(after: bytes.startIndex)
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x3A { return index }
            guard isAlpha(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E
            else { return nil }
            index = bytes.index(after: index)
        }
        return nil
    }

    /// The target of `reference` with `self` as the base URI: RFC 3986 section 5.2.2, strict.
    func resolving(_ reference: URIReference) -> URIReference {
        if reference.scheme != nil {
            return reference.withPath(URIReference.removingDotSegments(reference.path))
        }
        var target = URIReference(
            scheme: scheme, authority: reference.authority, path: "", query: reference.query,
            fragment: reference.fragment)
        if reference.authority != nil {
            target.path = URIReference.removingDotSegments(reference.path)
            return target
        }
        target.authority = authority
        if reference.path.isEmpty {
            target.path = path
            target.query = reference.query ?? query
        } else if reference.path.utf8.first == 0x2F {
            target.path = URIReference.removingDotSegments(reference.path)
        } else {
            target.path = URIReference.removingDotSegments(merging(reference.path))
        }
        return target
    }

    /// Section 5.2.3: the reference's path appended to the base path's directory.
    private func merging(_ relative: Substring) -> Substring {
        if authority != nil && path.isEmpty { return "/" + relative }
        guard let slash = path.utf8.lastIndex(of: 0x2F) else { return relative }
        return path[...slash] + relative
    }

    /// Section 5.2.4, done by segments: `.` segments go, `..` segments take the previous one with
    /// them, and a path ending in either keeps its trailing slash.
    static func removingDotSegments(_ path: Substring) -> Substring {
        guard mayHaveDotSegments(path) else { return path }
        let isAbsolute = path.utf8.first == 0x2F
        let segments = (isAbsolute ? path.dropFirst() : path).split(separator: "/", omittingEmptySubsequences: false)
        var output: [Substring] = []
        output.reserveCapacity(segments.count)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        let joined = output.joined(separator: "/")
        return Substring(isAbsolute ? "/" + joined : joined)
    }

    /// Whether any segment could be `.` or `..`; most paths have none and are returned as they are.
    private static func mayHaveDotSegments(_ path: Substring) -> Bool {
        var previous: UInt8 = 0x2F
        for byte in path.utf8 {
            if byte == 0x2E && previous == 0x2F { return true }
            previous = byte
        }
        return false
    }

    /// Section 5.3: the components put back together.
    var string: String {
        var result = ""
        result.reserveCapacity(
            (scheme?.utf8.count ?? 0) + (authority?.utf8.count ?? 0) + path.utf8.count + (query?.utf8.count ?? 0)
                + (fragment?.utf8.count ?? 0) + 5)
        if let scheme {
            result += scheme
            result += ":"
        }
        if let authority {
            result += "//"
            result += authority
        }
        result += path
        if let query {
            result += "?"
            result += query
        }
        if let fragment {
            result += "#"
            result += fragment
        }
        return result
    }

    private func withPath(_ newPath: Substring) -> URIReference {
        var copy = self
        copy.path = newPath
        return copy
    }

    private static func endsAuthority(_ byte: UInt8) -> Bool {
        byte == 0x2F || byte == 0x3F || byte == 0x23
    }

    static func isAlpha(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
