import XCTest

@testable import HTMLDOM

final class AttributeVocabularyTests: XCTestCase {
    private let vocabulary = AttributeVocabulary(["tags", "social", "post"], skippingTokensStartingWith: ["category-"])

    private func words(_ classes: String) throws -> UInt64 {
        let document = try HTMLDocument(bytes: Array("<html><body><div class=\"\(classes)\">x</div></body></html>".utf8))
        let element = try XCTUnwrap(document.root?.first { $0.is("div") })
        return element.fragments(of: "class", in: vocabulary)
    }

    func testFragmentsAreFoundAnywhereInTheValueWhateverTheirCase() throws {
        XCTAssertEqual(try words("entry-Tags-list"), vocabulary.bit("tags"))
        XCTAssertEqual(try words("postTags socialbar"), vocabulary.bit("tags") | vocabulary.bit("social") | vocabulary.bit("post"))
    }

    func testAFragmentEndingOnTheNextCamelCasedWordIsNotFound() throws {
        XCTAssertEqual(try words("tagStyle_z4kqwb-o_O-style_1tcxgp3"), 0)
        XCTAssertEqual(try words("TAGS"), vocabulary.bit("tags"), "a name in capitals is one word")
    }

    func testTokensWithASkippedPrefixAreNotSearched() throws {
        XCTAssertEqual(try words("category-social-media category-spieltagsnews"), 0)
        XCTAssertEqual(try words("post category-social type-post"), vocabulary.bit("post"))
        XCTAssertEqual(try words("x-category-social"), vocabulary.bit("social"), "only a token's start is a prefix")
    }

    func testRememberedAnswersAreTheScannedOnes() throws {
        let classes = ["post tags", "social-bar", "post tags", "", "category-tags post", "tagStyle_x", "social-bar", "POST"]
        let html = "<html><body>" + classes.map { "<div class=\"\($0)\"><p>x</p></div>" }.joined() + "<div>no class</div></body></html>"
        let document = try HTMLDocument(bytes: Array(html.utf8))
        var remembered = RememberedFragments(vocabulary, in: "class")
        let elements = try XCTUnwrap(document.root).descendants.filter { _ in true }
        for element in elements + elements {
            XCTAssertEqual(remembered.fragments(of: element), element.fragments(of: "class", in: vocabulary), element["class"] ?? "-")
        }
        XCTAssertNotEqual(try words("post tags"), 0)
    }
}
