// Schema v12: the register of issued documents: every final Party document the program printed, its number
// in the issuing committee's register, and the PDF itself so that a reprint is the same paper.
// Written for SQLite 3.15.
#include "storage/schema.h"

namespace orec::schema {

Status v12DocumentRegister(sql::Connection& c)
{
    // committee_id is 0 when the register has no committee yet (the name is kept in issuing_unit).
    // term_start is '' when no term is set: the numbers then run on without restarting.
    // The unique index is what makes a number impossible to issue twice, even by two connections
    // whose transactions the lock file did not keep apart.
    return c.exec(R"sql(
CREATE TABLE document_register (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    committee_id     INTEGER NOT NULL DEFAULT 0,
    issuing_unit     TEXT NOT NULL,
    committee_symbol TEXT NOT NULL,
    kind_symbol      TEXT NOT NULL,
    term_start       TEXT NOT NULL DEFAULT '',
    number           INTEGER NOT NULL CHECK (number > 0),
    number_text      TEXT NOT NULL,
    issue_date       TEXT NOT NULL,
    print_kind       TEXT NOT NULL,
    title            TEXT NOT NULL,
    request_json     TEXT NOT NULL,
    issued_by        TEXT NOT NULL,
    issued_at        TEXT NOT NULL,
    pdf              BLOB NOT NULL,
    pdf_sha256       BLOB NOT NULL
);
CREATE UNIQUE INDEX document_register_number
    ON document_register (committee_id, kind_symbol, term_start, number);
CREATE INDEX document_register_date ON document_register (issue_date, id);
)sql");
}

} // namespace orec::schema
