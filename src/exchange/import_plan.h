// ImportPlan: what a return package would change at home, field by field, with the conflicts a person
// resolves before anything is applied. Plain values, so a dialog's model can hold them.
#pragma once

#include "exchange/package_opener.h"
#include "exchange/record_codec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <cstdint>

namespace orec::exchange {

enum class FieldOutcome {
    Apply,       // home still has the value the cell started from: the cell's value is taken
    AlreadySame, // home already has the cell's value: nothing to do
    Conflict,    // home changed the field too since the cell's base: a person decides
    Refused, // the secretary may not change this field (field_rights.h), or the value points outside the cell
};

enum class Resolution {
    Unresolved,
    KeepHome, // home's value stays
    TakeCell, // the cell's value is taken
    Edit,     // a value a person typed
};

const char* fieldOutcomeCode(FieldOutcome outcome);
const char* resolutionCode(Resolution resolution);
std::optional<Resolution> resolutionFromCode(const QString& code);

struct FieldChange
{
    QString field;   // "phone", "status", "fields.results"
    QJsonValue base; // the value the cell's change started from
    QJsonValue home; // home's value now
    QJsonValue cell; // the cell's value
    FieldOutcome outcome = FieldOutcome::Apply;
    QString refusedReason; // for FieldOutcome::Refused: names the record, the field and why
    // For a conflict: who changed the field at home and when, from home's audit log.
    QString homeChangedBy;
    QDateTime homeChangedAt;

    Resolution resolution = Resolution::Unresolved;
    QJsonValue edited; // the value when resolution == Edit (portable form: references as uuids)

    bool needsDecision() const
    {
        return outcome == FieldOutcome::Conflict && resolution == Resolution::Unresolved;
    }
    // The value that will be written, or undefined when the field stays as home has it.
    QJsonValue finalValue() const;
};

enum class ItemAction {
    Create,
    Update,
    Refused, // the whole change is outside the secretary's cell, or about a record home does not have
};

struct ChangeItem
{
    int index = 0; // position in the plan; how a dialog names the item
    EntityKind kind = EntityKind::Member;
    QString uuid;
    ItemAction action = ItemAction::Update;
    QString title;         // "Nguyễn Văn An", "posting of Nguyễn Văn An (JP)"
    QString memberName;    // whose record it is (empty for a unit), for a change list sorted by person
    QString refusedReason; // for ItemAction::Refused
    QString fieldAction;   // the last action the field recorded ("update", "transition:depart")
    QList<std::uint64_t> changeNumbers;
    QDateTime at;        // when the field recorded the last of them
    QString recordedBy;  // the field user
    int baseVersion = 0; // home's version the field's change was made against
    QList<FieldChange> fields;

    int conflictCount() const;
    int unresolvedCount() const;
};

struct ImportPlan
{
    OpenedPackage package;
    QString senderFingerprint;
    QString cellCode;
    QString cellName;
    std::uint64_t lastChangeAppliedBefore = 0;
    QList<ChangeItem> items;

    bool isReplay() const { return package.verdict == SequenceVerdict::Replay; }
    int conflictCount() const;
    int unresolvedCount() const;

    // Returns false when no such item and field exists or the field is not a conflict.
    bool resolve(int itemIndex, const QString& field, Resolution resolution, const QJsonValue& edited = {});
    // Every open conflict at once (the command line's --prefer).
    void resolveAll(Resolution resolution);

    QJsonObject toJson() const; // for --json and for tests
};

// A value as a person reads it in the change list.
QString displayValue(const QJsonValue& value);

} // namespace orec::exchange
