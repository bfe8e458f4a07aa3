import HTMLDOM

/// The fields of a page's records by role, read from what repeats across them rather than from
/// words: a slot is an element's shape within a record (its tag and first class token, or its tag
/// under its parent's shape). A short text that is the same in the same slot of most records is
/// the theme's label ("Reply", "says", a badge); a short text whose slot most records fill, each
/// with its own words, before the text, is the person's name.
struct RecordSlots {
    /// Tests for the theme's labels: a slot together with the text it always shows.
    private(set) var labels: [NodeTest] = []
    /// The slot of the commenter's name, where the records agree on one.
    private(set) var author: NodeTest?
    /// The name slot's class word on any tag, where the slot is known by one: a theme that links
    /// the names of those who gave an address prints the others in a `span` of the same class.
    private(set) var authorClass: NodeTest?
    /// The mean length of the texts in the name slot: names are short, titles are not.
    private(set) var authorTextLength = 0.0

    /// How many of an item's own elements are looked at for labels and names: the head of a record.
    private static let headLength = 80
    private static let headingTags: [StaticString] = ["h1", "h2", "h3", "h4", "h5", "h6"]
    /// A label or a name is short.
    static let shortText = 1...40

    init(records: [Node], language: String?) {
        guard records.count >= 2 else { return }
        let recordSet = Set(records)
        struct Seen {
            var test: NodeTest
            var records = 0
            var texts: [String: Int] = [:]
            var positions = 0
            var named = 0
            /// Texts with a letter: a count ("6" likes) is no name.
            var lettered = 0
        }
        var slots: [String: Seen] = [:]
        // The first heading of each record that shows a picture of its writer.
        var headings: [String: Seen] = [:]
        for record in records {
            var keysHere: Set<String> = []
            var walker = record.descendants.makeIterator()
            var seen = 0
            var heading: (key: String, test: NodeTest, text: String)?
            var pictured = false
            while let node = walker.next(), seen < Self.headLength {
                // A picture's initials are no name.
                if BlockRoles.isAvatar(node) {
                    pictured = true
                    walker.skipChildren()
                    continue
                }
                if heading == nil, node.isAny(of: Self.headingTags), let text = node.visibleText.nonEmptyCollapsed,
                    Self.shortText.contains(text.characterCount), let (key, test) = Self.slot(node)
                {
                    heading = (key, test, text)
                }
                // The words of the text itself are neither labels nor names (a classed paragraph is
                // the theme's line: "Geschrieben von NAME am …"), nor is a subject heading.
                if recordSet.contains(node) || node.isAny(of: ["blockquote", "pre", "ul", "ol", "script", "style"])
                    || (node.is("p") && node["class"] == nil) || node.isAny(of: Self.headingTags)
                {
                    walker.skipChildren()
                    continue
                }
                seen += 1
                guard let text = Self.ownText(node), Self.shortText.contains(text.characterCount),
                    !BlockRoles.isDate(node, language: language), let (key, test) = Self.slot(node),
                    keysHere.insert(key).inserted
                else { continue }
                slots[key, default: Seen(test: test)].records += 1
                slots[key]!.texts[text, default: 0] += 1
                slots[key]!.positions += seen
                if BlockRoles.isAuthor(node) || node.is("a") { slots[key]!.named += 1 }
                if text.containsLetter { slots[key]!.lettered += 1 }
            }
            if pictured, let heading {
                headings[heading.key, default: Seen(test: heading.test)].records += 1
                headings[heading.key]!.texts[heading.text, default: 0] += 1
            }
        }
        let count = records.count
        var best: (score: Double, test: NodeTest, length: Double, key: String)?
        for key in slots.keys.sorted() {
            let slot = slots[key]!
            guard let (text, times) = slot.texts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })
            else { continue }
            if times * 5 >= count * 3 {
                labels.append(slot.test && .showsText(text))
                continue
            }
            // A name: most records fill the slot, with words of their own.
            guard slot.records * 2 >= count, slot.texts.count * 2 >= slot.records, slot.lettered * 2 > slot.records else { continue }
            let earliness = 1 / (1 + Double(slot.positions) / Double(slot.records))
            let score = Double(slot.records) / Double(count) + Double(slot.named) / Double(count) + earliness
            let length = Double(slot.texts.reduce(0) { $0 + $1.key.characterCount * $1.value }) / Double(slot.records)
            if score > best?.score ?? 0 { best = (score, slot.test, length, key) }
        }
        author = best?.test
        if let key = best?.key, let dot = key.firstIndex(of: "."), !key.contains(">") {
            authorClass = .attributeWord("class", String(key[key.index(after: dot)...]))
        }
        authorTextLength = best?.length ?? 0
        // Where no other slot holds the name, a heading beside the writer's picture is the name,
        // not a subject (a widget that heads each comment with its writer): most records have
        // one, each with words of its own.
        if best == nil, let key = headings.keys.sorted().max(by: { headings[$0]!.records < headings[$1]!.records }),
            let slot = headings[key], slot.records * 2 >= count, slot.texts.count * 2 >= slot.records
        {
            author = slot.test
            authorTextLength = Double(slot.texts.reduce(0) { $0 + $1.key.characterCount * $1.value }) / Double(slot.records)
        }
    }

    /// The element's own text (its text nodes), or a link's text as a name is read from it (a
    /// link that shows its words only in a styled box inside is not the name's slot, the box is);
    /// nil where it has none.
    private static func ownText(_ node: Node) -> String? {
        if node.is("a") { return CommentVocabulary.nameText(node).nonEmptyCollapsed }
        return node.ownText.isEmpty ? nil : node.visibleText
    }

    /// The element's shape as a key and a test: its tag and first class token, else its tag
    /// under its parent's shape.
    static func slot(_ node: Node) -> (String, NodeTest)? {
        if let token = node.classes.first {
            return (node.name + "." + token, .tagNamed(node.name) && .attributeWord("class", String(token)))
        }
        guard let parent = node.parent else { return nil }
        if let token = parent.classes.first {
            return (parent.name + "." + token + ">" + node.name,
                .tagNamed(node.name) && .parent(.tagNamed(parent.name) && .attributeWord("class", String(token))))
        }
        return (parent.name + ">" + node.name, .tagNamed(node.name) && .parent(.tagNamed(parent.name)))
    }
}
