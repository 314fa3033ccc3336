#include "storage/member_repository.h"

#include "core/person_name.h"
#include "core/result_try.h"
#include "core/text_folding.h"
#include "storage/migrations.h"
#include "storage/record_json.h"
#include "storage/schema.h"

#include <QCoreApplication>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

constexpr std::string_view kColumnsBeforeAlias =
    "id, uuid, version, full_name, gender, date_of_birth, hometown, citizen_id, party_card_no, dossier_no, "
    "admission_date, full_membership_date, home_unit_id, position, workplace, phone, email, notes, "
    "under_disciplinary_review";
constexpr std::string_view kColumns =
    "id, uuid, version, full_name, gender, date_of_birth, hometown, citizen_id, party_card_no, dossier_no, "
    "admission_date, full_membership_date, home_unit_id, position, workplace, phone, email, notes, "
    "under_disciplinary_review, alias";

// Schema 15 added the alias; a register a test keeps at an earlier version is read and written without it.
bool hasAlias(const Database& database)
{
    return schemaIncludes(database.options().schemaVersion, &schema::v15UnitLevels);
}

Member readMember(const sql::Statement& s)
{
    Member m;
    m.id = s.int64(0);
    m.uuid = s.text(1);
    m.version = s.integer(2);
    m.fullName = s.text(3);
    m.gender = fromCodeName<Gender>(s.text(4)).value_or(Gender::Unspecified);
    m.dateOfBirth = s.date(5);
    m.hometown = s.text(6);
    m.citizenId = s.text(7);
    m.partyCardNumber = s.text(8);
    m.dossierNumber = s.text(9);
    m.admissionDate = s.date(10);
    m.fullMembershipDate = s.date(11);
    m.homeUnitId = repo::idAt(s, 12);
    m.position = s.text(13);
    m.workplace = s.text(14);
    m.phone = s.text(15);
    m.email = s.text(16);
    m.notes = s.text(17);
    m.underDisciplinaryReview = s.int64(18) != 0;
    if (s.columnCount() > 19)
        m.alias = s.text(19);
    return m;
}

const repo::TableReader<Member>& reads(const Database& database)
{
    static const repo::TableReader<Member> reader("members", kColumns, readMember);
    static const repo::TableReader<Member> before("members", kColumnsBeforeAlias, readMember);
    return hasAlias(database) ? reader : before;
}

// Binds the writable fields in the order of kWriteColumns; `folded` is foldForSearch(m.fullName).
void bindFields(sql::Statement& s, const Member& m, int first, const QString& folded, bool withAlias)
{
    int i = first;
    s.bind(i++, m.fullName);
    s.bindBlob(i++, sortKey(m.fullName));
    s.bind(i++, folded);
    s.bind(i++, codeName(m.gender));
    s.bind(i++, m.dateOfBirth);
    repo::bindText(s, i++, m.hometown);
    repo::bindText(s, i++, m.citizenId);
    repo::bindText(s, i++, m.partyCardNumber);
    repo::bindText(s, i++, m.dossierNumber);
    s.bind(i++, m.admissionDate);
    s.bind(i++, m.fullMembershipDate);
    repo::bindId(s, i++, m.homeUnitId);
    repo::bindText(s, i++, m.position);
    repo::bindText(s, i++, m.workplace);
    repo::bindText(s, i++, m.phone);
    repo::bindText(s, i++, m.email);
    repo::bindText(s, i++, m.notes);
    s.bind(i++, m.underDisciplinaryReview);
    if (withAlias)
        repo::bindText(s, i++, m.alias);
}

void normalise(Member& m)
{
    m.fullName = MemberRepository::normaliseName(m.fullName);
    m.citizenId = MemberRepository::normaliseNumber(m.citizenId);
    m.partyCardNumber = MemberRepository::normaliseNumber(m.partyCardNumber);
    m.dossierNumber = m.dossierNumber.trimmed();
    m.alias = m.alias.normalized(QString::NormalizationForm_C).simplified();
}

} // namespace

QString MemberRepository::normaliseNumber(const QString& number)
{
    QString out;
    out.reserve(number.size());
    for (const QChar c : number) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

QString MemberRepository::normaliseName(const QString& fullName)
{
    return fullName.normalized(QString::NormalizationForm_C).simplified();
}

Result<Member> MemberRepository::get(qint64 id)
{
    return reads(m_database).get(m_database.connection(), id, Texts::tr("member"));
}

Result<std::optional<Member>> MemberRepository::findOne(std::string_view sql, const QString& key)
{
    return reads(m_database).findOne(m_database.connection(), sql, key);
}

Result<std::optional<Member>> MemberRepository::findByUuid(const QString& uuid)
{
    const std::string sql = reads(m_database).selectWhere("uuid = ?");
    return findOne(sql, uuid);
}

Result<std::optional<Member>> MemberRepository::findByPartyCard(const QString& partyCardNumber)
{
    const QString key = normaliseNumber(partyCardNumber);
    if (key.isEmpty())
        return std::optional<Member>();
    const std::string sql = reads(m_database).selectWhere("party_card_no = ?");
    return findOne(sql, key);
}

Result<std::optional<Member>> MemberRepository::findByCitizenId(const QString& citizenId)
{
    const QString key = normaliseNumber(citizenId);
    if (key.isEmpty())
        return std::optional<Member>();
    const std::string sql = reads(m_database).selectWhere("citizen_id = ?");
    return findOne(sql, key);
}

Result<QList<Member>> MemberRepository::getMany(const QList<qint64>& ids)
{
    QList<Member> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        OREC_TRY_ASSIGN(auto m, get(id));
        out.append(std::move(m));
    }
    return out;
}

Status MemberRepository::forEach(const std::function<bool(const Member&)>& visit)
{
    OREC_TRY_ASSIGN(auto stmt,
                    m_database.connection().prepare(
                        "SELECT " + std::string(hasAlias(m_database) ? kColumns : kColumnsBeforeAlias) +
                        " FROM members ORDER BY name_sort, id"));
    return repo::forEachRow(stmt, [&](sql::Statement& s) { return visit(readMember(s)); });
}

Result<qint64> MemberRepository::count()
{
    OREC_TRY_ASSIGN(auto n, m_database.connection().queryInt("SELECT count(*) FROM members"));
    return static_cast<qint64>(n);
}

Status MemberRepository::checkUnique(const Member& m)
{
    if (!m.partyCardNumber.isEmpty()) {
        auto other = findByPartyCard(m.partyCardNumber);
        if (!other)
            return other.error();
        if (*other && (*other)->id != m.id)
            return repo::duplicateError(Texts::tr("party card number"), m.partyCardNumber);
    }
    if (!m.citizenId.isEmpty()) {
        OREC_TRY_ASSIGN(auto other, findByCitizenId(m.citizenId));
        if (other && other->id != m.id)
            return repo::duplicateError(Texts::tr("citizen ID"), m.citizenId);
    }
    return {};
}

Status MemberRepository::explainConstraint(const Status& failed, const Member& member)
{
    // The unique indexes refused the row: say which number clashes, in words, rather than the index
    // name. Looking only now keeps the lookups off the path of every successful write.
    if (failed.code() == ErrorCode::Constraint) {
        if (Status unique = checkUnique(member); !unique)
            return unique;
    }
    return failed;
}

Status MemberRepository::writeSearchWords(WriteScope& scope, const Member& m, const QString& folded,
                                          bool replace)
{
    if (replace) {
        OREC_TRY_ASSIGN(auto del, scope.connection().cached("DELETE FROM member_search WHERE docid = ?"));
        del->bind(1, static_cast<long long>(m.id));
        OREC_TRY(del->run());
    }
    OREC_TRY_ASSIGN(auto ins,
                    scope.connection().cached("INSERT INTO member_search (docid, words) VALUES (?, ?)"));
    QString words = folded;
    if (!m.partyCardNumber.isEmpty())
        words += QLatin1Char(' ') + m.partyCardNumber;
    if (!m.citizenId.isEmpty())
        words += QLatin1Char(' ') + m.citizenId;
    // Earlier card numbers find the member too (a member just inserted has none).
    if (replace) {
        OREC_TRY_ASSIGN(auto earlier, earlierCardNumbers(m.id));
        for (const EarlierCardNumber& e : earlier)
            words += QLatin1Char(' ') + e.number;
    }
    ins->bind(1, static_cast<long long>(m.id)).bind(2, words);
    return ins->run();
}

Status MemberRepository::insert(WriteScope& scope, Member& member)
{
    OREC_TRY(scope.status());
    normalise(member);
    if (member.fullName.isEmpty())
        return Error(ErrorCode::Invalid, Texts::tr("The full name is required."),
                     QStringLiteral("full_name"));
    member.id = 0;
    if (member.uuid.isEmpty())
        member.uuid = repo::newUuid();
    OREC_TRY_ASSIGN(
        auto stmt,
        scope.connection().cached(
            hasAlias(m_database)
                ? "INSERT INTO members (uuid, version, full_name, name_sort, name_folded, gender, date_of_birth, "
                  "hometown, citizen_id, party_card_no, dossier_no, admission_date, full_membership_date, home_unit_id, "
                  "position, workplace, phone, email, notes, under_disciplinary_review, alias, updated_at) "
                  "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "INSERT INTO members (uuid, version, full_name, name_sort, name_folded, gender, date_of_birth, "
                  "hometown, citizen_id, party_card_no, dossier_no, admission_date, full_membership_date, home_unit_id, "
                  "position, workplace, phone, email, notes, under_disciplinary_review, updated_at) "
                  "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString folded = foldForSearch(member.fullName);
    stmt->bind(1, member.uuid);
    bindFields(*stmt, member, 2, folded, hasAlias(m_database));
    stmt->bind(hasAlias(m_database) ? 21 : 20, repo::nowText(m_database));
    if (Status s = stmt->run(); !s)
        return explainConstraint(s, member);
    member.id = scope.connection().lastInsertRowId();
    member.version = 1;
    OREC_TRY(writeSearchWords(scope, member, folded, false));
    if (m_auditMode == AuditMode::EachRecord)
        return scope.auditCompact(QStringLiteral("member"), member.uuid, QStringLiteral("create"), {},
                                  toCompactJson(member));
    // Bulk writers audit the set once; each record still gets its state (no body) so check binds it.
    return scope.auditCompact(QStringLiteral("member"), member.uuid, QStringLiteral("create"), {}, {});
}

Result<QList<EarlierCardNumber>> MemberRepository::earlierCardNumbers(qint64 memberId)
{
    QList<EarlierCardNumber> out;
    OREC_TRY_ASSIGN(auto stmt,
                    m_database.connection().cached(
                        "SELECT party_card_no, changed_on FROM member_earlier_cards WHERE member_id = ? "
                        "ORDER BY id"));
    stmt->bind(1, static_cast<long long>(memberId));
    for (;;) {
        OREC_TRY_ASSIGN(const bool row, stmt->step());
        if (!row)
            break;
        out.append({stmt->text(0), QDate::fromString(stmt->text(1), Qt::ISODate)});
    }
    stmt->reset();
    return out;
}

Result<std::optional<MemberRepository::EarlierHolder>>
MemberRepository::findByEarlierCard(const QString& number)
{
    const QString key = normaliseNumber(number);
    if (key.isEmpty())
        return std::optional<EarlierHolder>();
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().cached(
                                   "SELECT member_id, changed_on FROM member_earlier_cards "
                                   "WHERE party_card_no = ? ORDER BY changed_on DESC, id DESC LIMIT 1"));
    stmt->bind(1, key);
    OREC_TRY_ASSIGN(const bool row, stmt->step());
    if (!row) {
        stmt->reset();
        return std::optional<EarlierHolder>();
    }
    const qint64 memberId = stmt->int64(0);
    const QDate changedOn = QDate::fromString(stmt->text(1), Qt::ISODate);
    stmt->reset();
    OREC_TRY_ASSIGN(auto member, get(memberId));
    return std::optional<EarlierHolder>(EarlierHolder{member, {key, changedOn}});
}

Status MemberRepository::recordCardChange(WriteScope& scope, const Member& before, const Member& after,
                                          const QDate& changedOn)
{
    if (before.partyCardNumber == after.partyCardNumber)
        return {};
    // A number that is the member's again is no longer an earlier one.
    if (!after.partyCardNumber.isEmpty()) {
        OREC_TRY_ASSIGN(auto again,
                        scope.connection().cached(
                            "DELETE FROM member_earlier_cards WHERE member_id = ? AND party_card_no = ?"));
        again->bind(1, static_cast<long long>(after.id)).bind(2, after.partyCardNumber);
        OREC_TRY(again->run());
    }
    if (before.partyCardNumber.isEmpty())
        return {};
    OREC_TRY_ASSIGN(
        auto ins,
        scope.connection().cached(
            "INSERT INTO member_earlier_cards (member_id, party_card_no, changed_on) VALUES (?, ?, ?)"));
    const QDate day = changedOn.isValid() ? changedOn : m_database.clock().today();
    ins->bind(1, static_cast<long long>(after.id))
        .bind(2, before.partyCardNumber)
        .bind(3, day.toString(Qt::ISODate));
    return ins->run();
}

Status MemberRepository::update(WriteScope& scope, Member& member, const QDate& changedOn)
{
    OREC_TRY(scope.status());
    normalise(member);
    if (member.fullName.isEmpty())
        return Error(ErrorCode::Invalid, Texts::tr("The full name is required."),
                     QStringLiteral("full_name"));
    OREC_TRY_ASSIGN(auto before, get(member.id));
    if (before.version != member.version)
        return repo::conflictError(Texts::tr("member"));
    member.uuid = before.uuid;
    OREC_TRY_ASSIGN(
        auto stmt,
        scope.connection().cached(
            hasAlias(m_database)
                ? "UPDATE members SET full_name = ?, name_sort = ?, name_folded = ?, gender = ?, date_of_birth = ?, "
                  "hometown = ?, citizen_id = ?, party_card_no = ?, dossier_no = ?, admission_date = ?, "
                  "full_membership_date = ?, home_unit_id = ?, position = ?, workplace = ?, phone = ?, email = ?, "
                  "notes = ?, under_disciplinary_review = ?, alias = ?, updated_at = ?, version = version + 1 "
                  "WHERE id = ? AND version = ?"
                : "UPDATE members SET full_name = ?, name_sort = ?, name_folded = ?, gender = ?, date_of_birth = ?, "
                  "hometown = ?, citizen_id = ?, party_card_no = ?, dossier_no = ?, admission_date = ?, "
                  "full_membership_date = ?, home_unit_id = ?, position = ?, workplace = ?, phone = ?, email = ?, "
                  "notes = ?, under_disciplinary_review = ?, updated_at = ?, version = version + 1 "
                  "WHERE id = ? AND version = ?"));
    const QString folded = foldForSearch(member.fullName);
    const int next = hasAlias(m_database) ? 20 : 19;
    bindFields(*stmt, member, 1, folded, hasAlias(m_database));
    stmt->bind(next, repo::nowText(m_database));
    stmt->bind(next + 1, static_cast<long long>(member.id)).bind(next + 2, member.version);
    if (Status s = stmt->run(); !s)
        return explainConstraint(s, member);
    if (scope.connection().changes() != 1)
        return repo::conflictError(Texts::tr("member"));
    ++member.version;
    OREC_TRY(recordCardChange(scope, before, member, changedOn));
    OREC_TRY(writeSearchWords(scope, member, folded, true));
    if (m_auditMode == AuditMode::EachRecord)
        return scope.auditCompact(QStringLiteral("member"), member.uuid, QStringLiteral("update"),
                                  toCompactJson(before), toCompactJson(member));
    // Bulk writers audit the set once; each record still gets its state (no body) so check binds it.
    return scope.auditCompact(QStringLiteral("member"), member.uuid, QStringLiteral("update"), {}, {});
}

} // namespace orec
