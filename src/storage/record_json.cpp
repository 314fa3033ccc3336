#include "storage/record_json.h"

#include <QCoreApplication>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue id(qint64 value)
{
    return value != 0 ? QJsonValue(value) : QJsonValue();
}
QJsonValue text(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// Reads typed values out of an object and remembers the first problem, so each fromJson can read
// every key in a row and check once at the end.
class Reader
{
public:
    explicit Reader(const QJsonObject& object) : m_object(object) {}

    QString string(const char* key) const { return m_object.value(QLatin1String(key)).toString(); }
    qint64 integer(const char* key, qint64 fallback = 0) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        return v.isDouble() ? static_cast<qint64>(v.toDouble()) : fallback;
    }
    bool flag(const char* key) const { return m_object.value(QLatin1String(key)).toBool(); }
    QDate date(const char* key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined() || v.toString().isEmpty())
            return {};
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid())
            fail(key, Texts::tr("\"%1\" is not a date (yyyy-mm-dd).").arg(v.toString()));
        return d;
    }
    template <typename E> E enumValue(const char* key, E fallback)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return fallback;
        if (auto e = fromCodeName<E>(v.toString()))
            return *e;
        fail(key, Texts::tr("\"%1\" is not a known value.").arg(v.toString()));
        return fallback;
    }
    QJsonArray array(const char* key) const { return m_object.value(QLatin1String(key)).toArray(); }
    QJsonObject object(const char* key) const { return m_object.value(QLatin1String(key)).toObject(); }
    bool has(const char* key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        return !v.isNull() && !v.isUndefined();
    }

    void fail(const char* key, const QString& message)
    {
        if (!m_error)
            m_error = Error(ErrorCode::Invalid, message, QString::fromLatin1(key));
    }
    const std::optional<Error>& error() const { return m_error; }

private:
    const QJsonObject& m_object;
    std::optional<Error> m_error;
};

// Compact JSON text as QJsonDocument::toJson(QJsonDocument::Compact) writes it (qjsonwriter.cpp):
// keys in the caller's order (which must be QJsonObject's sorted order), strings as UTF-8 with '"',
// '\\' and control characters escaped (\b \f \n \r \t, others \u00xx), a UTF-16 code unit that is
// not part of a valid surrogate pair as \uxxxx (lower-case hex), integers in decimal, null, true/false.
class CompactJsonWriter
{
public:
    explicit CompactJsonWriter(qsizetype reserve)
    {
        m_out.reserve(reserve);
        m_out.append('{');
    }

    void key(const char* name)
    {
        if (m_first)
            m_first = false;
        else
            m_out.append(',');
        m_out.append('"');
        m_out.append(name);
        m_out.append("\":", 2);
    }
    void null() { m_out.append("null", 4); }
    void boolean(bool value) { value ? m_out.append("true", 4) : m_out.append("false", 5); }
    void integer(qint64 value) { m_out.append(QByteArray::number(value)); }
    void string(const QString& value);
    // QJsonValue(d.toString(Qt::ISODate)) for a valid date, null for an invalid one.
    void date(const QDate& value);

    // The helpers of toJson(): empty text and zero ids are null.
    void text(const char* name, const QString& value)
    {
        key(name);
        value.isEmpty() ? null() : string(value);
    }
    void id(const char* name, qint64 value)
    {
        key(name);
        value != 0 ? integer(value) : null();
    }
    void date(const char* name, const QDate& value)
    {
        key(name);
        date(value);
    }

    QByteArray finish()
    {
        m_out.append('}');
        return std::move(m_out);
    }

private:
    QByteArray m_out;
    bool m_first = true;
};

void CompactJsonWriter::string(const QString& value)
{
    static constexpr char hex[] = "0123456789abcdef";
    const qsizetype size = value.size();
    const char16_t* src = reinterpret_cast<const char16_t*>(value.constData());
    const qsizetype start = m_out.size();
    // At most 6 bytes per UTF-16 code unit ("\uxxxx"), and the two quotes.
    m_out.resize(start + 6 * size + 2);
    char* const begin = m_out.data();
    char* out = begin + start;
    *out++ = '"';
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = src[i];
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *out++ = static_cast<char>(u);
                continue;
            }
            *out++ = '\\';
            switch (u) {
            case u'"':
                *out++ = '"';
                break;
            case u'\\':
                *out++ = '\\';
                break;
            case 0x08:
                *out++ = 'b';
                break;
            case 0x0c:
                *out++ = 'f';
                break;
            case 0x0a:
                *out++ = 'n';
                break;
            case 0x0d:
                *out++ = 'r';
                break;
            case 0x09:
                *out++ = 't';
                break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hex[(u >> 4) & 0xF];
                *out++ = hex[u & 0xF];
            }
        } else if (u < 0x800) {
            *out++ = static_cast<char>(0xC0 | (u >> 6));
            *out++ = static_cast<char>(0x80 | (u & 0x3F));
        } else if (!QChar::isSurrogate(u)) {
            *out++ = static_cast<char>(0xE0 | (u >> 12));
            *out++ = static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            *out++ = static_cast<char>(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(src[i + 1])) {
            const char32_t c = QChar::surrogateToUcs4(u, src[++i]);
            *out++ = static_cast<char>(0xF0 | (c >> 18));
            *out++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *out++ = static_cast<char>(0x80 | (c & 0x3F));
        } else {
            *out++ = '\\';
            *out++ = 'u';
            *out++ = hex[(u >> 12) & 0xF];
            *out++ = hex[(u >> 8) & 0xF];
            *out++ = hex[(u >> 4) & 0xF];
            *out++ = hex[u & 0xF];
        }
    }
    *out++ = '"';
    m_out.truncate(out - begin);
}

void CompactJsonWriter::date(const QDate& value)
{
    if (!value.isValid())
        return null();
    int year = 0;
    int month = 0;
    int day = 0;
    value.getDate(&year, &month, &day);
    if (year < 0 || year > 9999) // what Qt::ISODate writes for these is its business
        return string(value.toString(Qt::ISODate));
    char text[12] = {'"',
                     static_cast<char>('0' + year / 1000),
                     static_cast<char>('0' + year / 100 % 10),
                     static_cast<char>('0' + year / 10 % 10),
                     static_cast<char>('0' + year % 10),
                     '-',
                     static_cast<char>('0' + month / 10),
                     static_cast<char>('0' + month % 10),
                     '-',
                     static_cast<char>('0' + day / 10),
                     static_cast<char>('0' + day % 10),
                     '"'};
    m_out.append(text, sizeof text);
}

void readIdentity(Reader& r, QString& uuid, qint64& rowId, int& version)
{
    uuid = r.string("uuid");
    rowId = r.integer("id");
    version = static_cast<int>(r.integer("version"));
}

} // namespace

QJsonObject toJson(const Member& m)
{
    return {
        {QStringLiteral("uuid"), m.uuid},
        {QStringLiteral("id"), id(m.id)},
        {QStringLiteral("version"), m.version},
        {QStringLiteral("full_name"), m.fullName},
        {QStringLiteral("alias"), text(m.alias)},
        {QStringLiteral("gender"), codeName(m.gender)},
        {QStringLiteral("date_of_birth"), date(m.dateOfBirth)},
        {QStringLiteral("hometown"), text(m.hometown)},
        {QStringLiteral("citizen_id"), text(m.citizenId)},
        {QStringLiteral("party_card_no"), text(m.partyCardNumber)},
        {QStringLiteral("dossier_no"), text(m.dossierNumber)},
        {QStringLiteral("admission_date"), date(m.admissionDate)},
        {QStringLiteral("full_membership_date"), date(m.fullMembershipDate)},
        {QStringLiteral("home_unit_id"), id(m.homeUnitId)},
        {QStringLiteral("position"), text(m.position)},
        {QStringLiteral("workplace"), text(m.workplace)},
        {QStringLiteral("phone"), text(m.phone)},
        {QStringLiteral("email"), text(m.email)},
        {QStringLiteral("notes"), text(m.notes)},
        {QStringLiteral("under_disciplinary_review"), m.underDisciplinaryReview},
    };
}

QByteArray toCompactJson(const Member& m)
{
    // QJsonObject keeps its keys sorted (by UTF-16 code unit); these are toJson(Member)'s keys in that
    // order. record_json_test checks the text against QJsonDocument's for many members.
    CompactJsonWriter w(512 + 3 * (m.fullName.size() + m.hometown.size() + m.position.size() +
                                   m.workplace.size() + m.notes.size() + m.email.size()));
    w.date("admission_date", m.admissionDate);
    w.text("alias", m.alias);
    w.text("citizen_id", m.citizenId);
    w.date("date_of_birth", m.dateOfBirth);
    w.text("dossier_no", m.dossierNumber);
    w.text("email", m.email);
    w.date("full_membership_date", m.fullMembershipDate);
    w.key("full_name");
    w.string(m.fullName);
    w.key("gender");
    w.string(codeName(m.gender));
    w.id("home_unit_id", m.homeUnitId);
    w.text("hometown", m.hometown);
    w.id("id", m.id);
    w.text("notes", m.notes);
    w.text("party_card_no", m.partyCardNumber);
    w.text("phone", m.phone);
    w.text("position", m.position);
    w.key("under_disciplinary_review");
    w.boolean(m.underDisciplinaryReview);
    w.key("uuid");
    w.string(m.uuid);
    w.key("version");
    w.integer(m.version);
    w.text("workplace", m.workplace);
    return w.finish();
}

Result<Member> memberFromJson(const QJsonObject& object)
{
    Reader r(object);
    Member m;
    readIdentity(r, m.uuid, m.id, m.version);
    m.fullName = r.string("full_name");
    m.alias = r.string("alias");
    m.gender = r.enumValue("gender", Gender::Unspecified);
    m.dateOfBirth = r.date("date_of_birth");
    m.hometown = r.string("hometown");
    m.citizenId = r.string("citizen_id");
    m.partyCardNumber = r.string("party_card_no");
    m.dossierNumber = r.string("dossier_no");
    m.admissionDate = r.date("admission_date");
    m.fullMembershipDate = r.date("full_membership_date");
    m.homeUnitId = r.integer("home_unit_id");
    m.position = r.string("position");
    m.workplace = r.string("workplace");
    m.phone = r.string("phone");
    m.email = r.string("email");
    m.notes = r.string("notes");
    m.underDisciplinaryReview = r.flag("under_disciplinary_review");
    if (r.error())
        return *r.error();
    return m;
}

QJsonObject toJson(const PartyUnit& u)
{
    QJsonObject object{
        {QStringLiteral("uuid"), u.uuid},
        {QStringLiteral("id"), id(u.id)},
        {QStringLiteral("version"), u.version},
        {QStringLiteral("code"), u.code},
        {QStringLiteral("name"), u.name},
        {QStringLiteral("kind"), codeName(u.kind)},
        {QStringLiteral("parent_id"), id(u.parentId)},
        {QStringLiteral("overseas"), u.overseas},
        {QStringLiteral("cell_type"), u.cellType ? QJsonValue(codeName(*u.cellType)) : QJsonValue()},
        {QStringLiteral("country"), text(u.countryCode)},
        {QStringLiteral("city"), text(u.city)},
        {QStringLiteral("secretary_member_id"), id(u.secretaryMemberId)},
        {QStringLiteral("deputy_member_id"), id(u.deputyMemberId)},
        {QStringLiteral("established_date"), date(u.establishedDate)},
        {QStringLiteral("active"), u.active},
        {QStringLiteral("probationary_cell"), u.probationaryCell},
    };
    // The level travels only when it is not the default for the unit's kind and place, so records
    // written before levels (and laptops' copies of them) read the same.
    if (u.level != defaultLevel(u.kind, u.parentId))
        object.insert(QStringLiteral("level"), codeName(u.level));
    return object;
}

Result<PartyUnit> partyUnitFromJson(const QJsonObject& object)
{
    Reader r(object);
    PartyUnit u;
    readIdentity(r, u.uuid, u.id, u.version);
    u.code = r.string("code");
    u.name = r.string("name");
    u.kind = r.enumValue("kind", UnitKind::Cell);
    u.parentId = r.integer("parent_id");
    u.overseas = r.flag("overseas");
    if (r.has("cell_type"))
        u.cellType = r.enumValue("cell_type", CellType::Embassy);
    u.countryCode = r.string("country");
    u.city = r.string("city");
    u.secretaryMemberId = r.integer("secretary_member_id");
    u.deputyMemberId = r.integer("deputy_member_id");
    u.establishedDate = r.date("established_date");
    u.active = object.contains(QStringLiteral("active")) ? r.flag("active") : true;
    u.probationaryCell = r.flag("probationary_cell");
    u.level = r.has("level") ? r.enumValue("level", defaultLevel(u.kind, u.parentId))
                             : defaultLevel(u.kind, u.parentId);
    if (r.error())
        return *r.error();
    return u;
}

QJsonObject toJson(const Posting& p)
{
    QJsonArray extensions;
    for (const Extension& e : p.extensions)
        extensions.append(QJsonObject{{QStringLiteral("decision_no"), e.decisionNumber},
                                      {QStringLiteral("decision_date"), date(e.decisionDate)},
                                      {QStringLiteral("new_planned_return"), date(e.newPlannedReturn)},
                                      {QStringLiteral("reason"), text(e.reason)}});
    return {
        {QStringLiteral("uuid"), p.uuid},
        {QStringLiteral("id"), id(p.id)},
        {QStringLiteral("version"), p.version},
        {QStringLiteral("member_id"), id(p.memberId)},
        {QStringLiteral("purpose"), codeName(p.purpose)},
        {QStringLiteral("countries"), QJsonArray::fromStringList(p.countryCodes)},
        {QStringLiteral("city"), text(p.city)},
        {QStringLiteral("host_organisation"), text(p.hostOrganisation)},
        {QStringLiteral("visits_relatives"), p.visitsRelatives},
        {QStringLiteral("delegation_size"), p.delegationSize},
        {QStringLiteral("decision_no"), text(p.decisionNumber)},
        {QStringLiteral("decision_date"), date(p.decisionDate)},
        {QStringLiteral("decision_body"), text(p.decisionBody)},
        {QStringLiteral("approving_committee_id"), id(p.approvingCommitteeId)},
        {QStringLiteral("approval_date"), date(p.approvalDate)},
        {QStringLiteral("political_conclusion_ref"), text(p.politicalConclusionRef)},
        {QStringLiteral("planned_departure"), date(p.plannedDeparture)},
        {QStringLiteral("planned_return"), date(p.plannedReturn)},
        {QStringLiteral("departure_date"), date(p.actualDeparture)},
        {QStringLiteral("return_date"), date(p.actualReturn)},
        {QStringLiteral("extensions"), extensions},
        {QStringLiteral("arrangement"), codeName(p.arrangement)},
        {QStringLiteral("attendance"), codeName(p.attendance)},
        {QStringLiteral("overseas_cell_id"), id(p.overseasCellId)},
        {QStringLiteral("transfer_out_id"), id(p.transferLetterOutId)},
        {QStringLiteral("transfer_back_id"), id(p.transferLetterBackId)},
        {QStringLiteral("status"), codeName(p.status)},
        {QStringLiteral("departed_without_approval"), p.departedWithoutApproval},
        {QStringLiteral("lost_contact_since"), p.lostContactSince ? date(*p.lostContactSince) : QJsonValue()},
        {QStringLiteral("cancelled_date"), date(p.cancelledDate)},
        {QStringLiteral("status_reason"), text(p.statusReason)},
        {QStringLiteral("closed_date"), date(p.closedDate)},
        {QStringLiteral("did_not_return_date"), date(p.didNotReturnDate)},
        {QStringLiteral("probation_end_date"), date(p.probationEndDate)},
        {QStringLiteral("probation_decision"), codeName(p.probationDecision)},
        {QStringLiteral("probation_decision_ref"), text(p.probationDecisionRef)},
    };
}

Result<Posting> postingFromJson(const QJsonObject& object)
{
    Reader r(object);
    Posting p;
    readIdentity(r, p.uuid, p.id, p.version);
    p.memberId = r.integer("member_id");
    p.purpose = r.enumValue("purpose", PostingPurpose::OfficialMission);
    for (const QJsonValue& v : r.array("countries"))
        p.countryCodes.append(v.toString());
    p.city = r.string("city");
    p.hostOrganisation = r.string("host_organisation");
    p.visitsRelatives = r.flag("visits_relatives");
    p.delegationSize = static_cast<int>(r.integer("delegation_size", 1));
    p.decisionNumber = r.string("decision_no");
    p.decisionDate = r.date("decision_date");
    p.decisionBody = r.string("decision_body");
    p.approvingCommitteeId = r.integer("approving_committee_id");
    p.approvalDate = r.date("approval_date");
    p.politicalConclusionRef = r.string("political_conclusion_ref");
    p.plannedDeparture = r.date("planned_departure");
    p.plannedReturn = r.date("planned_return");
    p.actualDeparture = r.date("departure_date");
    p.actualReturn = r.date("return_date");
    for (const QJsonValue& v : r.array("extensions")) {
        const QJsonObject o = v.toObject();
        Reader er(o);
        Extension e;
        e.decisionNumber = er.string("decision_no");
        e.decisionDate = er.date("decision_date");
        e.newPlannedReturn = er.date("new_planned_return");
        e.reason = er.string("reason");
        if (er.error())
            return *er.error();
        p.extensions.append(e);
    }
    p.arrangement = r.enumValue("arrangement", PartyActivityArrangement::StaysWithHomeCell);
    p.attendance = r.enumValue("attendance", AttendanceMode::InCell);
    p.overseasCellId = r.integer("overseas_cell_id");
    p.transferLetterOutId = r.integer("transfer_out_id");
    p.transferLetterBackId = r.integer("transfer_back_id");
    p.status = r.enumValue("status", PostingStatus::Planned);
    p.departedWithoutApproval = r.flag("departed_without_approval");
    if (const QDate lost = r.date("lost_contact_since"); lost.isValid())
        p.lostContactSince = lost;
    p.cancelledDate = r.date("cancelled_date");
    p.statusReason = r.string("status_reason");
    p.closedDate = r.date("closed_date");
    p.didNotReturnDate = r.date("did_not_return_date");
    p.probationEndDate = r.date("probation_end_date");
    p.probationDecision = r.enumValue("probation_decision", ProbationDecision::Pending);
    p.probationDecisionRef = r.string("probation_decision_ref");
    if (r.error())
        return *r.error();
    return p;
}

QJsonObject toJson(const Report& rep)
{
    return {
        {QStringLiteral("uuid"), rep.uuid},
        {QStringLiteral("id"), id(rep.id)},
        {QStringLiteral("version"), rep.version},
        {QStringLiteral("kind"), codeName(rep.kind)},
        {QStringLiteral("posting_id"), id(rep.postingId)},
        {QStringLiteral("member_id"), id(rep.memberId)},
        {QStringLiteral("event_date"), date(rep.eventDate)},
        {QStringLiteral("due_date"), date(rep.dueDate)},
        {QStringLiteral("rule_set_version"), rep.ruleSetVersion},
        {QStringLiteral("received_date"), date(rep.receivedDate)},
        {QStringLiteral("received_by"), text(rep.receivedBy)},
        {QStringLiteral("fields"), QJsonObject::fromVariantMap(rep.fields)},
        {QStringLiteral("cell_opinion"), text(rep.cellOpinion)},
        {QStringLiteral("committee_opinion"), text(rep.committeeOpinion)},
        {QStringLiteral("committee_decision"), text(rep.committeeDecision)},
        {QStringLiteral("decision_date"), date(rep.decisionDate)},
        {QStringLiteral("confirmed"), rep.confirmed},
    };
}

Result<Report> reportFromJson(const QJsonObject& object)
{
    Reader r(object);
    Report rep;
    readIdentity(r, rep.uuid, rep.id, rep.version);
    rep.kind = r.enumValue("kind", ReportKind::Return);
    rep.postingId = r.integer("posting_id");
    rep.memberId = r.integer("member_id");
    rep.eventDate = r.date("event_date");
    rep.dueDate = r.date("due_date");
    rep.ruleSetVersion = static_cast<int>(r.integer("rule_set_version"));
    rep.receivedDate = r.date("received_date");
    rep.receivedBy = r.string("received_by");
    rep.fields = r.object("fields").toVariantMap();
    rep.cellOpinion = r.string("cell_opinion");
    rep.committeeOpinion = r.string("committee_opinion");
    rep.committeeDecision = r.string("committee_decision");
    rep.decisionDate = r.date("decision_date");
    rep.confirmed = r.flag("confirmed");
    if (r.error())
        return *r.error();
    return rep;
}

QJsonObject toJson(const Transfer& t)
{
    return {
        {QStringLiteral("uuid"), t.uuid},
        {QStringLiteral("id"), id(t.id)},
        {QStringLiteral("version"), t.version},
        {QStringLiteral("kind"), codeName(t.kind)},
        {QStringLiteral("direction"), codeName(t.direction)},
        {QStringLiteral("issuing_committee_id"), id(t.issuingCommitteeId)},
        {QStringLiteral("register_number"),
         t.registerNumber.isValid() ? QJsonValue(t.registerNumber.toString()) : QJsonValue()},
        {QStringLiteral("register_year"), t.registerNumber.year},
        {QStringLiteral("register_seq"), t.registerNumber.sequence},
        {QStringLiteral("issue_date"), date(t.issueDate)},
        {QStringLiteral("member_id"), id(t.memberId)},
        {QStringLiteral("posting_id"), id(t.postingId)},
        {QStringLiteral("receiving_unit_id"), id(t.receivingUnitId)},
        {QStringLiteral("receiving_unit_name"), text(t.receivingUnitName)},
        {QStringLiteral("party_card_no"), text(t.partyCardNumber)},
        {QStringLiteral("dossier_no"), text(t.dossierNumber)},
        {QStringLiteral("dues_paid_up_to"), date(t.duesPaidUpTo)},
        {QStringLiteral("notes"), text(t.notes)},
    };
}

Result<Transfer> transferFromJson(const QJsonObject& object)
{
    Reader r(object);
    Transfer t;
    readIdentity(r, t.uuid, t.id, t.version);
    t.kind = r.enumValue("kind", TransferKind::Temporary);
    t.direction = r.enumValue("direction", TransferDirection::Out);
    t.issuingCommitteeId = r.integer("issuing_committee_id");
    t.registerNumber.year = static_cast<int>(r.integer("register_year"));
    t.registerNumber.sequence = static_cast<int>(r.integer("register_seq"));
    t.issueDate = r.date("issue_date");
    t.memberId = r.integer("member_id");
    t.postingId = r.integer("posting_id");
    t.receivingUnitId = r.integer("receiving_unit_id");
    t.receivingUnitName = r.string("receiving_unit_name");
    t.partyCardNumber = r.string("party_card_no");
    t.dossierNumber = r.string("dossier_no");
    t.duesPaidUpTo = r.date("dues_paid_up_to");
    t.notes = r.string("notes");
    if (r.error())
        return *r.error();
    return t;
}

QJsonObject rulesToJson(const RuleSet& rules)
{
    QJsonArray list;
    for (const Rule& rule : rules.rules())
        list.append(QJsonObject{{QStringLiteral("key"), rule.key},
                                {QStringLiteral("value"), QJsonValue::fromVariant(rule.value)},
                                {QStringLiteral("unit"), codeName(rule.unit)},
                                {QStringLiteral("description"), rule.description},
                                {QStringLiteral("source"), rule.source}});
    return {{QStringLiteral("version"), rules.version()},
            {QStringLiteral("effective_date"), date(rules.effectiveDate())},
            {QStringLiteral("rules"), list}};
}

Result<RuleSet> rulesFromJson(const QJsonObject& object)
{
    Reader r(object);
    const int version = static_cast<int>(r.integer("version"));
    const QDate effective = r.date("effective_date");
    QList<Rule> rules;
    for (const QJsonValue& v : r.array("rules")) {
        const QJsonObject o = v.toObject();
        Reader rr(o);
        Rule rule;
        rule.key = rr.string("key");
        rule.unit = rr.enumValue("unit", RuleUnit::Days);
        const QJsonValue value = o.value(QStringLiteral("value"));
        rule.value = Rule::typedValue(rule.unit, value.toVariant());
        rule.description = rr.string("description");
        rule.source = rr.string("source");
        if (rr.error())
            return *rr.error();
        rules.append(rule);
    }
    if (r.error())
        return *r.error();
    if (version < 1)
        return Error(ErrorCode::Invalid, Texts::tr("The rules table has no version number."),
                     QStringLiteral("version"));
    return RuleSet(version, effective, rules);
}

} // namespace orec
