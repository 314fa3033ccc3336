// XlsxReader: reads the cells of an Excel workbook (.xlsx) as text, for importing spreadsheets.
#pragma once

#include "core/result.h"
#include "reports/input_limits.h"
#include "reports/xlsx_sheet_scanner.h"
#include "reports/zip_reader.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace orec::reports {

// One sheet: rows[i] is spreadsheet line i + 1, cells[j] column j + 1 (A = 0). Empty lines inside the
// used range stay as empty rows so line numbers in messages match what Excel shows.
struct SheetRows
{
    QString name;
    QList<QStringList> rows;
    // Cells the workbook stores as plain numbers (xlsx_scan::cellKey(row, column), 0-based): a number lost
    // its leading zeros there, and a date column may hold Excel's day numbers.
    QSet<qint64> numericCells;
    QList<xlsx_scan::MergedRange> merges; // as the sheet lists them
    bool date1904 = false;                // the workbook counts days from 1904 (Excel for Mac before 2011)

    bool isNumeric(int row, int column) const
    {
        return numericCells.contains(xlsx_scan::cellKey(row, column));
    }
};

class XlsxReader
{
public:
    static Result<XlsxReader> open(const QString& path);
    static Result<XlsxReader> fromData(const QByteArray& data);

    QStringList sheetNames() const { return m_sheetNames; }

    // Cell values as text: shared and inline strings as written; numbers without a trailing ".0";
    // dates (numbers in a date format) as dd/MM/yyyy; booleans as TRUE/FALSE; formulas by their cached value.
    Result<SheetRows> sheet(int index = 0) const;

    // Limits that keep a hostile file from exhausting memory (reports/input_limits.h): the file's size,
    // each part once inflated, the sheet's rows, columns and cells, one cell's text.
    static constexpr int kMaxColumns = input_limits::kMaxColumns;
    static constexpr int kMaxRows = input_limits::kMaxRows;

private:
    XlsxReader() = default;
    Status load();

    ZipReader m_zip;
    QStringList m_sheetNames;
    QStringList m_sheetParts;
    QStringList m_sharedStrings;
    QSet<int> m_dateStyles; // indexes into cellXfs whose number format shows a date
    bool m_date1904 = false;
};

// Column letters to a 0-based index ("A" = 0, "AA" = 26); -1 when not a column reference.
int columnIndexFromReference(QStringView reference);

} // namespace orec::reports
