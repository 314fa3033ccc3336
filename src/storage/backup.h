// Backups: the database and its key file together in one file (.orecbak), so a backup can never
// silently leave the key slots out. The database part is the encrypted file as it is on disk; the
// key-file part is the key file (format 2: no user name, no time; what it holds in clear is listed
// in docs/security.md); the container adds a header with sizes and checksums.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"
#include "storage/database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace orec::backup {

struct Header
{
    int formatVersion = 1;
    QString databaseId;
    int schemaVersion = 0;
    QDateTime createdAt;
    qint64 databaseBytes = 0;
    qint64 keyFileBytes = 0;
    // The audit log's head when the backup was made, signed by the user who made it (empty in backups
    // made before signed logs): a restore proves the database part extends it.
    std::optional<Checkpoint> auditHead;
};

// What to do when the file to be written already exists.
enum class IfExists {
    Refuse,  // an Invalid error naming the file; nothing is written
    Replace, // only when a person was asked first (the desktop's save dialog, `orec ... --overwrite`)
};

// A consistent copy of an open database (no writer can run meanwhile) and its key file, made only
// after the register passes its quick check (a damaged or tampered register is refused, Corrupt, with
// the check's first problem), with the signed audit head in its header. Never over the database
// itself, its key file, journal or lock file, whatever ifExists says.
Status write(Database& database, const QString& outPath, IfExists ifExists = IfExists::Replace);
// The same from files on disk, for the copy taken before a migration (no check: it keeps the file as
// it was, whatever it holds).
Status writeFromFiles(const QString& databasePath, const QByteArray& keyFile, const QString& databaseId,
                      int schemaVersion, const QDateTime& nowUtc, const QString& outPath,
                      const QJsonObject& auditHead = {});

// Checks the container (magic, sizes, checksums) without any key.
Result<Header> inspect(const QString& backupPath);

// Creates (or with IfExists::Replace, replaces) targetPath and its key file from a backup after
// proving that `user` is an administrator of the backed-up database. With Refuse, an existing
// target database or key file is an Invalid error before anything is read or written. A replaced
// target is first saved beside itself.
struct RestoreResult
{
    Header header;
    QString previousCopy; // where the replaced database (or lone key file) was saved; empty if none
};
Result<RestoreResult> restore(const QString& backupPath, const QString& targetPath, const QString& user,
                              const SecureBytes& passphrase, const DatabaseOptions& options = {},
                              IfExists ifExists = IfExists::Refuse);

} // namespace orec::backup
