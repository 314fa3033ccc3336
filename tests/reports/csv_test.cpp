// CSV reader and writer: RFC 4180 cases, what spreadsheets produce, encodings, line numbers of records,
// a write-read round trip of awkward fields, and garbage that must not crash the reader.
#include "reports/csv_reader.h"
#include "reports/csv_writer.h"
#include "support/test_support.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::reports;

namespace {

QList<QStringList> fieldsOf(const CsvTable& t)
{
    QList<QStringList> out;
    for (const CsvRecord& r : t.records)
        out.append(r.fields);
    return out;
}

CsvTable parseOk(const QByteArray& bytes, const CsvReadOptions& options = {})
{
    auto t = CsvReader::parse(bytes, options);
    EXPECT_TRUE(t.ok()) << (t.ok() ? std::string() : t.error().message.toStdString());
    return t.ok() ? *t : CsvTable{};
}

} // namespace

TEST(CsvReader, QuotedFieldsWithDelimitersQuotesAndLineBreaks)
{
    const QByteArray csv = "ho_ten,ghi_chu,so\r\n"
                           "\"Nguyễn Văn A\",\"có dấu phẩy, và \"\"ngoặc kép\"\"\",1\r\n"
                           "Lê Thị B,\"hai\r\ndòng\",2\r\n"
                           "Trần C,,3\r\n";
    const CsvTable t = parseOk(csv);
    ASSERT_EQ(t.records.size(), 4);
    EXPECT_EQ(t.records[1].fields,
              (QStringList{QStringLiteral("Nguyễn Văn A"), QStringLiteral("có dấu phẩy, và \"ngoặc kép\""),
                           QStringLiteral("1")}));
    EXPECT_EQ(t.records[2].fields[1], QStringLiteral("hai\r\ndòng"));
    EXPECT_EQ(t.records[3].fields, (QStringList{QStringLiteral("Trần C"), QString(), QStringLiteral("3")}));
    // Each record knows the line it starts on, even after a field spanning two lines.
    EXPECT_EQ(t.records[0].line, 1);
    EXPECT_EQ(t.records[1].line, 2);
    EXPECT_EQ(t.records[2].line, 3);
    EXPECT_EQ(t.records[3].line, 5);
    EXPECT_TRUE(t.issues.isEmpty());
}

TEST(CsvReader, ByteOrderMarkLineEndsAndBlankLines)
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "a,b\n1,2\r3,4\r\n\r\n,,\n5,6";
    const CsvTable t = parseOk(csv);
    EXPECT_TRUE(t.hadByteOrderMark);
    EXPECT_EQ(fieldsOf(t), (QList<QStringList>{{"a", "b"}, {"1", "2"}, {"3", "4"}, {"5", "6"}}));
    EXPECT_EQ(t.records.last().line, 6);
    EXPECT_EQ(t.records.first().fields.first(), QStringLiteral("a")); // no BOM left in the first header
}

TEST(CsvReader, GuessesSemicolonAndTabDelimiters)
{
    EXPECT_EQ(parseOk("ho_ten;ngay_sinh\n\"Phạm, D\";01/02/1990\n").records[1].fields,
              (QStringList{QStringLiteral("Phạm, D"), QStringLiteral("01/02/1990")}));
    EXPECT_EQ(parseOk("a\tb\n1,5\t2\n").records[1].fields, (QStringList{"1,5", "2"}));
    CsvReadOptions forced;
    forced.delimiter = QLatin1Char(';');
    EXPECT_EQ(parseOk("a,b;c\n", forced).records[0].fields, (QStringList{"a,b", "c"}));
}

TEST(CsvReader, Utf16WithBomAsExcelUnicodeTextSavesIt)
{
    const QString text = QStringLiteral("ho_ten\tgioi_tinh\r\nĐỗ Thị Hà\tNữ\r\n");
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar c : text) {
        utf16.append(static_cast<char>(c.unicode() & 0xFF));
        utf16.append(static_cast<char>(c.unicode() >> 8));
    }
    const CsvTable t = parseOk(utf16);
    ASSERT_EQ(t.records.size(), 2);
    EXPECT_EQ(t.records[1].fields, (QStringList{QStringLiteral("Đỗ Thị Hà"), QStringLiteral("Nữ")}));
}

TEST(CsvReader, BytesThatAreNotUtf8AreRefusedWithTheLine)
{
    // "Nguy\xEA\xF1" is Windows-1258 text, not UTF-8.
    auto t = CsvReader::parse("ho_ten\nA\nNguy\xEA\xF1n\n");
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.code(), ErrorCode::Invalid);
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("3"))) << t.error().message.toStdString();
    EXPECT_FALSE(CsvReader::parse("\xC0\x80").ok());     // overlong encoding
    EXPECT_FALSE(CsvReader::parse("\xED\xA0\x80").ok()); // a UTF-16 surrogate
    EXPECT_FALSE(CsvReader::parse("ok,\xE1\xBA").ok());  // cut in the middle of a character
}

TEST(CsvReader, ToleratesWhatSpreadsheetsGetWrong)
{
    const CsvTable t = parseOk("a,b\n\"x\" y,z\nun\"quoted,2\n\"never closed,3\n4,5\n");
    ASSERT_EQ(t.records.size(), 4);
    EXPECT_EQ(t.records[1].fields, (QStringList{"x y", "z"}));
    EXPECT_EQ(t.records[2].fields, (QStringList{"un\"quoted", "2"}));
    EXPECT_EQ(t.records[3].fields.first(), QStringLiteral("never closed,3\n4,5\n"));
    ASSERT_EQ(t.issues.size(), 2);
    EXPECT_EQ(t.issues[0].line, 2);
    EXPECT_EQ(t.issues[1].line, 4);
}

TEST(CsvReader, RefusesInputOverTheSizeLimit)
{
    CsvReadOptions small;
    small.maxBytes = 10;
    EXPECT_EQ(CsvReader::parse(QByteArray(11, 'a'), small).code(), ErrorCode::Invalid);
}

TEST(CsvWriter, QuotesOnlyWhatNeedsItAndRoundTrips)
{
    CsvWriter writer;
    EXPECT_EQ(writer.encodeField(QStringLiteral("Nguyễn Văn A")), QStringLiteral("Nguyễn Văn A"));
    EXPECT_EQ(writer.encodeField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(writer.encodeField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(writer.encodeField(QStringLiteral(" lead")), QStringLiteral("\" lead\""));

    const QList<QStringList> records = {
        {QStringLiteral("ho_ten"), QStringLiteral("ghi_chu"), QStringLiteral("so")},
        {QStringLiteral("Đặng Thị Ngọc Ánh"), QStringLiteral("dòng 1\ndòng 2\r\ndòng 3"),
         QStringLiteral("00123")},
        {QStringLiteral("\"quoted\""), QStringLiteral(",;\t"), QString()},
        {QString()},
        {QStringLiteral("trailing "), QStringLiteral("="), QStringLiteral("+84 912")},
    };
    const QByteArray bytes = writer.encode(records);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    CsvReadOptions keepBlank;
    keepBlank.skipBlankRecords = false;
    const CsvTable t = parseOk(bytes, keepBlank);
    EXPECT_EQ(fieldsOf(t), records);
    EXPECT_TRUE(t.issues.isEmpty());
}

TEST(CsvWriter, WritesFilesAtomically)
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("out.csv"));
    ASSERT_TRUE(CsvWriter().writeFile(path, {{QStringLiteral("a")}, {QStringLiteral("b")}}).ok());
    EXPECT_EQ(test::readAll(path), QByteArray("\xEF\xBB\xBF"
                                              "a\r\nb\r\n"));
    auto back = CsvReader::readFile(path);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->records.size(), 2);
    EXPECT_EQ(CsvReader::readFile(dir.file(QStringLiteral("missing.csv"))).code(), ErrorCode::Io);
}

// Random bytes and random mixes of the characters that matter: the reader must return, and a table
// written by the writer must read back unchanged.
TEST(CsvReader, SurvivesRandomInputAndRoundTripsRandomTables)
{
    QRandomGenerator random(20260302);
    const char alphabet[] = {'a', ',', ';',    '"',    '\r',   '\n',   '\t',
                             ' ', 'x', '\xC3', '\xA1', '\xEF', '\xBB', '\xBF'};
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes;
        const int length = static_cast<int>(random.bounded(64));
        for (int i = 0; i < length; ++i)
            bytes.append(round % 2 ? static_cast<char>(random.bounded(256))
                                   : alphabet[random.bounded(static_cast<int>(sizeof(alphabet)))]);
        auto t = CsvReader::parse(bytes);
        if (t.ok()) {
            for (const CsvRecord& r : t->records)
                EXPECT_GE(r.line, 1);
        }
    }
    const QStringList pieces = {QStringLiteral("ư"),  QStringLiteral(","),    QStringLiteral("\""),
                                QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral(" "),
                                QStringLiteral("Đ"),  QStringLiteral(";")};
    CsvWriter writer;
    CsvReadOptions keepBlank;
    keepBlank.skipBlankRecords = false;
    keepBlank.delimiter = QLatin1Char(',');
    for (int round = 0; round < 300; ++round) {
        QList<QStringList> records;
        const int rows = 1 + static_cast<int>(random.bounded(4));
        const int columns = 1 + static_cast<int>(random.bounded(4));
        for (int r = 0; r < rows; ++r) {
            QStringList fields;
            for (int c = 0; c < columns; ++c) {
                QString f;
                const int parts = static_cast<int>(random.bounded(5));
                for (int k = 0; k < parts; ++k)
                    f += pieces[random.bounded(static_cast<int>(pieces.size()))];
                fields.append(f);
            }
            records.append(fields);
        }
        auto back = CsvReader::parse(writer.encode(records), keepBlank);
        ASSERT_TRUE(back.ok());
        EXPECT_EQ(fieldsOf(*back), records);
    }
}
