#include "storage/posting_repository.h"

#include "core/result_try.h"
#include "storage/record_json.h"

#include <QCoreApplication>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

// The writable columns, in the order bindFields binds them.
constexpr const char* kFields[] = {
    "member_id",
    "purpose",
    "main_country",
    "city",
    "host_organisation",
    "visits_relatives",
    "delegation_size",
    "decision_no",
    "decision_date",
    "decision_body",
    "approving_committee_id",
    "approval_date",
    "political_conclusion_ref",
    "planned_departure",
    "planned_return",
    "effective_planned_return",
    "actual_departure",
    "actual_return",
    "arrangement",
    "attendance",
    "overseas_cell_id",
    "transfer_out_id",
    "transfer_back_id",
    "status",
    "departed_without_approval",
    "lost_contact_since",
    "cancelled_date",
    "status_reason",
    "closed_date",
    "did_not_return_date",
    "probation_end_date",
    "probation_decision",
    "probation_decision_ref",
};
constexpr int kFieldCount = static_cast<int>(std::size(kFields));

const std::string& selectColumns()
{
    static const std::string columns = [] {
        std::string s = "id, uuid, version";
        for (const char* f : kFields)
            s += std::string(", ") + f;
        return s;
    }();
    return columns;
}

Posting readPosting(const sql::Statement& s)
{
    Posting p;
    p.id = s.int64(0);
    p.uuid = s.text(1);
    p.version = s.integer(2);
    int i = 3;
    p.memberId = repo::idAt(s, i++);
    p.purpose = fromCodeName<PostingPurpose>(s.text(i++)).value_or(PostingPurpose::OfficialMission);
    ++i; // main_country: the countries come from posting_countries
    p.city = s.text(i++);
    p.hostOrganisation = s.text(i++);
    p.visitsRelatives = s.int64(i++) != 0;
    p.delegationSize = s.integer(i++);
    p.decisionNumber = s.text(i++);
    p.decisionDate = s.date(i++);
    p.decisionBody = s.text(i++);
    p.approvingCommitteeId = repo::idAt(s, i++);
    p.approvalDate = s.date(i++);
    p.politicalConclusionRef = s.text(i++);
    p.plannedDeparture = s.date(i++);
    p.plannedReturn = s.date(i++);
    ++i; // effective_planned_return is derived from the extensions
    p.actualDeparture = s.date(i++);
    p.actualReturn = s.date(i++);
    p.arrangement = fromCodeName<PartyActivityArrangement>(s.text(i++))
                        .value_or(PartyActivityArrangement::StaysWithHomeCell);
    p.attendance = fromCodeName<AttendanceMode>(s.text(i++)).value_or(AttendanceMode::InCell);
    p.overseasCellId = repo::idAt(s, i++);
    p.transferLetterOutId = repo::idAt(s, i++);
    p.transferLetterBackId = repo::idAt(s, i++);
    p.status = fromCodeName<PostingStatus>(s.text(i++)).value_or(PostingStatus::Planned);
    p.departedWithoutApproval = s.int64(i++) != 0;
    if (!s.isNull(i))
        p.lostContactSince = s.date(i);
    ++i;
    p.cancelledDate = s.date(i++);
    p.statusReason = s.text(i++);
    p.closedDate = s.date(i++);
    p.didNotReturnDate = s.date(i++);
    p.probationEndDate = s.date(i++);
    p.probationDecision = fromCodeName<ProbationDecision>(s.text(i++)).value_or(ProbationDecision::Pending);
    p.probationDecisionRef = s.text(i++);
    return p;
}

const repo::TableReader<Posting>& reads()
{
    static const repo::TableReader<Posting> reader("postings", selectColumns(), readPosting);
    return reader;
}

void bindFields(sql::Statement& s, const Posting& p, int first)
{
    int i = first;
    repo::bindId(s, i++, p.memberId);
    s.bind(i++, codeName(p.purpose));
    s.bind(i++, p.countryCodes.value(0));
    repo::bindText(s, i++, p.city);
    repo::bindText(s, i++, p.hostOrganisation);
    s.bind(i++, p.visitsRelatives);
    s.bind(i++, p.delegationSize);
    repo::bindText(s, i++, p.decisionNumber);
    s.bind(i++, p.decisionDate);
    repo::bindText(s, i++, p.decisionBody);
    repo::bindId(s, i++, p.approvingCommitteeId);
    s.bind(i++, p.approvalDate);
    repo::bindText(s, i++, p.politicalConclusionRef);
    s.bind(i++, p.plannedDeparture);
    s.bind(i++, p.plannedReturn);
    s.bind(i++, p.effectivePlannedReturn());
    s.bind(i++, p.actualDeparture);
    s.bind(i++, p.actualReturn);
    s.bind(i++, codeName(p.arrangement));
    s.bind(i++, codeName(p.attendance));
    repo::bindId(s, i++, p.overseasCellId);
    repo::bindId(s, i++, p.transferLetterOutId);
    repo::bindId(s, i++, p.transferLetterBackId);
    s.bind(i++, codeName(p.status));
    s.bind(i++, p.departedWithoutApproval);
    s.bind(i++, p.lostContactSince ? *p.lostContactSince : QDate());
    s.bind(i++, p.cancelledDate);
    repo::bindText(s, i++, p.statusReason);
    s.bind(i++, p.closedDate);
    s.bind(i++, p.didNotReturnDate);
    s.bind(i++, p.probationEndDate);
    s.bind(i++, codeName(p.probationDecision));
    repo::bindText(s, i++, p.probationDecisionRef);
}

void normalise(Posting& p)
{
    QStringList codes;
    for (const QString& c : p.countryCodes) {
        const QString code = c.trimmed().toUpper();
        if (!code.isEmpty() && !codes.contains(code))
            codes.append(code);
    }
    p.countryCodes = codes;
    p.city = p.city.trimmed();
    if (p.delegationSize < 1)
        p.delegationSize = 1;
}

const std::string& insertSql()
{
    static const std::string sql = [] {
        std::string s = "INSERT INTO postings (uuid, version";
        std::string values = "VALUES (?, 1";
        for (const char* f : kFields) {
            s += std::string(", ") + f;
            values += ", ?";
        }
        return s + ", updated_at) " + values + ", ?)";
    }();
    return sql;
}

const std::string& updateSql()
{
    static const std::string sql = [] {
        std::string s = "UPDATE postings SET ";
        for (const char* f : kFields)
            s += std::string(f) + " = ?, ";
        return s + "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?";
    }();
    return sql;
}

} // namespace

Status PostingRepository::loadChildren(Posting& p)
{
    OREC_TRY_ASSIGN(auto countries,
                    m_database.connection().cached(
                        "SELECT country_code FROM posting_countries WHERE posting_id = ? ORDER BY position"));
    countries->bind(1, static_cast<long long>(p.id));
    p.countryCodes.clear();
    OREC_TRY(repo::forEachRow(*countries, [&](sql::Statement& s) {
        p.countryCodes.append(s.text(0));
        return true;
    }));
    OREC_TRY_ASSIGN(
        auto extensions,
        m_database.connection().cached(
            "SELECT decision_no, decision_date, new_planned_return, reason FROM posting_extensions "
            "WHERE posting_id = ? ORDER BY position"));
    extensions->bind(1, static_cast<long long>(p.id));
    p.extensions.clear();
    return repo::forEachRow(*extensions, [&](sql::Statement& s) {
        p.extensions.append(Extension{s.text(0), s.date(1), s.date(2), s.text(3)});
        return true;
    });
}

Result<Posting> PostingRepository::get(qint64 id)
{
    auto p = reads().get(m_database.connection(), id, Texts::tr("posting"));
    if (!p)
        return p.error();
    OREC_TRY(loadChildren(*p));
    return p;
}

Result<std::optional<Posting>> PostingRepository::findByUuid(const QString& uuid)
{
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().cached("SELECT id FROM postings WHERE uuid = ?"));
    stmt->bind(1, uuid);
    OREC_TRY_ASSIGN(auto row, stmt->step());
    if (!row)
        return std::optional<Posting>();
    const qint64 id = stmt->int64(0);
    stmt->reset();
    OREC_TRY_ASSIGN(auto p, get(id));
    return std::optional<Posting>(std::move(p));
}

Result<QList<Posting>> PostingRepository::listForMember(qint64 memberId)
{
    OREC_TRY_ASSIGN(
        auto stmt,
        m_database.connection().prepare(reads().selectWhere(
            "member_id = ? ORDER BY coalesce(actual_departure, planned_departure) DESC, id DESC")));
    stmt.bind(1, static_cast<long long>(memberId));
    auto out = repo::collectRows<Posting>(stmt, readPosting);
    if (!out)
        return out.error();
    for (Posting& p : *out)
        OREC_TRY(loadChildren(p));
    return out;
}

Result<std::optional<Posting>> PostingRepository::currentAbroad(qint64 memberId)
{
    OREC_TRY_ASSIGN(
        auto stmt,
        m_database.connection().prepare(
            "SELECT id FROM postings WHERE member_id = ? AND status IN ('abroad', 'in_overseas_cell', 'lost_contact') "
            "ORDER BY actual_departure DESC, id DESC LIMIT 1"));
    stmt.bind(1, static_cast<long long>(memberId));
    OREC_TRY_ASSIGN(auto row, stmt.step());
    if (!row)
        return std::optional<Posting>();
    OREC_TRY_ASSIGN(auto p, get(stmt.int64(0)));
    return std::optional<Posting>(std::move(p));
}

Result<qint64> PostingRepository::findSameTrip(qint64 memberId, const QString& mainCountry,
                                               const QDate& departure)
{
    auto stmt =
        m_database.connection().cached("SELECT id FROM postings WHERE member_id = ? AND main_country = ? AND "
                                       "coalesce(actual_departure, planned_departure) = ? LIMIT 1");
    if (!stmt)
        return stmt.error();
    (*stmt)
        ->bind(1, static_cast<long long>(memberId))
        .bind(2, mainCountry.trimmed().toUpper())
        .bind(3, departure);
    OREC_TRY_ASSIGN(auto row, (*stmt)->step());
    const qint64 id = row ? (*stmt)->int64(0) : 0;
    (*stmt)->reset();
    return id;
}

Status PostingRepository::forEach(const std::function<bool(const Posting&)>& visit)
{
    // By the member's place in the list (not the row id, which differs between databases), so an
    // export of the same records is the same file.
    std::string columns = "p.id, p.uuid, p.version";
    for (const char* f : kFields)
        columns += std::string(", p.") + f;
    OREC_TRY_ASSIGN(
        auto stmt,
        m_database.connection().prepare(
            "SELECT " + columns +
            " FROM postings p JOIN members m ON m.id = p.member_id "
            "ORDER BY m.name_sort, m.id, coalesce(p.actual_departure, p.planned_departure), p.id"));
    Status inner;
    OREC_TRY(repo::forEachRow(stmt, [&](sql::Statement& s) {
        Posting p = readPosting(s);
        inner = loadChildren(p);
        return inner.ok() && visit(p);
    }));
    return inner;
}

Result<qint64> PostingRepository::count()
{
    OREC_TRY_ASSIGN(auto n, m_database.connection().queryInt("SELECT count(*) FROM postings"));
    return static_cast<qint64>(n);
}

Status PostingRepository::writeChildren(WriteScope& scope, const Posting& p, bool replace)
{
    sql::Connection& c = scope.connection();
    if (replace) {
        for (const char* sql : {"DELETE FROM posting_countries WHERE posting_id = ?",
                                "DELETE FROM posting_extensions WHERE posting_id = ?"}) {
            OREC_TRY_ASSIGN(auto del, c.cached(sql));
            del->bind(1, static_cast<long long>(p.id));
            OREC_TRY(del->run());
        }
    }
    auto country =
        c.cached("INSERT INTO posting_countries (posting_id, position, country_code) VALUES (?, ?, ?)");
    if (!country)
        return country.error();
    for (qsizetype i = 0; i < p.countryCodes.size(); ++i) {
        (*country)->reset();
        (*country)
            ->bind(1, static_cast<long long>(p.id))
            .bind(2, static_cast<int>(i))
            .bind(3, p.countryCodes[i]);
        OREC_TRY((*country)->run());
    }
    if (p.extensions.isEmpty())
        return {};
    auto extension =
        c.cached("INSERT INTO posting_extensions (posting_id, position, decision_no, decision_date, "
                 "new_planned_return, reason) VALUES (?, ?, ?, ?, ?, ?)");
    if (!extension)
        return extension.error();
    for (qsizetype i = 0; i < p.extensions.size(); ++i) {
        const Extension& e = p.extensions[i];
        (*extension)->reset();
        (*extension)
            ->bind(1, static_cast<long long>(p.id))
            .bind(2, static_cast<int>(i))
            .bind(3, e.decisionNumber)
            .bind(4, e.decisionDate)
            .bind(5, e.newPlannedReturn);
        repo::bindText(**extension, 6, e.reason);
        OREC_TRY((*extension)->run());
    }
    return {};
}

Status PostingRepository::insert(WriteScope& scope, Posting& posting)
{
    OREC_TRY(scope.status());
    normalise(posting);
    if (posting.countryCodes.isEmpty())
        return Error(ErrorCode::Invalid, Texts::tr("At least one country is required."),
                     QStringLiteral("country"));
    if (posting.memberId == 0)
        return Error(ErrorCode::Invalid, Texts::tr("Choose the member who goes abroad."),
                     QStringLiteral("member"));
    posting.id = 0;
    if (posting.uuid.isEmpty())
        posting.uuid = repo::newUuid();
    OREC_TRY_ASSIGN(auto stmt, scope.connection().cached(insertSql()));
    stmt->bind(1, posting.uuid);
    bindFields(*stmt, posting, 2);
    stmt->bind(2 + kFieldCount, repo::nowText(m_database));
    OREC_TRY(stmt->run());
    posting.id = scope.connection().lastInsertRowId();
    posting.version = 1;
    OREC_TRY(writeChildren(scope, posting, false));
    if (m_auditMode == AuditMode::EachRecord)
        return scope.audit(QStringLiteral("posting"), posting.uuid, QStringLiteral("create"), {},
                           toJson(posting));
    // Bulk writers audit the set once; each record still gets its state (no body) so check binds it.
    return scope.auditCompact(QStringLiteral("posting"), posting.uuid, QStringLiteral("create"), {}, {});
}

Status PostingRepository::update(WriteScope& scope, Posting& posting, const QString& action)
{
    OREC_TRY(scope.status());
    normalise(posting);
    if (posting.countryCodes.isEmpty())
        return Error(ErrorCode::Invalid, Texts::tr("At least one country is required."),
                     QStringLiteral("country"));
    OREC_TRY_ASSIGN(auto before, get(posting.id));
    if (before.version != posting.version)
        return repo::conflictError(Texts::tr("posting"));
    posting.uuid = before.uuid;
    OREC_TRY_ASSIGN(auto stmt, scope.connection().cached(updateSql()));
    bindFields(*stmt, posting, 1);
    stmt->bind(1 + kFieldCount, repo::nowText(m_database));
    stmt->bind(2 + kFieldCount, static_cast<long long>(posting.id)).bind(3 + kFieldCount, posting.version);
    OREC_TRY(stmt->run());
    if (scope.connection().changes() != 1)
        return repo::conflictError(Texts::tr("posting"));
    ++posting.version;
    OREC_TRY(writeChildren(scope, posting, true));
    if (m_auditMode == AuditMode::EachRecord)
        return scope.audit(QStringLiteral("posting"), posting.uuid, action, toJson(before), toJson(posting));
    // Bulk writers audit the set once; each record still gets its state (no body) so check binds it.
    return scope.auditCompact(QStringLiteral("posting"), posting.uuid, action, {}, {});
}

} // namespace orec
