#include "core/validation.h"

#include "core/country.h"
#include "core/field_limits.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::Validation)
};

} // namespace

QString tooLongMessage(const QString& what, qsizetype size, int max)
{
    return Texts::tr("%1 is too long: at most %2 characters (this one has %3).").arg(what).arg(max).arg(size);
}

Status checkLength(const QString& field, const QString& what, const QString& value, int max)
{
    if (value.size() <= max)
        return {};
    return Error(ErrorCode::Invalid, tooLongMessage(what, value.size(), max), field);
}

namespace {

QString fmt(const QDate& d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

class Collector
{
public:
    void error(const QString& field, const QString& message)
    {
        m_problems.append({field, message, Severity::Error});
    }
    void warning(const QString& field, const QString& message)
    {
        m_problems.append({field, message, Severity::Warning});
    }
    FieldErrors take() { return std::move(m_problems); }

    void notInFuture(const QString& field, const QDate& date, const QDate& today, const QString& what)
    {
        if (date.isValid() && today.isValid() && date > today)
            error(field, Texts::tr("%1 (%2) cannot be in the future.").arg(what, fmt(date)));
    }

    // A text over its limit: `label` is the field's name (QT_TRANSLATE_NOOP), translated only when the
    // value is refused, since a large import checks every field of every row.
    void length(const QString& field, const QString& value, int max, const char* label)
    {
        if (value.size() > max)
            error(field, tooLongMessage(Texts::tr(label), value.size(), max));
    }
    void count(const QString& field, qsizetype entries, int max, const char* label)
    {
        if (entries > max)
            error(field, Texts::tr("%1: at most %2 entries (there are %3).")
                             .arg(Texts::tr(label))
                             .arg(max)
                             .arg(entries));
    }
    bool empty() const { return m_problems.isEmpty(); }

private:
    FieldErrors m_problems;
};

QString f(const char* field)
{
    return QString::fromLatin1(field);
}

QString indexed(const char* list, qsizetype index, const char* field)
{
    return QStringLiteral("%1.%2.%3").arg(QLatin1String(list)).arg(index).arg(QLatin1String(field));
}

bool allDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString withoutSpaces(const QString& s)
{
    QString out;
    for (const QChar c : s) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

void checkCountry(Collector& c, const QString& field, const QString& code)
{
    if (!isCountryCode(code))
        c.error(field, Texts::tr("\"%1\" is not an ISO 3166-1 country code.").arg(code));
    else if (code.trimmed().compare(QLatin1String("VN"), Qt::CaseInsensitive) == 0)
        c.error(field, Texts::tr("A country abroad cannot be Viet Nam."));
}

void checkRelatives(Collector& c, const QList<RelativeAbroad>& relatives)
{
    for (qsizetype i = 0; i < relatives.size(); ++i) {
        const RelativeAbroad& r = relatives[i];
        if (r.name.trimmed().isEmpty())
            c.error(indexed("relatives_abroad", i, "name"),
                    Texts::tr("Relative %1: the name is missing.").arg(i + 1));
        if (r.relation.trimmed().isEmpty())
            c.error(indexed("relatives_abroad", i, "relation"),
                    Texts::tr("Relative %1: the relation to the member is missing.").arg(i + 1));
        if (r.countryCode.trimmed().isEmpty())
            c.error(indexed("relatives_abroad", i, "country"),
                    Texts::tr("Relative %1: the country is missing.").arg(i + 1));
        else if (!isCountryCode(r.countryCode))
            c.error(indexed("relatives_abroad", i, "country"),
                    Texts::tr("Relative %1: \"%2\" is not an ISO 3166-1 country code.")
                        .arg(i + 1)
                        .arg(r.countryCode));
    }
}

} // namespace

using namespace field_limits;

FieldErrors lengthProblems(const Member& m)
{
    Collector c;
    c.length(f("uuid"), m.uuid, kUuid, QT_TRANSLATE_NOOP("orec::Validation", "The record's uuid"));
    c.length(f("full_name"), m.fullName, kPersonName, QT_TRANSLATE_NOOP("orec::Validation", "The full name"));
    c.length(f("alias"), m.alias, kPersonName, QT_TRANSLATE_NOOP("orec::Validation", "The alias"));
    c.length(f("hometown"), m.hometown, kPlace, QT_TRANSLATE_NOOP("orec::Validation", "The hometown"));
    c.length(f("citizen_id"), m.citizenId, kIdentityNumber,
             QT_TRANSLATE_NOOP("orec::Validation", "The citizen ID"));
    c.length(f("party_card_no"), m.partyCardNumber, kIdentityNumber,
             QT_TRANSLATE_NOOP("orec::Validation", "The party card number"));
    c.length(f("dossier_no"), m.dossierNumber, kIdentityNumber,
             QT_TRANSLATE_NOOP("orec::Validation", "The dossier number"));
    c.length(f("position"), m.position, kPosition, QT_TRANSLATE_NOOP("orec::Validation", "The position"));
    c.length(f("workplace"), m.workplace, kOrganisation,
             QT_TRANSLATE_NOOP("orec::Validation", "The workplace"));
    c.length(f("phone"), m.phone, kPhone, QT_TRANSLATE_NOOP("orec::Validation", "The phone number"));
    c.length(f("email"), m.email, kEmail, QT_TRANSLATE_NOOP("orec::Validation", "The e-mail address"));
    c.length(f("notes"), m.notes, kLongText, QT_TRANSLATE_NOOP("orec::Validation", "The notes"));
    return c.take();
}

FieldErrors lengthProblems(const PartyUnit& u)
{
    Collector c;
    c.length(f("uuid"), u.uuid, kUuid, QT_TRANSLATE_NOOP("orec::Validation", "The record's uuid"));
    c.length(f("code"), u.code, kUnitCode, QT_TRANSLATE_NOOP("orec::Validation", "The unit code"));
    c.length(f("name"), u.name, kUnitName, QT_TRANSLATE_NOOP("orec::Validation", "The unit name"));
    c.length(f("country"), u.countryCode, kCountryCode, QT_TRANSLATE_NOOP("orec::Validation", "The country"));
    c.length(f("city"), u.city, kPlace, QT_TRANSLATE_NOOP("orec::Validation", "The city"));
    return c.take();
}

FieldErrors lengthProblems(const Posting& p)
{
    Collector c;
    c.length(f("uuid"), p.uuid, kUuid, QT_TRANSLATE_NOOP("orec::Validation", "The record's uuid"));
    c.count(f("country"), p.countryCodes.size(), kCountries,
            QT_TRANSLATE_NOOP("orec::Validation", "The countries of a posting"));
    for (const QString& code : p.countryCodes)
        c.length(f("country"), code, kCountryCode, QT_TRANSLATE_NOOP("orec::Validation", "The country"));
    c.length(f("city"), p.city, kPlace, QT_TRANSLATE_NOOP("orec::Validation", "The city"));
    c.length(f("host_organisation"), p.hostOrganisation, kOrganisation,
             QT_TRANSLATE_NOOP("orec::Validation", "The host organisation"));
    c.length(f("decision_no"), p.decisionNumber, kReference,
             QT_TRANSLATE_NOOP("orec::Validation", "The number of the sending decision"));
    c.length(f("decision_body"), p.decisionBody, kOrganisation,
             QT_TRANSLATE_NOOP("orec::Validation", "The body that took the sending decision"));
    c.length(f("political_conclusion"), p.politicalConclusionRef, kReference,
             QT_TRANSLATE_NOOP("orec::Validation", "The political-standard conclusion's reference"));
    c.length(f("status_reason"), p.statusReason, kShortText,
             QT_TRANSLATE_NOOP("orec::Validation", "The reason"));
    c.length(f("probation_decision_ref"), p.probationDecisionRef, kReference,
             QT_TRANSLATE_NOOP("orec::Validation", "The reference of the decision on full membership"));
    c.count(f("extensions"), p.extensions.size(), kExtensions,
            QT_TRANSLATE_NOOP("orec::Validation", "The extensions of a posting"));
    for (qsizetype i = 0; i < p.extensions.size() && i < kExtensions; ++i) {
        const Extension& e = p.extensions[i];
        c.length(indexed("extensions", i, "decision_no"), e.decisionNumber, kReference,
                 QT_TRANSLATE_NOOP("orec::Validation", "The number of an extension's decision"));
        c.length(indexed("extensions", i, "reason"), e.reason, kShortText,
                 QT_TRANSLATE_NOOP("orec::Validation", "The reason for an extension"));
    }
    return c.take();
}

namespace {

// The limits of the report content's known keys (report_field); any other text in it is long text.
int contentLimit(const QString& path)
{
    static const QHash<QString, int> limits = {
        {QStringLiteral("purpose"), kShortText},
        {QStringLiteral("places"), kPlace},
        {QStringLiteral("paid_by"), kOrganisation},
        {QStringLiteral("companions"), kShortText},
        {QStringLiteral("relatives_abroad.name"), kPersonName},
        {QStringLiteral("relatives_abroad.relation"), kPosition},
        {QStringLiteral("relatives_abroad.country"), kCountryCode},
        {QStringLiteral("relatives_abroad.status"), kOrganisation},
        {QStringLiteral("foreign_contacts.who"), kOrganisation},
        {QStringLiteral("foreign_contacts.when"), kReference},
        {QStringLiteral("foreign_contacts.about"), kShortText},
    };
    return limits.value(path, kLongText);
}

// Every text of a report's content within its limit, every list within kListEntries, and no deeper
// than a list of records of texts. `path` names a value without list positions ("relatives_abroad.name").
void checkContent(Collector& c, const QVariant& value, const QString& path, int depth)
{
    const QString field = QStringLiteral("fields.") + path;
    if (depth > 3) {
        c.error(field, Texts::tr("The report's content is nested too deeply at %1.").arg(path));
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        const QVariantMap map = value.toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            c.length(field, it.key(), kReference, QT_TRANSLATE_NOOP("orec::Validation", "A content key"));
            checkContent(c, it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                         depth + 1);
        }
        break;
    }
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        const QVariantList list = value.toList();
        c.count(field, list.size(), kListEntries,
                QT_TRANSLATE_NOOP("orec::Validation", "A list of the report"));
        for (qsizetype i = 0; i < list.size() && i < kListEntries; ++i)
            checkContent(c, list.at(i), path, depth + 1);
        break;
    }
    case QMetaType::QString: {
        const QString text = value.toString();
        if (text.size() > contentLimit(path))
            c.error(field,
                    tooLongMessage(Texts::tr("The report's %1").arg(path.section(QLatin1Char('.'), -1)),
                                   text.size(), contentLimit(path)));
        break;
    }
    default:
        break;
    }
}

} // namespace

FieldErrors lengthProblems(const Report& r)
{
    Collector c;
    c.length(f("uuid"), r.uuid, kUuid, QT_TRANSLATE_NOOP("orec::Validation", "The record's uuid"));
    c.length(f("received_by"), r.receivedBy, kUserName,
             QT_TRANSLATE_NOOP("orec::Validation", "Who received the report"));
    c.length(f("cell_opinion"), r.cellOpinion, kLongText,
             QT_TRANSLATE_NOOP("orec::Validation", "The cell's opinion"));
    c.length(f("committee_opinion"), r.committeeOpinion, kLongText,
             QT_TRANSLATE_NOOP("orec::Validation", "The committee's opinion"));
    c.length(f("committee_decision"), r.committeeDecision, kShortText,
             QT_TRANSLATE_NOOP("orec::Validation", "The committee's decision"));
    if (!r.fields.isEmpty()) {
        // The content as a whole first: a map of a million short texts is refused without walking it.
        const qsizetype size =
            QJsonDocument(QJsonObject::fromVariantMap(r.fields)).toJson(QJsonDocument::Compact).size();
        if (size > kReportContent)
            c.error(f("fields"), tooLongMessage(Texts::tr("The report's content"), size, kReportContent));
        else
            checkContent(c, QVariant(r.fields), QString(), 0);
    }
    return c.take();
}

FieldErrors lengthProblems(const Transfer& t)
{
    Collector c;
    c.length(f("uuid"), t.uuid, kUuid, QT_TRANSLATE_NOOP("orec::Validation", "The record's uuid"));
    c.length(f("receiving_unit"), t.receivingUnitName, kOrganisation,
             QT_TRANSLATE_NOOP("orec::Validation", "The receiving unit"));
    c.length(f("party_card_no"), t.partyCardNumber, kIdentityNumber,
             QT_TRANSLATE_NOOP("orec::Validation", "The party card number"));
    c.length(f("dossier_no"), t.dossierNumber, kIdentityNumber,
             QT_TRANSLATE_NOOP("orec::Validation", "The dossier number"));
    c.length(f("notes"), t.notes, kLongText, QT_TRANSLATE_NOOP("orec::Validation", "The notes"));
    return c.take();
}

bool isValidCitizenId(const QString& text)
{
    const QString s = withoutSpaces(text);
    return allDigits(s) && (s.size() == 12 || s.size() == 9);
}

bool isValidPartyCardNumber(const QString& text)
{
    return allDigits(withoutSpaces(text));
}

bool isValidDossierNumber(const QString& text)
{
    // The order of digits and letters differs between committees' registers; the counts do not.
    int digits = 0;
    int letters = 0;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ++digits;
        else if ((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                 (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QChar(u'Đ') || c == QChar(u'đ'))
            ++letters;
        else if (c != QLatin1Char('-') && c != QLatin1Char('/') && !c.isSpace())
            return false;
    }
    return digits == 6 && letters >= 2 && letters <= 3;
}

QString dossierNumberProblem(const QString& text)
{
    const QString number = text.trimmed();
    if (number.isEmpty() || isValidDossierNumber(number))
        return {};
    return Texts::tr("“%1” is not a dossier number: a dossier number has 6 digits and 2 or 3 letters, for "
                     "example 123456AB or 123456ABC.")
        .arg(number);
}

bool isValidEmail(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return shape.match(text.trimmed()).hasMatch();
}

bool isValidPhone(const QString& text)
{
    int digits = 0;
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            ++digits;
        else if (c != QLatin1Char('+') && c != QLatin1Char('(') && c != QLatin1Char(')') &&
                 c != QLatin1Char('-') && c != QLatin1Char('.') && !c.isSpace())
            return false;
    }
    return digits >= 8 && digits <= 15;
}

FieldErrors validate(const Member& m, const QDate& today)
{
    // A value over its limit is said alone: the other checks would quote or scan it whole.
    if (FieldErrors tooLong = lengthProblems(m); !tooLong.isEmpty())
        return tooLong;
    Collector c;
    const QString name = m.fullName.simplified();
    if (name.isEmpty()) {
        c.error(f("full_name"), Texts::tr("The full name is required."));
    } else {
        bool onlyNameCharacters = true;
        for (const QChar ch : name) {
            if (!ch.isLetter() && !ch.isMark() && ch != QLatin1Char(' ') && ch != QLatin1Char('-') &&
                ch != QLatin1Char('\'') && ch != QChar(u'’'))
                onlyNameCharacters = false;
        }
        if (!onlyNameCharacters)
            c.error(f("full_name"),
                    Texts::tr("The full name may contain only letters, spaces, hyphens and apostrophes."));
        else if (!name.contains(QLatin1Char(' ')))
            c.warning(f("full_name"),
                      Texts::tr("The full name has one word only; enter family, middle and given name."));
    }

    c.notInFuture(f("date_of_birth"), m.dateOfBirth, today, Texts::tr("The date of birth"));
    if (m.dateOfBirth.isValid() && m.dateOfBirth < QDate(1900, 1, 1))
        c.error(f("date_of_birth"),
                Texts::tr("The date of birth (%1) is implausibly early.").arg(fmt(m.dateOfBirth)));

    c.notInFuture(f("admission_date"), m.admissionDate, today, Texts::tr("The admission date"));
    if (m.admissionDate.isValid() && m.dateOfBirth.isValid()) {
        const QDate eighteenth = m.dateOfBirth.addYears(18);
        if (m.admissionDate < eighteenth) {
            c.error(f("admission_date"),
                    Texts::tr("Admission (%1) is before the member's 18th birthday (%2).")
                        .arg(fmt(m.admissionDate), fmt(eighteenth)));
        }
    }

    c.notInFuture(f("full_membership_date"), m.fullMembershipDate, today,
                  Texts::tr("The full-membership date"));
    if (m.fullMembershipDate.isValid()) {
        if (!m.admissionDate.isValid()) {
            c.error(f("full_membership_date"), Texts::tr("A full-membership date needs the admission date."));
        } else if (m.fullMembershipDate < m.admissionDate) {
            c.error(f("full_membership_date"),
                    Texts::tr("Full membership (%1) cannot come before admission (%2).")
                        .arg(fmt(m.fullMembershipDate), fmt(m.admissionDate)));
        } else if (m.fullMembershipDate < m.expectedFullMembershipDate()) {
            c.warning(f("full_membership_date"),
                      Texts::tr("Full membership (%1) normally comes 12 months after admission, on %2.")
                          .arg(fmt(m.fullMembershipDate), fmt(m.expectedFullMembershipDate())));
        }
    } else if (m.isProbationary() && today.isValid() && today > m.expectedFullMembershipDate()) {
        c.warning(
            f("full_membership_date"),
            Texts::tr("Probation ended on %1; record the full-membership date or the committee's decision.")
                .arg(fmt(m.expectedFullMembershipDate())));
    }

    if (!m.citizenId.trimmed().isEmpty()) {
        const QString id = withoutSpaces(m.citizenId);
        if (!isValidCitizenId(id))
            c.error(f("citizen_id"),
                    Texts::tr("The citizen ID must have 12 digits (9 on old identity cards)."));
        else if (id.size() == 9)
            c.warning(
                f("citizen_id"),
                Texts::tr(
                    "A 9-digit number is from an old identity card; record the 12-digit citizen ID if the "
                    "member has one."));
    }

    if (!m.partyCardNumber.trimmed().isEmpty()) {
        const QString card = withoutSpaces(m.partyCardNumber);
        if (!isValidPartyCardNumber(card))
            c.error(f("party_card_no"), Texts::tr("The party card number may contain digits only."));
        else if (card.size() != 8)
            c.warning(f("party_card_no"), Texts::tr("Party cards issued since 2003 have 8-digit "
                                                    "numbers; this one has %n digit(s).",
                                                    nullptr, static_cast<int>(card.size())));
        if (m.isProbationary())
            c.warning(f("party_card_no"), Texts::tr("A probationary member does not have a party card yet."));
    }

    if (const QString problem = dossierNumberProblem(m.dossierNumber); !problem.isEmpty())
        c.warning(f("dossier_no"), problem);

    if (!m.email.trimmed().isEmpty() && !isValidEmail(m.email))
        c.error(f("email"), Texts::tr("\"%1\" is not an e-mail address.").arg(m.email.trimmed()));
    if (!m.phone.trimmed().isEmpty() && !isValidPhone(m.phone))
        c.error(f("phone"),
                Texts::tr("A phone number has 8 to 15 digits, with +, brackets, dashes or spaces between."));
    return c.take();
}

FieldErrors validate(const PartyUnit& u, const QDate& today)
{
    // A value over its limit is said alone: the other checks would quote or scan it whole.
    if (FieldErrors tooLong = lengthProblems(u); !tooLong.isEmpty())
        return tooLong;
    Collector c;
    if (u.code.trimmed().isEmpty())
        c.error(f("code"), Texts::tr("The unit code is required."));
    if (u.name.trimmed().isEmpty())
        c.error(f("name"), Texts::tr("The unit name is required."));
    if (u.id != 0 && u.parentId == u.id)
        c.error(f("parent"), Texts::tr("A unit cannot be its own parent."));

    if (u.isOverseasCell()) {
        if (!u.cellType)
            c.error(f("cell_type"),
                    Texts::tr("An overseas cell needs its type (mission, spouse, student, labour, expert "
                              "or self-employed)."));
    } else if (u.cellType) {
        c.error(f("cell_type"), Texts::tr("Only overseas cells have a cell type."));
    }

    if (u.overseas) {
        if (u.countryCode.trimmed().isEmpty()) {
            if (u.kind == UnitKind::Cell)
                c.error(f("country"), Texts::tr("An overseas cell needs its country."));
        } else {
            checkCountry(c, f("country"), u.countryCode);
        }
    } else if (!u.countryCode.trimmed().isEmpty() &&
               u.countryCode.trimmed().compare(QLatin1String("VN"), Qt::CaseInsensitive) != 0) {
        c.error(f("country"),
                Texts::tr("A unit at home has no country abroad; mark it as overseas or clear the country."));
    }

    if (u.secretaryMemberId != 0 && u.secretaryMemberId == u.deputyMemberId)
        c.error(f("deputy"), Texts::tr("The deputy secretary must be someone other than the secretary."));
    c.notInFuture(f("established_date"), u.establishedDate, today, Texts::tr("The date the unit was set up"));
    if (u.probationaryCell && !u.isOverseasCell())
        c.error(f("probationary_cell"), Texts::tr("Only an overseas cell can be a probationary cell."));
    else if (u.probationaryCell && u.secretaryMemberId == 0)
        c.warning(f("secretary"),
                  Texts::tr("A probationary cell works under an appointed secretary; none is recorded."));
    return c.take();
}

FieldErrors validate(const Posting& p, const QDate& today)
{
    // A value over its limit is said alone: the other checks would quote or scan it whole.
    if (FieldErrors tooLong = lengthProblems(p); !tooLong.isEmpty())
        return tooLong;
    Collector c;
    if (p.memberId == 0)
        c.error(f("member"), Texts::tr("Choose the member who goes abroad."));
    if (p.countryCodes.isEmpty())
        c.error(f("country"), Texts::tr("At least one country is required."));
    for (const QString& code : p.countryCodes)
        checkCountry(c, f("country"), code);
    if (p.delegationSize < 1)
        c.error(f("delegation_size"), Texts::tr("The delegation counts at least the member."));

    if (!p.plannedDeparture.isValid())
        c.error(f("planned_departure"), Texts::tr("The planned departure date is required."));
    if (!p.plannedReturn.isValid())
        c.error(f("planned_return"), Texts::tr("The planned return date is required."));
    if (p.plannedDeparture.isValid() && p.plannedReturn.isValid() && p.plannedReturn < p.plannedDeparture)
        c.error(f("planned_return"),
                Texts::tr("The planned return (%1) is before the planned departure (%2).")
                    .arg(fmt(p.plannedReturn), fmt(p.plannedDeparture)));

    c.notInFuture(f("decision_date"), p.decisionDate, today, Texts::tr("The date of the sending decision"));
    c.notInFuture(f("approval_date"), p.approvalDate, today, Texts::tr("The approval date"));
    if (p.approvalDate.isValid() && p.approvingCommitteeId == 0)
        c.error(f("approving_body"), Texts::tr("The committee that approved the posting is missing."));

    c.notInFuture(f("departure_date"), p.actualDeparture, today, Texts::tr("The departure date"));
    c.notInFuture(f("return_date"), p.actualReturn, today, Texts::tr("The return date"));
    if (p.actualReturn.isValid() && !p.actualDeparture.isValid())
        c.error(f("return_date"), Texts::tr("A return needs the departure date."));
    if (p.actualReturn.isValid() && p.actualDeparture.isValid() && p.actualReturn < p.actualDeparture)
        c.error(f("return_date"), Texts::tr("The return (%1) is before the departure (%2).")
                                      .arg(fmt(p.actualReturn), fmt(p.actualDeparture)));
    if (p.actualDeparture.isValid() && p.approvalDate.isValid() && p.actualDeparture < p.approvalDate &&
        !p.departedWithoutApproval)
        c.error(
            f("departure_date"),
            Texts::tr(
                "The departure (%1) is before the approval (%2); record it as a departure without approval.")
                .arg(fmt(p.actualDeparture), fmt(p.approvalDate)));

    QDate previous = p.plannedReturn;
    for (qsizetype i = 0; i < p.extensions.size(); ++i) {
        const Extension& e = p.extensions[i];
        if (e.decisionNumber.trimmed().isEmpty())
            c.error(indexed("extensions", i, "decision_no"),
                    Texts::tr("Extension %1: the decision number is missing.").arg(i + 1));
        if (!e.decisionDate.isValid())
            c.error(indexed("extensions", i, "decision_date"),
                    Texts::tr("Extension %1: the decision date is missing.").arg(i + 1));
        else if (today.isValid() && e.decisionDate > today)
            c.error(indexed("extensions", i, "decision_date"),
                    Texts::tr("Extension %1: the decision date (%2) cannot be in the future.")
                        .arg(i + 1)
                        .arg(fmt(e.decisionDate)));
        if (!e.newPlannedReturn.isValid()) {
            c.error(indexed("extensions", i, "new_planned_return"),
                    Texts::tr("Extension %1: the new planned return is missing.").arg(i + 1));
        } else {
            if (previous.isValid() && e.newPlannedReturn <= previous)
                c.error(indexed("extensions", i, "new_planned_return"),
                        Texts::tr("Extension %1 does not extend: the new return (%2) is not after %3.")
                            .arg(i + 1)
                            .arg(fmt(e.newPlannedReturn), fmt(previous)));
            previous = e.newPlannedReturn;
        }
    }

    // The recorded status must be backed by the dates that got the posting there.
    const PostingStatus s = p.status;
    const bool pastApproval = s != PostingStatus::Planned && s != PostingStatus::Cancelled;
    const bool pastDeparture = pastApproval && s != PostingStatus::Approved;
    if (pastApproval && !p.approvalDate.isValid() && !p.departedWithoutApproval)
        c.error(f("approval_date"),
                Texts::tr("The posting is past approval, but no approval date is recorded."));
    if (pastDeparture && !p.actualDeparture.isValid())
        c.error(f("departure_date"),
                Texts::tr("The posting is past departure, but no departure date is recorded."));
    if ((s == PostingStatus::Returned || s == PostingStatus::Closed) && !p.actualReturn.isValid())
        c.error(f("return_date"), Texts::tr("The member has returned, but no return date is recorded."));
    if (s == PostingStatus::InOverseasCell && p.overseasCellId == 0)
        c.error(f("overseas_cell"),
                Texts::tr("The member is recorded in an overseas cell, but the cell is missing."));
    if (s == PostingStatus::LostContact && !p.lostContactSince)
        c.error(f("lost_contact_since"), Texts::tr("The date contact was lost is missing."));
    if (p.lostContactSince) {
        c.notInFuture(f("lost_contact_since"), *p.lostContactSince, today,
                      Texts::tr("The date contact was lost"));
        if (p.actualDeparture.isValid() && *p.lostContactSince < p.actualDeparture)
            c.error(f("lost_contact_since"),
                    Texts::tr("Contact cannot be lost (%1) before the departure (%2).")
                        .arg(fmt(*p.lostContactSince), fmt(p.actualDeparture)));
    }

    if (pastApproval && isOfficialPurpose(p.purpose) && p.politicalConclusionRef.trimmed().isEmpty() &&
        !p.departedWithoutApproval)
        c.warning(
            f("political_conclusion"),
            Texts::tr("An official posting is normally preceded by a political-standard conclusion; none is "
                      "referenced."));
    if (p.arrangement == PartyActivityArrangement::StaysWithHomeCell && p.overseasCellId != 0)
        c.warning(f("party_activity"),
                  Texts::tr("The member stays with the home cell but an overseas cell is "
                            "recorded; check the arrangement."));
    if (p.probationDecision != ProbationDecision::Pending && p.probationDecisionRef.trimmed().isEmpty())
        c.warning(f("probation_decision_ref"),
                  Texts::tr("The committee's decision on full membership has no reference."));
    return c.take();
}

FieldErrors validate(const Report& r, const QDate& today)
{
    // A value over its limit is said alone: the other checks would quote or scan it whole.
    if (FieldErrors tooLong = lengthProblems(r); !tooLong.isEmpty())
        return tooLong;
    Collector c;
    if (r.memberId == 0)
        c.error(f("member"), Texts::tr("Choose the member the report is about."));
    if (isPostingReport(r.kind) && r.postingId == 0)
        c.error(f("posting"), Texts::tr("Choose the trip or posting the report belongs to."));
    if (isEventReport(r.kind)) {
        if (!r.eventDate.isValid())
            c.error(f("event_date"), Texts::tr("The date of the event is required."));
        c.notInFuture(f("event_date"), r.eventDate, today, Texts::tr("The date of the event"));
    }
    c.notInFuture(f("received_date"), r.receivedDate, today, Texts::tr("The date received"));
    if (r.receivedDate.isValid() && r.receivedBy.trimmed().isEmpty())
        c.warning(f("received_by"), Texts::tr("Record who received the report."));

    if (r.kind == ReportKind::PreDeparture || r.kind == ReportKind::RelativesCommitment) {
        const PreDepartureContent content = r.preDeparture();
        checkRelatives(c, content.relativesAbroad);
        if (r.kind == ReportKind::PreDeparture) {
            if (content.departure.isValid() && content.returnDate.isValid() &&
                content.returnDate < content.departure)
                c.error(f("return_date"), Texts::tr("The return (%1) is before the departure (%2).")
                                              .arg(fmt(content.returnDate), fmt(content.departure)));
            if (r.isReceived() && !content.commitmentsAcknowledged())
                c.warning(
                    f("commitments"),
                    Texts::tr(
                        "The member has not acknowledged the commitments (no classified documents; reporting "
                        "duties)."));
        } else if (r.isReceived() && content.relativesAbroad.isEmpty()) {
            c.warning(f("relatives_abroad"), Texts::tr("The commitment lists no relatives abroad."));
        }
    }

    if (r.kind == ReportKind::Return) {
        const ReturnContent content = r.returnContent();
        c.notInFuture(f("return_date"), content.actualReturn, today, Texts::tr("The return date"));
        if (content.actualDeparture.isValid() && content.actualReturn.isValid() &&
            content.actualReturn < content.actualDeparture)
            c.error(f("return_date"), Texts::tr("The return (%1) is before the departure (%2).")
                                          .arg(fmt(content.actualReturn), fmt(content.actualDeparture)));
        for (qsizetype i = 0; i < content.foreignContacts.size(); ++i) {
            const ForeignContact& fc = content.foreignContacts[i];
            if (fc.who.trimmed().isEmpty())
                c.error(indexed("foreign_contacts", i, "who"),
                        Texts::tr("Contact %1: who the member met is missing.").arg(i + 1));
            if (fc.when.isValid() && today.isValid() && fc.when > today)
                c.error(indexed("foreign_contacts", i, "when"),
                        Texts::tr("Contact %1: the date (%2) cannot be in the future.")
                            .arg(i + 1)
                            .arg(fmt(fc.when)));
        }
    }
    return c.take();
}

FieldErrors validate(const Transfer& t, const QDate& today)
{
    // A value over its limit is said alone: the other checks would quote or scan it whole.
    if (FieldErrors tooLong = lengthProblems(t); !tooLong.isEmpty())
        return tooLong;
    Collector c;
    if (t.issuingCommitteeId == 0)
        c.error(f("issuing_committee"), Texts::tr("The issuing committee is required."));
    if (t.memberId == 0)
        c.error(f("member"), Texts::tr("Choose the member the letter is for."));
    if (!t.issueDate.isValid())
        c.error(f("issue_date"), Texts::tr("The issue date is required."));
    c.notInFuture(f("issue_date"), t.issueDate, today, Texts::tr("The issue date"));
    if (!t.registerNumber.isValid())
        c.error(f("register_no"), Texts::tr("The register number is required."));
    else if (t.issueDate.isValid() && t.registerNumber.year != t.issueDate.year())
        c.error(f("register_no"), Texts::tr("Register number %1 belongs to %2, but the letter is dated %3.")
                                      .arg(t.registerNumber.toString())
                                      .arg(t.registerNumber.year)
                                      .arg(fmt(t.issueDate)));
    if (t.receivingUnitId == 0 && t.receivingUnitName.trimmed().isEmpty())
        c.error(f("receiving_unit"), Texts::tr("The receiving unit is required."));
    if (t.partyCardNumber.trimmed().isEmpty())
        c.warning(f("party_card_no"),
                  Texts::tr("No party card number: only right for a probationary member."));
    else if (!isValidPartyCardNumber(t.partyCardNumber))
        c.error(f("party_card_no"), Texts::tr("The party card number may contain digits only."));
    if (t.dossierNumber.trimmed().isEmpty())
        c.warning(f("dossier_no"), Texts::tr("The dossier number is missing."));
    else if (const QString problem = dossierNumberProblem(t.dossierNumber); !problem.isEmpty())
        c.warning(f("dossier_no"), problem);
    if (!t.duesPaidUpTo.isValid())
        c.warning(f("dues_paid_up_to"), Texts::tr("The month up to which dues are paid is missing."));
    return c.take();
}

} // namespace orec
