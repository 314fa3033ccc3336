#include "app/import_sheet.h"

#include "core/result_try.h"
#include "core/text_folding.h"
#include "reports/xlsx_reader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace orec::app {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::app)
};

// Title rows, a blank line or two and the header: the header is among the first lines of a sheet.
constexpr int kHeaderSearchRows = 30;

bool blank(const QStringList& fields)
{
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

// How many cells of a row name a field (or a row number): what makes a row the header.
int headerScore(InterchangeTable table, const QStringList& cells, const ColumnMap& map)
{
    const ColumnMap suggested = suggestColumnMap(table, cells);
    int score = 0;
    for (const QString& cell : cells) {
        const QString text = cell.trimmed();
        if (!text.isEmpty() && (map.contains(text) || suggested.contains(text) || isRowNumberHeader(text)))
            ++score;
    }
    return score;
}

bool namesAField(InterchangeTable table, const QString& header)
{
    return !suggestColumnMap(table, {header}).isEmpty();
}

struct Grid
{
    QList<reports::CsvRecord> records; // in line order, blank ones included for a workbook
    QList<reports::CsvIssue> issues;
    QSet<qint64> numeric; // ImportSheet::key
    QList<reports::xlsx_scan::MergedRange> merges;
    bool date1904 = false;
};

Result<ImportSheet> build(InterchangeTable table, Grid grid, int headerLine, const ColumnMap& map)
{
    ImportSheet sheet;
    sheet.date1904 = grid.date1904;
    sheet.numericCells = grid.numeric;
    sheet.table.issues = grid.issues;
    QHash<int, qsizetype> indexOfLine;
    for (qsizetype i = 0; i < grid.records.size(); ++i)
        indexOfLine.insert(grid.records.at(i).line, i);

    // The header: the line given, else the best of the first lines, else the first non-blank one.
    qsizetype header = -1;
    if (headerLine > 0) {
        header = indexOfLine.value(headerLine, -1);
        if (header < 0 || blank(grid.records.at(header).fields))
            return Error(
                ErrorCode::Invalid,
                Texts::tr("Line %1 of the sheet is blank or past its end; choose the line that holds "
                          "the column titles.")
                    .arg(headerLine));
    } else {
        qsizetype firstNonBlank = -1;
        int best = 1; // a row must name two fields to be taken over the first one
        int seen = 0;
        for (qsizetype i = 0; i < grid.records.size() && seen < kHeaderSearchRows; ++i) {
            if (blank(grid.records.at(i).fields))
                continue;
            ++seen;
            if (firstNonBlank < 0)
                firstNonBlank = i;
            const int score = headerScore(table, grid.records.at(i).fields, map);
            if (score > best) {
                best = score;
                header = i;
            }
        }
        if (firstNonBlank < 0)
            return sheet; // empty: the import says so in its words
        sheet.headerFound = header > firstNonBlank;
        if (header < 0)
            header = firstNonBlank;
    }
    sheet.headerLine = grid.records.at(header).line;
    QStringList headerCells = grid.records.at(header).fields;
    const int headerRow = sheet.headerLine - 1; // 0-based, as merged ranges count

    // A header cell merged down over the next line ("STT", "Họ và tên" over two lines beside "Ngày tháng
    // năm" above "Sinh | Vào Đảng"): both lines are the header, each column named by what it reads as.
    for (const auto& m : std::as_const(grid.merges)) {
        if (m.firstRow == headerRow && m.lastRow > m.firstRow)
            sheet.headerRows = std::max(sheet.headerRows, std::min(m.lastRow - m.firstRow + 1, 2));
    }
    if (sheet.headerRows > 1) {
        const qsizetype below = indexOfLine.value(sheet.headerLine + 1, -1);
        const QStringList sub = below >= 0 ? grid.records.at(below).fields : QStringList();
        // A title over several columns stands over each of them.
        QStringList top = headerCells;
        for (const auto& m : std::as_const(grid.merges)) {
            if (m.firstRow != headerRow || m.lastColumn == m.firstColumn)
                continue;
            while (top.size() <= m.lastColumn)
                top.append(QString());
            for (int c = m.firstColumn + 1; c <= m.lastColumn; ++c)
                top[c] = top.at(m.firstColumn);
        }
        headerCells.clear();
        for (qsizetype c = 0; c < std::max(top.size(), sub.size()); ++c) {
            const QString t = top.value(c).trimmed();
            const QString s = sub.value(c).trimmed();
            QString name = t.isEmpty() ? s : s.isEmpty() ? t : t + QLatin1Char(' ') + s;
            if (!t.isEmpty() && !s.isEmpty() && !namesAField(table, name))
                name = namesAField(table, s) ? s : namesAField(table, t) ? t : name;
            headerCells << name;
        }
    }
    sheet.table.records.append(reports::CsvRecord{headerCells, sheet.headerLine});
    const int dataRow = headerRow + sheet.headerRows; // 0-based row of the first data line

    // Merged blocks in the data: a block down several rows (a unit written once for its members) gives
    // its value to every row; a block across the sheet with nothing else on its row is a section title.
    QSet<int> sections;
    for (const auto& m : std::as_const(grid.merges)) {
        if (m.firstRow < dataRow)
            continue;
        const qsizetype top = indexOfLine.value(m.firstRow + 1, -1);
        if (top < 0)
            continue;
        if (m.lastRow == m.firstRow) {
            if (m.lastColumn - m.firstColumn < 2)
                continue;
            const QStringList& fields = grid.records.at(top).fields;
            bool alone = true;
            for (qsizetype c = 0; c < fields.size(); ++c) {
                const bool inside = c >= m.firstColumn && c <= m.lastColumn;
                alone = alone && (inside || fields.at(c).trimmed().isEmpty() ||
                                  (c < headerCells.size() && isRowNumberHeader(headerCells.at(c))));
            }
            if (alone)
                sections.insert(m.firstRow + 1);
            continue;
        }
        const QString value = grid.records.at(top).fields.value(m.firstColumn);
        if (value.trimmed().isEmpty())
            continue;
        const bool numeric = sheet.isNumeric(m.firstRow + 1, m.firstColumn);
        for (int r = m.firstRow + 1; r <= m.lastRow; ++r) {
            const qsizetype at = indexOfLine.value(r + 1, -1);
            if (at < 0)
                continue;
            QStringList& fields = grid.records[at].fields;
            if (!fields.value(m.firstColumn).trimmed().isEmpty())
                continue;
            while (fields.size() <= m.firstColumn)
                fields.append(QString());
            fields[m.firstColumn] = value;
            if (numeric)
                sheet.numericCells.insert(ImportSheet::key(r + 1, m.firstColumn));
            sheet.filled.append(
                {r + 1, headerCells.value(m.firstColumn).trimmed(), m.firstColumn, QString(), value,
                 Texts::tr("merged cell: the value written once on line %1").arg(m.firstRow + 1)});
        }
    }
    for (qsizetype i = header + 1; i < grid.records.size(); ++i) {
        const reports::CsvRecord& r = grid.records.at(i);
        if (r.line < dataRow + 1 || blank(r.fields))
            continue;
        if (sections.contains(r.line)) {
            sheet.sectionLines.append(r.line);
            continue;
        }
        sheet.table.records.append(r);
    }
    return sheet;
}

} // namespace

QString importChangeText(const ImportChange& change)
{
    if (change.original.isEmpty())
        return Texts::tr("filled in: %1 (%2)").arg(change.value, change.reason);
    return Texts::tr("changed: %1 → %2 (%3)").arg(change.original, change.value, change.reason);
}

bool isRowNumberHeader(const QString& header)
{
    QString squashed;
    for (const QChar c : foldForSearch(header)) {
        if (c.isLetterOrNumber())
            squashed += c;
    }
    return squashed == QLatin1String("stt") || squashed == QLatin1String("tt") ||
           squashed == QLatin1String("sott") || squashed == QLatin1String("sothutu") ||
           squashed == QLatin1String("no");
}

Result<ImportSheet> importSheetFromTable(InterchangeTable table, reports::CsvTable records, int headerLine,
                                         const ColumnMap& map)
{
    Grid grid;
    grid.records = std::move(records.records);
    grid.issues = std::move(records.issues);
    return build(table, std::move(grid), headerLine, map);
}

Result<ImportSheet> readImportSheet(InterchangeTable table, const QString& path, int sheet, int headerLine,
                                    const ColumnMap& map)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0) {
        OREC_TRY_ASSIGN(auto csv, reports::CsvReader::readFile(path));
        return importSheetFromTable(table, std::move(csv), headerLine, map);
    }
    OREC_TRY_ASSIGN(auto workbook, reports::XlsxReader::open(path));
    OREC_TRY_ASSIGN(auto rows, workbook.sheet(sheet));
    Grid grid;
    grid.records.reserve(rows.rows.size());
    for (qsizetype i = 0; i < rows.rows.size(); ++i)
        grid.records.append(reports::CsvRecord{rows.rows.at(i), static_cast<int>(i + 1)});
    // The reader counts rows and columns from 0; the import counts lines from 1.
    for (const qint64 cell : std::as_const(rows.numericCells))
        grid.numeric.insert(
            ImportSheet::key(static_cast<int>(cell >> 16) + 1, static_cast<int>(cell & 0xFFFF)));
    grid.merges = rows.merges;
    grid.date1904 = rows.date1904;
    return build(table, std::move(grid), headerLine, map);
}

} // namespace orec::app
