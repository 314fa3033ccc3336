#include "gui/audit_change_formatter.h"

#include "core/country.h"
#include "core/member.h"
#include "core/party_unit.h"
#include "core/posting.h"
#include "core/posting_life_cycle.h"
#include "core/report.h"
#include "core/role.h"
#include "core/transfer.h"
#include "gui/display_format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace orec::gui {

namespace {

#define OREC_FIELD(key, label)                                                                               \
    {                                                                                                        \
        key, QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", label)                                     \
    }

struct Label
{
    const char* key;
    const char* text;
};

// The keys of storage/record_json.cpp and the users table, in the order a record is read.
const Label kFieldLabels[] = {
    OREC_FIELD("full_name", "Full name"),
    OREC_FIELD("name", "Name"),
    OREC_FIELD("code", "Code"),
    OREC_FIELD("role", "Role"),
    OREC_FIELD("gender", "Gender"),
    OREC_FIELD("date_of_birth", "Date of birth"),
    OREC_FIELD("hometown", "Hometown"),
    OREC_FIELD("citizen_id", "Citizen ID"),
    OREC_FIELD("party_card_no", "Party card number"),
    OREC_FIELD("dossier_no", "Dossier number"),
    OREC_FIELD("admission_date", "Admission date"),
    OREC_FIELD("full_membership_date", "Full-membership date"),
    OREC_FIELD("home_unit_id", "Home unit"),
    OREC_FIELD("position", "Position"),
    OREC_FIELD("workplace", "Workplace"),
    OREC_FIELD("phone", "Phone"),
    OREC_FIELD("email", "E-mail"),
    OREC_FIELD("under_disciplinary_review", "Under disciplinary review"),
    OREC_FIELD("kind", "Kind"),
    OREC_FIELD("parent_id", "Parent unit"),
    OREC_FIELD("overseas", "Overseas"),
    OREC_FIELD("cell_type", "Cell type"),
    OREC_FIELD("country", "Country"),
    OREC_FIELD("countries", "Countries"),
    OREC_FIELD("city", "City"),
    OREC_FIELD("secretary_member_id", "Secretary"),
    OREC_FIELD("deputy_member_id", "Deputy secretary"),
    OREC_FIELD("established_date", "Set up on"),
    OREC_FIELD("active", "Active"),
    OREC_FIELD("probationary_cell", "Probationary cell"),
    OREC_FIELD("member_id", "Member"),
    OREC_FIELD("purpose", "Purpose"),
    OREC_FIELD("host_organisation", "Host organisation"),
    OREC_FIELD("visits_relatives", "Visits relatives"),
    OREC_FIELD("delegation_size", "Delegation size"),
    OREC_FIELD("decision_no", "Decision number"),
    OREC_FIELD("decision_date", "Decision date"),
    OREC_FIELD("decision_body", "Issued by"),
    OREC_FIELD("approving_committee_id", "Approving committee"),
    OREC_FIELD("approval_date", "Approval date"),
    OREC_FIELD("political_conclusion_ref", "Political-standard conclusion"),
    OREC_FIELD("planned_departure", "Planned departure"),
    OREC_FIELD("planned_return", "Planned return"),
    OREC_FIELD("departure_date", "Departure"),
    OREC_FIELD("return_date", "Return"),
    OREC_FIELD("extensions", "Extensions"),
    OREC_FIELD("arrangement", "Party activity"),
    OREC_FIELD("attendance", "Attendance"),
    OREC_FIELD("overseas_cell_id", "Overseas cell"),
    OREC_FIELD("transfer_out_id", "Transfer letter out"),
    OREC_FIELD("transfer_back_id", "Transfer letter back"),
    OREC_FIELD("status", "Status"),
    OREC_FIELD("departed_without_approval", "Departed without approval"),
    OREC_FIELD("lost_contact_since", "Lost contact since"),
    OREC_FIELD("cancelled_date", "Cancelled on"),
    OREC_FIELD("status_reason", "Reason"),
    OREC_FIELD("closed_date", "Closed on"),
    OREC_FIELD("did_not_return_date", "Did not return, as of"),
    OREC_FIELD("probation_end_date", "End of probation"),
    OREC_FIELD("probation_decision", "Decision on full membership"),
    OREC_FIELD("probation_decision_ref", "Decision reference"),
    OREC_FIELD("posting_id", "Posting"),
    OREC_FIELD("event_date", "Event date"),
    OREC_FIELD("due_date", "Due date"),
    OREC_FIELD("rule_set_version", "Rules version"),
    OREC_FIELD("received_date", "Received on"),
    OREC_FIELD("received_by", "Received by"),
    OREC_FIELD("fields", "Content"),
    OREC_FIELD("cell_opinion", "Cell's opinion"),
    OREC_FIELD("committee_opinion", "Committee's opinion"),
    OREC_FIELD("committee_decision", "Committee's decision"),
    OREC_FIELD("confirmed", "Confirmed"),
    OREC_FIELD("direction", "Direction"),
    OREC_FIELD("issuing_committee_id", "Issuing committee"),
    OREC_FIELD("register_number", "Register number"),
    OREC_FIELD("register_year", "Register year"),
    OREC_FIELD("register_seq", "Register sequence"),
    OREC_FIELD("issue_date", "Issued on"),
    OREC_FIELD("receiving_unit_id", "Receiving unit"),
    OREC_FIELD("receiving_unit_name", "Receiving unit (as written)"),
    OREC_FIELD("dues_paid_up_to", "Dues paid up to"),
    OREC_FIELD("notes", "Notes"),
    OREC_FIELD("reason", "Reason"),
    OREC_FIELD("new_planned_return", "New planned return"),
    OREC_FIELD("effective_date", "In force from"),
    OREC_FIELD("value", "Value"),
    OREC_FIELD("description", "Description"),
    OREC_FIELD("source", "Source"),
    // Report content (core/report.h report_field).
    OREC_FIELD("places", "Places"),
    OREC_FIELD("paid_by", "Paid by"),
    OREC_FIELD("companions", "Travel companions"),
    OREC_FIELD("relatives_abroad", "Relatives abroad"),
    OREC_FIELD("no_classified_documents", "Takes no classified documents"),
    OREC_FIELD("reporting_duties_acknowledged", "Reporting duties acknowledged"),
    OREC_FIELD("results", "Work done and results"),
    OREC_FIELD("foreign_contacts", "Contacts with foreigners"),
    OREC_FIELD("gifts_or_awards", "Gifts, awards or titles offered"),
    OREC_FIELD("foreign_organisation_invitations", "Invitations to foreign organisations"),
    OREC_FIELD("incidents", "Incidents"),
    OREC_FIELD("self_assessment", "Own assessment"),
    OREC_FIELD("relation", "Relation"),
    OREC_FIELD("who", "Who"),
    OREC_FIELD("when", "When"),
    OREC_FIELD("about", "About"),
    OREC_FIELD("uuid", "Record identifier"),
    OREC_FIELD("id", "Row number"),
    OREC_FIELD("version", "Version"),
};

const Label kEntityNames[] = {
    OREC_FIELD("member", "Member"),
    OREC_FIELD("party_unit", "Party unit"),
    OREC_FIELD("posting", "Posting"),
    OREC_FIELD("report", "Report"),
    OREC_FIELD("transfer", "Transfer letter"),
    OREC_FIELD("attachment", "Attachment"),
    OREC_FIELD("rule_set", "Rules"),
    OREC_FIELD("holiday", "Holiday"),
    OREC_FIELD("user", "User"),
    OREC_FIELD("key_slot", "Key slot"),
    OREC_FIELD("database", "Database"),
};

const Label kActionNames[] = {
    OREC_FIELD("create", "Created"),
    OREC_FIELD("update", "Changed"),
    OREC_FIELD("delete", "Deleted"),
    OREC_FIELD("change_passphrase", "Passphrase changed"),
    OREC_FIELD("reset_passphrase", "Passphrase reset"),
    OREC_FIELD("reset_with_recovery_key", "Opened with the recovery key"),
    OREC_FIELD("rekey", "Keys replaced"),
    OREC_FIELD("file", "Filed"),
};

#undef OREC_FIELD

QString lookUp(const Label* begin, const Label* end, const QString& key)
{
    for (const Label* l = begin; l != end; ++l) {
        if (key == QLatin1String(l->key))
            return AuditChangeFormatter::tr(l->text);
    }
    return {};
}

int fieldOrder(const QString& key)
{
    for (std::size_t i = 0; i < std::size(kFieldLabels); ++i) {
        if (key == QLatin1String(kFieldLabels[i].key))
            return static_cast<int>(i);
    }
    return static_cast<int>(std::size(kFieldLabels));
}

// "some_code" for a key nobody named: better than nothing, and stable.
QString plainWords(const QString& code)
{
    QString words = code;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

template <typename E> QString enumText(const QString& code)
{
    if (auto value = fromCodeName<E>(code))
        return displayName(*value);
    return code;
}

QString countryName(const QString& code)
{
    if (auto country = countryByCode(code))
        return country->vietnameseName.isEmpty() ? country->englishName : country->vietnameseName;
    return code;
}

bool isDateKey(const QString& key)
{
    return key.endsWith(QLatin1String("_date")) || key.startsWith(QLatin1String("planned_")) ||
           key == QLatin1String("date_of_birth") || key == QLatin1String("lost_contact_since") ||
           key == QLatin1String("dues_paid_up_to") || key == QLatin1String("new_planned_return") ||
           key == QLatin1String("when");
}

QString scalarText(const QString& entity, const QString& key, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isBool())
        return value.toBool() ? AuditChangeFormatter::tr("Yes") : AuditChangeFormatter::tr("No");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    const QString text = value.toString();
    if (isDateKey(key)) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? formatDate(date) : text;
    }
    if (key == QLatin1String("gender"))
        return enumText<Gender>(text);
    if (key == QLatin1String("purpose"))
        return enumText<PostingPurpose>(text);
    if (key == QLatin1String("arrangement"))
        return enumText<PartyActivityArrangement>(text);
    if (key == QLatin1String("attendance"))
        return enumText<AttendanceMode>(text);
    if (key == QLatin1String("probation_decision"))
        return enumText<ProbationDecision>(text);
    if (key == QLatin1String("cell_type"))
        return enumText<CellType>(text);
    if (key == QLatin1String("direction"))
        return enumText<TransferDirection>(text);
    if (key == QLatin1String("country") || key == QLatin1String("countries"))
        return countryName(text);
    if (key == QLatin1String("role")) {
        if (auto role = roleFromCode(text))
            return roleDisplayName(*role);
        return text;
    }
    if (key == QLatin1String("status") && entity == QLatin1String("posting"))
        return enumText<PostingStatus>(text);
    if (key == QLatin1String("kind")) {
        if (entity == QLatin1String("report"))
            return enumText<ReportKind>(text);
        if (entity == QLatin1String("party_unit"))
            return enumText<UnitKind>(text);
        if (entity == QLatin1String("transfer"))
            return enumText<TransferKind>(text);
    }
    return text;
}

QString objectText(const QString& entity, const QJsonObject& object)
{
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString value = AuditChangeFormatter::formatValue(entity, it.key(), it.value());
        if (!value.isEmpty())
            parts.append(AuditChangeFormatter::fieldLabel(it.key()) + QStringLiteral(": ") + value);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString AuditChangeFormatter::entityName(const QString& entity)
{
    const QString name = lookUp(std::begin(kEntityNames), std::end(kEntityNames), entity);
    return name.isEmpty() ? plainWords(entity) : name;
}

QStringList AuditChangeFormatter::knownEntities()
{
    QStringList codes;
    for (const Label& l : kEntityNames)
        codes.append(QLatin1String(l.key));
    return codes;
}

QString AuditChangeFormatter::actionName(const QString& action)
{
    if (action.startsWith(QLatin1String("transition:"))) {
        const QString code = action.mid(int(qstrlen("transition:")));
        if (auto transition = fromCodeName<PostingTransition>(code))
            return tr("Life-cycle: %1").arg(displayName(*transition));
        return tr("Life-cycle: %1").arg(plainWords(code));
    }
    const QString name = lookUp(std::begin(kActionNames), std::end(kActionNames), action);
    return name.isEmpty() ? plainWords(action) : name;
}

QString AuditChangeFormatter::fieldLabel(const QString& key)
{
    const QString label = lookUp(std::begin(kFieldLabels), std::end(kFieldLabels), key);
    return label.isEmpty() ? plainWords(key) : label;
}

QString AuditChangeFormatter::formatValue(const QString& entity, const QString& key, const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList items;
        bool objects = false;
        for (const QJsonValue& item : value.toArray()) {
            objects = objects || item.isObject();
            items.append(item.isObject() ? objectText(entity, item.toObject())
                                         : scalarText(entity, key, item));
        }
        // One extension or relative per line; plain values (countries) on one line.
        return items.join(objects ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    if (value.isObject())
        return objectText(entity, value.toObject());
    return scalarText(entity, key, value);
}

QString AuditChangeFormatter::recordLabel(const AuditEntry& entry)
{
    for (const QString& json : {entry.afterJson, entry.beforeJson}) {
        const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
        for (const char* key : {"full_name", "name", "code"}) {
            const QString text = object.value(QLatin1String(key)).toString();
            if (!text.isEmpty())
                return text;
        }
        if (object.contains(QLatin1String("kind")) && entry.entity == QLatin1String("report"))
            return formatValue(entry.entity, QStringLiteral("kind"), object.value(QLatin1String("kind")));
        if (object.contains(QLatin1String("purpose")))
            return formatValue(entry.entity, QStringLiteral("purpose"),
                               object.value(QLatin1String("purpose"))) +
                   QStringLiteral(" — ") +
                   formatValue(entry.entity, QStringLiteral("countries"),
                               object.value(QLatin1String("countries")));
    }
    return entry.entityId;
}

QList<FieldChange> AuditChangeFormatter::changes(const AuditEntry& entry)
{
    const QJsonObject before = QJsonDocument::fromJson(entry.beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(entry.afterJson.toUtf8()).object();
    QStringList keys = before.keys();
    for (const QString& key : after.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    QList<FieldChange> result;
    for (const QString& key : std::as_const(keys)) {
        FieldChange change;
        change.key = key;
        change.label = fieldLabel(key);
        change.before = formatValue(entry.entity, key, before.value(key));
        change.after = formatValue(entry.entity, key, after.value(key));
        change.changed = before.value(key) != after.value(key);
        result.append(change);
    }
    std::stable_sort(result.begin(), result.end(), [](const FieldChange& a, const FieldChange& b) {
        if (a.changed != b.changed)
            return a.changed;
        return fieldOrder(a.key) < fieldOrder(b.key);
    });
    return result;
}

} // namespace orec::gui
