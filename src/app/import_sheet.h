// Reading a sheet as offices keep it, for import: the header row found under title rows, merged cells
// filled into the rows they span, section rows left out, and which cells Excel stored as numbers.
#pragma once

#include "app/import_mapping.h"
#include "app/interchange_format.h"
#include "core/result.h"
#include "reports/csv_reader.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace orec::app {

// A value of the file the import reads otherwise than written: a normalised card number, citizen ID or
// date, or a cell of a merged block that takes the block's value. Shown in the preview, counted in the
// report.
struct ImportChange
{
    int line = 0;          // line of the file
    QString column;        // the header as written
    int sourceColumn = -1; // 0-based column of the file
    QString original;      // as written (empty for a merged cell)
    QString value;         // what is imported
    QString reason;        // translated: why

    bool operator==(const ImportChange&) const = default;
};

// "changed: 12.345678 → 12345678 (separators removed)", translated.
QString importChangeText(const ImportChange& change);

// The sheet as the import reads it.
struct ImportSheet
{
    reports::CsvTable table;  // the header record first, then the data rows (blank and section rows left out)
    int headerLine = 0;       // the file's line taken as the header (0: the sheet is empty)
    int headerRows = 1;       // 2 when header cells are merged down over a second header row
    bool headerFound = false; // found by its column titles, below other lines (titles, blank rows)
    QSet<qint64> numericCells; // key(line, column): cells the workbook stores as plain numbers
    bool date1904 = false;
    QList<ImportChange> filled; // cells that take the value of the merged block they belong to
    QList<int> sectionLines;    // rows that are one title across the sheet ("I. CHI BỘ 1"), left out

    static qint64 key(int line, int column) { return (qint64(line) << 16) | qint64(column); }
    bool isNumeric(int line, int column) const { return numericCells.contains(key(line, column)); }
};

// Reads .csv or worksheet `sheet` of an .xlsx. `headerLine` (1-based) takes that line as the header;
// 0 finds it: among the first lines, the one whose cells name the most fields of `table` (Vietnamese with
// or without diacritics, English, the keys, the headers `map` names, and STT), or the first non-blank
// line when none names two. A header line given that is blank or past the sheet is an error.
Result<ImportSheet> readImportSheet(InterchangeTable table, const QString& path, int sheet = 0,
                                    int headerLine = 0, const ColumnMap& map = {});

// The same for records already read (CSV bytes); no numbers, no merged cells.
Result<ImportSheet> importSheetFromTable(InterchangeTable table, reports::CsvTable records,
                                         int headerLine = 0, const ColumnMap& map = {});

// True for the header of a row-number column ("STT", "TT", "Số TT", "Số thứ tự"): never a field.
bool isRowNumberHeader(const QString& header);

} // namespace orec::app
