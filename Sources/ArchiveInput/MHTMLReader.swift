import ThreadModel

/// Reads the page out of an MHTML file (what browsers save as "a single file"): a MIME
/// `multipart/related` message whose HTML part is the page and whose other parts are its images
/// and styles. Chrome, Firefox's add-ons and Internet Explorer all write it this way.
enum MHTMLReader {
    /// Whether the start of a file is a MIME message: headers before a blank line, among them a
    /// `MIME-Version` or a multipart or HTML `Content-Type`. Lines are read only while each can be
    /// a header line, so a page, whose first byte (`<`, a byte order mark, a line break) cannot
    /// start one, is told apart there, without its first kilobytes taken for header lines.
    static func recognises(_ start: [UInt8]) -> Bool {
        let lines = Self.headerLines(start[...], while: HeaderFields.canStart)
        guard !lines.isEmpty, lines.first.map({ $0.contains(0x3A) }) == true else { return false }
        let headers = HeaderFields(lines: lines)
        let type = headers.mediaType()
        return (headers["mime-version"] != nil && type != nil)
            || type?.hasPrefix("multipart/related") == true
    }

    /// The page of an MHTML file held in `bytes`.
    static func page(in bytes: [UInt8]) throws(ArchiveError) -> ArchivedPage {
        let (headers, bodyStart) = Self.headers(of: bytes[...])
        let savedAt = headers["date"]
        let location = headers["snapshot-content-location"] ?? headers["content-location"]
        guard headers.mediaType()?.hasPrefix("multipart/") == true else {
            // A single-part message: the body is the page.
            return ArchivedPage(
                bytes: TransferEncoding.decode(bytes[bodyStart...], encoding: headers["content-transfer-encoding"]),
                url: location, savedAt: savedAt, charset: headers.parameter("charset"),
                record: ArchiveRecord(id: headers["content-id"], offset: 0))
        }
        guard let boundary = headers.parameter("boundary"), !boundary.isEmpty else {
            throw ArchiveError("the MHTML file names no part boundary")
        }
        let parts = Self.parts(of: bytes, from: bodyStart, boundary: Array(("--" + boundary).utf8))
        // The root part is the one `start` names, else the first HTML part.
        let start = headers.parameter("start")
        let htmlParts = parts.filter { HTMLMediaType.contains($0.headers.mediaType()) }
        guard let root = htmlParts.first(where: { start != nil && $0.headers["content-id"] == start }) ?? htmlParts.first else {
            throw ArchiveError("the MHTML file holds no HTML part")
        }
        return ArchivedPage(
            bytes: TransferEncoding.decode(bytes[root.body], encoding: root.headers["content-transfer-encoding"]),
            url: root.headers["content-location"] ?? location, savedAt: savedAt,
            charset: root.headers.parameter("charset"),
            record: ArchiveRecord(id: root.headers["content-id"], offset: root.offset))
    }

    private struct Part {
        var headers: HeaderFields
        var body: Range<Int>
        /// Offset of the part's headers in the file.
        var offset: Int
    }

    /// The parts between boundary lines; the preamble and epilogue are left out.
    private static func parts(of bytes: [UInt8], from start: Int, boundary: [UInt8]) -> [Part] {
        var boundaries: [(lineStart: Int, next: Int)] = []
        var lineStart = start
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            if bytes[lineStart..<lineEnd].starts(with: boundary) { boundaries.append((lineStart, lineEnd + 1)) }
            lineStart = lineEnd + 1
        }
        return zip(boundaries, boundaries.dropFirst()).map { opening, closing in
            let (headers, bodyStart) = Self.headers(of: bytes[min(opening.next, closing.lineStart)..<closing.lineStart])
            // The line break before a boundary belongs to the boundary.
            var end = closing.lineStart
            if end > bodyStart, bytes[end - 1] == 0x0A { end -= 1 }
            if end > bodyStart, bytes[end - 1] == 0x0D { end -= 1 }
            return Part(headers: headers, body: bodyStart..<max(bodyStart, end), offset: opening.next)
        }
    }

    /// Headers of a message or part and where its body starts.
    private static func headers(of bytes: ArraySlice<UInt8>) -> (HeaderFields, Int) {
        let lines = headerLines(bytes)
        var end = bytes.startIndex
        for _ in 0...lines.count {
            guard end < bytes.endIndex else { break }
            end = (bytes[end...].firstIndex(of: 0x0A) ?? bytes.endIndex - 1) + 1
        }
        return (HeaderFields(lines: lines), end)
    }

    /// Lines up to the first blank one (CRLF or LF), without their breaks; with `isHeader`, up to
    /// the first that is not a header line either (told by its first byte, and whether it is the
    /// message's first line).
    private static func headerLines(
        _ bytes: ArraySlice<UInt8>, while isHeader: (_ first: UInt8, _ isFirstLine: Bool) -> Bool = { _, _ in true }
    ) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        while start < bytes.endIndex, isHeader(bytes[start], lines.isEmpty) {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            var line = bytes[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            if line.isEmpty { break }
            lines.append(line)
            start = end + 1
        }
        return lines
    }
}
