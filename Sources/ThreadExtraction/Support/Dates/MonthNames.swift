/// Month names as pages write them, lowercased: full names, the genitive or declined forms that
/// follow a day number ("марта", "března", "maaliskuuta", "marca"), abbreviations (their dot is a
/// separate token), and the unaccented spellings that pages without the right keyboard use.
///
/// Kept as data so adding a language is adding a row; every word must name the same month in every
/// language that uses it ("mar", "mai", "listopad" do), which the tests check.
enum MonthNames {
    /// One row per language; element `n` lists the words for month `n + 1`.
    static let tables: [(language: String, months: [[String]])] = [
        ("en", [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
            ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
            ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ]),
        ("de", [
            ["januar", "jänner", "jan", "jän"], ["februar", "feber", "feb"], ["märz", "maerz", "mär", "mrz"],
            ["april", "apr"], ["mai"], ["juni", "jun"], ["juli", "jul"], ["august", "aug"],
            ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"], ["dezember", "dez"],
        ]),
        ("fr", [
            ["janvier", "janv", "jan"], ["février", "fevrier", "févr", "fevr", "fév", "fev"], ["mars"],
            ["avril", "avr"], ["mai"], ["juin"], ["juillet", "juil"], ["août", "aout", "aoû"],
            ["septembre", "sept", "sep"], ["octobre", "oct"], ["novembre", "nov"],
            ["décembre", "decembre", "déc", "dec"],
        ]),
        ("es", [
            ["enero", "ene"], ["febrero", "feb"], ["marzo", "mar"], ["abril", "abr"], ["mayo", "may"],
            ["junio", "jun"], ["julio", "jul"], ["agosto", "ago"], ["septiembre", "setiembre", "sep", "sept", "set"],
            ["octubre", "oct"], ["noviembre", "nov"], ["diciembre", "dic"],
        ]),
        ("it", [
            ["gennaio", "gen"], ["febbraio", "feb"], ["marzo", "mar"], ["aprile", "apr"], ["maggio", "mag"],
            ["giugno", "giu"], ["luglio", "lug"], ["agosto", "ago"], ["settembre", "set", "sett"],
            ["ottobre", "ott"], ["novembre", "nov"], ["dicembre", "dic"],
        ]),
        ("pt", [
            ["janeiro", "jan"], ["fevereiro", "fev"], ["março", "marco", "mar"], ["abril", "abr"], ["maio", "mai"],
            ["junho", "jun"], ["julho", "jul"], ["agosto", "ago"], ["setembro", "set"], ["outubro", "out"],
            ["novembro", "nov"], ["dezembro", "dez"],
        ]),
        ("nl", [
            ["januari", "jan"], ["februari", "feb"], ["maart", "mrt", "mar"], ["april", "apr"], ["mei"],
            ["juni", "jun"], ["juli", "jul"], ["augustus", "aug"], ["september", "sep", "sept"],
            ["oktober", "okt"], ["november", "nov"], ["december", "dec"],
        ]),
        ("sv", [
            ["januari", "jan"], ["februari", "feb"], ["mars", "mar"], ["april", "apr"], ["maj"],
            ["juni", "jun"], ["juli", "jul"], ["augusti", "aug"], ["september", "sep", "sept"],
            ["oktober", "okt"], ["november", "nov"], ["december", "dec"],
        ]),
        ("da", [
            ["januar", "jan"], ["februar", "feb"], ["marts", "mar"], ["april", "apr"], ["maj"],
            ["juni", "jun"], ["juli", "jul"], ["august", "aug"], ["september", "sep", "sept"],
            ["oktober", "okt"], ["november", "nov"], ["december", "dec"],
        ]),
        ("nb", [
            ["januar", "jan"], ["februar", "feb"], ["mars", "mar"], ["april", "apr"], ["mai"],
            ["juni", "jun"], ["juli", "jul"], ["august", "aug"], ["september", "sep", "sept"],
            ["oktober", "okt"], ["november", "nov"], ["desember", "des"],
        ]),
        ("fi", [
            ["tammikuu", "tammikuuta", "tammik", "tammi"], ["helmikuu", "helmikuuta", "helmik", "helmi"],
            ["maaliskuu", "maaliskuuta", "maalisk", "maalis"], ["huhtikuu", "huhtikuuta", "huhtik", "huhti"],
            ["toukokuu", "toukokuuta", "toukok", "touko"], ["kesäkuu", "kesäkuuta", "kesäk", "kesä"],
            ["heinäkuu", "heinäkuuta", "heinäk", "heinä"], ["elokuu", "elokuuta", "elok", "elo"],
            ["syyskuu", "syyskuuta", "syysk", "syys"], ["lokakuu", "lokakuuta", "lokak", "loka"],
            ["marraskuu", "marraskuuta", "marrask", "marras"], ["joulukuu", "joulukuuta", "jouluk", "joulu"],
        ]),
        ("pl", [
            ["styczeń", "stycznia", "sty"], ["luty", "lutego", "lut"], ["marzec", "marca", "mar"],
            ["kwiecień", "kwietnia", "kwi"], ["maj", "maja"], ["czerwiec", "czerwca", "cze"],
            ["lipiec", "lipca", "lip"], ["sierpień", "sierpnia", "sie"], ["wrzesień", "września", "wrz"],
            ["październik", "października", "paź"], ["listopad", "listopada", "lis"], ["grudzień", "grudnia", "gru"],
        ]),
        ("cs", [
            ["leden", "ledna", "led"], ["únor", "února", "úno"], ["březen", "března", "bře"], ["duben", "dubna", "dub"],
            ["květen", "května", "kvě"], ["červen", "června", "čvn"], ["červenec", "července", "čvc"],
            ["srpen", "srpna", "srp"], ["září", "zář"], ["říjen", "října", "říj"], ["listopad", "listopadu", "lis"],
            ["prosinec", "prosince", "pro"],
        ]),
        ("ru", [
            ["январь", "января", "янв"], ["февраль", "февраля", "фев", "февр"], ["март", "марта", "мар"],
            ["апрель", "апреля", "апр"], ["май", "мая"], ["июнь", "июня", "июн"], ["июль", "июля", "июл"],
            ["август", "августа", "авг"], ["сентябрь", "сентября", "сен", "сент"], ["октябрь", "октября", "окт"],
            ["ноябрь", "ноября", "ноя", "нояб"], ["декабрь", "декабря", "дек"],
        ]),
        ("uk", [
            ["січень", "січня", "січ"], ["лютий", "лютого", "лют"], ["березень", "березня", "бер"],
            ["квітень", "квітня", "квіт", "кві"], ["травень", "травня", "трав", "тра"],
            ["червень", "червня", "черв", "чер"],
            ["липень", "липня", "лип"], ["серпень", "серпня", "серп", "сер"], ["вересень", "вересня", "вер"],
            ["жовтень", "жовтня", "жовт", "жов"], ["листопад", "листопада", "лист", "лис"],
            ["грудень", "грудня", "груд", "гру"],
        ]),
        ("tr", [
            ["ocak", "oca"], ["şubat", "subat", "şub"], ["mart", "mar"], ["nisan", "nis"], ["mayıs", "mayis", "may"],
            ["haziran", "haz"], ["temmuz", "tem"], ["ağustos", "agustos", "ağu", "agu"], ["eylül", "eylul", "eyl"],
            ["ekim", "eki"], ["kasım", "kasim", "kas"], ["aralık", "aralik", "ara"],
        ]),
        // Arabic pages name the month in the Gregorian names of Egypt and the Maghreb, or in the
        // Syriac names of the Levant and Iraq, often both ("24 نيسان / أبريل 2020").
        ("ar", [
            ["يناير"], ["فبراير", "شباط"], ["مارس", "آذار", "اذار"], ["أبريل", "ابريل", "إبريل", "نيسان"],
            ["مايو", "أيار", "ايار"], ["يونيو", "يونيه", "حزيران"], ["يوليو", "يوليه", "تموز"],
            ["أغسطس", "اغسطس", "آب"], ["سبتمبر", "أيلول", "ايلول"], ["أكتوبر", "اكتوبر"], ["نوفمبر"], ["ديسمبر"],
        ]),
        ("id", [
            ["januari", "jan"], ["februari", "pebruari", "feb", "peb"], ["maret", "mar"], ["april", "apr"], ["mei"],
            ["juni", "jun"], ["juli", "jul"], ["agustus", "agu", "agt", "agus", "ags"], ["september", "sep", "sept"],
            ["oktober", "okt"], ["november", "nopember", "nov", "nop"], ["desember", "des"],
        ]),
    ]

    /// Every word of every table, to its month number.
    static let monthByWord: [String: Int] = {
        var byWord: [String: Int] = [:]
        for (_, months) in tables {
            for (index, words) in months.enumerated() {
                for word in words { byWord[word] = index + 1 }
            }
        }
        return byWord
    }()

    /// English only: RFC 2822 dates name months in English whatever the page's language.
    static let englishMonthByWord: [String: Int] = {
        var byWord: [String: Int] = [:]
        for (index, words) in tables[0].months.enumerated() {
            for word in words { byWord[word] = index + 1 }
        }
        return byWord
    }()

    /// The month a lowercased word names, in any language of the tables.
    static func month(named word: String) -> Int? { monthByWord[word] }
}
