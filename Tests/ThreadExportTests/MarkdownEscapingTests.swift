import ThreadModel
import XCTest

@testable import ThreadExport

/// Each escape rule, one behaviour per test: escaped where the character would act, left alone
/// where it would not.
final class MarkdownEscapingTests: XCTestCase {
    private func markdown(_ text: String) -> String {
        MarkdownRenderer.render(RichText([.paragraph([.text(text)])]))
    }

    func testStarThatCouldOpenOrCloseIsEscaped() {
        XCTAssertEqual(markdown("*not emphasis*"), "\\*not emphasis\\*")
        XCTAssertEqual(markdown("a*b"), "a\\*b")
    }

    func testStarBetweenSpacesIsLeftAlone() {
        XCTAssertEqual(markdown("2 * 3"), "2 * 3")
    }

    func testUnderscoreInsideAWordIsLeftAlone() {
        XCTAssertEqual(markdown("snake_case_name"), "snake_case_name")
    }

    func testUnderscoreAtAWordEdgeIsEscaped() {
        XCTAssertEqual(markdown("_emph_"), "\\_emph\\_")
    }

    func testTildeThatCouldStrikeIsEscaped() {
        XCTAssertEqual(markdown("~~gone~~"), "\\~\\~gone\\~\\~")
        XCTAssertEqual(markdown("about ~ 5"), "about ~ 5")
    }

    func testBacktickIsAlwaysEscaped() {
        XCTAssertEqual(markdown("a ` b"), "a \\` b")
    }

    func testClosingBracketBeforeParenthesisIsEscaped() {
        XCTAssertEqual(markdown("[text](url)"), "\\[text\\](url)")
        XCTAssertEqual(markdown("see [1] and [2]"), "see [1] and [2]")
    }

    func testOpeningBracketAtParagraphStartIsEscaped() {
        XCTAssertEqual(markdown("[x]: /not-a-definition"), "\\[x]: /not-a-definition")
    }

    func testAngleBracketBeforeTagOrAutolinkIsEscaped() {
        XCTAssertEqual(markdown("<b> </i> <!-- <?x <http://x>"), "\\<b> \\</i> \\<!-- \\<?x \\<http://x>")
        XCTAssertEqual(markdown("a < b"), "a < b")
    }

    func testAmpersandBeforeEntityLikeTextIsEscaped() {
        XCTAssertEqual(markdown("&amp; &#65; &#x41; &copy;"), "\\&amp; \\&#65; \\&#x41; \\&copy;")
        XCTAssertEqual(markdown("AT&T & co; &#;"), "AT&T & co; &#;")
    }

    func testBackslashBeforePunctuationIsEscaped() {
        XCTAssertEqual(markdown("\\*"), "\\\\\\*")
        XCTAssertEqual(markdown("C:\\Users"), "C:\\Users")
    }

    func testBackslashAtLineEndIsEscaped() {
        XCTAssertEqual(markdown("a\\\nb"), "a\\\\\nb")
    }

    func testExclamationBeforeOurLinkIsEscaped() {
        let body = RichText([.paragraph([.text("wow!"), .link(destination: "u", title: nil, content: [.text("x")])])])
        XCTAssertEqual(MarkdownRenderer.render(body), "wow\\![x](u)")
        XCTAssertEqual(markdown("wow!"), "wow!")
    }

    func testLeadingHashIsEscapedOnlyWhenItWouldMakeAHeading() {
        XCTAssertEqual(markdown("# title"), "\\# title")
        XCTAssertEqual(markdown("#hashtag"), "#hashtag")
        XCTAssertEqual(markdown("####### seven"), "####### seven")
    }

    func testLeadingGreaterThanIsEscaped() {
        XCTAssertEqual(markdown("> quote"), "\\> quote")
    }

    func testLeadingBulletMarkerIsEscaped() {
        XCTAssertEqual(markdown("- item"), "\\- item")
        XCTAssertEqual(markdown("+ item"), "\\+ item")
        XCTAssertEqual(markdown("* item"), "\\* item")
        XCTAssertEqual(markdown("-5 degrees"), "-5 degrees")
    }

    func testLeadingOrderedMarkerIsEscaped() {
        XCTAssertEqual(markdown("1. item"), "1\\. item")
        XCTAssertEqual(markdown("2) item"), "2\\) item")
        XCTAssertEqual(markdown("1234567890. ten digits"), "1234567890. ten digits")
        XCTAssertEqual(markdown("3.14"), "3.14")
    }

    func testSetextUnderlineIsEscaped() {
        XCTAssertEqual(markdown("title\n==="), "title\n\\===")
        XCTAssertEqual(markdown("title\n---"), "title\n\\---")
    }

    func testThematicBreakIsEscaped() {
        XCTAssertEqual(markdown("- - -"), "\\- - -")
        XCTAssertEqual(markdown("___"), "\\_\\_\\_")
    }

    func testLeadingFenceIsEscaped() {
        XCTAssertEqual(markdown("~~~ x"), "\\~\\~\\~ x")
        XCTAssertEqual(markdown("```"), "\\`\\`\\`")
    }

    func testTableDelimiterRowIsEscaped() {
        XCTAssertEqual(markdown("a | b\n--- | ---"), "a | b\n\\--- | ---")
        XCTAssertEqual(markdown("| :-- |"), "\\| :-- |")
    }

    func testLeadingSpacesAreDroppedRatherThanMakingCode() {
        XCTAssertEqual(markdown("    not code"), "not code")
    }

    func testBlankLinesAndTrailingSpacesInTextCollapse() {
        XCTAssertEqual(markdown("one  \n\n\ntwo\r\nthree"), "one\ntwo\nthree")
    }

    func testLineStartRulesApplyAfterSoftAndHardBreaks() {
        let body = RichText([.paragraph([.text("a\n# b"), .lineBreak, .text("> c")])])
        XCTAssertEqual(MarkdownRenderer.render(body), "a\n\\# b\\\n\\> c")
    }

    func testPipeIsEscapedOnlyInTableCells() {
        XCTAssertEqual(markdown("a | b"), "a | b")
        let table = Table(header: [[.text("a|b")]], rows: [[[.code("x|y")]]])
        XCTAssertEqual(MarkdownRenderer.render(RichText([.table(table)])), "| a\\|b |\n| --- |\n| `x\\|y` |")
    }

    func testHeadingClosingHashesAreEscaped() {
        let body = RichText([.heading(level: 2, content: [.text("C# and F #")])])
        XCTAssertEqual(MarkdownRenderer.render(body), "## C# and F \\#")
    }

    func testLinkTextBracketsAreEscaped() {
        let body = RichText([.paragraph([.link(destination: "u", title: nil, content: [.text("[1]")])])])
        XCTAssertEqual(MarkdownRenderer.render(body), "[\\[1\\]](u)")
    }

    func testDestinationWithSpacesOrParenthesesGoesInAngleBrackets() {
        XCTAssertEqual(MarkdownEscaping.linkTarget(destination: "a b", title: nil), "(<a b>)")
        XCTAssertEqual(MarkdownEscaping.linkTarget(destination: "f(x)", title: nil), "(<f(x)>)")
        XCTAssertEqual(MarkdownEscaping.linkTarget(destination: "<x>", title: nil), "(<\\<x\\>>)")
        XCTAssertEqual(MarkdownEscaping.linkTarget(destination: "", title: nil), "(<>)")
        XCTAssertEqual(MarkdownEscaping.linkTarget(destination: "https://e.com/a", title: nil), "(https://e.com/a)")
    }

    func testDestinationEntitiesBackslashesAndLineEndsSurvive() {
        XCTAssertEqual(MarkdownEscaping.linkTarget(destination: "?a=1&amp;b", title: nil), "(?a=1\\&amp;b)")
        XCTAssertEqual(MarkdownEscaping.linkTarget(destination: "a\\*b", title: nil), "(a\\\\*b)")
        XCTAssertEqual(MarkdownEscaping.linkTarget(destination: "a\nb", title: nil), "(a%0Ab)")
    }

    func testTitleQuotesAndTrailingBackslashesAreEscaped() {
        XCTAssertEqual(MarkdownEscaping.linkTarget(destination: "u", title: "say \"hi\""), "(u \"say \\\"hi\\\"\")")
        XCTAssertEqual(MarkdownEscaping.linkTarget(destination: "u", title: "dir\\"), "(u \"dir&#92;\")")
    }

    func testCodeSpanFenceIsLongerThanAnyBacktickRunInside() {
        XCTAssertEqual(MarkdownEscaping.codeSpan("a"), "`a`")
        XCTAssertEqual(MarkdownEscaping.codeSpan("a``b"), "```a``b```")
    }

    func testCodeSpanIsPaddedWhenItStartsOrEndsWithABacktickOrSpaces() {
        XCTAssertEqual(MarkdownEscaping.codeSpan("`"), "`` ` ``")
        XCTAssertEqual(MarkdownEscaping.codeSpan(" a "), "`  a  `")
        XCTAssertEqual(MarkdownEscaping.codeSpan("  "), "`  `")
    }

    func testCodeFenceIsLongerThanAnyRunInsideAndAvoidsBackticksInTheInfoString() {
        XCTAssertEqual(MarkdownEscaping.codeFence(for: "````", language: "swift").open, "`````swift")
        XCTAssertEqual(MarkdownEscaping.codeFence(for: "x", language: "a`b").open, "~~~a`b")
        XCTAssertEqual(MarkdownEscaping.codeFence(for: "x", language: "~x`").open, "~~~ ~x`")
    }

    func testYAMLQuotingEscapesQuotesBackslashesAndControls() {
        XCTAssertEqual(MarkdownEscaping.yamlQuoted("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"")
        XCTAssertEqual(MarkdownEscaping.yamlQuoted("l1\nl2\r\t\u{07}\u{2028}"), "\"l1\\nl2\\r\\t\\x07\\L\"")
        XCTAssertEqual(MarkdownEscaping.yamlQuoted("---: é"), "\"---: é\"")
    }
}
