import ThreadModel

/// Renders a body as HTML. Safe by construction: the tree holds no raw markup, every text and
/// attribute is escaped here, and URLs were vetted when the tree was built.
public enum HTMLRenderer {
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

    static func render(_ inlines: [Inline], into out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let text): out += escapeText(text)
            case .emphasis(let content): wrap("em", content, into: &out)
            case .strong(let content): wrap("strong", content, into: &out)
            case .strikethrough(let content): wrap("del", content, into: &out)
            case .code(let text): out += "<code>" + escapeText(text) + "</code>"
            case .link(let destination, let title, let content):
                out += "<a href=\"" + escapeAttribute(destination) + "\""
                if let title { out += " title=\"" + escapeAttribute(title) + "\"" }
                out += ">"
                render(content, into: &out)
                out += "</a>"
            case .image(let source, let alt, let title):
                out += "<img src=\"" + escapeAttribute(source) + "\" alt=\"" + escapeAttribute(alt) + "\""
                if let title { out += " title=\"" + escapeAttribute(title) + "\"" }
                out += ">"
            case .lineBreak: out += "<br>"
            }
        }
    }

    private static func wrap(_ tag: String, _ content: [Inline], into out: inout String) {
        out += "<\(tag)>"
        render(content, into: &out)
        out += "</\(tag)>"
    }

    static func escapeText(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }

    static func escapeAttribute(_ text: String) -> String {
        escapeText(text).replacingQuotes()
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        guard contains("\"") else { return self }
        return split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "&quot;")
    }
}
