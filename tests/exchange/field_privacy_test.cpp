// What a seized field laptop gives away (docs/security.md "Field laptop"): an audit log without record
// bodies, a member who left the cell purged with everything of theirs once home acknowledged it, the
// acknowledged history pruned behind a signed anchor, and the decrypted file read table by table with
// the stock `sqlcipher` shell holding none of the member's names or numbers.
#include "app/attachment_service.h"
#include "app/register_service.h"
#include "core/crypto.h"
#include "exchange/exchange_store.h"
#include "exchange_fixture.h"
#include "storage/audit_log.h"
#include "storage/key_store.h"
#include "storage/member_repository.h"
#include "storage/posting_repository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace orec::test {
namespace {

QString sqlcipherShell()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
}

qint64 count(Database& db, const char* sql)
{
    auto n = db.connection().queryInt(sql);
    return n ? *n : -1;
}

class FieldPrivacyTest : public ExchangeFixture
{
protected:
    void SetUp() override
    {
        ExchangeFixture::SetUp();
        const QString code = enrol(QStringLiteral("CB-JP-01"));
        initField(exportCell(QStringLiteral("jp-1.orecpkg")), code);
        m_fieldPath = fieldDb().path();
        m_hexKey = QString::fromLatin1(fieldDb().dataKey().toHex().chars(),
                                       static_cast<qsizetype>(fieldDb().dataKey().size() * 2));
    }

    // Binh's stay ends: the secretary records it, home applies it and sends the cell again.
    exchange::InstallOutcome binhLeavesAndHomeAcknowledges()
    {
        app::RegisterService fieldRegister(*m_field);
        const QString postingUuid = PostingRepository(homeDb()).get(m_people.binhPostingId)->uuid;
        auto posting = PostingRepository(fieldDb()).findByUuid(postingUuid);
        EXPECT_TRUE(posting.ok() && posting->has_value());
        TransitionInput back;
        back.date = QDate(2026, 3, 28);
        auto returned = fieldRegister.applyTransition((*posting)->id, PostingTransition::ReturnHome, back);
        EXPECT_TRUE(returned.ok()) << returned.error().toString().toStdString();

        auto plan = homeExchange().previewImport(exportReturn(QStringLiteral("jp-r1.orecpkg")));
        EXPECT_TRUE(plan.ok()) << plan.error().toString().toStdString();
        auto applied = homeExchange().applyImport(*plan);
        EXPECT_TRUE(applied.ok()) << applied.error().toString().toStdString();
        // Home has her return report and closes the stay: Binh is no longer the cell's.
        {
            WriteScope scope(homeDb());
            EXPECT_TRUE(scope.status().ok());
            Posting closed = *PostingRepository(homeDb()).get(m_people.binhPostingId);
            EXPECT_EQ(closed.status, PostingStatus::Returned);
            closed.status = PostingStatus::Closed;
            closed.closedDate = QDate(2026, 3, 30);
            EXPECT_TRUE(PostingRepository(homeDb()).update(scope, closed).ok());
            EXPECT_TRUE(scope.commit().ok());
        }

        auto installed = fieldExchange().installCellPackage(exportCell(QStringLiteral("jp-2.orecpkg")));
        EXPECT_TRUE(installed.ok()) << installed.error().toString().toStdString();
        return installed.ok() ? *installed : exchange::InstallOutcome{};
    }

    // Runs SQL in the stock shell with the field database's data key, as whoever holds the laptop and
    // the key would.
    QString shell(const QString& sql)
    {
        m_field.reset();
        QProcess p;
        p.start(sqlcipherShell(), {m_fieldPath});
        EXPECT_TRUE(p.waitForStarted());
        p.write(QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n%2\n")
                    .arg(m_hexKey, sql)
                    .toUtf8());
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        EXPECT_EQ(p.exitCode(), 0) << err.toStdString();
        EXPECT_FALSE(err.contains(QStringLiteral("Error"))) << err.toStdString();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    void reopenField()
    {
        m_field.reset();
        auto db = unlock(m_fieldPath, QStringLiteral("bithu"), kAdminPassphrase, fastOptions(&m_clock));
        ASSERT_TRUE(db);
        m_field = std::make_unique<app::Session>(std::move(db));
    }

    // The dump of every table (FTS shadow tables, the audit log and the exchange's own tables
    // included), with each blob literal decoded so that text inside index segments is searched too.
    QByteArray decryptedDump()
    {
        const QString dump = shell(QStringLiteral(".dump"));
        EXPECT_TRUE(dump.contains(QStringLiteral("member_search_segments")));
        EXPECT_TRUE(dump.contains(QStringLiteral("INSERT INTO \"audit_log\"")) ||
                    dump.contains(QStringLiteral("INSERT INTO audit_log")));
        QByteArray all = dump.toUtf8();
        static const QRegularExpression blob(QStringLiteral("X'([0-9A-Fa-f]*)'"));
        for (auto it = blob.globalMatch(dump); it.hasNext();)
            all += '\n' + QByteArray::fromHex(it.next().captured(1).toLatin1());
        return all;
    }

    QString m_fieldPath;
    QString m_hexKey;
};

TEST_F(FieldPrivacyTest, FieldAuditLogKeepsIdsActionsAndFieldNamesOnly)
{
    // The install wrote every member of the cell; the secretary then edits one.
    app::RegisterService fieldRegister(*m_field);
    auto an = MemberRepository(fieldDb()).findByUuid(m_people.anUuid);
    ASSERT_TRUE(an.ok() && an->has_value());
    Member changed = **an;
    changed.phone = QStringLiteral("+81901112222");
    auto saved = fieldRegister.updateMember(changed);
    ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();

    auto entries = fieldDb().auditLog().query({});
    ASSERT_TRUE(entries.ok());
    bool sawFieldNames = false;
    for (const AuditEntry& e : *entries) {
        if (e.entity == QLatin1String("user") || e.entity == QLatin1String("database") ||
            e.entity == QLatin1String("key_slot") || e.entity == QLatin1String("audit"))
            continue;
        for (const QString& secret : m_people.secrets) {
            EXPECT_FALSE(e.beforeJson.contains(secret)) << e.id << " " << e.entity.toStdString();
            EXPECT_FALSE(e.afterJson.contains(secret)) << e.id << " " << e.entity.toStdString();
        }
        EXPECT_FALSE(e.afterJson.contains(QStringLiteral("+81901112222")));
        if (e.entity == QLatin1String("member") && e.entityId == m_people.anUuid && e.action == "update") {
            const QJsonObject after = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
            // The record's own version number changes with every update.
            EXPECT_EQ(after.value(QStringLiteral("fields_changed")).toVariant().toStringList(),
                      (QStringList{QStringLiteral("phone"), QStringLiteral("version")}));
            EXPECT_TRUE(e.beforeJson.isEmpty());
            sawFieldNames = true;
        }
    }
    EXPECT_TRUE(sawFieldNames);

    // The change still reaches home with its value: it comes from the record, not from the log.
    auto plan = homeExchange().previewImport(exportReturn(QStringLiteral("jp-r1.orecpkg")));
    ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();
    ASSERT_TRUE(homeExchange().applyImport(*plan).ok());
    EXPECT_EQ(MemberRepository(homeDb()).get(m_people.anId)->phone, QStringLiteral("+81901112222"));
    EXPECT_TRUE(fieldDb().check()->ok());
    EXPECT_TRUE(homeDb().check()->ok());
}

TEST_F(FieldPrivacyTest, DepartedMemberIsGoneFromEveryDecryptedTable)
{
    if (sqlcipherShell().isEmpty())
        GTEST_SKIP() << "the stock sqlcipher shell (Debian package sqlcipher) is not installed";
    const QStringList binh = {QStringLiteral("Trần Thị Bình"), QStringLiteral("93054321"),
                              QStringLiteral("001199054321"), QStringLiteral("+84987654321")};
    // The secretary files Binh's self-review and attaches its scan on the laptop.
    const QByteArray scanMarker("SCAN-OF-BINH-5c1e77");
    {
        const QString postingUuid = PostingRepository(homeDb()).get(m_people.binhPostingId)->uuid;
        auto posting = PostingRepository(fieldDb()).findByUuid(postingUuid);
        ASSERT_TRUE(posting.ok() && posting->has_value());
        app::ReportFiling filing;
        filing.receivedDate = QDate(2026, 3, 20);
        auto report =
            app::RegisterService(*m_field).fileReport((*posting)->id, ReportKind::SelfReview, filing);
        ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
        auto scan = app::AttachmentService(*m_field).attach(report->id, QStringLiteral("tu-kiem-diem.pdf"),
                                                            "%PDF-1.4\n% " + scanMarker + "\n%%EOF\n");
        ASSERT_TRUE(scan.ok()) << scan.error().toString().toStdString();
    }
    // Before: the laptop holds Binh and the scan (the test would prove nothing otherwise).
    {
        const QByteArray before = decryptedDump();
        for (const QString& s : binh)
            EXPECT_TRUE(before.contains(s.toUtf8())) << s.toStdString();
        EXPECT_TRUE(before.contains(scanMarker));
        reopenField();
    }

    const exchange::InstallOutcome installed = binhLeavesAndHomeAcknowledges();
    EXPECT_EQ(installed.pendingChanges, 0);
    EXPECT_EQ(installed.purged, 1);
    EXPECT_GT(installed.auditPrunedThrough, 0);
    EXPECT_EQ(count(fieldDb(), "SELECT count(*) FROM members"), 1);
    EXPECT_EQ(count(fieldDb(), "SELECT count(*) FROM audit_anchor"), 1);
    auto report = fieldDb().check();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << report->audit.problem.toStdString();
    EXPECT_GT(report->audit.anchoredThrough, 0);

    const QByteArray after = decryptedDump();
    for (const QString& s : binh) {
        EXPECT_FALSE(after.contains(s.toUtf8())) << s.toStdString();
        EXPECT_FALSE(after.contains(s.toLower().toUtf8())) << s.toStdString(); // as the index folds it
    }
    for (const char* word : {"bình", "trần"})
        EXPECT_FALSE(after.contains(word)) << word;
    EXPECT_FALSE(after.contains(scanMarker));
    EXPECT_FALSE(after.contains("tu-kiem-diem.pdf"));
    // The member who stays is still there, so the dump did read the records.
    EXPECT_TRUE(after.contains(QStringLiteral("Nguyễn Văn An").toUtf8()));
    // No free page is left to hold what was deleted, and deleted cells were zeroed.
    EXPECT_EQ(shell(QStringLiteral("PRAGMA freelist_count;")).trimmed(), QStringLiteral("0"));
    for (const QString& s : binh) // and, for what it is worth, the encrypted bytes themselves
        EXPECT_FALSE(fileContains(m_fieldPath, s.toUtf8())) << s.toStdString();
    EXPECT_FALSE(QFile::exists(m_fieldPath + QStringLiteral("-journal")));

    // `orec check` on the laptop still passes from the anchor.
    reopenField();
    auto again = fieldDb().check();
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->ok()) << again->audit.problem.toStdString();
}

TEST_F(FieldPrivacyTest, ALaptopUpgradedWithValuesInItsLogStillSendsTheRightChange)
{
    // A laptop from before schema 11: its bases have no record body and its entries carry values.
    ASSERT_TRUE(fieldDb().connection().exec("UPDATE exchange_base SET portable_json = NULL").ok());
    fieldDb().setFieldMode(false);
    auto an = MemberRepository(fieldDb()).findByUuid(m_people.anUuid);
    ASSERT_TRUE(an.ok() && an->has_value());
    Member changed = **an;
    changed.phone = QStringLiteral("+81903334444");
    ASSERT_TRUE(app::RegisterService(*m_field).updateMember(changed).ok());
    fieldDb().setFieldMode(true);

    auto plan = homeExchange().previewImport(exportReturn(QStringLiteral("jp-r1.orecpkg")));
    ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();
    EXPECT_EQ(plan->conflictCount(), 0);
    ASSERT_TRUE(homeExchange().applyImport(*plan).ok());
    const Member atHome = *MemberRepository(homeDb()).get(m_people.anId);
    EXPECT_EQ(atHome.phone, QStringLiteral("+81903334444"));
    EXPECT_EQ(atHome.fullName, QStringLiteral("Nguyễn Văn An")); // nothing else was sent as changed
}

class FieldPruneForgeryTest : public FieldPrivacyTest
{
protected:
    void SetUp() override
    {
        FieldPrivacyTest::SetUp();
        if (sqlcipherShell().isEmpty())
            GTEST_SKIP() << "the stock sqlcipher shell (Debian package sqlcipher) is not installed";
    }

    bool fieldChecks()
    {
        reopenField();
        auto report = fieldDb().check();
        m_problem = report.ok() ? report->audit.problem : report.error().message;
        return report.ok() && report->ok();
    }

    QString m_problem; // what the last check said

    // An anchor the shell user signs with a key of their own, naming themselves administrator and
    // copying every real user, so that the entries up to `through` can go.
    void forgeAnchor(qint64 through, const QString& signer)
    {
        auto entry = fieldDb().auditLog().entry(through);
        ASSERT_TRUE(entry.ok() && entry->has_value());
        const QByteArray hash = (**entry).hash;
        auto verified = fieldDb().check();
        ASSERT_TRUE(verified.ok());
        const crypto::SignKeyPair mine = crypto::generateSignKeyPair();
        QJsonArray users;
        auto rows = fieldDb().connection().prepare("SELECT name, role, signing_key FROM users");
        ASSERT_TRUE(rows.ok());
        bool named = false;
        for (;;) {
            auto row = rows->step();
            ASSERT_TRUE(row.ok());
            if (!*row)
                break;
            const bool isSigner = rows->text(0) == signer;
            named = named || isSigner;
            users.append(
                QJsonObject{{QStringLiteral("name"), rows->text(0)},
                            {QStringLiteral("role"), isSigner ? QStringLiteral("admin") : rows->text(1)},
                            {QStringLiteral("active"), true},
                            {QStringLiteral("signing_key"),
                             QString::fromLatin1((isSigner ? mine.publicKey : rows->blob(2)).toBase64())},
                            {QStringLiteral("issued"), false}});
        }
        if (!named)
            users.append(
                QJsonObject{{QStringLiteral("name"), signer},
                            {QStringLiteral("role"), QStringLiteral("admin")},
                            {QStringLiteral("active"), true},
                            {QStringLiteral("signing_key"), QString::fromLatin1(mine.publicKey.toBase64())},
                            {QStringLiteral("issued"), false}});
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("through"), through},
                                                          {QStringLiteral("root_key"),
                                                           QString::fromLatin1(mine.publicKey.toBase64())},
                                                          {QStringLiteral("users"), users}})
                                    .toJson(QJsonDocument::Compact);
        const QByteArray signature = crypto::signDetached(
            mine.secretKey, AuditLog::anchorMessage(fieldDb().databaseId(), through, hash, signer, body));
        shell(QStringLiteral(
                  "DELETE FROM audit_anchor; INSERT INTO audit_anchor VALUES (1, %1, x'%2', '%3', '%4', "
                  "x'%5', x'%6'); DELETE FROM audit_seal WHERE audit_id <= %1; DELETE FROM "
                  "audit_log WHERE id <= %1;")
                  .arg(through)
                  .arg(QString::fromLatin1(hash.toHex()), QString::fromUtf8(body), signer,
                       QString::fromLatin1(mine.publicKey.toHex()), QString::fromLatin1(signature.toHex())));
    }

    // The last entry of the first sealed transaction after `from` (a prune cuts at a seal).
    qint64 sealAfter(qint64 from)
    {
        auto id = fieldDb().connection().queryInt(
            ("SELECT min(audit_id) FROM audit_seal WHERE audit_id > " + std::to_string(from)).c_str());
        return id ? *id : 0;
    }
};

TEST_F(FieldPruneForgeryTest, AnAnchorMadeUpWithTheShellDoesNotPass)
{
    ASSERT_TRUE(fieldChecks());
    const qint64 through = sealAfter(0);
    ASSERT_GT(through, 0);
    forgeAnchor(through, QStringLiteral("mallory")); // an administrator nobody added
    EXPECT_FALSE(fieldChecks());
    EXPECT_TRUE(m_problem.contains(QStringLiteral("mallory as admin"))) << m_problem.toStdString();
}

TEST_F(FieldPruneForgeryTest, AnAnchorSignedWithAnotherKeyForTheRealAdministratorDoesNotPass)
{
    ASSERT_TRUE(fieldChecks());
    const qint64 through = sealAfter(0);
    forgeAnchor(through, QStringLiteral("bithu"));
    EXPECT_FALSE(fieldChecks());
    EXPECT_TRUE(m_problem.contains(QStringLiteral("with a key that is not theirs")))
        << m_problem.toStdString();
}

TEST_F(FieldPruneForgeryTest, EntriesRemovedAfterARealPruneOrAChangedAnchorAreReported)
{
    const exchange::InstallOutcome installed = binhLeavesAndHomeAcknowledges();
    ASSERT_GT(installed.auditPrunedThrough, 0);
    ASSERT_TRUE(fieldChecks());

    // Moving the anchor on by one transaction (its signature no longer holds).
    const qint64 next = sealAfter(installed.auditPrunedThrough);
    ASSERT_GT(next, 0);
    auto entry = fieldDb().auditLog().entry(next);
    ASSERT_TRUE(entry.ok() && entry->has_value());
    const QString hash = QString::fromLatin1((**entry).hash.toHex());
    m_field.reset();
    QFile::copy(m_fieldPath, m_fieldPath + QStringLiteral(".good"));
    shell(
        QStringLiteral("UPDATE audit_anchor SET through_id = %1, hash = x'%2'; DELETE FROM audit_seal WHERE "
                       "audit_id <= %1; DELETE FROM audit_log WHERE id <= %1;")
            .arg(next)
            .arg(hash));
    EXPECT_FALSE(fieldChecks());
    EXPECT_TRUE(m_problem.contains(QStringLiteral("does not match its signature")))
        << m_problem.toStdString();

    // Removing the anchor: the log then starts in the middle.
    m_field.reset();
    QFile::remove(m_fieldPath);
    QFile::copy(m_fieldPath + QStringLiteral(".good"), m_fieldPath);
    ASSERT_TRUE(fieldChecks());
    shell(QStringLiteral("DELETE FROM audit_anchor;"));
    EXPECT_FALSE(fieldChecks());
    EXPECT_TRUE(m_problem.contains(QStringLiteral("was removed"))) << m_problem.toStdString();
}

// ---- the signed audit head every package carries ----------------------------------------------

// Copies a database and its key file aside, and puts them back: a register restored from an old copy.
void copyDatabase(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral(".keys")}) {
        QFile::remove(to + suffix);
        ASSERT_TRUE(QFile::copy(from + suffix, to + suffix)) << (from + suffix).toStdString();
    }
}

TEST_F(FieldPrivacyTest, EveryPackageCarriesItsSendersSignedHeadAndEachSideRemembersIt)
{
    ASSERT_EQ(KeyStore::slotFilePath(m_fieldPath), m_fieldPath + QStringLiteral(".keys"));
    exchange::ExchangeStore fieldStore(fieldDb());
    // Field init remembered home's head.
    auto homePeer = fieldStore.tables().homePeer();
    ASSERT_TRUE(homePeer.ok() && homePeer->has_value());
    const qint64 homeId = (**homePeer).id;
    auto seen = fieldStore.tables().peerHead(homeId);
    ASSERT_TRUE(seen.ok() && seen->has_value());
    EXPECT_EQ((**seen).databaseId, homeDb().databaseId());
    EXPECT_GT((**seen).entryId, 0);

    // field -> home: the return package's head, verified and remembered at home.
    auto plan = homeExchange().previewImport(exportReturn(QStringLiteral("jp-r1.orecpkg")));
    ASSERT_TRUE(plan.ok()) << plan.error().toString().toStdString();
    EXPECT_EQ(plan->package.senderHead.verdict, exchange::HeadVerdict::First);
    ASSERT_TRUE(plan->package.senderHead.token.has_value());
    EXPECT_EQ(plan->package.senderHead.token->databaseId.toString(QUuid::WithoutBraces),
              fieldDb().databaseId());
    EXPECT_EQ(plan->package.senderHead.token->signer, QStringLiteral("bithu"));
    EXPECT_EQ(plan->package.senderHead.token->publicKey, fieldDb().signingPublicKey());
    auto applied = homeExchange().applyImport(*plan);
    ASSERT_TRUE(applied.ok());
    exchange::ExchangeStore homeStore(homeDb());
    auto peers = homeStore.tables().peers();
    ASSERT_TRUE(peers.ok());
    qint64 laptopId = 0;
    for (const ExchangePeer& p : *peers)
        if (p.role == ExchangePeerRole::Secretary)
            laptopId = p.id;
    ASSERT_GT(laptopId, 0);
    auto atHome = homeStore.tables().peerHead(laptopId);
    ASSERT_TRUE(atHome.ok() && atHome->has_value());
    EXPECT_EQ((**atHome).entryId, plan->package.senderHead.token->entryId);

    // home -> field: the next cell package's head is later than the one field init saw.
    const qint64 firstHomeHead = (**seen).entryId;
    auto installed = fieldExchange().installCellPackage(exportCell(QStringLiteral("jp-2.orecpkg")));
    ASSERT_TRUE(installed.ok()) << installed.error().toString().toStdString();
    EXPECT_EQ(installed->senderHead.verdict, exchange::HeadVerdict::Forward);
    EXPECT_EQ(installed->senderHead.previousEntryId, firstHomeHead);
    ASSERT_TRUE(installed->senderHead.token.has_value());
    EXPECT_EQ(installed->senderHead.token->signer, kAdmin);
    EXPECT_EQ(installed->senderHead.token->publicKey, homeDb().signingPublicKey());
    auto now = ExchangeRepository(fieldDb()).peerHead(homeId);
    ASSERT_TRUE(now.ok() && now->has_value());
    EXPECT_GT((**now).entryId, firstHomeHead);
}

TEST_F(FieldPrivacyTest, AHomePutBackFromAnOlderCopyIsRefusedByTheLaptop)
{
    const QString homePath = homeDb().path();
    const QString copy = m_dir.file(QStringLiteral("home-old.orec"));
    copyDatabase(homePath, copy); // nothing is being written: the files are consistent
    // Home goes on (its log grows), then sends the cell again.
    Member dung = MemberRepository(homeDb()).findByUuid(m_people.dungUuid)->value();
    dung.workplace = QStringLiteral("Bộ Ngoại giao");
    ASSERT_TRUE(app::RegisterService(*m_home).updateMember(dung).ok());
    auto installed = fieldExchange().installCellPackage(exportCell(QStringLiteral("jp-2.orecpkg")));
    ASSERT_TRUE(installed.ok()) << installed.error().toString().toStdString();

    m_home.reset();
    copyDatabase(copy, homePath);
    auto home = unlock(homePath, kAdmin, kAdminPassphrase, fastOptions(&m_clock));
    ASSERT_TRUE(home);
    m_home = std::make_unique<app::Session>(std::move(home));
    const QString rewound = exportCell(QStringLiteral("jp-2-again.orecpkg"));

    const Snapshot before = checksums();
    exchange::PackageProblem problem = exchange::PackageProblem::None;
    auto refused = fieldExchange().installCellPackage(rewound, &problem);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(problem, exchange::PackageProblem::HistoryRewound) << exchange::problemCode(problem);
    EXPECT_EQ(refused.error().code, ErrorCode::Corrupt); // exit 5, as a checkpoint the log no longer extends
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("went back")))
        << refused.error().toString().toStdString();
    expectUnchanged(before, "a package from a rewound home");
}

TEST_F(FieldPrivacyTest, ALaptopPutBackFromAnOlderCopyIsRefusedAtHome)
{
    auto first = homeExchange().previewImport(exportReturn(QStringLiteral("jp-r1.orecpkg")));
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(homeExchange().applyImport(*first).ok());
    const QString copy = m_dir.file(QStringLiteral("field-old.orec"));
    copyDatabase(m_fieldPath, copy);

    // The laptop goes on: another change and package, applied at home.
    app::RegisterService fieldRegister(*m_field);
    auto an = MemberRepository(fieldDb()).findByUuid(m_people.anUuid);
    ASSERT_TRUE(an.ok() && an->has_value());
    Member changed = **an;
    changed.workplace = QStringLiteral("Tokyo Institute of Technology");
    ASSERT_TRUE(fieldRegister.updateMember(changed).ok());
    auto second = homeExchange().previewImport(exportReturn(QStringLiteral("jp-r2.orecpkg")));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->package.senderHead.verdict, exchange::HeadVerdict::Forward);
    ASSERT_TRUE(homeExchange().applyImport(*second).ok());

    // The laptop's database is put back from the copy and sends again.
    m_field.reset();
    copyDatabase(copy, m_fieldPath);
    reopenField();
    const QString rewound = exportReturn(QStringLiteral("jp-r2-again.orecpkg"));
    const Snapshot before = checksums();
    exchange::PackageProblem problem = exchange::PackageProblem::None;
    auto refused = homeExchange().previewImport(rewound, &problem);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(problem, exchange::PackageProblem::HistoryRewound) << exchange::problemCode(problem);
    expectUnchanged(before, "a package from a rewound laptop");
}

TEST(AuditHeadToken, AChangedByteOrAnotherSignerIsNotAHead)
{
    const crypto::SignKeyPair keys = crypto::generateSignKeyPair();
    exchange::AuditHeadToken t;
    t.databaseId = QUuid::createUuid();
    t.entryId = 42;
    t.hash = QByteArray(32, '\x5a');
    t.signer = QStringLiteral("quantri");
    t.publicKey = keys.publicKey;
    t.signature = crypto::signDetached(
        keys.secretKey,
        AuditLog::sealMessage(t.databaseId.toString(QUuid::WithoutBraces), 42, t.hash, t.signer));
    const QByteArray good = exchange::encodeAuditHead(t);
    auto decoded = exchange::decodeAuditHead(good);
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(decoded->entryId, 42);
    EXPECT_EQ(decoded->signer, t.signer);
    for (int at : {0, 1, 17, 24, 30, 60, 100, static_cast<int>(good.size()) - 1}) {
        QByteArray bad = good;
        bad[at] = static_cast<char>(bad[at] ^ 0x01);
        EXPECT_FALSE(exchange::decodeAuditHead(bad).has_value()) << "byte " << at;
    }
    EXPECT_FALSE(exchange::decodeAuditHead(good.left(153)).has_value());
    EXPECT_FALSE(exchange::decodeAuditHead(good + "x").has_value());
}

} // namespace
} // namespace orec::test
