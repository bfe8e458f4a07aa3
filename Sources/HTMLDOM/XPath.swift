internal import CLibXML2

/// An XPath 1.0 expression, compiled once and evaluated against any number of documents.
/// XPath is for structure; token tests (classes, id patterns) are faster and clearer in Swift.
package final class XPathExpression: @unchecked Sendable {
    /// Owned from compilation until `deinit`. libxml2 only reads a compiled expression while it
    /// evaluates it (each evaluation gets a parser context of its own), so one instance serves
    /// several threads at once: hence `@unchecked Sendable`.
    let compiled: xmlXPathCompExprPtr
    package let source: String

    package init(_ source: String) throws(XPathError) {
        libxml2Initialized.check()
        // Compilation errors would be printed by libxml2; the collector swallows them and the
        // missing result says enough.
        let collector = MessageCollector()
        let compiled = withExtendedLifetime(collector) { () -> xmlXPathCompExprPtr? in
            xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque(), collectParserMessage)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            return xmlXPathCompile(source)
        }
        guard let compiled else { throw .invalid(source, collector.messages.first.first?.text ?? "does not compile") }
        self.compiled = compiled
        self.source = source
    }

    deinit {
        xmlXPathFreeCompExpr(compiled)
    }
}

package enum XPathError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalid(String, String)

    package var description: String {
        switch self {
        case .invalid(let source, let reason): "invalid XPath \(source): \(reason)"
        }
    }
}

extension Node {
    /// The elements `expression` selects with this node as the context node, in document order.
    /// Other results (numbers, strings, attributes) select nothing.
    package func select(_ expression: XPathExpression) -> [Node] {
        let context = document.xpathContext
        // The context is the document's; the result object is ours until xmlXPathFreeObject.
        context.pointee.node = pointer
        guard let result = xmlXPathCompiledEval(expression.compiled, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval else { return [] }
        var nodes: [Node] = []
        nodes.reserveCapacity(Int(set.pointee.nodeNr))
        for index in 0..<Int(set.pointee.nodeNr) {
            if let node = set.pointee.nodeTab[index], node.pointee.type == XML_ELEMENT_NODE {
                nodes.append(Node(node, in: document))
            }
        }
        return nodes
    }
}
