// Spreadsheets built to break the readers: every offset and length the file gives is checked without
// wrap-around (the 42-byte .xlsx that crashed `orec import`), and a cell, a record or a sheet far larger
// than any field allows is refused as soon as it is seen (reports/input_limits.h). Every input kept in
// fuzz/corpus/*/regressions/ is read here too.
#include "reports/csv_reader.h"
#include "reports/xlsx_reader.h"
#include "reports/xlsx_sheet_scanner.h"
#include "reports/zip_reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QtEndian>
#include <gtest/gtest.h>

namespace orec::reports {
namespace {

quint32 crc32Of(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc ^= static_cast<quint8>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put16(QByteArray& b, quint16 v)
{
    b.append(char(v & 0xFF)).append(char(v >> 8));
}

void put32(QByteArray& b, quint32 v)
{
    put16(b, quint16(v & 0xFFFF));
    put16(b, quint16(v >> 16));
}

void put64(QByteArray& b, quint64 v)
{
    put32(b, quint32(v & 0xFFFFFFFFu));
    put32(b, quint32(v >> 32));
}

struct Part
{
    QByteArray name;
    QByteArray data;
    quint16 method = 0;       // 0 stored, 8 deflated (data is then the raw deflate stream)
    quint32 declaredSize = 0; // for method 8: what the directory claims once inflated
    quint32 crc = 0;
};

// A ZIP of the parts, written by hand so each field is exactly what the test says.
QByteArray zip(const QList<Part>& parts)
{
    QByteArray out, central;
    for (const Part& p : parts) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = p.method == 0 ? crc32Of(p.data) : p.crc;
        const quint32 size = p.method == 0 ? quint32(p.data.size()) : p.declaredSize;
        put32(out, 0x04034b50);
        put16(out, 20), put16(out, 0), put16(out, p.method), put16(out, 0), put16(out, 0);
        put32(out, crc), put32(out, quint32(p.data.size())), put32(out, size);
        put16(out, quint16(p.name.size())), put16(out, 0);
        out += p.name + p.data;
        put32(central, 0x02014b50);
        put16(central, 20), put16(central, 20), put16(central, 0), put16(central, p.method),
            put16(central, 0), put16(central, 0);
        put32(central, crc), put32(central, quint32(p.data.size())), put32(central, size);
        put16(central, quint16(p.name.size())), put16(central, 0), put16(central, 0), put16(central, 0),
            put16(central, 0);
        put32(central, 0), put32(central, offset);
        central += p.name;
    }
    const quint32 at = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0), put16(out, 0), put16(out, quint16(parts.size())), put16(out, quint16(parts.size()));
    put32(out, quint32(central.size())), put32(out, at), put16(out, 0);
    return out;
}

QByteArray workbookWith(const QByteArray& sheetXml, const QByteArray& sharedXml = {})
{
    QList<Part> parts = {
        {"xl/workbook.xml",
         R"(<?xml version="1.0" encoding="UTF-8"?><workbook><sheets><sheet name="S" sheetId="1" r:id="rId1" xmlns:r="r"/></sheets></workbook>)"},
        {"xl/_rels/workbook.xml.rels",
         R"(<?xml version="1.0" encoding="UTF-8"?><Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>)"},
        {"xl/worksheets/sheet1.xml", sheetXml},
    };
    if (!sharedXml.isEmpty())
        parts.append({"xl/sharedStrings.xml", sharedXml});
    return zip(parts);
}

const QByteArray kHead = R"(<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>)";
const QByteArray kTail = "</sheetData></worksheet>";
// A DOCTYPE sends a part to the full XML parser: both readers must keep the same limits.
const QByteArray kDoctypeHead =
    R"(<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY x "x">]><worksheet><sheetData>)";

// The 42 bytes that crashed `orec import` and the import wizard: a ZIP64 locator pointing 16 TiB
// past the end of a file shorter than the 56 bytes of a ZIP64 record ("n - 56" wrapped around).
QByteArray zip64LocatorIn42Bytes()
{
    QByteArray b;
    put32(b, 0x07064b50), put32(b, 0), put64(b, 0x0000100000000000ull), put32(b, 1);
    put32(b, 0x06054b50), put16(b, 0), put16(b, 0), put16(b, 0xFFFF), put16(b, 0xFFFF);
    put32(b, 0), put32(b, 0xFFFFFFFFu), put16(b, 0);
    return b;
}

TEST(HostileZip, AZip64LocatorInAFileShorterThanItsRecordIsRefused)
{
    const QByteArray bytes = zip64LocatorIn42Bytes();
    ASSERT_EQ(bytes.size(), 42);
    // The same bytes are kept in the fuzz corpus, replayed before every fuzzing run.
    const QString kept =
        QStringLiteral(OREC_SOURCE_DIR "/fuzz/corpus/xlsx/regressions/zip64-locator-in-42-bytes.xlsx");
    QFile file(kept);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << kept.toStdString();
    EXPECT_EQ(file.readAll(), bytes);

    auto zipped = ZipReader::fromData(bytes);
    ASSERT_FALSE(zipped.ok());
    EXPECT_EQ(zipped.code(), ErrorCode::Invalid);
    auto reader = XlsxReader::fromData(bytes);
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.code(), ErrorCode::Invalid);

    // Every length of file below and around 56 bytes with the same locator: refused, never read past.
    for (int pad = 0; pad < 40; ++pad) {
        QByteArray longer = QByteArray(pad, '\0') + bytes;
        EXPECT_FALSE(ZipReader::fromData(longer).ok()) << pad;
    }
}

TEST(HostileZip, OffsetsAndSizesPastTheEndAreRefused)
{
    QByteArray good = workbookWith(kHead + kTail);
    ASSERT_TRUE(XlsxReader::fromData(good).ok());
    // The central directory's offset (last 6..2 bytes of the end record) pointing anywhere past the end.
    for (quint32 offset : {quint32(good.size()), quint32(good.size() + 1), 0x7FFFFFFFu, 0xFFFFFFFEu}) {
        QByteArray bad = good;
        const qsizetype at = bad.size() - 6;
        for (int k = 0; k < 4; ++k)
            bad[at + k] = char((offset >> (8 * k)) & 0xFF);
        EXPECT_FALSE(XlsxReader::fromData(bad).ok()) << offset;
    }
}

TEST(HostileZip, AMemberClaimingMoreThanDeflateCanHoldIsRefusedBeforeAnythingIsAllocated)
{
    // Eight bytes of deflate data claiming 512 MB once inflated: no such expansion exists.
    Part sheet{"xl/workbook.xml", QByteArray(8, '\0'), 8, 512u * 1024 * 1024, 0};
    auto zipped = ZipReader::fromData(zip({sheet}));
    ASSERT_TRUE(zipped.ok());
    auto part = zipped->read(QStringLiteral("xl/workbook.xml"));
    ASSERT_FALSE(part.ok());
    EXPECT_EQ(part.code(), ErrorCode::Invalid);
    EXPECT_FALSE(XlsxReader::fromData(zip({sheet})).ok());
}

TEST(HostileSheet, ARowNumberThatWouldWrapIsRefused)
{
    for (const QByteArray& head : {kHead, kDoctypeHead}) {
        auto reader = XlsxReader::fromData(workbookWith(
            head + R"(<row r="-2147483648"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>)" + kTail));
        ASSERT_TRUE(reader.ok());
        EXPECT_FALSE(reader->sheet(0).ok());
    }
}

TEST(HostileSheet, ACellLongerThanAnyFieldIsRefusedNamingTheCell)
{
    const QByteArray longText(input_limits::kMaxCellChars + 1, 'x');
    const QList<QByteArray> sheets = {
        kHead + R"(<row r="3"><c r="B3" t="inlineStr"><is><t>)" + longText + "</t></is></c></row>" + kTail,
        kHead + R"(<row r="3"><c r="B3" t="str"><v>)" + longText + "</v></c></row>" + kTail,
        kDoctypeHead + R"(<row r="3"><c r="B3" t="inlineStr"><is><t>)" + longText + "</t></is></c></row>" +
            kTail,
    };
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        auto reader = XlsxReader::fromData(workbookWith(sheets.at(i)));
        ASSERT_TRUE(reader.ok()) << i;
        auto sheet = reader->sheet(0);
        ASSERT_FALSE(sheet.ok()) << i;
        EXPECT_EQ(sheet.code(), ErrorCode::Invalid);
        EXPECT_TRUE(sheet.error().message.contains(QStringLiteral("B3")))
            << sheet.error().message.toStdString();
        EXPECT_TRUE(sheet.error().message.contains(QStringLiteral("32767")));
    }
    // At the limit it is read.
    auto reader = XlsxReader::fromData(workbookWith(kHead + R"(<row r="1"><c r="A1" t="inlineStr"><is><t>)" +
                                                    longText.left(input_limits::kMaxCellChars) +
                                                    "</t></is></c></row>" + kTail));
    ASSERT_TRUE(reader.ok());
    auto sheet = reader->sheet(0);
    ASSERT_TRUE(sheet.ok());
    EXPECT_EQ(sheet->rows.at(0).at(0).size(), input_limits::kMaxCellChars);
}

TEST(HostileSheet, ASharedStringLongerThanAnyFieldIsRefused)
{
    const QByteArray shared = R"(<?xml version="1.0" encoding="UTF-8"?><sst><si><t>)" +
                              QByteArray(input_limits::kMaxCellChars + 1, 'y') + "</t></si></sst>";
    auto reader = XlsxReader::fromData(workbookWith(kHead + kTail, shared));
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.code(), ErrorCode::Invalid);
}

TEST(HostileSheet, CellsFarToTheRightCannotMakeASmallFileHugeInMemory)
{
    // 700 rows of one cell in column XFD: 16 KB of XML, 11 million cells once each row is padded.
    QByteArray rows;
    for (int r = 1; r <= 700; ++r)
        rows += QByteArray("<row r=\"") + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r) +
                "\"><v>1</v></c></row>";
    for (const QByteArray& head : {kHead, kDoctypeHead}) {
        auto reader = XlsxReader::fromData(workbookWith(head + rows + kTail));
        ASSERT_TRUE(reader.ok());
        auto sheet = reader->sheet(0);
        ASSERT_FALSE(sheet.ok());
        EXPECT_TRUE(sheet.error().message.contains(QString::number(input_limits::kMaxCells)))
            << sheet.error().message.toStdString();
    }
    // The scanner under small limits stops at them, and says why.
    xlsx_scan::SheetLimits small;
    small.maxCells = 100;
    const QStringList none;
    const xlsx_scan::SheetContext context{&none, nullptr, false};
    QString refusal;
    EXPECT_FALSE(xlsx_scan::scanWorksheet(kHead + rows + kTail, context, small, &refusal).has_value());
    EXPECT_FALSE(refusal.isEmpty());
}

TEST(HostileCsv, AFieldRecordOrFileOverItsLimitIsRefusedWithItsLine)
{
    // A 50 MB name on line 2: refused at its 32,768th character.
    QByteArray huge = "ho_ten,ngay_sinh\n";
    huge += QByteArray(50 * 1024 * 1024, 'a');
    huge += ",01/01/1990\n";
    auto big = CsvReader::parse(huge);
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.code(), ErrorCode::Invalid);
    // "line 2" in the language the suite runs in.
    const QString line2 = QCoreApplication::translate("orec::reports", "line %1").arg(2);
    EXPECT_EQ(big.error().where, line2);
    EXPECT_TRUE(big.error().message.contains(QStringLiteral("32767"))) << big.error().message.toStdString();

    // The same inside quotes, spanning lines.
    auto quoted = CsvReader::parse("a\n\"" + QByteArray(input_limits::kMaxCellChars + 1, '\n') + "\"\n");
    ASSERT_FALSE(quoted.ok());
    EXPECT_EQ(quoted.error().where, line2);

    CsvReadOptions small;
    small.maxFieldChars = 100;
    small.maxRecordChars = 150;
    small.maxFields = 5;
    small.maxCells = 12;
    small.maxIssues = 2;
    EXPECT_TRUE(CsvReader::parse("a,b\n" + QByteArray(100, 'x') + ",y\n", small).ok());
    EXPECT_FALSE(CsvReader::parse("a,b\n" + QByteArray(101, 'x') + ",y\n", small).ok());
    EXPECT_FALSE(
        CsvReader::parse("a,b\n" + QByteArray(90, 'x') + "," + QByteArray(90, 'y') + "\n", small).ok());
    EXPECT_FALSE(CsvReader::parse("a,b,c,d,e,f\n", small).ok());                          // six values
    EXPECT_FALSE(CsvReader::parse("a,b,c\n1,2,3\n4,5,6\n7,8,9\n10,11,12\n", small).ok()); // 15 cells
    EXPECT_FALSE(CsvReader::parse("a\n\"x\"y\n\"x\"y\n\"x\"y\n", small).ok()); // three stray quotes
    // Commas alone cannot make millions of empty fields.
    auto commas = CsvReader::parse(QByteArray(input_limits::kMaxColumns + 1, ','));
    EXPECT_FALSE(commas.ok());
}

TEST(HostileInput, EveryInputThatEverCrashedAFuzzerIsRefusedOrReadNotCrashed)
{
    int read = 0;
    for (const char* corpus : {"xlsx", "csv"}) {
        QDirIterator it(
            QStringLiteral(OREC_SOURCE_DIR "/fuzz/corpus/%1/regressions").arg(QLatin1String(corpus)),
            QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (QLatin1String(corpus) == QLatin1String("xlsx")) {
                auto reader = XlsxReader::fromData(bytes);
                if (reader.ok()) {
                    for (int i = 0; i < reader->sheetNames().size(); ++i)
                        (void)reader->sheet(i);
                }
            } else {
                (void)CsvReader::parse(bytes);
            }
            ++read;
        }
    }
    EXPECT_GE(read, 1);
}

} // namespace
} // namespace orec::reports
