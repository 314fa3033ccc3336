#include "storage/attachment_repository.h"

#include "core/result_try.h"
#include "storage/repository_support.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QTimeZone>

namespace orec {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::AttachmentRepository)
};

constexpr std::string_view kColumns =
    "id, uuid, report_id, file_name, media_type, size, sha256, added_at, added_by";

AttachmentInfo readInfo(const sql::Statement& s)
{
    AttachmentInfo a;
    a.id = s.int64(0);
    a.uuid = s.text(1);
    a.reportId = s.int64(2);
    a.fileName = s.text(3);
    a.mediaType = s.text(4);
    a.size = s.int64(5);
    a.sha256 = s.text(6);
    a.addedAt = QDateTime::fromString(s.text(7), Qt::ISODateWithMs);
    a.addedAt.setTimeZone(QTimeZone::utc());
    a.addedBy = s.text(8);
    return a;
}

QJsonObject toJson(const AttachmentInfo& a)
{
    return {{QStringLiteral("uuid"), a.uuid},          {QStringLiteral("report_id"), a.reportId},
            {QStringLiteral("file_name"), a.fileName}, {QStringLiteral("media_type"), a.mediaType},
            {QStringLiteral("size"), a.size},          {QStringLiteral("sha256"), a.sha256}};
}

QString hashOf(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace

Status AttachmentRepository::insert(WriteScope& scope, AttachmentInfo& info, const QByteArray& content)
{
    OREC_TRY(scope.status());
    if (info.reportId == 0)
        return Error(ErrorCode::Invalid, Texts::tr("An attachment belongs to a report."),
                     QStringLiteral("report"));
    if (content.isEmpty())
        return Error(ErrorCode::Invalid, Texts::tr("The file is empty."), info.fileName);
    info.uuid = info.uuid.isEmpty() ? repo::newUuid() : info.uuid;
    info.size = content.size();
    info.sha256 = hashOf(content);
    info.addedAt = m_database.clock().nowUtc();
    info.addedBy = m_database.actor().user;
    auto stmt =
        scope.connection().prepare("INSERT INTO attachments (uuid, report_id, file_name, media_type, size, "
                                   "sha256, content, added_at, added_by) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, info.uuid)
        .bind(2, info.reportId)
        .bind(3, info.fileName)
        .bind(4, info.mediaType)
        .bind(5, info.size)
        .bind(6, info.sha256)
        .bindBlob(7, content)
        .bind(8, info.addedAt.toString(Qt::ISODateWithMs))
        .bind(9, info.addedBy);
    OREC_TRY(stmt->run());
    info.id = scope.connection().lastInsertRowId();
    return scope.audit(QStringLiteral("attachment"), info.uuid, QStringLiteral("create"), {}, toJson(info));
}

Status AttachmentRepository::remove(WriteScope& scope, qint64 id)
{
    OREC_TRY_ASSIGN(auto existing, info(id));
    OREC_TRY_ASSIGN(auto stmt, scope.connection().prepare("DELETE FROM attachments WHERE id = ?"));
    stmt.bind(1, id);
    OREC_TRY(stmt.run());
    return scope.audit(QStringLiteral("attachment"), existing.uuid, QStringLiteral("delete"),
                       toJson(existing), {});
}

Result<QList<AttachmentInfo>> AttachmentRepository::listForReport(qint64 reportId)
{
    OREC_TRY_ASSIGN(auto stmt, m_database.connection().prepare(
                                   "SELECT " + std::string(kColumns) +
                                   " FROM attachments WHERE report_id = ? ORDER BY added_at, id"));
    stmt.bind(1, reportId);
    return repo::collectRows<AttachmentInfo>(stmt, readInfo);
}

Result<AttachmentInfo> AttachmentRepository::info(qint64 id)
{
    auto stmt =
        m_database.connection().prepare("SELECT " + std::string(kColumns) + " FROM attachments WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    OREC_TRY_ASSIGN(auto row, stmt->step());
    if (!row)
        return repo::notFoundError(Texts::tr("attachment"), QString::number(id));
    return readInfo(*stmt);
}

Result<QByteArray> AttachmentRepository::content(qint64 id)
{
    auto stmt =
        m_database.connection().prepare("SELECT content, sha256, file_name FROM attachments WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    OREC_TRY_ASSIGN(auto row, stmt->step());
    if (!row)
        return repo::notFoundError(Texts::tr("attachment"), QString::number(id));
    QByteArray bytes = stmt->blob(0);
    if (hashOf(bytes) != stmt->text(1))
        return Error(ErrorCode::Corrupt,
                     Texts::tr("The stored scan does not match its fingerprint: it was damaged."),
                     stmt->text(2));
    return bytes;
}

} // namespace orec
