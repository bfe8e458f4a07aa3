import ThreadModel

/// Reads a WARC file (1.0 or 1.1, plain or one gzip member per record) record by record: only
/// the record in hand is held, and a record that is not a page is passed over unread.
struct WARCReader {
    /// The largest HTML payload read; a larger one is reported, not read.
    private let pageLimit: Int
    private var reader: ByteReader
    private var ended = false

    init(_ reader: ByteReader, pageLimit: Int) {
        self.reader = reader
        self.pageLimit = pageLimit
    }

    /// Whether bytes open a WARC file.
    static func recognises(_ start: [UInt8]) -> Bool {
        start.starts(with: Array("WARC/".utf8))
    }

    /// The next record's page, skip or failure; nil at the end of the file.
    mutating func next() -> ArchiveItem? {
        guard !ended else { return nil }
        do throws(ArchiveError) {
            return try readRecord()
        } catch {
            // The file's framing is lost: nothing after this can be trusted to be a record.
            ended = true
            return .failed("\(error)", record: nil)
        }
    }

    private mutating func readRecord() throws(ArchiveError) -> ArchiveItem? {
        // Records are separated by two line breaks; tolerate more or fewer.
        while let byte = try reader.peek(1).first, byte == 0x0D || byte == 0x0A { _ = try reader.readLine() }
        guard let offset = try reader.fileOffset() else {
            ended = true
            return nil
        }
        guard let version = try reader.readLine(), Self.recognises(version) else {
            throw ArchiveError("no WARC record at offset \(offset)")
        }
        guard let headers = try HeaderFields(reading: &reader),
            let length = headers["content-length"].flatMap({ Int($0) }), length >= 0
        else {
            throw ArchiveError("the WARC record at offset \(offset) has no Content-Length")
        }
        let record = ArchiveRecord(id: headers["warc-record-id"], offset: offset)
        let start = reader.position
        let item = try item(headers: headers, length: length, record: record)
        // Whatever of the block was not read is passed over.
        let rest = length - (reader.position - start)
        if rest > 0, try reader.skip(rest) < rest { ended = true }
        return item
    }

    private mutating func item(headers: HeaderFields, length: Int, record: ArchiveRecord) throws(ArchiveError) -> ArchiveItem {
        let start = reader.position
        let type = headers["warc-type"]?.lowercased() ?? ""
        let page = { (bytes: [UInt8], charset: String?) in
            ArchiveItem.page(ArchivedPage(
                bytes: bytes, url: headers["warc-target-uri"].map(Self.unbracketed), savedAt: headers["warc-date"],
                charset: charset, record: record))
        }
        switch type {
        case "response":
            guard headers.mediaType()?.hasPrefix("application/http") ?? true,
                let http = try HTTPMessage(reading: &reader)
            else {
                return .skipped(.notHTML, record: record)
            }
            guard let status = http.status, (200..<300).contains(status) else { return .skipped(.httpStatus, record: record) }
            let bodyLength = length - (reader.position - start)
            let declared = http.headers.mediaType()
            if declared != nil, !HTMLMediaType.contains(declared) { return .skipped(.notHTML, record: record) }
            guard bodyLength <= pageLimit else {
                return .failed("the page is " + PageLimit.refusal(size: bodyLength, limit: pageLimit), record: record)
            }
            let raw = try reader.read(max(0, bodyLength))
            let body: [UInt8]
            do throws(ArchiveError) {
                body = try http.decodedBody(raw, limit: pageLimit)
            } catch {
                return .failed("\(error)", record: record)
            }
            if declared == nil, !HTMLMediaType.looksLikeHTML(body) { return .skipped(.notHTML, record: record) }
            return page(body, http.headers.parameter("charset"))
        case "resource":
            // A resource record holds the document itself, without HTTP around it.
            guard HTMLMediaType.contains(headers.mediaType()) else { return .skipped(.notHTML, record: record) }
            guard length <= pageLimit else {
                return .failed("the page is " + PageLimit.refusal(size: length, limit: pageLimit), record: record)
            }
            return page(try reader.read(length), headers.parameter("charset"))
        case "request": return .skipped(.request, record: record)
        case "metadata": return .skipped(.metadata, record: record)
        case "revisit": return .skipped(.revisit, record: record)
        case "warcinfo": return .skipped(.warcinfo, record: record)
        case "conversion": return .skipped(.notHTML, record: record)
        default: return .skipped(.other, record: record)
        }
    }

    /// WARC 1.0 wrote `WARC-Target-URI` in angle brackets in its examples; some tools followed.
    private static func unbracketed(_ uri: String) -> String {
        uri.hasPrefix("<") && uri.hasSuffix(">") ? String(uri.dropFirst().dropLast()) : uri
    }
}
