import ThreadModel

/// What a page's container says about it: the web archive's record or the MHTML file it was
/// taken out of. Empty for a page read from a file of its own.
package struct PageOrigin: Sendable, Hashable {
    /// The address the page was fetched or saved from (`WARC-Target-URI`, `Content-Location`).
    package var url: String?
    /// When it was saved, as the container wrote it (`WARC-Date`, an RFC 2822 `Date`).
    package var savedAt: String?
    package var record: ArchiveRecord?

    package init(url: String? = nil, savedAt: String? = nil, record: ArchiveRecord? = nil) {
        self.url = url
        self.savedAt = savedAt
        self.record = record
    }

    /// `savedAt` read as a date with a time: WARC writes ISO 8601, MIME RFC 2822.
    var savedDate: PageDate? {
        savedAt.flatMap { MachineDate.parse($0) ?? RFC2822Date.parse($0) }.flatMap { $0.time == nil ? nil : $0 }
    }
}
