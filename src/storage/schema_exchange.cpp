// Schema v4: the field exchange (identities, peers, package sequences, the field outbox); see
// docs/field-exchange.md. Written for SQLite 3.15: no UPSERT, no window functions.
#include "storage/schema.h"

namespace orec::schema {

Status v4Exchange(sql::Connection& c)
{
    return c.exec(R"sql(
-- Home or field. Every database starts as home; `orec field init` turns a new one into the field
-- database of exactly one overseas cell, and nothing turns it back.
CREATE TABLE exchange_mode (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    mode      TEXT NOT NULL CHECK (mode IN ('home', 'field')),
    cell_uuid TEXT,
    cell_code TEXT,
    set_at    TEXT,
    CHECK ((mode = 'home' AND cell_uuid IS NULL) OR (mode = 'field' AND cell_uuid IS NOT NULL))
);
INSERT INTO exchange_mode (id, mode) VALUES (1, 'home');

-- This database as a party of the exchange. The secret keys are only ever here, inside the
-- encrypted file; created on first use because SQL cannot derive an Ed25519 key.
CREATE TABLE exchange_identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    party_id    TEXT NOT NULL,
    sign_public BLOB NOT NULL CHECK (length(sign_public) = 32),
    sign_secret BLOB NOT NULL CHECK (length(sign_secret) = 64),
    box_public  BLOB NOT NULL CHECK (length(box_public) = 32),
    box_secret  BLOB NOT NULL CHECK (length(box_secret) = 32),
    created_at  TEXT NOT NULL
);

-- The other side. A field database knows one home; a home database knows the secretary of each
-- cell: pending (an enrolment code was issued, the laptop has not answered yet), active, or
-- removed (replaced or withdrawn: their packages are refused from then on).
CREATE TABLE exchange_peers (
    id             INTEGER PRIMARY KEY,
    party_id       TEXT UNIQUE,
    role           TEXT NOT NULL CHECK (role IN ('home', 'secretary')),
    cell_uuid      TEXT,
    label          TEXT NOT NULL DEFAULT '',
    sign_public    BLOB CHECK (sign_public IS NULL OR length(sign_public) = 32),
    box_public     BLOB CHECK (box_public IS NULL OR length(box_public) = 32),
    fingerprint    TEXT,
    enrolment_id   TEXT UNIQUE,
    enrolment_key  BLOB,
    status         TEXT NOT NULL CHECK (status IN ('pending', 'active', 'removed')),
    registered_at  TEXT NOT NULL,
    activated_at   TEXT,
    removed_at     TEXT,
    removed_reason TEXT,
    CHECK (role = 'home' OR cell_uuid IS NOT NULL),
    CHECK (status <> 'active' OR (party_id IS NOT NULL AND sign_public IS NOT NULL AND box_public IS NOT NULL))
);
-- One secretary speaks for a cell at a time.
CREATE UNIQUE INDEX exchange_peers_one_secretary ON exchange_peers (cell_uuid)
    WHERE role = 'secretary' AND status IN ('pending', 'active');

-- Where each direction of the conversation with a peer stands.
CREATE TABLE exchange_sequence (
    peer_id             INTEGER PRIMARY KEY REFERENCES exchange_peers (id),
    last_sent           INTEGER NOT NULL DEFAULT 0, -- the last package number this database issued
    last_received       INTEGER NOT NULL DEFAULT 0, -- the last package number applied from the peer
    last_change_applied INTEGER NOT NULL DEFAULT 0, -- home: the last field change number applied
    acked_sequence      INTEGER NOT NULL DEFAULT 0, -- the last of our packages the peer has applied
    acked_change        INTEGER NOT NULL DEFAULT 0, -- field: the last own change home has applied
    updated_at          TEXT
);

-- Every package sent or applied, so a re-import is recognised and a different package under an
-- old number is told apart from a harmless replay.
CREATE TABLE exchange_packages (
    id            INTEGER PRIMARY KEY,
    peer_id       INTEGER NOT NULL REFERENCES exchange_peers (id),
    direction     TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    kind          TEXT NOT NULL CHECK (kind IN ('cell', 'return')),
    sequence      INTEGER NOT NULL,
    package_hash  BLOB NOT NULL,
    acked         INTEGER NOT NULL DEFAULT 0,
    first_change  INTEGER NOT NULL DEFAULT 0,
    last_change   INTEGER NOT NULL DEFAULT 0,
    applied       INTEGER NOT NULL DEFAULT 0,
    conflicts     INTEGER NOT NULL DEFAULT 0,
    report_json   TEXT, -- received at home: what became of each change, sent back as acknowledgement
    at            TEXT NOT NULL,
    user_name     TEXT NOT NULL,
    UNIQUE (peer_id, direction, sequence)
);

-- Field: every change recorded offline, numbered, until home acknowledges it. Harvested from the
-- audit log, so the register services need not know about the exchange.
CREATE TABLE exchange_outbox (
    change_no     INTEGER PRIMARY KEY,
    audit_id      INTEGER NOT NULL,
    at            TEXT NOT NULL,
    user_name     TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_uuid   TEXT NOT NULL,
    action        TEXT NOT NULL,
    base_version  INTEGER NOT NULL DEFAULT 0,
    before_json   TEXT,
    after_json    TEXT,
    first_sent_in INTEGER
);
CREATE INDEX exchange_outbox_entity ON exchange_outbox (entity, entity_uuid);

-- Field: the audit row up to which changes were harvested, and the version of every record as
-- home last sent it (the base a change is made against).
CREATE TABLE exchange_field_state (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    harvested_audit_id INTEGER NOT NULL DEFAULT 0,
    installed_sequence INTEGER NOT NULL DEFAULT 0,
    installed_at       TEXT,
    last_ack_json      TEXT -- what home said about the changes it applied, for the secretary to see
);
INSERT INTO exchange_field_state (id) VALUES (1);

CREATE TABLE exchange_base (
    entity       TEXT NOT NULL,
    entity_uuid  TEXT NOT NULL,
    home_version INTEGER NOT NULL,
    PRIMARY KEY (entity, entity_uuid)
) WITHOUT ROWID;
)sql");
}

} // namespace orec::schema
