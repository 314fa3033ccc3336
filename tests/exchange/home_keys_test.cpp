// Signing as home is a right, not a side effect of unlocking: home's exchange secrets open only for the
// users who hold it (storage/exchange_key_vault.h). The insider here holds an account, so the data key,
// the stock `sqlcipher` shell and the keys of their own slot.
#include "core/crypto.h"
#include "exchange/enrolment.h"
#include "exchange/exchange_store.h"
#include "exchange/home_exchange.h"
#include "exchange/package_opener.h"
#include "exchange/package_reader.h"
#include "exchange/package_writer.h"
#include "exchange/payload_codec.h"
#include "home_keys_support.h"
#include "storage/member_repository.h"

#include <QFile>
#include <QJsonArray>
#include <sodium.h>

namespace orec::test {
namespace {

QString hexUpper(const SecureBytes& secret)
{
    const SecureBytes hex = secret.toHex();
    return QString::fromLatin1(hex.chars(), static_cast<qsizetype>(hex.size())).toUpper();
}

// Every value of every table, as the data key alone reads them.
QList<QByteArray> everyValue(const QString& path, const SecureBytes& dataKey)
{
    QList<QByteArray> out;
    auto c = sql::Connection::open(path, dataKey, sql::OpenOptions{sql::OpenMode::ReadOnly});
    EXPECT_TRUE(c.ok());
    if (!c)
        return out;
    auto tables = c->prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
    QStringList names;
    while (tables && *tables->step())
        names << tables->text(0);
    for (const QString& name : names) {
        auto rows = c->prepare("SELECT * FROM \"" + name.toStdString() + "\"");
        if (!rows)
            continue;
        while (*rows->step()) {
            for (int column = 0; column < rows->columnCount(); ++column)
                out << rows->blob(column);
        }
    }
    return out;
}

// Every key those values could be: each 32-byte value as an X25519 secret and an enrolment key, each
// 64-byte value as an Ed25519 secret; and the insider's own slot key.
std::vector<crypto::BoxKeyPair> keysFrom(const QList<QByteArray>& values, const KeyStore::Unwrapped& own)
{
    std::vector<crypto::BoxKeyPair> keys;
    keys.push_back(crypto::BoxKeyPair{own.boxPublicKey, own.boxSecretKey.clone()});
    for (const QByteArray& value : values) {
        const auto* bytes = reinterpret_cast<const unsigned char*>(value.constData());
        if (value.size() == 32) {
            crypto::BoxKeyPair pair;
            pair.secretKey = SecureBytes(bytes, 32);
            pair.publicKey = QByteArray(32, '\0');
            crypto_scalarmult_base(reinterpret_cast<unsigned char*>(pair.publicKey.data()), bytes);
            keys.push_back(std::move(pair));
            keys.push_back(exchange::enrolmentBoxKeys(SecureBytes(bytes, 32)));
        } else if (value.size() == 64) {
            keys.push_back(crypto::boxKeyPairOfSigningKey(SecureBytes(bytes, 64)));
        }
    }
    return keys;
}

bool opensWithAny(const QString& path, const std::vector<crypto::BoxKeyPair>& keys)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    auto reader = exchange::PackageReader::open(file);
    if (!reader)
        return false;
    QList<exchange::CandidateKey> candidates;
    for (const crypto::BoxKeyPair& key : keys) {
        if (key.publicKey.size() == 32 && key.secretKey.size() == 32)
            candidates.append(exchange::CandidateKey{key.publicKey, &key.secretKey});
    }
    auto unwrapped = reader->unwrap(candidates);
    return unwrapped && reader->decrypt(unwrapped->contentKey).ok();
}

class HomeKeysTest : public HomeKeysFixture
{
protected:
    void editOnField(const QString& notes)
    {
        auto m = MemberRepository(fieldDb()).findByUuid(m_people.anUuid);
        ASSERT_TRUE(m.ok() && m->has_value());
        Member an = **m;
        an.notes = notes;
        WriteScope scope(fieldDb());
        ASSERT_TRUE(MemberRepository(fieldDb()).update(scope, an).ok());
        ASSERT_TRUE(scope.commit().ok());
    }
};

TEST_F(HomeKeysTest, NoTableHoldsHomesSecretKeysForTheDataKeyAlone)
{
    if (!haveShell())
        GTEST_SKIP() << "the stock sqlcipher shell (Debian package sqlcipher) is not installed";
    const QString code = enrol(QStringLiteral("CB-JP-01"));
    // What the holders open: home's signing and long-term keys, the enrolment key, the receive keys.
    QStringList secrets;
    exchange::ExchangeStore store(homeDb());
    {
        auto me = store.identity();
        ASSERT_TRUE(me.ok() && me->has_value()) << me.error().toString().toStdString();
        secrets << hexUpper((*me)->signSecret()) << hexUpper((*me)->signSecret()).left(64) // the seed
                << hexUpper((*me)->boxSecret());
        auto pending = store.tables().secretaryOfCell((*store.tables().peers()).first().cellUuid);
        ASSERT_TRUE(pending.ok() && pending->has_value());
        auto enrolment = store.tables().enrolmentKey((*pending)->id);
        ASSERT_TRUE(enrolment.ok() && enrolment->size() == 32);
        secrets << hexUpper(*enrolment);
    }
    initField(exportCell(QStringLiteral("c1.orecpkg")), code);
    editOnField(QStringLiteral("một"));
    importAll(exportReturn(QStringLiteral("r1.orecpkg")));
    install(exportCell(QStringLiteral("c2.orecpkg")));
    auto received = store.tables().receiveKeys();
    ASSERT_TRUE(received.ok());
    ASSERT_FALSE(received->empty());
    for (const ExchangeReceiveKey& key : *received)
        secrets << hexUpper(key.boxSecret);

    const QString hexKey = dataKeyHex();
    m_home.reset();
    // Every row of every table, blobs in hex, as the shell dumps them.
    const QString dump = shell(hexKey, QStringLiteral(".dump")).toUpper();
    ASSERT_TRUE(dump.contains(QStringLiteral("CREATE TABLE EXCHANGE_KEY_HOLDERS")))
        << "the dump is not whole";
    for (const QString& secret : std::as_const(secrets))
        EXPECT_FALSE(dump.contains(secret))
            << "a secret key is readable with the data key: " << secret.left(8).toStdString();
    // No column of the identity or the receive keys is the plaintext of old.
    const QString columns = shell(hexKey, QStringLiteral("PRAGMA table_info(exchange_identity);\n"
                                                         "PRAGMA table_info(exchange_receive_keys);"));
    EXPECT_FALSE(columns.contains(QStringLiteral("|sign_secret|")));
    EXPECT_FALSE(columns.contains(QStringLiteral("|box_secret|")));
    EXPECT_TRUE(columns.contains(QStringLiteral("|sign_secret_sealed|"))) << columns.toStdString();
}

TEST_F(HomeKeysTest, AClerkWithTheDataKeyAndHerOwnKeysCanNeitherSignNorOpen)
{
    firstExchange();
    if (HasFatalFailure())
        return;
    install(exportCell(QStringLiteral("c2.orecpkg")));
    editOnField(QStringLiteral("hai"));
    const QString r2 = exportReturn(QStringLiteral("r2.orecpkg"));
    addUser(kClerk, Role::Clerk, kClerkPass);
    const QString path = homeDb().path();
    const SecureBytes dataKey = homeDb().dataKey().clone();
    const KeyStore::Unwrapped own = slotKeys(kClerk, kClerkPass);

    // Everything the file holds, read with the data key: no value opens as a key to the return package,
    // and no sealed copy of the exchange keys opens with the clerk's own key.
    m_home.reset();
    const QList<QByteArray> values = everyValue(path, dataKey);
    EXPECT_FALSE(opensWithAny(r2, keysFrom(values, own)));
    int sealedCopies = 0;
    for (const QByteArray& value : values) {
        if (value.size() == 80) // a copy of the wrapping key: crypto_box_seal of 32 bytes
            ++sealedCopies;
        EXPECT_FALSE(crypto::openSealed(value, own.boxPublicKey, own.boxSecretKey).ok());
    }
    EXPECT_GE(sealedCopies, 2); // the administrator's and the recovery key's

    // The program refuses her before it prepares anything, and names who can sign.
    homeAs(kClerk, kClerkPass);
    const QString out = m_dir.file(QStringLiteral("by-clerk.orecpkg"));
    auto exported = homeExchange().exportCellPackage(QStringLiteral("CB-JP-01"), out);
    ASSERT_FALSE(exported.ok());
    EXPECT_EQ(exported.code(), ErrorCode::PermissionDenied);
    EXPECT_TRUE(exported.error().message.contains(kAdmin)) << exported.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    auto preview = homeExchange().previewImport(r2);
    ASSERT_FALSE(preview.ok());
    EXPECT_EQ(preview.code(), ErrorCode::PermissionDenied);
    // Past the service's check, the keys themselves do not open for her.
    auto direct = exchange::HomeExchange(homeDb()).exportCellPackage(QStringLiteral("CB-JP-01"), out);
    ASSERT_FALSE(direct.ok());
    EXPECT_EQ(direct.code(), ErrorCode::PermissionDenied);
    EXPECT_FALSE(QFile::exists(out));
    auto opened = exchange::PackageOpener(homeDb()).open(r2);
    EXPECT_FALSE(opened.ok());

    // A package she makes herself, as home (home's party id), with a key of her own, sealed to the key the
    // laptop announced (a public value she reads): the laptop refuses it.
    exchange::ExchangeStore store(homeDb());
    auto home = store.tables().publicIdentity();
    ASSERT_TRUE(home.ok() && home->has_value());
    exchange::Identity forged = exchange::Identity::generate();
    PublicIdentity forgedPublic = forged.publicIdentity();
    forgedPublic.partyId = (*home)->partyId;
    forgedPublic.boxPublic = (*home)->boxPublic;
    exchange::Identity asHome(forgedPublic, forged.signSecret().clone(), forged.boxSecret().clone());
    const QString forgedPath = forgeCellPackage(asHome, QStringLiteral("forged.orecpkg"));
    ASSERT_FALSE(forgedPath.isEmpty());
    const Snapshot before = checksums();
    exchange::PackageProblem problem = exchange::PackageProblem::None;
    auto installed = fieldExchange().installCellPackage(forgedPath, &problem);
    ASSERT_FALSE(installed.ok());
    EXPECT_EQ(problem, exchange::PackageProblem::UnknownSender);
    expectUnchanged(before, "a package forged by the clerk");

    // What home really sends still goes through.
    homeAs(kAdmin, kAdminPassphrase);
    importAll(r2);
    install(exportCell(QStringLiteral("c3.orecpkg")));
    expectCheckPasses(homeDb(), "home");
    expectCheckPasses(fieldDb(), "laptop");
}

TEST_F(HomeKeysTest, AGrantLetsAClerkSignAndARevocationTakesItBack)
{
    firstExchange();
    if (HasFatalFailure())
        return;
    addUser(kClerk, Role::Clerk, kClerkPass);
    EXPECT_TRUE(holds(kAdmin));
    EXPECT_FALSE(holds(kClerk));

    homeAs(kClerk, kClerkPass);
    auto right = homeExchange().signingRight();
    ASSERT_TRUE(right.ok());
    EXPECT_FALSE(right->holds);
    EXPECT_TRUE(right->refusal.contains(kAdmin)) << right->refusal.toStdString();
    // A clerk cannot grant herself anything.
    EXPECT_EQ(app::AccountService(*m_home).grantExchange(kClerk).code(), ErrorCode::PermissionDenied);

    homeAs(kAdmin, kAdminPassphrase);
    ASSERT_TRUE(app::AccountService(*m_home).grantExchange(kClerk).ok());
    auto users = app::AccountService(*m_home).users();
    ASSERT_TRUE(users.ok());
    for (const UserRecord& u : *users)
        EXPECT_EQ(u.signsAsHome, u.name == kAdmin || u.name == kClerk) << u.name.toStdString();
    const QByteArray clerkCopy = holderColumn(kClerk, "sealed_key");
    const QByteArray keyIdBefore = holderColumn(kAdmin, "key_id");
    ASSERT_EQ(clerkCopy.size(), 80);

    // With the right she exports, the laptop takes it, and she imports the laptop's answer.
    homeAs(kClerk, kClerkPass);
    install(exportCell(QStringLiteral("c2.orecpkg")));
    editOnField(QStringLiteral("hai"));
    importAll(exportReturn(QStringLiteral("r2.orecpkg")));
    if (HasFatalFailure())
        return;

    homeAs(kAdmin, kAdminPassphrase);
    ASSERT_TRUE(app::AccountService(*m_home).revokeExchange(kClerk).ok());
    EXPECT_FALSE(holds(kClerk));
    EXPECT_TRUE(holderColumn(kClerk, "user_name").isEmpty()) << "her sealed copy is still there";
    EXPECT_NE(holderColumn(kAdmin, "key_id"), keyIdBefore) << "the wrapping key was not replaced";
    // The copy she may have kept opens the old wrapping key, which opens nothing stored now.
    const KeyStore::Unwrapped own = slotKeys(kClerk, kClerkPass);
    auto oldKey = crypto::openSealed(clerkCopy, own.boxPublicKey, own.boxSecretKey);
    ASSERT_TRUE(oldKey.ok());
    auto stored =
        homeDb().connection().prepare("SELECT sign_public, sign_secret_sealed FROM exchange_identity");
    ASSERT_TRUE(stored.ok());
    while (*stored->step())
        EXPECT_FALSE(vault::openSecret(*oldKey, homeDb().databaseId(), VaultSecret::SigningKey,
                                       stored->blob(0), stored->blob(1))
                         .ok());
    expectCheckPasses(homeDb(), "after the revocation");

    homeAs(kClerk, kClerkPass);
    auto refused =
        homeExchange().exportCellPackage(QStringLiteral("CB-JP-01"), m_dir.file(QStringLiteral("x.orecpkg")));
    EXPECT_EQ(refused.code(), ErrorCode::PermissionDenied);
    // The last holder cannot be revoked: nobody could sign any more.
    homeAs(kAdmin, kAdminPassphrase);
    EXPECT_EQ(app::AccountService(*m_home).revokeExchange(kAdmin).code(), ErrorCode::Invalid);
    install(exportCell(QStringLiteral("c3.orecpkg")));
    expectCheckPasses(homeDb(), "home");
}

TEST_F(HomeKeysTest, AHolderWhoChangesHerPassphraseKeepsTheRightAResetDropsIt)
{
    firstExchange();
    if (HasFatalFailure())
        return;
    addUser(kClerk, Role::Clerk, kClerkPass);
    ASSERT_TRUE(app::AccountService(*m_home).grantExchange(kClerk).ok());
    const QString newPass = QStringLiteral("Mật khẩu mới của Lan 2027");
    homeAs(kClerk, kClerkPass);
    ASSERT_TRUE(app::AccountService(*m_home).changeOwnPassphrase(kClerkPass, newPass).ok());
    EXPECT_TRUE(holds(kClerk));
    EXPECT_TRUE(homeExchange().signingRight()->holds) << "in the same session, with the new key";
    homeAs(kClerk, newPass);
    EXPECT_TRUE(homeExchange().signingRight()->holds);
    install(exportCell(QStringLiteral("c2.orecpkg")));
    expectCheckPasses(homeDb(), "after her change");

    // An administrator's reset: the copy went with her old key, until it is granted again.
    homeAs(kAdmin, kAdminPassphrase);
    ASSERT_TRUE(app::AccountService(*m_home).resetPassphrase(kClerk, kClerkPass).ok());
    EXPECT_FALSE(holds(kClerk));
    EXPECT_TRUE(holderColumn(kClerk, "user_name").isEmpty());
    homeAs(kClerk, kClerkPass);
    EXPECT_FALSE(homeExchange().signingRight()->holds);
    homeAs(kAdmin, kAdminPassphrase);
    ASSERT_TRUE(app::AccountService(*m_home).grantExchange(kClerk).ok());
    homeAs(kClerk, kClerkPass);
    install(exportCell(QStringLiteral("c3.orecpkg")));
    expectCheckPasses(homeDb(), "after the reset and the new grant");
}

TEST_F(HomeKeysTest, AnAuditorNeverSignsAndRolesCarryTheDefault)
{
    firstExchange();
    if (HasFatalFailure())
        return;
    addUser(kAuditor, Role::Auditor, kAuditorPass);
    addUser(QStringLiteral("phong"), Role::Admin, kClerkPass);
    addUser(kClerk, Role::Clerk, kClerkPass);
    app::AccountService accounts(*m_home);
    EXPECT_EQ(accounts.grantExchange(kAuditor).code(), ErrorCode::Invalid);
    EXPECT_TRUE(holds(QStringLiteral("phong"))) << "a new administrator signs as home by default";
    // A clerk made administrator gets the default; an administrator made auditor loses it.
    ASSERT_TRUE(accounts.setRole(kClerk, Role::Admin).ok());
    EXPECT_TRUE(holds(kClerk));
    ASSERT_TRUE(accounts.setRole(QStringLiteral("phong"), Role::Auditor).ok());
    EXPECT_FALSE(holds(QStringLiteral("phong")));
    ASSERT_TRUE(accounts.removeUser(kClerk).ok());
    EXPECT_TRUE(holderColumn(kClerk, "user_name").isEmpty());
    expectCheckPasses(homeDb(), "home");

    homeAs(kAuditor, kAuditorPass);
    auto preview = homeExchange().previewImport(m_dir.file(QStringLiteral("r1.orecpkg")));
    EXPECT_EQ(preview.code(), ErrorCode::PermissionDenied);
    auto right = homeExchange().signingRight();
    ASSERT_TRUE(right.ok());
    EXPECT_FALSE(right->holds);
    EXPECT_TRUE(right->refusal.contains(QStringLiteral("auditors never"))) << right->refusal.toStdString();
}

TEST_F(HomeKeysTest, TheRecoveryKeyGivesTheAdministratorTheRightBack)
{
    firstExchange();
    if (HasFatalFailure())
        return;
    const QString path = homeDb().path();
    m_home.reset();
    const QString newPass = QStringLiteral("Quản trị quên mật khẩu 2027");
    auto recovered =
        app::AccountService::recover(path, m_homeRecoveryKey, kAdmin, newPass, fastOptions(&m_clock));
    ASSERT_TRUE(recovered.ok()) << recovered.error().toString().toStdString();
    recovered->reset();
    homeAs(kAdmin, newPass);
    EXPECT_TRUE(holds(kAdmin));
    install(exportCell(QStringLiteral("c2.orecpkg")));
    // A new recovery key takes over the old one's copy.
    auto rekeyed = app::AccountService(*m_home).rotateKeys();
    ASSERT_TRUE(rekeyed.ok()) << rekeyed.error().toString().toStdString();
    auto next = RecoveryKey::parse(*rekeyed);
    ASSERT_TRUE(next.ok());
    const QByteArray recoveryBox =
        crypto::boxPublicKeyOfSigningPublicKey(crypto::publicKeyOfSigningKey(next->deriveSigningKey()));
    EXPECT_EQ(holderColumn(ExchangeKeyVault::recoveryHolder(), "box_key"), recoveryBox);
    expectCheckPasses(homeDb(), "home");

    // An administrator whose copy went with a reset gets it back from the (new) recovery key too.
    addUser(QStringLiteral("phong"), Role::Admin, kClerkPass);
    homeAs(QStringLiteral("phong"), kClerkPass);
    ASSERT_TRUE(app::AccountService(*m_home).resetPassphrase(kAdmin, kAdminPassphrase).ok());
    EXPECT_FALSE(holds(kAdmin));
    m_home.reset();
    const QString thirdPass = QStringLiteral("Quản trị lấy lại quyền 2028");
    auto again = app::AccountService::recover(path, *rekeyed, kAdmin, thirdPass, fastOptions(&m_clock));
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    again->reset();
    homeAs(kAdmin, thirdPass);
    EXPECT_TRUE(holds(kAdmin));
    EXPECT_TRUE(homeExchange().signingRight()->holds);
    install(exportCell(QStringLiteral("c3.orecpkg")));
    expectCheckPasses(homeDb(), "after the second recovery");
}

} // namespace
} // namespace orec::test
