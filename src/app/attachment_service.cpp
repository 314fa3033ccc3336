#include "app/attachment_service.h"

#include "core/secure_bytes.h"
#include "core/validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace orec::app {

namespace {
// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::app::AttachmentService)
};
} // namespace

QString AttachmentService::mediaTypeOf(const QByteArray& content)
{
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (content.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (content.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (content.startsWith(QByteArray("II*\0", 4)) || content.startsWith(QByteArray("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    return {};
}

Result<AttachmentInfo> AttachmentService::attachFile(qint64 reportId, const QString& path)
{
    OREC_TRY(m_session.require(Permission::WriteRecords)); // before the file is even opened
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, Texts::tr("The file could not be read: %1").arg(file.errorString()),
                     path);
    if (file.size() > kMaxBytes)
        return Error(ErrorCode::Invalid,
                     Texts::tr("The file is larger than %1 MB; scan it at a lower resolution.")
                         .arg(kMaxBytes / (1024 * 1024)),
                     path);
    return attach(reportId, QFileInfo(path).fileName(), file.readAll());
}

Result<AttachmentInfo> AttachmentService::attach(qint64 reportId, const QString& fileName,
                                                 const QByteArray& content)
{
    OREC_TRY(m_session.require(Permission::WriteRecords));
    OREC_TRY(checkLength(QStringLiteral("file_name"), Texts::tr("The file's name"), fileName,
                         field_limits::kFileName));
    if (content.size() > kMaxBytes)
        return Error(ErrorCode::Invalid,
                     Texts::tr("The file is larger than %1 MB; scan it at a lower resolution.")
                         .arg(kMaxBytes / (1024 * 1024)),
                     fileName);
    AttachmentInfo info;
    info.reportId = reportId;
    info.fileName = fileName;
    info.mediaType = mediaTypeOf(content);
    if (info.mediaType.isEmpty())
        return Error(ErrorCode::Invalid,
                     Texts::tr("Only PDF files and images (JPEG, PNG, TIFF) can be attached."), fileName);
    WriteScope scope(m_session.database());
    OREC_TRY(scope.status());
    OREC_TRY(AttachmentRepository(m_session.database()).insert(scope, info, content));
    OREC_TRY(scope.commit());
    return info;
}

Result<QList<AttachmentInfo>> AttachmentService::attachments(qint64 reportId)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return AttachmentRepository(m_session.database()).listForReport(reportId);
}

Result<QByteArray> AttachmentService::content(qint64 attachmentId)
{
    OREC_TRY(m_session.require(Permission::ReadRecords));
    return AttachmentRepository(m_session.database()).content(attachmentId);
}

Status AttachmentService::saveCopy(qint64 attachmentId, const QString& path)
{
    auto content = this->content(attachmentId);
    if (!content)
        return content.error();
    // Created with owner-only permissions from the start (not chmod-ed after the bytes are in): a file
    // already there is removed first, since open() keeps the permissions of a file it reuses.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        wipeBytes(*content);
        return Error(ErrorCode::Io, Texts::tr("The file already there could not be replaced."), path);
    }
    QFile file(path);
    const bool opened = file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const bool written = opened && file.write(*content) == content->size() && file.flush();
    wipeBytes(*content);
    if (!written) {
        const QString reason = file.errorString();
        if (opened) {
            file.close();
            file.remove();
        }
        return Error(ErrorCode::Io, Texts::tr("The copy could not be written: %1").arg(reason), path);
    }
    file.close();
    return okStatus();
}

Status AttachmentService::remove(qint64 attachmentId)
{
    OREC_TRY(m_session.require(Permission::WriteRecords));
    WriteScope scope(m_session.database());
    OREC_TRY(scope.status());
    OREC_TRY(AttachmentRepository(m_session.database()).remove(scope, attachmentId));
    return scope.commit();
}

} // namespace orec::app
