import XCTest
import ThreadModel
@testable import ThreadExtraction

/// The post's date and author where no engine gives them: structured data, meta tags, the page's elements.
final class PostMetadataTests: XCTestCase {
    private let paragraph = "<p>Sentences of the article, with commas, clauses and a full stop, long enough to count as text a reader came for.</p>"

    private func published(head: String = "", url: String? = nil, body: String) throws -> String? {
        let canonical = url.map { "<link rel=\"canonical\" href=\"\($0)\">" } ?? ""
        let thread = try extractThread("<html><head>\(canonical)\(head)</head><body>\(body)</body></html>")
        return thread.post?.published?.description
    }

    private func jsonLD(_ fields: String) -> String {
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\(fields)}</script>"
    }

    func testUTCMomentIsWrittenInTheOffsetThePageGivesItElsewhere() throws {
        let date = try published(
            head: jsonLD("\"datePublished\":\"2019-10-18T22:04:00Z\"") + "<meta name=\"date\" content=\"Sat, 19 Oct 2019 00:04:00 +0200\">",
            body: "<article>\(paragraph)</article>")
        XCTAssertEqual(date, "2019-10-19T00:04:00+02:00")
    }

    func testUTCMomentTakesTheDayShownBesideTheTitle() throws {
        let date = try published(
            head: jsonLD("\"datePublished\":\"2020-12-05T23:15:0Z\""),
            body: "<article><h1>Title</h1><p itemprop=\"datePublished\" class=\"data\">06 Dicembre 2020</p>\(paragraph)</article>")
        XCTAssertEqual(date, "2020-12-06")
    }

    func testUTCMomentTakesTheAddressDayOnlyWhereAnOffsetCanExplainIt() throws {
        // 02:18 UTC is the evening before in the Americas.
        XCTAssertEqual(try published(
            head: jsonLD("\"datePublished\":\"2020-02-18T02:18:11Z\""), url: "https://news.example/2020/02/17/story/",
            body: "<article>\(paragraph)</article>"), "2020-02-17")
        // 10:04 UTC is the same day everywhere but in the middle of the Pacific: the address has the print day.
        XCTAssertEqual(try published(
            head: jsonLD("\"datePublished\":\"2020-07-09T10:04:04Z\""), url: "https://news.example/2020/07/08/story/",
            body: "<article>\(paragraph)</article>")?.prefix(10), "2020-07-09")
    }

    func testDateOfAGeneralMetaNameGivesWayToTheDateBesideTheTitle() throws {
        let date = try published(
            head: "<meta name=\"date\" content=\"2020-04-30\">",
            body: "<article><h1>Title</h1><p class=\"byline\">Von A. Autor <time>29.04.2020, 12:01 Uhr</time></p>\(paragraph)</article>")
        XCTAssertEqual(date?.prefix(10), "2020-04-29")
    }

    func testUpdateDateOnlyWhereNothingElseDatesThePost() throws {
        XCTAssertEqual(try published(
            head: "<meta property=\"og:updated_time\" content=\"2021-01-02T03:04:05+01:00\">",
            body: "<article>\(paragraph)</article>"), "2021-01-02T03:04:05+01:00")
        XCTAssertEqual(try published(
            head: "<meta property=\"og:updated_time\" content=\"2021-01-02T03:04:05+01:00\">",
            url: "https://blog.example/2020/12/24/post/", body: "<article>\(paragraph)</article>"), "2020-12-24")
    }

    func testVideoPageIsDatedByItsUpload() throws {
        let date = try published(
            head: "<script type=\"application/ld+json\">{\"@type\":\"VideoObject\",\"uploadDate\":\"2019-10-19T07:49:00+02:00\"}</script>",
            body: "<div>\(paragraph)<p>Am 22.10.2019 erscheint die neue Ausgabe.</p></div>")
        XCTAssertEqual(date, "2019-10-19T07:49:00+02:00")
    }

    func testWordPressPostIsNotDatedByACommentInsideItsArticle() throws {
        let thread = try extractThread("""
            <html><head><meta name="generator" content="WordPress 6.4"></head><body>
            <article class="post hentry"><h1 class="entry-title">Title</h1><div class="entry-content">\(paragraph)\(paragraph)</div>
            <div id="comments"><div id="comment-7" class="comment even depth-1"><article id="div-comment-7" class="comment-body">
            <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Reader</b></div>
            <div class="comment-metadata"><a href="#comment-7"><time datetime="2014-09-21T14:58:59+02:00">September 21, 2014</time></a></div></footer>
            <div class="comment-content"><p>Nice post.</p></div></article></div></div></article>
            <script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2014-03-05T10:38:31+00:00"}</script>
            </body></html>
            """)
        XCTAssertEqual(thread.comments.count, 1)
        XCTAssertEqual(thread.post?.published?.description, "2014-03-05T10:38:31Z")
    }

    func testDublinCoreDateGivesWayToTheDateTheArticlesMicrodataShows() throws {
        let head = "<meta name=\"DCTERMS.date\" content=\"2022-01-21T15:38:44+01:00\">"
        XCTAssertEqual(try published(
            head: head,
            body: "<article><h1>Title</h1><time itemprop=\"datePublished\" datetime=\"2022-01-27\">27.01.2022</time>\(paragraph)</article>"),
            "2022-01-27")
        // Microdata written for crawlers only (its text the machine form) does not outrank it.
        XCTAssertEqual(try published(
            head: head,
            body: "<article><h1>Title</h1><time itemprop=\"datePublished\" datetime=\"2022-01-20\">2022-01-20</time>\(paragraph)</article>"),
            "2022-01-21T15:38:44+01:00")
    }

    func testDublinCoreDateGivesWayToTheDateShownBesideTheTitle() throws {
        let date = try published(
            head: "<meta name=\"dc.Date\" content=\"2020-03-03\">",
            body: """
                <div class="article"><div class="citation"><div class="top"><span>Original Research</span><span>7 April 2020</span></div>
                <div class="title-wrapper"><h1>Title</h1></div></div>\(paragraph)\(paragraph)</div>
                """)
        XCTAssertEqual(date, "2020-04-07")
    }

    func testTodaysDateInTheMastheadDoesNotDateThePost() throws {
        let date = try published(
            head: "<meta name=\"date\" content=\"2017-05-01T17:05:00+0200\">", url: "https://radio.example/story.html",
            body: """
                <header><h1><a href="/" class="logo">Radio</a></h1><span class="site-date"><span>Mittwoch, </span>26.02.2020</span></header>
                <article><h2>Title</h2>\(paragraph)\(paragraph)</article>
                """)
        XCTAssertEqual(date, "2017-05-01T17:05:00+02:00")
    }

    func testPublicationDateHeldInAScriptsState() throws {
        let plain = "<script>window.__STATE__ = {\"review\":{\"id\":7,\"publishedDate\": \"2016-11-04T20:37:27Z\"}};</script>"
        XCTAssertEqual(try published(body: "<div>\(paragraph)</div>\(plain)"), "2016-11-04T20:37:27Z")
        // State serialised as a JSON string inside the script, its quotes escaped.
        let escaped = "<script>var state = JSON.parse(\"{\\\"published_at\\\":\\\"2019-03-02T06:22:28+01:00\\\"}\");</script>"
        XCTAssertEqual(try published(body: "<div>\(paragraph)</div>\(escaped)"), "2019-03-02T06:22:28+01:00")
        // A longer key that ends in one of the names is another field.
        let other = "<script>var s = {\"firstpublishedDate\":\"2001-01-01T00:00:00Z\"};</script>"
        XCTAssertNil(try published(body: "<div>\(paragraph)</div>\(other)"))
    }

    func testTimeShowingAnotherDayThanItsValueIsDatedByWhatReadersSee() throws {
        let body = { (time: String) in "<article><h1>Title</h1><div class=\"time\">\(time)</div>\(self.paragraph)</article>" }
        XCTAssertEqual(try published(
            body: body("<time datetime=\"2019-07-03T10:18:46Z\">Publié le 29 juin 2019</time>")),
            "2019-06-29")
        // The evening before in another offset is the same moment.
        XCTAssertEqual(try published(
            body: body("<time datetime=\"2019-07-03T01:18:46+02:00\">July 2, 2019</time>")), "2019-07-03T01:18:46+02:00")
    }

    func testStructuredDataDateWrittenAsPagesDisplayIt() throws {
        XCTAssertEqual(try published(
            head: jsonLD("\"datePublished\":\"Tue, Sep 15 2020 10:01:41 EDT\""), body: "<article>\(paragraph)</article>")?.prefix(10),
            "2020-09-15")
    }

    func testTeasersOfOtherArticlesInsideTheArticleDoNotDateIt() throws {
        let teaser = { (id: Int, day: Int) in
            "<li><a href=\"news.php?id=\(id)\"><h4>Another story \(id)</h4></a><div class=\"event_date\">\(day). November 2021</div></li>"
        }
        let date = try published(
            head: "<title>Mini SUV on the rise</title>",
            body: """
                <div class="section"><ul>\(teaser(1, 4))\(teaser(2, 4))</ul><h1>Mini SUV on the rise</h1>
                <div class="event_date">5. November 2021, 10:39 Uhr</div>\(paragraph)\(paragraph)</div>
                """)
        XCTAssertEqual(date?.prefix(10), "2021-11-05")
    }

    func testMachineDateWithUnpaddedSeconds() {
        XCTAssertEqual(MachineDate.parse("2020-12-05T23:15:0Z")?.description, "2020-12-05T23:15:00Z")
    }

    private func author(head: String = "", body: String) throws -> Person? {
        try extractThread("<html><head>\(head)</head><body>\(body)</body></html>").post?.author
    }

    func testAuthorReferencedByIdInTheGraph() throws {
        let graph = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"Article","author":{"@id":"https://blog.example/#/schema/person/1"},"headline":"Title"},
            {"@type":["Person"],"@id":"https://blog.example/#/schema/person/1","name":"Megha M"}]}</script>
            """
        XCTAssertEqual(try author(head: graph, body: "<article>\(paragraph)</article>")?.name, "Megha M")
    }

    func testAuthorGivenOnlyAsAnAddressIsNoName() throws {
        let head = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":\"https://blog.example/author/k/#author\"}</script>"
        XCTAssertNil(try author(head: head, body: "<article>\(paragraph)</article>"))
    }

    func testAuthorOfStructuredDataWrappedInCharacterData() throws {
        let head = """
            <script type="application/ld+json">
              <![CDATA[
              {"@type":"Article","author":[{"@type":"Person","name":"Daniel Kahn Gillmor"}]}
              ]]>
            </script>
            """
        XCTAssertEqual(try author(head: head, body: "<article>\(paragraph)</article>")?.name, "Daniel Kahn Gillmor")
    }

    func testAuthorOfAMetaTagThatWritesItsValueInValue() throws {
        let head = "<meta name=\"author\" value=\"&#x9AD8;&#x6728;&#x6D69;&#x5149;\">"
        XCTAssertEqual(try author(head: head, body: "<article>\(paragraph)</article>")?.name, "高木浩光")
    }

    func testWordPressAuthorBoxLeadingWithTheAvatarLink() throws {
        let thread = try extractThread("""
            <html><head><meta name="generator" content="WordPress 6.4"></head><body>
            <article class="post hentry"><h1 class="entry-title">Title</h1>
            <div class="author vcard"><a href="https://news.example/autoren/t-s/"><img src="/t.jpg"></a><div>Von <strong><a href="https://news.example/autoren/t-s/">Tomas Spahn</a></strong></div></div>
            <div class="entry-content">\(paragraph)\(paragraph)</div></article></body></html>
            """)
        XCTAssertEqual(thread.post?.author?.name, "Tomas Spahn")
        XCTAssertEqual(thread.post?.author?.url, "https://news.example/autoren/t-s/")
    }

    func testSiteTitleMarkedAsAuthorIsNotTheByline() throws {
        // Jekyll's minima theme marks its site title `rel=author`; the post names its author in microdata.
        let thread = try extractThread("""
            <html><head><link rel="canonical" href="https://kitchen.example/2023/11/05/amazake.html"></head><body>
            <header><a class="site-title" rel="author" href="/">Kitchen</a></header>
            <article><h1>Title</h1><p class="post-meta"><span itemprop="author"><span itemprop="name">森 健二</span></span></p>
            <div class="post-content">\(paragraph)\(paragraph)</div></article></body></html>
            """)
        XCTAssertEqual(thread.post?.author?.name, "森 健二")
    }

    func testTagsAndCategoriesLinkedNearTheArticleNotInTheSidebar() throws {
        let thread = try extractThread("""
            <html><body><article>\(paragraph)\(paragraph)
            <p>Filed under <a href="https://b.example/c/travel" rel="category tag">Travel</a>,
            tagged <a href="https://b.example/t/tides" rel="tag">tides</a> <a href="https://b.example/t/kayak" rel="tag">kayak</a>
            <a href="https://b.example/t/tides" rel="tag">tides</a></p></article>
            <div class="sidebar"><a href="https://b.example/t/other" rel="tag">other</a></div></body></html>
            """)
        XCTAssertEqual(thread.post?.tags, ["tides", "kayak"])
        XCTAssertEqual(thread.post?.categories, ["Travel"])
    }

    func testTagsOfOpenGraphWhereThePageLinksNone() throws {
        let thread = try extractThread("""
            <html><head><meta property="article:tag" content="bahn"><meta property="article:tag" content="deutschland">
            <meta property="article:section" content="News"></head><body><article>\(paragraph)</article></body></html>
            """)
        XCTAssertEqual(thread.post?.tags, ["bahn", "deutschland"])
        XCTAssertEqual(thread.post?.categories, ["News"])
    }

    func testDateOfAnEmbeddedPostIsNotThePagesDate() throws {
        let embed = """
            <blockquote class="instagram-media"><p>A post shared by <a href="https://instagram.example/x/">x</a>
            on <time datetime="2019-04-21T23:47:18+00:00">Apr 21, 2019</time></p></blockquote>
            """
        XCTAssertEqual(try published(
            url: "https://news.example/2019/10/18/story/", body: "<article>\(paragraph)\(embed)\(paragraph)</article>"), "2019-10-18")
    }

    func testDayOfTheLastChangeShownAloneDatesThePost() throws {
        let stated = jsonLD("\"datePublished\":\"2021-01-01T11:00:00Z\",\"dateModified\":\"2023-04-01T10:00:00Z\"")
        XCTAssertEqual(try published(
            head: stated,
            body: "<article><h1>Title</h1><p class=\"date\">Aktualisiert am 01.04.2023, 12:00 Uhr</p>\(paragraph)</article>"),
            "2023-04-01T10:00:00Z")
        // Where the page shows the publication day too, it is the post's.
        XCTAssertEqual(try published(
            head: stated,
            body: "<article><h1>Title</h1><p class=\"date\">01.04.2023</p><p class=\"posted\">Erschienen 01.01.2021</p>\(paragraph)</article>"),
            "2021-01-01T11:00:00Z")
        // A shown day the page does not state as its change is another article's or a mention.
        XCTAssertEqual(try published(
            head: jsonLD("\"datePublished\":\"2021-01-01T11:00:00Z\""),
            body: "<article><h1>Title</h1><p class=\"date\">01.04.2023</p>\(paragraph)</article>"),
            "2021-01-01T11:00:00Z")
    }

    func testDayOfTheLastChangeShownAloneBeatsTheArticlesMicrodataToo() throws {
        let date = try published(
            head: "<meta itemprop=\"dateModified\" content=\"06/13/2019\">",
            body: """
                <article><h1>Title</h1><div class="recipeDate">Updated June 13, 2019</div>
                <meta itemprop="dateCreated" content="01/01/2004">\(paragraph)</article>
                """)
        XCTAssertEqual(date, "2019-06-13")
    }

    func testDateBesideTheTitleInAnyElementBeatsAGeneralMetaName() throws {
        let date = try published(
            head: "<meta name=\"date\" content=\"2020-04-29T11:52:23\">",
            body: "<article><h1>Title</h1><p class=\"text\"><span class=\"stand\">Stand: 28.04.2020 18:00 Uhr</span></p>\(paragraph)</article>")
        XCTAssertEqual(date?.prefix(10), "2020-04-28")
    }

    func testSlashedMetaDateOnAPageWhoseLanguageWritesDotsIsMonthFirst() throws {
        let thread = try extractThread("""
            <html lang="de"><head><meta name="date" content="11/01/2023 12:43:42"></head>
            <body><article>\(paragraph)</article></body></html>
            """)
        XCTAssertEqual(thread.post?.published?.description, "2023-11-01T12:43:42")
    }
}

