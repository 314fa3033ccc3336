// The `orec` command-line contract, through the real executable: exit codes, passphrases from the
// environment, users, recovery, check, backup and restore.
#include "storage/key_store.h"
#include "support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kPass = QStringLiteral("Mật khẩu của quản trị 2026");
const QString kClerkPass = QStringLiteral("Thư ký chi bộ Matxcơva");

QMap<QString, QString> pass(const QString& p)
{
    return {{QStringLiteral("OREC_PASSPHRASE"), p}};
}

QStringList args(const QString& db, const QString& user, QStringList rest)
{
    QStringList a{QStringLiteral("--db"), db, QStringLiteral("--user"), user,
                  QStringLiteral("--insecure-fast-kdf-for-tests")};
    a += rest;
    return a;
}

QString initDatabase(const TempDir& dir, QString* recoveryKey = nullptr)
{
    const QString db = dir.file(QStringLiteral("cli.orec"));
    auto run = runCli(args(db, QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("init")}),
                      pass(kPass));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("recovery_key")).toString().size(), 65); // 55 characters + 10 dashes
    if (recoveryKey)
        *recoveryKey = o.value(QStringLiteral("recovery_key")).toString();
    return db;
}

} // namespace

TEST(Cli, HelpDescribesEveryCommandAndOption)
{
    auto run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    for (const char* word :
         {"--db", "--user", "--json", "init", "user add", "user list", "user remove", "passwd", "rekey",
          "check", "backup", "restore", "unlock-with-recovery", "OREC_PASSPHRASE"})
        EXPECT_TRUE(run.out.contains(QLatin1String(word))) << word;
    auto sub = runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--help")});
    EXPECT_EQ(sub.exitCode, 0);
    EXPECT_TRUE(sub.out.contains(QStringLiteral("--role")));
}

TEST(Cli, SpeaksVietnameseByDefaultAndEnglishOnRequest)
{
    auto vi = runCli({QStringLiteral("--help")}, {{QStringLiteral("OREC_LANG"), QStringLiteral("vi")}});
    EXPECT_EQ(vi.exitCode, 0);
    EXPECT_TRUE(vi.out.contains(QStringLiteral("Cách dùng"))) << vi.out.toStdString();
    auto en = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")},
                     {{QStringLiteral("OREC_LANG"), QStringLiteral("vi")}});
    EXPECT_TRUE(en.out.contains(QStringLiteral("Usage:")));
}

TEST(Cli, MissingDatabaseIsReportedBeforeAnyPassphraseIsAsked)
{
    TempDir dir;
    auto run =
        runCli({QStringLiteral("--db"), dir.file(QStringLiteral("none.orec")), QStringLiteral("check")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("does not exist"))) << run.err.toStdString();
}

TEST(Cli, UsageErrorsExitWithOne)
{
    EXPECT_EQ(runCli({}).exitCode, 1);
    EXPECT_EQ(
        runCli({QStringLiteral("--db"), QStringLiteral("x.orec"), QStringLiteral("frobnicate")}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("check")}).exitCode, 1); // no --db
    EXPECT_EQ(runCli({QStringLiteral("--db"), QStringLiteral("x.orec"), QStringLiteral("check"),
                      QStringLiteral("--bogus")})
                  .exitCode,
              1);
}

TEST(Cli, InitRefusesAWeakPassphraseAndAnExistingFile)
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("weak.orec"));
    auto weak =
        runCli(args(db, QStringLiteral("admin"), {QStringLiteral("init")}), pass(QStringLiteral("123")));
    EXPECT_EQ(weak.exitCode, 2);
    EXPECT_FALSE(QFile::exists(db));
    const QString created = initDatabase(dir);
    auto again = runCli(args(created, QStringLiteral("admin"), {QStringLiteral("init")}), pass(kPass));
    EXPECT_EQ(again.exitCode, 2);
}

TEST(Cli, WrongPassphraseExitsWithThreeAndChangesNothing)
{
    TempDir dir;
    const QString db = initDatabase(dir);
    const QByteArray before = sha256OfFile(db);
    const QByteArray keysBefore = sha256OfFile(KeyStore::slotFilePath(db));
    auto run =
        runCli(args(db, QStringLiteral("admin"), {QStringLiteral("check")}), pass(QStringLiteral("sai rồi")));
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_FALSE(run.err.isEmpty());
    auto unknown = runCli(args(db, QStringLiteral("nobody"), {QStringLiteral("check")}), pass(kPass));
    EXPECT_EQ(unknown.exitCode, 3);
    EXPECT_EQ(sha256OfFile(db), before);
    EXPECT_EQ(sha256OfFile(KeyStore::slotFilePath(db)), keysBefore);
}

TEST(Cli, NoPassphraseAndNoTerminalIsAUsageError)
{
    TempDir dir;
    const QString db = initDatabase(dir);
    auto run = runCli(args(db, QStringLiteral("admin"), {QStringLiteral("check")}));
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("OREC_PASSPHRASE"))) << run.err.toStdString();
}

TEST(Cli, UsersAreAddedListedAndRemoved)
{
    TempDir dir;
    const QString db = initDatabase(dir);
    QMap<QString, QString> env = pass(kPass);
    env.insert(QStringLiteral("OREC_NEW_PASSPHRASE"), kClerkPass);
    auto add = runCli(
        args(db, QStringLiteral("admin"),
             {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lan"), QStringLiteral("--role"),
              QStringLiteral("clerk"), QStringLiteral("--full-name"), QStringLiteral("Phạm Thị Lan")}),
        env);
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    auto badRole = runCli(args(db, QStringLiteral("admin"),
                               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                                QStringLiteral("--role"), QStringLiteral("boss")}),
                          env);
    EXPECT_EQ(badRole.exitCode, 2); // an invalid value, not a usage error
    EXPECT_TRUE(badRole.err.contains(QStringLiteral("admin, clerk or auditor"))) << badRole.err.toStdString();
    auto noRole = runCli(args(db, QStringLiteral("admin"),
                              {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x")}),
                         env);
    EXPECT_EQ(noRole.exitCode, 1); // a missing option

    // The users are listed to administrators and auditors (whose audit log names them), not to clerks.
    auto clerkLists = runCli(args(db, QStringLiteral("lan"),
                                  {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")}),
                             pass(kClerkPass));
    EXPECT_EQ(clerkLists.exitCode, 3) << clerkLists.err.toStdString();
    auto list = runCli(args(db, QStringLiteral("admin"),
                            {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")}),
                       env);
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray users = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(users.size(), 2);
    bool sawLan = false;
    for (const QJsonValue& u : users)
        if (u[QStringLiteral("name")].toString() == QLatin1String("lan")) {
            sawLan = true;
            EXPECT_EQ(u[QStringLiteral("role")].toString(), QStringLiteral("clerk"));
            EXPECT_EQ(u[QStringLiteral("full_name")].toString(), QStringLiteral("Phạm Thị Lan"));
        }
    EXPECT_TRUE(sawLan);

    // A clerk may not manage users: exit 3.
    auto clerkAdds = runCli(args(db, QStringLiteral("lan"),
                                 {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("y"),
                                  QStringLiteral("--role"), QStringLiteral("admin")}),
                            {{QStringLiteral("OREC_PASSPHRASE"), kClerkPass},
                             {QStringLiteral("OREC_NEW_PASSPHRASE"), kClerkPass}});
    EXPECT_EQ(clerkAdds.exitCode, 3);

    auto remove = runCli(args(db, QStringLiteral("admin"),
                              {QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("lan")}),
                         pass(kPass));
    ASSERT_EQ(remove.exitCode, 0) << remove.err.toStdString();
    auto gone = runCli(args(db, QStringLiteral("lan"), {QStringLiteral("check")}), pass(kClerkPass));
    EXPECT_EQ(gone.exitCode, 3);
}

TEST(Cli, PasswdRekeyAndRecovery)
{
    TempDir dir;
    QString recovery;
    const QString db = initDatabase(dir, &recovery);
    const QString newPass = QStringLiteral("Một cụm từ mới cho quản trị");
    auto passwd = runCli(
        args(db, QStringLiteral("admin"), {QStringLiteral("passwd")}),
        {{QStringLiteral("OREC_PASSPHRASE"), kPass}, {QStringLiteral("OREC_NEW_PASSPHRASE"), newPass}});
    ASSERT_EQ(passwd.exitCode, 0) << passwd.err.toStdString();
    EXPECT_EQ(runCli(args(db, QStringLiteral("admin"), {QStringLiteral("check")}), pass(kPass)).exitCode, 3);
    EXPECT_EQ(runCli(args(db, QStringLiteral("admin"), {QStringLiteral("check")}), pass(newPass)).exitCode,
              0);

    auto rekey =
        runCli(args(db, QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("rekey")}),
               pass(newPass));
    ASSERT_EQ(rekey.exitCode, 0) << rekey.err.toStdString();
    const QString newRecovery =
        QJsonDocument::fromJson(rekey.out.toUtf8()).object().value(QStringLiteral("recovery_key")).toString();
    ASSERT_FALSE(newRecovery.isEmpty());
    EXPECT_NE(newRecovery, recovery);

    // Lose the key file; the old recovery key fails, the new one works.
    ASSERT_TRUE(QFile::remove(KeyStore::slotFilePath(db)));
    const QString third = QStringLiteral("Khôi phục lần thứ ba");
    auto oldKey = runCli(
        args(db, QStringLiteral("admin"), {QStringLiteral("unlock-with-recovery")}),
        {{QStringLiteral("OREC_RECOVERY_KEY"), recovery}, {QStringLiteral("OREC_NEW_PASSPHRASE"), third}});
    EXPECT_EQ(oldKey.exitCode, 3);
    auto newKey = runCli(
        args(db, QStringLiteral("admin"), {QStringLiteral("unlock-with-recovery")}),
        {{QStringLiteral("OREC_RECOVERY_KEY"), newRecovery}, {QStringLiteral("OREC_NEW_PASSPHRASE"), third}});
    ASSERT_EQ(newKey.exitCode, 0) << newKey.err.toStdString();
    EXPECT_EQ(runCli(args(db, QStringLiteral("admin"), {QStringLiteral("check")}), pass(third)).exitCode, 0);
}

TEST(Cli, CheckNamesTheTamperedAuditRowAndExitsWithFive)
{
    TempDir dir;
    const QString db = initDatabase(dir);
    QMap<QString, QString> env = pass(kPass);
    env.insert(QStringLiteral("OREC_NEW_PASSPHRASE"), kClerkPass);
    for (const char* name : {"an", "binh", "chi"})
        ASSERT_EQ(runCli(args(db, QStringLiteral("admin"),
                              {QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(name),
                               QStringLiteral("--role"), QStringLiteral("clerk")}),
                         env)
                      .exitCode,
                  0);
    auto clean = runCli(args(db, QStringLiteral("admin"), {QStringLiteral("check")}), pass(kPass));
    ASSERT_EQ(clean.exitCode, 0) << clean.err.toStdString();

    // Alter audit row 4 with raw SQL under the key, as an insider with the passphrase could.
    {
        auto d = unlock(db, QStringLiteral("admin"), kPass);
        ASSERT_TRUE(
            d->connection().exec("UPDATE audit_log SET after_json = '{\"name\":\"x\"}' WHERE id = 4").ok());
    }
    auto tampered = runCli(args(db, QStringLiteral("admin"), {QStringLiteral("check")}), pass(kPass));
    EXPECT_EQ(tampered.exitCode, 5);
    EXPECT_TRUE(tampered.err.contains(QStringLiteral("row 4"))) << tampered.err.toStdString();
    auto json = runCli(args(db, QStringLiteral("admin"), {QStringLiteral("check"), QStringLiteral("--json")}),
                       pass(kPass));
    EXPECT_EQ(json.exitCode, 5);
    EXPECT_EQ(QJsonDocument::fromJson(json.out.toUtf8())
                  .object()
                  .value(QStringLiteral("audit_first_bad_row"))
                  .toInt(),
              4);
}

TEST(Cli, CorruptFileExitsWithFive)
{
    TempDir dir;
    const QString db = initDatabase(dir);
    QFile f(db);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(100);
    f.write(QByteArray(64, '\x5a'));
    f.close();
    auto run = runCli(args(db, QStringLiteral("admin"), {QStringLiteral("check")}), pass(kPass));
    EXPECT_EQ(run.exitCode, 5) << run.err.toStdString();
}

TEST(Cli, BackupAndRestoreRoundTrip)
{
    TempDir dir;
    const QString db = initDatabase(dir);
    const QString bak = dir.file(QStringLiteral("cli.orecbak"));
    auto backup = runCli(args(db, QStringLiteral("admin"), {QStringLiteral("backup"), bak}), pass(kPass));
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    const QString target = dir.file(QStringLiteral("elsewhere.orec"));
    auto restore =
        runCli(args(target, QStringLiteral("admin"), {QStringLiteral("restore"), bak}), pass(kPass));
    ASSERT_EQ(restore.exitCode, 0) << restore.err.toStdString();
    EXPECT_EQ(runCli(args(target, QStringLiteral("admin"), {QStringLiteral("check")}), pass(kPass)).exitCode,
              0);
    auto notBackup =
        runCli(args(target, QStringLiteral("admin"), {QStringLiteral("restore"), db}), pass(kPass));
    EXPECT_EQ(notBackup.exitCode, 5);
}
