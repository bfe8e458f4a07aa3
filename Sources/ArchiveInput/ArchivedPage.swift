import ThreadModel

/// A page taken out of its container (a WARC record, an MHTML part, a gzip member), with what
/// the container says about it.
package struct ArchivedPage: Sendable {
    /// The page's own bytes, transfer and content encodings undone.
    package var bytes: [UInt8]
    /// The address it was fetched or saved from (`WARC-Target-URI`, `Content-Location`).
    package var url: String?
    /// When it was saved, as the container wrote it (`WARC-Date`, MHTML `Date`), unparsed.
    package var savedAt: String?
    /// The character encoding the container declares (HTTP's or MIME's `charset`).
    package var charset: String?
    /// Where in the archive it was read from; nil for a page that is the whole file.
    package var record: ArchiveRecord?

    package init(
        bytes: [UInt8], url: String? = nil, savedAt: String? = nil, charset: String? = nil,
        record: ArchiveRecord? = nil
    ) {
        self.bytes = bytes
        self.url = url
        self.savedAt = savedAt
        self.charset = charset
        self.record = record
    }
}

/// Why a record of an archive is not a page.
package enum SkipReason: String, Sendable, Hashable, CaseIterable, Comparable {
    case request
    case metadata
    case revisit
    case warcinfo
    /// A `resource` or `conversion` record, or a response whose payload is not HTML (an image,
    /// a script, a style sheet).
    case notHTML = "not HTML"
    /// A response that is a redirect, an error page or otherwise not a 2xx answer.
    case httpStatus = "HTTP status"
    /// Any other record type (`continuation`, types of later versions).
    case other

    package static func < (a: SkipReason, b: SkipReason) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One thing found in an input, in file order.
package enum ArchiveItem: Sendable {
    case page(ArchivedPage)
    case skipped(SkipReason, record: ArchiveRecord)
    /// A record that should have been a page and could not be read; the rest go on.
    case failed(String, record: ArchiveRecord?)
}
