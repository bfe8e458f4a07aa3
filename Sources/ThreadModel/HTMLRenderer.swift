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
            let tag = "h\(min(max(level, 1), 6))"
            out += "<\(tag)>"
            render(inlines, into: &out)
            out += "</\(tag)>"
        case .quote(let blocks):
            out += "<blockquote>"
            for inner in blocks { render(inner, into: &out) }
            out += "</blockquote>"
        case .list(let ordered, let start, let items):
            out += ordered ? (start == 1 ? "<ol>" : "<ol start=\"\(start)\">") : "<ul>"
            for item in items {
                out += "<li>"
                for inner in item { render(inner, into: &out) }
                out += "</li>"
            }
            out += ordered ? "</ol>" : "</ul>"
        case .code(let language, let text):
            out += language.map { "<pre><code class=\"language-\(escapeAttribute($0))\">" } ?? "<pre><code>"
            out += escapeText(text)
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
            case .text(let text): out += escapeText(text)
            case .emphasis(let content): wrap("em", content, inLink: inLink, into: &out)
            case .strong(let content): wrap("strong", content, inLink: inLink, into: &out)
            case .strikethrough(let content): wrap("del", content, inLink: inLink, into: &out)
            case .code(let text): out += "<code>" + escapeText(text) + "</code>"
            case .link(let destination, let title, let content):
                guard !inLink, URLSafety.isSafeLink(destination) else {
                    render(content, inLink: inLink, into: &out)
                    continue
                }
                out += "<a href=\"" + escapeAttribute(destination) + "\""
                if let title { out += " title=\"" + escapeAttribute(title) + "\"" }
                out += ">"
                render(content, inLink: true, into: &out)
                out += "</a>"
            case .image(let source, let alt, let title):
                guard URLSafety.isSafeImage(source) else {
                    out += escapeText(alt)
                    continue
                }
                out += "<img src=\"" + escapeAttribute(source) + "\" alt=\"" + escapeAttribute(alt) + "\""
                if let title { out += " title=\"" + escapeAttribute(title) + "\"" }
                out += ">"
            case .lineBreak: out += "<br>"
            }
        }
    }

    private static func wrap(_ tag: String, _ content: [Inline], inLink: Bool, into out: inout String) {
        out += "<\(tag)>"
        render(content, inLink: inLink, into: &out)
        out += "</\(tag)>"
    }

    package static func escapeText(_ text: String) -> String {
        escape(text, quotes: false)
    }

    package static func escapeAttribute(_ text: String) -> String {
        escape(text, quotes: true)
    }

    /// Works on scalars, not characters: a combining mark after `<` or `"` makes one Character
    /// that compares equal to neither, and would let the bare markup character through.
    private static func escape(_ text: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
