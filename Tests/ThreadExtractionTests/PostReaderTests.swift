import HTMLDOM
import XCTest
import ThreadModel
@testable import ThreadExtraction

final class PostReaderTests: XCTestCase {
    /// A one-line body shows fewer characters than a line, counted across its inlines, a
    /// character of several scalars counting once.
    func testOneLineBodiesAreCountedInCharacters() {
        func body(_ count: Int) -> RichText {
            let half = count / 2
            return RichText([.paragraph([
                .text(String(repeating: "e\u{301}", count: half)), .strong([.link(destination: "https://example.com/", title: nil, content: [.text(String(repeating: "x", count: count - half))])]),
                .lineBreak,
            ])])
        }
        XCTAssertTrue(PostReader.isOneLine(body(PostReader.oneLine - 1)))
        XCTAssertFalse(PostReader.isOneLine(body(PostReader.oneLine)))
        XCTAssertFalse(PostReader.isOneLine(body(10 * PostReader.oneLine)))
        XCTAssertTrue(PostReader.isOneLine(RichText()))
    }

    /// A line's label is its whole text lower-cased, closing colons and spaces off, where that is
    /// shorter than a label; long lines are told from a lower-cased start, and must be told alike
    /// where lower case or characters of several scalars change the count at the start's end.
    func testLabelsAreWholeLinesLowerCased() {
        func reference(_ text: String) -> String? {
            var label = Substring(text.collapsingWhitespace.lowercased())
            while let last = label.last, last == ":" || last == "：" || last.isWhitespace { label.removeLast() }
            return label.count < ArticlePruning.label ? String(label) : nil
        }
        let pieces = ["a", "B", "İ", "e\u{301}", "👩\u{200D}👩", "🇸🇪", " ", ":", "：", "ß", "Σ", "字", "\r\n"]
        // The same texts every run: a linear congruential sequence picks the pieces.
        var state: UInt64 = 0x2545_F491
        func nextPiece() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return pieces[Int(state >> 33) % pieces.count]
        }
        var texts = ["Sources:", "Kontakt ：", String(repeating: "x", count: 200) + ":", String(repeating: "İ", count: 170)]
        for length in [10, 39, 40, 41, 60, 159, 160, 161, 200] {
            for _ in 0..<20 {
                texts.append((0..<length).map { _ in nextPiece() }.joined())
            }
        }
        for kept in [38, 39, 40, 41, 150] {
            texts.append(String(repeating: "a", count: kept) + String(repeating: ":", count: 200))
            texts.append(String(repeating: "A", count: kept) + String(repeating: " ：", count: 100))
        }
        for text in texts {
            XCTAssertEqual(PostReader.label(text), reference(text), text)
        }
    }

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

    func testALabelAboveLinksToOtherPostsIsPrunedWithThem() throws {
        // Whatever the words: a short line closing in a mark, heading a list of links or a
        // quotation that is a link (an embedded post); a line that ends a sentence stays.
        let thread = try extractThread("""
            <html lang="sv"><body><article>\(paragraph)<p><strong>Har du läst?</strong></p>
            <blockquote class="wp-embedded-content"><p><a href="/a">En annan artikel på sajten, om vintern</a></p></blockquote>
            \(paragraph)<p>Mer om detta:</p><div><ul><li><a href=/b>Ännu en artikel på sajten</a></li><li><a href=/c>Och en till av dem</a></li></ul></div>
            \(paragraph)<p>Hej då, vi ses!</p><ul><li><a href=/d>Ännu en artikel på sajten</a></li><li><a href=/e>Och en till av dem</a></li></ul>
            \(paragraph)<h3>Ingredienser:</h3><table><tr><td>2</td><td><a href=/f>Ägg</a></td></tr><tr><td>1 dl</td><td><a href=/g>Mjölk</a></td></tr></table>\(paragraph)</article></body></html>
            """)
        let text = thread.post?.body.plainText ?? ""
        XCTAssertFalse(text.contains("Har du läst?"))
        XCTAssertFalse(text.contains("En annan artikel"))
        XCTAssertFalse(text.contains("Mer om detta"))
        XCTAssertTrue(text.contains("Hej då, vi ses!"))
        XCTAssertTrue(text.contains("Ingredienser:"), "a table's links are its data, and its label stays")
    }

    func testALabelAndOneLinkToATitleIsATeaser() throws {
        let thread = try extractThread("""
            <html lang="it"><body><article>\(paragraph)<p><b>LEGGI ANCHE: <a href="/a">Il nuovo porto aprirà in primavera, dice il sindaco</a></b></p>
            \(paragraph)<p>Orecchini: <a href="https://shop.example/x">Stella</a></p>
            <p>Cento puntate di <a href="/b">Giochi di parole, recitati male da due amici in cucina</a></p>\(paragraph)</article></body></html>
            """)
        let text = thread.post?.body.plainText ?? ""
        XCTAssertFalse(text.contains("LEGGI ANCHE"))
        XCTAssertTrue(text.contains("Orecchini: Stella"), "a name credited after its label is the text's")
        XCTAssertTrue(text.contains("Cento puntate di"), "no label closes in a mark before the link")
    }

    func testAnAppendixBelowItsLabelAndCreditLinesAreLeftOut() throws {
        let thread = try extractThread("""
            <html lang="en"><body><article>\(paragraph)<p><img src="https://a.example/p.jpg" alt="A picture"><br><em>(Credit: A. Photographer)</em></p>
            <p>Contact: the press office</p>\(paragraph)<p><em>Photo: A. Photographer / Agency</em></p>\(paragraph)
            <h4>Original publication</h4><p>Doe J. (2022): A study of things. Journal 1, 2-3.</p><p><strong>Contact:</strong></p><p>Jane Doe, press office</p></article></body></html>
            """)
        let text = thread.post?.body.plainText ?? ""
        XCTAssertFalse(text.contains("Credit"))
        XCTAssertFalse(text.contains("Photo:"))
        XCTAssertFalse(text.contains("Original publication"))
        XCTAssertFalse(text.contains("Jane Doe"))
        XCTAssertTrue(text.contains("Contact: the press office"), "a label with its text is a line of the article")
        XCTAssertTrue(thread.post?.body.blocks.contains { block in
            guard case .paragraph(let inlines) = block, case .image = inlines.first else { return false }
            return inlines.count == 1
        } ?? false, "the picture stays without its credit")
    }

    func testACaptionInTheArticlesHeaderIsNotItsLead() throws {
        let thread = try extractThread("""
            <html><body><article><header><h1>Title</h1><figure><img src="/p.jpg">
            <div class="wp-caption-text">A caption long enough to read as a lead, under the picture of the article's header. Photo: Agency</div></figure></header>
            <div class="text">\(paragraph)\(paragraph)</div></article></body></html>
            """)
        XCTAssertFalse(thread.post?.body.plainText.contains("A caption") ?? true)
    }

    func testALeadPrintedApartBetweenTheHeadingAndTheTextIsKept() throws {
        let lead = "A lead in a wrapper of its own, between the heading and the text, which says what happened and why it matters."
        let thread = try extractThread("""
            <html><body><article><div class="top"><h1>Title</h1><div class="intro"><div class="rich">\(lead)</div></div>
            <div class="meta-line">By A. Writer</div><figure><img src="/p.jpg"><figcaption>A caption under the picture, long enough to be read as a lead if it were one.</figcaption></figure></div>
            <div class="article-content">\(paragraph)\(paragraph)</div></article></body></html>
            """)
        let text = thread.post?.body.plainText ?? ""
        XCTAssertTrue(text.hasPrefix(lead), text)
        XCTAssertFalse(text.contains("A caption"))
    }

    func testOnlyALeadWithLittleAroundItIsTakenFromAboveTheText() throws {
        let box = "A. Writer leads the desk of the paper and has written about the city for many years, before that abroad."
        let authorBox = try extractThread("""
            <html><body><h1>Title</h1><div class="author-box"><p>\(box)</p></div>
            <div class="article-content">\(paragraph)\(paragraph)\(paragraph)</div></body></html>
            """)
        XCTAssertFalse(authorBox.post?.body.plainText.contains("A. Writer") ?? true, "an author's box is not a lead")
        let teasers = (1...6).map { "<div class=\"card\"><a href=\"/n\($0)\">Teaser number \($0) of another article of the site</a> <span>with a line about it</span></div>" }.joined()
        let crowded = try extractThread("""
            <html><body><h1>Site name</h1><div class="intro"><p>\(box)</p></div>\(teasers)
            <div class="article-content">\(paragraph)\(paragraph)\(paragraph)</div></body></html>
            """)
        XCTAssertFalse(crowded.post?.body.plainText.contains("A. Writer") ?? true, "much else stands between the heading and the text")
    }

    func testThePostsTermClassesDoNotNameItsElement() throws {
        // WordPress's post_class: categories "Social Media" and "Bundestagswahl" and a tag "Sharing" are the post's subjects.
        let document = try HTMLDocument(bytes: Array("""
            <html><body><article class="post-7 post type-post status-publish hentry category-social-media category-bundestagswahl tag-sharing">
            <div class="tags-links">\(paragraph)</div></article></body></html>
            """.utf8))
        let article = try XCTUnwrap(document.root?.first { $0.is("article") })
        var classes = RememberedFragments(ArticleVocabulary.words, in: "class")
        XCTAssertEqual(ArticleVocabulary.words(of: article, classes: &classes) & ArticleVocabulary.chrome, 0)
        XCTAssertNotEqual(ArticleVocabulary.words(of: article, classes: &classes) & ArticleVocabulary.positive, 0)
        let list = try XCTUnwrap(document.root?.first { $0.is("div") })
        XCTAssertNotEqual(ArticleVocabulary.words(of: list, classes: &classes) & ArticleVocabulary.chrome, 0, "a developer's class is read")
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
