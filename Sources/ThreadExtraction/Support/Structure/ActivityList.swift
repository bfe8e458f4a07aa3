import HTMLDOM
import ThreadModel

/// Lists of what people did with a post (Tumblr's notes: "X likes this", "X reblogged this from
/// Y", "X said: …", "X reblogged this from Y and added: …"): items of one shape, each a line that
/// holds a person's link and a few words of the theme's. An item whose only words are that line's
/// is an action, not a discussion; an item with words of its own beyond the line is a comment or,
/// where its words are all a link to a page elsewhere, that page linking here (a trackback).
enum ActivityList {
    /// The words an item has of its own.
    struct Words {
        /// The outermost element that holds them.
        let element: Node
        /// The link to a page elsewhere that is all the words, where they are that page's.
        let linkAway: Node?
    }

    /// The items with words of their own, by index, where every item is a person's line and most
    /// carry nothing else; nil where the records are not such a list.
    static func wordedItems(_ records: [Node]) -> [Int: Words]? {
        guard records.count >= 3 else { return nil }
        var worded: [Int: Words] = [:]
        for (index, record) in records.enumerated() {
            guard let person = record.descendants.prefix(40).first(where: StructureSurvey.isPicturedName),
                let line = person.parent, line != record
            else { return nil }
            if let element = ownWords(in: record, line: line).first { worded[index] = Words(element: element, linkAway: linkAway(element)) }
        }
        guard !worded.isEmpty, worded.count * 2 < records.count else { return nil }
        return worded
    }

    /// The elements that show words outside the person's line, and those inside it that are not
    /// its links (a reply's text set in the line, after "said:"); the line's own loose words and
    /// its links (the names) are the action.
    private static func ownWords(in node: Node, line: Node) -> [Node] {
        var found: [Node] = []
        for child in node.elementChildren {
            if child == line {
                found += line.elementChildren.filter { !$0.is("a") && $0.hasVisibleText }
            } else if child.contains(line) {
                found += ownWords(in: child, line: line)
            } else if child.hasVisibleText {
                found.append(child)
            }
        }
        return found
    }

    /// The comments read from a list's items that are its records, numbered among themselves;
    /// an item whose words are another page's is that page's trackback, its link the permalink.
    static func comments(
        _ comments: [Comment], elements: [Node], records: [Node], words: [Words], page: Page
    ) -> (comments: [Comment], elements: [Node]) {
        var kept: [Comment] = []
        var keptElements: [Node] = []
        let index = Dictionary(uniqueKeysWithValues: records.enumerated().map { ($1, $0) })
        for (comment, element) in zip(comments, elements) {
            guard let record = index[element] else { continue }
            var comment = comment
            if let link = words[record].linkAway {
                comment.kind = .trackback
                comment.url = page.resolve(link["href"])
            }
            kept.append(comment)
            keptElements.append(element)
        }
        let ids = BlockIdentity.ids(of: keptElements)
        let renamed = Dictionary(uniqueKeysWithValues: zip(kept.map(\.id), ids))
        for position in kept.indices {
            kept[position].id = ids[position]
            kept[position].parentId = kept[position].parentId.flatMap { renamed[$0] }
        }
        return (kept, keptElements)
    }

    /// The one link that shows all of `element`'s words, where it leads to another page.
    private static func linkAway(_ element: Node) -> Node? {
        let links = element.is("a") ? [element] : element.descendants.filter { $0.is("a") }
        guard links.count == 1, let link = links.first, let href = link["href"], !href.hasPrefix("#"),
            link.visibleText == element.visibleText
        else { return nil }
        return link
    }
}
