/// Every escape rule of the Markdown output, in one place.
///
/// Text is escaped only where a character would otherwise act as Markdown, so that ordinary prose
/// stays readable (`snake_case`, `2 * 3`, `C:\Users`, `<3`, `AT&T` are written as they are), and
/// a CommonMark renderer gives back every character of the text.
enum MarkdownEscaping {
    /// Where a run of inline content stands; block-level rules apply only where a block can start.
    enum InlineContext {
        /// May span lines, each of which could start a block.
        case paragraph
        /// One line after `#`s: a closing run of `#` would be dropped.
        case heading
        /// One cell of a pipe table: `|` would end the cell.
        case tableCell
    }

    /// Writes units of inline content, escaping text where it would otherwise act.
    static func write(_ units: [MarkdownUnit], context: InlineContext) -> String {
        var escaped = units.indices.map { units[$0].isText && actsInline(at: $0, in: units) }
        switch context {
        case .paragraph:
            for start in lineStarts(in: units) {
                if let index = blockStartEscape(lineAt: start, in: units, isFirstLine: start == 0) {
                    escaped[index] = true
                }
            }
        case .heading:
            if let index = closingSequenceStart(in: units) { escaped[index] = true }
        case .tableCell:
            break
        }
        var out = ""
        for (unit, escape) in zip(units, escaped) {
            if case .code(let code) = unit.role {
                out += codeSpan(code)
                continue
            }
            if escape { out += "\\" }
            out.unicodeScalars.append(unit.scalar)
        }
        let text = out
        return context == .tableCell ? escapingPipes(text) : text
    }

    // MARK: Inline rules

    /// Whether the text character at `index` would act as inline Markdown where it stands.
    private static func actsInline(at index: Int, in units: [MarkdownUnit]) -> Bool {
        let scalar = units[index].scalar
        let before = index > 0 ? units[index - 1].scalar : nil
        let after = index + 1 < units.count ? units[index + 1].scalar : nil
        switch scalar {
        case "\\":
            // Before punctuation it escapes; before a line end it is a hard break.
            return after.map { MarkdownFlanking.isASCIIPunctuation($0) || $0 == "\n" } ?? true
        case "`":
            return true
        case "*", "_", "~":
            return MarkdownFlanking.readings(of: scalar, before: before, after: after)
                .contains { $0.canOpen || $0.canClose }
        case "[":
            return units[index].role == .linkText
        case "]":
            // Outside link text a bracket pair only links when `](` follows: no definitions are written.
            return units[index].role == .linkText || after == "("
        case "<":
            // Autolinks and raw HTML (tags, comments, declarations, processing instructions).
            guard let after else { return false }
            return (after.isASCII && after.properties.isAlphabetic) || "/!?".unicodeScalars.contains(after)
        case "&":
            return startsEntity(units[(index + 1)...].lazy.map(\.scalar))
        case "!":
            // `!` right before a link of ours would make it an image.
            return index + 1 < units.count && units[index + 1].role == .syntax && after == "["
        default:
            return false
        }
    }

    /// Whether the scalars after an `&` spell an entity or numeric character reference.
    private static func startsEntity(_ following: some Sequence<Unicode.Scalar>) -> Bool {
        var iterator = following.makeIterator()
        guard let first = iterator.next() else { return false }
        var isHex = false
        var count = 0
        if first == "#" {
            guard let marker = iterator.next() else { return false }
            if marker == "x" || marker == "X" {
                isHex = true
            } else if marker.properties.numericType == .decimal, marker.isASCII {
                count = 1
            } else {
                return false
            }
            while let scalar = iterator.next() {
                if scalar == ";" { return count > 0 }
                let isDigit = isHex ? scalar.properties.isASCIIHexDigit : ("0"..."9").contains(scalar)
                guard scalar.isASCII, isDigit, count < 7 else { return false }
                count += 1
            }
            return false
        }
        guard first.isASCII, first.properties.isAlphabetic else { return false }
        count = 1
        while let scalar = iterator.next() {
            if scalar == ";" { return true }
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar), count < 32
            else { return false }
            count += 1
        }
        return false
    }

    // MARK: Block-start rules

    private static func lineStarts(in units: [MarkdownUnit]) -> [Int] {
        [0] + units.indices.filter { units[$0].scalar == "\n" && $0 + 1 < units.count }.map { $0 + 1 }
    }

    /// The index to escape so that the line starting at `start` stays paragraph text, if any.
    ///
    /// Only lines that start with text need this: every piece of syntax we write starts with `*`,
    /// `~~`, a code span, `[` or `![`, none of which can start a block. Code fences need no rule
    /// here: backticks are always escaped, and a `~` before another `~` always flanks, so is too.
    private static func blockStartEscape(lineAt start: Int, in units: [MarkdownUnit], isFirstLine: Bool) -> Int? {
        guard start < units.count, units[start].isText else { return nil }
        let end = units[start...].firstIndex { $0.scalar == "\n" } ?? units.count
        let line = units[start..<end].map(\.scalar)
        guard let first = line.first else { return nil }
        let rest = line.dropFirst()
        let endsOrSpace = { (scalar: Unicode.Scalar?) in scalar == nil || scalar == " " || scalar == "\t" }
        let isBlank = { (scalars: ArraySlice<Unicode.Scalar>) in scalars.allSatisfy { $0 == " " || $0 == "\t" } }

        switch first {
        case ">":
            return start
        case "#":
            // An ATX heading: one to six `#` then a space or the line's end.
            let hashes = line.prefix { $0 == "#" }.count
            return hashes <= 6 && endsOrSpace(line.dropFirst(hashes).first) ? start : nil
        case "-", "+", "*":
            if endsOrSpace(rest.first) { return start }  // a bullet list item
        case "[" where isFirstLine:
            return start  // a link reference definition, or a task list box in a list item
        case "0"..."9":
            // An ordered list item: up to nine digits, `.` or `)`, then a space or the line's end.
            let digits = line.prefix { ("0"..."9").contains($0) }.count
            guard digits <= 9, digits < line.count, line[digits] == "." || line[digits] == ")",
                endsOrSpace(line.dropFirst(digits + 1).first), units[start + digits].isText
            else { return nil }
            return start + digits
        default:
            break
        }
        let visible = line.filter { $0 != " " && $0 != "\t" }
        if let marker = visible.first, visible.allSatisfy({ $0 == marker }) {
            // A thematic break (three or more of `-`, `*`, `_`) or a setext underline (`=`/`-` alone).
            if "-*_".unicodeScalars.contains(marker), visible.count >= 3 { return start }
            if marker == "=" || marker == "-", isBlank(line.drop { $0 == marker }) { return start }
        }
        if visible.contains("-"), visible.allSatisfy({ "|:-".unicodeScalars.contains($0) }) {
            return start  // a GitHub table's delimiter row, which would turn the line above into a table
        }
        return nil
    }

    /// The first `#` of a trailing run that a heading would drop as its closing sequence.
    private static func closingSequenceStart(in units: [MarkdownUnit]) -> Int? {
        guard let last = units.lastIndex(where: { $0.scalar != " " && $0.scalar != "\t" }),
            units[last].isText, units[last].scalar == "#"
        else { return nil }
        var first = last
        while first > 0, units[first - 1].scalar == "#", units[first - 1].isText { first -= 1 }
        guard first == 0 || units[first - 1].scalar == " " || units[first - 1].scalar == "\t" else { return nil }
        return first
    }

    /// GitHub splits a table row at every unescaped `|`, even inside code spans and link
    /// destinations, and unescapes `\|` before reading the cell as Markdown.
    private static func escapingPipes(_ cell: String) -> String {
        guard cell.contains("|") else { return cell }
        return cell.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }

    // MARK: Code

    /// A code span: a backtick fence longer than any run inside, padded with a space where the code
    /// starts or ends with a backtick, or would lose a leading and trailing space to the parser.
    static func codeSpan(_ code: String) -> String {
        let fence = String(repeating: "`", count: longestRun(of: "`", in: code) + 1)
        let starts = code.unicodeScalars.first, ends = code.unicodeScalars.last
        let allSpaces = code.unicodeScalars.allSatisfy { $0 == " " }
        let pad = starts == "`" || ends == "`" || (starts == " " && ends == " " && !allSpaces)
        return fence + (pad ? " " + code + " " : code) + fence
    }

    /// The opening and closing fence of a code block: longer than any run of the fence character
    /// inside; tildes when the language names a backtick, which a backtick fence's info string cannot hold.
    static func codeFence(for text: String, language: String?) -> (open: String, close: String) {
        let words = language?.split(whereSeparator: \.isWhitespace) ?? []
        let info = words.joined(separator: " ")
        let character: Unicode.Scalar = info.contains("`") ? "~" : "`"
        let fence = String(repeating: String(character), count: max(3, longestRun(of: character, in: text) + 1))
        // A tilde right after a tilde fence would lengthen the fence past its closing one.
        let separator = info.unicodeScalars.first == character ? " " : ""
        return (fence + separator + escapingBackslashesAndEntities(info), fence)
    }

    private static func longestRun(of character: Unicode.Scalar, in text: String) -> Int {
        var longest = 0, current = 0
        for scalar in text.unicodeScalars {
            current = scalar == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    // MARK: Link destinations and titles

    /// `(destination "title")` for a link or image: the destination in angle brackets when it holds
    /// spaces, controls, parentheses or angle brackets; backslashes and entity-like text escaped,
    /// because the parser decodes both in destinations and titles.
    static func linkTarget(destination: String, title: String?) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in destination.unicodeScalars {
            switch scalar {
            case "\n": scalars.append(contentsOf: "%0A".unicodeScalars)  // no form of destination holds a line end
            case "\r": scalars.append(contentsOf: "%0D".unicodeScalars)
            default: scalars.append(scalar)
            }
        }
        let plain = String(scalars)
        let needsBrackets = plain.isEmpty || plain.unicodeScalars.contains {
            $0.value <= 0x20 || $0.value == 0x7F || "()<>".unicodeScalars.contains($0)
        }
        // Brackets are escaped too: a link whose label held an image with `]:` in its address
        // would, at the start of a paragraph, read as a link reference definition.
        var target = escapingDelimited(plain, by: needsBrackets ? ["<", ">", "[", "]"] : ["[", "]"])
        if needsBrackets {
            target = "<" + target + ">"
        }
        if let title {
            target += " \"" + escapingDelimited(title.withLineEndsAsSpaces, by: ["\"", "[", "]"]) + "\""
        }
        return "(" + target + ")"
    }

    /// Text between delimiters of a destination or title: the delimiters, backslashes and
    /// entity-like text escaped. Backslashes that end the text are written as `&#92;`: cmark
    /// scans these parts by longest match, and would read `\\"` as a backslash and an escaped
    /// quote whenever a later quote on the line lets the title run on.
    private static func escapingDelimited(_ text: String, by delimiters: Set<Unicode.Scalar>) -> String {
        let trailingBackslashes = text.unicodeScalars.reversed().prefix { $0 == "\\" }.count
        let body = String(text.unicodeScalars.dropLast(trailingBackslashes))
        var out = String.UnicodeScalarView()
        for scalar in escapingBackslashesAndEntities(body).unicodeScalars {
            if delimiters.contains(scalar) { out.append("\\") }
            out.append(scalar)
        }
        return String(out) + String(repeating: "&#92;", count: trailingBackslashes)
    }

    /// Backslashes before punctuation (or at the end, where our own syntax follows) doubled, and
    /// `&` escaped where it starts an entity: the parser decodes both in destinations, titles and info strings.
    private static func escapingBackslashesAndEntities(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let after = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar == "\\", after.map(MarkdownFlanking.isASCIIPunctuation) ?? true {
                out.append("\\")
            } else if scalar == "&", startsEntity(scalars[(index + 1)...]) {
                out.append("\\")
            }
            out.append(scalar)
        }
        return String(out)
    }

    // MARK: YAML

    /// A YAML double-quoted scalar that reads back as exactly `value`, whatever it holds: quotes and
    /// backslashes escaped, and every line break or non-printable character written as an escape
    /// (a raw line break inside quotes would be folded into a space).
    ///
    /// CommonMark knows no front matter, so a Markdown reader renders these lines as a paragraph:
    /// `<` `>` `[` `]` are written as `\u` escapes too, which YAML reads back as the characters
    /// and Markdown shows as inert text, so no value can open raw HTML, an autolink or a link.
    static func yamlQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "<", ">", "[", "]":
                out += "\\u" + hex(scalar.value, digits: 4)
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            case "\u{FEFF}", "\u{FFFE}", "\u{FFFF}":
                out += "\\u" + hex(scalar.value, digits: 4)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += "\\x" + hex(scalar.value, digits: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
