#include "app/document_register_service.h"

#include "core/result_try.h"
#include "reports/document_renderer.h"
#include "reports/page_layouter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace orec::app {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::app)
};

QString kindName(PrintKind kind)
{
    const QStringList names = PrintService::kindNames();
    for (const QString& name : names) {
        if (PrintService::kindFromName(name) == kind)
            return name;
    }
    return kind == PrintKind::ScreenList ? QStringLiteral("list") : QString();
}

// What was asked, so the register says which request made each document.
QString requestJson(const PrintRequest& r)
{
    QJsonObject o{{QStringLiteral("kind"), kindName(r.kind)}};
    const auto date = [&o](const char* key, const QDate& d) {
        if (d.isValid())
            o.insert(QLatin1String(key), d.toString(Qt::ISODate));
    };
    date("as_of", r.asOf);
    date("from", r.from);
    date("to", r.to);
    date("date", r.issuer.date);
    if (r.kind == PrintKind::Abroad)
        o.insert(QStringLiteral("by"), r.grouping == reports::AbroadGrouping::HomeUnit
                                           ? QStringLiteral("home-unit")
                                           : QStringLiteral("country"));
    if (r.kind == PrintKind::ReportsDue)
        o.insert(QStringLiteral("within"), r.withinDays);
    if (r.memberId != 0)
        o.insert(QStringLiteral("member_id"), r.memberId);
    if (r.committeeId != 0)
        o.insert(QStringLiteral("committee_id"), r.committeeId);
    if (r.year != 0)
        o.insert(QStringLiteral("year"), r.year);
    if (!r.listName.isEmpty())
        o.insert(QStringLiteral("list"), r.listName);
    if (!r.reportIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : r.reportIds)
            ids.append(id);
        o.insert(QStringLiteral("report_ids"), ids);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString titleOf(const reports::PartyDocument& doc)
{
    if (!doc.metadataTitle.isEmpty())
        return doc.metadataTitle;
    QString title = doc.title;
    if (!doc.subtitles.isEmpty())
        title += QLatin1Char(' ') + doc.subtitles.first();
    return title.trimmed();
}

Status writeOwnerOnly(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io, Texts::tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    return okStatus();
}

} // namespace

QList<QPair<QString, QString>> documentKindSymbols()
{
    return {{QStringLiteral("BC"), Texts::tr("report (báo cáo)")},
            {QStringLiteral("CV"), Texts::tr("letter (công văn)")},
            {QStringLiteral("DS"), Texts::tr("list (danh sách)")}};
}

Status DocumentRegisterService::mayIssue()
{
    return m_session.require(Permission::WriteRecords, Where::HomeOnly);
}

Result<IssuedBatch> DocumentRegisterService::issue(const PrintRequest& request)
{
    OREC_TRY(mayIssue());
    const auto symbol = PrintService::kindSymbol(request.kind);
    if (!symbol)
        return Error(ErrorCode::Usage,
                     Texts::tr("This form carries the number of its transfer letter in the transfer register "
                               "(10-SHĐ); print it without --final."));
    PrintService printing(m_session);
    PrintRequest final = request;
    final.draft = false;
    final.issuer.documentNumber.clear();
    // Everything is read and laid out once before the register is touched: bad input changes nothing.
    OREC_TRY_ASSIGN(auto docs, printing.documents(final));
    OREC_TRY_ASSIGN(const qint64 committee, printing.issuingCommittee(final));
    OREC_TRY_ASSIGN(auto identity, SettingsRepository(m_session.database()).committeeIdentity());
    OREC_TRY_ASSIGN(auto top, printing.issuingCommittee(PrintRequest{}));
    // The settings' symbol and term are the register's own committee's; another committee's documents are
    // numbered in its own register under the usual "ĐU", without a term.
    const bool ownCommittee = committee == top;
    const QString committeeSymbol =
        ownCommittee && !identity.symbol.isEmpty() ? identity.symbol : defaultCommitteeSymbol();
    const QDate termStart = ownCommittee ? identity.termStart : QDate();

    IssuedBatch batch;
    QList<reports::LaidOutDocument> pages;
    WriteScope scope(m_session.database());
    OREC_TRY(scope.status());
    DocumentRegisterRepository repository(m_session.database());
    for (reports::PartyDocument& doc : docs) {
        IssuedDocument issued;
        issued.committeeId = committee;
        issued.issuingUnit = doc.header.issuingUnit;
        issued.committeeSymbol = committeeSymbol;
        issued.kindSymbol = *symbol;
        issued.termStart = termStart;
        issued.issueDate = doc.header.date;
        issued.printKind = kindName(request.kind);
        issued.title = titleOf(doc);
        issued.requestJson = requestJson(request);
        reports::LaidOutDocument laid;
        OREC_TRY(repository.issue(scope, issued, [&](const IssuedDocument& numbered) -> Result<QByteArray> {
            doc.header.documentNumber = numbered.numberText;
            doc.header.draft = false;
            OREC_TRY_ASSIGN(laid, reports::PageLayouter::layout(doc));
            return reports::DocumentRenderer::pdf(laid);
        }));
        pages.append(laid);
        batch.documents.append(issued);
    }
    OREC_TRY(scope.commit());
    if (batch.documents.size() == 1) {
        batch.pdf = batch.documents.first().pdf;
    } else {
        OREC_TRY_ASSIGN(batch.pdf, reports::DocumentRenderer::pdf(PrintService::concatenate(pages)));
    }
    return batch;
}

Result<IssuedBatch> DocumentRegisterService::issueToFile(const PrintRequest& request, const QString& path)
{
    OREC_TRY_ASSIGN(auto batch, issue(request));
    OREC_TRY(writeOwnerOnly(batch.pdf, path));
    return batch;
}

Result<QList<IssuedDocument>> DocumentRegisterService::list(const DocumentRegisterFilter& filter)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return DocumentRegisterRepository(m_session.database()).list(filter);
}

Result<IssuedDocument> DocumentRegisterService::find(const QString& numberOrUuid)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return DocumentRegisterRepository(m_session.database()).find(numberOrUuid);
}

Result<IssuedDocument> DocumentRegisterService::get(qint64 id)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return DocumentRegisterRepository(m_session.database()).get(id);
}

Status DocumentRegisterService::reprint(qint64 id, const QString& path)
{
    OREC_TRY_ASSIGN(auto document, get(id));
    return writeOwnerOnly(document.pdf, path);
}

reports::ReportTable DocumentRegisterService::registerTable(const QList<IssuedDocument>& documents)
{
    reports::ReportTable t;
    t.addColumn(QStringLiteral("so_ky_hieu"), Texts::tr("Số, ký hiệu"), 30, reports::ColumnType::Text,
                reports::ColumnAlign::Center);
    t.addColumn(QStringLiteral("ngay"), Texts::tr("Ngày"), 22, reports::ColumnType::Date,
                reports::ColumnAlign::Center);
    t.addColumn(QStringLiteral("trich_yeu"), Texts::tr("Trích yếu nội dung"), 80);
    t.addColumn(QStringLiteral("nguoi_phat_hanh"), Texts::tr("Người phát hành"), 26);
    for (const IssuedDocument& d : documents)
        t.addRow({d.numberText, d.issueDate, d.title, d.issuedBy});
    return t;
}

Result<CommitteeIdentity> DocumentRegisterService::identity()
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return SettingsRepository(m_session.database()).committeeIdentity();
}

Status DocumentRegisterService::setIdentity(const CommitteeIdentity& identity)
{
    OREC_TRY(m_session.require(Permission::EditRules, Where::HomeOnly));
    WriteScope scope(m_session.database(), Permission::EditRules);
    OREC_TRY(scope.status());
    OREC_TRY(SettingsRepository(m_session.database()).setCommitteeIdentity(scope, identity));
    return scope.commit();
}

} // namespace orec::app
