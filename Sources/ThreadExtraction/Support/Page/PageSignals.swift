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
        record(root)
        for node in root.descendants { record(node) }
    }

    private mutating func record(_ node: Node) {
        let name = node.name
        tags.insert(name)
        for attribute in node.attributeNames { attributeNames.insert(attribute) }
        if let value = node["class"] {
            // Split as bytes: Character-by-Character splitting costs more than the rest of the pass.
            for token in value.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }) {
                classTokens.insert(Substring(token))
            }
        }
        if let id = node.id { ids.insert(id) }
        if name == "script" { scripts.append(node) }
        if name == "meta" || name == "link" || name == "base" || name == "title" || name == "script" {
            describing.append(node)
        }
        if name == "script" || name == "link", node["src"] != nil || node["href"] != nil { assets.append(node) }
    }

    func hasClass(_ token: String) -> Bool { classTokens.contains(Substring(token)) }

    func hasClass(prefix: String) -> Bool { classTokens.contains { $0.hasPrefix(prefix) } }

    func hasID(prefix: String) -> Bool { ids.contains { $0.hasPrefix(prefix) } }
}
