// The fast worksheet scanner: the same cells as the full XML parser on what Excel, LibreOffice and
// libxlsxwriter write (prefixes, entities, rich text, phonetic runs, CDATA, self-closing cells, missing
// references), and a hand-over to the full parser for anything else, with the same result through XlsxReader.
#include "reports/xlsx_reader.h"
#include "reports/xlsx_sheet_scanner.h"

#include <gtest/gtest.h>

namespace orec::reports {
namespace {

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc ^= static_cast<quint8>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A workbook of stored (uncompressed) parts: enough for the reader, written by hand so the XML is exactly
// ours.
QByteArray zip(const QList<std::pair<QByteArray, QByteArray>>& parts)
{
    QByteArray out, central;
    const auto u16 = [](QByteArray& b, quint16 v) { b.append(char(v & 0xFF)).append(char(v >> 8)); };
    const auto u32 = [&](QByteArray& b, quint32 v) {
        u16(b, quint16(v & 0xFFFF));
        u16(b, quint16(v >> 16));
    };
    for (const auto& [name, data] : parts) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(data);
        u32(out, 0x04034b50);
        u16(out, 20), u16(out, 0), u16(out, 0), u16(out, 0), u16(out, 0);
        u32(out, crc), u32(out, quint32(data.size())), u32(out, quint32(data.size()));
        u16(out, quint16(name.size())), u16(out, 0);
        out += name;
        out += data;
        u32(central, 0x02014b50);
        u16(central, 20), u16(central, 20), u16(central, 0), u16(central, 0), u16(central, 0),
            u16(central, 0);
        u32(central, crc), u32(central, quint32(data.size())), u32(central, quint32(data.size()));
        u16(central, quint16(name.size())), u16(central, 0), u16(central, 0), u16(central, 0),
            u16(central, 0);
        u32(central, 0), u32(central, offset);
        central += name;
    }
    const quint32 at = quint32(out.size());
    out += central;
    u32(out, 0x06054b50);
    u16(out, 0), u16(out, 0), u16(out, quint16(parts.size())), u16(out, quint16(parts.size()));
    u32(out, quint32(central.size())), u32(out, at), u16(out, 0);
    return out;
}

QByteArray workbook(const QByteArray& sheetXml, const QByteArray& sharedXml = {})
{
    QList<std::pair<QByteArray, QByteArray>> parts = {
        {"xl/workbook.xml",
         R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
        {"xl/_rels/workbook.xml.rels",
         R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>)"},
        {"xl/styles.xml",
         R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>)"},
        {"xl/worksheets/sheet1.xml", sheetXml},
    };
    if (!sharedXml.isEmpty())
        parts.append({"xl/sharedStrings.xml", sharedXml});
    return zip(parts);
}

const QByteArray kShared = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<si><t>Họ và tên</t></si>
<si><r><rPr><b/></rPr><t xml:space="preserve">Nguyễn </t></r><r><t>Thị Ánh</t></r></si>
<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
<si><t>A &amp; B &lt;c&gt; &#x1EA0;&#7841;</t></si>
<si/>
</sst>)";

// Prefixed names (as some writers use), shared and inline strings, a date, a number, a boolean, a formula
// with its cached value, an empty self-closing cell, a row without r=, CDATA, a comment.
const QByteArray kSheet = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- written by hand -->
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Ngày sinh</x:t></x:is></x:c></x:row>
<x:row r="3" spans="1:4"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="B3" s="1"><x:v>32874</x:v></x:c><x:c r="C3"><x:v>12.5</x:v></x:c><x:c r="D3" t="b"><x:v>1</x:v></x:c></x:row>
<x:row><x:c t="s"><x:v>2</x:v></x:c><x:c r="C4"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="D4" s="1"/></x:row>
<x:row r="5"><x:c r="A5" t="s"><x:v>3</x:v></x:c><x:c r="B5" t="str"><x:v><![CDATA[<ok> & fine]]></x:v></x:c><x:c r="C5" t="s"><x:v>4</x:v></x:c></x:row>
<x:row r="6"><x:c r="B6" t="inlineStr"><x:is><x:r><x:t>dòng 1&#10;dòng 2</x:t></x:r></x:is></x:c></x:row>
</x:sheetData></x:worksheet>)";

const QList<QStringList> kExpected = {
    {QStringLiteral("Họ và tên"), QString(), QStringLiteral("Ngày sinh")},
    {},
    {QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("01/01/1990"), QStringLiteral("12.5"),
     QStringLiteral("TRUE")},
    {QStringLiteral("東京"), QString(), QStringLiteral("2")},
    {QStringLiteral("A & B <c> Ạạ"), QStringLiteral("<ok> & fine")},
    {QString(), QStringLiteral("dòng 1\ndòng 2")},
};

TEST(XlsxScanner, ReadsWhatSpreadsheetsWriteCellForCell)
{
    const auto shared = xlsx_scan::scanSharedStrings(kShared);
    ASSERT_TRUE(shared.has_value());
    ASSERT_EQ(shared->size(), 5);
    EXPECT_EQ(shared->at(1), QStringLiteral("Nguyễn Thị Ánh"));
    EXPECT_EQ(shared->at(2), QStringLiteral("東京")); // the phonetic reading is left out
    EXPECT_EQ(shared->at(4), QString());

    const QSet<int> dates{1};
    const xlsx_scan::SheetContext context{&*shared, &dates, false};
    const auto scanned = xlsx_scan::scanWorksheet(kSheet, context);
    ASSERT_TRUE(scanned.has_value());
    EXPECT_EQ(scanned->rows, kExpected);

    // Through the reader: the same cells.
    auto reader = XlsxReader::fromData(workbook(kSheet, kShared));
    ASSERT_TRUE(reader.ok()) << reader.error().toString().toStdString();
    auto sheet = reader->sheet(0);
    ASSERT_TRUE(sheet.ok());
    EXPECT_EQ(sheet->name, QStringLiteral("Danh sách"));
    EXPECT_EQ(sheet->rows, kExpected);
}

TEST(XlsxScanner, HandsWhatItDoesNotKnowToTheFullParserWithTheSameResult)
{
    const QSet<int> dates{1};
    const QStringList shared{QStringLiteral("x")};
    const xlsx_scan::SheetContext context{&shared, &dates, false};
    const auto scan = [&](const QByteArray& xml) { return xlsx_scan::scanWorksheet(xml, context); };
    const QByteArray head = R"(<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>)";
    const QByteArray tail = "</sheetData></worksheet>";
    const QByteArray cell = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Ánh</t></is></c></row>)";
    ASSERT_TRUE(scan(head + cell + tail).has_value());

    // Valid XML the scanner leaves alone: a DOCTYPE with an internal entity.
    const QByteArray doctype =
        R"(<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY ten "Ánh">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&ten;</t></is></c></row></sheetData></worksheet>)";
    EXPECT_FALSE(scan(doctype).has_value());
    auto reader = XlsxReader::fromData(workbook(doctype));
    ASSERT_TRUE(reader.ok());
    auto sheet = reader->sheet(0);
    ASSERT_TRUE(sheet.ok()) << sheet.error().toString().toStdString();
    EXPECT_EQ(sheet->rows, (QList<QStringList>{{QStringLiteral("Ánh")}}));

    // Malformed or foreign input: the scanner gives up, the reader refuses it as the full parser does.
    const QList<QByteArray> bad = {
        head + R"(<row r="1"><c r="A1"><v>1</c></v></row>)" + tail, // crossed tags
        head + R"(<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>)" +
            tail,                                                         // unknown entity
        head + R"(<row r="1"><c r="A1"s="1"><v>1</v></c></row>)" + tail,  // attributes run together
        head + R"(<row r="1"><c r="A1"><v>1</v></c></row>)",              // truncated
        head + R"(<row r="0"><c r="A1"><v>1</v></c></row>)" + tail,       // row out of range
        head + R"(<row r="1"><c r="A1" t="s"><v>7</v></c></row>)" + tail, // no such shared string
        head + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\xC3\x28</t></is></c></row>" +
            tail,                                                      // not UTF-8
        head + R"(<row r="1"><c r="A1"><v>&#0;</v></c></row>)" + tail, // a character XML does not allow
    };
    for (qsizetype i = 0; i < bad.size(); ++i) {
        EXPECT_FALSE(scan(bad.at(i)).has_value()) << i;
        auto r = XlsxReader::fromData(workbook(bad.at(i)));
        if (r.ok()) {
            EXPECT_FALSE(r->sheet(0).ok()) << i;
        }
    }
    // UTF-16 parts go to the full parser.
    QByteArray utf16("\xFF\xFE", 2);
    const QString text = QString::fromUtf8(R"(<?xml version="1.0" encoding="UTF-16"?>)") +
                         QString::fromUtf8(head.mid(38) + cell + tail);
    utf16 += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    EXPECT_FALSE(scan(utf16).has_value());
    auto wide = XlsxReader::fromData(workbook(utf16));
    ASSERT_TRUE(wide.ok());
    auto wideSheet = wide->sheet(0);
    ASSERT_TRUE(wideSheet.ok()) << wideSheet.error().toString().toStdString();
    EXPECT_EQ(wideSheet->rows, (QList<QStringList>{{QStringLiteral("Ánh")}}));
}

} // namespace
} // namespace orec::reports
