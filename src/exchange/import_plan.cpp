#include "exchange/import_plan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace orec::exchange {

namespace {
// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};

const char* actionCode(ItemAction action)
{
    switch (action) {
    case ItemAction::Create:
        return "create";
    case ItemAction::Update:
        return "update";
    case ItemAction::Refused:
        return "refused";
    }
    return "";
}
} // namespace

const char* fieldOutcomeCode(FieldOutcome outcome)
{
    switch (outcome) {
    case FieldOutcome::Apply:
        return "apply";
    case FieldOutcome::AlreadySame:
        return "already_same";
    case FieldOutcome::Conflict:
        return "conflict";
    case FieldOutcome::Refused:
        return "refused";
    }
    return "";
}

const char* resolutionCode(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Unresolved:
        return "unresolved";
    case Resolution::KeepHome:
        return "keep_home";
    case Resolution::TakeCell:
        return "take_cell";
    case Resolution::Edit:
        return "edit";
    }
    return "";
}

std::optional<Resolution> resolutionFromCode(const QString& code)
{
    for (Resolution r : {Resolution::KeepHome, Resolution::TakeCell, Resolution::Edit}) {
        if (code == QLatin1String(resolutionCode(r)))
            return r;
    }
    if (code == QLatin1String("home"))
        return Resolution::KeepHome;
    if (code == QLatin1String("cell"))
        return Resolution::TakeCell;
    return std::nullopt;
}

QJsonValue FieldChange::finalValue() const
{
    switch (outcome) {
    case FieldOutcome::Apply:
        return cell;
    case FieldOutcome::AlreadySame:
    case FieldOutcome::Refused:
        return QJsonValue(QJsonValue::Undefined);
    case FieldOutcome::Conflict:
        switch (resolution) {
        case Resolution::TakeCell:
            return cell;
        case Resolution::Edit:
            return edited;
        case Resolution::KeepHome:
        case Resolution::Unresolved:
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

int ChangeItem::conflictCount() const
{
    int n = 0;
    for (const FieldChange& f : fields)
        n += f.outcome == FieldOutcome::Conflict ? 1 : 0;
    return n;
}

int ChangeItem::unresolvedCount() const
{
    int n = 0;
    for (const FieldChange& f : fields)
        n += f.needsDecision() ? 1 : 0;
    return n;
}

int ImportPlan::conflictCount() const
{
    int n = 0;
    for (const ChangeItem& item : items)
        n += item.conflictCount();
    return n;
}

int ImportPlan::unresolvedCount() const
{
    int n = 0;
    for (const ChangeItem& item : items)
        n += item.unresolvedCount();
    return n;
}

bool ImportPlan::resolve(int itemIndex, const QString& field, Resolution resolution, const QJsonValue& edited)
{
    if (itemIndex < 0 || itemIndex >= items.size() || resolution == Resolution::Unresolved)
        return false;
    for (FieldChange& f : items[itemIndex].fields) {
        if (f.field != field || f.outcome != FieldOutcome::Conflict)
            continue;
        f.resolution = resolution;
        f.edited = resolution == Resolution::Edit ? edited : QJsonValue();
        return true;
    }
    return false;
}

void ImportPlan::resolveAll(Resolution resolution)
{
    if (resolution == Resolution::Edit || resolution == Resolution::Unresolved)
        return;
    for (ChangeItem& item : items) {
        for (FieldChange& f : item.fields) {
            if (f.needsDecision())
                f.resolution = resolution;
        }
    }
}

QString displayValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Texts::tr("(empty)");
    case QJsonValue::Bool:
        return value.toBool() ? Texts::tr("yes") : Texts::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString().isEmpty() ? Texts::tr("(empty)") : value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << displayValue(v);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonObject ImportPlan::toJson() const
{
    QJsonArray list;
    for (const ChangeItem& item : items) {
        QJsonArray fieldList;
        for (const FieldChange& f : item.fields) {
            QJsonObject o{{QStringLiteral("field"), f.field},
                          {QStringLiteral("outcome"), QString::fromLatin1(fieldOutcomeCode(f.outcome))},
                          {QStringLiteral("base"), f.base},
                          {QStringLiteral("home"), f.home},
                          {QStringLiteral("cell"), f.cell}};
            if (f.outcome == FieldOutcome::Refused && !f.refusedReason.isEmpty())
                o.insert(QStringLiteral("refused_reason"), f.refusedReason);
            if (f.outcome == FieldOutcome::Conflict) {
                o.insert(QStringLiteral("resolution"), QString::fromLatin1(resolutionCode(f.resolution)));
                if (!f.homeChangedBy.isEmpty())
                    o.insert(QStringLiteral("home_changed_by"), f.homeChangedBy);
                if (f.homeChangedAt.isValid())
                    o.insert(QStringLiteral("home_changed_at"), f.homeChangedAt.toString(Qt::ISODate));
            }
            fieldList.append(o);
        }
        QJsonArray numbers;
        for (std::uint64_t n : item.changeNumbers)
            numbers.append(static_cast<qint64>(n));
        QJsonObject o{{QStringLiteral("index"), item.index},
                      {QStringLiteral("entity"), entityName(item.kind)},
                      {QStringLiteral("uuid"), item.uuid},
                      {QStringLiteral("action"), QString::fromLatin1(actionCode(item.action))},
                      {QStringLiteral("title"), item.title},
                      {QStringLiteral("changes"), numbers},
                      {QStringLiteral("recorded_by"), item.recordedBy},
                      {QStringLiteral("recorded_at"), item.at.toString(Qt::ISODate)},
                      {QStringLiteral("fields"), fieldList}};
        if (!item.refusedReason.isEmpty())
            o.insert(QStringLiteral("refused_reason"), item.refusedReason);
        list.append(o);
    }
    const PackageHeader& h = package.header;
    QJsonObject out{{QStringLiteral("cell"), cellCode},
                    {QStringLiteral("cell_name"), cellName},
                    {QStringLiteral("sequence"), static_cast<qint64>(h.sequence)},
                    {QStringLiteral("first_change"), static_cast<qint64>(h.firstChange)},
                    {QStringLiteral("last_change"), static_cast<qint64>(h.lastChange)},
                    {QStringLiteral("sender_fingerprint"), senderFingerprint},
                    {QStringLiteral("enrols_laptop"), package.enrols},
                    {QStringLiteral("replay"), isReplay()},
                    {QStringLiteral("conflicts"), conflictCount()},
                    {QStringLiteral("unresolved"), unresolvedCount()},
                    {QStringLiteral("items"), list}};
    out.insert(QStringLiteral("sender_audit_head"), senderHeadJson(package.senderHead));
    if (package.verdict == SequenceVerdict::Gap)
        out.insert(QStringLiteral("missing_packages"), QJsonArray{static_cast<qint64>(package.missingFrom),
                                                                  static_cast<qint64>(package.missingTo)});
    return out;
}

} // namespace orec::exchange
