// Nothing readable on disk: the database, its journal and its backups; backup and restore.
#include "app/account_service.h"
#include "app/maintenance_service.h"
#include "storage/backup.h"
#include "storage/user_repository.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {
const QByteArray kMarker = "MARKER-Tran-Quoc-Toan-8812345";
const QString kMarkerName = QStringLiteral("MARKER-Tran-Quoc-Toan-8812345");

void writeMarkers(Database& db)
{
    WriteScope scope(db, Permission::ManageUsers);
    ASSERT_TRUE(scope.status().ok());
    ASSERT_TRUE(UserRepository(db).insert(scope, kMarkerName, Role::Clerk, QStringLiteral("Trần Quốc Toản")).ok());
    ASSERT_TRUE(scope.commit().ok());
}

void expectNoPlaintext(const QString& path)
{
    SCOPED_TRACE(path.toStdString());
    const QByteArray bytes = readAll(path);
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.startsWith("SQLite format 3"));
    EXPECT_FALSE(bytes.contains(kMarker));
    EXPECT_FALSE(bytes.contains("Tr\xe1\xba\xa7n Qu\xe1\xbb\x91\x63")); // "Trần Quốc" in UTF-8
    EXPECT_FALSE(bytes.contains("CREATE TABLE"));
    EXPECT_FALSE(bytes.contains("audit_log"));
}
} // namespace

TEST(Plaintext, DatabaseFileHasNoReadableContent)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("p.orec"));
    {
        auto created = createDatabase(path);
        writeMarkers(*created.database);
    }
    expectNoPlaintext(path);
    EXPECT_FALSE(fileContains(KeyStore::slotFilePath(path), kMarker));
}

TEST(Plaintext, JournalDuringATransactionHasNoReadableContent)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("j.orec"));
    auto created = createDatabase(path);
    Database& db = *created.database;
    writeMarkers(db);
    // Change existing pages so the rollback journal holds their old content, then look at it mid-transaction.
    sql::Transaction tx(db.connection());
    ASSERT_TRUE(db.connection().exec("UPDATE users SET full_name = 'x' WHERE 1").ok());
    for (int i = 0; i < 200; ++i)
        ASSERT_TRUE(db.connection().exec("INSERT INTO settings (key, value, updated_at) VALUES (hex(randomblob(8)), "
                                         "'MARKER-Tran-Quoc-Toan-8812345', 'now')")
                        .ok());
    const QString journal = path + QStringLiteral("-journal");
    ASSERT_TRUE(QFile::exists(journal));
    expectNoPlaintext(journal);
    tx.rollback();
}

TEST(Plaintext, BackupHasNoReadableContentAndRestores)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("b.orec"));
    const QString out = dir.file(QStringLiteral("b.orecbak"));
    {
        app::Session session(std::move(createDatabase(path).database));
        writeMarkers(session.database());
        ASSERT_TRUE(app::MaintenanceService(session).backup(out).ok());
    }
    expectNoPlaintext(out);
    auto header = backup::inspect(out);
    ASSERT_TRUE(header.ok());
    EXPECT_GT(header->keyFileBytes, 0); // the key slots are always inside

    // Restore into a fresh place with no key file: the backup brings its own slots.
    const QString target = dir.file(QStringLiteral("restored.orec"));
    auto restored = app::MaintenanceService::restore(out, target, kAdmin, kAdminPassphrase, fastOptions());
    ASSERT_TRUE(restored.ok()) << restored.error().toString().toStdString();
    auto db = unlock(target);
    EXPECT_TRUE(UserRepository(*db).find(kMarkerName)->has_value());
}

TEST(Backup, RestoreReplacesTheDatabaseAndKeepsTheOldOne)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("r.orec"));
    const QString out = dir.file(QStringLiteral("r.orecbak"));
    {
        app::Session session(std::move(createDatabase(path).database));
        ASSERT_TRUE(app::MaintenanceService(session).backup(out).ok());
        writeMarkers(session.database()); // after the backup
    }
    auto restored = app::MaintenanceService::restore(out, path, kAdmin, kAdminPassphrase, fastOptions());
    ASSERT_TRUE(restored.ok()) << restored.error().toString().toStdString();
    EXPECT_TRUE(QFile::exists(restored->previousCopy));
    auto db = unlock(path);
    EXPECT_FALSE(UserRepository(*db).find(kMarkerName)->has_value());
}

TEST(Backup, TamperedOrTruncatedBackupIsRefusedAndTargetUntouched)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("t.orec"));
    const QString out = dir.file(QStringLiteral("t.orecbak"));
    {
        app::Session session(std::move(createDatabase(path).database));
        ASSERT_TRUE(app::MaintenanceService(session).backup(out).ok());
    }
    const QByteArray original = readAll(out);
    const QByteArray targetBefore = sha256OfFile(path);

    QByteArray flipped = original;
    flipped[flipped.size() - 100] = static_cast<char>(flipped[flipped.size() - 100] ^ 0x01);
    const QString tampered = dir.file(QStringLiteral("tampered.orecbak"));
    {
        QFile f(tampered);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(flipped);
    }
    auto r1 = app::MaintenanceService::restore(tampered, path, kAdmin, kAdminPassphrase, fastOptions());
    EXPECT_EQ(r1.code(), ErrorCode::Corrupt);

    const QString truncated = dir.file(QStringLiteral("short.orecbak"));
    {
        QFile f(truncated);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(original.left(original.size() / 2));
    }
    auto r2 = app::MaintenanceService::restore(truncated, path, kAdmin, kAdminPassphrase, fastOptions());
    EXPECT_EQ(r2.code(), ErrorCode::Corrupt);

    auto r3 = app::MaintenanceService::restore(path, dir.file(QStringLiteral("x.orec")), kAdmin, kAdminPassphrase,
                                               fastOptions());
    EXPECT_EQ(r3.code(), ErrorCode::NotADatabase);

    auto r4 = app::MaintenanceService::restore(out, path, kAdmin, QStringLiteral("wrong passphrase here"),
                                               fastOptions());
    EXPECT_EQ(r4.code(), ErrorCode::WrongKey);

    EXPECT_EQ(sha256OfFile(path), targetBefore);
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.restoring*")}).size(), 0);
}

TEST(Backup, ClerkCannotRestore)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("c.orec"));
    const QString out = dir.file(QStringLiteral("c.orecbak"));
    const QString clerkPass = QStringLiteral("Chi bộ lao động 2026");
    {
        app::Session session(std::move(createDatabase(path).database));
        ASSERT_TRUE(app::AccountService(session).addUser(QStringLiteral("clerk"), Role::Clerk, clerkPass).ok());
        ASSERT_TRUE(app::MaintenanceService(session).backup(out).ok());
    }
    auto r = app::MaintenanceService::restore(out, dir.file(QStringLiteral("n.orec")), QStringLiteral("clerk"),
                                              clerkPass, fastOptions());
    EXPECT_EQ(r.code(), ErrorCode::PermissionDenied);
}
