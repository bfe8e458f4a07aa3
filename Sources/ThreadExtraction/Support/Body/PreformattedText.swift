import HTMLDOM

/// The text and language of a `pre` block.
enum PreformattedText {
    /// The text kept verbatim but for what HTML and editors add around it: the newline right
    /// after `<pre>` (HTML ignores it), blank lines before the first line of code, and trailing
    /// whitespace (the indentation before `</pre>`).
    static func verbatim(_ text: String) -> String {
        var bytes = Array(text.utf8)
        while let last = bytes.last, HTMLWhitespace.contains(last) { bytes.removeLast() }
        guard let firstVisible = bytes.firstIndex(where: { !HTMLWhitespace.contains($0) }) else { return "" }
        let lineStart = bytes[..<firstVisible].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return String(decoding: bytes[lineStart...], as: UTF8.self)
    }

    /// Whether a `pre` holds prose rather than code or a drawing: no code element or language
    /// inside, no line indented, words where code has its punctuation, and a sentence's end (a
    /// command line has none). Sites that keep a reader's own line breaks print the text so
    /// (`white-space: pre-wrap`).
    static func isProse(_ pre: Node, text: String) -> Bool {
        guard language(of: pre) == nil, pre.first(where: { $0.isAny(of: ["code", "samp", "kbd"]) }) == nil else { return false }
        var letters = 0
        var symbols = 0
        var visible = 0
        var lineStart = true
        var sentenceEnds = 0
        for character in text {
            if character == "\n" {
                lineStart = true
                continue
            }
            if character == " " || character == "\t" {
                // Indentation lays out code, verse set by hand, tables of figures.
                if lineStart { return false }
                continue
            }
            lineStart = false
            visible += 1
            if character.isLetter { letters += 1 }
            if "{}[]<>;=|\\$_*#~^`".contains(character) { symbols += 1 }
            if ".!?…。！？".contains(character) { sentenceEnds += 1 }
        }
        return sentenceEnds > 0 && letters * 10 >= visible * 7 && symbols * 100 <= visible
    }

    /// The language named by a class on the `pre` or its `code`: `language-x` and `lang-x`
    /// (Prism, highlight.js, Markdown converters) or `brush: x` (WordPress SyntaxHighlighter).
    static func language(of pre: Node) -> String? {
        if let language = language(inClass: pre["class"]) { return language }
        for child in pre.elementChildren where child.is("code") {
            if let language = language(inClass: child["class"]) { return language }
        }
        return nil
    }

    private static func language(inClass value: String?) -> String? {
        guard let value else { return nil }
        let tokens = value.split(whereSeparator: { HTMLWhitespace.contains($0) || $0 == ";" })
        for (index, token) in tokens.enumerated() {
            for prefix in ["language-", "lang-"] where token.hasPrefix(prefix) && token.count > prefix.count {
                return String(token.dropFirst(prefix.count))
            }
            if token.hasPrefix("brush:") {
                let inline = token.dropFirst("brush:".count)
                let name = inline.isEmpty ? (index + 1 < tokens.count ? tokens[index + 1] : "") : inline
                if !name.isEmpty, !name.contains(":") { return String(name) }
            }
        }
        return nil
    }
}
