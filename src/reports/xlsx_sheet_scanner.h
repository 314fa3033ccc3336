// A fast reader of the XML that worksheets and shared-string tables are written in, for large imports.
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace orec::reports::xlsx_scan {

// What a cell's value means beyond its text: the shared strings, which styles show dates, the epoch.
struct SheetContext
{
    const QStringList* sharedStrings = nullptr;
    const QSet<int>* dateStyles = nullptr;
    bool date1904 = false;
};

// The text of a cell from what its XML says: type attribute `t`, style `s`, the text of <v>, and the
// text of an inline string when it has one. nullopt when a shared-string index points nowhere.
std::optional<QString> cellText(QStringView type, int style, const QString& raw, const QString& inlineText,
                                bool hasInline, const SheetContext& context);

// A cell as written: rows[i] is spreadsheet line i + 1, as XlsxReader::sheet returns them.
struct ScannedSheet
{
    QList<QStringList> rows;
};

// Worksheets written by Excel, LibreOffice and libxlsxwriter are a few element kinds in UTF-8; this
// walks their bytes directly, several times faster than QXmlStreamReader. Anything it does not know
// for certain (another encoding, a DOCTYPE, an unknown entity, a malformed tag or nesting, bytes that
// are not UTF-8, a value out of range) makes it give up with nullopt, and the caller reads the part
// with the full XML parser instead, which accepts or refuses it as it always did.
std::optional<ScannedSheet> scanWorksheet(const QByteArray& xml, const SheetContext& context, int maxRows,
                                          int maxColumns);

// The <si> items of xl/sharedStrings.xml (rich-text runs joined, phonetic runs left out); nullopt as above.
std::optional<QStringList> scanSharedStrings(const QByteArray& xml);

} // namespace orec::reports::xlsx_scan
