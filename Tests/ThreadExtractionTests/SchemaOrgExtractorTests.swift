import ThreadModel
import XCTest

final class SchemaOrgExtractorTests: XCTestCase {
    func testJSONLDCommentsWithNestedRepliesAndParentItem() throws {
        let thread = try extractThread("""
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"BlogPosting","headline":"Post","commentCount":3,
             "comment":[
               {"@type":"Comment","@id":"https://b.example/p#c-11","author":{"@type":"Person","name":"Ann"},
                "dateCreated":"2024-01-02T03:04:00+01:00","text":"One.",
                "comment":[{"@type":"Comment","@id":"https://b.example/p#c-12","author":"Bo","text":"Two."}]},
               {"@type":"Comment","@id":"https://b.example/p#c-13","author":"Cy","text":"Three.",
                "parentItem":{"@id":"https://b.example/p#c-11"}}]}
            </script></head><body></body></html>
            """)
        XCTAssertEqual(thread.source.platform, Platform("schemaorg"))
        XCTAssertEqual(thread.comments.map(\.id), ["11", "12", "13"])
        XCTAssertEqual(thread.comments.map(\.parentId), [nil, "11", "11"])
        XCTAssertEqual(thread.comments.map { $0.author?.name }, ["Ann", "Bo", "Cy"])
        XCTAssertEqual(thread.declaredCommentCount, 3)
    }

    func testMicrodataCommentPropertiesAreNotTheAuthorsOwn() throws {
        let thread = try extractThread("""
            <html><body><article itemscope itemtype="https://schema.org/BlogPosting">
            <div itemprop="comment" itemscope itemtype="https://schema.org/Comment" id="k-501">
              <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="https://a.example/"><span itemprop="name">Ana</span></a></span>
              <time itemprop="dateCreated" datetime="2022-11-06T10:12:00+01:00">6 nov</time>
              <div itemprop="text"><p>Hola.</p></div></div>
            <meta itemprop="commentCount" content="1"></article></body></html>
            """)
        XCTAssertEqual(thread.comments.map(\.id), ["501"])
        XCTAssertEqual(thread.comments.first?.author?.name, "Ana")
        XCTAssertEqual(thread.comments.first?.author?.url, "https://a.example/")
        XCTAssertEqual(thread.comments.first?.body.plainText, "Hola.")
        XCTAssertEqual(thread.declaredCommentCount, 1)
    }
    func testAnUntypedCommentPropertyIsAMicrodataComment() throws {
        // No item type: the `comment` property among others names it.
        let thread = try extractThread("""
            <html><body><article itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">T</h1>
            <div itemprop="review comment" itemscope id="k-7"><span itemprop="author">Bo</span><div itemprop="text"><p>Hej.</p></div></div>
            </article></body></html>
            """)
        XCTAssertEqual(thread.source.platform, .schemaorg)
        XCTAssertEqual(thread.comments.map(\.author?.name), ["Bo"])
    }

    func testMicrodataWithoutCommentsIsNotTheEngine() throws {
        let thread = try extractThread("""
            <html><body><article itemscope itemtype="https://schema.org/BlogPosting"><h1 itemprop="headline">T</h1>
            <div itemprop="articleBody"><p>Text.</p></div><div itemprop="commentary" itemscope></div></article></body></html>
            """)
        XCTAssertNotEqual(thread.source.platform, .schemaorg)
    }
}
