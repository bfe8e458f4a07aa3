/// Reads the number in a comment-count phrase ("3 svar till …", "24 Kommentare", "(56)",
/// "One thought on …") without knowing its language: the first number wins, and where there is
/// none, a phrase that opens with a word for "one" (the only number engines spell out) gives 1.
enum CountPhrase {
    static func count(in text: String) -> Int? {
        var digits = ""
        var started = false
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                started = true
            } else if started {
                // Thousands separators inside a number ("1.234", "1,234", "1 234").
                if character == "." || character == "," || character == "\u{A0}" || character == " " || character == "'" {
                    continue
                }
                break
            }
        }
        if let value = Int(digits) { return value }
        let firstWord = text.lowercased().split { !$0.isLetter }.first
        return firstWord.map { oneWords.contains(String($0)) } == true ? 1 : nil
    }

    /// "One" in the languages WordPress and Blogger themes are translated into most.
    private static let oneWords: Set<String> = [
        "one", "ein", "eine", "einen", "einem", "einer", "un", "une", "uno", "una", "um", "uma", "een", "én", "en",
        "ett", "yksi", "jeden", "jedna", "jedno", "один", "одна", "одно", "bir", "satu", "sebuah",
        "egy", "unu", "μία", "ένα", "một", "หนึ่ง",
    ]
}
