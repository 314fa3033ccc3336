// Home's exchange keys across an upgrade (schema 9 kept them under the data key alone: the migration seals
// them to the administrators and the recovery key, and no page of the file keeps the clear copies), and
// new home keys after a revocation (what a clerk who copied the old keys can still do, and when it stops).
#include "exchange/exchange_store.h"
#include "home_keys_support.h"
#include "storage/migrations.h"

#include <QFile>

namespace orec::test {
namespace {

QString hexOf(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QByteArray bytesOf(const SecureBytes& secret)
{
    return QByteArray(secret.chars(), static_cast<qsizetype>(secret.size()));
}

// Every page of the file decrypted with the data key, free pages included, as an insider would with
// the stock `openssl` (SQLCipher 3.4.1: AES-256-CBC under the raw key, 4096-byte pages, a 48-byte
// reserve that starts with the page's IV; page 1 starts with the 16-byte salt). One ECB pass, then the
// CBC chaining by hand, so that one process decrypts them all. Empty when openssl is missing.
QByteArray decryptedPages(const QString& path, const SecureBytes& dataKey)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QFile file(path);
    if (openssl.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray raw = file.readAll();
    constexpr int kPage = 4096;
    constexpr int kReserve = 48;
    QByteArray cipher;
    QList<QPair<int, QByteArray>> spans; // per page: start offset and IV
    for (qsizetype at = 0; at + kPage <= raw.size(); at += kPage) {
        const int start = at == 0 ? 16 : 0;
        spans.append({start, raw.mid(at + kPage - kReserve, 16)});
        cipher += raw.mid(at + start, kPage - kReserve - start);
    }
    QProcess p;
    p.start(openssl, {QStringLiteral("enc"), QStringLiteral("-d"), QStringLiteral("-aes-256-ecb"),
                      QStringLiteral("-nopad"), QStringLiteral("-K"), hexOf(bytesOf(dataKey))});
    if (!p.waitForStarted())
        return {};
    p.write(cipher);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    const QByteArray ecb = p.readAllStandardOutput();
    if (ecb.size() != cipher.size())
        return {};
    QByteArray plain(ecb.size(), '\0');
    qsizetype offset = 0;
    for (const auto& [start, iv] : std::as_const(spans)) {
        const int length = kPage - kReserve - start;
        QByteArray previous = iv;
        for (int block = 0; block < length; block += 16) {
            for (int i = 0; i < 16; ++i)
                plain[offset + block + i] = static_cast<char>(ecb[offset + block + i] ^ previous[i]);
            previous = cipher.mid(offset + block, 16);
        }
        offset += length;
    }
    return plain;
}

class HomeKeysUpgradeTest : public HomeKeysFixture
{
protected:
    // Home's register is made by the version before the vault, as every register in use was.
    DatabaseOptions homeOptions() override
    {
        DatabaseOptions old = fastOptions(&m_clock);
        old.schemaVersion = ExchangeKeyVault::schemaVersion() - 1;
        return old;
    }
};

TEST_F(HomeKeysUpgradeTest, TheUpgradeSealsTheKeysToTheAdministratorsAndLeavesNoClearCopy)
{
    ASSERT_LT(*schemaVersion(homeDb().connection()), ExchangeKeyVault::schemaVersion());
    firstExchange();
    if (HasFatalFailure())
        return;
    install(exportCell(QStringLiteral("c2.orecpkg")));
    addUser(QStringLiteral("phong"), Role::Admin, kClerkPass);
    addUser(kClerk, Role::Clerk, kClerkPass);
    addUser(kAuditor, Role::Auditor, kAuditorPass);
    // The secrets as the old schema keeps them: plain columns any user reads with the data key.
    QList<QByteArray> secrets;
    {
        exchange::ExchangeStore store(homeDb());
        auto me = store.identity();
        ASSERT_TRUE(me.ok() && me->has_value());
        secrets
            << bytesOf((*me)->signSecret()).left(32); // the seed; the long-term box key is retired (zeros)
        ASSERT_EQ(bytesOf((*me)->boxSecret()), QByteArray(32, '\0'));
        auto received = store.tables().receiveKeys();
        ASSERT_TRUE(received.ok() && !received->empty());
        for (const ExchangeReceiveKey& key : *received)
            secrets << bytesOf(key.boxSecret);
    }
    const QString path = homeDb().path();
    const SecureBytes dataKey = homeDb().dataKey().clone();
    m_home.reset();
    {
        const QByteArray before = decryptedPages(path, dataKey);
        if (before.isEmpty())
            GTEST_SKIP() << "openssl is not installed";
        ASSERT_TRUE(before.contains(secrets.first())) << "the pages were not decrypted right";
    }

    // A clerk opens it first with this version: the upgrade needs nobody's secret.
    homeAs(kClerk, kClerkPass);
    EXPECT_EQ(*schemaVersion(homeDb().connection()), latestSchemaVersion());
    EXPECT_TRUE(holds(kAdmin));
    EXPECT_TRUE(holds(QStringLiteral("phong")));
    EXPECT_FALSE(holds(kClerk));
    EXPECT_FALSE(holds(kAuditor));
    EXPECT_TRUE(*ExchangeKeyVault(homeDb()).recoveryHolds());
    EXPECT_FALSE(homeExchange().signingRight()->holds);
    expectCheckPasses(homeDb(), "after the upgrade, as the clerk");
    m_home.reset();

    // No page of the file, free or in use, holds a secret in clear any more; the sealed ones are there.
    const QByteArray after = decryptedPages(path, dataKey);
    ASSERT_TRUE(after.contains("exchange_key_holders")) << "the pages were not decrypted right";
    for (const QByteArray& secret : std::as_const(secrets))
        EXPECT_FALSE(after.contains(secret)) << "a page still holds " << hexOf(secret.left(4)).toStdString();

    // Both administrators sign as home and the exchange goes on.
    homeAs(QStringLiteral("phong"), kClerkPass);
    EXPECT_TRUE(homeExchange().signingRight()->holds);
    install(exportCell(QStringLiteral("c3.orecpkg")));
    homeAs(kAdmin, kAdminPassphrase);
    importAll(exportReturn(QStringLiteral("r3.orecpkg")));
    expectCheckPasses(homeDb(), "home, after exchanging");
    expectCheckPasses(fieldDb(), "laptop");
}

class HomeKeysRotationTest : public HomeKeysFixture
{};

TEST_F(HomeKeysRotationTest, NewHomeKeysMakeTheKeysARevokedClerkCopiedUseless)
{
    firstExchange();
    if (HasFatalFailure())
        return;
    addUser(kClerk, Role::Clerk, kClerkPass);
    ASSERT_TRUE(app::AccountService(*m_home).grantExchange(kClerk).ok());

    // While she holds the right she can take home's keys out of the program's memory.
    homeAs(kClerk, kClerkPass);
    exchange::Identity copied;
    {
        auto me = exchange::ExchangeStore(homeDb()).identity();
        ASSERT_TRUE(me.ok() && me->has_value());
        copied = std::move(**me);
    }
    homeAs(kAdmin, kAdminPassphrase);
    ASSERT_TRUE(app::AccountService(*m_home).revokeExchange(kClerk).ok());

    // Revoking alone does not stop the keys she copied: they are still the ones the laptop trusts.
    {
        auto home = ExchangeRepository(fieldDb()).homePeer();
        ASSERT_TRUE(home.ok() && home->has_value());
        EXPECT_EQ((*home)->identity.signPublic, copied.publicIdentity().signPublic);
    }

    // New keys: the next package is signed with the old ones and announces the new.
    auto rotated = homeExchange().rotateHomeKeys();
    ASSERT_TRUE(rotated.ok()) << rotated.error().toString().toStdString();
    EXPECT_NE(rotated->oldFingerprint, rotated->newFingerprint);
    EXPECT_EQ(rotated->laptopsToTell, 1);
    expectCheckPasses(homeDb(), "after the rotation");
    install(exportCell(QStringLiteral("c2.orecpkg")));
    // The laptop says it has them; from then on home signs with the new keys only, and the old are gone.
    importAll(exportReturn(QStringLiteral("r2.orecpkg")));
    EXPECT_EQ(*homeDb().connection().queryInt("SELECT count(*) FROM exchange_identity"), 1);
    install(exportCell(QStringLiteral("c3.orecpkg")));
    if (HasFatalFailure())
        return;
    {
        exchange::ExchangeStore fieldStore(fieldDb());
        auto home = fieldStore.tables().homePeer();
        ASSERT_TRUE(home.ok() && home->has_value());
        EXPECT_EQ(exchange::fingerprint((*home)->identity), rotated->newFingerprint);
    }

    // What she copied signs nothing the laptop accepts any more.
    const QString forged = forgeCellPackage(copied, QStringLiteral("forged-2.orecpkg"));
    const Snapshot before = checksums();
    exchange::PackageProblem problem = exchange::PackageProblem::None;
    auto installed = fieldExchange().installCellPackage(forged, &problem);
    ASSERT_FALSE(installed.ok());
    EXPECT_EQ(problem, exchange::PackageProblem::UnknownSender);
    expectUnchanged(before, "a package signed with the copied keys");

    // A clerk may not make new keys, even one who held the right.
    homeAs(kClerk, kClerkPass);
    EXPECT_EQ(homeExchange().rotateHomeKeys().code(), ErrorCode::PermissionDenied);
    homeAs(kAdmin, kAdminPassphrase);
    expectCheckPasses(homeDb(), "home");
    expectCheckPasses(fieldDb(), "laptop");
}

} // namespace
} // namespace orec::test
