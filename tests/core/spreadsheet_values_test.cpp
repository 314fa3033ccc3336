#include "core/spreadsheet_values.h"

#include <gtest/gtest.h>

using namespace orec;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

TEST(PartyCardNormaliser, SeparatorsClerksWriteAreRemovedAndSaid)
{
    for (const char* written : {"12.345678", "12 345 678", "12-345678",
                                "12\xC2\xA0"
                                "345678",
                                " 12.345.678 "}) {
        const NormalisedValue n = normalisePartyCardNumber(s(written));
        EXPECT_TRUE(n.ok()) << written;
        EXPECT_EQ(n.value, QStringLiteral("12345678")) << written;
        EXPECT_TRUE(n.changed()) << written;
    }
    const NormalisedValue plain = normalisePartyCardNumber(QStringLiteral("12345678"));
    EXPECT_EQ(plain.value, QStringLiteral("12345678"));
    EXPECT_FALSE(plain.changed());
}

TEST(PartyCardNormaliser, ALeadingZeroExcelDroppedComesBackOnlyFromANumericCell)
{
    const NormalisedValue numeric = normalisePartyCardNumber(QStringLiteral("1234567"), true);
    EXPECT_EQ(numeric.value, QStringLiteral("01234567"));
    EXPECT_TRUE(numeric.changed());
    EXPECT_TRUE(numeric.change.contains(QStringLiteral("leading zero")));
    // Typed as text, seven digits may be an old card: left for validation to warn about.
    const NormalisedValue text = normalisePartyCardNumber(QStringLiteral("1234567"), false);
    EXPECT_EQ(text.value, QStringLiteral("1234567"));
    EXPECT_FALSE(text.changed());
    // Eight digits in a numeric cell lost nothing.
    EXPECT_FALSE(normalisePartyCardNumber(QStringLiteral("12345678"), true).changed());
}

TEST(PartyCardNormaliser, ADecimalNumberThatLostDigitsOrScientificNotationIsRefused)
{
    const NormalisedValue decimal = normalisePartyCardNumber(QStringLiteral("12.34567"), true);
    EXPECT_FALSE(decimal.ok());
    EXPECT_TRUE(decimal.error.contains(QStringLiteral("Text")));
    // The same decimal with all eight digits is whole.
    EXPECT_EQ(normalisePartyCardNumber(QStringLiteral("12.345678"), true).value, QStringLiteral("12345678"));
    EXPECT_FALSE(normalisePartyCardNumber(QStringLiteral("1.23457E+07")).ok());
    // Letters are validation's to refuse, unchanged here.
    const NormalisedValue letters = normalisePartyCardNumber(QStringLiteral("12A45678"));
    EXPECT_TRUE(letters.ok());
    EXPECT_EQ(letters.value, QStringLiteral("12A45678"));
}

TEST(CitizenIdNormaliser, LeadingZerosOfANumericCellAreRestoredWhenOnlyOneReadingExists)
{
    const NormalisedValue eleven = normaliseCitizenId(QStringLiteral("12345678901"), true);
    EXPECT_EQ(eleven.value, QStringLiteral("012345678901"));
    EXPECT_TRUE(eleven.changed());
    EXPECT_EQ(normaliseCitizenId(QStringLiteral("1234567890"), true).value, QStringLiteral("001234567890"));
    // An old identity card of 9 digits that lost its zero.
    EXPECT_EQ(normaliseCitizenId(QStringLiteral("12345678"), true).value, QStringLiteral("012345678"));
    // Twelve digits as a number: whole (a citizen ID with a leading non-zero is validation's business).
    EXPECT_FALSE(normaliseCitizenId(QStringLiteral("123456789012"), true).changed());
}

TEST(CitizenIdNormaliser, ScientificNotationIsExplainedNeverStored)
{
    for (const char* written : {"1.23457E+11", "1,23457E+11", "1.23457e+11", "1.23456789012346e+15"}) {
        const NormalisedValue n = normaliseCitizenId(s(written));
        EXPECT_FALSE(n.ok()) << written;
        EXPECT_TRUE(n.error.contains(QStringLiteral("scientific notation"))) << written;
        EXPECT_TRUE(n.error.contains(QStringLiteral("Text"))) << written;
    }
    // What the notation leaves once it is turned back into a number: six figures and zeros.
    const NormalisedValue rounded = normaliseCitizenId(QStringLiteral("123457000000"), true);
    EXPECT_FALSE(rounded.ok());
}

TEST(CitizenIdNormaliser, SeparatorsAreRemovedAndAShortTextIdIsExplained)
{
    const NormalisedValue spaced = normaliseCitizenId(QStringLiteral("001 234 567 890"));
    EXPECT_EQ(spaced.value, QStringLiteral("001234567890"));
    EXPECT_TRUE(spaced.changed());
    const NormalisedValue shortText = normaliseCitizenId(QStringLiteral("12345678901"));
    EXPECT_FALSE(shortText.ok());
    EXPECT_TRUE(shortText.error.contains(QStringLiteral("11 digits")));
    EXPECT_FALSE(normaliseCitizenId(QStringLiteral("001234567890")).changed());
}

TEST(ExcelSerialDates, TheNineteenHundredSystemWithItsLeapYearBugAndTheNineteenOFourSystem)
{
    EXPECT_EQ(dateFromExcelSerial(1), QDate(1900, 1, 1));
    EXPECT_EQ(dateFromExcelSerial(59), QDate(1900, 2, 28));
    EXPECT_FALSE(dateFromExcelSerial(60).has_value()); // 29/02/1900 never was
    EXPECT_EQ(dateFromExcelSerial(61), QDate(1900, 3, 1));
    EXPECT_EQ(dateFromExcelSerial(43831), QDate(2020, 1, 1));
    EXPECT_EQ(dateFromExcelSerial(43831.75), QDate(2020, 1, 1));
    EXPECT_EQ(dateFromExcelSerial(0, true), QDate(1904, 1, 1));
    EXPECT_EQ(dateFromExcelSerial(42369, true), QDate(2020, 1, 1));
    EXPECT_FALSE(dateFromExcelSerial(0).has_value());
    EXPECT_FALSE(dateFromExcelSerial(3e6).has_value());
}

TEST(DateNormaliser, SerialsWordsAndTimesBecomeDdMmYyyy)
{
    const NormalisedValue serial = normaliseDate(QStringLiteral("29221"));
    EXPECT_EQ(serial.value, QStringLiteral("01/01/1980"));
    EXPECT_TRUE(serial.changed());
    EXPECT_EQ(normaliseDate(QStringLiteral("27759"), true, true).value, QStringLiteral("01/01/1980"));
    const NormalisedValue words = normaliseDate(s("ngày 05 tháng 02 năm 2020"));
    EXPECT_EQ(words.value, QStringLiteral("05/02/2020"));
    EXPECT_EQ(normaliseDate(s("Ngay 5 thang 2 nam 2020")).value, QStringLiteral("05/02/2020"));
    EXPECT_EQ(normaliseDate(s("5 tháng 2 năm 2020")).value, QStringLiteral("05/02/2020"));
    EXPECT_EQ(normaliseDate(QStringLiteral("05/02/2020 00:00:00")).value, QStringLiteral("05/02/2020"));
    EXPECT_EQ(normaliseDate(QStringLiteral("2020-02-05T00:00:00")).value, QStringLiteral("2020-02-05"));
    EXPECT_FALSE(normaliseDate(s("ngày 31 tháng 02 năm 2020")).ok());
}

TEST(DateNormaliser, WhatTheDateParserReadsIsLeftAndAYearAloneIsRefused)
{
    for (const char* written : {"05/02/2020", "5/2/2020", "05-02-2020", "05.02.2020", "2020-02-05"}) {
        const NormalisedValue n = normaliseDate(s(written));
        EXPECT_TRUE(n.ok()) << written;
        EXPECT_FALSE(n.changed()) << written;
        EXPECT_EQ(n.value, s(written));
    }
    const NormalisedValue year = normaliseDate(QStringLiteral("1980"));
    EXPECT_FALSE(year.ok());
    EXPECT_TRUE(year.error.contains(QStringLiteral("year alone")));
    EXPECT_FALSE(normaliseDate(QStringLiteral("1980"), true).ok());
    // Text the normaliser does not know is left for the date parser to refuse in its words.
    EXPECT_EQ(normaliseDate(QStringLiteral("hôm qua")).value, QStringLiteral("hôm qua"));
    EXPECT_TRUE(normaliseDate(QStringLiteral("hôm qua")).ok());
}
