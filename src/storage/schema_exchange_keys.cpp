// Schema v9: the field exchange's short-lived keys (format 2 packages, docs/field-exchange.md "Keys that
// rotate"). Written for SQLite 3.15: no UPSERT, no window functions.
#include "storage/schema.h"

namespace orec::schema {

Status v9ExchangeKeys(sql::Connection& c)
{
    return c.exec(R"sql(
-- The X25519 keys this database receives packages with, one series per peer. Every package it sends
-- announces one inside its encryption; a key is deleted as soon as the peer acknowledges a package that
-- announced a newer one, since the peer seals only to the newest key it has. secure_delete is on, so
-- the deleted secret is overwritten in the file.
CREATE TABLE exchange_receive_keys (
    id             INTEGER PRIMARY KEY,
    peer_id        INTEGER NOT NULL REFERENCES exchange_peers (id),
    box_public     BLOB NOT NULL CHECK (length(box_public) = 32),
    box_secret     BLOB NOT NULL CHECK (length(box_secret) = 32),
    first_sequence INTEGER NOT NULL, -- the first of our packages to this peer that announced it
    created_at     TEXT NOT NULL
);
CREATE INDEX exchange_receive_keys_peer ON exchange_receive_keys (peer_id, first_sequence);

-- The newest key each peer announced to us: the one our next package to it is sealed to.
CREATE TABLE exchange_peer_keys (
    peer_id      INTEGER PRIMARY KEY REFERENCES exchange_peers (id),
    box_public   BLOB NOT NULL CHECK (length(box_public) = 32),
    announced_in INTEGER NOT NULL, -- the peer's package that announced it
    updated_at   TEXT NOT NULL
);
)sql");
}

} // namespace orec::schema
