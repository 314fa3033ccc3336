// Key slots: several users, removal, passphrase change, rekey, recovery key, interrupted rekey.
#include "app/account_service.h"
#include "storage/backup.h"
#include "support/test_support.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {
const QString kClerk = QStringLiteral("thuky");
const QString kClerkPass = QStringLiteral("Chi bộ lưu học sinh 7");
} // namespace

TEST(KeySlots, TwoUsersOpenTheSameFileWithTheirOwnPassphrases)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("two.orec"));
    {
        auto created = createDatabase(path);
        app::Session session(std::move(created.database));
        ASSERT_TRUE(app::AccountService(session).addUser(kClerk, Role::Clerk, kClerkPass).ok());
    }
    {
        auto admin = unlock(path);
        EXPECT_EQ(admin->actor().role, Role::Admin);
    }
    {
        auto clerk = unlock(path, kClerk, kClerkPass);
        EXPECT_EQ(clerk->actor().user, kClerk);
        EXPECT_EQ(clerk->actor().role, Role::Clerk);
    }
    auto crossed = Database::unlock(path, kClerk, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions());
    ASSERT_FALSE(crossed.ok());
    EXPECT_EQ(crossed.code(), ErrorCode::WrongKey);
    auto unknown = Database::unlock(path, QStringLiteral("nobody"), SecureBytes::fromUtf8(kClerkPass), fastOptions());
    EXPECT_EQ(unknown.code(), ErrorCode::WrongKey);
}

TEST(KeySlots, WrongPassphraseIsTypedAndChangesNoByte)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("w.orec"));
    createDatabase(path);
    const QByteArray db = sha256OfFile(path);
    const QByteArray keys = sha256OfFile(KeyStore::slotFilePath(path));
    auto result = Database::unlock(path, kAdmin, SecureBytes::fromUtf8(QStringLiteral("sai mật khẩu rồi")), fastOptions());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.code(), ErrorCode::WrongKey);
    EXPECT_EQ(sha256OfFile(path), db);
    EXPECT_EQ(sha256OfFile(KeyStore::slotFilePath(path)), keys);
}

TEST(KeySlots, RemovedUserCanNoLongerOpen)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("r.orec"));
    {
        app::Session session(std::move(createDatabase(path).database));
        app::AccountService accounts(session);
        ASSERT_TRUE(accounts.addUser(kClerk, Role::Clerk, kClerkPass).ok());
        ASSERT_TRUE(accounts.removeUser(kClerk).ok());
        EXPECT_EQ(accounts.removeUser(kAdmin).code(), ErrorCode::Invalid); // the last admin stays
    }
    auto result = Database::unlock(path, kClerk, SecureBytes::fromUtf8(kClerkPass), fastOptions());
    EXPECT_EQ(result.code(), ErrorCode::WrongKey);
}

TEST(KeySlots, RemovedUserWithAnOldKeyFileCopyIsStillRefused)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("copy.orec"));
    {
        app::Session session(std::move(createDatabase(path).database));
        ASSERT_TRUE(app::AccountService(session).addUser(kClerk, Role::Clerk, kClerkPass).ok());
    }
    const QByteArray oldKeys = readAll(KeyStore::slotFilePath(path));
    {
        app::Session session(unlock(path));
        ASSERT_TRUE(app::AccountService(session).removeUser(kClerk).ok());
    }
    // The removed user puts back their saved copy of the key file: the users table still says no.
    QFile f(KeyStore::slotFilePath(path));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(oldKeys);
    f.close();
    EXPECT_EQ(Database::unlock(path, kClerk, SecureBytes::fromUtf8(kClerkPass), fastOptions()).code(),
              ErrorCode::WrongKey);
}

TEST(KeySlots, ChangingAPassphraseDoesNotReencryptTheData)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("p.orec"));
    {
        app::Session session(std::move(createDatabase(path).database));
        ASSERT_TRUE(app::AccountService(session).addUser(kClerk, Role::Clerk, kClerkPass).ok());
    }
    const QByteArray slotsBefore = readAll(KeyStore::slotFilePath(path));
    const QString newPass = QStringLiteral("Một cụm từ mới hoàn toàn");
    {
        app::Session session(unlock(path, kClerk, kClerkPass));
        app::AccountService accounts(session);
        EXPECT_EQ(accounts.changeOwnPassphrase(QStringLiteral("not the current one"), newPass).code(),
                  ErrorCode::WrongKey);
        ASSERT_TRUE(accounts.changeOwnPassphrase(kClerkPass, newPass).ok());
    }
    EXPECT_EQ(Database::unlock(path, kClerk, SecureBytes::fromUtf8(kClerkPass), fastOptions()).code(),
              ErrorCode::WrongKey);
    auto reopened = unlock(path, kClerk, newPass);
    EXPECT_EQ(reopened->actor().role, Role::Clerk);
    reopened.reset();
    // The data key is the same: the administrator's slot was not touched and still opens the file.
    auto admin = unlock(path);
    EXPECT_EQ(admin->actor().role, Role::Admin);
    auto before = KeyStore::fromBytes(slotsBefore);
    ASSERT_TRUE(before.ok());
    EXPECT_TRUE(before->checksDataKey(admin->dataKey()));
}

TEST(KeySlots, RekeyReencryptsAndEveryUserKeepsTheirPassphrase)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("k.orec"));
    QString oldRecovery;
    {
        auto created = createDatabase(path);
        oldRecovery = created.recoveryKey.formatted();
        app::Session session(std::move(created.database));
        ASSERT_TRUE(app::AccountService(session).addUser(kClerk, Role::Clerk, kClerkPass).ok());
    }
    QString newRecovery;
    {
        app::Session session(unlock(path));
        auto rotated = app::AccountService(session).rotateKeys();
        ASSERT_TRUE(rotated.ok()) << rotated.error().toString().toStdString();
        newRecovery = *rotated;
    }
    EXPECT_NE(oldRecovery, newRecovery);
    unlock(path);
    unlock(path, kClerk, kClerkPass);
    // The old recovery key no longer opens the file; the new one does.
    auto oldKey = RecoveryKey::parse(oldRecovery);
    ASSERT_TRUE(oldKey.ok());
    auto sqlOld = sql::Connection::open(path, oldKey->deriveDataKey());
    EXPECT_EQ(sqlOld.code(), ErrorCode::WrongKey);
    auto newKey = RecoveryKey::parse(newRecovery);
    ASSERT_TRUE(newKey.ok());
    EXPECT_TRUE(sql::Connection::open(path, newKey->deriveDataKey()).ok());
}

TEST(KeySlots, ClerkMayNotManageUsersOrKeys)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("perm.orec"));
    {
        app::Session session(std::move(createDatabase(path).database));
        ASSERT_TRUE(app::AccountService(session).addUser(kClerk, Role::Clerk, kClerkPass).ok());
    }
    app::Session session(unlock(path, kClerk, kClerkPass));
    app::AccountService accounts(session);
    EXPECT_EQ(accounts.addUser(QStringLiteral("x"), Role::Admin, kClerkPass).code(), ErrorCode::PermissionDenied);
    EXPECT_EQ(accounts.rotateKeys().code(), ErrorCode::PermissionDenied);
    EXPECT_EQ(accounts.removeUser(kAdmin).code(), ErrorCode::PermissionDenied);
}

TEST(KeySlots, RecoveryKeyOpensADatabaseWhoseKeyFileWasDeleted)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("lost.orec"));
    QString recovery;
    {
        auto created = createDatabase(path);
        recovery = created.recoveryKey.formatted();
    }
    ASSERT_TRUE(QFile::remove(KeyStore::slotFilePath(path)));
    EXPECT_EQ(Database::unlock(path, kAdmin, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions()).code(),
              ErrorCode::NotFound);

    const QString newPass = QStringLiteral("Khôi phục bằng khóa dự phòng");
    // A typo in one group is caught by the checksum, before any key is tried.
    QString typo = recovery;
    typo[3] = typo[3] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    EXPECT_EQ(app::AccountService::recover(path, typo, kAdmin, newPass, fastOptions()).code(), ErrorCode::WrongKey);
    // Lower case and spaces instead of dashes are accepted.
    QString typed = recovery.toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' '));
    auto recovered = app::AccountService::recover(path, typed, kAdmin, newPass, fastOptions());
    ASSERT_TRUE(recovered.ok()) << recovered.error().toString().toStdString();
    recovered->reset();
    auto db = unlock(path, kAdmin, newPass);
    EXPECT_EQ(db->actor().role, Role::Admin);
}

TEST(KeySlots, RecoveryKeyOfAnotherDatabaseIsRefused)
{
    TempDir dir;
    const QString a = dir.file(QStringLiteral("a.orec"));
    const QString b = dir.file(QStringLiteral("b.orec"));
    createDatabase(a);
    const QString otherKey = createDatabase(b).recoveryKey.formatted();
    auto result = app::AccountService::recover(a, otherKey, kAdmin, QStringLiteral("Một cụm từ mới hoàn toàn"),
                                               fastOptions());
    EXPECT_EQ(result.code(), ErrorCode::WrongKey);
}

TEST(KeySlots, RekeyInterruptedAfterTheFileChangedStillUnlocks)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("int.orec"));
    createDatabase(path);
    // Simulate a crash between "file re-encrypted" and "key file finished".
    {
        auto db = unlock(path);
        const RecoveryKey next = RecoveryKey::generate();
        const SecureBytes nextKey = next.deriveDataKey();
        db->keyStore().beginRekey(nextKey);
        ASSERT_TRUE(db->saveKeyStore().ok());
        ASSERT_TRUE(db->connection().rekey(nextKey).ok());
        // no finishRekey(): the process "dies" here
    }
    auto db = unlock(path);
    EXPECT_EQ(db->actor().role, Role::Admin);
    db.reset();
    auto keys = KeyStore::load(KeyStore::slotFilePath(path));
    ASSERT_TRUE(keys.ok());
    EXPECT_TRUE(keys->keySlots().first().sealedNextDataKey.isEmpty()); // finished on unlock
}

TEST(KeySlots, RekeyInterruptedBeforeTheFileChangedStillUnlocks)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("int2.orec"));
    createDatabase(path);
    {
        auto db = unlock(path);
        db->keyStore().beginRekey(RecoveryKey::generate().deriveDataKey());
        ASSERT_TRUE(db->saveKeyStore().ok());
    }
    unlock(path);
}

TEST(KeySlots, KeyFileOfAnotherDatabaseIsRefused)
{
    TempDir dir;
    const QString a = dir.file(QStringLiteral("a.orec"));
    const QString b = dir.file(QStringLiteral("b.orec"));
    createDatabase(a);
    createDatabase(b);
    ASSERT_TRUE(QFile::remove(KeyStore::slotFilePath(a)));
    ASSERT_TRUE(QFile::copy(KeyStore::slotFilePath(b), KeyStore::slotFilePath(a)));
    auto result = Database::unlock(a, kAdmin, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.code(), ErrorCode::Corrupt);
}

TEST(KeySlots, DefaultKdfIsStrongAndCheapOnlyWhenAsked)
{
    const auto strong = crypto::KdfParams::interactiveDefault();
    const auto cheap = crypto::KdfParams::cheapForTestsOnly();
    EXPECT_GE(strong.memLimitBytes, 64ull * 1024 * 1024);
    EXPECT_GE(strong.opsLimit, 2u);
    EXPECT_LT(cheap.memLimitBytes, strong.memLimitBytes);
    EXPECT_EQ(DatabaseOptions{}.kdf.memLimitBytes, strong.memLimitBytes);
}
