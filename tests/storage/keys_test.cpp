// Key slots: several users, removal, passphrase change, rekey, recovery key, interrupted rekey;
// a key file that names nobody, and key files of format 1 rewritten.
#include "app/account_service.h"
#include "storage/backup.h"
#include "storage/migrations.h"
#include "support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {
// A database written by the program before key files had generations (and format 1 or 2 key files):
// it holds no key_file_generation, so its old key file is not taken for a downgrade.
void asOldProgramsDatabase(const QString& path)
{
    DatabaseOptions asItWas = fastOptions();
    asItWas.schemaVersion = 7; // the last schema before signed audit entries
    auto db = unlock(path, kAdmin, kAdminPassphrase, asItWas);
    ASSERT_TRUE(db->connection().exec("DELETE FROM meta WHERE key = 'key_file_generation'").ok());
}

// A database as the program before format 3 left it: schema 7, its users added then.
Database::Created createOldProgramsDatabase(const QString& path)
{
    DatabaseOptions asItWas = fastOptions();
    asItWas.schemaVersion = 7;
    return createDatabase(path, kAdmin, kAdminPassphrase, asItWas);
}

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
    auto unknown =
        Database::unlock(path, QStringLiteral("nobody"), SecureBytes::fromUtf8(kClerkPass), fastOptions());
    EXPECT_EQ(unknown.code(), ErrorCode::WrongKey);
}

TEST(KeySlots, WrongPassphraseIsTypedAndChangesNoByte)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("w.orec"));
    createDatabase(path);
    const QByteArray db = sha256OfFile(path);
    const QByteArray keys = sha256OfFile(KeyStore::slotFilePath(path));
    auto result = Database::unlock(path, kAdmin, SecureBytes::fromUtf8(QStringLiteral("sai mật khẩu rồi")),
                                   fastOptions());
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
    // The removed user puts back their saved copy of the key file: it is older than the database
    // (its generation), so it is refused as a rollback before the users table is even asked.
    QFile f(KeyStore::slotFilePath(path));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(oldKeys);
    f.close();
    auto refused = Database::unlock(path, kClerk, SecureBytes::fromUtf8(kClerkPass), fastOptions());
    EXPECT_EQ(refused.code(), ErrorCode::Corrupt);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("older than its database")));
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
    EXPECT_EQ(accounts.addUser(QStringLiteral("x"), Role::Admin, kClerkPass).code(),
              ErrorCode::PermissionDenied);
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
    EXPECT_EQ(app::AccountService::recover(path, typo, kAdmin, newPass, fastOptions()).code(),
              ErrorCode::WrongKey);
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
    auto result = app::AccountService::recover(a, otherKey, kAdmin,
                                               QStringLiteral("Một cụm từ mới hoàn toàn"), fastOptions());
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

// ---- The key file names nobody -----------------------------------------------------------------

namespace {

const QString kMarkerUser = QStringLiteral("MARKER-Tran-Quoc-Toan");

// A key file of format 1 (user names and slot times in clear), made from a current one by naming
// each slot again: the wrapped keys are the same in both formats.
QByteArray asFormatOne(const QByteArray& current, const QStringList& users)
{
    auto store = KeyStore::fromBytes(current);
    EXPECT_TRUE(store.ok());
    QJsonObject root = QJsonDocument::fromJson(current).object();
    QJsonArray slotList;
    for (const QJsonValue& value : root.value(QStringLiteral("slots")).toArray()) {
        QJsonObject slot = value.toObject();
        const QByteArray id = QByteArray::fromBase64(slot.value(QStringLiteral("id")).toString().toLatin1());
        QString owner;
        for (const QString& user : users)
            if (store->slotIdOf(user) == id)
                owner = user;
        EXPECT_FALSE(owner.isEmpty());
        slot.remove(QStringLiteral("id"));
        slot.remove(QStringLiteral("sealed_name"));
        for (const char* format3 : {"wrapped_signing_key", "pending_signing_key", "signing_key_issued"})
            slot.remove(QLatin1String(format3));
        slot.insert(QStringLiteral("user"), owner);
        slot.insert(QStringLiteral("created_at"), QStringLiteral("2026-03-01T08:00:00Z"));
        slotList.append(slot);
    }
    root.insert(QStringLiteral("slots"), slotList);
    root.insert(QStringLiteral("version"), 1);
    root.remove(QStringLiteral("slot_id_salt"));
    root.remove(QStringLiteral("generation"));
    root.remove(QStringLiteral("mac"));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

void expectCurrentFormatWithoutNames(const QByteArray& keyFile)
{
    EXPECT_FALSE(keyFile.contains(kMarkerUser.toUtf8()));
    EXPECT_FALSE(keyFile.contains(kAdmin.toUtf8()));
    EXPECT_FALSE(keyFile.contains(kClerk.toUtf8()));
    EXPECT_FALSE(keyFile.contains("\"user\""));
    EXPECT_FALSE(keyFile.contains("created_at"));
    EXPECT_FALSE(keyFile.contains("2026-"));
    const QJsonObject root = QJsonDocument::fromJson(keyFile).object();
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), KeyStore::kFormatVersion);
    EXPECT_EQ(QByteArray::fromBase64(root.value(QStringLiteral("slot_id_salt")).toString().toLatin1()).size(),
              32);
}

} // namespace

TEST(KeySlots, KeyFileNamesNoUserAndHoldsNoTime)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("names.orec"));
    {
        app::Session session(std::move(createDatabase(path).database));
        app::AccountService accounts(session);
        ASSERT_TRUE(accounts.addUser(kMarkerUser, Role::Clerk, kClerkPass).ok());
        ASSERT_TRUE(accounts.addUser(kClerk, Role::Auditor, kClerkPass).ok());
        // The users' list comes from the encrypted database, and each has a slot.
        auto users = accounts.users();
        ASSERT_TRUE(users.ok());
        ASSERT_EQ(users->size(), 3);
        for (const UserRecord& u : *users)
            EXPECT_TRUE(u.hasKeySlot) << u.name.toStdString();
    }
    const QByteArray keyFile = readAll(KeyStore::slotFilePath(path));
    expectCurrentFormatWithoutNames(keyFile);
    auto store = KeyStore::fromBytes(keyFile);
    ASSERT_TRUE(store.ok());
    EXPECT_EQ(store->keySlots().size(), 3);
    EXPECT_TRUE(store->hasSlot(kMarkerUser));
    EXPECT_FALSE(store->hasSlot(QStringLiteral("MARKER-Tran-Quoc-Toa")));
    // Slot ids are keyed by a salt of this file: the same name has another id in another file.
    TempDir other;
    const QString otherPath = other.file(QStringLiteral("other.orec"));
    createDatabase(otherPath);
    auto otherStore = KeyStore::load(KeyStore::slotFilePath(otherPath));
    ASSERT_TRUE(otherStore.ok());
    EXPECT_NE(otherStore->slotIdOf(kAdmin), store->slotIdOf(kAdmin));
    // Every user still opens the file with their own passphrase, under their own role.
    EXPECT_EQ(unlock(path, kMarkerUser, kClerkPass)->actor().role, Role::Clerk);
    EXPECT_EQ(unlock(path, kClerk, kClerkPass)->actor().role, Role::Auditor);
    EXPECT_EQ(unlock(path)->actor().role, Role::Admin);
}

TEST(KeySlots, FormatOneKeyFileIsReadAndRewrittenWithoutNamesAtTheFirstUnlock)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v1.orec"));
    const QString keyPath = KeyStore::slotFilePath(path);
    {
        app::Session session(std::move(createOldProgramsDatabase(path).database));
        ASSERT_TRUE(app::AccountService(session).addUser(kMarkerUser, Role::Clerk, kClerkPass).ok());
    }
    asOldProgramsDatabase(path);
    const QByteArray formatOne = asFormatOne(readAll(keyPath), {kAdmin, kMarkerUser});
    ASSERT_TRUE(formatOne.contains(kMarkerUser.toUtf8())); // as the old program wrote it
    writeFile(keyPath, formatOne);
    auto loaded = KeyStore::load(keyPath);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded->loadedFormatVersion(), 1);
    EXPECT_TRUE(loaded->hasSlot(kMarkerUser));

    // A refused unlock writes nothing.
    EXPECT_EQ(
        Database::unlock(path, kMarkerUser, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions()).code(),
        ErrorCode::WrongKey);
    EXPECT_EQ(readAll(keyPath), formatOne);

    // The register is of the old program too: its clerk cannot be the first to open it with this
    // one (the upgrade starts signed audit entries, an administrator's to begin).
    EXPECT_EQ(Database::unlock(path, kMarkerUser, SecureBytes::fromUtf8(kClerkPass), fastOptions()).code(),
              ErrorCode::PermissionDenied);
    EXPECT_EQ(readAll(keyPath), formatOne);
    // The first successful unlock rewrites the file in the current format, names gone.
    {
        auto db = unlock(path);
        EXPECT_EQ(db->actor().role, Role::Admin);
        EXPECT_EQ(db->keyStore().loadedFormatVersion(), KeyStore::kFormatVersion);
    }
    {
        auto db = unlock(path, kMarkerUser, kClerkPass);
        EXPECT_EQ(db->actor().role, Role::Clerk);
        EXPECT_TRUE(db->canSign()); // the key the upgrade issued, taken at this first unlock
    }
    expectCurrentFormatWithoutNames(readAll(keyPath));
    EXPECT_FALSE(readAll(keyPath).contains(kMarkerUser.toUtf8()));
    // Both users still get in, and managing users keeps working on the rewritten file.
    unlock(path, kMarkerUser, kClerkPass);
    {
        app::Session session(unlock(path));
        app::AccountService accounts(session);
        ASSERT_TRUE(accounts.resetPassphrase(kMarkerUser, QStringLiteral("Một cụm từ mới hoàn toàn")).ok());
        ASSERT_TRUE(accounts.addUser(kClerk, Role::Clerk, kClerkPass).ok());
    }
    unlock(path, kMarkerUser, QStringLiteral("Một cụm từ mới hoàn toàn"));
    unlock(path, kClerk, kClerkPass);
    expectCurrentFormatWithoutNames(readAll(keyPath));
}

TEST(KeySlots, FormatOneKeyFileInABackupIsRestoredWithoutNames)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("old.orec"));
    const QString bak = dir.file(QStringLiteral("old.orecbak"));
    {
        app::Session session(std::move(createOldProgramsDatabase(path).database));
        ASSERT_TRUE(app::AccountService(session).addUser(kMarkerUser, Role::Clerk, kClerkPass).ok());
    }
    asOldProgramsDatabase(path);
    const QByteArray formatOne = asFormatOne(readAll(KeyStore::slotFilePath(path)), {kAdmin, kMarkerUser});
    // A backup as the old program wrote it: the key file of format 1 inside.
    DatabaseOptions asItWas = fastOptions();
    asItWas.schemaVersion = 7;
    const QString id = unlock(path, kAdmin, kAdminPassphrase, asItWas)->databaseId();
    ASSERT_TRUE(backup::writeFromFiles(path, formatOne, id, 7, QDateTime::currentDateTimeUtc(), bak).ok());
    ASSERT_TRUE(fileContains(bak, kMarkerUser.toUtf8()));
    const QString target = dir.file(QStringLiteral("restored.orec"));
    auto restored =
        backup::restore(bak, target, kAdmin, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions());
    ASSERT_TRUE(restored.ok()) << restored.error().toString().toStdString();
    expectCurrentFormatWithoutNames(readAll(KeyStore::slotFilePath(target)));
    EXPECT_EQ(unlock(target)->actor().role, Role::Admin); // upgrades the restored register
    EXPECT_EQ(unlock(target, kMarkerUser, kClerkPass)->actor().role, Role::Clerk);
}

TEST(KeySlots, DamagedOrFutureKeyFilesAreTyped)
{
    EXPECT_EQ(KeyStore::fromBytes("{}").code(), ErrorCode::Corrupt);
    EXPECT_EQ(KeyStore::fromBytes("not json").code(), ErrorCode::Corrupt);
    TempDir dir;
    const QString path = dir.file(QStringLiteral("f.orec"));
    createDatabase(path);
    QJsonObject root = QJsonDocument::fromJson(readAll(KeyStore::slotFilePath(path))).object();
    QJsonObject future = root;
    future.insert(QStringLiteral("version"), KeyStore::kFormatVersion + 1);
    EXPECT_EQ(KeyStore::fromBytes(QJsonDocument(future).toJson()).code(), ErrorCode::NotADatabase);
    QJsonObject saltless = root;
    saltless.remove(QStringLiteral("slot_id_salt"));
    EXPECT_EQ(KeyStore::fromBytes(QJsonDocument(saltless).toJson()).code(), ErrorCode::Corrupt);
}

TEST(KeySlots, TheOnlyUserUnlocksWithoutTypingTheirName)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("only.orec"));
    createDatabase(path); // one user, kAdmin, who is not called "admin"
    const SecureBytes pass = SecureBytes::fromUtf8(kAdminPassphrase);
    {
        auto db = Database::unlock(path, QString(), pass, fastOptions());
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        EXPECT_EQ((*db)->actor().user, kAdmin);
    }
    EXPECT_EQ(Database::unlock(path, QString(), SecureBytes::fromUtf8(kClerkPass), fastOptions()).code(),
              ErrorCode::WrongKey);
    // With two users there is no "only user": no name means "admin".
    {
        app::Session session(unlock(path));
        ASSERT_TRUE(app::AccountService(session).addUser(kClerk, Role::Clerk, kClerkPass).ok());
    }
    EXPECT_EQ(Database::unlock(path, QString(), pass, fastOptions()).code(), ErrorCode::WrongKey);
    EXPECT_FALSE(readAll(KeyStore::slotFilePath(path)).contains(kAdmin.toUtf8()));
}

TEST(KeySlots, AFormatOneSlotLearnsItsSealedNameAtItsFirstUnlockByName)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("v1only.orec"));
    const QString keyPath = KeyStore::slotFilePath(path);
    createOldProgramsDatabase(path);
    asOldProgramsDatabase(path);
    writeFile(keyPath, asFormatOne(readAll(keyPath), {kAdmin}));
    const SecureBytes pass = SecureBytes::fromUtf8(kAdminPassphrase);
    // The converted slot cannot tell its name yet, so no name means "admin", who does not exist.
    EXPECT_EQ(Database::unlock(path, QString(), pass, fastOptions()).code(), ErrorCode::WrongKey);
    unlock(path); // by name: rewritten, and the slot now holds its sealed name
    expectCurrentFormatWithoutNames(readAll(keyPath));
    auto db = Database::unlock(path, QString(), pass, fastOptions());
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ((*db)->actor().user, kAdmin);
}
