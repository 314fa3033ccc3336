#include "storage/backup.h"

#include "core/crypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>
#include <sodium.h>

namespace orec::backup {

// Layout: "ORECBAK1" | u32 header length | header JSON | key file bytes | database bytes.
// The header holds the database id (random), schema version, time of the backup, and the sizes
// and BLAKE2b checksums of both parts; no name, no record, no secret.
namespace {

constexpr char kMagic[] = "ORECBAK1";
constexpr int kMagicBytes = 8;
constexpr qint64 kChunk = 1 << 20;

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::backup)
};

Error damaged(const QString& path, const QString& detail)
{
    return Error(ErrorCode::Corrupt, Texts::tr("The backup is damaged or incomplete: %1.").arg(detail), path);
}

// Streams a file through BLAKE2b, optionally copying it to `sink`.
Result<QByteArray> hashFile(QFile& file, qint64 bytes, QIODevice* sink)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    QByteArray buffer;
    qint64 left = bytes;
    while (left > 0) {
        buffer = file.read(std::min(left, kChunk));
        if (buffer.isEmpty())
            return Error(ErrorCode::Io, Texts::tr("Reading stopped early: %1.").arg(file.errorString()),
                         file.fileName());
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(buffer.constData()),
                                  static_cast<unsigned long long>(buffer.size()));
        if (sink && sink->write(buffer) != buffer.size())
            return Error(ErrorCode::Io, Texts::tr("Writing failed: %1.").arg(sink->errorString()));
        left -= buffer.size();
    }
    QByteArray digest(32, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(digest.data()), 32);
    return digest;
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

bool samePath(const QString& a, const QString& b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

Error alreadyExists(const QString& path)
{
    return Error(ErrorCode::Invalid, Texts::tr("A file with this name already exists; it was not replaced."),
                 path);
}

// The key file as it is written today, whatever format it was read in: a key file of format 1
// named its users in clear. Bytes that are not a key file are kept as they are.
QByteArray currentFormat(const QByteArray& keyFileBytes)
{
    auto keys = KeyStore::fromBytes(keyFileBytes);
    return keys && keys->needsRewrite() ? keys->toBytes() : keyFileBytes;
}

struct Parsed
{
    Header header;
    QByteArray keyFile;
    qint64 databaseOffset = 0;
    QByteArray databaseHash;
};

Result<Parsed> parse(QFile& file)
{
    const QString path = file.fileName();
    if (file.read(kMagicBytes) != QByteArray(kMagic, kMagicBytes))
        return Error(ErrorCode::NotADatabase, Texts::tr("This file is not an Overseas Records backup."),
                     path);
    const QByteArray lengthBytes = file.read(4);
    if (lengthBytes.size() != 4)
        return damaged(path, Texts::tr("the header is cut short"));
    const quint32 headerLength = qFromBigEndian<quint32>(lengthBytes.constData());
    if (headerLength == 0 || headerLength > 64 * 1024)
        return damaged(path, Texts::tr("the header length is impossible"));
    const QByteArray headerBytes = file.read(headerLength);
    const QJsonDocument doc = QJsonDocument::fromJson(headerBytes);
    if (!doc.isObject())
        return damaged(path, Texts::tr("the header is not readable"));
    const QJsonObject o = doc.object();
    Parsed parsed;
    Header& h = parsed.header;
    h.formatVersion = o.value(QStringLiteral("format_version")).toInt();
    if (h.formatVersion != 1)
        return Error(ErrorCode::NotADatabase,
                     Texts::tr("The backup was made by a newer version of the program."), path);
    h.databaseId = o.value(QStringLiteral("database_id")).toString();
    h.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    h.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    h.databaseBytes = o.value(QStringLiteral("database_bytes")).toInteger(-1);
    h.keyFileBytes = o.value(QStringLiteral("key_file_bytes")).toInteger(-1);
    if (const QJsonObject head = o.value(QStringLiteral("audit_head")).toObject(); !head.isEmpty()) {
        h.auditHead = Checkpoint::parse(head.value(QStringLiteral("checkpoint")).toString());
        if (!h.auditHead)
            return damaged(path, Texts::tr("the audit head in the header is not readable"));
    }
    const qint64 expected = kMagicBytes + 4 + headerLength + h.keyFileBytes + h.databaseBytes;
    if (h.databaseBytes <= 0 || h.keyFileBytes <= 0 || h.keyFileBytes > 16 * 1024 * 1024)
        return damaged(path, Texts::tr("the sizes in the header are impossible"));
    if (file.size() != expected)
        return damaged(
            path, Texts::tr("the file has %1 bytes where %2 were written").arg(file.size()).arg(expected));
    parsed.keyFile = file.read(h.keyFileBytes);
    if (hex(crypto::blake2b(parsed.keyFile)) != o.value(QStringLiteral("key_file_blake2b")).toString())
        return damaged(path, Texts::tr("the key slots do not match their checksum"));
    parsed.databaseOffset = file.pos();
    parsed.databaseHash =
        QByteArray::fromHex(o.value(QStringLiteral("database_blake2b")).toString().toLatin1());
    return parsed;
}

Result<Parsed> openAndVerify(const QString& backupPath, QFile& file)
{
    file.setFileName(backupPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, Texts::tr("The backup cannot be read: %1.").arg(file.errorString()),
                     backupPath);
    auto parsed = parse(file);
    if (!parsed)
        return parsed.error();
    auto digest = hashFile(file, parsed->header.databaseBytes, nullptr);
    if (!digest)
        return digest.error();
    if (*digest != parsed->databaseHash)
        return damaged(backupPath, Texts::tr("the database part does not match its checksum"));
    return parsed;
}

} // namespace

Status writeFromFiles(const QString& databasePath, const QByteArray& keyFile, const QString& databaseId,
                      int schemaVersion, const QDateTime& nowUtc, const QString& outPath,
                      const QJsonObject& auditHead)
{
    QFile source(databasePath);
    if (!source.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, Texts::tr("The database cannot be read: %1.").arg(source.errorString()),
                     databasePath);
    const qint64 size = source.size();
    auto digest = hashFile(source, size, nullptr);
    if (!digest)
        return digest.error();
    QJsonObject header{{QStringLiteral("format_version"), 1},
                       {QStringLiteral("database_id"), databaseId},
                       {QStringLiteral("schema_version"), schemaVersion},
                       {QStringLiteral("created_at"), nowUtc.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("database_bytes"), size},
                       {QStringLiteral("database_blake2b"), hex(*digest)},
                       {QStringLiteral("key_file_bytes"), keyFile.size()},
                       {QStringLiteral("key_file_blake2b"), hex(crypto::blake2b(keyFile))}};
    if (!auditHead.isEmpty())
        header.insert(QStringLiteral("audit_head"), auditHead);
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, Texts::tr("The backup cannot be written: %1.").arg(out.errorString()),
                     outPath);
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    char length[4];
    qToBigEndian(static_cast<quint32>(headerBytes.size()), length);
    out.write(kMagic, kMagicBytes);
    out.write(length, 4);
    out.write(headerBytes);
    out.write(keyFile);
    source.seek(0);
    auto copied = hashFile(source, size, &out);
    if (!copied)
        return copied.error();
    if (*copied != *digest)
        return Error(ErrorCode::Io, Texts::tr("The database changed while it was being copied."),
                     databasePath);
    if (!out.commit())
        return Error(ErrorCode::Io, Texts::tr("The backup cannot be written: %1.").arg(out.errorString()),
                     outPath);
    return {};
}

Status write(Database& database, const QString& outPath, IfExists ifExists)
{
    const QString db = database.path();
    if (samePath(outPath, db))
        return Error(ErrorCode::Usage, Texts::tr("The backup cannot overwrite the database itself."),
                     outPath);
    for (const QString& own :
         {database.keyFilePath(), db + QStringLiteral("-journal"), db + QStringLiteral(".lock")})
        if (samePath(outPath, own))
            return Error(ErrorCode::Usage,
                         Texts::tr("The backup cannot overwrite a file that belongs to the database."),
                         outPath);
    const QFileInfo out(outPath);
    if (out.isDir())
        return Error(ErrorCode::Io, Texts::tr("This is a folder; give the name of the backup file to write."),
                     outPath);
    if (out.exists() && ifExists == IfExists::Refuse)
        return alreadyExists(outPath);
    // Back up only what verifies: a damaged copy would fail the restore the day it is needed, and a
    // tampered one would carry the tampering into every later restore.
    auto report = database.check(Database::CheckOptions{});
    if (!report)
        return report.error();
    if (!report->ok())
        return Error(
            ErrorCode::Corrupt,
            Texts::tr("The register fails its check, so it was not backed up: %1 Restore an earlier backup "
                      "that passes, or run `orec check` to see every problem.")
                .arg(database.damage()),
            database.path());
    // A write transaction keeps any writer out while the bytes are copied.
    sql::Transaction hold(database.connection(), sql::TransactionKind::Immediate);
    OREC_TRY(hold.beginStatus());
    auto version = database.connection().queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    QJsonObject head;
    if (database.auditLog().signedFrom() > 0) {
        auto signedHead = database.signedHead();
        if (!signedHead)
            return signedHead.error();
        head = {{QStringLiteral("checkpoint"), signedHead->checkpoint.text()},
                {QStringLiteral("hash"), hex(signedHead->hash)},
                {QStringLiteral("public_key"), hex(signedHead->publicKey)},
                {QStringLiteral("signature"), hex(signedHead->signature)}};
    }
    return writeFromFiles(database.path(), database.keyStore().toBytes(), database.databaseId(),
                          static_cast<int>(*version), database.clock().nowUtc(), outPath, head);
}

Result<Header> inspect(const QString& backupPath)
{
    QFile file;
    auto parsed = openAndVerify(backupPath, file);
    if (!parsed)
        return parsed.error();
    return parsed->header;
}

Result<RestoreResult> restore(const QString& backupPath, const QString& targetPath, const QString& user,
                              const SecureBytes& passphrase, const DatabaseOptions& options,
                              IfExists ifExists)
{
    const QString targetKeys = KeyStore::slotFilePath(targetPath);
    if (QFileInfo(targetPath).isDir())
        return Error(ErrorCode::Io, Texts::tr("This is a folder, not a database file."), targetPath);
    QFile file;
    auto parsed = openAndVerify(backupPath, file);
    if (!parsed)
        return parsed.error();
    // Before any key is derived or any byte written.
    if (ifExists == IfExists::Refuse) {
        if (QFileInfo::exists(targetPath))
            return alreadyExists(targetPath);
        if (QFileInfo::exists(targetKeys))
            return alreadyExists(targetKeys);
    }
    auto keys = KeyStore::fromBytes(parsed->keyFile);
    if (!keys)
        return Error(keys.error().code, keys.error().message, backupPath);
    if (keys->databaseId() != parsed->header.databaseId)
        return damaged(backupPath, Texts::tr("its key slots belong to another database"));

    // Extract beside the target, prove the caller is an administrator in it, then swap it in.
    const QString staging = targetPath + QStringLiteral(".restoring");
    QFile::remove(staging);
    QFile::remove(KeyStore::slotFilePath(staging));
    {
        QSaveFile out(staging);
        if (!out.open(QIODevice::WriteOnly))
            return Error(ErrorCode::Io,
                         Texts::tr("Cannot write beside the target: %1.").arg(out.errorString()), staging);
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.seek(parsed->databaseOffset);
        auto copied = hashFile(file, parsed->header.databaseBytes, &out);
        if (!copied)
            return copied.error();
        if (*copied != parsed->databaseHash)
            return damaged(backupPath, Texts::tr("the database part changed while it was read"));
        if (!out.commit())
            return Error(ErrorCode::Io,
                         Texts::tr("Cannot write beside the target: %1.").arg(out.errorString()), staging);
    }
    OREC_TRY(keys->save(KeyStore::slotFilePath(staging)));
    const auto removeStaging = [&] {
        QFile::remove(staging);
        QFile::remove(KeyStore::slotFilePath(staging));
        QFile::remove(staging + QStringLiteral(".lock"));
    };
    {
        DatabaseOptions probeOptions = options;
        probeOptions.backupBeforeMigrate = false;
        probeOptions.schemaVersion = parsed->header.schemaVersion; // restore as it was; migrate on next open
        auto probe = Database::unlock(staging, user, passphrase, probeOptions);
        if (!probe) {
            removeStaging();
            return probe.error();
        }
        if ((*probe)->actor().role != Role::Admin) {
            removeStaging();
            return Error(ErrorCode::PermissionDenied,
                         Texts::tr("Only an administrator of the backed-up database can restore it."));
        }
        // The whole check, and the database part must extend the head the backup's header vouches for.
        Database::CheckOptions full;
        full.full = true;
        full.checkpoint = parsed->header.auditHead;
        auto report = (*probe)->check(full);
        if (!report || !report->ok()) {
            removeStaging();
            return damaged(
                backupPath,
                report && !report->audit.intact
                    ? Texts::tr("the restored database fails its check: %1").arg(report->audit.problem)
                    : Texts::tr("the restored database fails its integrity check"));
        }
    }

    // The lock is on a file: the one to be replaced, or the restored copy that takes its name.
    auto lock = FileLock::acquire(QFileInfo::exists(targetPath) ? targetPath : staging);
    if (!lock) {
        removeStaging();
        return lock.error();
    }
    RestoreResult result;
    result.header = parsed->header;
    if (ifExists == IfExists::Refuse && (QFileInfo::exists(targetPath) || QFileInfo::exists(targetKeys))) {
        removeStaging(); // it appeared while the backup was being checked
        return alreadyExists(QFileInfo::exists(targetPath) ? targetPath : targetKeys);
    }
    const QString stamp = options.clock->nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFileInfo::exists(targetPath)) {
        result.previousCopy = targetPath + QStringLiteral(".before-restore-%1.orecbak").arg(stamp);
        QFile oldKeys(targetKeys);
        QByteArray oldKeyBytes;
        if (oldKeys.open(QIODevice::ReadOnly))
            oldKeyBytes = currentFormat(oldKeys.readAll());
        if (Status s = writeFromFiles(targetPath, oldKeyBytes, QString(), 0, options.clock->nowUtc(),
                                      result.previousCopy);
            !s) {
            removeStaging();
            return s.error();
        }
    } else if (QFileInfo::exists(targetKeys)) {
        // A key file without its database: kept aside, it may be the only copy of someone's slots.
        result.previousCopy = targetKeys + QStringLiteral(".before-restore-%1").arg(stamp);
        if (!QFile::rename(targetKeys, result.previousCopy)) {
            removeStaging();
            return Error(ErrorCode::Io, Texts::tr("The old key file cannot be moved aside."), targetKeys);
        }
    }
    QFile::remove(targetPath + QStringLiteral("-journal"));
    if (!QFile::remove(targetPath) && QFileInfo::exists(targetPath)) {
        removeStaging();
        return Error(ErrorCode::Io, Texts::tr("The old database cannot be replaced."), targetPath);
    }
    QFile::remove(targetKeys);
    if (!QFile::rename(staging, targetPath) || !QFile::rename(KeyStore::slotFilePath(staging), targetKeys))
        return Error(
            ErrorCode::Io,
            Texts::tr("The restored files could not be moved into place; they are at %1.").arg(staging),
            targetPath);
    QFile::remove(staging + QStringLiteral(".lock"));
    return result;
}

} // namespace orec::backup
