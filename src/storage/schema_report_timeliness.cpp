// Schema v5: the reports of a period by timeliness (the statistical report: on time, late, overdue).
// Written for SQLite 3.15.
#include "storage/schema.h"

namespace orec::schema {

Status v5ReportTimeliness(sql::Connection& c)
{
    // reports_open_due holds only reports not yet received; the statistics count the received ones
    // too. The due date leads so a period is one range; the received date and the posting ride along
    // so each report is judged without reading its row (content_json makes rows wide).
    return c.exec(R"sql(
CREATE INDEX reports_due_received ON reports (due_date, received_date, posting_id);
)sql");
}

} // namespace orec::schema
