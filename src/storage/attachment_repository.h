// AttachmentRepository: scanned, signed documents (PDF or image) of a report, stored inside the encrypted
// database.
#pragma once

#include "core/result.h"
#include "storage/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace orec {

// What a list of attachments shows; the content is read only when someone opens it.
struct AttachmentInfo
{
    qint64 id = 0;
    QString uuid;
    qint64 reportId = 0;
    QString fileName;  // the name it had when attached, without the folder
    QString mediaType; // "application/pdf", "image/jpeg", "image/png"...
    qint64 size = 0;
    QString sha256;    // hex, of the content
    QDateTime addedAt; // UTC
    QString addedBy;
};

class AttachmentRepository
{
public:
    explicit AttachmentRepository(Database& database) : m_database(database) {}

    // Inside the caller's WriteScope; fills in id, uuid, size, hash and who added it when.
    Status insert(WriteScope& scope, AttachmentInfo& info, const QByteArray& content);
    Status remove(WriteScope& scope, qint64 id);
    Result<QList<AttachmentInfo>> listForReport(qint64 reportId);
    Result<AttachmentInfo> info(qint64 id);
    // The content, checked against the hash stored with it.
    Result<QByteArray> content(qint64 id);

private:
    Database& m_database;
};

} // namespace orec
