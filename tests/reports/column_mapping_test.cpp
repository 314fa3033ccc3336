// The mapping step of spreadsheet import: headers clerks write matched to the interchange fields.
#include "reports/column_mapping.h"
#include "reports/csv_writer.h"
#include "reports/xlsx_table_writer.h"
#include "support/test_support.h"

#include <gtest/gtest.h>

namespace orec::reports {
namespace {

TEST(ColumnMapping, MatchesClerksHeadersKeysAndAliases)
{
    const QStringList header = {QStringLiteral("STT"),
                                QStringLiteral("Họ và tên"),
                                QStringLiteral("Ngày, tháng, năm sinh"),
                                QStringLiteral("Số CCCD"),
                                QStringLiteral("Số thẻ Đảng viên"),
                                QStringLiteral("admission_date"),
                                QStringLiteral("NGAY_CHINH_THUC"),
                                QStringLiteral("Chi bộ"),
                                QStringLiteral("Ghi chú")};
    const ColumnMapping m = suggestMapping(header, InterchangeSheet::Members);
    const QList<InterchangeField> fields = interchangeFields(InterchangeSheet::Members);
    QHash<QString, int> byKey;
    for (qsizetype i = 0; i < fields.size(); ++i)
        byKey.insert(fields.at(i).key, m.sourceColumn.at(i));
    EXPECT_EQ(byKey.value(QStringLiteral("ho_ten")), 1);
    EXPECT_EQ(byKey.value(QStringLiteral("ngay_sinh")), 2);
    EXPECT_EQ(byKey.value(QStringLiteral("so_cccd")), 3);
    EXPECT_EQ(byKey.value(QStringLiteral("so_the_dang_vien")), 4);
    EXPECT_EQ(byKey.value(QStringLiteral("ngay_vao_dang")), 5);
    EXPECT_EQ(byKey.value(QStringLiteral("ngay_chinh_thuc")), 6);
    EXPECT_EQ(byKey.value(QStringLiteral("don_vi_sinh_hoat")), 7);
    EXPECT_EQ(byKey.value(QStringLiteral("ghi_chu")), 8);
    EXPECT_EQ(byKey.value(QStringLiteral("email")), -1);
    EXPECT_TRUE(m.missingRequired(InterchangeSheet::Members).isEmpty());
    EXPECT_EQ(suggestMapping({QStringLiteral("x")}, InterchangeSheet::Members)
                  .missingRequired(InterchangeSheet::Members),
              QStringList{QStringLiteral("ho_ten")});
}

TEST(ColumnMapping, ReadsCsvAndXlsxAlikeAndRewritesToTheInterchangeHeader)
{
    test::TempDir dir;
    const QList<QStringList> records = {{QStringLiteral("Danh sách đảng viên")},
                                        {},
                                        {QStringLiteral("Họ và tên"), QStringLiteral("Ngày sinh")},
                                        {QStringLiteral("Nguyễn Thị Ngọc Ánh"), QStringLiteral("01/02/1990")},
                                        {},
                                        {QStringLiteral("Lê Văn Bình"), QStringLiteral("03/04/1985")}};
    const QString csv = dir.file(QStringLiteral("in.csv"));
    ASSERT_TRUE(CsvWriter().writeFile(csv, records.mid(2)).ok());
    auto fromCsv = readSpreadsheet(csv);
    ASSERT_TRUE(fromCsv.ok());
    EXPECT_EQ(fromCsv->lines, (QList<int>{2, 4})); // the blank line between is skipped, numbers kept

    ReportTable t;
    t.numbered = false;
    t.addColumn(QString(), QStringLiteral("Họ và tên"), 40);
    t.addColumn(QString(), QStringLiteral("Ngày sinh"), 20, ColumnType::Date);
    t.addRow({QStringLiteral("Nguyễn Thị Ngọc Ánh"), QDate(1990, 2, 1)});
    t.addRow({QStringLiteral("Lê Văn Bình"), QDate(1985, 4, 3)});
    const QString xlsx = dir.file(QStringLiteral("in.xlsx"));
    ASSERT_TRUE(XlsxTableWriter::write(t, xlsx).ok());
    auto fromXlsx = readSpreadsheet(xlsx);
    ASSERT_TRUE(fromXlsx.ok());
    EXPECT_EQ(fromXlsx->rows, fromCsv->rows); // a real Excel date reads back as dd/mm/yyyy
    EXPECT_EQ(fromXlsx->lines, (QList<int>{2, 3}));

    const SheetData mapped = applyMapping(
        *fromXlsx, suggestMapping(fromXlsx->header, InterchangeSheet::Members), InterchangeSheet::Members);
    EXPECT_EQ(mapped.header.first(), QStringLiteral("ho_ten"));
    EXPECT_EQ(mapped.rows.at(1).at(0), QStringLiteral("Lê Văn Bình"));
    EXPECT_EQ(mapped.rows.at(1).at(2), QStringLiteral("03/04/1985"));
    EXPECT_EQ(mapped.rows.at(1).at(1), QString()); // gender unmapped: blank
}

} // namespace
} // namespace orec::reports
