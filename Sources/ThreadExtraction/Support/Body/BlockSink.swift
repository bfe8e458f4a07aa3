import ThreadModel

/// Where converted content goes: finished blocks, and the inline run of the paragraph under way.
struct BlockSink {
    /// Whether only inline content can be taken (a heading, a table cell): a block boundary is a
    /// line break there, not the end of a paragraph.
    let inlineOnly: Bool
    var inline: InlineCollector
    /// Whether the text's line breaks are the layout's, as in a `pre` that holds prose: each
    /// newline a line break, a blank line the end of a paragraph.
    var keepsLineBreaks = false
    private var blocks: [Block] = []

    init(inlineOnly: Bool) {
        self.inlineOnly = inlineOnly
        inline = InlineCollector(allowsParagraphs: !inlineOnly)
    }

    /// Ends the paragraph under way, if it has content.
    mutating func endParagraph() {
        if inlineOnly {
            inline.blockBoundary()
        } else {
            for paragraph in inline.takeParagraphs() { blocks.append(.paragraph(paragraph)) }
        }
    }

    /// Appends a block after the paragraph under way. Not for inline-only sinks.
    mutating func append(_ block: Block) {
        endParagraph()
        blocks.append(block)
    }

    mutating func finishBlocks() -> [Block] {
        endParagraph()
        return blocks
    }

    mutating func finishInlines() -> [Inline] {
        inline.takeParagraphs().first ?? []
    }
}
