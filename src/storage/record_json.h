// JSON form of the register's records: what the audit log keeps as before/after, what `--json` prints,
// and what the rules table stores. Keys are lower_snake_case; enums are their code names; dates ISO.
#pragma once

#include "core/member.h"
#include "core/party_unit.h"
#include "core/posting.h"
#include "core/report.h"
#include "core/result.h"
#include "core/rule_set.h"
#include "core/transfer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace orec {

// Row ids are local to one database; uuids identify a record everywhere. Both are written, and a
// zero id is written as null.
QJsonObject toJson(const Member& member);
QJsonObject toJson(const PartyUnit& unit);
QJsonObject toJson(const Posting& posting);
QJsonObject toJson(const Report& report);
QJsonObject toJson(const Transfer& transfer);

// A member's toJson() as compact JSON text in UTF-8, written directly: byte for byte what
// QJsonDocument(toJson(member)).toJson(QJsonDocument::Compact) gives (keys in QJsonObject's sorted
// order, strings escaped as Qt escapes them), without building the object. What the audit log keeps
// for every member written; a bulk import writes one per row.
QByteArray toCompactJson(const Member& member);

// The inverse of toJson, for packages and tests. Unknown keys are ignored; an unknown enum code or a
// malformed date is an ErrorCode::Invalid error naming the key.
Result<Member> memberFromJson(const QJsonObject& object);
Result<PartyUnit> partyUnitFromJson(const QJsonObject& object);
Result<Posting> postingFromJson(const QJsonObject& object);
Result<Report> reportFromJson(const QJsonObject& object);
Result<Transfer> transferFromJson(const QJsonObject& object);

// The rules of one version: {"version", "effective_date", "rules": [{key, value, unit, description,
// source}]}.
QJsonObject rulesToJson(const RuleSet& rules);
Result<RuleSet> rulesFromJson(const QJsonObject& object);

} // namespace orec
