import ThreadModel

/// Query parameters that only tell a site where a visitor came from (campaign tags, ad click ids,
/// mail-tool ids). Share links carry them into permalinks (`?utm_source=share&utm_medium=web2x`);
/// they identify nothing about the page, so no address we output keeps them.
enum TrackingParameters {
    /// Parameter names dropped whatever follows the prefix.
    private static let prefixes = ["utm_"]
    /// Parameter names dropped exactly (compared in lower case).
    private static let names: Set<Substring> = [
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ref_src", "oly_anon_id", "oly_enc_id",
        "vero_id", "rb_clickid", "wt_mc",
    ]

    /// Removes tracking parameters from every address the thread holds.
    static func remove(from thread: inout ExtractedThread) {
        thread.mapURLs(strip)
    }

    /// `url` without its tracking parameters; the other parameters keep their order and form, the
    /// fragment stays, and a query left empty goes with its `?`. Cut as UTF-8 bytes at the ASCII
    /// marks: every address of a thread passes here, and most have no query at all.
    static func strip(_ url: String) -> String {
        let bytes = url.utf8
        let fragmentStart = bytes.firstIndex(of: 0x23) ?? bytes.endIndex
        guard let question = bytes[..<fragmentStart].firstIndex(of: 0x3F) else { return url }
        let parameters = url[bytes.index(after: question)..<fragmentStart].utf8
            .split(separator: 0x26, omittingEmptySubsequences: false).map { Substring($0) }
        let kept = parameters.filter { !isTracking($0) }
        guard kept.count < parameters.count else { return url }
        let head = url[..<question]
        let fragment = url[fragmentStart...]
        return kept.isEmpty ? String(head + fragment) : head + "?" + kept.joined(separator: "&") + fragment
    }

    private static func isTracking(_ parameter: Substring) -> Bool {
        let name = Substring(parameter.utf8.prefix { $0 != 0x3D }).lowercased()
        return names.contains(Substring(name)) || prefixes.contains { name.hasPrefix($0) }
    }
}
