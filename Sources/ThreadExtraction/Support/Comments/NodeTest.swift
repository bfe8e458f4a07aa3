import HTMLDOM

/// A test on one element, as data: its tag, its class tokens, its id, its attributes, and
/// combinations of them. Comment-markup descriptions are built from these, so an engine's rules
/// read as what they look for (`.tag("li") && .classToken("comment")`) rather than as code, and
/// every test compares bytes through `Node`'s helpers without building strings.
indirect enum NodeTest: Sendable {
    /// An element of this tag (lower case).
    case tag(StaticString)
    /// An element of any of these tags.
    case tags([StaticString])
    /// An element of this tag (lower case), known only at run time: the shape a page repeats.
    case tagNamed(String)
    /// An element whose tags from the body down, itself last, are these: a classless record's
    /// place in a page (the rows of a flat table of comments).
    case tagPath([String])
    /// The `class` attribute holds this token.
    case classToken(StaticString)
    /// The `class` attribute holds any of these tokens.
    case anyClass([StaticString])
    /// A class token starts with this prefix (`depth-`).
    case classPrefix(StaticString)
    /// The `class` attribute holds any of these fragments anywhere, ASCII case ignored
    /// (`c-comment__author-name` holds "author").
    case classFragment([StaticString])
    /// The id, ASCII case ignored, holds this fragment.
    case idContains(String)
    /// The id, ASCII case ignored, is one of these (written in lower case).
    case idIs([String])
    /// The attribute is present.
    case attribute(String)
    /// The attribute's value is exactly this.
    case attributeIs(String, String)
    /// The attribute's value, split at spaces, holds this word (`rel="external bookmark"`).
    case attributeWord(String, String)
    /// The attribute's value holds this text.
    case attributeContains(String, String)
    /// The attribute's value ends with this text.
    case attributeSuffix(String, String)
    /// The element shows no text.
    case textless
    /// The element shows exactly this text, whitespace collapsed (a theme's label).
    case showsText(String)
    /// The element shows at most this many characters (a name, a label; not a sentence).
    case showsAtMost(Int)
    /// The parent element passes the test.
    case parent(NodeTest)
    /// Some ancestor passes the test.
    case inside(NodeTest)
    /// Some element child passes the test.
    case child(NodeTest)
    /// Some element below passes the test.
    case holding(NodeTest)
    /// Passes the test, and no element after it among its siblings does (the paragraph that signs
    /// a text).
    case lastOf(NodeTest)
    case all([NodeTest])
    case any([NodeTest])
    case not(NodeTest)
    /// Passes every element.
    case always

    func matches(_ node: Node) -> Bool {
        guard node.isElement else { return false }
        switch self {
        case .tag(let tag): return node.is(tag)
        case .tags(let tags): return node.isAny(of: tags)
        case .tagNamed(let tag): return node.hasName(tag)
        case .tagPath(let path):
            var current: Node? = node
            for tag in path.reversed() {
                guard let element = current, element.hasName(tag) else { return false }
                current = element.parent
            }
            return current?.is("body") ?? false
        case .classToken(let token): return node.hasClass(token)
        case .anyClass(let tokens): return node.hasAnyClass(tokens)
        case .classPrefix(let prefix): return node.hasClass(prefix: prefix)
        case .classFragment(let fragments): return node.classContains(anyOf: fragments)
        case .idContains(let fragment): return node.idValue { Self.holds($0, fragment, ignoringCase: true) } ?? false
        case .idIs(let ids): return node.idValue { id in ids.contains { Self.equals(id, $0) } } ?? false
        case .attribute(let name): return node.attributeValue(named: name) { _ in true } ?? false
        case .attributeIs(let name, let value): return node.attributeValue(named: name) { Self.isText($0, value) } ?? false
        case .attributeWord(let name, let word):
            return node.attributeValue(named: name) { value in
                guard value.isAllASCII, word.utf8.isAllASCII else {
                    return String(decoding: value, as: UTF8.self).split(separator: " ").contains { $0 == word }
                }
                return value.split(separator: 0x20).contains { $0.elementsEqual(word.utf8) }
            } ?? false
        case .attributeContains(let name, let text): return node.attributeValue(named: name) { Self.holds($0, text, ignoringCase: false) } ?? false
        case .attributeSuffix(let name, let text):
            return node.attributeValue(named: name) { value in
                // A carriage return before a line feed is one character with it.
                guard value.isAllASCII, text.utf8.isAllASCII, !value.contains(0x0D) else {
                    return String(decoding: value, as: UTF8.self).hasSuffix(text)
                }
                return value.count >= text.utf8.count && value.suffix(text.utf8.count).elementsEqual(text.utf8)
            } ?? false
        case .textless: return !node.hasVisibleText
        case .showsText(let text): return node.visibleText(atMost: text.count) == text
        case .showsAtMost(let limit): return node.visibleText(atMost: limit) != nil
        case .parent(let test): return node.parent.map(test.matches) ?? false
        case .inside(let test): return node.ancestors.contains(where: test.matches)
        case .child(let test): return node.elementChildren.contains(where: test.matches)
        case .holding(let test): return node.first(where: test.matches) != nil
        case .lastOf(let test):
            return test.matches(node) && !sequence(first: node, next: \.nextElementSibling).dropFirst().contains(where: test.matches)
        case .all(let tests): return tests.allSatisfy { $0.matches(node) }
        case .any(let tests): return tests.contains { $0.matches(node) }
        case .not(let test): return !test.matches(node)
        case .always: return true
        }
    }

    // Tests run on most elements of a page: ASCII values (nearly all ids and classes) are compared
    // as bytes, the rest as Strings, with the same answers.

    /// Whether the text of `value` (lower-cased where `ignoringCase`) holds `fragment` (written in
    /// lower case where `ignoringCase`).
    private static func holds(_ value: ArraySlice<UInt8>, _ fragment: String, ignoringCase: Bool) -> Bool {
        guard value.isAllASCII else {
            let text = String(decoding: value, as: UTF8.self)
            return ignoringCase ? text.lowercased().contains(fragment) : text.contains(fragment)
        }
        return value.contains(fragment, ignoringASCIICase: ignoringCase)
    }

    /// Whether the text of `value`, lower-cased, is `lowercased` (written in lower case).
    private static func equals(_ value: ArraySlice<UInt8>, _ lowercased: String) -> Bool {
        guard value.isAllASCII else { return String(decoding: value, as: UTF8.self).lowercased() == lowercased }
        return value.count == lowercased.utf8.count && zip(value, lowercased.utf8).allSatisfy { asciiLowercased($0) == $1 }
    }

    /// Whether the text of `value` is `text`, as Strings compare: the same bytes, or, where
    /// either holds other than ASCII, canonically equivalent characters.
    private static func isText(_ value: ArraySlice<UInt8>, _ text: String) -> Bool {
        if value.elementsEqual(text.utf8) { return true }
        guard !value.isAllASCII || !text.utf8.isAllASCII else { return false }
        return String(decoding: value, as: UTF8.self) == text
    }

    static func && (lhs: NodeTest, rhs: NodeTest) -> NodeTest { .all([lhs, rhs]) }
    static func || (lhs: NodeTest, rhs: NodeTest) -> NodeTest { .any([lhs, rhs]) }
    static prefix func ! (test: NodeTest) -> NodeTest { .not(test) }

    /// The test that never passes, for a rule a description leaves out.
    static let never = NodeTest.not(.always)
}

extension Node {
    /// The first element below this one that passes `test`.
    func first(_ test: NodeTest) -> Node? {
        first(where: test.matches)
    }
}
