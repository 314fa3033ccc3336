// ImportService: members, cells and postings from the CSV interchange format, all or nothing, every
// problem listed with its line, column and reason.
#pragma once

#include "app/interchange_format.h"
#include "app/session.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace orec::app {

struct ImportOptions
{
    // Import the rows without problems and leave the others out (listed in the report, and written
    // to rejectsPath when it is given). Without it, any problem means nothing is imported.
    bool skipInvalid = false;
    // Check everything, write nothing.
    bool dryRun = false;
    QString rejectsPath;
};

struct ImportProblem
{
    int line = 0;   // line of the file the record starts on (the header is line 1)
    QString column; // the header as written in the file; empty when the problem is the whole row
    QString reason; // translated

    bool operator==(const ImportProblem&) const = default;
};

struct ImportReport
{
    InterchangeTable table = InterchangeTable::Members;
    int rows = 0;     // data rows read (blank rows not counted)
    int valid = 0;    // rows without problems
    int imported = 0; // rows written (0 on a dry run or when problems stopped the import)
    int rejected = 0; // rows with problems
    QList<ImportProblem> problems; // in file order
    QStringList ignoredColumns;    // headers the format does not know; their values are not read
    bool dryRun = false;
    QString rejectsPath; // where the rejected rows were written, if anywhere

    // True when the file was imported (or, on a dry run, could be) as a whole.
    bool complete() const { return problems.isEmpty(); }
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
    Result<ImportReport> importFile(InterchangeTable table, const QString& path, const ImportOptions& options = {});
    Result<ImportReport> importBytes(InterchangeTable table, const QByteArray& csv, const ImportOptions& options = {},
                                     const QString& sourceName = {});

private:
    Session& m_session;
};

} // namespace orec::app
