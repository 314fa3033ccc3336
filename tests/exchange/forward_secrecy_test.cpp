// Keys that rotate with every acknowledged exchange: a copy of either database taken after exchange n+1
// holds no key, of any kind, that opens a package of exchange n, while the current package still opens.
#include "core/crypto.h"
#include "exchange/enrolment.h"
#include "exchange/exchange_store.h"
#include "exchange/package_reader.h"
#include "exchange_fixture.h"
#include "storage/exchange_repository.h"
#include "storage/key_store.h"
#include "storage/member_repository.h"

#include <QFile>
#include <sodium.h>

namespace orec::test {
namespace {

class ForwardSecrecyTest : public ExchangeFixture
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

    void importAll(const QString& path)
    {
        auto plan = homeExchange().previewImport(path);
        ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();
        plan->resolveAll(exchange::Resolution::TakeCell);
        auto applied = homeExchange().applyImport(*plan);
        ASSERT_TRUE(applied.ok()) << applied.error().toString().toStdString();
    }

    void install(const QString& path)
    {
        auto installed = fieldExchange().installCellPackage(path);
        ASSERT_TRUE(installed.ok()) << installed.error().toString().toStdString();
    }

    // What someone who seizes the machine (and learns the passphrase) has: a copy of the database's
    // files, opened on its own.
    std::unique_ptr<Database> seizedCopy(Database& db, const QString& name, const QString& user)
    {
        const QString copy = m_dir.file(name);
        EXPECT_TRUE(QFile::copy(db.path(), copy));
        EXPECT_TRUE(QFile::copy(KeyStore::slotFilePath(db.path()), KeyStore::slotFilePath(copy)));
        return unlock(copy, user, kAdminPassphrase, fastOptions(&m_clock));
    }

    // Every key the copy could hold, of any kind: each 32-byte value of every table read as an X25519
    // secret and as an enrolment key (what it derives), each 64-byte value as an Ed25519 secret turned
    // into its X25519 form; and, since the seizer has the passphrase, every secret the exchange keys'
    // holders open (storage/exchange_key_vault.h) read the same ways.
    static std::vector<crypto::BoxKeyPair> everySecretKey(Database& db)
    {
        std::vector<crypto::BoxKeyPair> keys;
        exchange::ExchangeStore store(db);
        if (auto received = store.tables().receiveKeys()) {
            for (ExchangeReceiveKey& key : *received)
                keys.push_back(crypto::BoxKeyPair{key.boxPublic, std::move(key.boxSecret)});
        }
        if (auto me = store.identity(); me && *me) {
            keys.push_back(crypto::BoxKeyPair{(*me)->publicIdentity().boxPublic, (*me)->boxSecret().clone()});
            keys.push_back(crypto::boxKeyPairOfSigningKey((*me)->signSecret()));
        }
        if (auto peers = store.tables().peers()) {
            for (const ExchangePeer& peer : *peers) {
                auto enrolment = store.tables().enrolmentKey(peer.id);
                if (enrolment && !enrolment->empty())
                    keys.push_back(exchange::enrolmentBoxKeys(*enrolment));
            }
        }
        const auto addSecret = [&](const unsigned char* secret) {
            crypto::BoxKeyPair pair;
            pair.secretKey = SecureBytes(secret, 32);
            pair.publicKey = QByteArray(32, '\0');
            crypto_scalarmult_base(reinterpret_cast<unsigned char*>(pair.publicKey.data()), secret);
            keys.push_back(std::move(pair));
        };
        sql::Connection& c = db.connection();
        auto tables = c.prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
        QStringList names;
        while (tables && *tables->step())
            names << tables->text(0);
        for (const QString& name : names) {
            auto rows = c.prepare("SELECT * FROM \"" + name.toStdString() + "\"");
            if (!rows)
                continue;
            while (*rows->step()) {
                for (int column = 0; column < rows->columnCount(); ++column) {
                    const QByteArray value = rows->blob(column);
                    const auto* bytes = reinterpret_cast<const unsigned char*>(value.constData());
                    if (value.size() == 32) {
                        addSecret(bytes);
                        keys.push_back(exchange::enrolmentBoxKeys(SecureBytes(bytes, 32)));
                    } else if (value.size() == 64) {
                        unsigned char curve[32];
                        if (crypto_sign_ed25519_sk_to_curve25519(curve, bytes) == 0)
                            addSecret(curve);
                        sodium_memzero(curve, sizeof curve);
                    }
                }
            }
        }
        return keys;
    }

    // Whether any of the keys opens the package and decrypts its content.
    static bool opensWithAny(const QString& path, const std::vector<crypto::BoxKeyPair>& keys)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        auto reader = exchange::PackageReader::open(file);
        if (!reader)
            return false;
        QList<exchange::CandidateKey> candidates;
        for (const crypto::BoxKeyPair& key : keys)
            candidates.append(exchange::CandidateKey{key.publicKey, &key.secretKey});
        auto unwrapped = reader->unwrap(candidates);
        if (!unwrapped)
            return false;
        return reader->decrypt(unwrapped->contentKey).ok();
    }

    int receiveKeyCount(Database& db)
    {
        auto n = db.connection().queryInt("SELECT count(*) FROM exchange_receive_keys");
        return n ? static_cast<int>(*n) : -1;
    }
};

TEST_F(ForwardSecrecyTest, DatabasesTakenAfterTheNextExchangeOpenNoOlderPackage)
{
    const QString code = enrol(QStringLiteral("CB-JP-01"));
    QStringList cell{exportCell(QStringLiteral("c1.orecpkg"))}; // cell[i]: home's package of exchange i+1
    initField(cell.first(), code);
    QStringList back; // back[i]: the laptop's package of exchange i+1
    ASSERT_EQ(*homeDb().connection().queryInt("PRAGMA secure_delete"), 1);
    ASSERT_EQ(*fieldDb().connection().queryInt("PRAGMA secure_delete"), 1);

    for (int n = 1; n <= 4; ++n) {
        SCOPED_TRACE(n);
        editOnField(QStringLiteral("ghi chú %1").arg(n));
        back << exportReturn(QStringLiteral("r%1.orecpkg").arg(n));
        importAll(back.last());
        if (HasFatalFailure())
            return;
        // Home after importing return n: return n opens, no earlier one does.
        {
            auto seized = seizedCopy(homeDb(), QStringLiteral("home-after-r%1.orec").arg(n), kAdmin);
            ASSERT_TRUE(seized);
            const auto keys = everySecretKey(*seized);
            EXPECT_TRUE(opensWithAny(back.last(), keys)) << "home cannot open the current return package";
            for (int old = 0; old + 1 < n; ++old)
                EXPECT_FALSE(opensWithAny(back.at(old), keys)) << "home still opens return " << old + 1;
        }
        EXPECT_LE(receiveKeyCount(homeDb()), 2);

        cell << exportCell(QStringLiteral("c%1.orecpkg").arg(n + 1));
        install(cell.last());
        if (HasFatalFailure())
            return;
        // The laptop after installing cell package n+1 (which acknowledges return n): that package
        // opens, no earlier one does, the first one (the enrolment code's) included.
        {
            auto seized = seizedCopy(fieldDb(), QStringLiteral("laptop-after-c%1.orec").arg(n + 1),
                                     QStringLiteral("bithu"));
            ASSERT_TRUE(seized);
            const auto keys = everySecretKey(*seized);
            EXPECT_TRUE(opensWithAny(cell.last(), keys)) << "the laptop cannot open the current cell package";
            for (int old = 0; old + 1 < cell.size(); ++old)
                EXPECT_FALSE(opensWithAny(cell.at(old), keys)) << "the laptop still opens cell " << old + 1;
        }
        EXPECT_LE(receiveKeyCount(fieldDb()), 2);
    }
    // Neither side keeps a long-term X25519 secret that could open anything: no peer uses it.
    for (Database* db : {&homeDb(), &fieldDb()})
        EXPECT_EQ(*db->connection().queryInt(
                      "SELECT count(*) FROM exchange_identity WHERE box_secret_sealed IS NULL"),
                  1);
    // The enrolment key is gone from both sides.
    for (Database* db : {&homeDb(), &fieldDb()})
        EXPECT_EQ(
            *db->connection().queryInt("SELECT count(*) FROM exchange_peers WHERE enrolment_key IS NOT NULL"),
            0);
}

// Home sends and sends while the laptop is silent: its keys stop multiplying at the cap, and the first
// answer sealed to the newest one lets home drop all the others.
TEST_F(ForwardSecrecyTest, SilentPeerDoesNotMakeTheKeysGrow)
{
    const QString code = enrol(QStringLiteral("CB-JP-01"));
    initField(exportCell(QStringLiteral("c1.orecpkg")), code);
    editOnField(QStringLiteral("một"));
    importAll(exportReturn(QStringLiteral("r1.orecpkg")));
    QString last;
    for (int n = 2; n <= 14; ++n)
        last = exportCell(QStringLiteral("c%1.orecpkg").arg(n));
    EXPECT_EQ(receiveKeyCount(homeDb()), exchange::kMaxReceiveKeysPerPeer);
    install(last);
    editOnField(QStringLiteral("hai"));
    importAll(exportReturn(QStringLiteral("r2.orecpkg")));
    EXPECT_EQ(receiveKeyCount(homeDb()), 1);
}

// A pair that exchanged in format 1 has no short-lived key yet: its first package in format 2 is sealed
// to the other side's long-term key, which is wiped as soon as no peer can still use it.
TEST_F(ForwardSecrecyTest, PairFromFormatOneBridgesThroughTheLongTermKeyThenWipesIt)
{
    const QString code = enrol(QStringLiteral("CB-JP-01"));
    initField(exportCell(QStringLiteral("c1.orecpkg")), code);
    // As after the upgrade: the laptop knows home's long-term key only.
    ASSERT_TRUE(fieldDb().connection().exec("DELETE FROM exchange_peer_keys").ok());
    editOnField(QStringLiteral("một"));
    importAll(exportReturn(QStringLiteral("r1.orecpkg")));
    if (HasFatalFailure())
        return;
    EXPECT_EQ(*homeDb().connection().queryInt(
                  "SELECT count(*) FROM exchange_identity WHERE box_secret_sealed IS NULL"),
              1);
    install(exportCell(QStringLiteral("c2.orecpkg")));
    EXPECT_EQ(*fieldDb().connection().queryInt(
                  "SELECT count(*) FROM exchange_identity WHERE box_secret_sealed IS NULL"),
              1);
    editOnField(QStringLiteral("hai"));
    importAll(exportReturn(QStringLiteral("r2.orecpkg")));
}

} // namespace
} // namespace orec::test
