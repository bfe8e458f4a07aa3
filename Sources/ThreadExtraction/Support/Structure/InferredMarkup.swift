import HTMLDOM
import ThreadModel

/// The comment-markup description the structural reader infers for a page no engine claims: the
/// records' shape as the item, their id form where they are numbered, the depth classes they
/// state, and the field locators of developers' class words that hold across engines. The shared
/// walker then reads the page by it, as it reads any engine's description.
enum InferredMarkup {
    static func description(
        of candidate: RecordRegions.Candidate, survey: StructureSurvey, language: String?
    ) -> CommentMarkup {
        let records = candidate.records
        var markup = CommentMarkup(
            skipped: StructureSurvey.sidebar,
            item: itemTest(signature: candidate.signature, example: records[0]),
            kinds: [(.classToken("pingback"), .pingback), (.classToken("trackback"), .trackback)],
            postAuthor: .anyClass(["bypostauthor", "by-post-author", "post-author", "is-author", "owner"]),
            clutter: .tags(["textarea", "button", "select"]),
            author: authorLocators,
            pingAuthor: [.first(.tag("a") && .attribute("href"), anywhere: true)],
            avatar: [
                .first(.tag("img") && .classFragment(["avatar", "userpic", "photo"]), anywhere: true),
                .first(.tag("img") && .parent(.classFragment(["avatar", "userpic", "photo"])), anywhere: true),
            ],
            date: dateLocators,
            looseDates: true,
            title: [
                // A line named for the subject, heading or not (SMF's `div.subject_title`), before
                // headings: a forum's poster column heads the name.
                .first(.classFragment(["subject"]) && !.classFragment(BlockRoles.authorFragments), showingText: true, anywhere: true),
                .first(.tags(["h2", "h3", "h4", "h5", "h6"]) && !.classFragment(BlockRoles.authorFragments), showingText: true),
            ])
        if let prefix = idPrefix(of: records) {
            markup.id = IDPattern(prefixes: [prefix])
            markup.permalinkSuffixes = [prefix]
            markup.anchor = .tag("a") && .textless
        }
        // The items of a list of actions keep their words where each keeps them, not in one slot.
        let body = candidate.words.map { words in NodeTest.any(words.compactMap { RecordSlots.slot($0.element)?.1 }) }
            ?? BodySlot.test(of: candidate, survey: survey)
        if let body {
            markup.body = body
            markup.textStartsAtParagraph = false
        }
        // An action's line is not chrome to drop around the words: a reply's words sit in it.
        if candidate.words != nil { markup.textDropsChrome = false }
        let slots = RecordSlots(records: records, language: language)
        if !slots.labels.isEmpty {
            // Labels are never a name, and not part of the text.
            let label = NodeTest.any(slots.labels)
            markup.author = markup.author.map { Locator(test: $0.test && !label, inner: $0.inner, showingText: $0.showingText, anywhere: $0.anywhere) }
            markup.clutter = markup.clutter || label
        }
        if let author = slots.author {
            markup.author.append(Locator(test: author, showingText: true, anywhere: true))
            // After the slot itself, so that records which have it keep it.
            if let authorClass = slots.authorClass {
                markup.author.append(Locator(test: authorClass, showingText: true, anywhere: true))
            }
            // A name printed inside the text's wrapper is not part of the text, nor is the line
            // that holds it there. A sentence in the slot's shape is not a name: atomic class
            // names (Medium's `p.be`) give the name and a quoted passage the same shape.
            markup.clutter = markup.clutter || author && .showsAtMost(RecordSlots.shortText.upperBound)
            if let body, let head = headLine(of: records, body: body, author: author) {
                markup.clutter = markup.clutter || head
            }
        }
        return markup
    }

    /// `div.comment` as a test; `li#comment-` (a numbered id alone) as its tag, the id doing the rest;
    /// a classless record by its tag path.
    private static func itemTest(signature: String, example: Node) -> NodeTest {
        if signature.contains("/") {
            let path = ([example] + example.ancestors.prefix { !$0.is("body") }).reversed().map(\.name)
            return .tagPath(path) && !.attribute("class")
        }
        if let dot = signature.firstIndex(of: ".") {
            let tag = String(signature[..<dot])
            let token = String(signature[signature.index(after: dot)...])
            return .tagNamed(tag) && .attributeWord("class", token)
        }
        let tag = signature.prefix { $0 != "#" }
        return .tagNamed(String(tag))
    }

    /// The shape of the line that holds the name inside the text's wrapper (`span.comhead`: name,
    /// age, links), where most records have one.
    private static func headLine(of records: [Node], body: NodeTest, author: NodeTest) -> NodeTest? {
        var counts: [String: (count: Int, test: NodeTest)] = [:]
        for record in records {
            guard let text = record.first(body), let name = text.first(author) else { continue }
            var line = name
            while let parent = line.parent, parent != text { line = parent }
            guard line != name, !CommentVocabulary.holdsParagraphs(line), let (key, test) = RecordSlots.slot(line) else { continue }
            counts[key, default: (0, test)].count += 1
        }
        guard let best = counts.max(by: { $0.value.count < $1.value.count || ($0.value.count == $1.value.count && $0.key > $1.key) }),
            best.value.count * 2 >= records.count
        else { return nil }
        return best.value.test
    }

    /// The common prefix of ids that are that prefix and a number, where every record has one.
    private static func idPrefix(of records: [Node]) -> String? {
        var prefix: String?
        for record in records {
            guard let id = record.id, let own = BlockIdentity.numberedPrefix(of: id).map(String.init) else { return nil }
            if prefix == nil { prefix = own } else if prefix != own { return nil }
        }
        return prefix
    }

    /// The commenter's name: the microformat's `fn`, an element named for a name or a user, a
    /// `cite`, a link marked as the commenter's site.
    static let authorLocators: [Locator] = [
        .first(.classToken("fn"), showingText: true),
        .first(.classFragment(CommentVocabulary.authorNameFragments), showingText: true),
        Locator(
            test: .classFragment(["author"]) && !.classFragment(["avatar", "photo", "image", "pic"]),
            inner: .preferring(.classToken("fn") || .tags(["cite", "strong", "b", "a"])), showingText: true),
        // A user's date line ("user-action-time": "answered <span>Feb 6</span>") is not the name.
        .first(
            .classFragment(["user", "nick", "poster", "name"]) && !.classFragment(["avatar", "photo", "image", "pic"])
                && !.classFragment(BlockRoles.dateFragments), showingText: true),
        .first(.attributeContains("itemprop", "author"), showingText: true),
        .first(.tag("cite"), showingText: true),
        .first(.tag("a") && .classToken("url"), showingText: true),
    ]

    /// The date: a `time`, a machine date attribute, an element named for a date or time, a
    /// permalink whose tooltip states it (the link shows "2 days ago").
    static let dateLocators: [Locator] = [
        .first(.tag("time")),
        .first(.attribute("datetime")),
        .first(.classFragment(BlockRoles.dateFragments) && !.classFragment(["update"]), showingText: true),
        Locator(test: .classFragment(["meta"]), inner: .requiring(.tag("a"))),
        .first(.tag("a") && .attributeContains("href", "#") && .attribute("title")),
    ]
}
