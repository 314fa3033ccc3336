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

// A block of merged cells, 0-based and inclusive ("A1:H1" is row 0, columns 0 to 7). The value is in
// the first cell; the others are empty in the file.
struct MergedRange
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;

    bool operator==(const MergedRange&) const = default;
};

// "B5:B9" as a range; nullopt for a single cell or anything else.
std::optional<MergedRange> mergedRangeFromReference(QStringView reference, int maxRows, int maxColumns);

// A sheet keeps at most this many merged ranges (a hostile file could list millions); more are ignored.
inline constexpr int kMaxMergedRanges = 65536;

// The key of a cell in ScannedSheet::numericCells (0-based row and column).
inline qint64 cellKey(int row, int column)
{
    return (qint64(row) << 16) | qint64(column);
}

// A number in a cell: the type attribute says number (or nothing) and its style shows no date. Such a
// cell lost its leading zeros, and may hold an Excel date serial.
bool isPlainNumber(QStringView type, int style, const QString& raw, const SheetContext& context);

// A cell as written: rows[i] is spreadsheet line i + 1, as XlsxReader::sheet returns them.
struct ScannedSheet
{
    QList<QStringList> rows;
    QSet<qint64> numericCells; // cellKey of each cell stored as a plain number (isPlainNumber)
    QList<MergedRange> merges;
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
