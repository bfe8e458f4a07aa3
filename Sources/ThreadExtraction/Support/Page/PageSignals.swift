import HTMLDOM

/// What a page holds, gathered once so that each engine can tell at a glance whether its markup
/// could be there before it walks the tree for it: with a dozen engines asking, one walk each
/// would cost more than parsing the page. Names, classes and ids come from the tree's own tables,
/// the elements below from one pass.
struct PageSignals {
    private(set) var classTokens: Set<String> = []
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
        let document = root.document
        tags = document.elementNames
        attributeNames = document.attributeNames
        classTokens = document.classTokens
        ids = document.values(ofAttribute: "id")
        record(root)
        for node in root.descendants(named: Self.recordedTags) { record(node) }
    }

    /// What `record` keeps: scripts and the describing elements.
    private static let recordedTags = ["script"] + describingTags.map(\.description)

    private mutating func record(_ node: Node) {
        let isScript = node.is("script")
        if isScript { scripts.append(node) }
        if isScript || node.isAny(of: Self.describingTags) { describing.append(node) }
        if isScript || node.is("link"), node["src"] != nil || node["href"] != nil { assets.append(node) }
    }

    private static let describingTags: [StaticString] = ["meta", "link", "base", "title"]

    func hasClass(_ token: String) -> Bool { classTokens.contains(token) }

    func hasClass(prefix: String) -> Bool { classTokens.contains { $0.hasPrefix(prefix) } }

    func hasID(prefix: String) -> Bool { ids.contains { $0.hasPrefix(prefix) } }
}
