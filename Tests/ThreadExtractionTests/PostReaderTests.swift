import XCTest
import ThreadModel
@testable import ThreadExtraction

final class PostReaderTests: XCTestCase {
    private let paragraph = "<p>Sentences of the article, with commas, clauses and a full stop, long enough to count as text a reader came for.</p>"

    func testArticleIsFoundByItsParagraphsAmongLinkLists() throws {
        let menu = "<div><a href=/a>One</a> <a href=/b>Two</a> <a href=/c>Three</a></div>"
        let thread = try extractThread("""
            <html><body>\(menu)<div class="x1"><div class="x2">\(paragraph)\(paragraph)\(paragraph)</div></div>\(menu)</body></html>
            """)
        XCTAssertEqual(thread.post?.body.blocks.count, 3)
        XCTAssertFalse(thread.post?.body.plainText.contains("Three") ?? true)
    }

    func testLinkListsInsideTheArticleArePruned() throws {
        let thread = try extractThread("""
            <html><body><article>\(paragraph)\(paragraph)
            <ul><li><a href=/a>Another post of the site</a></li><li><a href=/b>And one more of them</a></li></ul>
            <p><a href=/c>Read the next one</a></p></article></body></html>
            """)
        let text = thread.post?.body.plainText ?? ""
        XCTAssertTrue(text.hasPrefix("Sentences of the article"))
        XCTAssertFalse(text.contains("Another post"))
        XCTAssertFalse(text.contains("Read the next one"))
    }

    func testPrunedByDeveloperClassesWhateverTheLanguage() throws {
        let thread = try extractThread("""
            <html lang="fi"><body><div class="entry-content">\(paragraph)\(paragraph)
            <div class="share-buttons">Jaa tämä artikkeli ystävillesi, se on hyvä</div>
            <p class="byline">Kirjoittanut Matti Meikäläinen</p>
            <div class="post-tags">Avainsanat: talvi, metsä</div></div></body></html>
            """)
        let text = thread.post?.body.plainText ?? ""
        XCTAssertFalse(text.contains("Jaa"))
        XCTAssertFalse(text.contains("Kirjoittanut"))
        XCTAssertFalse(text.contains("Avainsanat"))
        XCTAssertTrue(text.contains("Sentences of the article"))
    }

    func testBoxesSetIntoTheTextArePruned() throws {
        // Named by their developers: a fact box, a disclaimer, an affiliate disclosure, a call to
        // action and a copyright line, each a block the site sets into every article.
        let boxes = ["factbox", "post-disclaimer", "affiliate-disclosure", "c-letters-cta", "article-copyright"]
        let thread = try extractThread("""
            <html><body><div class="entry-content">\(paragraph)\(paragraph)
            \(boxes.map { "<div class=\"\($0)\"><p>Boxed \($0), a sentence set into every article.</p></div>" }.joined())
            \(paragraph)</div></body></html>
            """)
        let text = thread.post?.body.plainText ?? ""
        for box in boxes { XCTAssertFalse(text.contains(box), box) }
        XCTAssertEqual(thread.post?.body.blocks.count, 3)
    }

    func testAClosingLineThatIntroducesWhatWasPrunedIsDropped() throws {
        let thread = try extractThread("""
            <html><body><article>\(paragraph)\(paragraph)<p>Waiting for it: the rest.</p><p><strong>More on this:</strong></p>
            <ul><li><a href=/a>Another post of the site</a></li><li><a href=/b>And one more of them</a></li></ul></article></body></html>
            """)
        let text = thread.post?.body.plainText ?? ""
        XCTAssertFalse(text.contains("More on this"))
        XCTAssertTrue(text.contains("Waiting for it: the rest."))
    }

    func testFieldsBesideTheTextDoNotPruneTheArticle() throws {
        // A theme's content wrapper holding the post and its search and sign-up fields: the
        // wrapper is the article found, and its fields are not a form box to prune.
        let fields = "<input type=text name=s><input type=submit><input type=email name=e><button>Go</button>"
        let thread = try extractThread("""
            <html><body><div class="layout"><div id="wrap" class="row">\(paragraph)\(paragraph)\(paragraph)\(fields)\(fields)</div></div></body></html>
            """)
        XCTAssertEqual(thread.post?.body.blocks.count, 3)
    }

    func testAnArticleElementNamedLikeChromeIsKeptWhereItHoldsMuchOfTheText() throws {
        // Drupal's `node--promoted` holds "promo"; the post's own element is not a promotion box.
        let thread = try extractThread("""
            <html><body><div class="wrap">\(paragraph)\(paragraph)\(paragraph)\(paragraph)
            <article class="node node--promoted">\(paragraph)\(paragraph)\(paragraph)</article></div></body></html>
            """)
        XCTAssertEqual(thread.post?.body.blocks.count, 7)
    }

    func testJSONLDCharacterReferencesAreDecoded() throws {
        let thread = try extractThread("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Lindsey O&#039;Donnell"},"datePublished":"2021-03-04T05:06:07Z"}</script></head>
            <body><article>\(paragraph)</article></body></html>
            """)
        XCTAssertEqual(thread.post?.author?.name, "Lindsey O'Donnell")
        XCTAssertEqual(thread.post?.published?.description.prefix(10), "2021-03-04")
    }

    func testPublishedDateOfTheArticleNotOfTheSidebar() throws {
        let thread = try extractThread("""
            <html><body><div class="sidebar"><time datetime="2020-01-01">1 Jan</time></div>
            <article><time datetime="2019-05-06T07:08:00Z">6 May</time>\(paragraph)</article></body></html>
            """)
        XCTAssertEqual(thread.post?.published?.description.prefix(10), "2019-05-06")
    }

    func testPublishedDateFromTheAddress() {
        XCTAssertEqual(PublishedDate.addressDate("https://a.example/2012/10/21/title/")?.description, "2012-10-21")
        XCTAssertEqual(PublishedDate.addressDate("https://a.example/news/2019-03-07-title")?.description, "2019-03-07")
        XCTAssertNil(PublishedDate.addressDate("https://a.example/2012/10/215/"))
        XCTAssertNil(PublishedDate.addressDate("https://a.example/id/12345678"))
    }

    func testAuthorFromAnElementNamedForIt() throws {
        let thread = try extractThread("""
            <html><body><article><div class="byline">Par <span class="author-name"><a href="/a/marie">Marie Curie</a></span></div>\(paragraph)</article></body></html>
            """)
        XCTAssertEqual(thread.post?.author?.name, "Marie Curie")
    }
}
