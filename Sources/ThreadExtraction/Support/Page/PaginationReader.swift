import HTMLDOM
import ThreadModel

/// Reads where a page stands among the pages of its discussion: its number, and the addresses
/// of the next and previous pages where it links them.
///
/// A link is to another page of the same discussion when its address, with the page number
/// split off (`PageNumbering`), is this page's: that tells a comment page apart from the next
/// post, which `rel="next"` also marks on many blogs.
enum PaginationReader {
    static func pagination(of page: Page) -> Pagination? {
        guard let url = page.metadata.url else { return nil }
        let here = PageNumbering.split(url)
        var numbered: [Int: String] = [:]
        var unnumbered: String?
        var next: String?
        var previous: String?
        var current: Int?
        var walker = page.root.descendants.makeIterator()
        while let node = walker.next() {
            if current == nil, node["aria-current"] == "page" || (node.hasClass("current") && node.hasClass("page-numbers")) {
                current = Int(node.visibleText.filter(\.isNumber))
            }
            guard node.is("a") || node.is("link"), let href = node["href"], let target = page.resolve(href) else { continue }
            let there = PageNumbering.split(target)
            guard there.thread == here.thread, there.order != here.order else { continue }
            let rel = node["rel"]?.lowercased().split(separator: " ") ?? []
            if rel.contains("next") {
                next = next ?? target
            } else if rel.contains("prev") || rel.contains("previous") {
                previous = previous ?? target
            }
            if let number = there.page {
                if numbered[number] == nil { numbered[number] = target }
            } else if there.order == nil {
                unnumbered = unnumbered ?? target
            }
        }
        // The discussion's own address is its first page, unless the first is numbered too:
        // then it is the last (WordPress set to show the newest comments first).
        if let unnumbered {
            let number = numbered[1] == nil ? 1 : (numbered.keys.max() ?? 0) + 1
            numbered[number] = numbered[number] ?? unnumbered
        }
        let number = here.page ?? current
        if let number {
            next = next ?? numbered[number + 1]
            previous = previous ?? numbered[number - 1]
        }
        guard next != nil || previous != nil else { return nil }
        let inferred = number
            ?? previous.flatMap { PageNumbering.split($0).page }.map { $0 + 1 }
            ?? next.flatMap { PageNumbering.split($0).page }.map { $0 - 1 }
        return Pagination(page: inferred, nextURL: next, previousURL: previous)
    }
}
