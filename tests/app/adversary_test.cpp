// The insider: a co-worker who holds an account, so the data key (any slot gives it), and the stock
// `sqlcipher` shell. Each test attacks the register behind the program's back and shows that
// `orec check` (exit code 5) or the program itself detects or refuses it.
#include "app/account_service.h"
#include "storage/audit_log.h"
#include "storage/key_store.h"
#include "storage/record_binding.h"
#include "support/register_fixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kClerk = QStringLiteral("lan");
const QString kClerkPass = QStringLiteral("Thư ký văn phòng Lan 2026");
const QString kAuditor = QStringLiteral("kiem");
const QString kAuditorPass = QStringLiteral("Kiểm tra viên đọc thôi 2026");

QString sqlcipherShell()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
}

class AdversaryTest : public RegisterFixture
{
protected:
    void SetUp() override
    {
        RegisterFixture::SetUp();
        if (sqlcipherShell().isEmpty())
            GTEST_SKIP() << "the stock sqlcipher shell (Debian package sqlcipher) is not installed";
        m_a = addMember(QStringLiteral("Nguyễn Văn An"), QStringLiteral("01000111"));
        m_b = addMember(QStringLiteral("Trần Thị Bình"), QStringLiteral("01000222"));
        app::AccountService accounts(*m_session);
        ASSERT_TRUE(accounts.addUser(kClerk, Role::Clerk, kClerkPass).ok());
        ASSERT_TRUE(accounts.addUser(kAuditor, Role::Auditor, kAuditorPass).ok());
        m_path = m_session->database().path();
        // What every holder of a slot (or of the recovery key) can have: the data key.
        m_hexKey = QString::fromLatin1(m_session->database().dataKey().toHex().chars(),
                                       static_cast<qsizetype>(m_session->database().dataKey().size() * 2));
    }

    void closeSession()
    {
        m_service.reset();
        m_session.reset();
    }

    // Runs SQL in the stock shell with the data key, as the insider would.
    QString shell(const QString& sql)
    {
        closeSession();
        QProcess p;
        p.start(sqlcipherShell(), {m_path});
        EXPECT_TRUE(p.waitForStarted());
        const QString script =
            QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n%2\n")
                .arg(m_hexKey, sql);
        p.write(script.toUtf8());
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        EXPECT_EQ(p.exitCode(), 0) << err.toStdString();
        EXPECT_FALSE(err.contains(QStringLiteral("Error"))) << err.toStdString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    CliRun check(const QStringList& extra = {})
    {
        closeSession();
        QStringList args{QStringLiteral("--db"),   m_path,
                         QStringLiteral("--user"), kAdmin,
                         QStringLiteral("--lang"), QStringLiteral("en"),
                         QStringLiteral("check")};
        args += extra;
        return runCli(args, {{QStringLiteral("OREC_PASSPHRASE"), kAdminPassphrase}});
    }

    std::unique_ptr<Database> open(const QString& user = kAdmin, const QString& pass = kAdminPassphrase)
    {
        closeSession();
        return unlock(m_path, user, pass, fastOptions(&m_clock));
    }

    // The signing key an insider can take from their own slot with their own passphrase.
    SecureBytes ownSigningKey(const QString& user, const QString& pass)
    {
        auto keys = KeyStore::load(KeyStore::slotFilePath(m_path));
        EXPECT_TRUE(keys.ok());
        auto opened = keys->unwrap(user, SecureBytes::fromUtf8(pass));
        EXPECT_TRUE(opened.ok());
        return std::move(opened->signingKey);
    }

    // Appends an audit entry the way the program does (digest of the row as it is now, the chain's
    // format-2 hash) and, if a key is given, seals it: what a skilled insider can script.
    void forgeEntry(const QString& user, const QString& entity, const QString& entityId,
                    const QString& action, const SecureBytes* signingKey)
    {
        auto db = open();
        ASSERT_TRUE(db);
        sql::Connection& c = db->connection();
        auto head = db->auditLog().head();
        ASSERT_TRUE(head.ok());
        AuditEntry e;
        e.id = head->lastId + 1;
        e.at = QDateTime::currentDateTimeUtc();
        e.user = user;
        e.entity = entity;
        e.entityId = entityId;
        e.action = action;
        auto digest = RecordBinding(c).digestOf(entity, entityId);
        ASSERT_TRUE(digest.ok());
        e.digest = digest->value_or(QByteArray());
        const QByteArray hash = AuditLog::chainHash(head->lastHash, e, true);
        const QString sealSql =
            signingKey ? QStringLiteral("INSERT INTO audit_seal VALUES (%1, '%2', x'%3', x'%4');")
                             .arg(e.id)
                             .arg(user)
                             .arg(QString::fromLatin1(crypto::publicKeyOfSigningKey(*signingKey).toHex()))
                             .arg(QString::fromLatin1(
                                 crypto::signDetached(
                                     *signingKey, AuditLog::sealMessage(db->databaseId(), e.id, hash, user))
                                     .toHex()))
                       : QString();
        db.reset();
        shell(QStringLiteral(
                  "INSERT INTO audit_log (id, at, user_name, entity, entity_id, action, hash, digest) "
                  "VALUES (%1, '%2', '%3', '%4', '%5', '%6', x'%7', x'%8');"
                  "UPDATE audit_head SET last_id = %1, last_hash = x'%7';%9")
                  .arg(e.id)
                  .arg(e.at.toString(Qt::ISODateWithMs), user, entity, entityId, action,
                       QString::fromLatin1(hash.toHex()), QString::fromLatin1(e.digest.toHex()), sealSql));
    }

    Member m_a;
    Member m_b;
    QString m_path;
    QString m_hexKey;
};

TEST_F(AdversaryTest, AnUntouchedRegisterPassesTheCheck)
{
    const CliRun run = check();
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("each as its last audit entry says")))
        << run.out.toStdString();
}

TEST_F(AdversaryTest, AMemberEditedWithTheShellIsNamedByTableAndId)
{
    shell(QStringLiteral("UPDATE members SET full_name = 'Nguyễn Văn Ân' WHERE id = %1;").arg(m_a.id));
    const CliRun run = check();
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_TRUE(run.out.contains(QStringLiteral("members row %1 (%2)").arg(m_a.id).arg(m_a.uuid)))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("changed behind the program's back")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("members row %1 ").arg(m_b.id)));
}

TEST_F(AdversaryTest, AMemberDeletedWithTheShellIsReported)
{
    shell(QStringLiteral("DELETE FROM member_search WHERE docid = %1; DELETE FROM members WHERE id = %1;")
              .arg(m_b.id));
    const CliRun run = check();
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_TRUE(run.out.contains(QStringLiteral("members record %1 is missing").arg(m_b.uuid)))
        << run.out.toStdString();
}

TEST_F(AdversaryTest, AMemberInsertedWithTheShellHasNoAuditEntry)
{
    shell(QStringLiteral(
        "INSERT INTO members (uuid, version, full_name, name_sort, name_folded, gender, under_disciplinary_review, "
        "updated_at) VALUES ('11111111-2222-3333-4444-555555555555', 1, 'Người Lạ', x'00', 'nguoi la', "
        "'unspecified', 0, '2026-01-01');"));
    const CliRun run = check();
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_TRUE(run.out.contains(QStringLiteral("(11111111-2222-3333-4444-555555555555) has no audit entry")))
        << run.out.toStdString();
}

TEST_F(AdversaryTest, AnEditWithAnUnsignedAuditEntryIsReported)
{
    shell(QStringLiteral("UPDATE members SET phone = '0900000000' WHERE id = %1;").arg(m_a.id));
    forgeEntry(kAdmin, QStringLiteral("member"), m_a.uuid, QStringLiteral("update"), nullptr);
    const CliRun run = check();
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_TRUE(run.out.contains(QStringLiteral("are not signed"))) << run.out.toStdString();
}

TEST_F(AdversaryTest, AnInsiderCannotSignAsAnotherUser)
{
    // The clerk signs with her own key but names the administrator as the signer.
    const SecureBytes clerkKey = ownSigningKey(kClerk, kClerkPass);
    shell(QStringLiteral("UPDATE members SET phone = '0911111111' WHERE id = %1;").arg(m_a.id));
    forgeEntry(kAdmin, QStringLiteral("member"), m_a.uuid, QStringLiteral("update"), nullptr);
    // Re-seal: signer 'quantri' with the clerk's key.
    auto db = open();
    auto head = db->auditLog().head();
    const QByteArray sig = crypto::signDetached(
        clerkKey, AuditLog::sealMessage(db->databaseId(), head->lastId, head->lastHash, kAdmin));
    db.reset();
    shell(QStringLiteral("INSERT INTO audit_seal VALUES (%1, '%2', x'%3', x'%4');")
              .arg(head->lastId)
              .arg(kAdmin)
              .arg(QString::fromLatin1(crypto::publicKeyOfSigningKey(clerkKey).toHex()))
              .arg(QString::fromLatin1(sig.toHex())));
    const CliRun run = check();
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_TRUE(run.out.contains(QStringLiteral("with a key that is not theirs"))) << run.out.toStdString();
}

TEST_F(AdversaryTest, AnAuditorSigningAChangeAsThemselvesIsBeyondTheirRole)
{
    const SecureBytes auditorKey = ownSigningKey(kAuditor, kAuditorPass);
    shell(QStringLiteral("UPDATE members SET notes = 'sửa lén' WHERE id = %1;").arg(m_a.id));
    forgeEntry(kAuditor, QStringLiteral("member"), m_a.uuid, QStringLiteral("update"), &auditorKey);
    const CliRun run = check();
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_TRUE(
        run.out.contains(QStringLiteral("was made by kiem, whose role (auditor) does not allow it")) ||
        run.out.contains(QStringLiteral("was made by kiem, whose role")))
        << run.out.toStdString();
}

TEST_F(AdversaryTest, AClerkSigningHerOwnEditIsAccountableNotHidden)
{
    // Within her rights, signed as herself: the check passes and the log names her.
    const SecureBytes clerkKey = ownSigningKey(kClerk, kClerkPass);
    shell(QStringLiteral("UPDATE members SET notes = 'ghi chú' WHERE id = %1;").arg(m_a.id));
    forgeEntry(kClerk, QStringLiteral("member"), m_a.uuid, QStringLiteral("update"), &clerkKey);
    const CliRun run = check();
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString();
    auto db = open();
    AuditFilter mine;
    mine.user = kClerk;
    mine.entity = QStringLiteral("member");
    mine.entityId = m_a.uuid;
    auto entries = db->auditLog().query(mine);
    ASSERT_TRUE(entries.ok());
    ASSERT_FALSE(entries->isEmpty());
    EXPECT_EQ(entries->first().user, kClerk);
}

TEST_F(AdversaryTest, AnOldEntryRewrittenWithTheChainRecomputedBreaksTheSignatures)
{
    // Rewrite the entry that created member A and recompute every later hash and the head.
    auto db = open();
    auto all = db->auditLog().entriesAfter(0);
    ASSERT_TRUE(all.ok());
    QString sql;
    QByteArray previous(32, '\0');
    bool rewritten = false;
    for (AuditEntry e : *all) {
        if (!rewritten && e.entity == QLatin1String("member") && e.entityId == m_a.uuid) {
            e.afterJson.replace(QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nguyễn Văn Anh"));
            rewritten = true;
            sql += QStringLiteral("UPDATE audit_log SET after_json = '%1' WHERE id = %2;")
                       .arg(e.afterJson)
                       .arg(e.id);
        }
        e.hash = AuditLog::chainHash(previous, e, true);
        if (rewritten)
            sql += QStringLiteral("UPDATE audit_log SET hash = x'%1' WHERE id = %2;")
                       .arg(QString::fromLatin1(e.hash.toHex()))
                       .arg(e.id);
        previous = e.hash;
    }
    ASSERT_TRUE(rewritten);
    sql +=
        QStringLiteral("UPDATE audit_head SET last_hash = x'%1';").arg(QString::fromLatin1(previous.toHex()));
    db.reset();
    shell(sql);
    const CliRun run = check();
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_TRUE(run.out.contains(QStringLiteral("were changed after they were signed")))
        << run.out.toStdString();
}

TEST_F(AdversaryTest, HistoryCutBackIsCaughtByTheCheckpointKeptOnPaper)
{
    // A last change, then the checkpoint the committee writes down.
    const Member c = addMember(QStringLiteral("Lê Văn Cường"), QStringLiteral("01000333"));
    auto db = open();
    AuditFilter ofC;
    ofC.entity = QStringLiteral("member");
    ofC.entityId = c.uuid;
    const qint64 before = db->auditLog().query(ofC)->first().id;
    db.reset();
    closeSession();
    const CliRun cp = runCli({QStringLiteral("--db"), m_path, QStringLiteral("--user"), kAdmin,
                              QStringLiteral("audit"), QStringLiteral("checkpoint")},
                             {{QStringLiteral("OREC_PASSPHRASE"), kAdminPassphrase}});
    ASSERT_EQ(cp.exitCode, 0) << cp.err.toStdString();
    const QString code = cp.out.trimmed();
    EXPECT_EQ(check({QStringLiteral("--checkpoint"), code}).exitCode, 0);

    // The insider removes member C and every audit entry from its creation on, and resets the head
    // to the entry before: the log and the records agree again.
    db = open();
    auto previous = db->auditLog().entry(before - 1);
    ASSERT_TRUE(previous.ok() && previous->has_value());
    db.reset();
    shell(QStringLiteral("DELETE FROM member_search WHERE docid = %1; DELETE FROM members WHERE id = %1;"
                         "DELETE FROM audit_log WHERE id >= %2; DELETE FROM audit_seal WHERE audit_id >= %2;"
                         "UPDATE audit_head SET last_id = %3, last_hash = x'%4';")
              .arg(c.id)
              .arg(before)
              .arg(before - 1)
              .arg(QString::fromLatin1((*previous)->hash.toHex())));
    // Without the checkpoint the shortened history is self-consistent: that is what it is for.
    EXPECT_EQ(check().exitCode, 0);
    const CliRun run = check({QStringLiteral("--checkpoint"), code});
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_TRUE(run.out.contains(QStringLiteral("it was cut back since the checkpoint was taken")))
        << run.out.toStdString();
}

TEST_F(AdversaryTest, AUserAddedWithTheShellIsNotTrusted)
{
    const crypto::SignKeyPair ghost = crypto::generateSignKeyPair();
    shell(QStringLiteral("INSERT INTO users (uuid, name, role, created_at, signing_key) VALUES "
                         "('99999999-0000-0000-0000-000000000000', 'ghost', 'admin', '2026-01-01', x'%1');")
              .arg(QString::fromLatin1(ghost.publicKey.toHex())));
    shell(QStringLiteral("UPDATE members SET notes = 'ghost' WHERE id = %1;").arg(m_b.id));
    forgeEntry(QStringLiteral("ghost"), QStringLiteral("member"), m_b.uuid, QStringLiteral("update"),
               &ghost.secretKey);
    const CliRun run = check();
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_TRUE(run.out.contains(QStringLiteral("users row"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("signed by ghost, who is not a user")))
        << run.out.toStdString();
}

TEST_F(AdversaryTest, AfterAFailedCheckNothingCanBeWritten)
{
    shell(QStringLiteral("UPDATE members SET full_name = 'Sửa lén' WHERE id = %1;").arg(m_a.id));
    auto db = open();
    auto report = db->check(Database::CheckOptions{});
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->ok());
    const auto before = tableChecksums(*db);
    app::Session session(std::move(db));
    app::RegisterService service(session);
    Member b = m_b;
    b.phone = QStringLiteral("0123456789");
    auto updated = service.updateMember(b);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().code, ErrorCode::Corrupt);
    EXPECT_EQ(tableChecksums(session.database()), before);
}

TEST_F(AdversaryTest, TheKeyFileChangedByHandIsRefused)
{
    closeSession();
    QFile file(KeyStore::slotFilePath(m_path));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    root.insert(QStringLiteral("slot_id_salt"), QString::fromLatin1(QByteArray(32, 'x').toBase64()));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    // The salt changed, so no slot is found by name: unlock fails without opening anything.
    EXPECT_EQ(check().exitCode, 3);
}

TEST_F(AdversaryTest, ADatabasePutBackOlderThanItsKeyFileIsReported)
{
    closeSession();
    const QString old = m_path + QStringLiteral(".old");
    ASSERT_TRUE(QFile::copy(m_path, old));
    {
        auto db = open();
        app::Session session(std::move(db));
        app::AccountService accounts(session);
        ASSERT_TRUE(
            accounts.addUser(QStringLiteral("hoa"), Role::Clerk, QStringLiteral("Mật khẩu của Hoa 2026"))
                .ok());
        ASSERT_TRUE(
            accounts.addUser(QStringLiteral("minh"), Role::Clerk, QStringLiteral("Mật khẩu của Minh 2026"))
                .ok());
    }
    ASSERT_TRUE(QFile::remove(m_path));
    ASSERT_TRUE(QFile::copy(old, m_path));
    const CliRun run = check();
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_TRUE(run.err.contains(QStringLiteral("older than its key file"))) << run.err.toStdString();
}

TEST(ReleaseCli, HasNoFastKdfOptionAndRefusesCheapSlots)
{
    QString release = qEnvironmentVariable("OREC_RELEASE_CLI_BIN");
    if (release.isEmpty())
        release = QStringLiteral(OREC_RELEASE_CLI_PATH);
    TempDir dir;
    const QString path = dir.file(QStringLiteral("r.orec"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OREC_PASSPHRASE"), kAdminPassphrase);
    p.setProcessEnvironment(env);
    p.start(release, {QStringLiteral("--db"), path, QStringLiteral("--user"), kAdmin,
                      QStringLiteral("--insecure-fast-kdf-for-tests"), QStringLiteral("init")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 1);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardError())
                    .contains(QStringLiteral("--insecure-fast-kdf-for-tests")));
    EXPECT_FALSE(QFile::exists(path));

    // A file whose slots are cheap (as the tests make them) is refused by the release program.
    createDatabase(path);
    p.start(release, {QStringLiteral("--db"), path, QStringLiteral("--user"), kAdmin,
                      QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 5);
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("below the minimum")));
}

} // namespace
