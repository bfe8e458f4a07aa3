#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HTMLDOM

/// The discussion found by structure alone, as in record-mining work (MDR, DEPTA): elements of
/// one shape (a tag and a class token, or a tag and the shape of a numbered id) repeated in one
/// region, each a record with a person-like field, a time-like field and free text of its own.
/// Candidates are scored by what makes a list a discussion rather than a list of other pages —
/// free text against link text, numbered ids and permalinks into the page, replies nested in
/// records, a comment form beside them, a place after the article — never by their count alone.
struct RecordRegions {
    /// One candidate: the records of one shape inside one region.
    struct Candidate {
        let signature: String
        /// The outermost element of each record, in document order (replies inside their parents).
        let records: [Node]
        /// Each record's enclosing record, by index.
        let containers: [Int?]
        /// What each record holds itself, leaving out its nested records.
        let own: [StructureSurvey.Contents]
        /// The element that holds every record.
        let region: Node
        /// The first element of the shape where it is the page's article (a forum topic's
        /// opening message): the post, not one of the records.
        let opening: Node?
        /// Where the records are the items of a list of people's actions that carry words of
        /// their own, each one's words, index for index; the other items are no records.
        let words: [ActivityList.Words]?
        let score: Double
    }

    /// The least score of a discussion for its size: records with a name, a date and free text
    /// score about 2 per size step, one field of three and links about half that.
    static let minimumQuality = 0.75

    /// The share of the page's free text that makes one record the article.
    static let articleShare = 0.4

    /// Characters of the region's own text, outside its records, that make it an article's text.
    static let embeddedTextMinimum = 300

    /// The best candidate, if any reads as a discussion.
    let best: Candidate?
    /// What the page's elements hold.
    let survey: StructureSurvey

    init(body: Node, language: String?) {
        let survey = StructureSurvey(body: body, language: language)
        self.survey = survey
        let headline = survey.order.first { $0.is("h1") }
        let forms = survey.order.filter { $0.is("form") && survey.total($0).textareas > 0 }
        let bodyProse = survey.bodyProse
        var best: Candidate?
        for signature in survey.membersBySignature.keys.sorted() {
            let members = survey.membersBySignature[signature]!
            guard let candidate = Self.candidate(
                signature: signature, members: members, survey: survey, headline: headline, forms: forms,
                language: language, bodyProse: bodyProse)
            else { continue }
            // Equal scores: the inner shape, since a wrapper around one record looks like one too.
            if candidate.score > best?.score ?? 0
                || (candidate.score == best?.score && candidate.records.count == best?.records.count
                    && best.map { $0.records[0].contains(candidate.records[0]) } == true)
            {
                best = candidate
            }
        }
        self.best = best
    }

    // MARK: Candidates

    private static func candidate(
        signature: String, members: [Node], survey: StructureSurvey, headline: Node?, forms: [Node],
        language: String?, bodyProse: Int
    ) -> Candidate? {
        // The members that hold the parts of a record, then those of the id shape most share (a
        // forum's opening message and a list's wrapper carry other ids).
        var records = members.filter { isRecordLike(survey.total($0)) && !isFormPart($0, survey: survey) }
        records = sharingIDShape(records)
        guard !records.isEmpty else { return nil }
        var containers = CommentNesting.parents(of: records)
        var own = ownContents(records, containers: containers, survey: survey)
        // A member that holds others must be a record by what is its own: a wrapper whose only
        // content is the record inside is not a second one.
        let kept = records.indices.filter { isRecordLike(own[$0]) }
        if kept.count < records.count {
            records = kept.map { records[$0] }
            containers = CommentNesting.parents(of: records)
            own = ownContents(records, containers: containers, survey: survey)
        }
        guard let (region, inside) = region(of: records, containers: containers) else { return nil }
        if inside.count < records.count {
            records = inside.map { records[$0] }
            containers = CommentNesting.parents(of: records)
            own = ownContents(records, containers: containers, survey: survey)
        }
        // In a list of people's actions, the items with words of their own.
        var words: [ActivityList.Words]?
        if let worded = ActivityList.wordedItems(records) {
            let kept = worded.keys.sorted()
            words = kept.map { worded[$0]! }
            records = kept.map { records[$0] }
            containers = CommentNesting.parents(of: records)
            own = ownContents(records, containers: containers, survey: survey)
        }
        // A first record that holds much of the page's text is the article in the comments' shape
        // (a forum topic's opening message, a theme that frames post and comments alike): the post.
        var opening: Node?
        if words == nil, records.count >= 2, containers[0] == nil, Double(own[0].prose) >= articleShare * Double(bodyProse) {
            opening = records.removeFirst()
            containers = CommentNesting.parents(of: records)
            own = ownContents(records, containers: containers, survey: survey)
        }
        guard var score = score(
            records: records, containers: containers, own: own, region: region, headline: headline, forms: forms,
            language: language, bodyProse: bodyProse, actions: words != nil)
        else { return nil }
        // The description reads every element of this shape in the region: a shape most of whose
        // elements there are no records describes something else. A list of actions is read for
        // its items with words alone.
        let inRegion = members.filter { region.contains($0) }
        let described = words == nil ? inRegion.count - (opening == nil ? 0 : 1) : records.count
        // Records set among more text of the region's own are quotes and embeds in an article.
        if isEmbedded(inRegion, region: region, survey: survey) { return nil }
        score *= Double(records.count) / Double(max(described, records.count))
        // Below this, a list with one field of a record and nothing else to say for it: a
        // flyout menu, a column of dated teasers.
        guard score >= minimumQuality * log2(Double(records.count) + 1) else { return nil }
        return Candidate(
            signature: signature, records: records, containers: containers, own: own, region: region, opening: opening,
            words: words, score: score)
    }

    /// A block a reader would take for a record: a name or a date, free text of its own or an
    /// element for it, and not the article (which holds the page's headline).
    private static func isRecordLike(_ contents: StructureSurvey.Contents) -> Bool {
        let hasText = contents.prose > 0 || contents.bodyElements > 0
        let signed = contents.persons > 0 && contents.times > 0
        let partly = (contents.persons > 0 || contents.times > 0) && contents.textLeaves >= 2
        return hasText && (signed || partly) && contents.headlines == 0
    }

    /// A block with fields to type into, inside a form: the comment form's name and address
    /// rows, which hold a label and a "required" note like a record's name and text.
    private static func isFormPart(_ node: Node, survey: StructureSurvey) -> Bool {
        survey.total(node).fields > 0 && node.ancestors.contains { $0.is("form") }
    }

    private static func sharingIDShape(_ members: [Node]) -> [Node] {
        var shapeCounts: [String: Int] = [:]
        var identified = 0
        for member in members {
            guard let shape = BlockIdentity.idShape(of: member) else { continue }
            shapeCounts[shape, default: 0] += 1
            identified += 1
        }
        // Only a shape most ids share: ids of letters and digits (`t1_dxr0evr`) share none.
        guard let (shape, count) = shapeCounts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
            count >= 2, count * 2 > identified
        else { return members }
        return members.filter { BlockIdentity.idShape(of: $0).map { $0 == shape } ?? true }
    }

    /// Each record's contents less those of the records nested directly in it.
    private static func ownContents(
        _ records: [Node], containers: [Int?], survey: StructureSurvey
    ) -> [StructureSurvey.Contents] {
        var own = records.map(survey.total)
        for (index, container) in containers.enumerated() {
            if let container { own[container].subtract(survey.total(records[index])) }
        }
        return own
    }

    /// The element that directly holds the most top-level records, and the records inside it.
    /// Where no element holds two, each record may sit alone in wrappers of its own (a component
    /// per record, as script-rendered lists print them): the element that holds the wrappers.
    private static func region(of records: [Node], containers: [Int?]) -> (Node, [Int])? {
        let tops = records.indices.filter { containers[$0] == nil }
        let topRecords = tops.map { records[$0] }
        guard let (region, holder) = mostHolding(topRecords, holder: \.parent, atLeast: 2)
            ?? mostHolding(topRecords, holder: outsideWrappers, atLeast: 2)
            ?? mostHolding(topRecords, holder: \.parent, atLeast: 1)
        else { return nil }
        // Top-level records under the region and everything nested in them.
        var inside: [Int] = []
        var keptTop: Set<Int> = []
        for (index, record) in records.enumerated() {
            var top = index
            while let container = containers[top] { top = container }
            if top == index, holder(record) == region { keptTop.insert(index) }
            if keptTop.contains(top) { inside.append(index) }
        }
        return (region, inside)
    }

    /// The holder most of `records` share, where it holds `atLeast` of them, and the way it was found.
    private static func mostHolding(
        _ records: [Node], holder: @escaping (Node) -> Node?, atLeast: Int
    ) -> (Node, (Node) -> Node?)? {
        var countByHolder: [Node: Int] = [:]
        var firstSeen: [Node: Int] = [:]
        for (index, record) in records.enumerated() {
            guard let parent = holder(record) else { continue }
            countByHolder[parent, default: 0] += 1
            if firstSeen[parent] == nil { firstSeen[parent] = index }
        }
        guard let (region, count) = countByHolder.max(by: {
            $0.value < $1.value || ($0.value == $1.value && firstSeen[$0.key]! > firstSeen[$1.key]!)
        }), count >= atLeast
        else { return nil }
        return (region, holder)
    }

    /// The first ancestor that holds more than the record's own wrappers. A wrapper with an id of
    /// its own (WordPress's `li#comment-N` around its `div.comment-body`) is a record itself, of
    /// another shape, not a box around this one.
    private static func outsideWrappers(_ record: Node) -> Node? {
        var wrapped = record
        var holder = record.parent
        while let current = holder, !current.is("body"), current.id == nil,
            !current.elementChildren.contains(where: { $0 != wrapped })
        {
            wrapped = current
            holder = current.parent
        }
        return holder
    }

    // MARK: Scoring

    /// How much the records read as a discussion; nil where they read as a list of other pages.
    private static func score(
        records: [Node], containers: [Int?], own: [StructureSurvey.Contents], region: Node, headline: Node?,
        forms: [Node], language: String?, bodyProse: Int, actions: Bool
    ) -> Double? {
        let count = Double(records.count)
        var persons = Double(own.count { $0.persons > 0 }) / count
        // Names in a theme's own words (`commentaire-nom`): a slot most records fill with their own short text.
        if persons < 0.5 {
            let slots = RecordSlots(records: records, language: language)
            if slots.author != nil, slots.authorTextLength <= 24 { persons = 1 }
        }
        // The items of a list of people's actions carry no dates (Tumblr's notes): the list of
        // people around them is the evidence a date would be.
        let times = actions ? 1 : Double(own.count { $0.times > 0 }) / count
        let prose = own.reduce(0) { $0 + $1.prose }
        let linkText = own.reduce(0) { $0 + $1.linkText }
        // Their words are their own whatever they are set in (a reblog's words in its link).
        let proseShare = actions ? 1 : Double(prose + 1) / Double(prose + linkText + 1)
        // Records that are mostly one link to another page: related posts, recent comments,
        // archives, pagination.
        let linkAway = records.indices.count { isLinkAway(records[$0], own: own[$0]) }
        guard Double(linkAway) <= count / 2 else { return nil }
        let numbered = Double(records.count { BlockIdentity.number(of: $0) != nil }) / count
        let replies = containers.contains { $0 != nil } ? 1.0 : 0.0
        let permalinks = Double(records.count(where: hasPermalinkIntoPage)) / count
        let nearForm = forms.contains { isNear($0, region: region) } ? 1.0 : 0.0
        let afterHeadline = headline.map { isAfter(region, $0) } ?? false ? 1.0 : 0.0
        // One record without an id of its own is as likely the article, or a part of it, as a
        // comment: a comment form near it says nothing, every article has one.
        if records.count == 1, numbered == 0 { return nil }
        // One record that holds most of the page's text is the article; one with neither a
        // sentence of free text nor an element for one inside it is a byline (a story's
        // `td.subtext` "1 point by …").
        if records.count == 1 {
            let innerBodies = own[0].bodyElements - (StructureSurvey.isBodyElement(records[0]) ? 1 : 0)
            if Double(own[0].prose) >= articleShare * Double(bodyProse) || (own[0].sentences == 0 && innerBodies == 0) { return nil }
        }
        let size = log2(count + 1)
        let parts = (0.5 + persons) * (0.5 + times) * proseShare
        let context = 1 + 0.5 * nearForm + 0.4 * numbered + 0.4 * replies + 0.3 * permalinks + 0.2 * afterHeadline
        return size * parts * context
    }

    /// Whether the region holds more free text outside its elements of this shape than inside
    /// them, and an article's worth: tweets quoted in a post, not a discussion below it.
    private static func isEmbedded(_ members: [Node], region: Node, survey: StructureSurvey) -> Bool {
        var inside = 0
        var outermost: [Node] = []
        for member in members where !(outermost.last?.contains(member) ?? false) {
            outermost.append(member)
            inside += survey.total(member).prose
        }
        let outside = survey.total(region).prose - inside
        return outside > max(inside, embeddedTextMinimum)
    }

    private static func isLinkAway(_ record: Node, own: StructureSurvey.Contents) -> Bool {
        if isTeaser(record) { return true }
        guard own.linkText >= own.prose else { return false }
        var longest = 0
        var walker = record.descendants.makeIterator()
        var seen = 0
        // Enough of the record to see its links; the rest would be its replies.
        while let node = walker.next(), seen < 300 {
            seen += 1
            guard node.is("a") else { continue }
            walker.skipChildren()
            guard let href = node["href"], !href.hasPrefix("#"), !BlockRoles.isAuthor(node) else { continue }
            longest = max(longest, node.visibleText.characterCount)
        }
        return longest >= 12 && longest * 2 >= own.linkText
    }

    /// A record headed by a link to another page: a teaser of another article, whatever text
    /// follows. A comment's subject links into this page, if anywhere.
    private static func isTeaser(_ record: Node) -> Bool {
        var walker = record.descendants.makeIterator()
        var seen = 0
        while let node = walker.next(), seen < 40 {
            seen += 1
            guard node.isAny(of: ["h1", "h2", "h3", "h4", "h5", "h6"]) else { continue }
            let text = node.visibleText
            // An article's title is longer than a name heading (a forum's poster column).
            guard text.count >= 16, let link = node.first(where: { $0.is("a") }), link.visibleText == text,
                let href = link["href"], !href.containsBytes("#")
            else { return false }
            return !BlockRoles.isAuthor(node) && !BlockRoles.isAuthor(link)
        }
        return false
    }

    /// A link to an anchor of this page: `#comment-12`, `?p=3#c12`.
    private static func hasPermalinkIntoPage(_ record: Node) -> Bool {
        guard let number = BlockIdentity.number(of: record) else { return false }
        for node in record.descendants.prefix(200) where node.is("a") {
            if let fragment = node["href"]?.addressFragment, fragment.containsBytes(number) {
                return true
            }
        }
        return false
    }

    /// A comment form inside the region, or beside it under a near ancestor.
    private static func isNear(_ form: Node, region: Node) -> Bool {
        if region.contains(form) { return true }
        for ancestor in region.ancestors.prefix(4) where ancestor.contains(form) { return true }
        return false
    }

    /// Whether `node` comes after `other` in document order and is not inside it.
    private static func isAfter(_ node: Node, _ other: Node) -> Bool {
        guard !other.contains(node), !node.contains(other) else { return false }
        var ancestorsOfOther: [Node: Node] = [:]
        var child = other
        for ancestor in other.ancestors {
            ancestorsOfOther[ancestor] = child
            child = ancestor
        }
        var mine = node
        for ancestor in node.ancestors {
            if let theirs = ancestorsOfOther[ancestor] {
                var sibling = theirs.nextSibling
                while let current = sibling {
                    if current == mine { return true }
                    sibling = current.nextSibling
                }
                return false
            }
            mine = ancestor
        }
        return false
    }
}
