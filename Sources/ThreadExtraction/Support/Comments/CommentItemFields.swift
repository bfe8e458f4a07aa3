import HTMLDOM
import ThreadModel

/// The fields of one item, read as its description says from the elements that belong to it alone.
struct CommentItemFields {
    let page: Page
    let markup: CommentMarkup
    let item: CommentWalker.Item
    /// Every item's element: nested replies are not part of this one's text.
    let nested: NodeSet
    /// Where the text is: the first candidate that shows text and holds no chrome, else the first
    /// that shows text, else an empty one, else (where the description says so) the item's first
    /// element that is not a bare anchor; nil where the comment has no text.
    let bodyRoot: Node?
    /// Whether `bodyRoot` mixes the text with author, date or actions.
    let bodyHoldsChrome: Bool
    /// Where author, date and permalink are looked for: outside the text where the text has a
    /// wrapper of its own, else everywhere.
    let chromeScope: NodeList

    init(page: Page, markup: CommentMarkup, item: CommentWalker.Item, nested: NodeSet) {
        self.page = page
        self.markup = markup
        self.item = item
        self.nested = nested
        let tests = [markup.body] + markup.bodyAlternatives
        let candidates = tests.lazy.map { test in
            item.scope.filter { node in
                test.matches(node) && node.hasVisibleText
                    && !Self.ownAncestors(of: node, in: item).contains { ancestor in
                        markup.clutter.matches(ancestor) || (markup.textDropsChrome && CommentVocabulary.isChrome(ancestor))
                    }
            }
        }.first { !$0.isEmpty } ?? []
        let clean = candidates.first { $0.first(where: CommentVocabulary.isChrome) == nil }
        // An element named for the text that shows none is an empty text (a deleted comment).
        let empty = candidates.isEmpty ? item.scope.first { node in tests.contains { $0.matches(node) } && !node.hasVisibleText } : nil
        let fallback = markup.textFallsBackToItem ? item.group.first { !$0.is("a") } ?? item.element : nil
        bodyRoot = clean ?? candidates.first ?? empty ?? fallback
        bodyHoldsChrome = clean == nil
        let body = bodyRoot
        chromeScope = bodyHoldsChrome || body == nil ? item.scope : item.scope.filtered { !(body?.contains($0) ?? false) }
    }

    /// The ancestors of one of the item's elements below the item's element or its follower.
    private static func ownAncestors(of node: Node, in item: CommentWalker.Item) -> some Sequence<Node> {
        node.ancestors.lazy.prefix { $0 != item.element && !item.followers.contains($0) }
    }

    var kind: Comment.Kind {
        for node in item.group {
            if let marked = markup.kinds.first(where: { $0.test.matches(node) }) { return marked.kind }
        }
        return .comment
    }

    var isByPostAuthor: Bool {
        item.group.contains(where: markup.postAuthor.matches) || item.scope.contains(where: markup.postAuthorBadge.matches)
    }

    /// The first element the locators find, in their order.
    private func locate(
        _ locators: [Locator], text: (Node) -> String = \.visibleText, accepting accept: (Node) -> Bool = { _ in true }
    ) -> Node? {
        locateWithLine(locators, text: text, accepting: accept)?.found
    }

    /// The first element the locators find, and the element their test matched (the line around
    /// it, where the locator narrows to an element inside).
    private func locateWithLine(
        _ locators: [Locator], text: (Node) -> String, accepting accept: (Node) -> Bool = { _ in true }
    ) -> (found: Node, line: Node)? {
        for locator in locators {
            for node in locator.onItem ? NodeList(item.element) : locator.anywhere ? item.scope : chromeScope where locator.test.matches(node) {
                let found: Node?
                switch locator.inner {
                case .itself: found = node
                case .preferring(let test):
                    // A name element's first bold or link may wrap only a picture or a styled
                    // box; the one that shows the name is later (MyBB's avatar link, then `strong`).
                    let shown = locator.showingText ? node.first { test.matches($0) && !text($0).isEmpty } : nil
                    found = shown ?? node.first(test) ?? node
                case .requiring(let test): found = node.first(test)
                case .selfOrInside(let test): found = test.matches(node) ? node : node.first(test)
                }
                guard let found else { break }
                if locator.showingText, text(found).isEmpty { continue }
                guard accept(found) else { continue }
                return (found, node)
            }
        }
        return nil
    }

    private var authorLocation: (found: Node, line: Node)? {
        locateWithLine(kind == .comment ? markup.author : markup.pingAuthor, text: CommentVocabulary.nameText)
    }

    /// The text of the line the name is in, where the theme's labels ("Posted by:") show in every
    /// comment whether or not the name is a link.
    var authorLine: String? {
        authorLocation.map { CommentVocabulary.nameText($0.line) }?.nonEmptyCollapsed
    }

    /// The name as the element shows it; labels shared by every comment are removed by the walker.
    var author: Person? {
        let (name, href, picture) = personParts
        let person = Person(
            name: name, url: page.resolve(href), avatarURL: picture.flatMap { page.resolve(Self.imageSource($0)) })
        return person.name == nil && person.url == nil && person.avatarURL == nil ? nil : person
    }

    /// The commenter's name, the address their name links to, and their picture.
    private var personParts: (name: String?, href: String?, picture: Node?) {
        let element = authorLocation?.found
        // Microdata may state the name in a `content` attribute of an element that shows none.
        let name = element.map(CommentVocabulary.nameText)
            .map(CommentVocabulary.trimmingNamePunctuation)?.nonEmptyCollapsed ?? element?["content"]?.nonEmptyCollapsed
        // The author's link is the one that shows the name, not a permalink beside it: the name
        // element, a link inside it that shows the name, or the link around it.
        let link = element.flatMap { element in
            element.is("a")
                ? element
                : element.first { $0.is("a") && $0["href"] != nil && $0.hasVisibleText && name?.containsBytes($0.visibleText) == true }
                    ?? element.ancestors.prefix(2).first { $0.is("a") && $0["href"] != nil }
        }
        // Cloudflare rewrites an address it takes for an e-mail into a link to its protection
        // page: that link is not the commenter's.
        let href = link?["href"].flatMap { $0.containsBytes("/cdn-cgi/l/email-protection") ? nil : $0 }
        return (name, href, picture(name: name, href: href))
    }

    /// The commenter's picture: the description's avatar, else an image of the item whose alt text
    /// is the name or whose link goes where the name's does (a profile picture beside the name).
    private func picture(name: String?, href: String?) -> Node? {
        if let avatar = locate(markup.avatar) { return avatar }
        guard name != nil || href != nil else { return nil }
        return item.scope.first { node in
            // An icon beside the name (a link to the commenter's site) shows no one.
            guard node.is("img"), !CommentVocabulary.classContains(node, ["icon", "emoji", "smiley"]) else { return false }
            if let name, let alt = node["alt"], HTMLWhitespace.collapsing(alt) == name { return true }
            guard let href else { return false }
            return node.ancestors.prefix(4).contains { $0.is("a") && $0["href"] == href }
        }
    }

    /// The commenter's picture and the wrappers around it that show nothing else, where they sit
    /// in the text's element: the person's slot, never part of the text (its alt text is the name).
    private var pictureSlot: Node? {
        guard let root = bodyRoot, item.scope.contains(where: { $0.is("img") && root.contains($0) }),
            var slot = personParts.picture, root.contains(slot)
        else { return nil }
        while let parent = slot.parent, parent != root, !parent.hasVisibleText { slot = parent }
        return slot
    }

    /// A lazy-loading theme's real picture rather than its placeholder; none where the
    /// placeholder is all there is (Blogger's `blank.gif` for a commenter without a picture).
    private static func imageSource(_ image: Node) -> String? {
        let src = image["src"]
        if let src, !src.hasPrefix("data:"), !src.containsBytes("blank.gif") { return src }
        return image["data-src"] ?? image["data-lazy-src"]
    }

    struct DateReading {
        var published: PageDate?
        var text: String?
    }

    var date: DateReading {
        let language = page.metadata.language
        if !markup.instant.isEmpty {
            let instant = locate(markup.instant).flatMap(machineDate)
            let text = displayedDateText
            let displayed = text.flatMap { DisplayedDate.parse($0, language: language) }
            return DateReading(published: LocalTimeOffset.reconciled(instant: instant, displayed: displayed), text: text)
        }
        // Where the date must read as one, the reading that accepted the element is its reading.
        var accepted: DateReading?
        let dateElement = markup.datesMustRead
            ? locate(markup.date, accepting: { element in
                let shown = reading(element, language: language)
                accepted = shown
                return shown.published != nil
            })
            : locate(markup.date) ?? (markup.dateOnPermalink ? permalinkElement : nil)
        let found = dateElement.map { element in accepted ?? reading(element, language: language) } ?? DateReading()
        if found.published != nil || markup.dateEpochParameter != nil { return found }
        let text = found.text
        guard markup.looseDates else { return DateReading(published: nil, text: text) }
        return looseDate(language: language) ?? DateReading(published: nil, text: text)
    }

    /// The date as the comment shows it, where the instant is stated apart: the first date
    /// locator that finds an element decides (a joined one, only where its parts show text).
    private var displayedDateText: String? {
        for locator in markup.date {
            var text: String?
            if locator.joined {
                let parts = item.scope.filter { locator.test.matches($0) && !Self.ownAncestors(of: $0, in: item).contains(where: locator.test.matches) }
                text = parts.map(\.visibleText).filter { !$0.isEmpty }.joined(separator: " ")
                guard text?.isEmpty == false else { continue }
            } else {
                guard let element = locate([locator]) else { continue }
                text = element.visibleText.nonEmptyCollapsed
            }
            if markup.dateFollowsName, let name = author?.name, let shown = text, shown.hasPrefix(name) {
                text = String(shown.dropFirst(name.count).drop { !$0.isLetter && !$0.isNumber }).nonEmptyCollapsed
            }
            return text
        }
        return nil
    }

    /// What one date element says: the date, and the text it is displayed as.
    private func reading(_ element: Node, language: String?) -> DateReading {
        var text: String?
        if let attribute = markup.dateTextAttribute, let shown = element[attribute]?.nonEmptyCollapsed {
            text = shown
        } else if element.is("time"), let link = element.parent, link.is("a") {
            // A time inside the permalink: the link shows the whole date.
            text = link.visibleText.nonEmptyCollapsed
        } else {
            text = element.visibleText.nonEmptyCollapsed
        }
        let titled = element["title"].flatMap { DisplayedDate.parse($0, language: language) }
        // Read with a space between elements: `<span>28.09.19</span><span>13:39</span>` is a date and a time.
        let shown = element.is("time") && element.parent?.is("a") == true ? element.parent! : element
        let spaced = BlockRoles.spacedText(shown)
        let displayed = DisplayedDate.parse(spaced, language: language)
            ?? text.flatMap { $0.utf8.elementsEqual(spaced.utf8) ? nil : DisplayedDate.parse($0, language: language) }
        // A machine value that names another day than the element's own tooltip or text is
        // broken (Isso writes a zero-based month and the weekday for the day): readers see those.
        let machine = machineDate(of: element).flatMap { stated in
            (titled ?? displayed).map { DayDisagreement.disagree(shown: $0, stated: stated) } == true ? nil : stated
        }
        if let parameter = markup.dateEpochParameter {
            let instant = element["href"].flatMap { Self.epoch(after: parameter, in: $0) }.flatMap(MachineDate.fromEpoch)
            return DateReading(published: LocalTimeOffset.reconciled(instant: instant, displayed: displayed), text: text)
        }
        // A datetime attribute that holds only the day loses to a displayed date with a time.
        let published = [machine, titled, displayed].compactMap { $0 }.first { $0.time != nil } ?? machine ?? titled ?? displayed
        return DateReading(published: published, text: text)
    }

    /// The date an element states for machines: its `datetime`, microdata's `content`, or the
    /// microformats value pattern (an `abbr`'s `title`, a `value-title` child's `title`).
    private func machineDate(of element: Node) -> PageDate? {
        let named = markup.instantAttribute.flatMap { element[$0] }.map { String($0.prefix { $0 != "," }) }
        let stated = named ?? element["datetime"] ?? element["content"] ?? (element.is("abbr") ? element["title"] : nil)
            ?? element.first { $0.hasClass("value-title") }?["title"]
        guard var date = stated.flatMap(MachineDate.parse) else { return nil }
        if markup.unzonedInstantsAreUTC, date.time != nil, date.utcOffsetMinutes == nil { date.utcOffsetMinutes = 0 }
        return date
    }

    /// The digits after `parameter` in a link (`showComment=1614824142000`).
    private static func epoch(after parameter: String, in href: String) -> Int64? {
        guard let range = href.byteRange(of: parameter) else { return nil }
        return Int64(href[range.upperBound...].prefix { $0.isASCIIDigit })
    }

    /// Themes without a date element print the date in the author line or as bare text beside
    /// it ("<span class=author>…</span><br> März 7, 2018").
    private func looseDate(language: String?) -> DateReading? {
        // The separator before a bare date ("by NAME » DATE") is the byline's, not the date's.
        func withoutSeparator(_ text: String) -> String { String(text.drop { !$0.isLetter && !$0.isNumber && !"([{".contains($0) }) }
        // Texts too long to be a date are left out as they are found (`LooseDate` would skip them).
        let texts = chromeScope.lazy.flatMap { element in
            [element.visibleText(underBytes: LooseDate.longestText, trimmed: withoutSeparator)].compactMap { $0 }
                + element.children.filter { $0.kind == .text }.map { withoutSeparator($0.content.collapsingWhitespace) }
        }
        return LooseDate.shortest(in: texts, language: language, requiringTime: markup.looseDatesNeedTime)
            .map { DateReading(published: $0.date, text: $0.text) }
    }

    /// The link that is the comment's permalink.
    private var permalinkElement: Node? {
        if let number = item.number, !markup.permalinkSuffixes.isEmpty {
            let endings = markup.permalinkSuffixes.map { $0 + number }
            let link = chromeScope.first { node in
                node.is("a") && node["href"].map { href in endings.contains { href.hasSuffix($0) } } == true
            }
            if let link { return link }
        }
        return locate(markup.permalink)
    }

    var permalink: String? {
        if let link = permalinkElement { return page.resolve(link["href"] ?? link["content"]) }
        guard let prefix = markup.permalinkFragmentPrefix, let number = item.number else { return nil }
        return page.resolve("#" + prefix + number)
    }

    /// What the in-reply-to element says of the parent: its number, or its permalink's address.
    var replyTarget: String? {
        guard let target = markup.replyTarget, let element = locate(markup.inReplyTo) else { return nil }
        switch target {
        case .fragment(let pattern):
            guard let href = element["href"], let hash = href.lastIndex(of: "#") else { return nil }
            return pattern.number(in: String(href[href.index(after: hash)...]))
        case .number(let attribute):
            return element[attribute]
        case .permalink:
            return page.resolve(element["href"] ?? element.first { $0.is("a") }?["href"])
        }
    }

    var title: String? {
        locate(markup.title).flatMap { $0.visibleText.nonEmptyCollapsed }
    }

    var body: RichText {
        let nested = self.nested
        let markup = self.markup
        let picture = pictureSlot
        let converter = BodyConverter(resolver: page.resolver) { node in
            nested.contains(node) || node == picture || markup.clutter.matches(node) || markup.hidden.matches(node)
                || (markup.textDropsChrome && CommentVocabulary.isChrome(node))
        }
        guard let root = bodyRoot else { return RichText() }
        let text: RichText
        if kind != .comment, !CommentVocabulary.holdsParagraphs(root),
            let link = item.scope.first(where: { $0.is("a") && root.contains($0) && $0.hasVisibleText })
        {
            // A short ping is a translated label ("Pingback:", "Ping:") and the linking page's
            // title; the title is its text.
            text = converter.convert(nodes: [link])
        } else if bodyHoldsChrome, markup.textStartsAtParagraph,
            let firstParagraph = item.scope.first(where: {
                // A paragraph the description names as chrome (a name printed in a `p`) is not the text's start.
                $0.is("p") && root.contains($0) && $0.hasVisibleText && !markup.clutter.matches($0)
                    && !$0.ancestors.contains(where: CommentVocabulary.isChrome)
            })
        {
            // Text and chrome mixed in one wrapper: the text starts at its first paragraph; loose
            // words before it (a bare date, "says") are the theme's. What follows it is the text;
            // further up, up to the wrapper, what is the text's own markup is too (a quoted
            // passage's box, then the reply in a `pre`), not the theme's lines of names and dates.
            var nodes = Array(sequence(first: firstParagraph, next: \.nextSibling))
            var current = firstParagraph
            while let parent = current.parent, parent != root, root.contains(parent) {
                nodes += sequence(first: parent, next: \.nextSibling).dropFirst().filter { sibling in
                    sibling.isAny(of: ["p", "blockquote", "ul", "ol", "pre"]) && sibling.hasVisibleText
                }
                current = parent
            }
            text = converter.convert(nodes: nodes)
        } else {
            text = converter.convert(nodes: withoutLooseDate(root))
        }
        return text
    }

    /// The wrapper's children less a bare date before its first paragraph (`<span
    /// class=author>…</span><br> März 7, 2018 <p>…`): the theme's, as `looseDate` reads it.
    private func withoutLooseDate(_ root: Node) -> [Node] {
        let children = Array(root.children)
        guard let firstParagraph = children.firstIndex(where: { $0.is("p") }) else { return children }
        let language = page.metadata.language
        return children.indices.compactMap { index in
            let child = children[index]
            guard index < firstParagraph, child.kind == .text else { return child }
            let text = child.content.collapsingWhitespace
            let isDate = text.count <= Self.looseDateLength && text.containsNumber
                && DisplayedDate.parse(text, language: language) != nil
            return isDate ? nil : child
        }
    }

    /// Characters of the longest bare date a theme prints before the text.
    private static let looseDateLength = 40
}
