/// How large one page (a file, an archive record, a line of JSON Lines) may be. A page is held
/// whole while it is parsed, and its tree takes several times as much again, so a larger one is
/// refused before it is read rather than after memory runs out.
package enum PageLimit {
    /// Generous for any real page: the largest saved page of the corpus is under 2 MB.
    package static let standard = 256 << 20

    /// Why a page of `size` bytes (nil where unknown: compressed or piped) is not read.
    static func refusal(size: Int?, limit: Int) -> String {
        let found = size.map { " (\(describe($0)))" } ?? ""
        return "larger than the page size limit of \(describe(limit))\(found): refused (see --max-page-size)"
    }

    /// `64 MB`, `1 GB`, `512 KB`, `1.5 MB`, `900 bytes`.
    package static func describe(_ bytes: Int) -> String {
        for (unit, shift) in [("GB", 30), ("MB", 20), ("KB", 10)] where bytes >= 1 << shift {
            if bytes % (1 << shift) == 0 { return "\(bytes >> shift) \(unit)" }
            let tenths = (bytes * 10) >> shift
            return "\(tenths / 10).\(tenths % 10) \(unit)"
        }
        return "\(bytes) bytes"
    }
}
