import ExactValues
import XCTest

@testable import TemplateEngine

/// U+00A0 NO-BREAK SPACE, as the cultures write it inside values.
private let s = "\u{00A0}"

private func dec(_ text: String) -> ExactDecimal {
    guard let value = ExactDecimal(text) else { fatalError("bad decimal literal \(text)") }
    return value
}

private func currency(_ code: String) -> Currency {
    guard let currency = Currency(code: code) else { fatalError("bad currency \(code)") }
    return currency
}

private func day(_ text: String) -> LocalDate {
    guard let date = LocalDate(text) else { fatalError("bad date \(text)") }
    return date
}

final class CultureFormattingTests: XCTestCase {
    // MARK: - Numbers

    func testFormatNumberKeepsTheValuesOwnScaleWhenDecimalsIsNil() {
        XCTAssertEqual(Culture.enUS.formatNumber(dec("1234.50")), "1,234.50")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("9.8")), "9.8")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("12")), "12")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("0.125"), decimals: nil), "0.125")
    }

    func testFormatNumberUsesEachCulturesSeparators() {
        let value = dec("1234567.891")
        let expected: [(Culture, String)] = [
            (.enUS, "1,234,567.891"), (.enGB, "1,234,567.891"),
            (.svSE, "1\(s)234\(s)567,891"), (.deDE, "1.234.567,891"),
            (.deCH, "1\u{2019}234\u{2019}567.891"), (.nbNO, "1\(s)234\(s)567,891"),
            (.daDK, "1.234.567,891"), (.frFR, "1\(s)234\(s)567,891"),
            (.nlNL, "1.234.567,891"), (.fiFI, "1\(s)234\(s)567,891"),
            (.invariant, "1234567.891"),
        ]
        XCTAssertEqual(expected.count, Culture.all.count)
        for (culture, text) in expected {
            XCTAssertEqual(culture.formatNumber(value), text, culture.identifier)
        }
    }

    func testFormatNumberGroupsOnlyFromFourIntegerDigits() {
        XCTAssertEqual(Culture.enUS.formatNumber(dec("999")), "999")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("1000")), "1,000")
        XCTAssertEqual(Culture.svSE.formatNumber(dec("123456")), "123\(s)456")
    }

    func testFormatNumberRoundsHalfUpAtTheBoundary() {
        XCTAssertEqual(Culture.enUS.formatNumber(dec("2.345"), decimals: 2), "2.35")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("2.3449"), decimals: 2), "2.34")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("-2.345"), decimals: 2), "-2.35")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("1.005"), decimals: 2), "1.01")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("2.5"), decimals: 0), "3")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("999.995"), decimals: 2), "1,000.00")
        XCTAssertEqual(Culture.svSE.formatNumber(dec("2.345"), decimals: 2), "2,35")
    }

    func testFormatNumberPadsWithZerosWhenDecimalsExceedTheScale() {
        XCTAssertEqual(Culture.enUS.formatNumber(dec("1.5"), decimals: 3), "1.500")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("7"), decimals: 2), "7.00")
        XCTAssertEqual(Culture.deDE.formatNumber(dec("1234"), decimals: 2), "1.234,00")
    }

    func testFormatNumberClampsDecimalsToZeroThroughEighteen() {
        XCTAssertEqual(Culture.enUS.formatNumber(dec("2.5"), decimals: -3), "3")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("1"), decimals: 40), "1.000000000000000000")
    }

    func testFormatNumberWritesNegativeValuesWithHyphenMinus() {
        XCTAssertEqual(Culture.enUS.formatNumber(dec("-1234.5")), "-1,234.5")
        XCTAssertEqual(Culture.svSE.formatNumber(dec("-1234.5")), "-1\(s)234,5")
        XCTAssertEqual(Culture.fiFI.formatNumber(dec("-1234.5")), "-1\(s)234,5")
        XCTAssertEqual(Culture.deCH.formatNumber(dec("-1234.5")), "-1\u{2019}234.5")
        XCTAssertEqual(Culture.invariant.formatNumber(dec("-1234.5")), "-1234.5")
    }

    func testFormatNumberWritesZero() {
        XCTAssertEqual(Culture.enUS.formatNumber(dec("0")), "0")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("0.00")), "0.00")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("0"), decimals: 2), "0.00")
        XCTAssertEqual(Culture.svSE.formatNumber(dec("0"), decimals: 2), "0,00")
    }

    func testFormatNumberDropsTheSignOfAValueThatRoundsToZero() {
        XCTAssertEqual(Culture.enUS.formatNumber(dec("-0.004"), decimals: 2), "0.00")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("-0.00")), "0.00")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("-0.005"), decimals: 2), "-0.01")
    }

    func testFormatNumberWritesFractionsBelowOneWithALeadingZero() {
        XCTAssertEqual(Culture.enUS.formatNumber(dec("0.05")), "0.05")
        XCTAssertEqual(Culture.svSE.formatNumber(dec("-0.5")), "-0,5")
        XCTAssertEqual(Culture.enUS.formatNumber(dec("0.000000000000000001")), "0.000000000000000001")
    }

    func testFormatNumberGroupsLargeValues() {
        let quadrillion = dec("1000000000000000")  // 10^15
        XCTAssertEqual(Culture.enUS.formatNumber(quadrillion), "1,000,000,000,000,000")
        XCTAssertEqual(Culture.svSE.formatNumber(quadrillion, decimals: 2), "1\(s)000\(s)000\(s)000\(s)000\(s)000,00")
        XCTAssertEqual(Culture.deCH.formatNumber(quadrillion), "1’000’000’000’000’000")
        XCTAssertEqual(Culture.invariant.formatNumber(quadrillion), "1000000000000000")
    }

    func testFormatNumberWritesTheLargestSignificandsWithoutOverflow() {
        let largest = ExactDecimal(significand: .max, scale: 0)
        XCTAssertEqual(
            Culture.enUS.formatNumber(largest, decimals: 2),
            "170,141,183,460,469,231,731,687,303,715,884,105,727.00")
        let smallest = ExactDecimal(significand: .min + 1, scale: 18)
        XCTAssertEqual(Culture.invariant.formatNumber(smallest), "-170141183460469231731.687303715884105727")
    }

    // MARK: - Money

    func testFormatMoneyInEachCulturesHomeCurrency() {
        let amount = dec("1234.5")
        let expected: [(Culture, String, String)] = [
            (.enUS, "USD", "$1,234.50"),
            (.enGB, "GBP", "£1,234.50"),
            (.svSE, "SEK", "1\(s)234,50\(s)kr"),
            (.deDE, "EUR", "1.234,50\(s)€"),
            (.deCH, "CHF", "CHF\(s)1’234.50"),
            (.nbNO, "NOK", "kr\(s)1\(s)234,50"),
            (.daDK, "DKK", "1.234,50\(s)kr."),
            (.frFR, "EUR", "1\(s)234,50\(s)€"),
            (.nlNL, "EUR", "€\(s)1.234,50"),
            (.fiFI, "EUR", "1\(s)234,50\(s)€"),
        ]
        for (culture, code, text) in expected {
            XCTAssertEqual(culture.homeCurrencyCode, code, culture.identifier)
            XCTAssertEqual(culture.formatMoney(amount, currency: currency(code)), text, culture.identifier)
        }
    }

    func testFormatMoneyWritesNegativeAmountsInEachCulturesNegativePattern() {
        let amount = dec("-1234.5")
        let expected: [(Culture, String, String)] = [
            (.enUS, "USD", "-$1,234.50"),
            (.enGB, "GBP", "-£1,234.50"),
            (.svSE, "SEK", "-1\(s)234,50\(s)kr"),
            (.deDE, "EUR", "-1.234,50\(s)€"),
            (.deCH, "CHF", "CHF-1’234.50"),
            (.nbNO, "NOK", "kr\(s)-1\(s)234,50"),
            (.daDK, "DKK", "-1.234,50\(s)kr."),
            (.frFR, "EUR", "-1\(s)234,50\(s)€"),
            (.nlNL, "EUR", "€\(s)-1.234,50"),
            (.fiFI, "EUR", "-1\(s)234,50\(s)€"),
            (.invariant, "SEK", "-1234.50 SEK"),
        ]
        for (culture, code, text) in expected {
            XCTAssertEqual(culture.formatMoney(amount, currency: currency(code)), text, culture.identifier)
        }
    }

    func testFormatMoneyUsesTheCurrencysMinorUnitsJPYZeroAndKWDThree() {
        XCTAssertEqual(Culture.enUS.formatMoney(dec("1234.5"), currency: currency("JPY")), "¥1,235")
        XCTAssertEqual(Culture.svSE.formatMoney(dec("1234.4"), currency: currency("JPY")), "1\(s)234\(s)¥")
        XCTAssertEqual(Culture.enUS.formatMoney(dec("1234.5"), currency: currency("KWD")), "KWD\(s)1,234.500")
        XCTAssertEqual(Culture.enUS.formatMoney(dec("1.0005"), currency: currency("KWD")), "KWD\(s)1.001")
        XCTAssertEqual(Culture.deDE.formatMoney(dec("7"), currency: currency("EUR")), "7,00\(s)€")
    }

    func testFormatMoneyRoundsHalfUpToTheMinorUnit() {
        XCTAssertEqual(Culture.enUS.formatMoney(dec("2.345"), currency: .usd), "$2.35")
        XCTAssertEqual(Culture.enUS.formatMoney(dec("2.3449"), currency: .usd), "$2.34")
        XCTAssertEqual(Culture.enUS.formatMoney(dec("-2.345"), currency: .usd), "-$2.35")
        XCTAssertEqual(Culture.svSE.formatMoney(dec("0.005"), currency: .sek), "0,01\(s)kr")
    }

    func testFormatMoneyWithExplicitDecimalsOverridesTheMinorUnit() {
        XCTAssertEqual(Culture.enUS.formatMoney(dec("9.8765"), currency: .usd, decimals: 4), "$9.8765")
        XCTAssertEqual(Culture.enUS.formatMoney(dec("9.8765"), currency: .usd, decimals: 0), "$10")
        XCTAssertEqual(Culture.svSE.formatMoney(dec("0.125"), currency: .sek, decimals: 3), "0,125\(s)kr")
    }

    func testFormatMoneyUsesSymbolsForHomeAndInternationalCurrenciesAndCodesOtherwise() {
        let amount = dec("1234.5")
        XCTAssertEqual(Culture.enUS.formatMoney(amount, currency: .sek), "SEK\(s)1,234.50")
        XCTAssertEqual(Culture.enUS.formatMoney(amount, currency: .eur), "€1,234.50")
        XCTAssertEqual(Culture.enUS.formatMoney(amount, currency: currency("GBP")), "£1,234.50")
        XCTAssertEqual(Culture.enUS.formatMoney(amount, currency: currency("CHF")), "CHF\(s)1,234.50")
        XCTAssertEqual(Culture.enUS.formatMoney(amount, currency: currency("DKK")), "DKK\(s)1,234.50")
        XCTAssertEqual(Culture.enGB.formatMoney(amount, currency: .usd), "$1,234.50")
        XCTAssertEqual(Culture.svSE.formatMoney(amount, currency: .usd), "1\(s)234,50\(s)$")
        XCTAssertEqual(Culture.svSE.formatMoney(amount, currency: currency("NOK")), "1\(s)234,50\(s)NOK")
        XCTAssertEqual(Culture.svSE.formatMoney(amount, currency: .eur), "1\(s)234,50\(s)€")
        XCTAssertEqual(Culture.nbNO.formatMoney(amount, currency: .sek), "SEK\(s)1\(s)234,50")
        XCTAssertEqual(Culture.daDK.formatMoney(amount, currency: .sek), "1.234,50\(s)SEK")
        XCTAssertEqual(Culture.deCH.formatMoney(amount, currency: .eur), "€\(s)1’234.50")
        XCTAssertEqual(Culture.deCH.formatMoney(-amount, currency: .usd), "$-1’234.50")
        XCTAssertEqual(Culture.nlNL.formatMoney(amount, currency: .usd), "$\(s)1.234,50")
        XCTAssertEqual(Culture.enUS.formatMoney(-amount, currency: .sek), "-SEK\(s)1,234.50")
    }

    func testCurrencySymbolUsesTheCodeWhenAnInternationalSymbolIsTheHomeSymbol() {
        let canadian = Culture(
            identifier: "xx-CA", displayName: "Test (Canada)", decimalSeparator: ".", groupingSeparator: ",",
            homeCurrencyCode: "CAD", currencyPattern: "¤#", percentPattern: "#%",
            monthNames: Culture.enUS.monthNames, abbreviatedMonthNames: Culture.enUS.abbreviatedMonthNames,
            shortDatePattern: "y-MM-dd", mediumDatePattern: "MMM d, y", longDatePattern: "MMMM d, y",
            timePattern: "HH:mm", dateTimeSeparator: " ")
        XCTAssertEqual(canadian.currencySymbol(for: currency("CAD")), "$")
        XCTAssertEqual(canadian.currencySymbol(for: .usd), "USD")
        XCTAssertEqual(canadian.formatMoney(dec("5"), currency: .usd), "USD\(s)5.00")
        XCTAssertEqual(canadian.currencySymbol(for: .eur), "€")
    }

    func testCurrencySymbolTableHoldsTheCommonSymbols() {
        XCTAssertEqual(CurrencySymbols.local["USD"], "$")
        XCTAssertEqual(CurrencySymbols.local["EUR"], "€")
        XCTAssertEqual(CurrencySymbols.local["GBP"], "£")
        XCTAssertEqual(CurrencySymbols.local["SEK"], "kr")
        XCTAssertEqual(CurrencySymbols.local["NOK"], "kr")
        XCTAssertEqual(CurrencySymbols.local["DKK"], "kr.")
        XCTAssertEqual(CurrencySymbols.local["CHF"], "CHF")
        XCTAssertEqual(CurrencySymbols.local["JPY"], "¥")
        XCTAssertEqual(CurrencySymbols.international, ["USD", "EUR", "GBP", "JPY"])
    }

    func testFormatMoneyGroupsLargeAmounts() {
        let quadrillion = dec("1000000000000000")
        XCTAssertEqual(Culture.enUS.formatMoney(quadrillion, currency: .usd), "$1,000,000,000,000,000.00")
        XCTAssertEqual(Culture.svSE.formatMoney(quadrillion, currency: .sek), "1\(s)000\(s)000\(s)000\(s)000\(s)000,00\(s)kr")
    }

    func testFormatMoneyWritesZeroWithoutASign() {
        XCTAssertEqual(Culture.enUS.formatMoney(.zero, currency: .usd), "$0.00")
        XCTAssertEqual(Culture.svSE.formatMoney(.zero, currency: .sek), "0,00\(s)kr")
        XCTAssertEqual(Culture.enUS.formatMoney(dec("-0.001"), currency: .usd), "$0.00")
        XCTAssertEqual(Culture.nlNL.formatMoney(dec("-0.001"), currency: .eur), "€\(s)0,00")
    }

    func testInvariantMoneyIsTheNumberThenTheISOCodeInASCII() {
        XCTAssertEqual(Culture.invariant.formatMoney(dec("1234.5"), currency: .sek), "1234.50 SEK")
        XCTAssertEqual(Culture.invariant.formatMoney(dec("1234.5"), currency: .usd), "1234.50 USD")
        XCTAssertEqual(Culture.invariant.formatMoney(dec("1234.5"), currency: currency("JPY")), "1235 JPY")
        XCTAssertEqual(Culture.invariant.currencySymbol(for: .eur), "EUR")
    }

    // MARK: - Percent

    func testFormatPercentInEachCulture() {
        let value = dec("12.5")
        let expected: [(Culture, String)] = [
            (.enUS, "12.50%"), (.enGB, "12.50%"), (.svSE, "12,50\(s)%"), (.deDE, "12,50\(s)%"),
            (.deCH, "12.50%"), (.nbNO, "12,50\(s)%"), (.daDK, "12,50\(s)%"), (.frFR, "12,50\(s)%"),
            (.nlNL, "12,50%"), (.fiFI, "12,50\(s)%"), (.invariant, "12.50%"),
        ]
        for (culture, text) in expected {
            XCTAssertEqual(culture.formatPercent(value), text, culture.identifier)
        }
    }

    func testFormatPercentRoundsHalfUpToTheRequestedDecimals() {
        XCTAssertEqual(Culture.enUS.formatPercent(dec("12.345")), "12.35%")
        XCTAssertEqual(Culture.enUS.formatPercent(dec("12.5"), decimals: 0), "13%")
        XCTAssertEqual(Culture.enUS.formatPercent(dec("0.05"), decimals: 1), "0.1%")
        XCTAssertEqual(Culture.enUS.formatPercent(dec("25"), decimals: 3), "25.000%")
        XCTAssertEqual(Culture.enUS.formatPercent(dec("1234.5")), "1,234.50%")
    }

    func testFormatPercentWritesNegativePercentagesWithTheSignFirst() {
        XCTAssertEqual(Culture.enUS.formatPercent(dec("-12.5")), "-12.50%")
        XCTAssertEqual(Culture.svSE.formatPercent(dec("-12.5")), "-12,50\(s)%")
        XCTAssertEqual(Culture.enUS.formatPercent(dec("-0.001")), "0.00%")
    }

    // MARK: - Dates

    func testFormatDateShortInEachCulture() {
        let date = day("2026-11-26")
        let expected: [(Culture, String)] = [
            (.enUS, "11/26/2026"), (.enGB, "26/11/2026"), (.svSE, "2026-11-26"), (.deDE, "26.11.2026"),
            (.deCH, "26.11.2026"), (.nbNO, "26.11.2026"), (.daDK, "26.11.2026"), (.frFR, "26/11/2026"),
            (.nlNL, "26-11-2026"), (.fiFI, "26.11.2026"), (.invariant, "2026-11-26"),
        ]
        for (culture, text) in expected {
            XCTAssertEqual(culture.formatDate(date, style: .short), text, culture.identifier)
        }
    }

    func testFormatDateMediumInEachCulture() {
        let date = day("2026-11-26")
        let expected: [(Culture, String)] = [
            (.enUS, "Nov 26, 2026"), (.enGB, "26 Nov 2026"), (.svSE, "26 nov. 2026"), (.deDE, "26. Nov. 2026"),
            (.deCH, "26. Nov. 2026"), (.nbNO, "26. nov. 2026"), (.daDK, "26. nov. 2026"), (.frFR, "26 nov. 2026"),
            (.nlNL, "26 nov 2026"), (.fiFI, "26.11.2026"), (.invariant, "2026-11-26"),
        ]
        for (culture, text) in expected {
            XCTAssertEqual(culture.formatDate(date, style: .medium), text, culture.identifier)
        }
    }

    func testFormatDateLongInEachCulture() {
        let date = day("2026-11-26")
        let expected: [(Culture, String)] = [
            (.enUS, "November 26, 2026"), (.enGB, "26 November 2026"), (.svSE, "26 november 2026"),
            (.deDE, "26. November 2026"), (.deCH, "26. November 2026"), (.nbNO, "26. november 2026"),
            (.daDK, "26. november 2026"), (.frFR, "26 novembre 2026"), (.nlNL, "26 november 2026"),
            (.fiFI, "26. marraskuuta 2026"), (.invariant, "2026-11-26"),
        ]
        for (culture, text) in expected {
            XCTAssertEqual(culture.formatDate(date, style: .long), text, culture.identifier)
        }
    }

    func testFormatDatePadsDayAndMonthOnlyWhereThePatternSays() {
        let date = day("2026-03-05")
        XCTAssertEqual(Culture.enUS.formatDate(date, style: .short), "3/5/2026")
        XCTAssertEqual(Culture.enGB.formatDate(date, style: .short), "05/03/2026")
        XCTAssertEqual(Culture.svSE.formatDate(date, style: .short), "2026-03-05")
        XCTAssertEqual(Culture.deDE.formatDate(date, style: .short), "05.03.2026")
        XCTAssertEqual(Culture.nlNL.formatDate(date, style: .short), "05-03-2026")
        XCTAssertEqual(Culture.fiFI.formatDate(date, style: .short), "5.3.2026")
        XCTAssertEqual(Culture.deDE.formatDate(date, style: .long), "5. März 2026")
        XCTAssertEqual(Culture.frFR.formatDate(date, style: .long), "5 mars 2026")
        XCTAssertEqual(Culture.enUS.formatDate(date, style: .long), "March 5, 2026")
    }

    func testFormatDateUsesEachLanguagesMonthNames() {
        XCTAssertEqual(Culture.daDK.formatDate(day("2026-03-01"), style: .long), "1. marts 2026")
        XCTAssertEqual(Culture.frFR.formatDate(day("2026-08-15"), style: .long), "15 août 2026")
        XCTAssertEqual(Culture.frFR.formatDate(day("2026-02-01"), style: .medium), "1 févr. 2026")
        XCTAssertEqual(Culture.fiFI.formatDate(day("2026-05-01"), style: .long), "1. toukokuuta 2026")
        XCTAssertEqual(Culture.nbNO.formatDate(day("2026-12-24"), style: .long), "24. desember 2026")
        XCTAssertEqual(Culture.nlNL.formatDate(day("2026-03-01"), style: .medium), "1 mrt 2026")
        XCTAssertEqual(Culture.svSE.formatDate(day("2026-08-01"), style: .long), "1 augusti 2026")
        XCTAssertEqual(Culture.enGB.formatDate(day("2026-09-01"), style: .medium), "1 Sept 2026")
        XCTAssertEqual(Culture.enUS.formatDate(day("2026-09-01"), style: .medium), "Sep 1, 2026")
    }

    func testInvariantDatesAreISO8601InEveryStyle() {
        for style in DateStyle.allCases {
            XCTAssertEqual(Culture.invariant.formatDate(day("2026-11-26"), style: style), "2026-11-26")
            XCTAssertEqual(Culture.invariant.formatDate(day("0042-01-02"), style: style), "0042-01-02")
        }
    }

    // MARK: - Times

    func testFormatTimeIn24HourCultures() {
        XCTAssertEqual(Culture.svSE.formatTime(hour: 14, minute: 30), "14:30")
        XCTAssertEqual(Culture.deDE.formatTime(hour: 9, minute: 5), "09:05")
        XCTAssertEqual(Culture.enGB.formatTime(hour: 0, minute: 0), "00:00")
        XCTAssertEqual(Culture.daDK.formatTime(hour: 14, minute: 30), "14.30")
        XCTAssertEqual(Culture.fiFI.formatTime(hour: 14, minute: 30), "14.30")
        XCTAssertEqual(Culture.fiFI.formatTime(hour: 9, minute: 5), "9.05")
        for culture in Culture.all where culture != .enUS {
            XCTAssertTrue(culture.uses24HourClock, culture.identifier)
        }
    }

    func testFormatTimeInEnUSUsesTwelveHoursAndAMPM() {
        XCTAssertFalse(Culture.enUS.uses24HourClock)
        XCTAssertEqual(Culture.enUS.formatTime(hour: 0, minute: 5), "12:05\(s)AM")
        XCTAssertEqual(Culture.enUS.formatTime(hour: 11, minute: 59), "11:59\(s)AM")
        XCTAssertEqual(Culture.enUS.formatTime(hour: 12, minute: 0), "12:00\(s)PM")
        XCTAssertEqual(Culture.enUS.formatTime(hour: 14, minute: 30), "2:30\(s)PM")
        XCTAssertEqual(Culture.enUS.formatTime(hour: 23, minute: 59), "11:59\(s)PM")
    }

    func testInvariantTimeIsXMLSchemaTime() {
        XCTAssertEqual(Culture.invariant.formatTime(hour: 9, minute: 5), "09:05:00")
    }

    func testFormatDateTimeJoinsDateAndTimeWithTheCulturesSeparator() {
        let date = day("2026-11-26")
        XCTAssertEqual(Culture.enUS.formatDateTime(date, hour: 14, minute: 30), "11/26/2026, 2:30\(s)PM")
        XCTAssertEqual(Culture.svSE.formatDateTime(date, hour: 14, minute: 30), "2026-11-26 14:30")
        XCTAssertEqual(Culture.deDE.formatDateTime(date, hour: 14, minute: 30), "26.11.2026, 14:30")
        XCTAssertEqual(Culture.daDK.formatDateTime(date, hour: 8, minute: 0), "26.11.2026 08.00")
        XCTAssertEqual(Culture.deDE.formatDateTime(date, hour: 14, minute: 30, style: .long), "26. November 2026, 14:30")
        XCTAssertEqual(Culture.invariant.formatDateTime(date, hour: 14, minute: 30), "2026-11-26T14:30:00")
    }

    // MARK: - Lookup

    func testNamedIsCaseInsensitiveAndAcceptsUnderscores() {
        XCTAssertEqual(Culture.named("en-US"), .enUS)
        XCTAssertEqual(Culture.named("en-us"), .enUS)
        XCTAssertEqual(Culture.named("SV-SE"), .svSE)
        XCTAssertEqual(Culture.named("Sv-sE"), .svSE)
        XCTAssertEqual(Culture.named("de_CH"), .deCH)
        XCTAssertEqual(Culture.named("de-ch")?.identifier, "de-CH")
    }

    func testNamedMapsABareLanguageToItsDefaultCulture() {
        let expected: [(String, Culture)] = [
            ("en", .enUS), ("sv", .svSE), ("de", .deDE), ("nb", .nbNO), ("no", .nbNO),
            ("da", .daDK), ("fr", .frFR), ("nl", .nlNL), ("fi", .fiFI), ("SV", .svSE),
        ]
        for (identifier, culture) in expected {
            XCTAssertEqual(Culture.named(identifier), culture, identifier)
        }
        XCTAssertEqual(Culture.named("no-NO"), .nbNO)
    }

    func testNamedFindsTheInvariantCulture() {
        XCTAssertEqual(Culture.named("invariant"), .invariant)
        XCTAssertEqual(Culture.named("Invariant"), .invariant)
    }

    func testNamedReturnsNilForUnknownIdentifiers() {
        for identifier in ["sv-SV", "en-UK", "de-AT", "xx", "", "en-", "english", "sv-SE-x", " sv-SE"] {
            XCTAssertNil(Culture.named(identifier), identifier)
        }
    }

    func testSuggestionNamesAKnownCultureCloseToAnUnknownIdentifier() {
        XCTAssertEqual(Culture.suggestion(for: "sv-SV"), "sv-SE")
        XCTAssertEqual(Culture.suggestion(for: "en-UK"), "en-GB")
        XCTAssertEqual(Culture.suggestion(for: "de-AT"), "de-DE")
        XCTAssertEqual(Culture.suggestion(for: "se-SE"), "sv-SE")
        XCTAssertEqual(Culture.suggestion(for: "invarient"), "invariant")
        XCTAssertEqual(Culture.suggestion(for: "EN-us"), "en-US")
        XCTAssertNil(Culture.suggestion(for: "zz-ZZ"))
        XCTAssertNil(Culture.suggestion(for: "klingon"))
    }

    func testAllListsTheTenCulturesThenInvariantWithUniqueIdentifiers() {
        XCTAssertEqual(Culture.identifiers, [
            "en-US", "en-GB", "sv-SE", "de-DE", "de-CH", "nb-NO", "da-DK", "fr-FR", "nl-NL", "fi-FI", "invariant",
        ])
        XCTAssertEqual(Culture.all.map(\.identifier), Culture.identifiers)
        XCTAssertEqual(Set(Culture.identifiers).count, Culture.identifiers.count)
        for culture in Culture.all {
            XCTAssertEqual(Culture.named(culture.identifier), culture, culture.identifier)
            XCTAssertEqual(culture.description, culture.identifier)
            XCTAssertFalse(culture.displayName.isEmpty, culture.identifier)
        }
    }

    func testCulturesAreEqualByIdentifier() {
        XCTAssertEqual(Culture.named("sv"), Culture.svSE)
        XCTAssertNotEqual(Culture.deDE, Culture.deCH)
        XCTAssertEqual(Set([Culture.svSE, Culture.named("sv-se")!, Culture.enUS]).count, 2)
    }

    // MARK: - Every culture

    func testEveryCultureFormatsASampleOfEveryKindWithoutCrashing() {
        let values = [
            dec("0"), dec("-0.001"), dec("1234567.891"), dec("-98765.4321"),
            ExactDecimal(significand: .max, scale: 0), ExactDecimal(significand: .min + 1, scale: 18),
        ]
        let currencies = ["USD", "EUR", "GBP", "JPY", "SEK", "NOK", "DKK", "CHF", "KWD", "CLF"].map(currency)
        let dates = [day("0001-01-01"), day("2024-02-29"), day("9999-12-31")]
        for culture in Culture.all {
            for value in values {
                XCTAssertFalse(culture.formatNumber(value).isEmpty, culture.identifier)
                XCTAssertFalse(culture.formatNumber(value, decimals: 0).isEmpty, culture.identifier)
                XCTAssertFalse(culture.formatNumber(value, decimals: 18).isEmpty, culture.identifier)
                XCTAssertFalse(culture.formatPercent(value).isEmpty, culture.identifier)
                for money in currencies {
                    XCTAssertFalse(culture.formatMoney(value, currency: money).isEmpty, culture.identifier)
                }
            }
            for date in dates {
                for style in DateStyle.allCases {
                    XCTAssertFalse(culture.formatDate(date, style: style).isEmpty, culture.identifier)
                }
            }
            for hour in 0...23 {
                XCTAssertFalse(culture.formatTime(hour: hour, minute: 59).isEmpty, culture.identifier)
            }
            XCTAssertFalse(culture.formatDateTime(dates[0], hour: 0, minute: 0, style: .long).isEmpty, culture.identifier)
        }
    }

    func testInvariantOutputIsPlainASCII() {
        let invariant = Culture.invariant
        let outputs = [
            invariant.formatNumber(dec("-1234567.891")), invariant.formatMoney(dec("1234.5"), currency: .eur),
            invariant.formatPercent(dec("-12.5")), invariant.formatDate(day("2026-11-26"), style: .long),
            invariant.formatDateTime(day("2026-11-26"), hour: 23, minute: 59),
        ]
        for output in outputs {
            XCTAssertTrue(output.utf8.allSatisfy { $0 < 0x80 }, output)
        }
    }
}
