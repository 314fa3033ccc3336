// A fast reader of the XML that worksheets and shared-string tables are written in, for large imports.
#pragma once

#include "reports/input_limits.h"

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

// What one sheet may hold (reports/input_limits.h). The full parser of XlsxReader keeps the same ones.
struct SheetLimits
{
    int maxRows = input_limits::kMaxRows;
    int maxColumns = input_limits::kMaxColumns;
    qsizetype maxCellChars = input_limits::kMaxCellChars; // one cell's text
    qint64 maxCells = input_limits::kMaxCells;            // cells held for the sheet, padding included
};

// The reason a sheet breaks a SheetLimits (translated), naming the cell; what XlsxReader says.
QString cellTooLongReason(int row, int column, qsizetype maxChars); // 0-based row and column
QString tooManyCellsReason(qint64 maxCells);
QString sharedStringTooLongReason(qsizetype maxChars);

// A cell as written: rows[i] is spreadsheet line i + 1, as XlsxReader::sheet returns them.
struct ScannedSheet
{
    QList<QStringList> rows;
};

// Worksheets written by Excel, LibreOffice and libxlsxwriter are a few element kinds in UTF-8; this
// walks their bytes directly, several times faster than QXmlStreamReader. Anything it does not know
// for certain (another encoding, a DOCTYPE, an unknown entity, a malformed tag or nesting, bytes that
// are not UTF-8, a value out of range) makes it give up with nullopt, and the caller reads the part
// with the full XML parser instead, which accepts or refuses it as it always did. A sheet over a limit
// no parser would lift (a cell's text longer than maxCellChars, more cells than maxCells) also gives
// nullopt, with *refusal (when given) set to the reason: the caller refuses the sheet there and then,
// the rest of it unread.
std::optional<ScannedSheet> scanWorksheet(const QByteArray& xml, const SheetContext& context,
                                          const SheetLimits& limits = {}, QString* refusal = nullptr);

// The <si> items of xl/sharedStrings.xml (rich-text runs joined, phonetic runs left out); nullopt as above,
// a text longer than limits.maxCellChars or more texts than limits.maxCells included.
std::optional<QStringList> scanSharedStrings(const QByteArray& xml, const SheetLimits& limits = {},
                                             QString* refusal = nullptr);

} // namespace orec::reports::xlsx_scan
