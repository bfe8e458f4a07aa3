import HTMLDOM
import ThreadModel

/// A description of how one engine (or one family of themes) marks up its comments: what an item
/// is, how it is numbered, where its fields are, and how replies are threaded. A value, not code:
/// `CommentWalker` reads any description into comments, so an engine is its description plus its
/// detection, and a reader that infers a description from a page's structure gets the same walk.
///
/// Every part has a default that reads nothing special, so a description names only what its
/// markup has. Fields are looked up in an item's own elements (those not inside a nested item).
struct CommentMarkup: Sendable {
    // MARK: Items

    /// Where the thread is: the walk reads below the first element that passes this, else the body.
    var region: NodeTest?
    /// Subtrees that are never the thread: sidebars and widgets (recent comments on other posts).
    var skipped: NodeTest = CommentVocabulary.sidebar
    /// What every item passes, besides being numbered (`.classToken("comment")`); `.always` where
    /// the number alone marks an item.
    var item: NodeTest = .always
    /// How an item's number is written; nil where items carry none (they are numbered c1, c2…).
    var id: IDPattern?
    /// Whether an element that passes `item` without a number is no item (else it is one, numbered
    /// by its place).
    var requiresNumber = true
    /// Elements that carry an item's number but only name it, such as an empty `<a id="comment-5">`
    /// placed before the comment: they open no item of their own.
    var anchor: NodeTest = .never
    /// A wrapper (a `li`) whose child element carries the number of a new item: the wrapper is the
    /// item, since replies nest in it rather than in the numbered child.
    var wrapper: NodeTest = .never
    /// Whether an item whose own element carries no number takes the first one an element inside
    /// it carries (PIXNET's `a[name=comment-N]` in the entry's header line).
    var numberedInside = false
    /// Items of the post's author answering inside another item (PIXNET's `li.reply-text`): a
    /// reply to that item, by the post's author, named after it (`501-reply`).
    var answer: NodeTest = .never
    /// Items with no number where nothing inside them is numbered (Twenty Ten prints pings as
    /// `li.pingback` without an id); nothing inside one is looked at for items.
    var unnumbered: NodeTest = .never
    /// Elements just after an item, each the next sibling of the one before, that belong to it:
    /// the `dd`s after a definition list's `dt` (the text, the date).
    var followers: NodeTest = .never
    /// Elements of an item that are not shown and speak of something else (the "In reply to …"
    /// line for screen readers): no field and no text is read from them.
    var hidden: NodeTest = .never

    // MARK: Kinds and markers

    /// Pingback and trackback markers, tested on the item and every element that carries its number.
    var kinds: [(test: NodeTest, kind: Comment.Kind)] = []
    /// The post-author marker, tested on the item and every element that carries its number.
    var postAuthor: NodeTest = .never
    /// A post-author badge anywhere in the item.
    var postAuthorBadge: NodeTest = .never

    // MARK: Fields

    /// Candidates for the element that holds the text; the first that shows text and holds no chrome
    /// wins, else the first that shows text, else the item.
    var body: NodeTest = CommentVocabulary.textElement
    /// Where no element passing `body` shows text, the tests tried in turn, in the order the engine
    /// trusts them (a text property before a class named for the text).
    var bodyAlternatives: [NodeTest] = []
    /// Where no element named for the text is found, whether the item itself (less its chrome) is
    /// the text, for themes that name nothing; else the comment has no text (a collapsed comment
    /// that shows only its author).
    var textFallsBackToItem = true
    /// Elements inside the text that are not the text (reply links, like buttons, forms).
    var clutter: NodeTest = .never
    /// Whether chrome inside the text element (author lines, dates, headings named so) is left out
    /// of the text, and a text element inside chrome passed over. Engines whose text element holds
    /// only the commenter's words leave this off (Stack Exchange's `comment-copy` sits in a
    /// `js-comment-edit-hide` wrapper).
    var textDropsChrome = true
    /// Where the text element mixes the text with chrome, whether the text starts at its first
    /// paragraph (loose words before it are the theme's). Off where the text element is known to
    /// start with the text, as when it was inferred from where the records' free text is.
    var textStartsAtParagraph = true
    /// The element that shows the commenter's name, first match wins.
    var author: [Locator] = []
    /// The element that names a ping's linking page.
    var pingAuthor: [Locator] = []
    /// The commenter's picture.
    var avatar: [Locator] = []
    /// The element that shows the date (its `datetime`, `title` and text are read).
    var date: [Locator] = []
    /// The element that states the instant for machines apart from the one that shows the date
    /// (an RDFa `content`, a `time[datetime]`): where it is named, the date elements give only the
    /// displayed text, which tells the instant's offset.
    var instant: [Locator] = []
    /// Whether a displayed date that starts with the commenter's name ("NAME | DATE") is read
    /// without it.
    var dateFollowsName = false
    /// The attribute that shows the date in full where the element's text is short ("2 years ago"
    /// with the date in `title`): it is the date's displayed text.
    var dateTextAttribute: String?
    /// The attribute of the date element that states the instant for machines, where it is not
    /// `datetime` (Stack Exchange's `title`: `2014-08-17 21:17:22Z`, a licence after a comma on
    /// newer pages).
    var instantAttribute: String?
    /// Whether an instant stated without a zone is UTC (Stack Exchange writes them so).
    var unzonedInstantsAreUTC = false
    /// The query parameter of the date element's link that holds the instant in epoch
    /// milliseconds (Blogger's `showComment=`); with the displayed date it gives the offset.
    var dateEpochParameter: String?
    /// Date elements that do not read as a date are passed over (a relative "5 years ago" after
    /// the full date).
    var datesMustRead = false
    /// Where no date element is found, the permalink shows the date (Six Apart's footers).
    var dateOnPermalink = false
    /// When no date element reads as a date: the shortest text of the item's chrome that does.
    var looseDates = false
    /// Whether a loose date must show a time (a date alone beside a forum post is the poster's
    /// join date).
    var looseDatesNeedTime = false
    /// Links whose address ends with one of these followed by the item's number are its permalink.
    var permalinkSuffixes: [String] = []
    /// The elements that are the permalink, where it is not told by its address.
    var permalink: [Locator] = []
    /// Where the page links to a comment only as `#<prefix><number>`: the permalink made so.
    var permalinkFragmentPrefix: String?
    /// The comment's own subject line.
    var title: [Locator] = []

    // MARK: Threading

    /// The element that names the comment this one replies to, and how it names it. A stated
    /// parent wins over containment where it is an earlier item (engines stop nesting deep replies).
    var inReplyTo: [Locator] = []
    var replyTarget: ReplyTarget?

    /// Where depths are stated, for items printed as siblings: used where no item nests in another
    /// and no stated parent is found, the first source that every item states, the parent being
    /// the nearest earlier item one level up (inferred).
    var depths: [DepthSource] = []

    // MARK: The thread

    /// Where the page states the thread's count, tried in order.
    var counts: [CountSource] = []
}

/// Where one field of a comment is: the first element of the item's own (that passes `test`,
/// optionally narrowed to an element inside it).
struct Locator: Sendable {
    enum Inner: Sendable {
        /// The located element itself.
        case itself
        /// The first element inside it that passes the test, else the located element.
        case preferring(NodeTest)
        /// The first element inside it that passes the test; none where there is none.
        case requiring(NodeTest)
        /// The located element if it passes the test, else the first element inside it that does.
        case selfOrInside(NodeTest)
    }

    var test: NodeTest
    var inner: Inner = .itself
    /// Only an element that shows text (a name, a date): empty matches are passed over.
    var showingText = false
    /// Looked for anywhere in the item, not only outside its text element.
    var anywhere = false
    /// The item's own element is the one tested, not the elements inside it (a `dt` that is the
    /// whole author line).
    var onItem = false
    /// Every outermost element that passes, their texts joined: a date and a time printed apart.
    var joined = false

    static func first(_ test: NodeTest, showingText: Bool = false, anywhere: Bool = false) -> Locator {
        Locator(test: test, showingText: showingText, anywhere: anywhere)
    }
}

/// How an in-reply-to element names the comment replied to.
enum ReplyTarget: Sendable {
    /// A link whose fragment holds the parent's number (`#comment-123`).
    case fragment(IDPattern)
    /// An attribute whose value is the parent's number; any other value (`0`) names no comment.
    case number(attribute: String)
    /// A link to the parent's permalink.
    case permalink
}

/// Where a flat list states each item's depth.
enum DepthSource: Sendable {
    /// A class `prefixN` on the item or one of its nearest `ancestors` (`depth-3`, `b-tree-twig-2`).
    case classNumber(prefixes: [String], ancestors: Int = 0)
    /// One more than the number of enclosing elements that pass the test: reply containers printed
    /// after their parent (Drupal's `div.indented`). They state the thread: it is not inferred.
    case enclosing(NodeTest)
    /// The rank of the item's indentation (`margin-left` or `padding-left` in its own or its
    /// nearest `ancestors`' style) among the indentations of all items.
    case indentation(ancestors: Int)

    /// Whether the parents these depths give are inferred rather than stated by the markup.
    var isInference: Bool {
        if case .enclosing = self { return false }
        return true
    }

    /// Each item's 1-based depth, or nil where an item states none.
    func depths(of elements: [Node]) -> [Int?] {
        switch self {
        case .classNumber(let prefixes, let ancestors):
            return elements.map { element in
                ([element] + element.ancestors.prefix(ancestors)).lazy.compactMap { node in
                    prefixes.lazy.compactMap { node.classNumber(prefix: $0) }.first
                }.first
            }
        case .enclosing(let test):
            return elements.map { 1 + $0.ancestors.filter(test.matches).count }
        case .indentation(let ancestors):
            let indents = elements.map { element in
                ([element] + element.ancestors.prefix(ancestors)).lazy.compactMap { $0["style"].flatMap(Self.indent) }.first ?? 0
            }
            let levels = Array(Set(indents)).sorted()
            let rank = Dictionary(uniqueKeysWithValues: levels.enumerated().map { ($1, $0 + 1) })
            return indents.map { rank[$0] }
        }
    }

    /// The pixels of `margin-left: Npx` (else `padding-left`) in a style attribute.
    private static func indent(_ style: String) -> Int? {
        for property in ["margin-left", "padding-left"] {
            guard let range = style.firstRange(of: property) else { continue }
            let value = style[range.upperBound...].drop { $0 == ":" || $0 == " " }
            if let pixels = Int(value.prefix { $0.isASCIIDigit }) { return pixels }
        }
        return nil
    }
}
