// TEMPORARY STUB (replaced by the real resolver)
struct URLResolver: Sendable {
    let base: String?
    init(base: String?) { self.base = base }
    func resolve(_ reference: String) -> String? {
        let r = reference.collapsingWhitespace
        if r.lowercased().hasPrefix("javascript:") { return nil }
        if r.hasPrefix("http") { return URLResolver.unwrapArchived(r) }
        guard let base else { return nil }
        if r.hasPrefix("#") { return (base.split(separator: "#").first.map(String.init) ?? base) + r }
        return r
    }
    static func unwrapArchived(_ url: String) -> String {
        guard let r = url.range(of: "web.archive.org/web/") else { return url }
        let rest = url[r.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return url }
        return String(rest[rest.index(after: slash)...])
    }
}
