/// One piece of a date as written: a run of digits, a run of letters, or one other character.
struct DateToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case number(value: Int, digits: Int)
        case word(String)
        case symbol(Character)
    }

    var kind: Kind
    /// Whitespace stands before this token. "14:05" is a time and "14: 05" is not; "10.05" may be
    /// a Nordic time while "18. 05." is a day and a month.
    var spaced: Bool
}

/// The tokens of a date text, lowercased, with lookups that answer nil past either end so the
/// pattern readers can probe ahead without bounds checks.
///
/// One tokenizer serves every language: month names, connectors and units are data looked up by
/// word, so no per-language patterns are needed.
struct DateTokens: Sendable {
    let tokens: [DateToken]

    init(_ text: String) {
        tokens = DateTokens.tokenize(text)
    }

    var count: Int { tokens.count }
    var indices: Range<Int> { tokens.indices }

    func number(at index: Int) -> (value: Int, digits: Int)? {
        guard tokens.indices.contains(index), case .number(let value, let digits) = tokens[index].kind else {
            return nil
        }
        return (value, digits)
    }

    func word(at index: Int) -> String? {
        guard tokens.indices.contains(index), case .word(let word) = tokens[index].kind else { return nil }
        return word
    }

    func symbol(at index: Int) -> Character? {
        guard tokens.indices.contains(index), case .symbol(let symbol) = tokens[index].kind else { return nil }
        return symbol
    }

    /// The token exists and touches the one before it.
    func isAttached(_ index: Int) -> Bool {
        tokens.indices.contains(index) && !tokens[index].spaced
    }

    /// The number at `index` is the tail of a longer dotted or dashed figure ("2.3", "555-1234",
    /// "10:12"), so it cannot start a date or a time of its own.
    func continuesFigure(at index: Int) -> Bool {
        index >= 2 && isAttached(index) && symbol(at: index - 1) != nil && isAttached(index - 1)
            && number(at: index - 2) != nil
    }
}

extension DateTokens {
    /// CJK and Hangul characters that, right after a number, name a calendar or clock unit. They are
    /// split off on their own so "3日午後" reads as day marker + "午後", not as one word "日午後";
    /// elsewhere ("火曜日", "(日)") they stay part of the surrounding word.
    static let unitCharacters: Set<Character> = ["年", "月", "日", "時", "时", "分", "秒", "년", "월", "일", "시", "분", "초"]

    /// Full-width punctuation from CJK pages, read as its ASCII counterpart.
    static let symbolEquivalents: [Character: Character] = [
        "：": ":", "，": ",", "．": ".", "／": "/", "－": "-", "−": "-", "＋": "+", "（": "(", "）": ")", "’": "'",
    ]

    static func tokenize(_ text: String) -> [DateToken] {
        // Most dates are ASCII: read as bytes, with the same answers, they cost a fraction of
        // reading Characters (a grapheme break and a property lookup each).
        if text.utf8.isAllASCII { return tokenize(text.utf8.map(ASCIIUnit.init)) }
        // Most other dates are written in scripts whose every scalar is a character of its own
        // (Cyrillic, Greek, accented Latin, CJK, Hangul): read by scalars, with the same answers.
        let lowered = text.quicklyLowercased
        if let scalars = ScalarUnit.units(of: lowered) { return tokenize(scalars) }
        return tokenize(Array(lowered))
    }

    /// The tokens of `text` read by Characters, as any text may be: what reading by bytes or by
    /// scalars must answer too.
    static func tokenizeByCharacters(_ text: String) -> [DateToken] {
        tokenize(Array(text.lowercased()))
    }

    /// `units`: the text, lower-cased, one unit per character.
    private static func tokenize<Unit: DateTextUnit>(_ units: [Unit]) -> [DateToken] {
        var tokens: [DateToken] = []
        // Where the word being read starts: a word is made once, of the run of its units.
        var wordStart: Int?
        var number = 0
        var digits = 0
        var spaced = false

        func emit(_ kind: DateToken.Kind) {
            tokens.append(DateToken(kind: kind, spaced: spaced))
            spaced = false
        }
        func endWord(before end: Int) {
            if let start = wordStart { emit(.word(Unit.word(units[start..<end]))) }
            wordStart = nil
        }
        func endNumber() {
            if digits > 0 { emit(.number(value: number, digits: digits)) }
            number = 0
            digits = 0
        }

        for (index, unit) in units.enumerated() {
            if let digit = unit.digitValue {
                endWord(before: index)
                // Longer runs are never dates; stop accumulating rather than overflow.
                if digits < 18 { number = number * 10 + digit }
                digits += 1
                continue
            }
            endNumber()
            if unit.isWhitespace {
                endWord(before: index)
                spaced = true
            } else if unit.isLetter {
                if wordStart == nil, unit.isUnitCharacter, case .number? = tokens.last?.kind {
                    emit(.word(Unit.word(units[index...index])))
                } else if wordStart == nil {
                    wordStart = index
                }
            } else if unit.isApostrophe, wordStart != nil, index + 1 < units.count, units[index + 1].isLetter {
                // Inside a word ("jum'at", "п'ятниця") an apostrophe is a letter: the word goes on.
            } else {
                endWord(before: index)
                emit(.symbol(unit.symbol))
            }
        }
        endNumber()
        endWord(before: units.count)
        return tokens
    }
}

/// What the tokenizer asks of one character of a date text.
private protocol DateTextUnit {
    /// ASCII and full-width digits; other scripts' digits and CJK numerals are not read.
    var digitValue: Int? { get }
    var isWhitespace: Bool { get }
    var isLetter: Bool { get }
    var isApostrophe: Bool { get }
    /// A calendar or clock unit written right after a number (`DateTokens.unitCharacters`).
    var isUnitCharacter: Bool { get }
    /// The symbol it reads as.
    var symbol: Character { get }
    /// The word these units spell, an apostrophe in it written `'`.
    static func word(_ units: ArraySlice<Self>) -> String
}

extension Character: DateTextUnit {
    fileprivate var digitValue: Int? {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return nil }
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: return Int(scalar.value - 0xFF10)
        default: return nil
        }
    }
    fileprivate var isApostrophe: Bool { self == "'" || self == "’" }
    fileprivate var isUnitCharacter: Bool { DateTokens.unitCharacters.contains(self) }
    fileprivate var symbol: Character { symbolEquivalent }
    fileprivate var symbolEquivalent: Character { DateTokens.symbolEquivalents[self] ?? self }
    fileprivate static func word(_ units: ArraySlice<Character>) -> String {
        String(units.map { $0.isApostrophe ? "'" : $0 })
    }
}

/// A character of an all-ASCII text, lower-cased: the one multi-byte Character of ASCII, CR LF, is
/// white space either way.
private struct ASCIIUnit: DateTextUnit {
    let byte: UInt8

    init(_ byte: UInt8) {
        self.byte = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    var digitValue: Int? { byte >= 0x30 && byte <= 0x39 ? Int(byte - 0x30) : nil }
    var isWhitespace: Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
    var isLetter: Bool { byte >= 0x61 && byte <= 0x7A }
    var isApostrophe: Bool { byte == 0x27 }
    var isUnitCharacter: Bool { false }
    var symbol: Character { Character(Unicode.Scalar(byte)) }
    static func word(_ units: ArraySlice<ASCIIUnit>) -> String {
        String(unsafeUninitializedCapacity: units.count) { buffer in
            for (offset, unit) in units.enumerated() { buffer[offset] = unit.byte }
            return units.count
        }
    }
}

/// A scalar of a text whose every scalar is a Character of its own: its properties are the
/// Character's, which are its first scalar's.
private struct ScalarUnit: DateTextUnit {
    let scalar: Unicode.Scalar

    /// The text's scalars, where each stands alone (`Unicode.Scalar.standsAlone`); nil otherwise.
    static func units(of text: String) -> [ScalarUnit]? {
        var units: [ScalarUnit] = []
        units.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard scalar.standsAlone else { return nil }
            units.append(ScalarUnit(scalar: scalar))
        }
        return units
    }

    private static let unitScalars = Set(DateTokens.unitCharacters.compactMap { $0.unicodeScalars.first?.value })

    var digitValue: Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }
    // The scripts most dates are written in are answered from their ranges; a property lookup
    // costs more than the rest of a scalar's reading.
    var isWhitespace: Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x3000: true
        case 0...0x2FF, 0x400...0x45F, 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3: false
        default: scalar.properties.isWhitespace
        }
    }
    var isLetter: Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF, 0x400...0x45F, 0x3041...0x3096,
            0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
            true
        case 0...0xBF: false
        default: scalar.properties.isAlphabetic
        }
    }
    var isApostrophe: Bool { scalar == "'" || scalar == "’" }
    var isUnitCharacter: Bool { Self.unitScalars.contains(scalar.value) }
    var symbol: Character { Character(scalar).symbolEquivalent }
    static func word(_ units: ArraySlice<ScalarUnit>) -> String {
        String(unsafeUninitializedCapacity: units.count * 4) { buffer in
            var count = 0
            for unit in units {
                UTF8.encode(unit.isApostrophe ? "'" : unit.scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
