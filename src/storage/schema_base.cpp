#include "storage/schema.h"

namespace orec::schema {

Status v1Base(sql::Connection& c)
{
    return c.exec(R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'auditor')),
    created_at TEXT NOT NULL,
    removed_at TEXT
);

-- Append-only, hash-chained: hash = BLAKE2b(previous hash || this row's fields); see audit_log.cpp.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    action      TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    hash        BLOB NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_user ON audit_log (user_name, at);

-- The last link of the chain, so that removing rows from the end is detected too.
CREATE TABLE audit_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_id   INTEGER NOT NULL,
    last_hash BLOB NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 0, zeroblob(32));
)sql");
}

Status v2Settings(sql::Connection& c)
{
    return c.exec(R"sql(
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
ALTER TABLE users ADD COLUMN full_name TEXT;
)sql");
}

} // namespace orec::schema
