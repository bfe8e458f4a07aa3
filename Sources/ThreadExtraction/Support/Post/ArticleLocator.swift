import HTMLDOM

/// Finds the elements that hold a page's article, trafilatura's cascade first and Readability's
/// scoring where the cascade finds nothing that holds the text:
/// 1. an element marked as the article's body (`itemprop=articleBody`, `entry-content`,
///    `article-body`, `post-text` ...), the first that holds text;
/// 2. the best scored candidate (see `TextDensity`), with its siblings that continue the text;
///    scored without the regions named like chrome, unless that finds little text or the
///    regions hold far more of it (a layout wrapped in a `sticky-sidebar`);
///
/// A marked container wins over the candidate unless the candidate holds much more text outside it
/// (a marked container around the lead only).
struct ArticleLocator {
    let density: TextDensity

    /// The article's elements in document order; empty where the page has no text to speak of.
    func article() -> [Node] {
        // Readability's second attempt, counting the paragraphs of unlikely regions too, where the
        // first finds little text, or where a region named like chrome holds text that far
        // outweighs it (a `sticky-sidebar` or `has-banner` wrapper around the article).
        let strict = bestCandidate(\.score)
        let loose = bestCandidate(\.looseScore)
        let scored = strict.flatMap { found -> [Node]? in
            guard found.nodes.compactMap({ density[$0]?.ownText }).reduce(0, +) >= ArticlePruning.text else { return nil }
            if let loose, loose.score > 2 * found.score { return nil }
            return found.nodes
        } ?? loose?.nodes
        let marked = markedContainer()
        if let marked, let scored {
            let markedText = density[marked]?.ownText ?? 0
            let scoredText = scored.compactMap { density[$0]?.ownText }.reduce(0, +)
            return marked.contains(scored[0]) || markedText * 10 >= scoredText * 6 ? withLead(marked) : scored
        }
        return marked.map(withLead) ?? scored ?? []
    }

    /// A marked container with the paragraphs just before it that lead into it: news templates
    /// mark the body (`itemprop=articleBody`) and print the lead above it, apart.
    private func withLead(_ marked: Node) -> [Node] {
        var lead: [Node] = []
        var sibling = marked.previousElementSibling
        // The lead image and its caption may stand between them; a paragraph further up is not a lead.
        for _ in 0..<3 {
            guard let current = sibling, let element = density[current] else { break }
            sibling = current.previousElementSibling
            if current.is("p") || isParagraph(current), element.characters > 80, element.linkDensity < 0.25,
                !ArticlePruning.isNamedChrome(element)
            {
                lead.append(current)
            }
        }
        return lead.reversed() + [marked]
    }

    /// The first element named as the article's container that holds a paragraph's worth of text.
    private func markedContainer() -> Node? {
        density.elements.first { element in
            guard element.ownText >= 200, !element.node.is("body") else { return false }
            if element.node.hasAttribute("itemprop"), element.node["itemprop"] == "articleBody" { return true }
            return ArticleVocabulary.isContainer(element.words) && !element.node.isAny(of: ["p", "span", "a", "li"])
        }?.node
    }

    /// Readability's top candidate, scores scaled by the share of text outside links, moved up to
    /// the ancestor that holds its rivals, then joined by siblings that continue the text.
    private func bestCandidate(_ score: KeyPath<TextDensity.Element, Double?>) -> (nodes: [Node], score: Double)? {
        func scaledScore(_ node: Node) -> Double? {
            guard let element = density[node], let score = element[keyPath: score] else { return nil }
            return score * (1 - element.linkDensity)
        }
        var ranked: [(node: Node, score: Double)] = []
        for element in density.candidates {
            guard let score = element[keyPath: score] else { continue }
            ranked.append((element.node, score * (1 - element.linkDensity)))
        }
        ranked.sort { $0.score > $1.score }
        guard var top = ranked.first, top.score > 0 else { return nil }
        let best = top.score

        // Where several strong candidates share an ancestor, that ancestor holds the article
        // (paragraphs split over several divs).
        let rivals = ranked.dropFirst().prefix(4).filter { $0.score >= top.score * 0.75 }
        if rivals.count >= 2 {
            for ancestor in top.node.ancestors {
                if ancestor.is("body") { break }
                if rivals.filter({ ancestor.contains($0.node) }).count >= 2 {
                    top = (ancestor, scaledScore(ancestor) ?? top.score)
                    break
                }
            }
        }
        // A parent whose score rises above the candidate's holds more of the article.
        var lastScore = top.score
        var ancestor = top.node.parent
        while let current = ancestor, !current.is("body") {
            guard let score = scaledScore(current) else {
                ancestor = current.parent
                continue
            }
            if score < top.score / 3 { break }
            if score > lastScore {
                top = (current, score)
                break
            }
            lastScore = score
            ancestor = current.parent
        }
        // An only child says no more than its parent.
        while let parent = top.node.parent, !parent.is("body"), parent.elementChildren.count(where: { _ in true }) == 1 {
            top = (parent, scaledScore(parent) ?? top.score)
        }
        return (withSiblings(of: top, scaledScore), best)
    }

    /// Readability's sibling join: siblings that scored at least a fifth of the top (a bonus for
    /// the same class), and paragraphs of real text beside it.
    private func withSiblings(of top: (node: Node, score: Double), _ scaledScore: (Node) -> Double?) -> [Node] {
        guard let parent = top.node.parent, !parent.is("html") else { return [top.node] }
        let threshold = max(10, top.score * 0.2)
        let topClass = top.node["class"]
        var joined: [Node] = []
        for sibling in parent.elementChildren {
            if sibling == top.node {
                joined.append(sibling)
                continue
            }
            guard let element = density[sibling] else { continue }
            var bonus = 0.0
            if let topClass, !topClass.isEmpty, sibling["class"] == topClass { bonus = top.score * 0.2 }
            if let score = scaledScore(sibling), score + bonus >= threshold {
                joined.append(sibling)
            } else if sibling.is("p") || isParagraph(sibling) {
                let density = element.linkDensity
                if element.characters > 80, density < 0.25 {
                    joined.append(sibling)
                } else if element.characters > 0, density == 0, sibling.visibleText.last.map(".。!?".contains) == true {
                    joined.append(sibling)
                }
            }
        }
        return joined
    }

    /// Readability's single-paragraph div, read as the paragraph it wraps (a lead in `div.teaser-text`).
    private func isParagraph(_ node: Node) -> Bool {
        guard node.is("div") else { return false }
        var children = node.elementChildren.makeIterator()
        guard let only = children.next(), children.next() == nil else { return false }
        return only.is("p")
    }
}
