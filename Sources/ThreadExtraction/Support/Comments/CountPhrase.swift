/// Reads the number in a comment-count phrase ("3 svar till …", "24 Kommentare", "(56)",
/// "One thought on …") without knowing its language: the first number wins, and where there is
/// none, a phrase that opens with a word for "one" (the only number engines spell out) gives 1.
/// A rounded count ("2.8k", "25,4 mil") is not the thread's count and gives nil.
enum CountPhrase {
    static func count(in text: String) -> Int? {
        // The post's title is often quoted in the phrase ("One thought on “FIFA 21 Settings”"),
        // and its numbers are not the count.
        let characters = withoutQuotations(Array(text))
        guard let start = characters.firstIndex(where: \.isASCIIDigit) else {
            let firstWord = String(characters).lowercased().split { !$0.isLetter }.first
            return firstWord.map { oneWords.contains(String($0)) } == true ? 1 : nil
        }
        var end = start
        while end < characters.count, characters[end].isASCIIDigit || isGroupSeparator(characters[end]) { end += 1 }
        // A separator that ends the number ends the sentence instead ("… 201.").
        while end > start + 1, !characters[end - 1].isASCIIDigit { end -= 1 }
        let number = characters[start..<end]
        // A separator followed by fewer than three digits is a decimal point: the number is rounded.
        if let separator = number.lastIndex(where: { !$0.isASCIIDigit }), number.endIndex - separator - 1 < 3 {
            return nil
        }
        // A letter straight after the number abbreviates it ("2k", "3M", "1万").
        if end < characters.count, characters[end].isLetter, !characters[end].isASCII || "kKmM".contains(characters[end]) {
            return nil
        }
        return Int(String(number.filter(\.isASCIIDigit)))
    }

    /// The characters outside quotation marks; an unclosed quotation runs to the end.
    private static func withoutQuotations(_ characters: [Character]) -> [Character] {
        var kept: [Character] = []
        var closing: Set<Character>?
        for (index, character) in characters.enumerated() {
            if let expected = closing {
                if expected.contains(character) { closing = nil }
                continue
            }
            let startsWord = index == 0 || characters[index - 1].isWhitespace || characters[index - 1] == "("
            if let close = quotationPairs[character], character != "'" || startsWord {
                closing = close
                continue
            }
            kept.append(character)
        }
        return kept
    }

    /// Opening quotation marks and what may close them, across the world's typographies.
    private static let quotationPairs: [Character: Set<Character>] = [
        "\u{201C}": ["\u{201D}", "\u{201C}"], "\u{201E}": ["\u{201C}", "\u{201D}"], "\u{00AB}": ["\u{00BB}"],
        "\u{00BB}": ["\u{00AB}"], "\u{2039}": ["\u{203A}"], "\u{2018}": ["\u{2019}"], "\u{201A}": ["\u{2018}", "\u{2019}"],
        "\"": ["\""], "'": ["'"], "\u{300C}": ["\u{300D}"], "\u{300E}": ["\u{300F}"],
    ]

    /// Thousands separators as pages write them ("1.234", "1,234", "1 234", "1'234").
    private static func isGroupSeparator(_ character: Character) -> Bool {
        character == "." || character == "," || character == "'" || character == "\u{A0}" || character == "\u{202F}"
    }

    /// "One" in the languages WordPress and Blogger themes are translated into most.
    private static let oneWords: Set<String> = [
        "one", "ein", "eine", "einen", "einem", "einer", "un", "une", "uno", "una", "um", "uma", "een", "én", "en",
        "ett", "yksi", "jeden", "jedna", "jedno", "один", "одна", "одно", "bir", "satu", "sebuah",
        "egy", "unu", "μία", "ένα", "một", "หนึ่ง",
    ]
}
