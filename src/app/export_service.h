// ExportService: members, cells and postings in the interchange format (CSV or XLSX), the inverse of
// ImportService.
#pragma once

#include "app/interchange_format.h"
#include "app/session.h"
#include "core/result.h"

#include <QList>
#include <QStringList>

namespace orec::app {

// Writes the Vietnamese headers, dates as dd/mm/yyyy, units and cells by code, the member of a
// posting by party card number and citizen ID. A file exported here imports into an empty database
// as the same records (cells first, then members, then postings); what the format has no column for
// (uuids, reports, transfer letters, extensions) stays behind. The file is plaintext: exporting is
// an explicit act of the user and is audited.
class ExportService
{
public:
    explicit ExportService(Session& session) : m_session(session) {}

    // Header first, then one row per record (members in list order, units parents first, postings
    // by member and departure).
    Result<QList<QStringList>> table(InterchangeTable table);
    // .xlsx (dates as Excel dates, the rest as text) or CSV (UTF-8 with BOM), by the extension.
    // Returns the number of records written.
    Result<int> exportFile(InterchangeTable table, const QString& path);

private:
    Session& m_session;
};

} // namespace orec::app
