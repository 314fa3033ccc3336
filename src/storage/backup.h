// Backups: the database and its key file together in one file (.orecbak), so a backup can never
// silently leave the key slots out. Both parts are already encrypted; the container adds checksums.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"
#include "storage/database.h"

#include <QByteArray>
#include <QString>

namespace orec::backup {

struct Header
{
    int formatVersion = 1;
    QString databaseId;
    int schemaVersion = 0;
    QDateTime createdAt;
    qint64 databaseBytes = 0;
    qint64 keyFileBytes = 0;
};

// A consistent copy of an open database (no writer can run meanwhile) and its key file.
Status write(Database& database, const QString& outPath);
// The same from files on disk, for the copy taken before a migration.
Status writeFromFiles(const QString& databasePath, const QByteArray& keyFile, const QString& databaseId,
                      int schemaVersion, const QDateTime& nowUtc, const QString& outPath);

// Checks the container (magic, sizes, checksums) without any key.
Result<Header> inspect(const QString& backupPath);

// Replaces (or creates) targetPath and its key file from a backup after proving that `user` is an
// administrator of the backed-up database. An existing target is first saved beside itself.
struct RestoreResult
{
    Header header;
    QString previousCopy; // where the replaced database was saved, empty if there was none
};
Result<RestoreResult> restore(const QString& backupPath, const QString& targetPath, const QString& user,
                              const SecureBytes& passphrase, const DatabaseOptions& options = {});

} // namespace orec::backup
