#include "storage/schema.h"

namespace orec::schema {

Status v6Attachments(sql::Connection& c)
{
    // Scans of signed documents, kept inside the encrypted file rather than beside it: a scan on disk
    // would be the one plaintext copy of a member's papers. Content never goes into the audit log,
    // only its name, size and hash.
    return c.exec(R"sql(
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    report_id INTEGER NOT NULL REFERENCES reports (id),
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL
);
CREATE INDEX attachments_report ON attachments (report_id);
)sql");
}

} // namespace orec::schema
