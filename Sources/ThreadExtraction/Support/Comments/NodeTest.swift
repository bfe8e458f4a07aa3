import HTMLDOM

/// A test on one element, as data: its tag, its class tokens, its id, its attributes, and
/// combinations of them. Comment-markup descriptions are built from these, so an engine's rules
/// read as what they look for (`.tag("li") && .classToken("comment")`) rather than as code, and
/// every test compares bytes through `Node`'s helpers without building strings.
///
/// A test is held as a flat program: each step is followed by its operands (pre-order), and a
/// combination records how many steps it spans, so matching steps through one array of plain
/// values. A tree of boxed cases was copied and reference-counted at every step, on most elements
/// of every page.
struct NodeTest: Sendable {
    private var steps: [Step]
    /// What steps name beyond a static string: texts, tag and class lists, lists of texts.
    private var texts: [String] = []
    private var lists: [[StaticString]] = []
    private var textLists: [[String]] = []

    private enum Step: Sendable {
        case tag(StaticString)
        case tags(list: Int32)
        case tagNamed(text: Int32)
        case tagPath(textList: Int32)
        case classToken(StaticString)
        case anyClass(list: Int32)
        case classPrefix(StaticString)
        case classFragment(list: Int32)
        case idContains(text: Int32)
        case idIs(textList: Int32)
        case attribute(text: Int32)
        case attributeIs(name: Int32, value: Int32)
        case attributeWord(name: Int32, word: Int32)
        case attributeContains(name: Int32, text: Int32)
        case attributeSuffix(name: Int32, text: Int32)
        case textless
        case showsText(text: Int32)
        case showsAtMost(Int)
        /// Combinations: `span` steps from this one, its operands included.
        case parent(span: Int32)
        case inside(span: Int32)
        case child(span: Int32)
        case holding(span: Int32)
        case lastOf(span: Int32)
        case all(span: Int32)
        case any(span: Int32)
        case not(span: Int32)
        case always

        var span: Int {
            switch self {
            case .parent(let span), .inside(let span), .child(let span), .holding(let span), .lastOf(let span), .all(let span),
                .any(let span), .not(let span):
                Int(span)
            default: 1
            }
        }

        /// The step with its pool indices moved by the sizes of the pools it joins.
        func rebased(texts: Int32, lists: Int32, textLists: Int32) -> Step {
            switch self {
            case .tags(let list): .tags(list: list + lists)
            case .tagNamed(let text): .tagNamed(text: text + texts)
            case .tagPath(let textList): .tagPath(textList: textList + textLists)
            case .anyClass(let list): .anyClass(list: list + lists)
            case .classFragment(let list): .classFragment(list: list + lists)
            case .idContains(let text): .idContains(text: text + texts)
            case .idIs(let textList): .idIs(textList: textList + textLists)
            case .attribute(let text): .attribute(text: text + texts)
            case .attributeIs(let name, let value): .attributeIs(name: name + texts, value: value + texts)
            case .attributeWord(let name, let word): .attributeWord(name: name + texts, word: word + texts)
            case .attributeContains(let name, let text): .attributeContains(name: name + texts, text: text + texts)
            case .attributeSuffix(let name, let text): .attributeSuffix(name: name + texts, text: text + texts)
            case .showsText(let text): .showsText(text: text + texts)
            default: self
            }
        }
    }

    private init(texts: [String] = [], lists: [[StaticString]] = [], textLists: [[String]] = [], _ step: Step) {
        steps = [step]
        self.texts = texts
        self.lists = lists
        self.textLists = textLists
    }

    /// A combination over `operands`, laid out after its own step; an operand that is the same
    /// combination lends its operands (`a && b && c` is one step over three).
    private init(_ combination: (Int32) -> Step, over operands: [NodeTest], flattening: (Step) -> Bool = { _ in false }) {
        steps = [.always]
        // Sized once: the structural reader builds tests for the shapes of every page it reads.
        steps.reserveCapacity(1 + operands.reduce(0) { $0 + $1.steps.count })
        texts.reserveCapacity(operands.reduce(0) { $0 + $1.texts.count })
        for operand in operands {
            let base = (texts: Int32(texts.count), lists: Int32(lists.count), textLists: Int32(textLists.count))
            let lent = flattening(operand.steps[0]) ? operand.steps.dropFirst() : operand.steps[...]
            steps.append(contentsOf: lent.map { $0.rebased(texts: base.texts, lists: base.lists, textLists: base.textLists) })
            texts.append(contentsOf: operand.texts)
            lists.append(contentsOf: operand.lists)
            textLists.append(contentsOf: operand.textLists)
        }
        steps[0] = combination(Int32(steps.count))
    }

    /// An element of this tag (lower case).
    static func tag(_ tag: StaticString) -> NodeTest { NodeTest(.tag(tag)) }
    /// An element of any of these tags.
    static func tags(_ tags: [StaticString]) -> NodeTest { NodeTest(lists: [tags], .tags(list: 0)) }
    /// An element of this tag (lower case), known only at run time: the shape a page repeats.
    static func tagNamed(_ tag: String) -> NodeTest { NodeTest(texts: [tag], .tagNamed(text: 0)) }
    /// An element whose tags from the body down, itself last, are these: a classless record's
    /// place in a page (the rows of a flat table of comments).
    static func tagPath(_ path: [String]) -> NodeTest { NodeTest(textLists: [path], .tagPath(textList: 0)) }
    /// The `class` attribute holds this token.
    static func classToken(_ token: StaticString) -> NodeTest { NodeTest(.classToken(token)) }
    /// The `class` attribute holds any of these tokens.
    static func anyClass(_ tokens: [StaticString]) -> NodeTest { NodeTest(lists: [tokens], .anyClass(list: 0)) }
    /// A class token starts with this prefix (`depth-`).
    static func classPrefix(_ prefix: StaticString) -> NodeTest { NodeTest(.classPrefix(prefix)) }
    /// The `class` attribute holds any of these fragments anywhere, ASCII case ignored
    /// (`c-comment__author-name` holds "author").
    static func classFragment(_ fragments: [StaticString]) -> NodeTest { NodeTest(lists: [fragments], .classFragment(list: 0)) }
    /// The id, ASCII case ignored, holds this fragment.
    static func idContains(_ fragment: String) -> NodeTest { NodeTest(texts: [fragment], .idContains(text: 0)) }
    /// The id, ASCII case ignored, is one of these (written in lower case).
    static func idIs(_ ids: [String]) -> NodeTest { NodeTest(textLists: [ids], .idIs(textList: 0)) }
    /// The attribute is present.
    static func attribute(_ name: String) -> NodeTest { NodeTest(texts: [name], .attribute(text: 0)) }
    /// The attribute's value is exactly this.
    static func attributeIs(_ name: String, _ value: String) -> NodeTest {
        NodeTest(texts: [name, value], .attributeIs(name: 0, value: 1))
    }
    /// The attribute's value, split at spaces, holds this word (`rel="external bookmark"`).
    static func attributeWord(_ name: String, _ word: String) -> NodeTest {
        NodeTest(texts: [name, word], .attributeWord(name: 0, word: 1))
    }
    /// The attribute's value holds this text.
    static func attributeContains(_ name: String, _ text: String) -> NodeTest {
        NodeTest(texts: [name, text], .attributeContains(name: 0, text: 1))
    }
    /// The attribute's value ends with this text.
    static func attributeSuffix(_ name: String, _ text: String) -> NodeTest {
        NodeTest(texts: [name, text], .attributeSuffix(name: 0, text: 1))
    }
    /// The element shows no text.
    static let textless = NodeTest(.textless)
    /// The element shows exactly this text, whitespace collapsed (a theme's label).
    static func showsText(_ text: String) -> NodeTest { NodeTest(texts: [text], .showsText(text: 0)) }
    /// The element shows at most this many characters (a name, a label; not a sentence).
    static func showsAtMost(_ limit: Int) -> NodeTest { NodeTest(.showsAtMost(limit)) }
    /// The parent element passes the test.
    static func parent(_ test: NodeTest) -> NodeTest { NodeTest({ .parent(span: $0) }, over: [test]) }
    /// Some ancestor passes the test.
    static func inside(_ test: NodeTest) -> NodeTest { NodeTest({ .inside(span: $0) }, over: [test]) }
    /// Some element child passes the test.
    static func child(_ test: NodeTest) -> NodeTest { NodeTest({ .child(span: $0) }, over: [test]) }
    /// Some element below passes the test.
    static func holding(_ test: NodeTest) -> NodeTest { NodeTest({ .holding(span: $0) }, over: [test]) }
    /// Passes the test, and no element after it among its siblings does (the paragraph that signs
    /// a text).
    static func lastOf(_ test: NodeTest) -> NodeTest { NodeTest({ .lastOf(span: $0) }, over: [test]) }
    static func all(_ tests: [NodeTest]) -> NodeTest {
        NodeTest({ .all(span: $0) }, over: tests) { if case .all = $0 { true } else { false } }
    }
    static func any(_ tests: [NodeTest]) -> NodeTest {
        NodeTest({ .any(span: $0) }, over: tests) { if case .any = $0 { true } else { false } }
    }
    static func not(_ test: NodeTest) -> NodeTest { NodeTest({ .not(span: $0) }, over: [test]) }
    /// Passes every element.
    static let always = NodeTest(.always)

    func matches(_ node: Node) -> Bool {
        matches(node, at: 0)
    }

    /// Whether `node` passes the test whose program starts at step `start`.
    private func matches(_ node: Node, at start: Int) -> Bool {
        guard node.isElement else { return false }
        switch steps[start] {
        case .tag(let tag): return node.is(tag)
        case .tags(let list): return node.isAny(of: lists[Int(list)])
        case .tagNamed(let tag): return node.hasName(texts[Int(tag)])
        case .tagPath(let path):
            var current: Node? = node
            for tag in textLists[Int(path)].reversed() {
                guard let element = current, element.hasName(tag) else { return false }
                current = element.parent
            }
            return current?.is("body") ?? false
        case .classToken(let token): return node.hasClass(token)
        case .anyClass(let tokens): return node.hasAnyClass(lists[Int(tokens)])
        case .classPrefix(let prefix): return node.hasClass(prefix: prefix)
        case .classFragment(let fragments): return node.classContains(anyOf: lists[Int(fragments)])
        case .idContains(let fragment): return node.idValue { Self.holds($0, texts[Int(fragment)], ignoringCase: true) } ?? false
        case .idIs(let ids): return node.idValue { id in textLists[Int(ids)].contains { Self.equals(id, $0) } } ?? false
        case .attribute(let name): return node.attributeValue(named: texts[Int(name)]) { _ in true } ?? false
        case .attributeIs(let name, let value):
            return node.attributeValue(named: texts[Int(name)]) { Self.isText($0, texts[Int(value)]) } ?? false
        case .attributeWord(let name, let word):
            let word = texts[Int(word)]
            return node.attributeValue(named: texts[Int(name)]) { value in
                guard value.isAllASCII, word.utf8.isAllASCII else {
                    return String(decoding: value, as: UTF8.self).split(separator: " ").contains { $0 == word }
                }
                return value.split(separator: 0x20).contains { $0.elementsEqual(word.utf8) }
            } ?? false
        case .attributeContains(let name, let text):
            return node.attributeValue(named: texts[Int(name)]) { Self.holds($0, texts[Int(text)], ignoringCase: false) } ?? false
        case .attributeSuffix(let name, let text):
            let text = texts[Int(text)]
            return node.attributeValue(named: texts[Int(name)]) { value in
                // A carriage return before a line feed is one character with it.
                guard value.isAllASCII, text.utf8.isAllASCII, !value.contains(0x0D) else {
                    return String(decoding: value, as: UTF8.self).hasSuffix(text)
                }
                return value.count >= text.utf8.count && value.suffix(text.utf8.count).elementsEqual(text.utf8)
            } ?? false
        case .textless: return !node.hasVisibleText
        case .showsText(let text):
            let text = texts[Int(text)]
            return node.visibleText(atMost: text.count) == text
        case .showsAtMost(let limit): return node.visibleText(atMost: limit) != nil
        case .parent: return node.parent.map { matches($0, at: start + 1) } ?? false
        case .inside: return node.ancestors.contains { matches($0, at: start + 1) }
        case .child: return node.elementChildren.contains { matches($0, at: start + 1) }
        case .holding: return node.first { matches($0, at: start + 1) } != nil
        case .lastOf:
            return matches(node, at: start + 1)
                && !sequence(first: node, next: \.nextElementSibling).dropFirst().contains { matches($0, at: start + 1) }
        case .all(let span):
            var operand = start + 1
            while operand < start + Int(span) {
                guard matches(node, at: operand) else { return false }
                operand += steps[operand].span
            }
            return true
        case .any(let span):
            var operand = start + 1
            while operand < start + Int(span) {
                if matches(node, at: operand) { return true }
                operand += steps[operand].span
            }
            return false
        case .not: return !matches(node, at: start + 1)
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
