import HTMLDOM

/// What a page holds, gathered in one pass so that each engine can tell at a glance whether its
/// markup could be there before it walks the tree for it: with a dozen engines asking, one walk
/// each would cost more than parsing the page.
struct PageSignals {
    private(set) var classTokens: Set<Substring> = []
    private(set) var ids: Set<String> = []
    private(set) var tags: Set<String> = []
    private(set) var attributeNames: Set<String> = []
    /// Every `script` element, for engines that recognise themselves by their inline settings.
    private(set) var scripts: [Node] = []
    /// Every `link` and `script` that loads something, for engines known by their asset paths.
    private(set) var assets: [Node] = []
    /// The elements a page describes itself with (`meta`, `link`, `base`, `title`, and the
    /// scripts), for `PageMetadata`, so that the page is walked once for both.
    private(set) var describing: [Node] = []

    init(root: Node) {
        // Siblings repeat their class attribute (every comment's `comment even depth-2`): a value
        // equal to the one before adds no token.
        var lastClass: String?
        record(root, lastClass: &lastClass)
        for node in root.descendants { record(node, lastClass: &lastClass) }
    }

    private mutating func record(_ node: Node, lastClass: inout String?) {
        let name = node.name
        tags.insert(name)
        for attribute in node.attributeNames { attributeNames.insert(attribute) }
        if let value = node["class"], value != lastClass {
            lastClass = value
            // Split as bytes, in place: Character-by-Character splitting costs more than the rest of the pass.
            let bytes = value.utf8
            var start = bytes.startIndex
            while start < bytes.endIndex {
                guard !Self.isSpace(bytes[start]) else {
                    start = bytes.index(after: start)
                    continue
                }
                let end = bytes[start...].firstIndex(where: Self.isSpace) ?? bytes.endIndex
                classTokens.insert(value[start..<end])
                start = end
            }
        }
        if let id = node.id { ids.insert(id) }
        if name == "script" { scripts.append(node) }
        if name == "meta" || name == "link" || name == "base" || name == "title" || name == "script" {
            describing.append(node)
        }
        if name == "script" || name == "link", node["src"] != nil || node["href"] != nil { assets.append(node) }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    func hasClass(_ token: String) -> Bool { classTokens.contains(Substring(token)) }

    func hasClass(prefix: String) -> Bool { classTokens.contains { $0.hasPrefix(prefix) } }

    func hasID(prefix: String) -> Bool { ids.contains { $0.hasPrefix(prefix) } }
}
