// XlsxTableWriter: writes a ReportTable as an Excel workbook (libxlsxwriter): bold frozen header, column
// widths, real Excel dates, UTF-8 Vietnamese text.
#pragma once

#include "core/result.h"
#include "reports/report_table.h"

#include <QString>

namespace orec::reports {

struct XlsxWriteOptions
{
    QString sheetName;         // empty = "Sheet1"; cut to Excel's 31 characters
    bool includeGroups = true; // group headings as bold rows (off for interchange files meant to be imported)
    bool includeTotals = true;
    bool includeNumbering = false; // the "TT" column of printed lists
    bool useKeysAsHeaders =
        false; // the columns' keys ("ho_ten") instead of their titles: the interchange format
    // Rows stream out with inline strings (flat memory); off = one shared-string table (smaller file).
    bool constantMemory = true;
};

class XlsxTableWriter
{
public:
    // False when the program was built without libxlsxwriter.
    static bool available();

    // Writes `path` (replacing it): built beside it under a temporary name, then renamed, so a failure
    // never leaves half a workbook. libxlsxwriter's own scratch files go to the same folder, unlinked.
    static Status write(const ReportTable& table, const QString& path, const XlsxWriteOptions& options = {});
};

} // namespace orec::reports
