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

    /// The thread with tracking parameters removed from every address it holds.
    static func stripped(from thread: ExtractedThread) -> ExtractedThread {
        thread.mappingURLs(strip)
    }

    /// `url` without its tracking parameters; the other parameters keep their order and form, the
    /// fragment stays, and a query left empty goes with its `?`.
    static func strip(_ url: String) -> String {
        let fragmentStart = url.firstIndex(of: "#") ?? url.endIndex
        guard let question = url[..<fragmentStart].firstIndex(of: "?") else { return url }
        let query = url[url.index(after: question)..<fragmentStart]
        let parameters = query.split(separator: "&", omittingEmptySubsequences: false)
        let kept = parameters.filter { !isTracking($0) }
        guard kept.count < parameters.count else { return url }
        let head = url[..<question]
        let fragment = url[fragmentStart...]
        return kept.isEmpty ? String(head + fragment) : head + "?" + kept.joined(separator: "&") + fragment
    }

    private static func isTracking(_ parameter: Substring) -> Bool {
        let name = (parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").lowercased()
        return names.contains(Substring(name)) || prefixes.contains { name.hasPrefix($0) }
    }
}
