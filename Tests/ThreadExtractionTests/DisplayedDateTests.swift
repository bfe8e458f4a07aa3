import TestSupport
import XCTest
import ThreadModel
@testable import ThreadExtraction

final class DisplayedDateTests: XCTestCase {
    // MARK: English

    func testEnglishMonthDayYearAtTimePM() {
        XCTAssertEqual(DisplayedDate.parse("May 30, 2019 at 1:06 PM")?.rfc3339, "2019-05-30T13:06:00")
    }

    func testEnglishOrdinalDay() {
        XCTAssertEqual(DisplayedDate.parse("March 11th, 2015 at 02:57")?.rfc3339, "2015-03-11T02:57:00")
    }

    func testEnglishLowercaseAM() {
        XCTAssertEqual(DisplayedDate.parse("December 24, 2020 at 3:53 am")?.rfc3339, "2020-12-24T03:53:00")
    }

    func testEnglishPMAfternoon() {
        XCTAssertEqual(DisplayedDate.parse("October 23, 2007 at 4:01 PM")?.rfc3339, "2007-10-23T16:01:00")
    }

    func testEnglishTimeWithoutConnector() {
        XCTAssertEqual(DisplayedDate.parse("April 5, 2018 6:32 PM")?.rfc3339, "2018-04-05T18:32:00")
    }

    func testEnglishWeekdayAbbreviatedMonthNoComma() {
        XCTAssertEqual(DisplayedDate.parse("Tue Mar 3 2015")?.rfc3339, "2015-03-03")
    }

    func testEnglishWeekdayCommaDayMonthYear() {
        XCTAssertEqual(DisplayedDate.parse("Mon, 03 Mar 2015")?.rfc3339, "2015-03-03")
    }

    func testEnglishDayOfMonth() {
        XCTAssertEqual(DisplayedDate.parse("3rd of March 2015")?.rfc3339, "2015-03-03")
    }

    func testEnglishDottedMeridiem() {
        XCTAssertEqual(DisplayedDate.parse("Mar. 3, 2015, 10:12 p.m.")?.rfc3339, "2015-03-03T22:12:00")
    }

    func testEnglishNoonAndMidnight() {
        XCTAssertEqual(DisplayedDate.parse("March 3, 2015 12:05 AM")?.rfc3339, "2015-03-03T00:05:00")
        XCTAssertEqual(DisplayedDate.parse("March 3, 2015 12:05 PM")?.rfc3339, "2015-03-03T12:05:00")
    }

    func testEnglishHourOnlyWithMeridiem() {
        XCTAssertEqual(DisplayedDate.parse("March 3, 2015 at 3 pm")?.rfc3339, "2015-03-03T15:00:00")
    }

    func testSurroundingTextIsIgnored() {
        XCTAssertEqual(
            DisplayedDate.parse("Posted by Anna on May 30, 2019 at 1:06 PM | Reply")?.rfc3339, "2019-05-30T13:06:00")
    }

    func testTimeBeforeDate() {
        XCTAssertEqual(DisplayedDate.parse("10:25 AM - 3 Mar 2015")?.rfc3339, "2015-03-03T10:25:00")
    }

    func testNarrowNoBreakSpaceBeforePM() {
        XCTAssertEqual(DisplayedDate.parse("May 30, 2019, 1:06\u{202F}PM")?.rfc3339, "2019-05-30T13:06:00")
    }

    // MARK: German

    func testGermanDottedDayAtTime() {
        XCTAssertEqual(DisplayedDate.parse("9. Dezember 2013 at 14:57")?.rfc3339, "2013-12-09T14:57:00")
    }

    func testGermanWeekdayMonthFirstWithSecondsPM() {
        XCTAssertEqual(DisplayedDate.parse("Mittwoch, Mai 10, 2017 4:14:00 PM")?.rfc3339, "2017-05-10T16:14:00")
    }

    func testGermanMonthFirstUmPM() {
        XCTAssertEqual(DisplayedDate.parse("Juli 9, 2016 um 1:11 pm")?.rfc3339, "2016-07-09T13:11:00")
    }

    func testGermanDayUmTime() {
        XCTAssertEqual(DisplayedDate.parse("5. Januar 2016 um 20:20")?.rfc3339, "2016-01-05T20:20:00")
    }

    func testGermanUmlautMonthDateOnly() {
        XCTAssertEqual(DisplayedDate.parse("März 7, 2018")?.rfc3339, "2018-03-07")
    }

    func testGermanAmPrefix() {
        XCTAssertEqual(DisplayedDate.parse("Am 29. Mai 2017 um 14:38")?.rfc3339, "2017-05-29T14:38:00")
    }

    func testGermanFebruarAt() {
        XCTAssertEqual(DisplayedDate.parse("11. Februar 2020 at 9:41")?.rfc3339, "2020-02-11T09:41:00")
    }

    func testGermanTimeWithoutConnector() {
        XCTAssertEqual(DisplayedDate.parse("1. November 2023 10:50")?.rfc3339, "2023-11-01T10:50:00")
    }

    func testGermanAbbreviatedMonthWithDot() {
        XCTAssertEqual(DisplayedDate.parse("3. Dez. 2015, 14:05 Uhr")?.rfc3339, "2015-12-03T14:05:00")
    }

    func testGermanAmBeforeDateIsNotMeridiem() {
        XCTAssertEqual(DisplayedDate.parse("12:30 am 3. März 2015", language: "de-DE")?.rfc3339, "2015-03-03T12:30:00")
        // The language's first subtag decides, however the tag is written.
        for tag in ["EN", "en_US", "-en-us", "En"] {
            XCTAssertEqual(DisplayedDate.parse("03/04/2015", language: tag)?.rfc3339, "2015-03-04", tag)
        }
        for tag in ["DE", "en-GB", "e", "-"] {
            XCTAssertEqual(DisplayedDate.parse("03/04/2015", language: tag)?.rfc3339, "2015-04-03", tag)
        }
    }

    // MARK: Numeric

    func testDottedDayMonthCommaYearAtTime() {
        XCTAssertEqual(DisplayedDate.parse("17.07, 2011 @ 13:04")?.rfc3339, "2011-07-17T13:04:00")
    }

    func testDottedTwoDigitYear() {
        XCTAssertEqual(DisplayedDate.parse("07.08.09 um 10:25")?.rfc3339, "2009-08-07T10:25:00")
    }

    func testDottedWithSpaces() {
        XCTAssertEqual(DisplayedDate.parse("18. 05. 2014 22:38")?.rfc3339, "2014-05-18T22:38:00")
    }

    func testDottedDoubleSlashTime() {
        XCTAssertEqual(DisplayedDate.parse("29.07.2020 // 12:56")?.rfc3339, "2020-07-29T12:56:00")
    }

    func testYearFirstDashedAtSign() {
        XCTAssertEqual(DisplayedDate.parse("2019-01-01 @ 00:39")?.rfc3339, "2019-01-01T00:39:00")
    }

    func testSpanishBloggerSlashedTwoDigitYearSpacedMeridiem() {
        XCTAssertEqual(DisplayedDate.parse("30/12/14 2:07 a. m.")?.rfc3339, "2014-12-30T02:07:00")
    }

    func testSpacedPostMeridiem() {
        XCTAssertEqual(DisplayedDate.parse("30/12/14 2:07 p. m.")?.rfc3339, "2014-12-30T14:07:00")
    }

    func testAmbiguousSlashedIsDayFirstByDefault() {
        XCTAssertEqual(DisplayedDate.parse("03/04/2015")?.rfc3339, "2015-04-03")
    }

    func testAmbiguousSlashedIsMonthFirstInUSEnglish() {
        XCTAssertEqual(DisplayedDate.parse("03/04/2015", language: "en-US")?.rfc3339, "2015-03-04")
    }

    func testAmbiguousSlashedIsDayFirstInBritishEnglish() {
        XCTAssertEqual(DisplayedDate.parse("03/04/2015", language: "en-GB")?.rfc3339, "2015-04-03")
    }

    func testUnambiguousSlashedIgnoresLanguage() {
        XCTAssertEqual(DisplayedDate.parse("12/31/2015 10:00 PM", language: "fr")?.rfc3339, "2015-12-31T22:00:00")
    }

    func testDottedIsDayFirstEvenInUSEnglish() {
        XCTAssertEqual(DisplayedDate.parse("03.04.2015", language: "en-US")?.rfc3339, "2015-04-03")
    }

    func testMachineFormDisplayed() {
        XCTAssertEqual(DisplayedDate.parse("2019-05-30 13:06:00")?.rfc3339, "2019-05-30T13:06:00")
    }

    // MARK: Romance languages

    func testFrenchHourMarker() {
        XCTAssertEqual(DisplayedDate.parse("le 3 mars 2015 à 10 h 12")?.rfc3339, "2015-03-03T10:12:00")
    }

    func testFrenchFirstOfMonthGluedHour() {
        XCTAssertEqual(DisplayedDate.parse("1er février 2015 à 14h05")?.rfc3339, "2015-02-01T14:05:00")
    }

    func testSpanish() {
        XCTAssertEqual(DisplayedDate.parse("3 de marzo de 2015 a las 14:05")?.rfc3339, "2015-03-03T14:05:00")
    }

    func testPortuguese() {
        XCTAssertEqual(DisplayedDate.parse("3 de março de 2015 às 14:05")?.rfc3339, "2015-03-03T14:05:00")
    }

    func testItalian() {
        XCTAssertEqual(DisplayedDate.parse("3 marzo 2015 alle 14:05")?.rfc3339, "2015-03-03T14:05:00")
    }

    func testFrenchAbbreviatedMonthWithDot() {
        XCTAssertEqual(DisplayedDate.parse("3 déc. 2015 à 14:05")?.rfc3339, "2015-12-03T14:05:00")
    }

    func testSpanishAbbreviatedMonthWithDot() {
        XCTAssertEqual(DisplayedDate.parse("3 ene. 2015")?.rfc3339, "2015-01-03")
    }

    func testPortugueseWeekdayIsIgnored() {
        XCTAssertEqual(
            DisplayedDate.parse("segunda-feira, 3 de março de 2015 14:05")?.rfc3339, "2015-03-03T14:05:00")
    }

    // MARK: Germanic and Nordic languages

    func testDutch() {
        XCTAssertEqual(DisplayedDate.parse("3 maart 2015 om 14:05")?.rfc3339, "2015-03-03T14:05:00")
    }

    func testSwedish() {
        XCTAssertEqual(DisplayedDate.parse("23 oktober 2012 kl. 14:05")?.rfc3339, "2012-10-23T14:05:00")
    }

    func testDanish() {
        XCTAssertEqual(DisplayedDate.parse("3. marts 2015 kl. 14:05")?.rfc3339, "2015-03-03T14:05:00")
    }

    func testNorwegianDottedTime() {
        XCTAssertEqual(DisplayedDate.parse("3. mars 2015 kl. 14.05")?.rfc3339, "2015-03-03T14:05:00")
    }

    func testNorwegianDesember() {
        XCTAssertEqual(DisplayedDate.parse("24. desember 2015")?.rfc3339, "2015-12-24")
    }

    func testFinnishPartitiveMonthDottedTime() {
        XCTAssertEqual(DisplayedDate.parse("3. maaliskuuta 2015 klo 14.05")?.rfc3339, "2015-03-03T14:05:00")
    }

    // MARK: Slavic languages

    func testPolishGenitive() {
        XCTAssertEqual(DisplayedDate.parse("3 marca 2015 o 14:05")?.rfc3339, "2015-03-03T14:05:00")
    }

    func testPolishYearAbbreviation() {
        XCTAssertEqual(DisplayedDate.parse("3 marca 2015 r., godz. 14:05")?.rfc3339, "2015-03-03T14:05:00")
    }

    func testCzechGenitive() {
        XCTAssertEqual(DisplayedDate.parse("3. března 2015 v 14:05")?.rfc3339, "2015-03-03T14:05:00")
    }

    func testCzechJuneAndJulyAreDistinct() {
        XCTAssertEqual(DisplayedDate.parse("3. června 2015")?.rfc3339, "2015-06-03")
        XCTAssertEqual(DisplayedDate.parse("3. července 2015")?.rfc3339, "2015-07-03")
    }

    func testRussianGenitive() {
        XCTAssertEqual(DisplayedDate.parse("12 марта 2018 в 14:05")?.rfc3339, "2018-03-12T14:05:00")
    }

    func testRussianYearAbbreviation() {
        XCTAssertEqual(DisplayedDate.parse("12 марта 2018 г. в 14:05")?.rfc3339, "2018-03-12T14:05:00")
    }

    func testUkrainianGenitive() {
        XCTAssertEqual(DisplayedDate.parse("12 березня 2018 о 14:05")?.rfc3339, "2018-03-12T14:05:00")
    }

    // MARK: Turkish and Indonesian

    func testTurkish() {
        XCTAssertEqual(DisplayedDate.parse("3 Mart 2015 14:05")?.rfc3339, "2015-03-03T14:05:00")
    }

    func testTurkishDiacritics() {
        XCTAssertEqual(DisplayedDate.parse("3 Şubat 2015 Salı 14:05")?.rfc3339, "2015-02-03T14:05:00")
    }

    func testIndonesianMonthFirst() {
        XCTAssertEqual(DisplayedDate.parse("Desember 30, 2015 at 4:36 am")?.rfc3339, "2015-12-30T04:36:00")
    }

    func testIndonesianPukul() {
        XCTAssertEqual(DisplayedDate.parse("3 Agustus 2015 pukul 14.05")?.rfc3339, "2015-08-03T14:05:00")
    }

    // MARK: CJK

    func testJapanese24Hour() {
        XCTAssertEqual(DisplayedDate.parse("2015年3月3日 10:12")?.rfc3339, "2015-03-03T10:12:00")
    }

    func testJapaneseAfternoon() {
        XCTAssertEqual(DisplayedDate.parse("2015年3月3日 午後10:12")?.rfc3339, "2015-03-03T22:12:00")
    }

    func testJapaneseWeekdayAndUnitTime() {
        XCTAssertEqual(DisplayedDate.parse("2015年3月3日(火) 午前9時5分")?.rfc3339, "2015-03-03T09:05:00")
    }

    func testJapaneseFullWidthDigits() {
        XCTAssertEqual(DisplayedDate.parse("２０１５年３月３日")?.rfc3339, "2015-03-03")
    }

    func testChineseAfternoon() {
        XCTAssertEqual(DisplayedDate.parse("2015年3月3日 下午10:12")?.rfc3339, "2015-03-03T22:12:00")
    }

    func testKoreanAfternoon() {
        XCTAssertEqual(DisplayedDate.parse("2015년 3월 3일 오후 10:12")?.rfc3339, "2015-03-03T22:12:00")
    }

    func testKoreanMorning() {
        XCTAssertEqual(DisplayedDate.parse("2015년 3월 3일 오전 9:12")?.rfc3339, "2015-03-03T09:12:00")
    }

    func testKoreanDottedDate() {
        XCTAssertEqual(DisplayedDate.parse("2015. 3. 3. 오후 10:12")?.rfc3339, "2015-03-03T22:12:00")
    }

    // MARK: Offsets

    func testUTCSuffix() {
        XCTAssertEqual(DisplayedDate.parse("March 3, 2015 10:12 UTC")?.rfc3339, "2015-03-03T10:12:00Z")
    }

    func testGMTWithHours() {
        XCTAssertEqual(DisplayedDate.parse("3 March 2015 10:12 GMT+2")?.rfc3339, "2015-03-03T10:12:00+02:00")
    }

    func testNumericOffset() {
        XCTAssertEqual(DisplayedDate.parse("Tue, 10 Mar 2015 14:20:00 +0100")?.rfc3339, "2015-03-10T14:20:00+01:00")
    }

    func testNegativeOffsetWithColon() {
        XCTAssertEqual(DisplayedDate.parse("March 3, 2015 10:12 PM -05:00")?.rfc3339, "2015-03-03T22:12:00-05:00")
    }

    func testUnknownZoneNameStaysLocal() {
        XCTAssertEqual(DisplayedDate.parse("3 марта 2015 14:05 MSK")?.rfc3339, "2015-03-03T14:05:00")
    }

    // MARK: Rejections

    func testReplyIsNil() {
        XCTAssertNil(DisplayedDate.parse("Reply"))
    }

    func testCommentCountIsNil() {
        XCTAssertNil(DisplayedDate.parse("5 comments"))
    }

    func testVersionIsNil() {
        XCTAssertNil(DisplayedDate.parse("Version 2.3"))
    }

    func testDottedVersionIsNil() {
        XCTAssertNil(DisplayedDate.parse("Version 1.2.3"))
    }

    func testIPAddressIsNil() {
        XCTAssertNil(DisplayedDate.parse("10.10.10.10"))
    }

    func testPhoneNumberIsNil() {
        XCTAssertNil(DisplayedDate.parse("+1 (555) 123-4567"))
    }

    func testDottedPhoneNumberIsNil() {
        XCTAssertNil(DisplayedDate.parse("06.12.34.56.78"))
    }

    func testBareDigitsAreNotAnEpoch() {
        XCTAssertNil(DisplayedDate.parse("5551234567"))
    }

    func testRelativeIsNil() {
        XCTAssertNil(DisplayedDate.parse("3 hours ago"))
    }

    func testSpanishRelativeIsNil() {
        XCTAssertNil(DisplayedDate.parse("hace 3 días"))
    }

    func testNoYearIsNil() {
        XCTAssertNil(DisplayedDate.parse("3. März um 14:05"))
    }

    func testMonthAndYearWithoutDayIsNil() {
        XCTAssertNil(DisplayedDate.parse("March 2015"))
    }

    func testTimeAloneIsNil() {
        XCTAssertNil(DisplayedDate.parse("14:05"))
    }

    func testYesterdayIsNil() {
        XCTAssertNil(DisplayedDate.parse("Yesterday at 3:00 PM"))
    }

    func testImpossibleDayIsNil() {
        XCTAssertNil(DisplayedDate.parse("30. Februar 2015"))
    }

    func testDashedTwoDigitYearIsNil() {
        XCTAssertNil(DisplayedDate.parse("12-05-15"))
    }

    func testEmptyIsNil() {
        XCTAssertNil(DisplayedDate.parse(""))
    }

    // MARK: Tables

    func testEveryMonthWordNamesOneMonth() {
        var seen: [String: (month: Int, language: String)] = [:]
        for (language, months) in MonthNames.tables {
            XCTAssertEqual(months.count, 12, language)
            for (index, words) in months.enumerated() {
                for word in words {
                    XCTAssertEqual(word, word.lowercased(), "\(language) \(word)")
                    if let earlier = seen[word] {
                        XCTAssertEqual(earlier.month, index + 1, "\(word) in \(earlier.language) and \(language)")
                    }
                    seen[word] = (index + 1, language)
                }
            }
        }
    }

    func testDateWordsAreLowercase() {
        let words = WeekdayNames.all.union(DateWords.timeConnectors).union(DateWords.dateFillers)
        for word in words { XCTAssertEqual(word, word.lowercased(), word) }
    }

    // MARK: Separators, bilingual names, stated forms

    func testEvenlySpacedSeparatorsOfAnyKindPartADate() {
        XCTAssertEqual(DisplayedDate.parse("26 | 01 | 2022", language: "de")?.rfc3339, "2022-01-26")
        XCTAssertEqual(DisplayedDate.parse("26|01|2022", language: "de")?.rfc3339, "2022-01-26")
        XCTAssertEqual(DisplayedDate.parse("2022 / 01 / 26")?.rfc3339, "2022-01-26")
        // Without a four-digit year, or spaced unevenly, the figures are a list or a range.
        XCTAssertNil(DisplayedDate.parse("26 | 01 | 22"))
        XCTAssertNil(DisplayedDate.parse("26 - 01-2022"))
    }

    func testMonthNamedInTwoLanguagesIsOneMonth() {
        XCTAssertEqual(DisplayedDate.parse("الجمعة 24 نيسان / أبريل 2020 09:22", language: "ar")?.rfc3339, "2020-04-24T09:22:00")
        XCTAssertEqual(DisplayedDate.parse("24 أبريل 2020", language: "ar")?.rfc3339, "2020-04-24")
        XCTAssertEqual(DisplayedDate.parse("Juli/July 3, 2015")?.rfc3339, "2015-07-03")
        // Two names of different months are no date.
        XCTAssertNil(DisplayedDate.parse("24 نيسان / مايو 2020", language: "ar"))
    }

    func testSlashedDateStatedForMachinesIsMonthFirstWhereTheLanguageWritesDots() {
        XCTAssertEqual(DisplayedDate.parseStated("11/01/2023 12:43:42", language: "de-CH")?.rfc3339, "2023-11-01T12:43:42")
        XCTAssertEqual(DisplayedDate.parseStated("11/01/2023", language: "ru")?.rfc3339, "2023-11-01")
        XCTAssertEqual(DisplayedDate.parseStated("03/01/2020", language: "en-GB")?.rfc3339, "2020-01-03")
        XCTAssertEqual(DisplayedDate.parseStated("03/01/2020", language: "fr")?.rfc3339, "2020-01-03")
        // Shown to readers, a German page's slashes are its own, day first.
        XCTAssertEqual(DisplayedDate.parse("11/01/2023", language: "de-CH")?.rfc3339, "2023-01-11")
    }

    /// ASCII texts are tokenized as bytes: the tokens are those the reading by Characters gives,
    /// which a text ending in a non-ASCII word takes (that word is one more token at the end).
    func testASCIITokensAreThoseOfTheCharacterReading() {
        let pieces = ["12", "7", "May", "MAR", "o'clock", "'", "’", "am", " ", "\t", "\r\n", ":", ".", ",", "-", "/", "(", "@", "x'y"]
        var random = SeededRandom(seed: 5)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            guard text.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            let read = DateTokens.tokenize(text + " é")
            XCTAssertEqual(read.last, DateToken(kind: .word("é"), spaced: true), text.debugDescription)
            XCTAssertEqual(DateTokens.tokenize(text), Array(read.dropLast()), text.debugDescription)
        }
    }
}
