#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ThreadExtraction

/// Joins the pages of one discussion — comment pages 2…n, a forum's later pages, several
/// captures of the same page made at different times — into one thread.
///
/// Pages belong together when their addresses, page numbers split off, are the same
/// (`PageNumbering`). Comments are told apart by their platform id, else by author, date and
/// text; each appears once, replies under their parents, in the order of page, then capture,
/// then position. A comment an earlier capture shows and the latest capture of its page no
/// longer does is kept and flagged `removedLater`.
enum ThreadMerger {
    /// `pages` in input order, each with the output name of its result; one thread per
    /// discussion, in the order each was first met, named after its first page.
    static func merge(_ pages: [(thread: ExtractedThread, outputName: String)]) -> [(ExtractedThread, String)] {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, page) in pages.enumerated() {
            // A page with no address is a discussion of its own.
            let key = page.thread.source.url.map { PageNumbering.split($0).thread } ?? "\u{0}\(index)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        return order.map { key in
            let members = groups[key]!.map { MergedPage(thread: pages[$0].thread, input: $0) }.sorted()
            return (merged(members), pages[groups[key]![0]].outputName)
        }
    }

    private static func merged(_ pages: [MergedPage]) -> ExtractedThread {
        guard pages.count > 1 else { return pages[0].thread }
        var thread = pages.first { $0.thread.post != nil }?.thread ?? pages[0].thread
        var union = CommentUnion()
        for page in pages { union.add(page) }
        // What the latest capture of each page still shows.
        let latest = Dictionary(grouping: pages, by: \.number).compactMapValues(\.last)
        var shown = Set<String>()
        for page in latest.values {
            for comment in page.thread.comments { shown.insert(CommentUnion.key(of: comment)) }
        }
        let recaptured = Set(Dictionary(grouping: pages, by: \.number).filter { $0.value.count > 1 }.keys)
        thread.comments = union.comments.map { entry in
            var comment = entry.comment
            comment.removedLater = recaptured.contains(entry.page) && !shown.contains(entry.key)
            return comment
        }
        let newest = pages.max { $0.savedInstant < $1.savedInstant }!
        thread.source.savedAt = newest.thread.source.savedAt
        thread.pagination = nil
        thread.declaredCommentCount = newest.thread.declaredCommentCount
            ?? pages.compactMap(\.thread.declaredCommentCount).max()
        thread.diagnostics = diagnostics(of: pages, merged: thread)
        return thread
    }

    /// Each page's own findings once, except those the union answers: its count check and its
    /// note that comments go on elsewhere, checked again over the union.
    private static func diagnostics(of pages: [MergedPage], merged thread: ExtractedThread) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for diagnostic in pages.flatMap(\.thread.diagnostics)
        where diagnostic.code != .countMismatch && diagnostic.code != .commentsPaginated && !found.contains(diagnostic) {
            found.append(diagnostic)
        }
        let present = thread.comments.filter { !$0.removedLater }.count
        if let declared = thread.declaredCommentCount, declared != present {
            found.append(Diagnostic(
                .countMismatch,
                "the pages state \(declared) comments but \(present) are in the \(pages.count) pages merged"))
        }
        // Pages told apart by what their addresses number, whatever they count from.
        let given = Set(pages.map { $0.thread.source.url.flatMap { PageNumbering.split($0).order } })
        let linked = pages.compactMap(\.thread.pagination).flatMap { [$0.nextURL, $0.previousURL] }.compactMap { $0 }
        if let missing = linked.first(where: { !given.contains(PageNumbering.split($0).order) }) {
            found.append(Diagnostic(.commentsPaginated, "the comments go on at \(missing), which is not among the pages merged"))
        }
        return found
    }
}

/// One page of a merge, ordered by page number, then capture time, then input order.
private struct MergedPage: Comparable {
    var thread: ExtractedThread
    var input: Int

    var number: Int {
        thread.pagination?.page ?? thread.source.url.flatMap { PageNumbering.split($0).order } ?? 1
    }

    /// Seconds since 1970 of `source.savedAt`; pages that do not say sort first.
    var savedInstant: Double {
        guard let date = thread.source.savedAt else { return -.infinity }
        var components = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: date.time?.hour ?? 0,
            minute: date.time?.minute ?? 0, second: date.time?.second ?? 0)
        components.timeZone = TimeZone(secondsFromGMT: (date.utcOffsetMinutes ?? 0) * 60)
        return Calendar(identifier: .gregorian).date(from: components)?.timeIntervalSince1970 ?? -.infinity
    }

    static func < (a: MergedPage, b: MergedPage) -> Bool {
        (a.number, a.savedInstant, a.input) < (b.number, b.savedInstant, b.input)
    }

    static func == (a: MergedPage, b: MergedPage) -> Bool { a.input == b.input }
}

/// The comments of several pages, each once, replies kept under their parents.
private struct CommentUnion {
    struct Entry {
        var comment: Comment
        var key: String
        /// The number of the page it was first seen on.
        var page: Int
    }

    private(set) var comments: [Entry] = []
    private var indexByKey: [String: Int] = [:]
    private var syntheticCount = 0

    /// A comment's identity across pages: the platform's id, else what it says and who said it
    /// when. Ids made from document order (`c1`, `c2`) are no identity: every page has a `c1`.
    static func key(of comment: Comment) -> String {
        if !isSynthetic(comment.id) { return "id:" + comment.id }
        return ["", comment.author?.name ?? "", comment.published?.rfc3339 ?? comment.publishedText ?? "", PlainTextRenderer.render(comment.body)]
            .joined(separator: "\u{1F}")
    }

    static func isSynthetic(_ id: String) -> Bool {
        id.count > 1 && id.first == "c" && id.dropFirst().allSatisfy(\.isASCII) && Int(id.dropFirst()) != nil
    }

    mutating func add(_ page: MergedPage) {
        // This page's ids to the merged ones, for its replies' parents.
        var merged: [String: String] = [:]
        for comment in page.thread.comments {
            let key = Self.key(of: comment)
            if let index = indexByKey[key] {
                merged[comment.id] = comments[index].comment.id
                continue
            }
            var copy = comment
            if Self.isSynthetic(comment.id) {
                syntheticCount += 1
                copy.id = "c\(syntheticCount)"
            }
            merged[comment.id] = copy.id
            // A platform id names its comment on any page; a made-up one only on its own.
            copy.parentId = comment.parentId.flatMap { merged[$0] ?? (Self.isSynthetic($0) ? nil : $0) }
            insert(Entry(comment: copy, key: key, page: page.number))
        }
    }

    /// After the parent's last descendant where the parent is already in (a reply a later
    /// capture shows), else at the end: the list stays a pre-order walk of the reply tree.
    private mutating func insert(_ entry: Entry) {
        var entry = entry
        guard let parentId = entry.comment.parentId,
            let parent = comments.firstIndex(where: { $0.comment.id == parentId })
        else {
            entry.comment.parentId = nil
            entry.comment.depth = 0
            append(entry, at: comments.count)
            return
        }
        entry.comment.depth = comments[parent].comment.depth + 1
        var end = parent + 1
        while end < comments.count, comments[end].comment.depth > comments[parent].comment.depth { end += 1 }
        append(entry, at: end)
    }

    private mutating func append(_ entry: Entry, at position: Int) {
        comments.insert(entry, at: position)
        if position == comments.count - 1 {
            indexByKey[entry.key] = position
        } else {
            indexByKey = Dictionary(uniqueKeysWithValues: comments.enumerated().map { ($1.key, $0) })
        }
    }
}
