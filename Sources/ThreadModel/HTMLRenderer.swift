/// Renders a body as HTML. Safe by construction: the tree holds no raw markup, every text and
/// attribute is escaped here, and a link or image whose address would run script is written as
/// its text (a hand-built tree may hold one even though extraction vets addresses).
public enum HTMLRenderer {
    /// The body as HTML of a small fixed subset; the same as `body.html`.
    public static func render(_ body: RichText) -> String {
        var out = ""
        for block in body.blocks { render(block, into: &out) }
        return out
    }

    static func render(_ block: Block, into out: inout String) {
        switch block {
        case .paragraph(let inlines):
            out += "<p>"
            render(inlines, into: &out)
            out += "</p>"
        case .heading(let level, let inlines):
            let tag = headingTags[min(max(level, 1), 6) - 1]
            wrap(tag, inlines, inLink: false, into: &out)
        case .quote(let blocks):
            out += "<blockquote>"
            for inner in blocks { render(inner, into: &out) }
            out += "</blockquote>"
        case .list(let ordered, let start, let items):
            if !ordered {
                out += "<ul>"
            } else if start == 1 {
                out += "<ol>"
            } else {
                out += "<ol start=\""
                out += String(start)
                out += "\">"
            }
            for item in items {
                out += "<li>"
                for inner in item { render(inner, into: &out) }
                out += "</li>"
            }
            out += ordered ? "</ol>" : "</ul>"
        case .code(let language, let text):
            if let language {
                out += "<pre><code class=\"language-"
                escape(language, quotes: true, into: &out)
                out += "\">"
            } else {
                out += "<pre><code>"
            }
            escape(text, quotes: false, into: &out)
            out += "</code></pre>"
        case .rule:
            out += "<hr>"
        case .table(let table):
            out += "<table>"
            if let header = table.header {
                out += "<thead><tr>"
                for cell in header {
                    out += "<th>"
                    render(cell, into: &out)
                    out += "</th>"
                }
                out += "</tr></thead>"
            }
            out += "<tbody>"
            for row in table.rows {
                out += "<tr>"
                for cell in row {
                    out += "<td>"
                    render(cell, into: &out)
                    out += "</td>"
                }
                out += "</tr>"
            }
            out += "</tbody></table>"
        }
    }

    /// `inLink`: links do not nest in HTML (a parser would close the outer one at the inner), so
    /// a link inside a link is written as its content.
    static func render(_ inlines: [Inline], inLink: Bool = false, into out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text): escape(text, quotes: false, into: &out)
            case .emphasis(let content): wrap("em", content, inLink: inLink, into: &out)
            case .strong(let content): wrap("strong", content, inLink: inLink, into: &out)
            case .strikethrough(let content): wrap("del", content, inLink: inLink, into: &out)
            case .code(let text):
                out += "<code>"
                escape(text, quotes: false, into: &out)
                out += "</code>"
            case .link(let destination, let title, let content):
                guard !inLink, URLSafety.isSafeLink(destination) else {
                    render(content, inLink: inLink, into: &out)
                    continue
                }
                out += "<a href=\""
                escape(destination, quotes: true, into: &out)
                out += "\""
                title.map { attribute("title", $0, into: &out) }
                out += ">"
                render(content, inLink: true, into: &out)
                out += "</a>"
            case .image(let source, let alt, let title):
                guard URLSafety.isSafeImage(source) else {
                    escape(alt, quotes: false, into: &out)
                    continue
                }
                out += "<img src=\""
                escape(source, quotes: true, into: &out)
                out += "\""
                attribute("alt", alt, into: &out)
                title.map { attribute("title", $0, into: &out) }
                out += ">"
            case .lineBreak: out += "<br>"
            }
        }
    }

    private static let headingTags = ["h1", "h2", "h3", "h4", "h5", "h6"]

    private static func wrap(_ tag: String, _ content: [Inline], inLink: Bool, into out: inout String) {
        out += "<"
        out += tag
        out += ">"
        render(content, inLink: inLink, into: &out)
        out += "</"
        out += tag
        out += ">"
    }

    /// ` name="value"`, escaped.
    private static func attribute(_ name: String, _ value: String, into out: inout String) {
        out += " "
        out += name
        out += "=\""
        escape(value, quotes: true, into: &out)
        out += "\""
    }

    package static func escapeText(_ text: String) -> String {
        var out = ""
        escape(text, quotes: false, into: &out)
        return out
    }

    package static func escapeAttribute(_ text: String) -> String {
        var out = ""
        escape(text, quotes: true, into: &out)
        return out
    }

    /// Works on UTF-8 bytes, not characters: a combining mark after `<` or `"` makes one
    /// Character that compares equal to neither, and would let the bare markup character
    /// through. Every character escaped is ASCII, so its byte is never part of another
    /// character's, and the runs between them are appended whole.
    private static func escape(_ text: String, quotes: Bool, into out: inout String) {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        for index in utf8.indices {
            let entity: String
            switch utf8[index] {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22 where quotes: entity = "&quot;"
            default: continue
            }
            out += text[runStart..<index]
            out += entity
            runStart = utf8.index(after: index)
        }
        if runStart == utf8.startIndex {
            out += text
        } else {
            out += text[runStart...]
        }
    }
}
