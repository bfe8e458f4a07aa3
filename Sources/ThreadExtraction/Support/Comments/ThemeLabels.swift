/// The words a theme prints in the same place of every comment, around the name ("Posted by:",
/// "Rédigé par :", "says"): learned from the author lines of one page, whatever their language,
/// as the words most of them share at their start or end. A busy commenter does not make their
/// name a label: the lines are counted once each (a set of them), and a label is only ever
/// followed (or preceded) by more words.
struct ThemeLabels {
    let leading: [Substring]
    let trailing: [Substring]

    init(lines: Set<String>) {
        let distinct = lines.map { $0.split(separator: " ") }
        leading = Self.shared(distinct)
        trailing = Self.shared(distinct.map { Array($0.reversed()) }).reversed()
    }

    /// The longest run of first words that at least three fifths of the lines (and at least
    /// three) start with and go on after.
    private static func shared(_ lines: [[Substring]]) -> [Substring] {
        let threshold = max(3, (lines.count * 3 + 4) / 5)
        var label: [Substring] = []
        while true {
            let longer = lines.filter { $0.count > label.count + 1 && $0.starts(with: label) }
            let next = Dictionary(grouping: longer, by: { $0[label.count] }).mapValues(\.count)
            guard let (word, count) = next.max(by: { $0.value < $1.value }), count >= threshold else { return label }
            label.append(word)
        }
    }

    /// The name without the labels around it; the name as it was where nothing would be left.
    func stripping(_ name: String) -> String {
        var words = name.split(separator: " ")[...]
        if !leading.isEmpty, words.starts(with: leading) {
            words = words.dropFirst(leading.count)
        } else if leading.isEmpty, let colon = words.prefix(4).firstIndex(where: { $0.hasSuffix(":") }), colon < words.endIndex - 1 {
            // Too few comments to learn from: a short run ending in a colon before the name is a
            // label all the same ("Posted by: NAME", "Rédigé par : NAME").
            words = words[(colon + 1)...]
        }
        if !trailing.isEmpty, words.reversed().starts(with: trailing.reversed()) { words = words.dropLast(trailing.count) }
        let stripped = CommentVocabulary.trimmingNamePunctuation(words.joined(separator: " "))
        return stripped.isEmpty ? name : stripped
    }
}
