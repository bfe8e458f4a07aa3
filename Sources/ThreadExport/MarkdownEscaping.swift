import ThreadModel

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

    /// Writes units of inline content, escaping text where it would otherwise act; `codes` holds
    /// the text of the code spans the units name.
    static func write(_ units: [MarkdownUnit], codes: [String], context: InlineContext) -> String {
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
        var out: [UInt8] = []
        out.reserveCapacity(units.count + units.count / 8)
        for (unit, escape) in zip(units, escaped) {
            if case .code(let code) = unit.role {
                out += codeSpan(bytes: Array(codes[code].utf8))
                continue
            }
            if escape { out.append(backslash) }
            out.append(unit.byte)
        }
        return String(decoding: context == .tableCell ? escapingPipes(out) : out, as: UTF8.self)
    }

    private static let backslash = UInt8(ascii: "\\")

    // MARK: Inline rules

    /// Whether the text byte at `index` would act as inline Markdown where it stands.
    private static func actsInline(at index: Int, in units: [MarkdownUnit]) -> Bool {
        let byte = units[index].byte
        // Every character that can act is ASCII; the byte after it starts the next scalar.
        let after = index + 1 < units.count ? units[index + 1].byte : nil
        switch byte {
        case UInt8(ascii: "\\"):
            // Before punctuation it escapes; before a line end it is a hard break.
            return after.map { isASCIIPunctuation($0) || $0 == UInt8(ascii: "\n") } ?? true
        case UInt8(ascii: "`"):
            return true
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return MarkdownFlanking.readings(
                of: Unicode.Scalar(byte), before: units.scalar(endingAt: index), after: units.scalar(at: index + 1)
            ).contains { $0.canOpen || $0.canClose }
        case UInt8(ascii: "["):
            return units[index].role == .linkText
        case UInt8(ascii: "]"):
            // Outside link text a bracket pair only links when `](` follows: no definitions are written.
            return units[index].role == .linkText || after == UInt8(ascii: "(")
        case UInt8(ascii: "<"):
            // Autolinks and raw HTML (tags, comments, declarations, processing instructions).
            guard let after else { return false }
            return isASCIILetter(after) || "/!?".utf8.contains(after)
        case UInt8(ascii: "&"):
            return startsEntity(units[(index + 1)...].lazy.map(\.byte))
        case UInt8(ascii: "!"):
            // `!` right before a link of ours would make it an image.
            return index + 1 < units.count && units[index + 1].role == .syntax && after == UInt8(ascii: "[")
        default:
            return false
        }
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        MarkdownFlanking.isASCIIPunctuation(Unicode.Scalar(byte))
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isASCIIDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Whether the bytes after an `&` spell an entity or numeric character reference.
    private static func startsEntity(_ following: some Sequence<UInt8>) -> Bool {
        var iterator = following.makeIterator()
        guard let first = iterator.next() else { return false }
        var isHex = false
        var count = 0
        if first == UInt8(ascii: "#") {
            guard let marker = iterator.next() else { return false }
            if marker == UInt8(ascii: "x") || marker == UInt8(ascii: "X") {
                isHex = true
            } else if isASCIIDigit(marker) {
                count = 1
            } else {
                return false
            }
            while let byte = iterator.next() {
                if byte == UInt8(ascii: ";") { return count > 0 }
                let isDigit = isASCIIDigit(byte) || (isHex && (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20))
                guard isDigit, count < 7 else { return false }
                count += 1
            }
            return false
        }
        guard isASCIILetter(first) else { return false }
        count = 1
        while let byte = iterator.next() {
            if byte == UInt8(ascii: ";") { return true }
            guard isASCIILetter(byte) || isASCIIDigit(byte), count < 32 else { return false }
            count += 1
        }
        return false
    }

    // MARK: Block-start rules

    private static func lineStarts(in units: [MarkdownUnit]) -> [Int] {
        [0] + units.indices.filter { units[$0].byte == UInt8(ascii: "\n") && $0 + 1 < units.count }.map { $0 + 1 }
    }

    /// The index to escape so that the line starting at `start` stays paragraph text, if any.
    ///
    /// Only lines that start with text need this: every piece of syntax we write starts with `*`,
    /// `~~`, a code span, `[` or `![`, none of which can start a block. Code fences need no rule
    /// here: backticks are always escaped, and a `~` before another `~` always flanks, so is too.
    private static func blockStartEscape(lineAt start: Int, in units: [MarkdownUnit], isFirstLine: Bool) -> Int? {
        guard start < units.count, units[start].isText else { return nil }
        let end = units[start...].firstIndex { $0.byte == UInt8(ascii: "\n") } ?? units.count
        let line = units[start..<end].map(\.byte)
        guard let first = line.first else { return nil }
        let rest = line.dropFirst()
        let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        let endsOrSpace = { (byte: UInt8?) in byte.map(isSpace) ?? true }
        let isBlank = { (bytes: ArraySlice<UInt8>) in bytes.allSatisfy(isSpace) }

        switch first {
        case UInt8(ascii: ">"):
            return start
        case UInt8(ascii: "#"):
            // An ATX heading: one to six `#` then a space or the line's end.
            let hashes = line.prefix { $0 == UInt8(ascii: "#") }.count
            return hashes <= 6 && endsOrSpace(line.dropFirst(hashes).first) ? start : nil
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"):
            if endsOrSpace(rest.first) { return start }  // a bullet list item
        case UInt8(ascii: "[") where isFirstLine:
            return start  // a link reference definition, or a task list box in a list item
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            // An ordered list item: up to nine digits, `.` or `)`, then a space or the line's end.
            let digits = line.prefix(while: isASCIIDigit).count
            guard digits <= 9, digits < line.count, line[digits] == UInt8(ascii: ".") || line[digits] == UInt8(ascii: ")"),
                endsOrSpace(line.dropFirst(digits + 1).first), units[start + digits].isText
            else { return nil }
            return start + digits
        default:
            break
        }
        let visible = line.filter { !isSpace($0) }
        if let marker = visible.first, visible.allSatisfy({ $0 == marker }) {
            // A thematic break (three or more of `-`, `*`, `_`) or a setext underline (`=`/`-` alone).
            if "-*_".utf8.contains(marker), visible.count >= 3 { return start }
            if marker == UInt8(ascii: "=") || marker == UInt8(ascii: "-"), isBlank(line.drop { $0 == marker }) {
                return start
            }
        }
        if visible.contains(UInt8(ascii: "-")), visible.allSatisfy({ "|:-".utf8.contains($0) }) {
            return start  // a GitHub table's delimiter row, which would turn the line above into a table
        }
        return nil
    }

    /// The first `#` of a trailing run that a heading would drop as its closing sequence.
    private static func closingSequenceStart(in units: [MarkdownUnit]) -> Int? {
        let isSpace = { (unit: MarkdownUnit) in unit.byte == UInt8(ascii: " ") || unit.byte == UInt8(ascii: "\t") }
        let isHash = { (unit: MarkdownUnit) in unit.byte == UInt8(ascii: "#") }
        guard let last = units.lastIndex(where: { !isSpace($0) }), units[last].isText, isHash(units[last])
        else { return nil }
        var first = last
        while first > 0, isHash(units[first - 1]), units[first - 1].isText { first -= 1 }
        guard first == 0 || isSpace(units[first - 1]) else { return nil }
        return first
    }

    /// GitHub splits a table row at every unescaped `|`, even inside code spans and link
    /// destinations, and unescapes `\|` before reading the cell as Markdown.
    private static func escapingPipes(_ cell: [UInt8]) -> [UInt8] {
        guard cell.contains(UInt8(ascii: "|")) else { return cell }
        var out: [UInt8] = []
        out.reserveCapacity(cell.count + 8)
        for byte in cell {
            if byte == UInt8(ascii: "|") { out.append(backslash) }
            out.append(byte)
        }
        return out
    }

    // MARK: Code

    /// A code span: a backtick fence longer than any run inside, padded with a space where the code
    /// starts or ends with a backtick, or would lose a leading and trailing space to the parser.
    static func codeSpan(_ code: String) -> String {
        String(decoding: codeSpan(bytes: Array(code.utf8)), as: UTF8.self)
    }

    private static func codeSpan(bytes code: [UInt8]) -> [UInt8] {
        let tick = UInt8(ascii: "`"), space = UInt8(ascii: " ")
        let fence = [UInt8](repeating: tick, count: longestRun(of: tick, in: code) + 1)
        let starts = code.first, ends = code.last
        let allSpaces = code.allSatisfy { $0 == space }
        let pad = starts == tick || ends == tick || (starts == space && ends == space && !allSpaces)
        return fence + (pad ? [space] + code + [space] : code) + fence
    }

    /// The opening and closing fence of a code block: longer than any run of the fence character
    /// inside; tildes when the language names a backtick, which a backtick fence's info string cannot hold.
    static func codeFence(for text: String, language: String?) -> (open: String, close: String) {
        let words = language?.split(whereSeparator: \.isWhitespace) ?? []
        let info = Array(words.joined(separator: " ").utf8)
        let character = info.contains(UInt8(ascii: "`")) ? UInt8(ascii: "~") : UInt8(ascii: "`")
        let fence = String(
            decoding: [UInt8](repeating: character, count: max(3, longestRun(of: character, in: text.utf8) + 1)),
            as: UTF8.self)
        // A tilde right after a tilde fence would lengthen the fence past its closing one.
        let separator = info.first == character ? " " : ""
        return (fence + separator + String(decoding: escapingBackslashesAndEntities(info[...]), as: UTF8.self), fence)
    }

    private static func longestRun(of character: UInt8, in text: some Sequence<UInt8>) -> Int {
        var longest = 0, current = 0
        for byte in text {
            current = byte == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }

    // MARK: Link destinations and titles

    /// `(destination "title")` for a link or image: the destination in angle brackets when it holds
    /// spaces, controls, parentheses or angle brackets; backslashes and entity-like text escaped,
    /// because the parser decodes both in destinations and titles.
    static func linkTarget(destination: String, title: String?) -> String {
        var plain: [UInt8] = []
        plain.reserveCapacity(destination.utf8.count)
        for byte in destination.utf8 {
            switch byte {
            case UInt8(ascii: "\n"): plain += "%0A".utf8  // no form of destination holds a line end
            case UInt8(ascii: "\r"): plain += "%0D".utf8
            default: plain.append(byte)
            }
        }
        let needsBrackets = plain.isEmpty || plain.contains { $0 <= 0x20 || $0 == 0x7F || "()<>".utf8.contains($0) }
        // Brackets are escaped too: a link whose label held an image with `]:` in its address
        // would, at the start of a paragraph, read as a link reference definition.
        var target: [UInt8] = [UInt8(ascii: "(")]
        if needsBrackets { target.append(UInt8(ascii: "<")) }
        target += escapingDelimited(plain[...], by: needsBrackets ? "<>[]" : "[]")
        if needsBrackets { target.append(UInt8(ascii: ">")) }
        if let title {
            target += " \"".utf8
            target += escapingDelimited(Array(title.withLineEndsAsSpaces.utf8)[...], by: "\"[]")
            target.append(UInt8(ascii: "\""))
        }
        target.append(UInt8(ascii: ")"))
        return String(decoding: target, as: UTF8.self)
    }

    /// Text between delimiters of a destination or title: the delimiters (ASCII), backslashes and
    /// entity-like text escaped. Backslashes that end the text are written as `&#92;`: cmark
    /// scans these parts by longest match, and would read `\\"` as a backslash and an escaped
    /// quote whenever a later quote on the line lets the title run on.
    private static func escapingDelimited(_ text: ArraySlice<UInt8>, by delimiters: String) -> [UInt8] {
        let trailingBackslashes = text.reversed().prefix { $0 == backslash }.count
        var out: [UInt8] = []
        out.reserveCapacity(text.count + 8)
        for byte in escapingBackslashesAndEntities(text.dropLast(trailingBackslashes)) {
            if delimiters.utf8.contains(byte) { out.append(backslash) }
            out.append(byte)
        }
        for _ in 0..<trailingBackslashes { out += "&#92;".utf8 }
        return out
    }

    /// Backslashes before punctuation (or at the end, where our own syntax follows) doubled, and
    /// `&` escaped where it starts an entity: the parser decodes both in destinations, titles and info strings.
    private static func escapingBackslashesAndEntities(_ text: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count + 8)
        for index in text.indices {
            let byte = text[index]
            let after = index + 1 < text.endIndex ? text[index + 1] : nil
            if byte == backslash, after.map(isASCIIPunctuation) ?? true {
                out.append(backslash)
            } else if byte == UInt8(ascii: "&"), startsEntity(text[(index + 1)...]) {
                out.append(backslash)
            }
            out.append(byte)
        }
        return out
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
        String(value, radix: 16, uppercase: true).padded(to: digits)
    }
}
