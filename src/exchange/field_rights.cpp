#include "exchange/field_rights.h"

#include <QCoreApplication>

namespace orec::exchange {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};

const QString kContentPrefix = QStringLiteral("fields.");

// A reference field and what it may point at.
enum class Target {
    ScopeMember,   // a member of the cell's scope (or one the package creates)
    ScopePosting,  // a posting of the cell's scope (or created)
    ScopeTransfer, // a transfer letter of the scope (or created)
    ScopeUnit,     // the cell, or a unit the scope's records name (code and name only)
    ThisCell,      // the cell itself
};

struct ReferenceRule
{
    const char* field;
    Target target;
    bool required;
};

QList<ReferenceRule> referenceRules(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Unit:
        return {{"parent_id", Target::ScopeUnit, false},
                {"secretary_member_id", Target::ScopeMember, false},
                {"deputy_member_id", Target::ScopeMember, false}};
    case EntityKind::Member:
        return {{"home_unit_id", Target::ScopeUnit, false}};
    case EntityKind::Posting:
        return {{"member_id", Target::ScopeMember, true},
                {"overseas_cell_id", Target::ThisCell, true},
                {"approving_committee_id", Target::ScopeUnit, false},
                {"transfer_out_id", Target::ScopeTransfer, false},
                {"transfer_back_id", Target::ScopeTransfer, false}};
    case EntityKind::Report:
        return {{"member_id", Target::ScopeMember, true}, {"posting_id", Target::ScopePosting, false}};
    case EntityKind::Transfer:
        return {{"member_id", Target::ScopeMember, true},
                {"posting_id", Target::ScopePosting, false},
                {"issuing_committee_id", Target::ScopeUnit, false},
                {"receiving_unit_id", Target::ScopeUnit, false}};
    }
    return {};
}

bool inTarget(Target target, const QString& uuid, const ImportScope& scope)
{
    switch (target) {
    case Target::ScopeMember:
        return scope.contains(EntityKind::Member, uuid);
    case Target::ScopePosting:
        return scope.contains(EntityKind::Posting, uuid);
    case Target::ScopeTransfer:
        return scope.contains(EntityKind::Transfer, uuid);
    case Target::ScopeUnit:
        return scope.records.unitUuids.contains(uuid);
    case Target::ThisCell:
        return uuid == scope.cellUuid;
    }
    return false;
}

QString targetName(Target target)
{
    switch (target) {
    case Target::ScopeMember:
        return Texts::tr("a member outside the cell");
    case Target::ScopePosting:
        return Texts::tr("a posting outside the cell");
    case Target::ScopeTransfer:
        return Texts::tr("a transfer letter outside the cell");
    case Target::ScopeUnit:
        return Texts::tr("a party unit the cell's records do not name");
    case Target::ThisCell:
        return Texts::tr("another cell");
    }
    return {};
}

std::optional<ScopeViolation> checkReference(const ReferenceRule& rule, const QString& recordTitle,
                                             const QJsonValue& value, const ImportScope& scope)
{
    const QString field = QString::fromLatin1(rule.field);
    const QString uuid = value.isString() ? value.toString() : QString();
    if (uuid.isEmpty()) {
        if (!rule.required)
            return std::nullopt;
        return ScopeViolation{field, Texts::tr("%1: %2 is empty; a record of cell %3 must name it.")
                                         .arg(recordTitle, field, scope.cellCode)};
    }
    if (inTarget(rule.target, uuid, scope))
        return std::nullopt;
    return ScopeViolation{field, Texts::tr("%1: %2 points to %3 (%4). A secretary speaks for cell %5 only.")
                                     .arg(recordTitle, field, targetName(rule.target), uuid, scope.cellCode)};
}

} // namespace

const QList<SecretaryField>& secretaryFields()
{
    // Keep docs/field-exchange.md ("What a secretary may change") in step with this table.
    static const QList<SecretaryField> fields = {
        // The cell's own record: where it meets, who leads it, since when.
        {EntityKind::Unit, QStringLiteral("city"), {}},
        {EntityKind::Unit, QStringLiteral("secretary_member_id"), {}},
        {EntityKind::Unit, QStringLiteral("deputy_member_id"), {}},
        {EntityKind::Unit, QStringLiteral("established_date"), {}},
        {EntityKind::Unit, QStringLiteral("probationary_cell"), {}},
        // A member's contact details and situation abroad; not their identity or party record.
        {EntityKind::Member, QStringLiteral("phone"), {}},
        {EntityKind::Member, QStringLiteral("email"), {}},
        {EntityKind::Member, QStringLiteral("workplace"), {}},
        {EntityKind::Member, QStringLiteral("position"), {}},
        {EntityKind::Member, QStringLiteral("notes"), {}},
        // A posting's life abroad: arrival, joining the cell, return, lost contact, where the member
        // lives and works, the letters they brought. Approvals, decisions, extensions, cancelling and
        // closing are home's.
        {EntityKind::Posting,
         QStringLiteral("status"),
         {QStringLiteral("abroad"), QStringLiteral("in_overseas_cell"), QStringLiteral("returned"),
          QStringLiteral("lost_contact"), QStringLiteral("did_not_return")}},
        {EntityKind::Posting, QStringLiteral("departure_date"), {}},
        {EntityKind::Posting, QStringLiteral("departed_without_approval"), {}},
        {EntityKind::Posting, QStringLiteral("return_date"), {}},
        {EntityKind::Posting, QStringLiteral("lost_contact_since"), {}},
        {EntityKind::Posting, QStringLiteral("did_not_return_date"), {}},
        {EntityKind::Posting, QStringLiteral("status_reason"), {}},
        {EntityKind::Posting, QStringLiteral("city"), {}},
        {EntityKind::Posting, QStringLiteral("host_organisation"), {}},
        {EntityKind::Posting, QStringLiteral("transfer_out_id"), {}},
        {EntityKind::Posting, QStringLiteral("transfer_back_id"), {}},
        // A report as the cell receives it; the committee's opinion and decision are home's.
        {EntityKind::Report, QStringLiteral("received_date"), {}},
        {EntityKind::Report, QStringLiteral("received_by"), {}},
        {EntityKind::Report, QStringLiteral("event_date"), {}},
        {EntityKind::Report, QStringLiteral("cell_opinion"), {}},
        {EntityKind::Report, QStringLiteral("confirmed"), {}},
        {EntityKind::Report, QStringLiteral("fields.*"), {}},
        // A transfer letter: what the cell notes on it; the letter itself is the committee's.
        {EntityKind::Transfer, QStringLiteral("notes"), {}},
        {EntityKind::Transfer, QStringLiteral("dues_paid_up_to"), {}},
    };
    return fields;
}

namespace {
const SecretaryField* findRight(EntityKind kind, const QString& field)
{
    for (const SecretaryField& right : secretaryFields()) {
        if (right.kind != kind)
            continue;
        if (right.field == field ||
            (right.field == QLatin1String("fields.*") && field.startsWith(kContentPrefix) &&
             field.size() > kContentPrefix.size()))
            return &right;
    }
    return nullptr;
}
} // namespace

bool secretaryMayChange(EntityKind kind, const QString& field)
{
    return findRight(kind, field) != nullptr;
}

std::optional<QString> fieldRefusal(EntityKind kind, const QString& recordTitle, const QString& field,
                                    const QJsonValue& value)
{
    const SecretaryField* right = findRight(kind, field);
    if (!right)
        return Texts::tr("%1: %2 is not the secretary's to change; home keeps its value.")
            .arg(recordTitle, field);
    if (!right->values.isEmpty() && !right->values.contains(value.toString()))
        return Texts::tr("%1: the secretary may not set %2 to \"%3\"; home keeps its value.")
            .arg(recordTitle, field, value.toString());
    return std::nullopt;
}

std::optional<ScopeViolation> scopeViolation(EntityKind kind, const QString& recordTitle,
                                             const QJsonObject& values, const ImportScope& scope,
                                             const PostingMemberLookup& postingMember)
{
    for (const ReferenceRule& rule : referenceRules(kind)) {
        if (auto v = checkReference(rule, recordTitle, values.value(QLatin1String(rule.field)), scope))
            return v;
    }
    // A report or a letter that names a posting belongs to that posting's member.
    if (kind == EntityKind::Report || kind == EntityKind::Transfer) {
        const QString posting = values.value(QStringLiteral("posting_id")).toString();
        const QString member = values.value(QStringLiteral("member_id")).toString();
        if (!posting.isEmpty() && postingMember && postingMember(posting) != member)
            return ScopeViolation{
                QStringLiteral("posting_id"),
                Texts::tr("%1: posting_id names a posting of another member than member_id.")
                    .arg(recordTitle)};
    }
    return std::nullopt;
}

std::optional<ScopeViolation> referenceViolation(EntityKind kind, const QString& recordTitle,
                                                 const QString& field, const QJsonValue& value,
                                                 const ImportScope& scope)
{
    for (const ReferenceRule& rule : referenceRules(kind)) {
        if (field == QLatin1String(rule.field))
            return checkReference(rule, recordTitle, value, scope);
    }
    return std::nullopt;
}

} // namespace orec::exchange
