import HTMLDOM

/// What themes call the parts of a page around an article, in the words of their developers
/// (`entry-content`, `share-buttons`, `related-posts`, `post-meta`): the same in every language the
/// page is written in. One scan of an element's `class` and `id` answers every question below.
///
/// The words are Readability's (its candidate weights and unlikely candidates) and trafilatura's
/// (its discard expressions), merged.
struct ArticleVocabulary: Sendable {
    static let words = AttributeVocabulary([
        // Where the article is.
        "article", "body", "content", "entry", "main", "post", "text", "blog", "story", "column", "page",
        // What is around it.
        "-ad-", "hidden", "banner", "comment", "footer", "consent", "masthead", "meta", "outbrain",
        "promo", "related", "shar", "sidebar", "sponsor", "tags", "widget", "breadcrumb", "community",
        "disqus", "header", "menu", "replies", "social", "pagination", "pager", "popup", "newsletter", "subscri",
        "cookie", "caption", "nav", "author", "byline", "button", "rating", "taboola", "popular", "reply",
        "teaser", "modal", "signup", "follow", "advert", "screen-reader", "recommend", "tag-list",
        "tagcloud",
        // Where its date is.
        "date", "time", "publish", "posted", "modified", "updated",
    ], skippingTokensStartingWith: termClasses)

    /// WordPress's classes of a post's terms (`category-social-media`, `tag-sharing`) hold the
    /// author's words, which say what the post is about, not what the element is.
    private static let termClasses = ["category-", "tag-"]

    private static func bits(_ words: [String]) -> UInt64 {
        words.reduce(0) { $0 | ArticleVocabulary.words.bit($1) }
    }

    /// Readability's positive weights.
    static let positive = bits(["article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story"])
    /// Readability's negative weights.
    static let negative = bits([
        "-ad-", "hidden", "banner", "comment", "footer", "masthead", "meta", "outbrain", "promo",
        "related", "shar", "sidebar", "sponsor", "tags", "widget",
    ])
    /// Readability's unlikely candidates, and the boxes that float over a page (cookie and consent
    /// banners, login and newsletter dialogs): their paragraphs vote for no ancestor...
    static let unlikely = bits([
        "-ad-", "banner", "breadcrumb", "comment", "community", "disqus", "footer", "header", "menu",
        "related", "replies", "social", "sidebar", "sponsor", "pagination", "pager", "popup",
        "modal", "cookie", "consent", "newsletter", "subscri", "signup",
    ])
    /// ... unless they also say they hold the article.
    static let maybeCandidate = bits(["article", "body", "column", "content", "main"])
    /// Pruned from a body: bars, boxes and lists around the text (trafilatura's discards). Not
    /// "widget": page builders (Elementor) call every block of the text one.
    static let chrome = bits([
        "-ad-", "banner", "comment", "footer", "outbrain", "promo", "related", "shar", "sidebar", "sponsor",
        "tags", "tag-list", "tagcloud", "breadcrumb", "disqus", "menu", "replies", "social",
        "pagination", "pager", "popup", "newsletter", "subscri", "cookie", "consent", "nav", "author", "byline",
        "button", "rating", "taboola", "popular", "reply", "teaser", "modal", "signup", "follow", "advert",
        "screen-reader", "meta", "recommend", "community", "masthead",
    ])
    /// The names of an article's own container: `entry-content`, `post-body`, `articleBody`, `story-text`.
    static let containerSubject = bits(["article", "entry", "post", "story"])
    static let containerPart = bits(["body", "content", "text"])
    static let comment = bits(["comment", "replies", "disqus"])
    static let teaser = bits(["teaser"])
    /// The text under a picture (`wp-caption-text`, `media-caption`): its subject and credit, not the article's.
    static let caption = bits(["caption"])
    /// Regions whose dates and names belong to other posts or to commenters.
    static let elsewhere = bits(["comment", "replies", "disqus", "sidebar", "related", "popular", "recommend"])
    /// Where a post's dates are shown.
    static let dated = bits(["date", "time", "publish", "posted"])
    static let publish = bits(["publish", "posted"])
    static let modified = bits(["modified", "updated"])
    /// Where a post's author is named.
    static let byline = bits(["author", "byline"])

    /// Boxes set into an article's text that belong to the site or to another page, not to the
    /// article: fact boxes, disclaimers and affiliate disclosures, copyright lines, calls to action.
    /// Not embedded social posts: a post about what was said there quotes them as its text.
    /// A vocabulary of its own: the first one's 64 words are all taken.
    static let inserts = AttributeVocabulary([
        "factbox", "fact-box", "disclaimer", "ad-disclosure", "affiliate-disclosure", "editorial-disclosure",
        "copyright", "-cta", "cta-",
    ])

    /// Whether the element's class or id names it as one of the `inserts`.
    static func isInsert(_ node: Node) -> Bool {
        node.fragments(of: "class", in: inserts) != 0 || node.fragments(of: "id", in: inserts) != 0
    }

    /// The labels that open what closes an article, apart from its text: whom to contact, what it
    /// cites, where to read on. Lower case, without the colon; several languages, since a label's
    /// words are the only cue to it, and only a line that is the label alone is read so. Not a
    /// bibliography ("Literatur", "References"): a scholarly post's references are part of its text.
    static let appendixLabels: Set<String> = [
        "kontakt", "pressekontakt", "ansprechpartner", "ansprechpartnerin", "quellen", "quellenangaben",
        "weitere informationen", "zusatzinformationen", "originalpublikation", "originalveröffentlichung",
        "contact", "contacts", "press contact", "media contact", "sources", "further information",
        "more information", "original publication", "pour en savoir plus", "publication originale",
        "contacto", "fuentes", "más información", "contatti", "fonti", "contato", "fontes", "mais informações",
        "bronnen", "meer informatie", "źródła",
    ]

    /// The labels of a line that credits a picture or names a source ("Foto: …", "Credit: …").
    static let creditLabels: Set<String> = [
        "foto", "fotos", "bild", "bilder", "titelbild", "beitragsbild", "quelle", "photo", "photos", "image",
        "credit", "credits", "photo credit", "source", "crédit", "crédits", "crédit photo", "crédits photos",
        "crédito", "créditos", "fuente", "fonte", "fotografía", "foto di",
    ]

    /// Styles that hide an element from readers.
    static let hiddenStyles = AttributeVocabulary(["display:none", "display: none", "visibility:hidden"])

    /// The words in the element's `class` and `id`; `classes` remembers the class values a walk
    /// has read (ids are each a page's own, and read anew).
    static func words(of node: Node, classes: inout RememberedFragments) -> UInt64 {
        classes.fragments(of: node) | node.fragments(of: "id", in: words)
    }

    /// Readability's class weight: -50 to +50.
    static func weight(_ words: UInt64) -> Int {
        (words & positive != 0 ? 25 : 0) - (words & negative != 0 ? 25 : 0)
    }

    static func isContainer(_ words: UInt64) -> Bool {
        words & containerSubject != 0 && words & containerPart != 0 && words & chrome == 0
    }

    /// Hidden by the page: the `hidden` attribute, `aria-hidden`, or an inline style.
    static func isHidden(_ node: Node) -> Bool {
        node.hasAttribute("hidden") || node.fragments(of: "style", in: hiddenStyles) != 0
            || (node.hasAttribute("aria-hidden") && node["aria-hidden"] == "true")
    }

    /// Landmark roles that are not the article.
    static func hasChromeRole(_ node: Node) -> Bool {
        guard node.hasAttribute("role"), let role = node["role"] else { return false }
        return ["navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "search", "dialog",
                "alert", "alertdialog"].contains(role)
    }
}
