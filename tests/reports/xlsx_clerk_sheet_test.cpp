// What the workbook reader keeps beyond cell texts, for sheets as clerks keep them
// (tests/data/clerk_members.xlsx): which cells are plain numbers, the merged ranges, dates from styles.
#include "reports/xlsx_reader.h"

#include <gtest/gtest.h>

using namespace orec;
using namespace orec::reports;

TEST(XlsxClerkSheet, NumericCellsMergedRangesAndDateCellsAreRead)
{
    auto workbook = XlsxReader::open(QStringLiteral(OREC_SOURCE_DIR "/tests/data/clerk_members.xlsx"));
    ASSERT_TRUE(workbook.ok()) << workbook.error().toString().toStdString();
    auto sheet = workbook->sheet(0);
    ASSERT_TRUE(sheet.ok());
    EXPECT_FALSE(sheet->date1904);
    // Line 9 (row 8): the serial, the citizen ID and the card number typed as numbers.
    EXPECT_TRUE(sheet->isNumeric(8, 2));
    EXPECT_TRUE(sheet->isNumeric(8, 3));
    EXPECT_TRUE(sheet->isNumeric(8, 4));
    EXPECT_EQ(sheet->rows.at(8).at(4), QStringLiteral("1234567"));
    // Text stays text; a date-styled number is a date, not a number.
    EXPECT_FALSE(sheet->isNumeric(7, 4));
    EXPECT_FALSE(sheet->isNumeric(7, 5));
    EXPECT_EQ(sheet->rows.at(7).at(5), QStringLiteral("01/01/2000"));
    ASSERT_EQ(sheet->merges.size(), 6);
    EXPECT_EQ(sheet->merges.first(), (xlsx_scan::MergedRange{0, 0, 0, 3}));
    EXPECT_EQ(sheet->merges.last(), (xlsx_scan::MergedRange{7, 7, 9, 7}));
}

TEST(XlsxClerkSheet, MergedReferencesAndTheLeapYearBugOfDateCells)
{
    EXPECT_EQ(xlsx_scan::mergedRangeFromReference(u"B5:B9", 100, 100), (xlsx_scan::MergedRange{4, 1, 8, 1}));
    EXPECT_FALSE(xlsx_scan::mergedRangeFromReference(u"B5", 100, 100).has_value());
    EXPECT_FALSE(xlsx_scan::mergedRangeFromReference(u"B9:B5", 100, 100).has_value());
    EXPECT_FALSE(xlsx_scan::mergedRangeFromReference(u"A1:ZZZZ1", 100, 100).has_value());
    const QSet<int> dateStyles{1};
    xlsx_scan::SheetContext context{nullptr, &dateStyles, false};
    EXPECT_EQ(*xlsx_scan::cellText(u"", 1, QStringLiteral("59"), {}, false, context),
              QStringLiteral("28/02/1900"));
    EXPECT_EQ(*xlsx_scan::cellText(u"", 1, QStringLiteral("61"), {}, false, context),
              QStringLiteral("01/03/1900"));
    context.date1904 = true;
    EXPECT_EQ(*xlsx_scan::cellText(u"", 1, QStringLiteral("42369"), {}, false, context),
              QStringLiteral("01/01/2020"));
    EXPECT_TRUE(xlsx_scan::isPlainNumber(u"", 0, QStringLiteral("1234567"), context));
    EXPECT_TRUE(xlsx_scan::isPlainNumber(u"n", 0, QStringLiteral("1.5"), context));
    EXPECT_FALSE(xlsx_scan::isPlainNumber(u"", 1, QStringLiteral("43831"), context));
    EXPECT_FALSE(xlsx_scan::isPlainNumber(u"s", 0, QStringLiteral("3"), context));
}
