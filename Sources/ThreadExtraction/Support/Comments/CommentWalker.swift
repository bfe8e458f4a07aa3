import HTMLDOM
import ThreadModel

/// Reads comments as any `CommentMarkup` describes them: one pre-order pass over the thread's
/// region finds the items and gives every other element to the innermost item that encloses it,
/// so each item's fields are read from its own elements without walking its replies again. The
/// cost grows with the page, not with the square of the number of comments.
///
/// Threading comes from containment (a reply inside its parent's element); where no item encloses
/// another and the description names depth classes every item states, from those (inferred).
struct CommentWalker {
    let page: Page
    let markup: CommentMarkup

    /// One item as the pass found it.
    struct Item {
        /// The outermost element of the comment.
        let element: Node
        /// The number its id carries, where it has one.
        var number: String?
        /// The element and every other element that carries its number (`li#li-comment-5` and the
        /// `div#comment-5` inside it), in document order.
        var group: [Node]
        /// The item that encloses this one, by index.
        let container: Int?
        /// The elements below `element` that belong to it rather than to a nested item, pre-order,
        /// and its followers with the elements below them (indices, as a page's items hold most
        /// of its elements). In a `Result`, only the first item keeps its scope: the others are let
        /// go once their comments are read, and the first is where an engine whose thread opens
        /// with the post reads what else the post carries (its tags, its place in the thread).
        var scope: NodeList
        /// The elements after `element` that belong to it, as the description's `followers`.
        var followers: [Node] = []
        /// Nothing inside is looked at for items (an unnumbered ping).
        let isLeaf: Bool
    }

    /// What the walk found: the comments, and the items they were read from, index for index;
    /// the count the page declares, where the description says where it is.
    struct Result {
        var items: [Item]
        var comments: [Comment]
        var declaredCount: Int?

        /// The outermost element of each comment, in document order.
        var elements: [Node] { items.map(\.element) }
    }

    /// Reads the comments below `root` (the description's region inside it, if it names one).
    func read(in root: Node) -> Result {
        let region = markup.region.flatMap { root.first($0) } ?? (markup.region == nil ? root : nil)
        var items = region.map(items(in:)) ?? []
        let comments = comments(of: &items)
        return Result(items: items, comments: comments, declaredCount: declaredCount(firstItem: items.first?.element))
    }

    /// The count the page states where the description's sources say.
    private func declaredCount(firstItem: Node?) -> Int? {
        let page = page.body ?? page.root
        return markup.counts.lazy.compactMap { $0.count(in: page, firstItem: firstItem) }.first
    }

    // MARK: The pass

    func items(in region: Node) -> [Item] {
        var items: [Item] = []
        var open: [Int] = []
        var indexByNumber: [String: Int] = [:]
        // The follower being read and its item: everything inside it is the item's.
        var following: (root: Node, item: Int)?
        var walker = region.descendants.makeIterator()
        while let node = walker.next() {
            while let top = open.last, !items[top].element.contains(node) { open.removeLast() }
            if let current = following, !current.root.contains(node) { following = nil }
            if markup.skipped.matches(node) || ((following != nil || !open.isEmpty) && markup.hidden.matches(node)) {
                walker.skipChildren()
                continue
            }
            if let owner = following?.item ?? open.last.flatMap({ items[$0].isLeaf ? $0 : nil }) {
                items[owner].scope.append(node)
                continue
            }
            if let last = items.indices.last, markup.followers.matches(node),
                node.previousElementSibling == items[last].followers.last ?? items[last].element
            {
                items[last].followers.append(node)
                items[last].scope.append(node)
                following = (node, last)
                continue
            }
            var opened: (number: String?, isLeaf: Bool)?
            if let pattern = markup.id {
                if let number = pattern.number(of: node) {
                    if let index = indexByNumber[number] {
                        items[index].group.append(node)
                    } else if markup.item.matches(node), !markup.anchor.matches(node) {
                        opened = (number, false)
                    } else if markup.numberedInside, let top = open.last, items[top].number == nil {
                        items[top].number = number
                        indexByNumber[number] = top
                        items[top].group.append(node)
                    }
                } else if markup.wrapper.matches(node),
                    let number = node.elementChildren.lazy.compactMap({ child -> String? in
                        guard let number = pattern.number(of: child), indexByNumber[number] == nil,
                            markup.item.matches(child), !markup.anchor.matches(child)
                        else { return nil }
                        return number
                    }).first
                {
                    opened = (number, false)
                } else if markup.unnumbered.matches(node), node.first(where: { pattern.number(of: $0) != nil }) == nil {
                    opened = (nil, true)
                } else if !markup.requiresNumber, markup.item.matches(node) {
                    opened = (nil, false)
                }
            } else if markup.item.matches(node) {
                opened = (nil, false)
            }
            guard let opened else {
                if let top = open.last { items[top].scope.append(node) }
                continue
            }
            if let number = opened.number { indexByNumber[number] = items.count }
            open.append(items.count)
            items.append(Item(element: node, number: opened.number, group: [node], container: open.dropLast().last,
                    scope: NodeList(of: node.document), isLeaf: opened.isLeaf))
        }
        // Each scope grew by doubling, so up to half of it is spare room: given back, as every
        // scope lives as long as the comments.
        for index in items.indices { items[index].scope.shrinkToFit() }
        return items
    }

    // MARK: Comments

    /// Lets go of every item's scope but the first once its comment is read (see `Item.scope`).
    private func comments(of items: inout [Item]) -> [Comment] {
        let elements = NodeSet(items.lazy.map(\.element), of: page.document)
        // Items a description does not number are numbered as the structural reader numbers blocks.
        let ids = markup.id == nil ? BlockIdentity.ids(of: items.map(\.element)) : numbers(of: items)
        // Each item's fields are read into its comment and let go: they hold the item's scope and
        // the description, and keeping every item's until the last was read held several times
        // the comments themselves. Comments are placed in the thread once all are read.
        var comments: [Comment] = []
        comments.reserveCapacity(items.count)
        var replyTargets: [String?] = []
        var authorLines: Set<String> = []
        for index in items.indices {
            let fields = CommentItemFields(page: page, markup: markup, item: items[index], nested: elements)
            let date = fields.date
            let kind = fields.kind
            comments.append(
                Comment(
                    id: ids[index], parentId: nil, depth: 0, kind: kind, author: fields.author, published: date.published,
                    publishedText: date.text, url: fields.permalink, isByPostAuthor: fields.isByPostAuthor, title: fields.title,
                    parentInferred: false, body: fields.body))
            replyTargets.append(fields.replyTarget)
            if kind == .comment, let line = fields.authorLine { authorLines.insert(line) }
            // The scopes together take about as much as the tree's own nodes: each is given back
            // while the comments, which outlive the tree, are still being read.
            if index > 0 { items[index].scope = NodeList(of: page.document) }
        }
        let (parents, inferred) = threading(of: items, replyTargets: replyTargets, permalinks: comments.map(\.url))
        for index in items.indices {
            if markup.answer.matches(items[index].element), let answered = items[index].container {
                // The post author's answer printed inside a comment: a reply to it, named after it.
                comments[index].id = comments[answered].id + "-reply"
                comments[index].parentId = comments[answered].id
                comments[index].depth = comments[answered].depth + 1
                comments[index].isByPostAuthor = true
            } else if let parent = parents[index] {
                comments[index].parentId = comments[parent].id
                comments[index].depth = comments[parent].depth + 1
                comments[index].parentInferred = inferred
            }
        }
        // Names are worked out once each, not once a comment: a page's names repeat.
        let labels = ThemeLabels(lines: authorLines)
        var unlabelled: [String: String] = [:]
        for comment in comments where comment.kind == .comment {
            if let name = comment.author?.name, unlabelled[name] == nil { unlabelled[name] = labels.stripping(name) }
        }
        let bare = CommentVocabulary.strippingSharedAffixes(Set(unlabelled.values))
        for index in comments.indices where comments[index].kind == .comment {
            if let name = comments[index].author?.name, let unlabelled = unlabelled[name] {
                comments[index].author?.name = bare[unlabelled]
            }
        }
        return comments
    }

    /// Each item's number, else `c1`, `c2`… by its place among the items; an inline answer is not
    /// counted, it is named after the comment it answers.
    private func numbers(of items: [Item]) -> [String] {
        var place = 0
        return items.map { item in
            if markup.answer.matches(item.element), item.container != nil { return "" }
            place += 1
            return item.number ?? "c\(place)"
        }
    }

    /// Each item's parent by index, and whether the parents were inferred rather than read: a
    /// stated parent that is an earlier item, else the enclosing item, else stated depths.
    private func threading(of items: [Item], replyTargets: [String?], permalinks: [String?]) -> (parents: [Int?], inferred: Bool) {
        var parents = items.map(\.container)
        if let target = markup.replyTarget {
            let byPermalink = if case .permalink = target { true } else { false }
            var indexByKey: [String: Int] = [:]
            for (index, item) in items.enumerated() {
                guard let key = byPermalink ? permalinks[index] : item.number, indexByKey[key] == nil else { continue }
                indexByKey[key] = index
            }
            for index in items.indices {
                if let target = replyTargets[index], let parent = indexByKey[target], parent < index {
                    parents[index] = parent
                }
            }
        }
        guard parents.allSatisfy({ $0 == nil }) else { return (parents, false) }
        let elements = items.map(\.element)
        for source in markup.depths {
            let stated = source.depths(of: elements)
            guard !stated.contains(where: { $0 == nil }) else { continue }
            let depths = stated.map { $0 ?? 1 }
            return depths.contains { $0 > 1 } ? (CommentNesting.parents(depths: depths), source.isInference) : (parents, false)
        }
        return (parents, false)
    }
}
