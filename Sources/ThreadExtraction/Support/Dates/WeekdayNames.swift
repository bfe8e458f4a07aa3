/// Weekday names, lowercased, full and abbreviated, in the languages of `MonthNames`.
///
/// A weekday adds nothing to a date that has day, month and year, so it is only recognised in
/// order to be skipped: between a date and its time ("2015年3月3日(火) 10:12") and in RFC 2822.
enum WeekdayNames {
    static let english: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    static let all: Set<String> = english.union([
        // German
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "mo", "di", "mi", "do", "fr", "sa", "so",
        // French
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
        // Spanish
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
        "mié", "mie", "jue", "vie", "sáb", "sab", "dom",
        // Italian
        "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi",
        "venerdì", "venerdi", "sabato", "domenica", "gio",
        // Portuguese ("segunda-feira" tokenizes as "segunda", "-", "feira")
        "segunda", "terça", "terca", "quarta", "quinta", "sexta", "feira", "seg", "ter", "qua", "qui", "sex",
        // Dutch
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "ma", "wo", "vr", "za", "zo",
        // Swedish
        "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
        "mån", "tis", "ons", "tors", "fre", "lör", "sön",
        // Danish and Norwegian
        "mandag", "tirsdag", "lørdag", "søndag", "man", "tir", "tor", "lør", "søn",
        // Finnish
        "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
        "maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina", "sunnuntaina",
        "ti", "ke", "to", "pe", "la", "su",
        // Polish
        "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
        "pon", "wt", "śr", "czw", "pt", "sob", "niedz", "nd",
        // Czech
        "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle", "po", "út", "st", "čt", "pá", "ne",
        // Russian
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "пн", "вт", "ср", "чт", "пт", "сб", "вс",
        // Ukrainian
        "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "пʼятниця", "субота", "неділя", "нд",
        // Turkish
        "pazartesi", "salı", "sali", "çarşamba", "carsamba", "perşembe", "persembe", "cuma", "cumartesi", "pazar",
        "pzt", "sal", "çar", "per", "cum", "cmt", "paz",
        // Indonesian
        "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
        // Japanese and Chinese
        "月", "火", "水", "木", "金", "土", "日",
        "月曜", "火曜", "水曜", "木曜", "金曜", "土曜", "日曜",
        "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日",
        "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "星期天",
        "周一", "周二", "周三", "周四", "周五", "周六", "周日", "週一", "週二", "週三", "週四", "週五", "週六", "週日",
        // Korean
        "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일", "월", "화", "수", "목", "금", "토", "일",
    ])
}
