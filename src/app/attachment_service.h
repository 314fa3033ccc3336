// AttachmentService: scanned, signed documents of a report (PDF or image) added, listed and read back from
// the encrypted database.
#pragma once

#include "app/session.h"
#include "core/result.h"
#include "storage/attachment_repository.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace orec::app {

class AttachmentService
{
public:
    explicit AttachmentService(Session& session) : m_session(session) {}

    // A scan is a PDF, JPEG, PNG or TIFF file of at most this many bytes.
    static constexpr qint64 kMaxBytes = 25 * 1024 * 1024;

    // Reads the file and stores it with the report; its type is read from its first bytes, not its name.
    Result<AttachmentInfo> attachFile(qint64 reportId, const QString& path);
    Result<AttachmentInfo> attach(qint64 reportId, const QString& fileName, const QByteArray& content);
    Result<QList<AttachmentInfo>> attachments(qint64 reportId);
    Result<QByteArray> content(qint64 attachmentId);
    // The user's explicit export of a scan: writes it, unencrypted, to `path` (replacing a file there),
    // readable and writable by its owner only (0600). The caller warns that the copy is not encrypted.
    Status saveCopy(qint64 attachmentId, const QString& path);
    Status remove(qint64 attachmentId);

    // "application/pdf", "image/png", "image/jpeg", "image/tiff", or empty for anything else.
    static QString mediaTypeOf(const QByteArray& content);

private:
    Session& m_session;
};

} // namespace orec::app
