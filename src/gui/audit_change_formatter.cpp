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

struct Label
{
    const char* key;
    const char* text;
};

// The keys of storage/record_json.cpp and the users table, in the order a record is read.
const Label kFieldLabels[] = {
    {"full_name", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Full name")},
    {"name", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Name")},
    {"code", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Code")},
    {"role", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Role")},
    {"gender", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Gender")},
    {"date_of_birth", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Date of birth")},
    {"hometown", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Hometown")},
    {"citizen_id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Citizen ID")},
    {"party_card_no", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Party card number")},
    {"dossier_no", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Dossier number")},
    {"admission_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Admission date")},
    {"full_membership_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Full-membership date")},
    {"home_unit_id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Home unit")},
    {"position", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Position")},
    {"workplace", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Workplace")},
    {"phone", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Phone")},
    {"email", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "E-mail")},
    {"under_disciplinary_review",
     QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Under disciplinary review")},
    {"kind", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Kind")},
    {"parent_id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Parent unit")},
    {"overseas", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Overseas")},
    {"cell_type", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Cell type")},
    {"level", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Level")},
    {"alias", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Alias")},
    {"country", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Country")},
    {"countries", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Countries")},
    {"city", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "City")},
    {"secretary_member_id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Secretary")},
    {"deputy_member_id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Deputy secretary")},
    {"established_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Set up on")},
    {"active", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Active")},
    {"probationary_cell", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Probationary cell")},
    {"member_id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Member")},
    {"purpose", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Purpose")},
    {"host_organisation", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Host organisation")},
    {"visits_relatives", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Visits relatives")},
    {"delegation_size", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Delegation size")},
    {"decision_no", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Decision number")},
    {"decision_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Decision date")},
    {"decision_body", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Issued by")},
    {"approving_committee_id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Approving committee")},
    {"approval_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Approval date")},
    {"political_conclusion_ref",
     QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Political-standard conclusion")},
    {"planned_departure", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Planned departure")},
    {"planned_return", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Planned return")},
    {"departure_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Departure")},
    {"return_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Return")},
    {"extensions", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Extensions")},
    {"arrangement", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Party activity")},
    {"attendance", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Attendance")},
    {"overseas_cell_id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Overseas cell")},
    {"transfer_out_id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Transfer letter out")},
    {"transfer_back_id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Transfer letter back")},
    {"status", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Status")},
    {"departed_without_approval",
     QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Departed without approval")},
    {"lost_contact_since", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Lost contact since")},
    {"cancelled_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Cancelled on")},
    {"status_reason", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Reason")},
    {"closed_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Closed on")},
    {"did_not_return_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Did not return, as of")},
    {"probation_end_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "End of probation")},
    {"probation_decision",
     QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Decision on full membership")},
    {"probation_decision_ref", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Decision reference")},
    {"posting_id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Posting")},
    {"event_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Event date")},
    {"due_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Due date")},
    {"rule_set_version", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Rules version")},
    {"received_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Received on")},
    {"received_by", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Received by")},
    {"fields", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Content")},
    {"cell_opinion", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Cell's opinion")},
    {"committee_opinion", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Committee's opinion")},
    {"committee_decision", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Committee's decision")},
    {"confirmed", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Confirmed")},
    {"direction", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Direction")},
    {"issuing_committee_id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Issuing committee")},
    {"register_number", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Register number")},
    {"register_year", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Register year")},
    {"register_seq", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Register sequence")},
    {"issue_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Issued on")},
    {"receiving_unit_id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Receiving unit")},
    {"receiving_unit_name",
     QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Receiving unit (as written)")},
    {"dues_paid_up_to", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Dues paid up to")},
    {"notes", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Notes")},
    {"reason", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Reason")},
    {"new_planned_return", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "New planned return")},
    {"effective_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "In force from")},
    {"value", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Value")},
    {"description", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Description")},
    {"source", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Source")},
    // Report content (core/report.h report_field).
    {"places", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Places")},
    {"paid_by", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Paid by")},
    {"companions", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Travel companions")},
    {"relatives_abroad", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Relatives abroad")},
    {"no_classified_documents",
     QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Takes no classified documents")},
    {"reporting_duties_acknowledged",
     QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Reporting duties acknowledged")},
    {"results", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Work done and results")},
    {"foreign_contacts", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Contacts with foreigners")},
    {"gifts_or_awards",
     QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Gifts, awards or titles offered")},
    {"foreign_organisation_invitations",
     QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Invitations to foreign organisations")},
    {"incidents", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Incidents")},
    {"self_assessment", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Own assessment")},
    {"relation", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Relation")},
    {"who", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Who")},
    {"when", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "When")},
    {"about", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "About")},
    {"uuid", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Record identifier")},
    {"file", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "File")},
    {"rows", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Rows")},
    {"imported", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Imported")},
    {"rejected", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Rejected")},
    {"written", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Written")},
    {"created", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Created")},
    {"updated", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Updated")},
    {"removed", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Removed")},
    {"records", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Records")},
    {"mode", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Mode")},
    {"day", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Day")},
    {"home", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Home")},
    {"package", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Package")},
    {"cell", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Cell")},
    {"cell_code", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Cell code")},
    {"cell_uuid", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Cell identifier")},
    {"secretary", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Secretary")},
    {"fingerprint", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Fingerprint")},
    {"reports", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Reports")},
    {"members", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Members")},
    {"postings", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Postings")},
    {"changes", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Changes")},
    {"conflicts", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Conflicts")},
    {"refused", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Refused")},
    {"acknowledged", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Acknowledged")},
    {"acknowledged_change", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Last change acknowledged")},
    {"base", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Base")},
    {"first_package", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "First package")},
    {"records_adopted", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Records adopted")},
    {"laptops_to_tell", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Laptops to tell")},
    {"entries_removed", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Entries removed")},
    {"through", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Up to")},
    {"keys_deleted", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Keys deleted")},
    {"recovery_key", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Recovery key")},
    {"field", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Field")},
    {"entity", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Record type")},
    {"box_key", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Encryption key")},
    {"key_id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Key identifier")},
    {"id", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Row number")},
    {"version", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Version")},
};

const Label kEntityNames[] = {
    {"member", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Member")},
    {"party_unit", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Party unit")},
    {"posting", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Posting")},
    {"report", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Report")},
    {"transfer", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Transfer letter")},
    {"attachment", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Attachment")},
    {"rule_set", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Rules")},
    {"holiday", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Holiday")},
    {"user", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "User")},
    {"key_slot", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Key slot")},
    {"database", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Database")},
    {"exchange_peer", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Exchange partner")},
    {"exchange_identity", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Exchange identity")},
    {"exchange_grant", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Exchange key access")},
    {"exchange_mode", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Exchange mode")},
    {"exchange_package", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Exchange package")},
    {"exchange_conflict", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Exchange conflict")},
    {"audit", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Audit log")},
    {"pending_secretary", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Pending secretary")},
    {"import", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Import")},
    {"export", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Export")},
};

const Label kActionNames[] = {
    {"create", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Created")},
    {"update", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Changed")},
    {"delete", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Deleted")},
    {"change_passphrase", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Passphrase changed")},
    {"reset_passphrase", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Passphrase reset")},
    {"reset_with_recovery_key",
     QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Opened with the recovery key")},
    {"rekey", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Keys replaced")},
    {"file", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Filed")},
    {"install", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Installed")},
    {"enrol", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Enrolled")},
    {"activate", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Activated")},
    {"signatures_begin", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Signatures begin")},
    {"export", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Exported")},
    {"import", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Imported")},
    {"prune", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Pruned")},
    {"adopt", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Adopted")},
    {"grant", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Granted")},
    {"drop", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Access withdrawn")},
    {"reseal", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Resealed")},
    {"due_date", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Due date changed")},
    {"probation_decision",
     QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Decision on full membership recorded")},
    {"receive", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Received")},
    {"link_transfer", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Transfer letter linked")},
    {"exchange:install",
     QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Installed from an exchange package")},
    {"exchange:reapply",
     QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Applied again from an exchange package")},
    {"rotate", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Keys rotated")},
    {"remove", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Removed")},
    {"home_keys", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Home keys set")},
    {"home_keys_announced", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Home keys announced")},
    {"field_init", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Field database created")},
    {"field", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Field mode")},
    {"key_rotate", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Own key rotated")},
    {"key_issue", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Key issued")},
    {"exchange:remove", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Removed from the exchange")},
    {"demo:generate", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "Demonstration data generated")},
};

// Exchange conflict resolutions (exchange/import_plan.cpp resolutionCode) and spreadsheet tables
// (app/interchange_format.cpp interchangeTableName).
const Label kResolutionNames[] = {
    {"unresolved", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "not resolved")},
    {"keep_home", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "home's version kept")},
    {"take_cell", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "cell's version taken")},
    {"edit", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "edited")},
};

const Label kTableNames[] = {
    {"members", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "members")},
    {"cells", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "cells")},
    {"postings", QT_TRANSLATE_NOOP("orec::gui::AuditChangeFormatter", "postings")},
};

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

QString tableName(const QString& code)
{
    const QString name = lookUp(std::begin(kTableNames), std::end(kTableNames), code);
    return name.isEmpty() ? plainWords(code) : name;
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
    if (key == QLatin1String("level"))
        return enumText<UnitLevel>(text);
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
    // "import:members", "export:postings": a spreadsheet import or export of one table.
    if (action.startsWith(QLatin1String("import:")))
        return tr("Imported from a spreadsheet: %1").arg(tableName(action.mid(int(qstrlen("import:")))));
    if (action.startsWith(QLatin1String("export:")))
        return tr("Exported to a spreadsheet: %1").arg(tableName(action.mid(int(qstrlen("export:")))));
    if (action.startsWith(QLatin1String("resolve:"))) {
        const QString code = action.mid(int(qstrlen("resolve:")));
        const QString how = lookUp(std::begin(kResolutionNames), std::end(kResolutionNames), code);
        return tr("Conflict resolved: %1").arg(how.isEmpty() ? plainWords(code) : how);
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
