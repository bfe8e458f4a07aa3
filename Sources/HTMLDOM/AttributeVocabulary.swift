/// A set of lower-case ASCII fragments (`share`, `related`, `byline` ...) searched for in an
/// attribute's value all at once: one scan of the value's bytes, ASCII case ignored, answers
/// which fragments occur anywhere in it. Readers that ask dozens of developer words of every
/// element of a page would otherwise scan each value once per word.
package struct AttributeVocabulary: Sendable {
    /// The fragments' bytes, one after another; at most 64 fragments, one bit each in an answer.
    private let fragmentBytes: [UInt8]
    /// Where each fragment's bytes are in `fragmentBytes`.
    private let fragmentRanges: [Range<Int>]
    /// For each byte value, the fragments that start with it (as bits).
    private let startingWith: [UInt64]
    /// For each byte value, the fragments whose second byte it is, and every fragment of one
    /// byte: with `startingWith`, two table reads rule out nearly every place of a value.
    private let secondByteIs: [UInt64]
    /// The fragments of one byte, which can also start at a value's last byte.
    private let oneByteFragments: UInt64

    /// Tokens that begin so are not searched (see `init`).
    private let skippedPrefixes: [[UInt8]]

    /// `skippingTokensStartingWith`: prefixes of tokens whose rest is not a developer's word but
    /// an author's (WordPress's `category-<slug>`), searched for nothing.
    package init(_ words: [String], skippingTokensStartingWith prefixes: [String] = []) {
        precondition(words.count <= 64, "an AttributeVocabulary answers in 64 bits")
        let fragments = words.map { Array($0.lowercased().utf8) }
        fragmentBytes = fragments.flatMap { $0 }
        var end = 0
        fragmentRanges = fragments.map { fragment in
            end += fragment.count
            return (end - fragment.count)..<end
        }
        skippedPrefixes = prefixes.map { Array($0.lowercased().utf8) }
        var first = [UInt64](repeating: 0, count: 256)
        var second = [UInt64](repeating: 0, count: 256)
        var single: UInt64 = 0
        for (index, fragment) in fragments.enumerated() where !fragment.isEmpty {
            let bit: UInt64 = 1 << UInt64(index)
            first[Int(fragment[0])] |= bit
            if fragment.count == 1 { single |= bit } else { second[Int(fragment[1])] |= bit }
        }
        startingWith = first
        secondByteIs = second.map { $0 | single }
        oneByteFragments = single
    }

    /// The bit of `word` in an answer.
    package func bit(_ word: String) -> UInt64 {
        let wanted = Array(word.lowercased().utf8)
        guard let index = fragmentRanges.firstIndex(where: { fragmentBytes[$0].elementsEqual(wanted) }) else {
            preconditionFailure("\(word) is not in the vocabulary")
        }
        return 1 << UInt64(index)
    }

    /// The bits of every fragment found in `bytes`. A fragment whose last letter begins the next
    /// word of a camel-cased name (`tags` in `tagStyle`) is not found: the name says something else.
    func matches(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        // The fragments are compared with the value lower-cased; most values hold no capital.
        guard bytes.contains(where: isUpper) else { return matches(bytes, lowered: bytes) }
        return withUnsafeTemporaryAllocation(byteCount: bytes.count, alignment: 1) { lowered in
            for (index, byte) in bytes.enumerated() { lowered[index] = asciiLowercased(byte) }
            return matches(bytes, lowered: UnsafeRawBufferPointer(lowered))
        }
    }

    /// `matches(bytes)`, where `lowered` holds the same bytes with ASCII capitals lower-cased.
    private func matches(_ bytes: UnsafeRawBufferPointer, lowered: UnsafeRawBufferPointer) -> UInt64 {
        fragmentBytes.withUnsafeBufferPointer { fragmentBytes in
            var found: UInt64 = 0
            var start = 0
            while start < lowered.count {
                if !skippedPrefixes.isEmpty, start == 0 || isHTMLSpace(lowered[start - 1]),
                    skippedPrefixes.contains(where: { begins(lowered, at: start, with: $0[...]) })
                {
                    while start < lowered.count, !isHTMLSpace(lowered[start]) { start += 1 }
                    continue
                }
                let second = start + 1 < lowered.count ? secondByteIs[Int(lowered[start + 1])] : oneByteFragments
                var candidates = startingWith[Int(lowered[start])] & second & ~found
                while candidates != 0 {
                    let index = candidates.trailingZeroBitCount
                    candidates &= candidates - 1
                    let fragment = fragmentBytes[fragmentRanges[index]]
                    guard begins(lowered, at: start, with: fragment) else { continue }
                    let end = start + fragment.count
                    if fragment.count > 1, isUpper(bytes[end - 1]), isLower(bytes[end - 2]) { continue }
                    found |= 1 << UInt64(index)
                }
                start += 1
            }
            return found
        }
    }

    /// Whether the lower-cased `bytes` hold `fragment` at `start`.
    private func begins<Fragment: RandomAccessCollection<UInt8>>(
        _ bytes: UnsafeRawBufferPointer, at start: Int, with fragment: Fragment
    ) -> Bool where Fragment.Index == Int {
        guard start + fragment.count <= bytes.count else { return false }
        var offset = 0
        while offset < fragment.count, bytes[start + offset] == fragment[fragment.startIndex + offset] { offset += 1 }
        return offset == fragment.count
    }
}

private func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

private func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }


/// What a text node holds for a reader weighing text against markup, counted over its bytes.
package struct TextMeasure: Sendable {
    /// Characters that are not white space (a CJK character counts one, like a Latin letter).
    package var characters = 0
    /// Commas of the world's scripts (`,` `،` `、` `，`): the punctuation of sentences, which
    /// menus and teasers rarely carry.
    package var commas = 0
    /// ASCII digits: what a displayed date needs.
    package var digits = 0
}

extension Node {
    /// The vocabulary's fragments found in the attribute's value; 0 where it is absent.
    package func fragments(of attribute: StaticString, in vocabulary: AttributeVocabulary) -> UInt64 {
        withAttributeBytes(attribute) { vocabulary.matches($0) } ?? 0
    }

    /// Whether the attribute is present, without reading its value.
    package func hasAttribute(_ attribute: StaticString) -> Bool {
        guard isElement else { return false }
        return document.store.attribute(of: index) { document.store.names.bytes[Int($0)].equals(attribute) } != nil
    }

    /// For a text node, its measure; zero for any other node.
    package var textMeasure: TextMeasure {
        let kind = document.store.kinds[Int(index)]
        guard kind == .text || kind == .cdata, let range = document.store.contentRange(of: index) else { return TextMeasure() }
        return document.store.bytes.withUnsafeBufferPointer { TextMeasure(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}

extension TextMeasure {
    init(_ content: UnsafeBufferPointer<UInt8>) {
        self.init()
        // The byte at `index`, 0 past the end (where libxml2's copy had its terminating NUL).
        func at(_ index: Int) -> UInt8 { index < content.count ? content[index] : 0 }
        var index = 0
        while index < content.count {
            let byte = content[index]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                break
            case 0x2C:
                commas += 1
                characters += 1
            case 0xC2 where at(index + 1) == 0xA0:
                // A no-break space is white space to a reader.
                index += 1
            case 0xD8 where at(index + 1) == 0x8C:
                commas += 1
                characters += 1
                index += 1
            case 0xE3 where at(index + 1) == 0x80 && at(index + 2) == 0x81,
                0xEF where at(index + 1) == 0xBC && at(index + 2) == 0x8C:
                commas += 1
                characters += 1
                index += 2
            case 0x30...0x39:
                digits += 1
                characters += 1
            default:
                // Count the first byte of each character only.
                if byte & 0xC0 != 0x80 { characters += 1 }
            }
            index += 1
        }
    }
}

/// A vocabulary's answers for the values of one attribute, remembered for a walk that asks of
/// every element: pages repeat their class values (every item of a list, every card of a grid),
/// and each distinct value is scanned once.
package struct RememberedFragments {
    private let vocabulary: AttributeVocabulary
    private let attribute: StaticString
    /// By a hash of the value: where in the tree's text the value was first read, and its answer.
    private var answers = FingerprintTable<(value: Range<Int>, fragments: UInt64)>()

    package init(_ vocabulary: AttributeVocabulary, in attribute: StaticString) {
        self.vocabulary = vocabulary
        self.attribute = attribute
    }

    /// `node.fragments(of: attribute, in: vocabulary)`.
    package mutating func fragments(of node: Node) -> UInt64 {
        guard let range = node.attributeValueRange(attribute) else { return 0 }
        return node.document.store.bytes.withUnsafeBytes { text in
            let value = UnsafeRawBufferPointer(rebasing: text[range])
            // The value is compared byte for byte below, so a collision costs a scan only.
            let hash = fingerprint(of: value)
            if let known = answers[hash], sameBytes(UnsafeRawBufferPointer(rebasing: text[known.value]), value) {
                return known.fragments
            }
            let fragments = vocabulary.matches(value)
            answers.set((range, fragments), for: hash)
            return fragments
        }
    }
}
