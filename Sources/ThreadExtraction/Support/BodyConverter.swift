// TEMPORARY STUB (replaced by the real converter)
import HTMLDOM
import ThreadModel
struct BodyConverter {
    let resolver: URLResolver
    let isExcluded: (Node) -> Bool
    init(resolver: URLResolver, isExcluded: @escaping (Node) -> Bool = { _ in false }) {
        self.resolver = resolver
        self.isExcluded = isExcluded
    }
    func convert(_ container: Node) -> RichText { convert(nodes: Array(container.children)) }
    func convert(nodes: [Node]) -> RichText {
        var paragraphs: [Block] = []
        var current = ""
        func flush() { if let t = current.nonEmptyCollapsed { paragraphs.append(.paragraph([.text(t)])) }; current = "" }
        for n in nodes {
            if n.kind == .element && isExcluded(n) { continue }
            if n.kind == .text { current += n.content; continue }
            guard n.isElement else { continue }
            if n.isAny(of: ["p", "div", "blockquote", "ul", "ol"]) { flush(); current = textExcluding(n); flush() }
            else { current += textExcluding(n) }
        }
        flush()
        return RichText(paragraphs)
    }
    private func textExcluding(_ n: Node) -> String {
        var s = ""
        for c in n.children {
            if c.kind == .text { s += c.content }
            else if c.isElement, !isExcluded(c), !c.isAny(of: ["script", "style", "noscript"]) { s += " " + textExcluding(c) + " " }
        }
        return s
    }
}
