import ThreadModel

/// One UTF-8 byte of inline Markdown being written, with where it came from. Every byte that
/// Markdown reads as syntax is ASCII, so the rules look at bytes, and decode a neighbouring
/// scalar only where a delimiter run's flanking depends on its Unicode category.
struct MarkdownUnit: Equatable {
    enum Role: Equatable {
        /// The model's text, escaped where it would act.
        case text
        /// Text inside link brackets, where brackets must always be escaped.
        case linkText
        /// Syntax we write, as is.
        case syntax
        /// A code span (its text in the writer's `codes`, by index), written whole once its
        /// neighbours are final: two spans side by side must become one, or their fences would
        /// fuse into a longer one.
        case code(Int)
        /// An emphasis delimiter, kept only if CommonMark will read it as the pair it is meant to be.
        case opener(pair: Int)
        case closer(pair: Int)
    }

    var byte: UInt8
    var role: Role

    var isText: Bool { role == .text || role == .linkText }

    /// A space or tab of text: what the parser strips at the ends of a line.
    var isSpaceOrTab: Bool { isText && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")) }
}

/// Writes inline content as Markdown: normalises it, lays out its lines, keeps only the emphasis
/// CommonMark will read back, then escapes what remains.
struct MarkdownInlineWriter {
    private var units: [MarkdownUnit] = []
    private var codes: [String] = []
    private var pairCount = 0
    private let context: MarkdownEscaping.InlineContext

    static func write(_ inlines: [Inline], context: MarkdownEscaping.InlineContext) -> String {
        var writer = MarkdownInlineWriter(context: context)
        writer.append(MarkdownInlineNormalization.normalized(inlines, atBlockStart: context == .paragraph), role: .text)
        writer.trimLines()
        writer.resolveEmphasis()
        writer.mergeCodeSpans()
        return MarkdownEscaping.write(writer.units, codes: writer.codes, context: context)
    }

    private init(context: MarkdownEscaping.InlineContext) {
        self.context = context
    }

    private var isSingleLine: Bool { context != .paragraph }

    private mutating func append(_ inlines: [Inline], role: MarkdownUnit.Role) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                appendText(text, role: role)
            case .emphasis(let content):
                appendEmphasis("*", content, role: role)
            case .strong(let content):
                appendEmphasis("**", content, role: role)
            case .strikethrough(let content):
                appendEmphasis("~~", content, role: role)
            case .code(let code):
                // A code span cannot hold a line end: the next line would be read for blocks first.
                units.append(MarkdownUnit(byte: UInt8(ascii: "`"), role: .code(codes.count)))
                codes.append(code.withLineEndsAsSpaces)
            case .link(let destination, let title, let content):
                appendSyntax("[")
                append(content, role: .linkText)
                appendSyntax("]" + MarkdownEscaping.linkTarget(destination: destination, title: title))
            case .image(let source, let alt, let title):
                appendSyntax("![")
                appendText(alt.withLineEndsAsSpaces, role: .linkText)
                appendSyntax("]" + MarkdownEscaping.linkTarget(destination: source, title: title))
            case .lineBreak:
                if isSingleLine {
                    appendText(" ", role: role)
                } else {
                    appendSyntax("\\\n")
                }
            }
        }
    }

    private mutating func appendText(_ text: String, role: MarkdownUnit.Role) {
        let joinsLines = isSingleLine
        units.append(contentsOf: text.utf8.lazy.map { byte in
            MarkdownUnit(byte: joinsLines && byte == UInt8(ascii: "\n") ? UInt8(ascii: " ") : byte, role: role)
        })
    }

    private mutating func appendSyntax(_ syntax: String) {
        units.append(contentsOf: syntax.utf8.lazy.map { MarkdownUnit(byte: $0, role: .syntax) })
    }

    private mutating func appendEmphasis(_ delimiter: String, _ content: [Inline], role: MarkdownUnit.Role) {
        let pair = pairCount
        pairCount += 1
        units.append(contentsOf: delimiter.utf8.lazy.map { MarkdownUnit(byte: $0, role: .opener(pair: pair)) })
        append(content, role: role)
        units.append(contentsOf: delimiter.utf8.lazy.map { MarkdownUnit(byte: $0, role: .closer(pair: pair)) })
    }

    /// Drops what the parser would not keep: spaces and tabs at the start and end of a line
    /// (trailing ones before a line end would make a hard break, leading ones an indented code
    /// block), empty lines (which would end the paragraph), and breaks at the very start or end.
    private mutating func trimLines() {
        var kept: [MarkdownUnit] = []
        var atLineStart = true
        var index = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            if unit.isSpaceOrTab && atLineStart { continue }
            if unit.isText && unit.byte == UInt8(ascii: "\n") {
                guard !atLineStart else { continue }
                kept.removeTrailingSpaces()
                kept.append(unit)
                atLineStart = true
                continue
            }
            if unit.role == .syntax && unit.byte == UInt8(ascii: "\\") && index < units.count
                && units[index].byte == UInt8(ascii: "\n") && units[index].role == .syntax
            {
                // A hard break: pointless at a line start, where it would only add an empty line.
                guard !atLineStart else {
                    index += 1
                    continue
                }
                kept.removeTrailingSpaces()
                kept.append(unit)
                kept.append(units[index])
                index += 1
                atLineStart = true
                continue
            }
            kept.append(unit)
            atLineStart = false
        }
        // A break at the end of a paragraph is no break: a trailing `\` would show as a backslash.
        while let last = kept.last, last.byte == UInt8(ascii: "\n") || last.isSpaceOrTab {
            kept.removeLast()
            if last.role == .syntax { kept.removeLast() }
        }
        units = kept
    }

    /// Keeps an emphasis pair only where every CommonMark reading opens it at its opener and
    /// closes it at its closer, and nothing else: otherwise its delimiters would show as stars or
    /// pair up with others. Dropping a pair changes its neighbours' surroundings, hence the loop.
    private mutating func resolveEmphasis() {
        var dropped = true
        while dropped {
            dropped = false
            var unreadable = Set<Int>()
            var start = 0
            while start < units.count {
                guard units[start].delimiterPair != nil else {
                    start += 1
                    continue
                }
                // A run is every adjacent delimiter of the same character, whichever pair it belongs to.
                var end = start + 1
                while end < units.count, units[end].delimiterPair != nil, units[end].byte == units[start].byte {
                    end += 1
                }
                let readings = MarkdownFlanking.readings(
                    of: Unicode.Scalar(units[start].byte), before: units.scalar(endingAt: start), after: units.scalar(at: end))
                for unit in units[start..<end] {
                    switch unit.role {
                    case .opener(let pair) where !readings.allSatisfy({ $0.canOpen && !$0.canClose }):
                        unreadable.insert(pair)
                    case .closer(let pair) where !readings.allSatisfy({ $0.canClose && !$0.canOpen }):
                        unreadable.insert(pair)
                    default:
                        break
                    }
                }
                start = end
            }
            if !unreadable.isEmpty {
                units.removeAll { $0.delimiterPair.map(unreadable.contains) ?? false }
                dropped = true
            }
        }
        for index in units.indices where units[index].delimiterPair != nil {
            units[index].role = .syntax
        }
    }

    /// Joins code spans left side by side by emphasis that could not be kept.
    private mutating func mergeCodeSpans() {
        var merged: [MarkdownUnit] = []
        for unit in units {
            if case .code(let code) = unit.role, let last = merged.last, case .code(let previous) = last.role {
                codes[previous] += codes[code]
            } else {
                merged.append(unit)
            }
        }
        units = merged
    }
}

extension MarkdownUnit {
    fileprivate var delimiterPair: Int? {
        switch role {
        case .opener(let pair), .closer(let pair): pair
        default: nil
        }
    }
}

extension [MarkdownUnit] {
    fileprivate mutating func removeTrailingSpaces() {
        while last?.isSpaceOrTab == true { removeLast() }
    }

    /// The scalar whose bytes start at `index`; nil past the end, which reads as a line's end.
    func scalar(at index: Int) -> Unicode.Scalar? {
        guard index < count else { return nil }
        let lead = self[index].byte
        guard lead >= 0x80 else { return Unicode.Scalar(lead) }
        // Units hold valid UTF-8: a scalar's bytes are never split, nor cut by what is dropped.
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(self[index + offset].byte & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// The scalar whose bytes end just before `index`; nil at the start.
    func scalar(endingAt index: Int) -> Unicode.Scalar? {
        var start = index - 1
        while start > 0, self[start].byte & 0xC0 == 0x80 { start -= 1 }
        return start >= 0 ? scalar(at: start) : nil
    }
}
