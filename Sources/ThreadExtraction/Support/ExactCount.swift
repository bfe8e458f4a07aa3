/// A count as a page states it, only where it is exact: "201 comments" gives 201, but "2.8k
/// comments" or "25,4 mil" give nil, because a rounded count is not the thread's count and
/// `CountPhrase` would read "2.8k" as 28.
enum ExactCount {
    static func count(in text: String) -> Int? {
        guard let value = CountPhrase.count(in: text) else { return nil }
        let characters = Array(text)
        guard let start = characters.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return value }
        var end = start
        while end < characters.count, characters[end].isASCII, characters[end].isNumber || ".,'".contains(characters[end]) {
            end += 1
        }
        // A separator that ends the number ends the sentence instead ("… 201.").
        while end > start + 1, !characters[end - 1].isNumber { end -= 1 }
        let number = characters[start..<end]
        // A separator followed by fewer than three digits is a decimal point: the number is rounded.
        if let separator = number.lastIndex(where: { !$0.isNumber }), number.endIndex - separator - 1 < 3 {
            return nil
        }
        // A letter straight after the number is an abbreviation ("2k", "3M", "1万").
        if end < characters.count, characters[end].isLetter { return nil }
        return value
    }
}
