// ImportService: members, cells and postings from CSV or XLSX sheets in the interchange format, all or
// nothing, every problem listed with its line, column and reason; a preview for the GUI before writing.
#pragma once

#include "app/import_mapping.h"
#include "app/import_sheet.h"
#include "app/interchange_format.h"
#include "app/session.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace orec::app {

// What an import is doing, for a progress bar.
enum class ImportStage {
    Reading,  // the file (no count known)
    Checking, // rows checked of the rows read
    Writing,  // rows written of the rows to write
    Finishing // indexes, the signature over the audit log, the commit (no count known)
};

struct ImportOptions
{
    // Import the rows without problems and leave the others out (listed in the report, and written
    // to rejectsPath when it is given). Without it, any problem means nothing is imported.
    bool skipInvalid = false;
    // Check everything, write nothing.
    bool dryRun = false;
    QString rejectsPath; // .csv (UTF-8 with BOM) or .xlsx
    // Sheets whose headers differ: which column feeds which field (app/import_mapping.h). A header the
    // map names that the file does not have is a Usage error, so a typo is never silently ignored.
    ColumnMap columnMap;
    int sheet = 0; // the worksheet of an .xlsx file (0 = the first)
    // The line of the file holding the column titles (1-based); 0 finds it under title rows
    // (app/import_sheet.h).
    int headerLine = 0;
    // Called now and then from the thread the import runs on. Returning false stops it: the import
    // returns ErrorCode::Cancelled and its transaction is rolled back, so the register is unchanged.
    std::function<bool(ImportStage stage, qint64 done, qint64 total)> progress;
};

struct ImportProblem
{
    int line = 0;          // line of the file the record starts on (the header is line 1)
    QString column;        // the header as written in the file; empty when the problem is the whole row
    QString reason;        // translated
    int sourceColumn = -1; // 0-based column of the file; -1 when the problem is the whole row or the header

    bool operator==(const ImportProblem&) const = default;
};

// A party card number or citizen ID that is already taken: shown to the clerk, never merged.
struct ImportDuplicate
{
    int line = 0;   // the row that repeats it
    QString column; // the header as written in the file
    QString value;
    int firstLine = 0;   // the earlier line of the file with the same value; 0 when it is the register's
    qint64 memberId = 0; // the register's member who has it; 0 when only the file repeats it
    QString memberName;

    bool operator==(const ImportDuplicate&) const = default;
};

// Where an import's time went, phase by phase (wall clock, ms): for the benchmarks and the log.
struct ImportTimings
{
    double read = 0;   // the file parsed into rows
    double check = 0;  // every row validated, duplicates looked up (in the file and the register)
    double write = 0;  // rows inserted with their search words and audit entries
    double index = 0;  // plain indexes built again after a bulk insert
    double commit = 0; // the import's own audit entry, the signature over the chain, COMMIT
};

struct ImportReport
{
    InterchangeTable table = InterchangeTable::Members;
    int rows = 0;                      // data rows read (blank rows not counted)
    int valid = 0;                     // rows without problems
    int imported = 0;                  // rows written (0 on a dry run or when problems stopped the import)
    int rejected = 0;                  // rows with problems
    QList<ImportProblem> problems;     // in file order
    QList<ImportDuplicate> duplicates; // also among the problems; listed apart for the preview
    // Worth knowing but no reason to refuse the row: what the record's form warns about (validate()'s
    // warnings: probation long over, a probationary member with a card...), and a cell's secretary who is
    // not in the register yet (cells are imported before the members who lead them) waits, and is set on
    // the cell when a member with that party card number is imported.
    QList<ImportProblem> warnings;
    int secretariesSet = 0;     // members: cells imported earlier that got their waiting secretary
    int cardChanges = 0;        // members: rows that gave a member of the register a new card number
    QStringList ignoredColumns; // headers the format does not know; their values are not read
    bool dryRun = false;
    QString rejectsPath; // where the rejected rows were written, if anywhere
    // Values read otherwise than written (card numbers without separators, leading zeros Excel dropped,
    // dates from serials or words, merged cells filled in), in file order.
    QList<ImportChange> changes;
    int headerLine = 0;       // the line taken as the header
    bool headerFound = false; // found under title rows by its column titles
    QList<int> sectionLines;  // section titles across the sheet, left out
    ImportTimings timings;

    // True when the file was imported (or, on a dry run, could be) as a whole.
    bool complete() const { return problems.isEmpty(); }
};

// One invalid cell of a preview: where it is and why.
struct ImportCellMark
{
    int row = 0;     // index into ImportPreview::rows
    int column = -1; // index into ImportPreview::header; -1 = the row as a whole
    QString reason;  // translated
};

// What the GUI shows before anything is written: the sheet as read, the field each column feeds, and
// every invalid cell with its reason. The report is that of a dry run with the same options.
struct ImportPreview
{
    QStringList header;          // the file's header row, as written
    QStringList fields;          // parallel to header: the interchange key the column feeds, empty = none
    QList<QStringList> rows;     // data rows (blank rows left out)
    QList<int> lines;            // the line of the file (CSV record start, spreadsheet row) of each row
    QStringList missingRequired; // required fields no column feeds: map them before importing
    QList<ImportCellMark> marks; // in row order
    // Warnings that do not stop a row (report.warnings), on their cells, in row order.
    QList<ImportCellMark> warningMarks;
    // Values read otherwise than written (report.changes) on their cells; rows hold the values imported.
    QList<ImportCellMark> changeMarks;
    ImportReport report;
};

// The first look at a sheet, for the column-mapping step: its header and a few rows, before any check.
struct ImportSheetHead
{
    QStringList header;         // the header row, as written
    QList<QStringList> samples; // the first data rows (blank rows left out)
    int rows = 0;               // data rows in the sheet
    QStringList sheetNames;     // the worksheets of an .xlsx file; empty for CSV
    int headerLine = 0;         // the line the header was taken from
    bool headerFound = false;   // found under title rows by its column titles
};

// The whole file is checked before anything is written: dates that do not exist or lie in the
// future where they cannot, admission before the 18th birthday, full membership before admission,
// return before departure, duplicate party card numbers or citizen IDs (inside the file or against
// the register), unknown codes (units, cells, purposes, countries). Duplicates are errors, never
// merged. The rows are then written in one transaction, each audited, plus one audit row for the
// import itself. Reports are not part of the format: imported postings bring no documents.
class ImportService
{
public:
    explicit ImportService(Session& session) : m_session(session) {}

    // Problems in rows come back in the report (check complete()); an Error only when the file
    // cannot be read or the database refuses.
    // .csv (any delimiter, UTF-8 or UTF-16 with BOM) or .xlsx, by the extension.
    Result<ImportReport> importFile(InterchangeTable table, const QString& path,
                                    const ImportOptions& options = {});
    // Checks the file under `options` (its column map and sheet) and writes nothing.
    Result<ImportPreview> preview(InterchangeTable table, const QString& path,
                                  const ImportOptions& options = {});
    // Reads the sheet (CSV, or worksheet `sheet` of an .xlsx) and checks nothing.
    // The header is found as the import finds it for `table` (or taken from `headerLine`, 1-based).
    Result<ImportSheetHead> head(const QString& path, int sheet = 0, int sampleRows = 3,
                                 InterchangeTable table = InterchangeTable::Members, int headerLine = 0);
    Result<ImportReport> importBytes(InterchangeTable table, const QByteArray& csv,
                                     const ImportOptions& options = {}, const QString& sourceName = {});

private:
    Session& m_session;
};

} // namespace orec::app
