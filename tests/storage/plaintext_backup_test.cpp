// Nothing readable on disk: the database, its journal, its key file and its backups; backup and restore.
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
const QString kMarkerPassphrase = QStringLiteral("Cụm từ của người đánh dấu 42");

// The marker user is added the way `orec user add` adds one: a row in the users table and a real
// key slot in the key file, in one step.
void writeMarkers(app::Session& session)
{
    ASSERT_TRUE(app::AccountService(session)
                    .addUser(kMarkerName, Role::Clerk, kMarkerPassphrase, QStringLiteral("Trần Quốc Toản"))
                    .ok());
    ASSERT_TRUE(session.database().keyStore().hasSlot(kMarkerName));
}

void writeMarkers(std::unique_ptr<Database> db)
{
    app::Session session(std::move(db));
    writeMarkers(session);
}

void expectNoPlaintext(const QString& path)
{
    SCOPED_TRACE(path.toStdString());
    const QByteArray bytes = readAll(path);
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.startsWith("SQLite format 3"));
    EXPECT_FALSE(bytes.contains(kMarker));
    EXPECT_FALSE(bytes.contains("MARKER"));
    EXPECT_FALSE(bytes.contains(kAdmin.toUtf8()));                      // the administrator's name
    EXPECT_FALSE(bytes.contains("Tr\xe1\xba\xa7n Qu\xe1\xbb\x91\x63")); // "Trần Quốc" in UTF-8
    EXPECT_FALSE(bytes.contains("CREATE TABLE"));
    EXPECT_FALSE(bytes.contains("audit_log"));
}
} // namespace

TEST(Plaintext, DatabaseFileHasNoReadableContent)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("p.orec"));
    writeMarkers(std::move(createDatabase(path).database));
    expectNoPlaintext(path);
    expectNoPlaintext(KeyStore::slotFilePath(path));
}

TEST(Plaintext, JournalDuringATransactionHasNoReadableContent)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("j.orec"));
    app::Session session(std::move(createDatabase(path).database));
    writeMarkers(session);
    Database& db = session.database();
    // Change existing pages so the rollback journal holds their old content, then look at it mid-transaction.
    sql::Transaction tx(db.connection());
    ASSERT_TRUE(db.connection().exec("UPDATE users SET full_name = 'x' WHERE 1").ok());
    for (int i = 0; i < 200; ++i)
        ASSERT_TRUE(db.connection()
                        .exec("INSERT INTO settings (key, value, updated_at) VALUES (hex(randomblob(8)), "
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
        writeMarkers(session);
        ASSERT_TRUE(app::MaintenanceService(session).backup(out).ok());
    }
    // The marker is a real user with a real slot, and its name is nowhere in clear.
    EXPECT_EQ(unlock(path, kMarkerName, kMarkerPassphrase)->actor().role, Role::Clerk);
    expectNoPlaintext(path);
    expectNoPlaintext(KeyStore::slotFilePath(path));
    expectNoPlaintext(out);
    auto header = backup::inspect(out);
    ASSERT_TRUE(header.ok());
    EXPECT_GT(header->keyFileBytes, 0); // the key slots are always inside

    // Restore into a fresh place with no key file: the backup brings its own slots.
    const QString target = dir.file(QStringLiteral("restored.orec"));
    auto restored = app::MaintenanceService::restore(out, target, kAdmin, kAdminPassphrase, fastOptions());
    ASSERT_TRUE(restored.ok()) << restored.error().toString().toStdString();
    expectNoPlaintext(KeyStore::slotFilePath(target));
    {
        auto db = unlock(target);
        EXPECT_TRUE(UserRepository(*db).find(kMarkerName)->has_value());
    }
    // The marker's own slot came back with the backup.
    EXPECT_EQ(unlock(target, kMarkerName, kMarkerPassphrase)->actor().role, Role::Clerk);
}

TEST(Backup, RestoreReplacesTheDatabaseAndKeepsTheOldOne)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("r.orec"));
    const QString out = dir.file(QStringLiteral("r.orecbak"));
    {
        app::Session session(std::move(createDatabase(path).database));
        ASSERT_TRUE(app::MaintenanceService(session).backup(out).ok());
        writeMarkers(session); // after the backup
    }
    auto restored = app::MaintenanceService::restore(out, path, kAdmin, kAdminPassphrase, fastOptions(),
                                                     backup::IfExists::Replace);
    ASSERT_TRUE(restored.ok()) << restored.error().toString().toStdString();
    EXPECT_TRUE(QFile::exists(restored->previousCopy));
    expectNoPlaintext(restored->previousCopy); // the replaced database's copy names nobody either
    {
        auto db = unlock(path);
        EXPECT_FALSE(UserRepository(*db).find(kMarkerName)->has_value());
    }
    EXPECT_EQ(
        Database::unlock(path, kMarkerName, SecureBytes::fromUtf8(kMarkerPassphrase), fastOptions()).code(),
        ErrorCode::WrongKey);
}

TEST(Backup, AnExistingFileIsNotReplacedUnlessAsked)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("o.orec"));
    const QString out = dir.file(QStringLiteral("o.orecbak"));
    app::Session session(std::move(createDatabase(path).database));
    app::MaintenanceService maintenance(session);
    {
        QFile f(out);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("someone's precious file");
    }
    Status refused = maintenance.backup(out, backup::IfExists::Refuse);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_EQ(refused.error().where, out);
    EXPECT_EQ(readAll(out), QByteArray("someone's precious file"));

    ASSERT_TRUE(maintenance.backup(out, backup::IfExists::Replace).ok());
    EXPECT_TRUE(backup::inspect(out).ok());

    // The database's own files are never a backup's target, whatever is asked.
    for (const QString& own : {path, KeyStore::slotFilePath(path), path + QStringLiteral(".lock")}) {
        SCOPED_TRACE(own.toStdString());
        const QByteArray before = readAll(own);
        Status s = maintenance.backup(own, backup::IfExists::Replace);
        EXPECT_EQ(s.error().code, ErrorCode::Usage);
        EXPECT_EQ(readAll(own), before);
    }
    // A folder is an I/O error naming it.
    Status folder = maintenance.backup(dir.path(), backup::IfExists::Replace);
    EXPECT_EQ(folder.error().code, ErrorCode::Io);
    EXPECT_EQ(folder.error().where, dir.path());
}

TEST(Backup, RestoreDoesNotReplaceAnExistingDatabaseOrKeyFileUnlessAsked)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("s.orec"));
    const QString out = dir.file(QStringLiteral("s.orecbak"));
    {
        app::Session session(std::move(createDatabase(path).database));
        ASSERT_TRUE(app::MaintenanceService(session).backup(out).ok());
    }
    const QByteArray dbBefore = sha256OfFile(path);
    const QByteArray keysBefore = sha256OfFile(KeyStore::slotFilePath(path));
    auto refused = app::MaintenanceService::restore(out, path, kAdmin, kAdminPassphrase, fastOptions());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::Invalid);
    EXPECT_EQ(refused.error().where, path);
    EXPECT_EQ(sha256OfFile(path), dbBefore);
    EXPECT_EQ(sha256OfFile(KeyStore::slotFilePath(path)), keysBefore);
    EXPECT_EQ(QDir(dir.path())
                  .entryList({QStringLiteral("*.restoring*"), QStringLiteral("*before-restore*")})
                  .size(),
              0);

    // A key file left without its database is not replaced either: it may be the only copy of its slots.
    const QString lone = dir.file(QStringLiteral("lone.orec"));
    ASSERT_TRUE(QFile::copy(KeyStore::slotFilePath(path), KeyStore::slotFilePath(lone)));
    auto refusedKeys = app::MaintenanceService::restore(out, lone, kAdmin, kAdminPassphrase, fastOptions());
    EXPECT_EQ(refusedKeys.code(), ErrorCode::Invalid);
    EXPECT_EQ(refusedKeys.error().where, KeyStore::slotFilePath(lone));
    EXPECT_FALSE(QFile::exists(lone));
    auto replacedKeys = app::MaintenanceService::restore(out, lone, kAdmin, kAdminPassphrase, fastOptions(),
                                                         backup::IfExists::Replace);
    ASSERT_TRUE(replacedKeys.ok()) << replacedKeys.error().toString().toStdString();
    EXPECT_EQ(sha256OfFile(replacedKeys->previousCopy), keysBefore); // kept aside
    unlock(lone);

    auto replaced = app::MaintenanceService::restore(out, path, kAdmin, kAdminPassphrase, fastOptions(),
                                                     backup::IfExists::Replace);
    ASSERT_TRUE(replaced.ok()) << replaced.error().toString().toStdString();
    EXPECT_TRUE(backup::inspect(replaced->previousCopy).ok());
    unlock(path);
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
    auto r1 = app::MaintenanceService::restore(tampered, path, kAdmin, kAdminPassphrase, fastOptions(),
                                               backup::IfExists::Replace);
    EXPECT_EQ(r1.code(), ErrorCode::Corrupt);

    const QString truncated = dir.file(QStringLiteral("short.orecbak"));
    {
        QFile f(truncated);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(original.left(original.size() / 2));
    }
    auto r2 = app::MaintenanceService::restore(truncated, path, kAdmin, kAdminPassphrase, fastOptions(),
                                               backup::IfExists::Replace);
    EXPECT_EQ(r2.code(), ErrorCode::Corrupt);

    auto r3 = app::MaintenanceService::restore(path, dir.file(QStringLiteral("x.orec")), kAdmin,
                                               kAdminPassphrase, fastOptions());
    EXPECT_EQ(r3.code(), ErrorCode::NotADatabase);

    auto r4 = app::MaintenanceService::restore(out, path, kAdmin, QStringLiteral("wrong passphrase here"),
                                               fastOptions(), backup::IfExists::Replace);
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
        ASSERT_TRUE(
            app::AccountService(session).addUser(QStringLiteral("clerk"), Role::Clerk, clerkPass).ok());
        ASSERT_TRUE(app::MaintenanceService(session).backup(out).ok());
    }
    auto r = app::MaintenanceService::restore(out, dir.file(QStringLiteral("n.orec")),
                                              QStringLiteral("clerk"), clerkPass, fastOptions());
    EXPECT_EQ(r.code(), ErrorCode::PermissionDenied);
}
