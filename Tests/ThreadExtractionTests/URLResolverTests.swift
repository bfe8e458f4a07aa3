import XCTest

@testable import ThreadExtraction

final class URLResolverTests: XCTestCase {
    private let rfcBase = URLResolver(base: "http://a/b/c/d;p?q")

    // MARK: RFC 3986 section 5.4.1, normal examples

    func testRFC3986NormalExamples() {
        let examples: [(String, String)] = [
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"),
            ("g;x", "http://a/b/c/g;x"),
            ("g;x?y#s", "http://a/b/c/g;x?y#s"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../", "http://a/"),
            ("../../g", "http://a/g"),
        ]
        for (reference, expected) in examples {
            XCTAssertEqual(rfcBase.resolve(reference), expected, "reference \(reference)")
        }
    }

    /// RFC 3986's first example, `g:h`, is an absolute URL of an unknown scheme: dropped, since
    /// only allowlisted schemes are kept.
    func testUnknownSchemeIsDropped() {
        XCTAssertNil(rfcBase.resolve("g:h"))
    }

    /// The empty reference is the page itself (RFC 3986 5.2.2): no link worth keeping.
    func testEmptyReferenceIsDropped() {
        XCTAssertNil(rfcBase.resolve(""))
        XCTAssertNil(rfcBase.resolve(" \n\t "))
    }

    // MARK: RFC 3986 section 5.4.2, abnormal examples

    func testRFC3986AbnormalExamples() {
        let examples: [(String, String)] = [
            ("../../../g", "http://a/g"),
            ("../../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            (".g", "http://a/b/c/.g"),
            ("g..", "http://a/b/c/g.."),
            ("..g", "http://a/b/c/..g"),
            ("./../g", "http://a/b/g"),
            ("./g/.", "http://a/b/c/g/"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
            ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
            ("g;x=1/../y", "http://a/b/c/y"),
            ("g?y/./x", "http://a/b/c/g?y/./x"),
            ("g#s/../x", "http://a/b/c/g#s/../x"),
        ]
        for (reference, expected) in examples {
            XCTAssertEqual(rfcBase.resolve(reference), expected, "reference \(reference)")
        }
    }

    /// Browsers read `http:g` relative to a base of the same scheme (RFC 3986 5.4.2 allows it).
    func testSameSchemeWithoutAuthorityIsRelative() {
        XCTAssertEqual(rfcBase.resolve("http:g"), "http://a/b/c/g")
    }
}

extension URLResolverTests {
    // MARK: Forms of reference

    func testSchemeRelativeReferenceTakesTheBaseScheme() {
        let resolver = URLResolver(base: "https://example.com/post/")
        XCTAssertEqual(resolver.resolve("//cdn.example.com/a.png"), "https://cdn.example.com/a.png")
    }

    func testAllowedAbsoluteURLsAreKept() {
        let resolver = URLResolver(base: "https://example.com/post/")
        XCTAssertEqual(resolver.resolve("mailto:someone@example.com"), "mailto:someone@example.com")
        XCTAssertEqual(resolver.resolve("tel:+1-555-0100"), "tel:+1-555-0100")
        XCTAssertEqual(resolver.resolve("ftp://ftp.example.com/pub/file.txt"), "ftp://ftp.example.com/pub/file.txt")
        XCTAssertEqual(resolver.resolve("HTTPS://Example.com/A/./B"), "https://Example.com/A/B")
    }

    /// Web addresses that are nearly as written: each differs from its text in one thing the
    /// quick pass over plain addresses must notice.
    func testNearlyPlainWebAddressesAreCleaned() {
        let resolver = URLResolver(base: "https://example.com/post/")
        let examples: [(String, String?)] = [
            ("https://example.com/a/b?c=d#e", "https://example.com/a/b?c=d#e"),
            ("http://example.com", "http://example.com"),
            ("https://example.com/a/../b", "https://example.com/b"),
            ("https://example.com/a/./b/.", "https://example.com/a/b/"),
            ("https://example.com/a\\b?x\\y", "https://example.com/a/b?x\\y"),
            ("https://example.com/\"q\"<x>`", "https://example.com/%22q%22%3Cx%3E%60"),
            ("https://example.com/a\u{7F}", "https://example.com/a%7F"),
            ("https:///path", nil),
            ("https://", nil),
            ("https://web.archive.org/web/2015/http://example.org/x", "http://example.org/x"),
            ("https://example.com/.well-known/x", "https://example.com/.well-known/x"),
        ]
        for (reference, resolved) in examples {
            XCTAssertEqual(resolver.resolve(reference), resolved, reference)
        }
    }

    func testAnAddressFragmentIsWhatFollowsTheFirstHash() {
        XCTAssertEqual("/post?p=3#comment-12".addressFragment, "comment-12")
        XCTAssertEqual("https://例え.jp/パス#コメント#2".addressFragment, "コメント#2")
        XCTAssertEqual("#".addressFragment, "")
        XCTAssertNil("/post?p=3".addressFragment)
    }

    func testOuterWhitespaceIsTrimmedAndInnerSpacesEncoded() {
        let resolver = URLResolver(base: "https://example.com/post/")
        XCTAssertEqual(resolver.resolve("  \n https://example.com/a b \t"), "https://example.com/a%20b")
        XCTAssertEqual(resolver.resolve("https://exa\nmple.com/\tx"), "https://example.com/x")
    }

    func testNonASCIIIsKeptAsWritten() {
        let resolver = URLResolver(base: "https://example.com/post/")
        XCTAssertEqual(resolver.resolve("https://例え.jp/パス?q=ü|x"), "https://例え.jp/パス?q=ü|x")
    }

    func testBackslashesAreSlashesInWebURLs() {
        let resolver = URLResolver(base: "https://example.com/post/")
        XCTAssertEqual(resolver.resolve(#"\\cdn.example.com\img\a.png"#), "https://cdn.example.com/img/a.png")
    }

    // MARK: Unsafe schemes

    func testUnsafeSchemesAreDropped() {
        let resolver = URLResolver(base: "https://example.com/post/")
        for reference in [
            "javascript:alert(1)", "JAVASCRIPT:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
            "data:image/png;base64,iVBORw0KGgo=", "file:///etc/passwd", "about:blank", "blob:https://example.com/uuid",
            "livescript:alert(1)",
        ] {
            XCTAssertNil(resolver.resolve(reference), reference)
        }
    }

    func testObfuscatedJavascriptIsDropped() {
        let resolver = URLResolver(base: "https://example.com/post/")
        for reference in [
            " JaVa\tScript:alert(1)", "java\nscript:alert(1)", "java\r\nscript:alert(1)", "\u{01}\u{0B}javascript:alert(1)",
            "java\u{0B}script:alert(1)", "java\u{00}script:alert(1)", "jav a script:alert(1)", "javascript\t:alert(1)",
        ] {
            XCTAssertNil(resolver.resolve(reference), reference.debugDescription)
        }
    }

    /// Without a valid scheme before the colon the text is a relative path, harmless.
    func testColonAfterSlashIsNoScheme() {
        let resolver = URLResolver(base: "https://example.com/post/")
        XCTAssertEqual(resolver.resolve("./javascript:alert(1)"), "https://example.com/post/javascript:alert(1)")
    }

    // MARK: Bases

    func testWithoutBaseOnlyAbsoluteReferencesResolve() {
        let resolver = URLResolver(base: nil)
        XCTAssertNil(resolver.resolve("/about"))
        XCTAssertNil(resolver.resolve("#comment-1"))
        XCTAssertEqual(resolver.resolve("https://example.com/a"), "https://example.com/a")
    }

    func testLocalFileBaseResolvesOnlyAbsoluteReferences() {
        for base in ["file:///home/someone/Saved%20Page.html", "./Page_files/index.html", #"C:\Users\someone\page.htm"#] {
            let resolver = URLResolver(base: base)
            XCTAssertNil(resolver.resolve("Page_files/photo.jpg"), base)
            XCTAssertNil(resolver.resolve("/wp-content/a.jpg"), base)
            XCTAssertEqual(resolver.resolve("http://example.com/a.jpg"), "http://example.com/a.jpg", base)
        }
    }

    // MARK: Web archive

    func testArchiveURLsUnwrapToTheOriginal() {
        XCTAssertEqual(
            URLResolver.unwrapArchived("https://web.archive.org/web/20150101000000/http://example.com/x"),
            "http://example.com/x")
        XCTAssertEqual(
            URLResolver.unwrapArchived("http://web.archive.org/web/20150101000000im_/https://example.com/a.png"),
            "https://example.com/a.png")
        XCTAssertEqual(
            URLResolver.unwrapArchived("https://web.archive.org/web/2015/http://example.com/?p=1#c2"),
            "http://example.com/?p=1#c2")
        XCTAssertEqual(
            URLResolver.unwrapArchived("https://web.archive.org/web/20150101000000/http:/example.com/x"),
            "http://example.com/x")
        XCTAssertEqual(
            URLResolver.unwrapArchived("https://web.archive.org/web/20150101000000/example.com/x"),
            "http://example.com/x")
    }

    func testOtherURLsAreNotUnwrapped() {
        for url in [
            "https://example.com/web/20150101000000/http://example.org/", "https://web.archive.org/details/texts",
            "https://web.archive.org/web/*/example.com", "https://web.archive.org/web/20150101000000/javascript:x",
        ] {
            XCTAssertEqual(URLResolver.unwrapArchived(url), url)
        }
    }

    func testResolvedArchiveLinksAreUnwrapped() {
        let resolver = URLResolver(base: "https://web.archive.org/web/20150101000000/http://example.com/post/")
        XCTAssertEqual(
            resolver.resolve("https://web.archive.org/web/20150101000000/http://example.com/x"), "http://example.com/x")
        XCTAssertEqual(
            resolver.resolve("/web/20150101000000im_/http://example.com/a.png"), "http://example.com/a.png")
        XCTAssertEqual(resolver.resolve("comment-page-2/"), "http://example.com/post/comment-page-2/")
        XCTAssertEqual(resolver.resolve("#comment-5"), "http://example.com/post/#comment-5")
        XCTAssertEqual(resolver.resolve("?replytocom=5"), "http://example.com/post/?replytocom=5")
    }

    /// An absolute path the archive did not rewrite pointed at the original site.
    func testAbsolutePathAgainstArchivedBaseGoesToTheOriginalSite() {
        let resolver = URLResolver(base: "https://web.archive.org/web/20150101000000/http://example.com/post/")
        XCTAssertEqual(resolver.resolve("/about/"), "http://example.com/about/")
    }

    /// Saved copies of archive pages: the archive's relative form names the original in full.
    func testArchiveRelativeFormResolvesWithoutArchiveBase() {
        let expected = "http://example.com/a.png"
        XCTAssertEqual(URLResolver(base: nil).resolve("/web/20150101000000im_/http://example.com/a.png"), expected)
        XCTAssertEqual(
            URLResolver(base: "file:///home/someone/page.html").resolve("/web/20150101000000/http://example.com/a.png"),
            expected)
    }
}
