// Schema v12: indexes that let the daily lists be answered from an index alone (issue 14).
// Written for SQLite 3.15.
#include "storage/schema.h"

namespace orec::schema {

Status v13QuerySpeed(sql::Connection& c)
{
    // Reports due and overdue (register_queries.cpp) filter on "received_date IS NULL", the partial
    // index's own condition; SQLite 3.15 still reads that column from the table row unless the index
    // holds it, so v3's reports_open_due (due_date, posting_id) read every overdue report's wide row
    // (content_json): a count of 5,000 overdue reports touched 5,000 table pages, cold after any other
    // work, which was the 100 to 200 ms p95 of the overdue list. With received_date (always NULL here,
    // one byte), the member and the kind the count may filter on, the index covers the count and the
    // page's order. Same name, so INDEXED BY in the queries keeps working.
    //
    // Who is abroad in a country (member_query.cpp): a trip's first country is postings.main_country, in
    // postings_status (status, main_country) beside the status; only the trips of several countries
    // (about one in sixteen) need posting_countries, and only their second and later countries, which
    // this partial index holds. Before, every posting abroad was looked up in posting_countries.
    return c.exec(R"sql(
DROP INDEX reports_open_due;
CREATE INDEX reports_open_due ON reports (due_date, posting_id, received_date, member_id, kind)
    WHERE received_date IS NULL;
CREATE INDEX posting_countries_later ON posting_countries (country_code, posting_id) WHERE position > 0;
)sql");
}

} // namespace orec::schema
