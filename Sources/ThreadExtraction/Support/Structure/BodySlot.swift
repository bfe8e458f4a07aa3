import HTMLDOM

/// Where the records keep their text, found from where their free text is: in each record, the
/// innermost block that holds most of the record's own prose; the shape most records agree on is
/// the text element. It names the text by role, whatever the theme calls it (`div.comment`,
/// `span.commtext`, a classless `div` inside `div.post`).
enum BodySlot {
    /// Elements that are the text's own markup, never a wrapper chosen for it.
    private static let textLevel: [StaticString] = [
        "p", "span", "a", "b", "i", "em", "strong", "blockquote", "ul", "ol", "pre", "code", "font", "small",
        "big", "u", "s", "sub", "sup", "br", "img", "q", "cite", "abbr", "time", "h1", "h2", "h3", "h4", "h5", "h6",
    ]

    /// A block holds the text when it has this share of the record's own prose.
    private static let share = 0.7

    static func test(of candidate: RecordRegions.Candidate, survey: StructureSurvey) -> NodeTest? {
        let records = candidate.records
        let recordSet = Set(records)
        // Elements between a nested record and its container: they hold replies, not text.
        var holders: Set<Node> = []
        for (index, record) in records.enumerated() {
            guard let container = candidate.containers[index] else { continue }
            for ancestor in record.ancestors {
                if ancestor == records[container] || !holders.insert(ancestor).inserted { break }
            }
        }
        var counts: [String: (count: Int, test: NodeTest)] = [:]
        for (index, record) in records.enumerated() {
            let prose = Double(candidate.own[index].prose)
            guard prose > 0 else { continue }
            var node = record
            while let next = node.elementChildren.first(where: { child in
                !recordSet.contains(child) && !holders.contains(child) && !child.isAny(of: textLevel)
                    && Double(survey.total(child).prose) >= prose * share
            }) {
                node = next
            }
            guard node != record, let (key, test) = numberedShape(of: node) ?? RecordSlots.slot(node) else { continue }
            counts[key, default: (0, test)].count += 1
        }
        guard let best = counts.max(by: { $0.value.count < $1.value.count || ($0.value.count == $1.value.count && $0.key > $1.key) }),
            best.value.count * 2 >= records.count
        else { return nil }
        return best.value.test
    }

    /// A classless block whose id is a prefix and its record's number (vBulletin's
    /// `div#post_message_949757`) is known by that prefix: by its tag and its parent's, it is any
    /// classless block of the record, the date line first.
    private static func numberedShape(of node: Node) -> (String, NodeTest)? {
        guard node.classes.first == nil, let id = node.id, let prefix = BlockIdentity.numberedPrefix(of: id), prefix.count >= 2
        else { return nil }
        return (node.name + "#" + prefix, .tagNamed(node.name) && .idContains(String(prefix)))
    }
}
