import XCTest

@testable import HTMLDOM

final class HTMLDocumentTests: XCTestCase {
    private func parse(_ html: String) throws -> HTMLDocument {
        try HTMLDocument(bytes: Array(html.utf8))
    }

    func testEmptyInputIsAnError() {
        XCTAssertThrowsError(try HTMLDocument(bytes: [])) { error in
            XCTAssertEqual(error as? HTMLParseError, .empty)
        }
    }

    func testRecoversFromBrokenMarkupAndReportsIt() throws {
        let document = try parse("<html><body><div><p>one<p>two</span></div></body></html>")
        XCTAssertEqual(document.root?.first { $0.is("div") }?.text, "onetwo")
        XCTAssertGreaterThan(document.messages.count, 0)
        XCTAssertFalse(document.messages.first.isEmpty)
    }

    func testParserMessagesAreCapped() throws {
        let broken = String(repeating: "</span>", count: 500)
        let document = try parse("<html><body>\(broken)</body></html>")
        XCTAssertEqual(document.messages.first.count, ParserMessages.limit)
        XCTAssertGreaterThanOrEqual(document.messages.count, 500)
    }

    func testAPageThatDeclaresLatin1ButIsUTF8KeepsItsCharacters() throws {
        let document = try parse("<html><head><meta charset=iso-8859-1></head><body><p>Grüße</p></body></html>")
        XCTAssertEqual(document.root?.first { $0.is("p") }?.text, "Grüße")
        XCTAssertEqual(document.encoding.name, "UTF-8")
    }

    func testLegacyBytesAreDecodedWithTheirDeclaration() throws {
        let bytes = Array("<html><head><meta charset=windows-1251></head><body><p>".utf8) + [0xCF, 0xF0, 0xE8]
            + Array("</p></body></html>".utf8)
        let document = try HTMLDocument(bytes: bytes)
        XCTAssertEqual(document.root?.first { $0.is("p") }?.text, "При")
    }

    func testExternalEntitiesAndNetworkAreNeverTouched() throws {
        // A DTD pointing at the network must not be fetched; parsing just goes on.
        let html = "<!DOCTYPE html SYSTEM \"http://127.0.0.1:9/never.dtd\"><html><body><p>ok</p></body></html>"
        XCTAssertEqual(try parse(html).root?.first { $0.is("p") }?.text, "ok")
    }

    // The tree is the one libxml2's own tree builder made, node for node.

    func testNodesAfterTheRootStayAtTheTopLevel() throws {
        let document = try parse("<!-- before --><html><body><p>x</p></body></html>\n<!-- after -->late")
        let top = Array(document.topLevelNodes)
        XCTAssertEqual(top.map(\.kind), [.other, .comment, .element, .comment, .element])
        XCTAssertEqual(document.root, top[2])
        XCTAssertEqual(top[4].name, "html")
        XCTAssertEqual(top[4].text, "late")
        XCTAssertNil(top[4].parent)
    }

    func testAStartTagWithoutItsEndClosesItsElement() throws {
        let document = try parse("<html><body><div><a href=\"x\" <p>text</p></div><p>after</p></body></html>")
        let body = try XCTUnwrap(document.root?.first { $0.is("body") })
        XCTAssertEqual(body.elementChildren.map(\.name), ["div", "p"])
        XCTAssertEqual(body.first { $0.is("a") }?.text, "text")
        XCTAssertEqual(body.first { $0.is("p") }?.text, "after")
    }

    func testBareBooleanAttributesHoldTheirNameAndRepeatedIDsAreReported() throws {
        let document = try parse(
            "<html><body><input checked><p id=a></p><p id=a></p><a name=n></a><a name=n></a><div name=n></div><div name=n></div></body></html>")
        let input = try XCTUnwrap(document.root?.first { $0.is("input") })
        XCTAssertEqual(input["checked"], "checked")
        XCTAssertEqual(input.attributeNames, ["checked"])
        XCTAssertEqual(document.messages.first.map(\.text), ["ID a already defined", "ID n already defined"])
    }

    func testAdjacentTextsAreOneNodeAndScriptsKeepTheirOwn() throws {
        let document = try parse("<html><body><p>a &amp; b<!--c-->d</p><script>x < y</script>\n<p>e</p></body></html>")
        let paragraph = try XCTUnwrap(document.root?.first { $0.is("p") })
        XCTAssertEqual(paragraph.children.map(\.content), ["a & b", "c", "d"])
        XCTAssertEqual(paragraph.children.map(\.kind), [.text, .comment, .text])
        let script = try XCTUnwrap(document.root?.first { $0.is("script") })
        XCTAssertEqual(script.children.map(\.content), ["x < y"])
        XCTAssertEqual(script.textMeasure.characters, 0)
        XCTAssertEqual(script.firstChild?.textMeasure.characters, 3)
        let root = try XCTUnwrap(document.root)
        XCTAssertFalse(root.text.contains("x < y"))
        XCTAssertTrue(root.rawText.contains("x < y"))
    }

    func testLinesAreThoseOfTheSource() throws {
        let document = try parse("<html>\n<body>\n<p>one</p>\n<script>s</script></body></html>")
        let paragraph = try XCTUnwrap(document.root?.first { $0.is("p") })
        XCTAssertEqual(paragraph.line, 3)
        XCTAssertEqual(paragraph.firstChild?.line, 3)
        // A script's text records no line of its own: it reads its element's.
        XCTAssertEqual(document.root?.first { $0.is("script") }?.firstChild?.line, 4)
    }

    func testTopLevelCommentsAreVisible() throws {
        let document = try parse("<!-- saved from url=(0022)https://example.com/ --><html><body></body></html>")
        XCTAssertTrue(document.topLevelNodes.contains { $0.kind == .comment && $0.content.contains("saved from url") })
    }
}

final class NodeTests: XCTestCase {
    private func body(_ html: String) throws -> Node {
        let document = try HTMLDocument(bytes: Array("<html><body>\(html)</body></html>".utf8))
        return try XCTUnwrap(document.root?.first { $0.is("body") })
    }

    func testClassTokensAreMatchedWhole() throws {
        let node = try XCTUnwrap(try body("<div class=\" comment\tdepth-2  bypostauthor\"></div>").first { $0.is("div") })
        XCTAssertTrue(node.hasClass("comment"))
        XCTAssertTrue(node.hasClass("bypostauthor"))
        XCTAssertFalse(node.hasClass("comm"))
        XCTAssertFalse(node.hasClass("depth"))
        XCTAssertTrue(node.hasClass(prefix: "depth-"))
        XCTAssertTrue(node.hasClass(suffix: "author"))
        XCTAssertFalse(node.hasClass(suffix: "depth"))
        XCTAssertTrue(node.hasAnyClass(["x", "depth-2"]))
        XCTAssertEqual(node.classNumberForTest, 2)
    }

    func testAClassSuffixIsReadAsStringsReadIt() throws {
        // A prepended mark (U+0600) joins the letter after it: the token ends in "pup", not "popup".
        let node = try XCTUnwrap(try body("<div class=\"x-popup \u{0600}popup caf\u{E9}-popup\"></div>").first { $0.is("div") })
        XCTAssertTrue(node.hasClass(suffix: "popup"))
        for token in ["\u{0600}popup", "caf\u{E9}-popup", "x-popupe", "popup\u{301}"] {
            let single = try XCTUnwrap(try body("<div class=\"\(token)\"></div>").first { $0.is("div") })
            XCTAssertEqual(single.hasClass(suffix: "popup"), token.hasSuffix("popup"), token)
        }
    }

    func testRawTextIsSearchedAsRawTextReads() throws {
        let root = try body("<script>var drupalSettings = {};</script><p>ab<b>cd</b><style>ef</style></p><p></p>")
        let script = try XCTUnwrap(root.first { $0.is("script") })
        XCTAssertTrue(script.rawTextContains("drupalSettings"))
        XCTAssertTrue(script.rawTextContains("{};"))
        XCTAssertFalse(script.rawTextContains("drupalSettingsX"))
        let paragraphs = Array(root.descendants.filter { $0.is("p") })
        // Across the texts of several nodes, style content included.
        for needle: StaticString in ["bc", "abcdef", "def"] { XCTAssertTrue(paragraphs[0].rawTextContains(needle)) }
        XCTAssertFalse(paragraphs[0].rawTextContains("abd"))
        XCTAssertFalse(paragraphs[1].rawTextContains("a"))
        XCTAssertTrue(paragraphs[1].rawTextContains(""))
    }

    func testTextSkipsScriptStyleNoscriptAndTemplate() throws {
        let root = try body("<p>a<script>x()</script><style>p{}</style><noscript>n</noscript><template>t</template>b</p>")
        XCTAssertEqual(root.first { $0.is("p") }?.text, "ab")
        XCTAssertEqual(root.first { $0.is("p") }?.rawText, "ax()p{}ntb")
    }

    func testTextPrefixStopsBetweenScalarsOnceLongEnough() throws {
        let root = try body("<p>ab<script>x()</script>\u{E9}\u{E9}<b>cd</b></p>")
        let paragraph = try XCTUnwrap(root.first { $0.is("p") })
        XCTAssertTrue(paragraph.textPrefix(maxBytes: 8) == ("ab\u{E9}\u{E9}cd", true))
        // "ab" then "éé" (4 bytes): 3 bytes would cut the first é, so the prefix ends before it.
        XCTAssertTrue(paragraph.textPrefix(maxBytes: 3) == ("ab", false))
        XCTAssertTrue(paragraph.textPrefix(maxBytes: 4) == ("ab\u{E9}", false))
        XCTAssertTrue(paragraph.textPrefix(maxBytes: 6) == ("ab\u{E9}\u{E9}", false))
    }

    func testAttributeFragmentsAreFoundAsBytesWithCaseKept() throws {
        let link = try XCTUnwrap(try body("<a href=\"https://x.example/wp-content/a.css\">l</a>").first { $0.is("a") })
        XCTAssertTrue(link.attribute("href", containsAnyOf: ["/nothing/", "/wp-content/"]))
        XCTAssertFalse(link.attribute("href", containsAnyOf: ["/WP-CONTENT/"]))
        XCTAssertFalse(link.attribute("src", containsAnyOf: ["/wp-content/"]))
    }

    func testAttributeWithEntitiesIsJoined() throws {
        let link = try XCTUnwrap(try body("<a href=\"/x?a=1&amp;b=2\">l</a>").first { $0.is("a") })
        XCTAssertEqual(link["href"], "/x?a=1&b=2")
        XCTAssertNil(link["title"])
    }

    func testDescendantsCanSkipSubtrees() throws {
        let root = try body("<div id=a><p id=b><span id=c></span></p><p id=d></p></div>")
        var walker = root.descendants.makeIterator()
        var seen: [String] = []
        while let node = walker.next() {
            seen.append(node.id ?? "")
            if node.id == "b" { walker.skipChildren() }
        }
        XCTAssertEqual(seen, ["a", "b", "d"])
    }

    func testOutermostDoesNotDescendIntoMatches() throws {
        let root = try body("<ul class=c><li><ul class=c></ul></li></ul><ul class=c></ul>")
        XCTAssertEqual(root.outermost { $0.hasClass("c") }.count, 2)
    }

    func testDeepTreesAreWalkedWithoutRecursion() throws {
        let depth = 200
        let root = try body(String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth))
        XCTAssertEqual(root.text, "deep")
        XCTAssertEqual(Array(root.descendants).count, depth)
    }

    func testEntityReferencesReadAsTheirTextAndWalksEnd() throws {
        let bytes = Array("""
            <?xml version="1.0"?>
            <!DOCTYPE disqus [ <!ENTITY e "x"> ]>
            <disqus><post><message>a&e;b</message></post></disqus>
            """.utf8)
        let document = try HTMLDocument(xmlBytes: bytes)
        let root = try XCTUnwrap(document.root)
        XCTAssertEqual(root.descendants.map(\.name), ["post", "message"])
        let message = try XCTUnwrap(root.first { $0.name == "message" })
        XCTAssertEqual(message.text, "axb")
        let reference = try XCTUnwrap(message.children.first { $0.content == "x" })
        XCTAssertEqual(reference.kind, .text)
        XCTAssertNil(reference.firstChild)
        XCTAssertTrue(Array(reference.children).isEmpty)
        // The document's own children include the DTD, which has no children to walk.
        for node in document.topLevelNodes { XCTAssertLessThanOrEqual(Array(node.children).count, 1) }
    }

    /// An entity's text is copied at each reference: a small file referring to a long entity
    /// many times is refused rather than grown without bound, in text or in an attribute.
    func testEntityReferencesThatExpandFarAreRefused() throws {
        let entity = String(repeating: "x", count: 100_000)
        for (content, expands) in [("&e;", false), (String(repeating: "&e;", count: 200), true)] {
            for inAttribute in [false, true] {
                let element = inAttribute ? "<message text=\"\(content)\"/>" : "<message>\(content)</message>"
                let bytes = Array("""
                    <?xml version="1.0"?>
                    <!DOCTYPE disqus [ <!ENTITY e "\(entity)"> ]>
                    <disqus><post>\(element)</post></disqus>
                    """.utf8)
                if expands {
                    XCTAssertThrowsError(try HTMLDocument(xmlBytes: bytes)) { error in
                        XCTAssertEqual(error as? HTMLParseError, .expandsTooFar(HTMLDocument.maximumTextBytes(bytes.count)))
                    }
                } else {
                    let message = try XCTUnwrap(HTMLDocument(xmlBytes: bytes).root?.first { $0.name == "message" })
                    XCTAssertEqual(inAttribute ? message["text"] : message.text, entity)
                }
            }
        }
    }

    func testXMLFilesKeepNamespacesAndDeclaredDefaults() throws {
        let bytes = Array("""
            <?xml version="1.0"?>
            <!DOCTYPE disqus [ <!ATTLIST post kind CDATA "comment"> ]>
            <disqus xmlns:dsq="http://disqus.com/disqus-internals"><post dsq:id="7" id="x"><message>m</message></post></disqus>
            """.utf8)
        let document = try HTMLDocument(xmlBytes: bytes)
        let post = try XCTUnwrap(document.root?.first { $0.name == "post" })
        XCTAssertEqual(post.attribute("id", namespace: "http://disqus.com/disqus-internals"), "7")
        XCTAssertNil(post.attribute("id", namespace: "http://example.com/other"))
        // Names are local names: the first attribute called `id` answers, whatever its namespace.
        XCTAssertEqual(post["id"], "7")
        XCTAssertEqual(post.attributeNames, ["id", "id"])
        // A default the file's DTD declares reads as present, without a value.
        XCTAssertEqual(post["kind"], "")
        XCTAssertNil(post["other"])
        XCTAssertNil(post.firstChild?["kind"])
    }

    func testNULBytesReadAsReplacementCharacters() throws {
        let inTag = try body("<p>kept</p><p cla\u{0}ss=x>also kept</p><p>and this</p>")
        XCTAssertEqual(inTag.text, "keptalso keptand this")
        let atStart = try HTMLDocument(bytes: [0] + Array("<html><body><p>whole page</p></body></html>".utf8))
        XCTAssertTrue(try XCTUnwrap(atStart.root).text.hasSuffix("whole page"))
        let inText = try body("<p>a\u{0}b</p>")
        XCTAssertEqual(inText.text, "a\u{FFFD}b")
    }

    func testNestingUpToTheDepthLimitIsKeptAndPastItTheStopIsReported() throws {
        let kept = HTMLDocument.maximumDepth - 10
        let deep = try body(String(repeating: "<div>", count: kept) + "deep" + String(repeating: "</div>", count: kept) + "<p>after</p>")
        XCTAssertEqual(deep.text, "deepafter")
        XCTAssertNil(deep.document.messages.stop)

        let cut = HTMLDocument.maximumDepth + 10
        let page = "<html><body>\n" + String(repeating: "<div>", count: cut) + "\n<p>lost</p></body></html>"
        let document = try HTMLDocument(bytes: Array(page.utf8))
        let stop = try XCTUnwrap(document.messages.stop)
        XCTAssertEqual(stop.line, 2)
        XCTAssertTrue(stop.text.contains("\(HTMLDocument.maximumDepth)"), stop.text)
        XCTAssertFalse(try XCTUnwrap(document.root).text.contains("lost"))
    }

    /// libxml2 holds no text node past 10,000,000 bytes: it stops there, and says so.
    func testATextPastTheParsersLimitStopsItAndSaysSo() throws {
        let page = "<html><body><p>" + String(repeating: "word ", count: 2_100_000) + "</p><p>lost</p></body></html>"
        let document = try HTMLDocument(bytes: Array(page.utf8))
        XCTAssertNotNil(document.messages.stop)
        XCTAssertEqual(try XCTUnwrap(document.root).descendants.filter { $0.is("p") }.count, 1, "the second paragraph is lost")
    }

    /// A value of 10 MB is kept whole: no limit applies to attributes.
    func testATenMegabyteAttributeIsKeptWhole() throws {
        let value = String(repeating: "abcdefghij", count: 1 << 20)
        let root = try body("<p data-payload=\"\(value)\">text</p>")
        XCTAssertEqual(root.first { $0.is("p") }?["data-payload"]?.utf8.count, value.utf8.count)
        XCTAssertNil(root.document.messages.stop)
    }

    func testNodesKeepTheirDocumentAlive() throws {
        var node: Node?
        do {
            let document = try HTMLDocument(bytes: Array("<html><body><p>kept</p></body></html>".utf8))
            node = document.root?.first { $0.is("p") }
        }
        XCTAssertEqual(node?.text, "kept")
    }
}

extension Node {
    fileprivate var classNumberForTest: Int? {
        classes.lazy.compactMap { $0.hasPrefix("depth-") ? Int($0.dropFirst(6)) : nil }.first
    }
}
