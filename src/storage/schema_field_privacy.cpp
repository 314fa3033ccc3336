// Schema 11: what a seized field laptop must not give away, and what each side remembers of the other's
// audit log (docs/security.md "Field laptop", docs/field-exchange.md "Audit heads"). SQLite 3.15.
// Nothing tests for this number: the code looks for the tables themselves, so the migration can be
// registered under whichever number migrations.cpp gives it.
#include "storage/schema.h"

namespace orec::schema {

Status v11FieldPrivacy(sql::Connection& c)
{
    return c.exec(R"sql(
-- Field: the record as home last sent it, in its portable form, beside its version. A change is the
-- difference between the record now and this (or the change before it still waiting for home), so
-- the audit log need not keep record bodies on a laptop.
ALTER TABLE exchange_base ADD COLUMN portable_json TEXT;

-- The last signed audit head each peer's packages carried (docs/field-exchange.md "Audit heads"): a
-- later package whose head is behind it comes from a database put back from an older copy.
CREATE TABLE exchange_peer_heads (
    peer_id          INTEGER PRIMARY KEY REFERENCES exchange_peers (id),
    database_id      TEXT NOT NULL,
    entry_id         INTEGER NOT NULL,
    hash             BLOB NOT NULL CHECK (length(hash) = 32),
    signer           TEXT NOT NULL,
    public_key       BLOB NOT NULL CHECK (length(public_key) = 32),
    package_sequence INTEGER NOT NULL,
    seen_at          TEXT NOT NULL
);

-- The audit log's anchor once its older entries were pruned: the chain goes on from entry
-- through_id + 1, whose predecessor had `hash`; `body` carries the root key, the recovery key and every
-- user's role and keys as they stood at through_id, signed by an administrator.
CREATE TABLE audit_anchor (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    through_id INTEGER NOT NULL,
    hash       BLOB NOT NULL CHECK (length(hash) = 32),
    body       TEXT NOT NULL,
    signer     TEXT NOT NULL,
    public_key BLOB NOT NULL,
    signature  BLOB NOT NULL
);
)sql");
}

} // namespace orec::schema
