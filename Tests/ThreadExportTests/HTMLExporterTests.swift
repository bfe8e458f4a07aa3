import Foundation
import ThreadModel
import XCTest

@testable import ThreadExport

final class HTMLExporterTests: XCTestCase {
    /// A chain of replies fifteen deep, an image, a script link, a pingback.
    private func deepThread() -> ExtractedThread {
        var comments = (0...15).map { depth in
            Comment(
                id: "c\(depth)", parentId: depth == 0 ? nil : "c\(depth - 1)", depth: depth,
                author: Person(name: "Author \(depth)", avatarURL: "https://cdn.example/\(depth).png"),
                body: RichText([.paragraph([.text("Body \(depth) <b>")])]))
        }
        comments[1].body = RichText([.paragraph([
            .image(source: "https://cdn.example/cat.jpg?size=2", alt: "", title: nil),
            .link(destination: "javascript:alert(1)", title: nil, content: [.text("click")]),
        ])])
        comments.append(Comment(id: "p1", kind: .pingback, author: Person(name: "Linking post", url: "https://other.example/a")))
        return ExtractedThread(
            source: Source(url: "https://blog.example/post", platform: .wordpress, language: "en"),
            post: Post(title: "A <post>", body: RichText([.paragraph([.image(source: "https://cdn.example/p.png", alt: "Plot", title: nil)])])),
            comments: comments)
    }

    func testRepliesNestToTheDeepestLevelThenLinkTheCommentTheyAnswer() {
        let html = HTMLExporter(maxNestingDepth: 10).render(deepThread())
        XCTAssertEqual(html.components(separatedBy: "<ol class=\"replies\">").count - 1, 10)
        XCTAssertEqual(html.components(separatedBy: "<ol").count - 1, html.components(separatedBy: "</ol>").count - 1)
        // c11 to c15 stay at the tenth level, each linking its parent.
        for depth in 11...15 {
            XCTAssert(html.contains("<a href=\"#comment-c\(depth - 1)\">↳ Author \(depth - 1)</a>"), "\(depth)")
        }
        XCTAssertFalse(html.contains("↳ Author 9<"))
    }

    func testNothingLoadsAndNothingRuns() {
        let html = HTMLExporter().render(deepThread())
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.contains("cdn.example/1.png"), "avatars are left out")
        XCTAssert(html.contains("<a href=\"https://cdn.example/cat.jpg?size=2\">▣ cat.jpg</a>"))
        XCTAssert(html.contains("<a href=\"https://cdn.example/p.png\">▣ Plot</a>"))
        XCTAssertFalse(html.contains("javascript:"))
        XCTAssert(html.contains("<title>A &lt;post&gt;</title>"))
        XCTAssert(html.contains("Body 0 &lt;b&gt;"))
        XCTAssert(html.contains("<h2>Pingbacks and trackbacks (1)</h2>"))
        XCTAssert(html.contains("<html lang=\"en\">"))
    }
}
