import RawFileSystem

/// The pages in one input file, told apart by content rather than by name: gzip by its magic
/// bytes (around anything below), a WARC by its version line, MHTML by its MIME headers, and
/// anything else as a page. A WARC is read record by record as `next()` is called; the other
/// kinds are one page each.
package struct InputContents: IteratorProtocol, Sequence {
    /// What an input turned out to hold.
    package enum Kind: String, Sendable {
        case page, mhtml, warc
        case jsonLines = "JSON Lines"

        /// Whether the input holds any number of pages, each named after its record.
        package var holdsRecords: Bool { self == .warc || self == .jsonLines }
    }

    package let kind: Kind
    package let isCompressed: Bool
    private var warc: WARCReader?
    private var lines: JSONLinesReader?
    private var single: ArchiveItem?

    /// Opens `path` (its bytes, which need not be UTF-8; nil: standard input) and reads as far
    /// as needed to tell what it holds; `jsonLines`: the input is JSON Lines of pages, not a page
    /// or an archive. A page (a record, a line) larger than `pageLimit` bytes is refused; a plain
    /// file that is one page is refused by its size, before any of it is read.
    package init(path: [UInt8]?, jsonLines: Bool = false, pageLimit: Int = PageLimit.standard) throws(ArchiveError) {
        let file: FileDescriptor
        if let path {
            switch OpenedFile.forReading(path) {
            case .success(let opened): file = opened
            case .failure(let error): throw ArchiveError(error.reason)
            }
        } else {
            file = .standardInput
        }
        let status = try? FileStatus.of(descriptor: file.number).get()
        // open(2) opens a folder as well; reading it is what fails.
        if status?.kind == .folder { throw ArchiveError("is a folder") }
        try self.init(
            FileChunks(file), size: status?.kind == .regularFile ? status?.size : nil, jsonLines: jsonLines,
            pageLimit: pageLimit)
    }

    /// The pages in bytes already in memory.
    package init(bytes: [UInt8], pageLimit: Int = PageLimit.standard) throws(ArchiveError) {
        try self.init(BytesChunk(bytes: bytes), size: bytes.count, jsonLines: false, pageLimit: pageLimit)
    }

    /// `size`: the source's length where known (a regular file), so a page is read into an array
    /// of its size rather than one grown piece by piece.
    private init(_ source: some ChunkSource, size: Int?, jsonLines: Bool, pageLimit: Int) throws(ArchiveError) {
        var reader = ByteReader(source)
        isCompressed = try reader.peek(2) == [0x1F, 0x8B]
        if isCompressed { reader = ByteReader(try GzipChunks(reader)) }
        if jsonLines {
            kind = .jsonLines
            lines = JSONLinesReader(reader, pageLimit: pageLimit)
            return
        }
        let start = try reader.peek(8 * 1024)
        if WARCReader.recognises(start) {
            kind = .warc
            warc = WARCReader(reader, pageLimit: pageLimit)
            return
        }
        let knownSize = isCompressed ? nil : size
        if let knownSize, knownSize > pageLimit { throw ArchiveError(PageLimit.refusal(size: knownSize, limit: pageLimit)) }
        guard let bytes = try reader.readToEnd(limit: pageLimit, expected: knownSize) else {
            throw ArchiveError(PageLimit.refusal(size: nil, limit: pageLimit))
        }
        if MHTMLReader.recognises(start) {
            kind = .mhtml
            do throws(ArchiveError) {
                single = .page(try MHTMLReader.page(in: bytes))
            } catch {
                single = .failed("\(error)", record: nil)
            }
        } else {
            kind = .page
            single = .page(ArchivedPage(bytes: bytes))
        }
    }

    package mutating func next() -> ArchiveItem? {
        if warc != nil { return warc!.next() }
        if lines != nil { return lines!.next() }
        defer { single = nil }
        return single
    }
}

/// Bytes in memory as a source of one piece.
private struct BytesChunk: ChunkSource {
    var bytes: [UInt8]?

    mutating func next() throws(ArchiveError) -> Chunk? {
        defer { bytes = nil }
        return bytes.map { Chunk(bytes: $0, fileOffset: 0, isDecompressed: false) }
    }
}
