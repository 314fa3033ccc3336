// FieldRights: what a cell secretary may change through a return package, in one place: the fields of
// each kind of record they may change (the allow-list, as data), and the references a record's final
// values must keep inside the cell's scope. docs/field-exchange.md ("What a secretary may change")
// lists the same table.
#pragma once

#include "exchange/cell_scope.h"
#include "exchange/record_codec.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace orec::exchange {

// One entry of the allow-list. `field` is a key of the portable record ("phone"), or "fields.*" for
// every key of a report's content. `values` limits what may be written (codes as the portable form
// has them); empty means any value.
struct SecretaryField
{
    EntityKind kind = EntityKind::Member;
    QString field;
    QStringList values;
};

// The allow-list: every field a secretary may change on a record that exists at home. A record the
// package creates is judged by its references only (scopeViolation), and a unit other than the cell's
// own is never theirs to change.
const QList<SecretaryField>& secretaryFields();

bool secretaryMayChange(EntityKind kind, const QString& field);
// The refusal, naming the record and the field, when the secretary may not write `value` into
// `field`; nothing when they may.
std::optional<QString> fieldRefusal(EntityKind kind, const QString& recordTitle, const QString& field,
                                    const QJsonValue& value);

// The cell's scope as home had it before the import, and the records the package creates.
struct ImportScope
{
    QString cellUuid;
    QString cellCode;
    CellRecords records;
    QHash<EntityKind, QSet<QString>> created;

    bool contains(EntityKind kind, const QString& uuid) const
    {
        return records.contains(kind, uuid) || created.value(kind).contains(uuid);
    }
};

struct ScopeViolation
{
    QString field;
    QString message; // names the record and the field
};

// The member a posting belongs to (its uuid), as home has it or as the package creates it.
using PostingMemberLookup = std::function<QString(const QString& postingUuid)>;

// Checks a record's final values (portable form) against the scope: a posting belongs to a member of
// the scope and to this cell, a report or letter to a member of the scope and (when it names one) to
// one of that member's postings in the scope, a member's home unit and the units a posting or letter
// names are among the scope's units, the cell's officers are members of the scope.
std::optional<ScopeViolation> scopeViolation(EntityKind kind, const QString& recordTitle,
                                             const QJsonObject& values, const ImportScope& scope,
                                             const PostingMemberLookup& postingMember);
// The same for one reference field and the value a change would write into it.
std::optional<ScopeViolation> referenceViolation(EntityKind kind, const QString& recordTitle,
                                                 const QString& field, const QJsonValue& value,
                                                 const ImportScope& scope);

} // namespace orec::exchange
