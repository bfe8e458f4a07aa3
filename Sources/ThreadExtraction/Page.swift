import HTMLDOM
import ThreadModel

/// A parsed page with what every extractor asks of it, computed once.
final class Page {
    let document: HTMLDocument
    let root: Node
    let file: String?
    let metadata: PageMetadata
    /// What the page holds, for engines deciding whether it could be theirs.
    let signals: PageSignals
    /// Resolves links against the page's own address (never the saved file's path).
    let resolver: URLResolver

    init?(document: HTMLDocument, file: String?, origin: PageOrigin = PageOrigin()) {
        guard let root = document.root else { return nil }
        self.document = document
        self.root = root
        self.file = file
        signals = PageSignals(root: root)
        metadata = PageMetadata(document: document, root: root, describing: signals.describing, origin: origin)
        resolver = URLResolver(base: metadata.baseURL)
    }

    var body: Node? { root.elementChildren.first { $0.is("body") } }

    /// The body's elements outside sidebars and widgets, in document order.
    private(set) lazy var mainElements: [Node] = {
        guard let body else { return [] }
        var found: [Node] = []
        var walker = body.descendants.makeIterator()
        while let node = walker.next() {
            if CommentVocabulary.isSidebar(node) {
                walker.skipChildren()
            } else {
                found.append(node)
            }
        }
        return found
    }()

    func resolve(_ reference: String?) -> String? {
        guard let reference, !reference.isEmpty else { return nil }
        return resolver.resolve(reference)
    }
}
