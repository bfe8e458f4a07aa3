import HTMLDOM
import ThreadModel

/// The day a post was first published, htmldate's way: what the page states for machines first
/// (JSON-LD, then meta tags named for publication, original before update), then the page's own
/// elements near the article (`itemprop`, `time`, elements named for a date), then meta tags of
/// a general name (`date`), then a date in the address (`/2012/10/21/`), then a date displayed in
/// the article's byline, and an update date only where nothing else dates the post. A UTC
/// moment is given on the day the page's readers saw (see `LocalDay`). Dates of comments,
/// sidebars and related posts are never read (`TextDensity` leaves them out).
enum PublishedDate {
    /// Meta names and properties that hold the publication date, most trusted first.
    static let metaNames = [
        "article:published_time", "og:article:published_time", "article:published", "og:published_time",
        "published_time", "datepublished", "date_published", "publishdate", "publish-date", "publish_date",
        "pubdate", "pub_date", "publication_date", "citation_publication_date", "citation_date", "dc.date.issued",
        "dcterms.issued", "dc.date.created", "dcterms.created", "dc.created", "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate", "rnews:datepublished",
        "prism.publicationdate", "release_date",
    ]
    /// Dublin Core's plain date: any date of the resource's life, so a publication date the
    /// article's own microdata states (`time itemprop=datePublished`), or one shown beside its
    /// title, is trusted more.
    static let dublinCoreNames = ["dc.date", "dcterms.date"]
    /// Keys that hold the publication date in a script's state (a `window.__STATE__ = {…}`
    /// blob), for pages whose date is stated nowhere else.
    static let scriptStateKeys = ["datePublished", "publishDate", "publishedDate", "published_at", "publishedAt"].map { Array($0.utf8) }
    /// Names general enough that a date shown beside the article is trusted more: a `date` is
    /// often the page's last change, an `uploadDate` the embedded video's.
    static let looseMetaNames = ["date", "datecreated", "created", "uploaddate"]
    /// The last change: a date only where the page gives no other.
    static let updateMetaNames = ["article:modified_time", "og:updated_time", "datemodified", "last-modified"]

    static func published(page: Page, density: TextDensity?, article: [Node]) -> PageDate? {
        let metadata = page.metadata
        let language = metadata.language
        let address = metadata.url.flatMap(addressDate)
        let masthead = Masthead(page: page)
        let teasers = TeaserItem(page: page)
        // The masthead shows today's date, a teaser another article's.
        func isElsewhere(_ node: Node) -> Bool { masthead.holds(node) || teasers.holds(node) }
        // Read only where it is needed: most pages state the date for machines.
        func besideTitle() -> PageDate? {
            density.flatMap { density in
                nearest(density.datelines, to: article, reading: { node in
                    guard !isElsewhere(node), isBesideTitle(node), isShownToReaders(node) else { return nil }
                    return displayedDate(of: node, language: language)
                })
            }
        }
        func shownDate() -> PageDate? {
            density.flatMap { density in
                nearest(density.dated, to: article, reading: { isElsewhere($0) ? nil : machineDate(of: $0, language: language) })
                    ?? nearest(density.dated, to: article, reading: {
                        isElsewhere($0) ? nil : displayedDate(of: $0, language: language)
                    })
            }
        }
        func dublinCore() -> PageDate? {
            guard let stated = meta(metadata, names: dublinCoreNames).first else { return nil }
            let shownMicrodata = density.flatMap { density in
                nearest(density.dated, to: article, reading: { node in
                    guard node.hasAttribute("itemprop"), isShownToReaders(node) else { return nil }
                    return machineDate(of: node, language: language)
                })
            }
            return shownMicrodata ?? besideTitle() ?? stated
        }
        // The page shows its readers only the day of its last change, and states the publication
        // day for machines alone: readers date the post by what they see. The shown date must be
        // one the page states as a change, so that it is this article's and not a teaser's.
        func shownUpdate(unlike stated: PageDate) -> PageDate? {
            guard let density else { return nil }
            func shown(where accepted: (PageDate) -> Bool) -> PageDate? {
                nearest(density.dated + density.datelines, to: article, reading: { node in
                    guard !isElsewhere(node), isShownToReaders(node),
                        let date = displayedDate(of: node, language: language), accepted(date)
                    else { return nil }
                    return date
                })
            }
            guard let update = shown(where: { _ in true }), !LocalDay.isSameDay(update, stated),
                shown(where: { LocalDay.isSameDay($0, stated) }) == nil
            else { return nil }
            let changed = jsonLD(metadata, keys: ["dateModified"]) + meta(metadata, names: updateMetaNames + ["date"])
            return changed.first { LocalDay.isSameDay($0, update) }
        }
        if let stated = statedForMachines(metadata) ?? dublinCore() {
            if let update = shownUpdate(unlike: stated) { return update }
            guard LocalDay.isUTCMoment(stated) else { return stated }
            let shown = shownDate()
            let written = jsonLD(metadata, keys: ["datePublished", "dateCreated", "uploadDate"])
                + meta(metadata, names: metaNames + dublinCoreNames + looseMetaNames)
            return LocalDay.localized(stated, sameMoment: written + [shown].compactMap { $0 },
                                      days: [shown, address].compactMap { $0 })
        }
        if let shown = shownDate() { return shownUpdate(unlike: shown) ?? shown }
        if let loose = meta(metadata, names: looseMetaNames).first ?? jsonLD(metadata, keys: ["dateCreated", "uploadDate"]).first {
            return shownUpdate(unlike: loose) ?? besideTitle() ?? loose
        }
        if let address { return address }
        if let scripted = scriptStateDate(page) { return scripted }
        if let density, let dateline = nearest(density.datelines, to: article, reading: {
            isElsewhere($0) ? nil : displayedDate(of: $0, language: language)
        }) {
            return dateline
        }
        return jsonLD(metadata, keys: ["dateModified"]).first ?? meta(metadata, names: updateMetaNames).first
    }

    /// The publication date the page states for machines under a name meant for it (JSON-LD's
    /// `datePublished`, `article:published_time` and the like). Where there is one, a date the
    /// structural reader found on a record of the page is not the post's: that record may be a
    /// comment or a teaser.
    static func statedForMachines(_ metadata: PageMetadata) -> PageDate? {
        jsonLD(metadata, keys: ["datePublished"]).first ?? meta(metadata, names: metaNames).first
    }

    /// The dates of `keys` in JSON-LD, the article's object first, each object's keys in order.
    private static func jsonLD(_ metadata: PageMetadata, keys: [String]) -> [PageDate] {
        ([metadata.article].compactMap { $0 } + metadata.jsonLD).flatMap { object in
            // Some write the date as pages display it ("Tue, Sep 15 2020 10:01:41 EDT").
            keys.compactMap { object.string($0).flatMap { MachineDate.parse($0) ?? DisplayedDate.parseStated($0, language: metadata.language) } }
        }
    }

    /// The dates of the meta tags `names`, in the order of the names.
    private static func meta(_ metadata: PageMetadata, names: [String]) -> [PageDate] {
        names.compactMap { metadata.meta[$0] }.compactMap {
            MachineDate.parse($0) ?? DisplayedDate.parseStated($0, language: metadata.language)
        }
    }

    /// The first publication date a script's state holds under `scriptStateKeys` (JSON-LD
    /// scripts are read as such). Escaped quotes count: state is often a JSON string in a string.
    private static func scriptStateDate(_ page: Page) -> PageDate? {
        // Searched as bytes: scripts are the longest texts of many pages, and the keys and the
        // quotes around them are ASCII.
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        let separators: [UInt8] = [UInt8(ascii: ":"), UInt8(ascii: " "), backslash, quote]
        for script in page.signals.scripts where script["type"]?.lowercased() != "application/ld+json" {
            let text = script.rawUTF8
            for key in scriptStateKeys {
                var searched = 0
                while let found = text.firstRange(of: key, from: searched) {
                    searched = found.upperBound
                    // A whole key: quoted on both sides, the closing quote escaped or not.
                    guard found.lowerBound > 0, text[found.lowerBound - 1] == quote, found.upperBound < text.count,
                        text[found.upperBound] == quote || text[found.upperBound] == backslash
                    else { continue }
                    // `":"`, `\":\"` or `": "`, then the value up to its closing quote.
                    let start = text[found.upperBound...].firstIndex { !separators.contains($0) } ?? text.count
                    let end = text[start...].prefix(maximumStateValueBytes + 1).firstIndex { $0 == quote || $0 == backslash }
                        ?? min(text.count, start + maximumStateValueBytes + 1)
                    guard end - start <= maximumStateValueBytes else { continue }
                    let value = String(decoding: text[start..<end], as: UTF8.self)
                    if value.count <= 40, let date = MachineDate.parse(value) { return date }
                }
            }
        }
        return nil
    }

    /// Past this a value is not one of the 40 characters at most that a date is written in (in
    /// ASCII, as `MachineDate` reads it), whatever it holds.
    private static let maximumStateValueBytes = 160

    /// The date an element states for machines: `itemprop=datePublished`'s content, a `time`'s
    /// `datetime`, an `abbr`'s title. Modification dates are not publication dates.
    private static func machineDate(of node: Node, language: String?) -> PageDate? {
        if node.hasAttribute("itemprop") {
            guard let property = node["itemprop"], property == "datePublished" || property == "dateCreated" else {
                return nil
            }
            let value = node["content"] ?? node["datetime"] ?? node.visibleText
            return MachineDate.parse(value) ?? DisplayedDate.parse(value)
        }
        guard node.is("time") || node.is("abbr"), let value = node["datetime"] ?? node["title"] else { return nil }
        if node.fragments(of: "class", in: ArticleVocabulary.words) & ArticleVocabulary.modified != 0,
            node.fragments(of: "class", in: ArticleVocabulary.words) & ArticleVocabulary.publish == 0
        {
            return nil
        }
        guard let stated = MachineDate.parse(value) else { return nil }
        return shownDay(of: node, unlike: stated, language: language) ?? stated
    }

    /// The day an element's text shows where its machine value names another day ("Publié le
    /// 29 juin 2019" on a `datetime` of July 3rd: the value is the day the page was indexed or
    /// changed). Readers see the text.
    private static func shownDay(of node: Node, unlike stated: PageDate, language: String?) -> PageDate? {
        guard let shown = displayedDate(of: node, language: language),
            DayDisagreement.disagree(shown: shown, stated: stated)
        else { return nil }
        return shown
    }

    /// Whether `node` stands beside the page's `h1`: the heading, or a wrapper of it, is a
    /// sibling of the node or of its parent.
    private static func isBesideTitle(_ node: Node) -> Bool {
        node.ancestors.prefix(2).contains { container in
            container.elementChildren.contains { child in
                !child.contains(node) && (child.is("h1") || child.elementChildren.contains { $0.is("h1") })
            }
        }
    }

    /// Whether the element's text is a date as readers read it ("27.01.2022"), not the machine
    /// form repeated for crawlers.
    private static func isShownToReaders(_ node: Node) -> Bool {
        guard let text = node.visibleText(underBytes: 120) else { return false }
        return MachineDate.parseISO8601(text) == nil && DisplayedDate.parse(text) != nil
    }

    /// A date shown as text in an element named for one (`span.posted-on`, `div.date`), short
    /// enough to be a dateline rather than a paragraph.
    private static func displayedDate(of node: Node, language: String?) -> PageDate? {
        guard let text = node.visibleText(underBytes: 120), text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return DisplayedDate.parse(text, language: language)
    }

    /// The first date found in the candidate closest to the article: the one that shares the
    /// deepest ancestor with it, document order breaking ties; inside the article counts closest.
    private static func nearest(
        _ placed: [TextDensity.Placed], to article: [Node], reading: (Node) -> PageDate?
    ) -> PageDate? {
        let candidates = placed.lazy.filter { !$0.isOutside(article) }.map(\.node)
        var ancestry: [Node: Int] = [:]
        if let first = article.first {
            ancestry[first] = Int.max
            for (level, ancestor) in first.ancestors.enumerated() { ancestry[ancestor] = -level }
        }
        var best: (date: PageDate, closeness: Int)?
        for candidate in candidates where !EmbeddedPost.isQuoted(candidate) {
            let closeness = sequence(first: candidate, next: \.parent).lazy.compactMap { ancestry[$0] }.first ?? Int.min
            if let best, best.closeness >= closeness { continue }
            guard let date = reading(candidate) else { continue }
            best = (date, closeness)
        }
        return best?.date
    }

    /// A full date in the page's address: `/2012/10/21/`, `/2012-10-21-title`, `/20121021/`.
    static func addressDate(_ url: String) -> PageDate? {
        let bytes = Array(url.utf8)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[start..<(start + count)] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        for start in bytes.indices where bytes[start] == UInt8(ascii: "/") {
            let yearStart = start + 1
            guard let year = number(yearStart, 4), (1995...2100).contains(year) else { continue }
            var index = yearStart + 4
            let separator = index < bytes.count ? bytes[index] : 0
            let separated = separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: "_")
            if separated { index += 1 }
            guard let month = number(index, 2) else { continue }
            index += 2
            if separated {
                guard index < bytes.count, bytes[index] == separator else { continue }
                index += 1
            }
            guard let day = number(index, 2) else { continue }
            // The day ends the number: `/2012/10/215/` is no date.
            if index + 2 < bytes.count, bytes[index + 2] >= 0x30 && bytes[index + 2] <= 0x39 { continue }
            if let date = PageDate(year: year, month: month, day: day) { return date }
        }
        return nil
    }
}
