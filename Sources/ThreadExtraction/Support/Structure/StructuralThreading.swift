import HTMLDOM
import ThreadModel

/// Threading of records whose markup does not nest replies inside their parents, inferred from
/// what the page shows instead, in this order: a replies container right after its parent
/// record; levels the records state (`data-depth`, `level-3`); indentation (a `margin-left` or
/// `padding-left`, a spacer image's width); a class only replies carry; a link to the replied-to
/// record (`#comment-123`). Every parent found so is marked inferred.
enum StructuralThreading {
    /// Class words of the marker that flat-listed replies carry and top-level records do not.
    static let replyMarkerFragments = ["sub", "child", "reply", "answer", "nested", "indent", "response"]

    /// The parents of `records` (document order) where containment gave none, or nil.
    static func parents(of records: [Node], region: Node) -> [Int?]? {
        guard records.count > 1 else { return nil }
        let index = Dictionary(records.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        if let parents = repliesBeside(records, index: index, region: region) { return parents }
        if let depths = statedDepths(of: records) ?? indentation(of: records, region: region) ?? markedDepths(of: records) {
            return CommentNesting.parents(depths: depths)
        }
        return replyLinks(records, index: index)
    }

    /// A reply that links to an earlier reply under the same parent answers that reply: widgets
    /// that nest one level print a reply to a reply beside it, with a "replied to" line linking to
    /// the anchor of the one it answers (`#comments-4f2a` for the block holding `id=4f2a`).
    static func answeredSiblings(_ records: [Node], comments: inout [Comment]) {
        guard records.count > 2, comments.contains(where: { $0.parentId != nil }) else { return }
        var anchors: [String: Int] = [:]
        for (position, record) in records.enumerated() {
            for node in [record] + record.descendants.prefix(8) {
                if let id = node.id, !id.isEmpty, anchors[id] == nil { anchors[id] = position }
            }
        }
        let index = Dictionary(records.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for position in records.indices {
            guard let parent = comments[position].parentId else { continue }
            var walker = records[position].descendants.makeIterator()
            var seen = 0
            while let node = walker.next(), seen < 200 {
                seen += 1
                // Nested records speak for themselves; a quote's link is no reply.
                if index[node] != nil || node.is("blockquote") {
                    walker.skipChildren()
                    continue
                }
                guard node.is("a"), let fragment = node["href"]?.addressFragment.map(String.init) else { continue }
                let named = anchors[fragment] ?? fragment.lastIndex(where: { $0 == "-" || $0 == "_" }).flatMap {
                    anchors[String(fragment[fragment.index(after: $0)...])]
                }
                guard let target = named, target < position, comments[target].parentId == parent else { continue }
                comments[position].parentId = comments[target].id
                comments[position].depth = comments[target].depth + 1
                comments[position].parentInferred = true
                break
            }
        }
    }

    /// Applies inferred parents to the walker's comments, index for index.
    static func apply(_ parents: [Int?], to comments: inout [Comment]) {
        for (position, parent) in parents.enumerated() {
            comments[position].parentId = parent.map { comments[$0].id }
            comments[position].depth = parent.map { comments[$0].depth + 1 } ?? 0
            comments[position].parentInferred = parent != nil
        }
    }

    /// A record inside a container that follows another record as its next sibling (`<div
    /// class=comment>…</div><div class=replies>…</div>`) replies to that record.
    private static func repliesBeside(_ records: [Node], index: [Node: Int], region: Node) -> [Int?]? {
        var parents: [Int?] = []
        for record in records {
            var parent: Int?
            var node = record
            while let up = node.parent, up != region {
                if let previous = up.previousElementSibling, let found = index[previous] {
                    parent = found
                    break
                }
                node = up
            }
            parents.append(parent)
        }
        return parents.contains { $0 != nil } ? parents : nil
    }

    /// Levels written on each record (`data-indent="2"`, `level-3`), counted from 1.
    private static func statedDepths(of records: [Node]) -> [Int]? {
        for attribute in ["data-indent", "data-depth", "data-level", "indent"] {
            if let depths = normalised(records.map { $0[attribute].flatMap { Int($0) } }) { return depths }
        }
        let prefixes = records.map { record in
            Set(record.classes.compactMap { token -> String? in
                let prefix = token.prefix { !$0.isASCIIDigit }
                return prefix.count < token.count && !prefix.isEmpty && Int(token.dropFirst(prefix.count)) != nil
                    ? String(prefix) : nil
            })
        }
        for prefix in prefixes.dropFirst().reduce(prefixes[0], { $0.intersection($1) }).sorted() {
            if let depths = normalised(records.map { $0.classNumber(prefix: prefix) }) { return depths }
        }
        return nil
    }

    /// Indentation in pixels: the record's own `margin-left`/`padding-left`, that of a wrapper
    /// around it inside the region (a list whose records each sit in a box of their own), or the
    /// width of a spacer image at its start (Hacker News-style tables), ranked into levels.
    private static func indentation(of records: [Node], region: Node) -> [Int]? {
        let indents = records.map { indent(of: $0, region: region) }
        guard indents.allSatisfy({ $0 != nil }) else { return nil }
        let levels = Array(Set(indents.compactMap { $0 })).sorted()
        guard levels.count > 1 else { return nil }
        return indents.map { levels.firstIndex(of: $0!)! + 1 }
    }

    private static func indent(of record: Node, region: Node) -> Int? {
        if let pixels = leftIndent(record["style"]) { return pixels }
        for wrapper in record.ancestors.prefix(while: { $0 != region }) {
            if let pixels = leftIndent(wrapper["style"]) { return pixels }
        }
        var walker = record.descendants.makeIterator()
        var seen = 0
        while let node = walker.next(), seen < 12 {
            seen += 1
            if let pixels = leftIndent(node["style"]), pixels > 0 { return pixels }
            // A spacer: an image one pixel high, or with no picture, as wide as the indent.
            if node.is("img"), let width = node["width"].flatMap({ Int($0) }),
                node["height"].flatMap({ Int($0) }).map({ $0 <= 1 }) ?? (node["src"] == nil)
            {
                return width
            }
        }
        return 0
    }

    /// The pixels of `margin-left` or `padding-left` in a style attribute.
    private static func leftIndent(_ style: String?) -> Int? {
        guard let style = style?.lowercased() else { return nil }
        for property in ["margin-left", "padding-left"] {
            guard let range = style.firstRange(of: property + ":") else { continue }
            let value = style[range.upperBound...].drop { $0 == " " }.prefix { $0.isNumber }
            if let pixels = Int(value) { return pixels }
        }
        return nil
    }

    /// Levels from 1, where they read as levels: a discussion starts at its top level, so
    /// numbers whose first is not the least are something else (phpBB's `bg2`/`bg1` stripes).
    private static func normalised(_ values: [Int?]) -> [Int]? {
        let known = values.compactMap { $0 }
        guard known.count == values.count, let low = known.min(), let high = known.max(), high > low, known[0] == low
        else { return nil }
        return known.map { $0 - low + 1 }
    }

    /// Replies printed as siblings with an extra class (`comment-sub`): one level below the
    /// nearest record before them without it.
    private static func markedDepths(of records: [Node]) -> [Int]? {
        let firstTokens = Set(records[0].classes)
        for record in records.dropFirst() {
            for token in record.classes where !firstTokens.contains(token) {
                let lower = token.lowercased()
                guard replyMarkerFragments.contains(where: { lower.containsBytes($0) }) else { continue }
                return records.map { $0.classes.contains(token) ? 2 : 1 }
            }
        }
        return nil
    }

    /// A link inside a record to an earlier record's anchor (`#comment-123`) names its parent.
    private static func replyLinks(_ records: [Node], index: [Node: Int]) -> [Int?]? {
        var byAnchor: [String: Int] = [:]
        for (position, record) in records.enumerated() {
            if let id = record.id { byAnchor[id] = position }
        }
        guard !byAnchor.isEmpty else { return nil }
        var parents: [Int?] = []
        for (position, record) in records.enumerated() {
            var parent: Int?
            var walker = record.descendants.makeIterator()
            var seen = 0
            while let node = walker.next(), seen < 200 {
                seen += 1
                if index[node] != nil { break }
                // A quote's link to the quoted record (phpBB's `blockquote > cite`) is no reply.
                if node.is("blockquote") {
                    walker.skipChildren()
                    continue
                }
                guard node.is("a"), let fragment = node["href"]?.addressFragment else { continue }
                if let target = byAnchor[String(fragment)], target < position {
                    parent = target
                    break
                }
            }
            parents.append(parent)
        }
        return parents.contains { $0 != nil } ? parents : nil
    }
}
