import TestSupport
import ThreadModel

/// Random bodies full of what Markdown would misread: punctuation at every position, line starts
/// that look like blocks, entity-like text, backtick runs in code, nesting of every kind.
///
/// Strikethrough is left out: the reference `cmark` has no GitHub extensions, so it would show
/// `~~` as text (strikethrough has its own unit tests).
struct RichTextGenerator {
    var random: SeededRandom

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    private static let fragments = [
        "*", "**", "_", "__", "`", "``", "```", "~", "~~~", "[", "]", "](", "(", ")", "<", ">", "&", "\\", "!", "#",
        "# ", "###### ", "####### ", "- ", "+ ", "* ", "1. ", "2) ", "1234567890. ", "---", "===", "***", "___",
        "- - -", "|", "| --- |", ":--", "&amp;", "&#65;", "&#x41;", "&copy;", "&nosuch;", "<a href=x>", "</p>",
        "<!-- c -->", "<http://example.com>", "a@b.c", "http://example.com", "[x]: /url", "[^1]", "[ ] ",
        "![alt](src)", "[text](url)", "\\*", "\\\\", "\\\n", "    ", "\t", "\n", "\n\n", "  \n", " ", " ", "\r\n",
        "snake_case", "2 * 3", "C:\\dir", "a*b*c", "(*x*)", "\"q\"", "'", "é", "e\u{301}", "→", "£5", "😀", "\u{A0}",
        "word", "Hello", "x", "42", "1.", "{", "}", "=", "+", "-", ".", ":",
    ]
    private static let destinations = [
        "https://example.com/a", "https://example.com/a b", "https://example.com/(x)", "/rel?q=1&amp;x",
        "https://e.com/a\\*b", "<angle>", "", "mailto:x@y.z", "javascript:alert(1)", " JavaScript:alert(1)",
        "data:text/html,hi", "data:image/png;base64,AAAA", "https://e.com/\"q\"", "https://e.com/a)b(",
    ]

    mutating func richText() -> RichText {
        RichText(blocks(depth: 0))
    }

    mutating func text() -> String {
        (0..<Int.random(in: 1...6, using: &random)).map { _ in
            Self.fragments.randomElement(using: &random)!
        }.joined()
    }

    private mutating func blocks(depth: Int) -> [Block] {
        (0..<Int.random(in: 1...(depth == 0 ? 4 : 3), using: &random)).map { _ in block(depth: depth) }
    }

    private mutating func block(depth: Int) -> Block {
        let containers = depth < 3
        switch Int.random(in: 0..<(containers ? 10 : 7), using: &random) {
        case 0, 1, 2: return .paragraph(inlines(depth: 0))
        case 3: return .heading(level: Int.random(in: 0...7, using: &random), content: inlines(depth: 1))
        case 4: return .code(language: Bool.random(using: &random) ? nil : text(), text: codeText())
        case 5: return .rule
        case 6: return .table(table())
        case 7: return .quote(blocks(depth: depth + 1))
        default:
            let ordered = Bool.random(using: &random)
            let start = [0, 1, 1, 7, 99, 999_999_999, -3].randomElement(using: &random)!
            let items = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                Int.random(in: 0..<6, using: &random) == 0 ? [] : blocks(depth: depth + 1)
            }
            return .list(ordered: ordered, start: start, items: items)
        }
    }

    private mutating func codeText() -> String {
        (0..<Int.random(in: 0...4, using: &random)).map { _ in
            ["`", "```", "````", "~~~", "    indented", "\tx", "", "  # not a heading", "> q", text()]
                .randomElement(using: &random)!
        }.joined(separator: "\n")
    }

    private mutating func table() -> Table {
        let columns = Int.random(in: 1...3, using: &random)
        let row = { (generator: inout RichTextGenerator) in
            (0..<Int.random(in: 0...columns, using: &generator.random)).map { _ in generator.inlines(depth: 1) }
        }
        let header = Bool.random(using: &random) ? row(&self) : nil
        return Table(header: header, rows: (0..<Int.random(in: 0...2, using: &random)).map { _ in row(&self) })
    }

    mutating func inlines(depth: Int) -> [Inline] {
        (0..<Int.random(in: 1...(depth < 2 ? 5 : 2), using: &random)).map { _ in inline(depth: depth) }
    }

    private mutating func inline(depth: Int) -> Inline {
        switch Int.random(in: 0..<(depth < 3 ? 12 : 6), using: &random) {
        case 0, 1, 2: return .text(text())
        case 3: return .code(text())
        case 4: return .lineBreak
        case 5:
            return .image(
                source: Self.destinations.randomElement(using: &random)!, alt: text(),
                title: Bool.random(using: &random) ? nil : text())
        case 6, 7: return .emphasis(inlines(depth: depth + 1))
        case 8, 9: return .strong(inlines(depth: depth + 1))
        default:
            return .link(
                destination: Self.destinations.randomElement(using: &random)!,
                title: Bool.random(using: &random) ? nil : text(), content: inlines(depth: depth + 1))
        }
    }
}
