/// The small words around dates and times, lowercased, by the role they play.
enum DateWords {
    enum Unit: Sendable {
        case year, month, day, hour, minute, second
    }

    enum Meridiem: Sendable {
        case am, pm
    }

    /// Unit markers written after a number: CJK "2015年3月3日 10時12分", Korean "2015년 3월 3일 10시",
    /// French "10 h 12".
    static let units: [String: Unit] = [
        "年": .year, "년": .year,
        "月": .month, "월": .month,
        "日": .day, "일": .day,
        "時": .hour, "时": .hour, "시": .hour, "h": .hour,
        "分": .minute, "분": .minute,
        "秒": .second, "초": .second,
    ]

    /// Meridiem words written before the time ("午後10:12", "오후 10:12", "下午10:12"). The Latin
    /// "am"/"pm" follow the time and are read separately, since "am" before a number is German.
    static let leadingMeridiems: [String: Meridiem] = [
        "午前": .am, "上午": .am, "오전": .am,
        "午後": .pm, "下午": .pm, "午后": .pm, "오후": .pm,
    ]

    /// Ordinal endings glued to a day number: "11th", "1er", "1º".
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "º", "ª"]

    /// Words allowed between the parts of a date: "3 de marzo de 2015", "3rd of March 2015".
    static let dateFillers: Set<String> = ["de", "del", "of"]

    /// Words allowed between a date and its time (or before the date, after a leading time): the
    /// prepositions for "at" ("um", "à", "a las", "kl.", "klo", "в", "о", "v", "o", "om", "alle ore",
    /// "às", "saat", "pukul"...), and the year abbreviations Slavic dates carry ("2018 г.", "2015 r.").
    static let timeConnectors: Set<String> = [
        "at", "on", "um", "am", "gegen", "à", "a", "las", "la", "às", "as", "alle", "ore", "om", "op",
        "kl", "klo", "kello", "klockan", "o", "v", "ve", "в", "во", "о", "об", "ob", "u", "saat", "pukul", "jam",
        "godz", "godzina", "de", "del", "den", "le", "el", "il", "y", "e", "et", "und", "and", "en",
        "r", "rok", "roku", "г", "год", "года", "р", "року",
    ]

    /// Punctuation allowed between a date and its time: "17.07, 2011 @ 13:04", "29.07.2020 // 12:56",
    /// "2015年3月3日(火) 10:12", "10:25 AM - 3 Mar 2015".
    static let timeFillerSymbols: Set<Character> = [
        ",", ".", "@", "/", "-", "|", "–", "—", "(", ")", "[", "]", "·", "•",
    ]

    /// Names that mean UTC, alone or before an offset ("UTC", "GMT+2").
    static let utcNames: Set<String> = ["utc", "gmt", "ut", "z"]
}
