#include "storage/report_repository.h"

#include "core/result_try.h"
#include "storage/record_json.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec)
};

constexpr std::string_view kColumns =
    "id, uuid, version, kind, posting_id, member_id, event_date, due_date, rule_set_version, received_date, "
    "received_by, content_json, cell_opinion, committee_opinion, committee_decision, decision_date, confirmed";

QString contentText(const Report& r)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(r.fields)).toJson(QJsonDocument::Compact));
}

Report readReport(const sql::Statement& s)
{
    Report r;
    r.id = s.int64(0);
    r.uuid = s.text(1);
    r.version = s.integer(2);
    r.kind = fromCodeName<ReportKind>(s.text(3)).value_or(ReportKind::Return);
    r.postingId = repo::idAt(s, 4);
    r.memberId = repo::idAt(s, 5);
    r.eventDate = s.date(6);
    r.dueDate = s.date(7);
    r.ruleSetVersion = s.integer(8);
    r.receivedDate = s.date(9);
    r.receivedBy = s.text(10);
    const std::string_view content = s.textView(11);
    r.fields = QJsonDocument::fromJson(QByteArray(content.data(), static_cast<qsizetype>(content.size())))
                   .object()
                   .toVariantMap();
    r.cellOpinion = s.text(12);
    r.committeeOpinion = s.text(13);
    r.committeeDecision = s.text(14);
    r.decisionDate = s.date(15);
    r.confirmed = s.int64(16) != 0;
    return r;
}

const repo::TableReader<Report>& reads()
{
    static const repo::TableReader<Report> reader("reports", kColumns, readReport);
    return reader;
}

void bindFields(sql::Statement& s, const Report& r, int first)
{
    int i = first;
    s.bind(i++, codeName(r.kind));
    repo::bindId(s, i++, r.postingId);
    repo::bindId(s, i++, r.memberId);
    s.bind(i++, r.eventDate);
    s.bind(i++, r.dueDate);
    s.bind(i++, r.ruleSetVersion);
    s.bind(i++, r.receivedDate);
    repo::bindText(s, i++, r.receivedBy);
    s.bind(i++, contentText(r));
    repo::bindText(s, i++, r.cellOpinion);
    repo::bindText(s, i++, r.committeeOpinion);
    repo::bindText(s, i++, r.committeeDecision);
    s.bind(i++, r.decisionDate);
    s.bind(i++, r.confirmed);
}

} // namespace

Result<Report> ReportRepository::get(qint64 id)
{
    return reads().get(m_database.connection(), id, Texts::tr("report"));
}

Result<std::optional<Report>> ReportRepository::findByUuid(const QString& uuid)
{
    static const std::string sql = reads().selectWhere("uuid = ?");
    return reads().findOne(m_database.connection(), sql, uuid);
}

Result<QList<Report>> ReportRepository::listForPosting(qint64 postingId)
{
    return reads().listWhere(m_database.connection(),
                             "posting_id = ? ORDER BY due_date IS NULL, due_date, id", {postingId});
}

Result<QList<Report>> ReportRepository::listForMember(qint64 memberId)
{
    return reads().listWhere(
        m_database.connection(),
        "member_id = ? ORDER BY coalesce(due_date, received_date, event_date) DESC, id DESC", {memberId});
}

Result<QList<Report>> ReportRepository::returnReportsOfMember(qint64 memberId, qint64 exceptPostingId)
{
    return reads().listWhere(
        m_database.connection(),
        "member_id = ? AND kind = 'return' AND coalesce(posting_id, 0) != ? ORDER BY due_date",
        {memberId, exceptPostingId});
}

Status ReportRepository::insert(WriteScope& scope, Report& report)
{
    OREC_TRY(scope.status());
    if (report.memberId == 0)
        return Error(ErrorCode::Invalid, Texts::tr("A report belongs to a member."),
                     QStringLiteral("member"));
    report.id = 0;
    if (report.uuid.isEmpty())
        report.uuid = repo::newUuid();
    OREC_TRY_ASSIGN(
        auto stmt,
        scope.connection().cached(
            "INSERT INTO reports (uuid, version, kind, posting_id, member_id, event_date, due_date, rule_set_version, "
            "received_date, received_by, content_json, cell_opinion, committee_opinion, committee_decision, "
            "decision_date, confirmed, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    stmt->bind(1, report.uuid);
    bindFields(*stmt, report, 2);
    stmt->bind(16, repo::nowText(m_database));
    OREC_TRY(stmt->run());
    report.id = scope.connection().lastInsertRowId();
    report.version = 1;
    if (m_auditMode == AuditMode::EachRecord)
        return scope.audit(QStringLiteral("report"), report.uuid, QStringLiteral("create"), {},
                           toJson(report));
    // Bulk writers audit the set once; each record still gets its state (no body) so check binds it.
    return scope.auditCompact(QStringLiteral("report"), report.uuid, QStringLiteral("create"), {}, {});
}

Status ReportRepository::update(WriteScope& scope, Report& report, const QString& action)
{
    OREC_TRY(scope.status());
    OREC_TRY_ASSIGN(auto before, get(report.id));
    if (before.version != report.version)
        return repo::conflictError(Texts::tr("report"));
    report.uuid = before.uuid;
    OREC_TRY_ASSIGN(
        auto stmt,
        scope.connection().cached(
            "UPDATE reports SET kind = ?, posting_id = ?, member_id = ?, event_date = ?, due_date = ?, "
            "rule_set_version = ?, received_date = ?, received_by = ?, content_json = ?, cell_opinion = ?, "
            "committee_opinion = ?, committee_decision = ?, decision_date = ?, confirmed = ?, updated_at = ?, "
            "version = version + 1 WHERE id = ? AND version = ?"));
    bindFields(*stmt, report, 1);
    stmt->bind(15, repo::nowText(m_database));
    stmt->bind(16, static_cast<long long>(report.id)).bind(17, report.version);
    OREC_TRY(stmt->run());
    if (scope.connection().changes() != 1)
        return repo::conflictError(Texts::tr("report"));
    ++report.version;
    if (m_auditMode == AuditMode::EachRecord)
        return scope.audit(QStringLiteral("report"), report.uuid, action, toJson(before), toJson(report));
    // Bulk writers audit the set once; each record still gets its state (no body) so check binds it.
    return scope.auditCompact(QStringLiteral("report"), report.uuid, action, {}, {});
}

} // namespace orec
