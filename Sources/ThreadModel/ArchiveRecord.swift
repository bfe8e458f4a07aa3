/// Where in an archive file (a WARC, an MHTML) a page was read from.
public struct ArchiveRecord: Sendable, Hashable {
    /// The record's own identifier (`WARC-Record-ID`), verbatim.
    public var id: String?
    /// Byte offset of the record in the archive file (of its gzip member, for `.warc.gz`).
    public var offset: Int

    /// A record by its identifier and byte offset.
    public init(id: String? = nil, offset: Int) {
        self.id = id
        self.offset = offset
    }
}
