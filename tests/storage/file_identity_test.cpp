// The lock is on the file, not its name; the key file is read, modified and written under it; a backup
// is made only of a register that passes its check, and a restore proves the database part extends
// the audit head the backup's header vouches for.
#include "app/account_service.h"
#include "storage/backup.h"
#include "storage/user_repository.h"
#include "support/test_support.h"

#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kClerkPass = QStringLiteral("Thư ký văn phòng Hà Nội 2026");

TEST(FileIdentity, ASymbolicLinkToAnOpenRegisterFindsItInUse)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("that.orec"));
    auto created = createDatabase(path);
    const QString link = dir.file(QStringLiteral("link.orec"));
    ASSERT_TRUE(QFile::link(path, link));
    ASSERT_TRUE(QFile::link(KeyStore::slotFilePath(path), KeyStore::slotFilePath(link)));
    auto second = Database::unlock(link, kAdmin, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.code(), ErrorCode::Locked);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("process")))
        << second.error().message.toStdString();
}

TEST(FileIdentity, AHardLinkToAnOpenRegisterFindsItInUse)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("this.orec"));
    auto created = createDatabase(path);
    const QString other = dir.file(QStringLiteral("other-name.orec"));
    ASSERT_EQ(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()), 0);
    ASSERT_TRUE(QFile::copy(KeyStore::slotFilePath(path), KeyStore::slotFilePath(other)));
    auto second = Database::unlock(other, kAdmin, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions());
    EXPECT_EQ(second.code(), ErrorCode::Locked);
}

TEST(FileIdentity, TheLockIsFreeAgainWhenTheSessionEnds)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("free.orec"));
    createDatabase(path);
    {
        auto first = unlock(path);
        EXPECT_EQ(
            Database::unlock(path, kAdmin, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions()).code(),
            ErrorCode::Locked);
    }
    EXPECT_TRUE(unlock(path));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".lock"))); // the holder's note goes with it
}

TEST(FileIdentity, AKeyFileChangedUnderTheSessionIsNotOverwritten)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("rmw.orec"));
    auto created = createDatabase(path);
    app::Session session(std::move(created.database));
    // Another program (one that ignored the lock) saves a key file meanwhile: here, an older copy of
    // another register's is enough to show the session notices.
    const QByteArray before = readAll(KeyStore::slotFilePath(path));
    {
        TempDir elsewhere;
        const QString stranger = elsewhere.file(QStringLiteral("x.orec"));
        createDatabase(stranger);
        QFile::remove(KeyStore::slotFilePath(path));
        ASSERT_TRUE(QFile::copy(KeyStore::slotFilePath(stranger), KeyStore::slotFilePath(path)));
    }
    const QByteArray swapped = readAll(KeyStore::slotFilePath(path));
    ASSERT_NE(swapped, before);
    Status added = app::AccountService(session).addUser(QStringLiteral("lan"), Role::Clerk, kClerkPass);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.code(), ErrorCode::Conflict);
    EXPECT_EQ(readAll(KeyStore::slotFilePath(path)), swapped); // nobody's slot was lost by this save
    EXPECT_FALSE(UserRepository(session.database()).find(QStringLiteral("lan"))->has_value());
}

TEST(BackupVerifies, ATamperedRegisterIsNotBackedUp)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("t.orec"));
    auto created = createDatabase(path);
    Database& db = *created.database;
    ASSERT_TRUE(db.connection().exec("UPDATE users SET full_name = 'Ai đó' WHERE name = 'quantri'").ok());
    const QString out = dir.file(QStringLiteral("t.orecbak"));
    Status s = backup::write(db, out, backup::IfExists::Refuse);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.code(), ErrorCode::Corrupt);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("not backed up")))
        << s.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
    // and from then on the session writes nothing
    WriteScope scope(db, Permission::ManageUsers);
    EXPECT_EQ(scope.status().code(), ErrorCode::Corrupt);
}

TEST(BackupVerifies, ABackupCarriesTheSignedHeadAndARestoreChecksIt)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("h.orec"));
    const QString bak = dir.file(QStringLiteral("h.orecbak"));
    {
        auto created = createDatabase(path);
        app::Session session(std::move(created.database));
        ASSERT_TRUE(
            app::AccountService(session).addUser(QStringLiteral("lan"), Role::Clerk, kClerkPass).ok());
        ASSERT_TRUE(backup::write(session.database(), bak, backup::IfExists::Refuse).ok());
    }
    auto header = backup::inspect(bak);
    ASSERT_TRUE(header.ok());
    ASSERT_TRUE(header->auditHead.has_value());
    // The header is in clear: it names no user.
    {
        QFile file(bak);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(file.readAll().contains(kAdmin.toUtf8()));
    }
    auto db = unlock(path);
    auto last = db->auditLog().head();
    EXPECT_EQ(header->auditHead->entryId, last->lastId);
    db.reset();

    const QString restored = dir.file(QStringLiteral("r.orec"));
    auto ok = backup::restore(bak, restored, kAdmin, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions());
    ASSERT_TRUE(ok.ok()) << ok.error().toString().toStdString();

    // A backup whose header vouches for a head the database part does not reach (an older database put
    // in a newer backup's container) is refused.
    QFile file(bak);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    const QByteArray entry = QByteArray::number(header->auditHead->entryId) + '-';
    const QByteArray later = QByteArray::number(header->auditHead->entryId + 1) + '-';
    ASSERT_EQ(entry.size(), later.size());
    const qsizetype at = bytes.indexOf(QByteArray("\"checkpoint\":\"") + entry);
    ASSERT_GT(at, 0);
    bytes.replace(at + 14, entry.size(), later);
    const QString forged = dir.file(QStringLiteral("forged.orecbak"));
    QFile out(forged);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    auto refused = backup::restore(forged, dir.file(QStringLiteral("f.orec")), kAdmin,
                                   SecureBytes::fromUtf8(kAdminPassphrase), fastOptions());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::Corrupt);
    EXPECT_FALSE(QFileInfo::exists(dir.file(QStringLiteral("f.orec"))));
}

} // namespace

TEST(CheckCancel, AProgressThatSaysStopStopsTheCheckInEitherPhase)
{
    TempDir dir;
    auto created = createDatabase(dir.file(QStringLiteral("c.orec")));
    Database& db = *created.database;
    // While SQLite reads the pages (no count known yet).
    Database::CheckOptions early;
    early.full = true;
    early.progress = [](qint64, qint64 total) { return total != 0; };
    auto stoppedEarly = db.check(early);
    ASSERT_FALSE(stoppedEarly.ok());
    EXPECT_EQ(stoppedEarly.error().code, ErrorCode::Cancelled);
    // While the log and the records are walked.
    Database::CheckOptions late;
    bool sawCount = false;
    late.progress = [&](qint64, qint64 total) {
        sawCount = sawCount || total > 0;
        return total == 0;
    };
    auto stoppedLate = db.check(late);
    if (sawCount) {
        ASSERT_FALSE(stoppedLate.ok());
        EXPECT_EQ(stoppedLate.error().code, ErrorCode::Cancelled);
    }
    // Stopping is not damage: writes still go ahead, and a check to the end passes.
    EXPECT_TRUE(db.damage().isEmpty());
    auto full = db.check();
    ASSERT_TRUE(full.ok());
    EXPECT_TRUE(full->ok());
}
