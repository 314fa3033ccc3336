// What the tests of home's exchange keys share: users of home's database taking turns at it, a full
// exchange with the laptop, and the insider's tools (the stock `sqlcipher` shell with the data key, the
// keys of their own slot).
#pragma once

#include "app/account_service.h"
#include "core/crypto.h"
#include "exchange/exchange_store.h"
#include "exchange/package_writer.h"
#include "exchange/payload_codec.h"
#include "exchange_fixture.h"
#include "storage/exchange_key_vault.h"
#include "storage/key_store.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>

namespace orec::test {

inline const QString kClerk = QStringLiteral("lan");
inline const QString kClerkPass = QStringLiteral("Thư ký văn phòng Lan 2026");
inline const QString kAuditor = QStringLiteral("kiem");
inline const QString kAuditorPass = QStringLiteral("Kiểm tra viên đọc thôi 2026");

class HomeKeysFixture : public ExchangeFixture
{
protected:
    void addUser(const QString& name, Role role, const QString& pass)
    {
        Status added = app::AccountService(*m_home).addUser(name, role, pass);
        ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    }

    // Home's database opened by another of its users (one program at a time holds it).
    void homeAs(const QString& user, const QString& pass, const DatabaseOptions* options = nullptr)
    {
        const QString path = m_dir.file(QStringLiteral("home.orec"));
        m_home.reset();
        auto session =
            app::AccountService::unlock(path, user, pass, options ? *options : fastOptions(&m_clock));
        ASSERT_TRUE(session.ok()) << session.error().toString().toStdString();
        m_home = std::move(*session);
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

    // Enrolment, the first package, the laptop's first return package applied at home.
    void firstExchange()
    {
        const QString code = enrol(QStringLiteral("CB-JP-01"));
        initField(exportCell(QStringLiteral("c1.orecpkg")), code);
        importAll(exportReturn(QStringLiteral("r1.orecpkg")));
    }

    void expectCheckPasses(Database& db, const char* what)
    {
        auto report = db.check();
        ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
        EXPECT_TRUE(report->ok()) << what << ": " << report->audit.problem.toStdString() << " "
                                  << (report->audit.records.isEmpty()
                                          ? std::string()
                                          : report->audit.records.first().message.toStdString());
    }

    QString dataKeyHex()
    {
        const SecureBytes hex = homeDb().dataKey().toHex();
        return QString::fromLatin1(hex.chars(), static_cast<qsizetype>(hex.size()));
    }

    // What any user of the file has: the stock shell and the data key. The program's session is closed
    // first, as the insider would wait for it to be.
    QString shell(const QString& hexKey, const QString& sql)
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        QProcess p;
        p.start(program, {m_dir.file(QStringLiteral("home.orec"))});
        EXPECT_TRUE(p.waitForStarted());
        p.write(QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n%2\n")
                    .arg(hexKey, sql)
                    .toUtf8());
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        EXPECT_EQ(p.exitCode(), 0) << err.toStdString();
        EXPECT_FALSE(err.contains(QStringLiteral("Error"))) << err.toStdString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static bool haveShell() { return !QStandardPaths::findExecutable(QStringLiteral("sqlcipher")).isEmpty(); }

    // The keys of a user's own slot, which their passphrase opens.
    KeyStore::Unwrapped slotKeys(const QString& user, const QString& pass)
    {
        auto keys = KeyStore::load(KeyStore::slotFilePath(m_dir.file(QStringLiteral("home.orec"))));
        EXPECT_TRUE(keys.ok());
        auto opened = keys->unwrap(user, SecureBytes::fromUtf8(pass));
        EXPECT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        return std::move(*opened);
    }

    QByteArray holderColumn(const QString& user, const char* column)
    {
        auto s = homeDb().connection().prepare(std::string("SELECT ") + column +
                                               " FROM exchange_key_holders WHERE user_name = ?");
        if (!s)
            return {};
        s->bind(1, user);
        auto row = s->step();
        return row && *row ? s->blob(0) : QByteArray();
    }

    // An empty cell package for the laptop, made with the stock tools from what the register shows
    // anyone (home's party id, the key the laptop announced, the sequence) and signed by `signer`, whose
    // public keys the header names: what an insider who holds some signing key can send as home.
    QString forgeCellPackage(const exchange::Identity& signer, const QString& name)
    {
        exchange::ExchangeStore store(homeDb());
        auto peers = store.tables().peers();
        EXPECT_TRUE(peers.ok() && !peers->isEmpty());
        if (!peers || peers->isEmpty())
            return {};
        const ExchangePeer laptop = peers->first();
        auto sealTo = store.sealKeyFor(laptop);
        EXPECT_TRUE(sealTo.ok() && !sealTo->isEmpty());
        auto sequence = store.tables().sequence(laptop.id);
        EXPECT_TRUE(sequence.ok());
        if (!sealTo || !sequence)
            return {};
        exchange::PackageHeader header;
        header.kind = exchange::PackageKind::Cell;
        header.recipientId = laptop.identity.partyId;
        header.cellId = QUuid::fromString(laptop.cellUuid);
        header.sequence = sequence->lastSent + 1;
        header.acknowledged = sequence->lastReceived;
        header.createdAt = m_clock.nowUtc();
        header.nextKey = crypto::generateBoxKeyPair().publicKey;
        const QJsonObject payload{
            {QStringLiteral("cell_uuid"), laptop.cellUuid}, {QStringLiteral("units"), QJsonArray()},
            {QStringLiteral("members"), QJsonArray()},      {QStringLiteral("postings"), QJsonArray()},
            {QStringLiteral("transfers"), QJsonArray()},    {QStringLiteral("reports"), QJsonArray()}};
        auto bytes = exchange::sealPackage(
            header, exchange::encodePayload(payload, exchange::kCellPayloadSchema), signer, *sealTo);
        EXPECT_TRUE(bytes.ok());
        const QString path = m_dir.file(name);
        EXPECT_TRUE(bytes && exchange::writePackageFile(path, *bytes).ok());
        return path;
    }

    bool holds(const QString& user)
    {
        auto held = ExchangeKeyVault(homeDb()).holds(user);
        return held && *held;
    }
};

} // namespace orec::test
