#include "core/rule_set.h"
#include "storage/record_json.h"
#include "storage/schema.h"

#include <QJsonDocument>

namespace orec::schema {

// The register: party units, members, postings (with their countries and extensions), reports,
// transfer letters, the versioned rules table and the holiday calendar.
//
// Conventions: every record has a uuid (identity across databases) and a version (bumped on every
// stored change); dates are ISO yyyy-mm-dd text; flags are 0/1; enum values are the stable code
// names of core (enum_codes.h). Derived columns (name_sort, name_folded, effective_planned_return)
// are written by the repositories only, so they always agree with the record.
Status v3Register(sql::Connection& c)
{
    OREC_TRY(c.exec(R"sql(
CREATE TABLE party_units (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    version             INTEGER NOT NULL CHECK (version >= 1),
    code                TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    name_folded         TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('committee', 'cell', 'group')),
    parent_id           INTEGER REFERENCES party_units (id),
    overseas            INTEGER NOT NULL CHECK (overseas IN (0, 1)),
    cell_type           TEXT CHECK (cell_type IN ('embassy', 'spouse', 'student', 'labour', 'expert',
                                                  'self_employed')),
    country_code        TEXT,
    city                TEXT,
    secretary_member_id INTEGER REFERENCES members (id),
    deputy_member_id    INTEGER REFERENCES members (id),
    established_date    TEXT,
    active              INTEGER NOT NULL CHECK (active IN (0, 1)),
    probationary_cell   INTEGER NOT NULL CHECK (probationary_cell IN (0, 1)),
    updated_at          TEXT NOT NULL
);
CREATE INDEX party_units_parent ON party_units (parent_id);
CREATE INDEX party_units_overseas ON party_units (overseas, cell_type, country_code);
-- Every foreign-key column is indexed: SQLite looks children up by it whenever a parent row is written
-- while deferred constraints are pending, or deleted; without the index that is a scan of the table.
CREATE INDEX party_units_secretary ON party_units (secretary_member_id);
CREATE INDEX party_units_deputy ON party_units (deputy_member_id);

CREATE TABLE members (
    id                        INTEGER PRIMARY KEY,
    uuid                      TEXT NOT NULL UNIQUE,
    version                   INTEGER NOT NULL CHECK (version >= 1),
    full_name                 TEXT NOT NULL,
    -- person_name.h sortKey(): memcmp order = Vietnamese list order (given name first).
    name_sort                 BLOB NOT NULL,
    -- text_folding.h foldForSearch(): lower case, no diacritics, đ -> d.
    name_folded               TEXT NOT NULL,
    gender                    TEXT NOT NULL CHECK (gender IN ('unspecified', 'male', 'female')),
    date_of_birth             TEXT,
    hometown                  TEXT,
    citizen_id                TEXT,
    party_card_no             TEXT,
    dossier_no                TEXT,
    admission_date            TEXT,
    full_membership_date      TEXT,
    home_unit_id              INTEGER REFERENCES party_units (id),
    position                  TEXT,
    workplace                 TEXT,
    phone                     TEXT,
    email                     TEXT,
    notes                     TEXT,
    under_disciplinary_review INTEGER NOT NULL CHECK (under_disciplinary_review IN (0, 1)),
    updated_at                TEXT NOT NULL
);
-- Blank numbers are stored as NULL, so only real numbers must be unique.
CREATE UNIQUE INDEX members_citizen_id ON members (citizen_id);
CREATE UNIQUE INDEX members_party_card ON members (party_card_no);
CREATE INDEX members_name_sort ON members (name_sort);
-- Search: names starting with what was typed, in list order, read from the index alone.
CREATE INDEX members_name_folded ON members (name_folded, name_sort);
CREATE INDEX members_home_unit ON members (home_unit_id, name_sort);
-- Probation ending: only probationary members are in this index.
CREATE INDEX members_probation ON members (admission_date) WHERE full_membership_date IS NULL;

-- Words of the folded name plus the card and citizen numbers, for search as you type. docid = members.id.
-- No prefix indexes: they tripled the cost of every insert, and the short prefixes they would serve
-- are answered from members_name_folded first (member_query.cpp).
CREATE VIRTUAL TABLE member_search USING fts4 (words, tokenize=simple);

CREATE TABLE transfers (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT NOT NULL UNIQUE,
    version              INTEGER NOT NULL CHECK (version >= 1),
    kind                 TEXT NOT NULL CHECK (kind IN ('temporary', 'official', 'labour_export')),
    direction            TEXT NOT NULL CHECK (direction IN ('out', 'back')),
    issuing_committee_id INTEGER NOT NULL REFERENCES party_units (id),
    register_year        INTEGER NOT NULL,
    register_seq         INTEGER NOT NULL,
    issue_date           TEXT NOT NULL,
    member_id            INTEGER NOT NULL REFERENCES members (id),
    posting_id           INTEGER REFERENCES postings (id),
    receiving_unit_id    INTEGER REFERENCES party_units (id),
    receiving_unit_name  TEXT,
    party_card_no        TEXT,
    dossier_no           TEXT,
    dues_paid_up_to      TEXT,
    notes                TEXT,
    updated_at           TEXT NOT NULL,
    -- The transfer register (10-SHĐ) of one committee never repeats a number.
    UNIQUE (issuing_committee_id, register_year, register_seq)
);
CREATE INDEX transfers_member ON transfers (member_id);
CREATE INDEX transfers_posting ON transfers (posting_id);
CREATE INDEX transfers_receiving_unit ON transfers (receiving_unit_id);

CREATE TABLE postings (
    id                        INTEGER PRIMARY KEY,
    uuid                      TEXT NOT NULL UNIQUE,
    version                   INTEGER NOT NULL CHECK (version >= 1),
    member_id                 INTEGER NOT NULL REFERENCES members (id),
    purpose                   TEXT NOT NULL CHECK (purpose IN ('official_mission', 'study', 'labour', 'expert',
                                  'accompanying_spouse', 'self_employed', 'family_visit', 'medical_treatment',
                                  'tourism', 'other_private')),
    -- The first of posting_countries, repeated here for the statistics by country.
    main_country              TEXT NOT NULL,
    city                      TEXT,
    host_organisation         TEXT,
    visits_relatives          INTEGER NOT NULL CHECK (visits_relatives IN (0, 1)),
    delegation_size           INTEGER NOT NULL,
    decision_no               TEXT,
    decision_date             TEXT,
    decision_body             TEXT,
    approving_committee_id    INTEGER REFERENCES party_units (id),
    approval_date             TEXT,
    political_conclusion_ref  TEXT,
    planned_departure         TEXT,
    planned_return            TEXT,
    -- The planned return after the latest extension: what "overdue to return" compares with.
    effective_planned_return  TEXT,
    actual_departure          TEXT,
    actual_return             TEXT,
    arrangement               TEXT NOT NULL CHECK (arrangement IN ('stays_with_home_cell', 'temporary_group',
                                  'temporary_transfer', 'official_transfer')),
    attendance                TEXT NOT NULL CHECK (attendance IN ('in_cell', 'individual', 'exempted')),
    overseas_cell_id          INTEGER REFERENCES party_units (id),
    transfer_out_id           INTEGER REFERENCES transfers (id),
    transfer_back_id          INTEGER REFERENCES transfers (id),
    status                    TEXT NOT NULL CHECK (status IN ('planned', 'approved', 'abroad', 'in_overseas_cell',
                                  'returned', 'closed', 'cancelled', 'lost_contact', 'did_not_return')),
    departed_without_approval INTEGER NOT NULL CHECK (departed_without_approval IN (0, 1)),
    lost_contact_since        TEXT,
    cancelled_date            TEXT,
    status_reason             TEXT,
    closed_date               TEXT,
    did_not_return_date       TEXT,
    probation_end_date        TEXT,
    probation_decision        TEXT NOT NULL CHECK (probation_decision IN ('pending', 'admitted', 'extended',
                                  'refused')),
    probation_decision_ref    TEXT,
    updated_at                TEXT NOT NULL
);
CREATE INDEX postings_member ON postings (member_id, status);
-- Who is abroad now: three short ranges of this index ('abroad', 'in_overseas_cell', 'lost_contact').
CREATE INDEX postings_status ON postings (status, main_country);
CREATE INDEX postings_cell ON postings (overseas_cell_id);
CREATE INDEX postings_committee ON postings (approving_committee_id);
CREATE INDEX postings_transfer_out ON postings (transfer_out_id);
CREATE INDEX postings_transfer_back ON postings (transfer_back_id);
-- Statistics for a period: departures in it, and stays that began before it and ended in or after it.
-- Both carry every column the statistics count, so a year is read from the indexes alone.
CREATE INDEX postings_departure ON postings (actual_departure, actual_return, did_not_return_date, member_id,
                                             main_country, overseas_cell_id, purpose, departed_without_approval);
CREATE INDEX postings_return ON postings (actual_return, actual_departure, did_not_return_date, member_id,
                                          main_country, overseas_cell_id, purpose, departed_without_approval);
CREATE INDEX postings_unapproved ON postings (actual_departure) WHERE departed_without_approval = 1;

CREATE TABLE posting_countries (
    posting_id   INTEGER NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    country_code TEXT NOT NULL,
    PRIMARY KEY (posting_id, position)
) WITHOUT ROWID;
CREATE INDEX posting_countries_country ON posting_countries (country_code, posting_id);

CREATE TABLE posting_extensions (
    posting_id         INTEGER NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    decision_no        TEXT NOT NULL,
    decision_date      TEXT,
    new_planned_return TEXT,
    reason             TEXT,
    PRIMARY KEY (posting_id, position)
) WITHOUT ROWID;

CREATE TABLE reports (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    version            INTEGER NOT NULL CHECK (version >= 1),
    kind               TEXT NOT NULL CHECK (kind IN ('private_trip_application', 'relatives_commitment',
                           'pre_departure', 'return', 'self_review', 'cell_remarks', 'annual_rating',
                           'foreign_award', 'foreign_organisation_membership', 'marriage_to_foreigner',
                           'nationality_or_residence_change')),
    posting_id         INTEGER REFERENCES postings (id),
    member_id          INTEGER NOT NULL REFERENCES members (id),
    event_date         TEXT,
    due_date           TEXT,
    rule_set_version   INTEGER NOT NULL,
    received_date      TEXT,
    received_by        TEXT,
    -- Report::fields as compact JSON: new content fields need no schema change.
    content_json       TEXT NOT NULL,
    cell_opinion       TEXT,
    committee_opinion  TEXT,
    committee_decision TEXT,
    decision_date      TEXT,
    confirmed          INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
    updated_at         TEXT NOT NULL
);
CREATE INDEX reports_posting ON reports (posting_id, kind);
CREATE INDEX reports_member ON reports (member_id, kind);
-- Reports due and overdue: only those not yet received are in this index, with their posting so a
-- count of them (and the check that the posting was not cancelled) never reads the table.
CREATE INDEX reports_open_due ON reports (due_date, posting_id) WHERE received_date IS NULL;

-- One row per version of the rules table; a version is never changed once written.
CREATE TABLE rule_sets (
    version        INTEGER PRIMARY KEY,
    effective_date TEXT NOT NULL,
    rules_json     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL
);

-- Holidays for deadlines in working days, beyond the fixed solar ones (Tết and the bridge days
-- are decided each year).
CREATE TABLE holidays (
    day  TEXT PRIMARY KEY,
    name TEXT NOT NULL
) WITHOUT ROWID;
)sql"));

    // The defaults of DOMAIN.md as version 1, written once, so that deadlines computed under it can
    // always be recomputed the same way even after a later program changes its defaults.
    const RuleSet defaults = RuleSet::defaults();
    auto insert =
        c.prepare("INSERT INTO rule_sets (version, effective_date, rules_json, created_at, created_by) "
                  "VALUES (?, ?, ?, datetime('now'), 'schema')");
    if (!insert)
        return insert.error();
    insert->bind(1, defaults.version())
        .bind(2, defaults.effectiveDate())
        .bind(3, QString::fromUtf8(QJsonDocument(rulesToJson(defaults)).toJson(QJsonDocument::Compact)));
    return insert->run();
}

} // namespace orec::schema
