#include "storage/schema.h"

namespace orec::schema {

Status v8AuditSignatures(sql::Connection& c)
{
    // Signed audit entries bound to the records (docs/security.md, "Audit log"). From the entry
    // meta.audit_signed_from on, each entry carries the digest of its record after the change and the
    // chain is closed at every commit by the acting user's signature (audit_seal). The users table
    // keeps each user's registered keys, so the program can check a slot against them at unlock.
    return c.exec(R"sql(
ALTER TABLE audit_log ADD COLUMN digest BLOB;
CREATE TABLE audit_seal (
    audit_id   INTEGER PRIMARY KEY,
    signer     TEXT NOT NULL,
    public_key BLOB NOT NULL CHECK (length(public_key) = 32),
    signature  BLOB NOT NULL CHECK (length(signature) = 64)
);
ALTER TABLE users ADD COLUMN signing_key BLOB;
ALTER TABLE users ADD COLUMN box_key BLOB;
INSERT OR REPLACE INTO meta (key, value)
    SELECT 'audit_signed_from', CAST(last_id + 1 AS TEXT) FROM audit_head WHERE id = 1;
)sql");
}

} // namespace orec::schema
