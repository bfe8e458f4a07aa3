import HTMLDOM
import ThreadModel

/// Reads where a page stands among the pages of its discussion: its number, and the addresses
/// of the next and previous pages where it links them.
///
/// A link is to another page of the same discussion when its address, with the page number
/// split off (`PageNumbering`), is this page's: that tells a comment page apart from the next
/// post, which `rel="next"` also marks on many blogs.
enum PaginationReader {
    /// `comments`: the comments read from this page.
    static func pagination(of page: Page, comments: [Comment]) -> Pagination? {
        guard let url = page.metadata.url else { return nil }
        let here = PageNumbering.split(url)
        var numbered: [Int: String] = [:]
        var unnumbered: String?
        var next: String?
        var previous: String?
        /// What links' numbers say minus what their addresses say: 1 throughout where addresses
        /// count pages from 0 (Drupal's `?page=1` is the second page).
        var shifts = Set<Int>()
        var links: [(node: Node, target: String, split: PageNumbering.Split)] = []
        // Where this page's address states no number, only a link whose address does can be to
        // another page of it; a relative link's address is made of its own text and the base's.
        let numberedOnly = here.order == nil && !(page.metadata.baseURL.map(PageNumbering.mayNumber) ?? false)
        for node in page.root.descendants(carrying: "href") {
            guard node.is("a") || node.is("link"), let href = node["href"], !href.hasPrefix("#"),
                !numberedOnly || PageNumbering.mayNumber(href), let resolved = page.resolve(href)
            else { continue }
            // Links of a web-archive copy point into the archive; this page's address is unwrapped.
            let target = URLResolver.unwrapArchived(resolved)
            let there = PageNumbering.split(target)
            if there.thread == here.thread, there.order != here.order { links.append((node, target, there)) }
        }
        // The comments' addresses that a link names: a page may hold hundreds of thousands of
        // comments, and a handful of links.
        let targets = Set(links.map(\.target))
        let permalinks = targets.isEmpty ? [] : Set(comments.lazy.compactMap { $0.url.map(URLResolver.unwrapArchived) }.filter(targets.contains))
        var ownNumber: Int?
        for (node, target, there) in links {
            // The permalink of a comment shown here names this very page.
            if permalinks.contains(target) {
                ownNumber = ownNumber ?? there.page
                continue
            }
            let rel = node["rel"]?.lowercased().split(separator: " ") ?? []
            if rel.contains("next") {
                next = next ?? target
            } else if rel.contains("prev") || rel.contains("previous") {
                previous = previous ?? target
            }
            if let number = there.page {
                if numbered[number] == nil { numbered[number] = target }
                let text = node.visibleText.collapsingWhitespace
                if node.is("a"), !text.isEmpty, text.allSatisfy(\.isASCII), let shown = Int(text) { shifts.insert(shown - number) }
            } else if there.order == nil {
                unnumbered = unnumbered ?? target
            }
        }
        if shifts == [1] {
            numbered = Dictionary(uniqueKeysWithValues: numbered.map { ($0.key + 1, $0.value) })
        }
        // The discussion's own address is its first page where no other address is page 1 (where
        // one is, the own address is some other page, such as WordPress's newest page: unknown).
        let ownAddressIsFirst = numbered[1] == nil
        if ownAddressIsFirst, let unnumbered { numbered[1] = unnumbered }
        let linkedAsNeighbour = next.flatMap { PageNumbering.split($0).page }.map { $0 - 1 }
            ?? previous.flatMap { PageNumbering.split($0).page }.map { $0 + 1 }
        let number = (here.page ?? ownNumber).map { shifts == [1] ? $0 + 1 : $0 } ?? shownCurrent(page)
            ?? linkedAsNeighbour.map { shifts == [1] ? $0 + 1 : $0 }
            ?? (here.order == nil && ownAddressIsFirst && !numbered.isEmpty ? 1 : nil)
        if let number {
            next = next ?? numbered[number + 1]
            previous = previous ?? numbered[number - 1]
        }
        guard next != nil || previous != nil else { return nil }
        return Pagination(page: number, nextURL: next, previousURL: previous)
    }

    /// The number a pager shows as the current page (`aria-current="page"`, WordPress's
    /// `current page-numbers`); looked for only on pages that use either.
    private static func shownCurrent(_ page: Page) -> Int? {
        guard page.signals.attributeNames.contains("aria-current")
            || (page.signals.hasClass("current") && page.signals.hasClass("page-numbers"))
        else { return nil }
        return page.root.descendants.lazy
            .filter { $0["aria-current"] == "page" || ($0.hasClass("current") && $0.hasClass("page-numbers")) }
            .compactMap { Int($0.visibleText.filter(\.isNumber)) }.first
    }
}
