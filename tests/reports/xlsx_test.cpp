// XLSX out and back in: libxlsxwriter's output read by our own ZIP + XML reader.
#include "reports/xlsx_reader.h"
#include "reports/xlsx_table_writer.h"
#include "reports/zip_reader.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

namespace orec::reports {
namespace {

ReportTable sampleTable(int rows)
{
    ReportTable t;
    t.addColumn(QStringLiteral("ho_ten"), QStringLiteral("Họ và tên"), 40);
    t.addColumn(QStringLiteral("ngay_sinh"), QStringLiteral("Ngày sinh"), 20, ColumnType::Date);
    t.addColumn(QStringLiteral("so_cccd"), QStringLiteral("Số CCCD"), 25);
    t.addColumn(QStringLiteral("so_ngay"), QStringLiteral("Số ngày"), 12, ColumnType::Number);
    t.addColumn(QStringLiteral("ghi_chu"), QStringLiteral("Ghi chú"), 30);
    for (int i = 0; i < rows; ++i)
        t.addRow({QStringLiteral("Nguyễn Thị Ngọc Ánh %1").arg(i), QDate(1990, 2, 28).addDays(i),
                  QStringLiteral("00109%1").arg(i, 7, 10, QLatin1Char('0')), i * 3,
                  i == 1 ? QStringLiteral("=HYPERLINK(\"x\")")
                         : (i == 2 ? QString() : QStringLiteral("Đảng ủy Bộ Ngoại giao"))});
    return t;
}

class XlsxTest : public ::testing::TestWithParam<bool>
{
protected:
    test::TempDir m_dir;
};

TEST_P(XlsxTest, WrittenTableReadsBackCellForCell)
{
    ASSERT_TRUE(XlsxTableWriter::available());
    const ReportTable table = sampleTable(50);
    XlsxWriteOptions options;
    options.useKeysAsHeaders = true;
    options.constantMemory = GetParam();
    options.sheetName = QStringLiteral("Đảng viên");
    const QString path = m_dir.file(QStringLiteral("out.xlsx"));
    ASSERT_TRUE(XlsxTableWriter::write(table, path, options).ok());

    auto reader = XlsxReader::open(path);
    ASSERT_TRUE(reader.ok()) << reader.error().toString().toStdString();
    EXPECT_EQ(reader->sheetNames(), QStringList{QStringLiteral("Đảng viên")});
    auto sheet = reader->sheet(0);
    ASSERT_TRUE(sheet.ok()) << sheet.error().toString().toStdString();
    ASSERT_EQ(sheet->rows.size(), 51);
    EXPECT_EQ(sheet->rows.at(0),
              (QStringList{QStringLiteral("ho_ten"), QStringLiteral("ngay_sinh"), QStringLiteral("so_cccd"),
                           QStringLiteral("so_ngay"), QStringLiteral("ghi_chu")}));
    for (int i = 0; i < 50; ++i) {
        const QStringList& r = sheet->rows.at(i + 1);
        ASSERT_GE(r.size(), 4) << i;
        EXPECT_EQ(r.at(0), QStringLiteral("Nguyễn Thị Ngọc Ánh %1").arg(i));
        EXPECT_EQ(r.at(1),
                  QDate(1990, 2, 28).addDays(i).toString(QStringLiteral("dd/MM/yyyy"))); // a real date
        EXPECT_EQ(r.at(2), QStringLiteral("00109%1").arg(i, 7, 10, QLatin1Char('0')));   // leading zeros kept
        EXPECT_EQ(r.at(3), QString::number(i * 3));
        if (i == 1) {
            EXPECT_EQ(r.value(4), QStringLiteral("=HYPERLINK(\"x\")")); // a string, never a formula
        }
        if (i == 2) {
            EXPECT_EQ(r.size(), 4); // the blank cell stays blank
        }
    }
    // No scratch files are left beside the workbook.
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("out.xlsx")});
}

INSTANTIATE_TEST_SUITE_P(InlineAndSharedStrings, XlsxTest, ::testing::Values(true, false));

TEST(XlsxReaderTest, GroupsAndTotalsAreWrittenAsBoldRowsWhenAsked)
{
    test::TempDir dir;
    ReportTable t = sampleTable(0);
    t.addGroup(QStringLiteral("Nhật Bản"));
    t.addRow({QStringLiteral("A"), QDate(2000, 1, 1)});
    t.addTotal({QStringLiteral("Cộng"), QVariant(), QVariant(), 1});
    XlsxWriteOptions options;
    options.includeNumbering = true;
    const QString path = dir.file(QStringLiteral("g.xlsx"));
    ASSERT_TRUE(XlsxTableWriter::write(t, path, options).ok());
    auto sheet = XlsxReader::open(path)->sheet(0);
    ASSERT_TRUE(sheet.ok());
    ASSERT_EQ(sheet->rows.size(), 4);
    EXPECT_EQ(sheet->rows.at(0).first(), QStringLiteral("TT"));
    EXPECT_EQ(sheet->rows.at(1), QStringList{QStringLiteral("Nhật Bản")});
    EXPECT_EQ(sheet->rows.at(2).mid(0, 3),
              (QStringList{QStringLiteral("1"), QStringLiteral("A"), QStringLiteral("01/01/2000")}));
    EXPECT_EQ(sheet->rows.at(3).value(1), QStringLiteral("Cộng"));
}

TEST(XlsxReaderTest, GarbageAndTruncatedFilesAreRefusedNotCrashed)
{
    EXPECT_FALSE(XlsxReader::fromData(QByteArray("not a zip")).ok());
    EXPECT_FALSE(XlsxReader::fromData(QByteArray()).ok());
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("t.xlsx"));
    ASSERT_TRUE(XlsxTableWriter::write(sampleTable(20), path).ok());
    const QByteArray full = test::readAll(path);
    for (int cut : {10, 100, 1000, int(full.size()) / 2, int(full.size()) - 10}) {
        auto r = XlsxReader::fromData(full.left(cut));
        if (r.ok())
            (void)r->sheet(0); // may fail, must not crash
    }
    QByteArray flipped = full;
    flipped[flipped.size() / 3] = char(flipped.at(flipped.size() / 3) ^ 0x55);
    auto r = XlsxReader::fromData(flipped);
    if (r.ok())
        (void)r->sheet(0);
    SUCCEED();
}

TEST(XlsxReaderTest, ColumnReferences)
{
    EXPECT_EQ(columnIndexFromReference(u"A1"), 0);
    EXPECT_EQ(columnIndexFromReference(u"Z9"), 25);
    EXPECT_EQ(columnIndexFromReference(u"AA10"), 26);
    EXPECT_EQ(columnIndexFromReference(u"XFD1"), 16383);
    EXPECT_EQ(columnIndexFromReference(u"XFE1"), -1);
    EXPECT_EQ(columnIndexFromReference(u"12"), -1);
}

} // namespace
} // namespace orec::reports
