// The exchange from the command line: `orec secretary add`, `export-package`, `field init`,
// `keys show`, `field export`, `import-package` with their exit codes and --json.
#include "exchange_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace orec::test {
namespace {

QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

class ExchangeCliTest : public ExchangeFixture
{
protected:
    void SetUp() override
    {
        ExchangeFixture::SetUp();
        m_home.reset(); // the command line opens the file itself
        m_env = {{QStringLiteral("OREC_PASSPHRASE"), kAdminPassphrase}};
    }

    CliRun orec(const QString& db, QStringList arguments, QMap<QString, QString> extra = {})
    {
        QMap<QString, QString> env = m_env;
        for (auto it = extra.begin(); it != extra.end(); ++it)
            env.insert(it.key(), it.value());
        arguments.prepend(db);
        arguments.prepend(QStringLiteral("--db"));
        arguments.prepend(QStringLiteral("--insecure-fast-kdf-for-tests"));
        return runCli(arguments, env);
    }

    QMap<QString, QString> m_env;
};

TEST_F(ExchangeCliTest, RoundTripFromTheCommandLine)
{
    const QString home = m_dir.file(QStringLiteral("home.orec"));
    const QString field = m_dir.file(QStringLiteral("laptop.orec"));

    CliRun keys = orec(home, {QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--json")});
    ASSERT_EQ(keys.exitCode, 0) << keys.err.toStdString();
    const QString homeFingerprint = jsonOf(keys).value(QStringLiteral("fingerprint")).toString();
    EXPECT_EQ(homeFingerprint.size(), 29);

    CliRun added = orec(home, {QStringLiteral("secretary"), QStringLiteral("add"), QStringLiteral("--cell"),
                               QStringLiteral("CB-JP-01"), QStringLiteral("--name"), QStringLiteral("Bí thư"),
                               QStringLiteral("--json")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString code = jsonOf(added).value(QStringLiteral("enrolment_code")).toString();
    ASSERT_FALSE(code.isEmpty());

    const QString c1 = m_dir.file(QStringLiteral("c1.orecpkg"));
    CliRun exported =
        orec(home, {QStringLiteral("export-package"), QStringLiteral("--cell"), QStringLiteral("CB-JP-01"),
                    QStringLiteral("--out"), c1, QStringLiteral("--json")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(jsonOf(exported).value(QStringLiteral("first_package")).toBool());
    EXPECT_EQ(jsonOf(exported).value(QStringLiteral("members")).toInt(), 2);

    // A wrong code opens nothing and creates nothing.
    CliRun wrong = orec(
        field, {QStringLiteral("field"), QStringLiteral("init"), c1},
        {{QStringLiteral("OREC_ENROLMENT_CODE"), QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000")}});
    EXPECT_EQ(wrong.exitCode, 5) << wrong.err.toStdString();
    EXPECT_FALSE(QFile::exists(field));
    EXPECT_FALSE(QFile::exists(field + QStringLiteral(".keys")));

    CliRun init = orec(field, {QStringLiteral("field"), QStringLiteral("init"), c1, QStringLiteral("--json")},
                       {{QStringLiteral("OREC_ENROLMENT_CODE"), code}});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(jsonOf(init).value(QStringLiteral("home_fingerprint")).toString(), homeFingerprint);
    EXPECT_EQ(jsonOf(init).value(QStringLiteral("cell")).toString(), QStringLiteral("CB-JP-01"));
    const QString laptopFingerprint = jsonOf(init).value(QStringLiteral("fingerprint")).toString();

    CliRun fieldKeys = orec(field, {QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--json")},
                            {{QStringLiteral("OREC_USER"), QStringLiteral("secretary")}});
    ASSERT_EQ(fieldKeys.exitCode, 0) << fieldKeys.err.toStdString();
    EXPECT_EQ(jsonOf(fieldKeys).value(QStringLiteral("mode")).toString(), QStringLiteral("field"));
    EXPECT_EQ(jsonOf(fieldKeys).value(QStringLiteral("fingerprint")).toString(), laptopFingerprint);

    const QString r1 = m_dir.file(QStringLiteral("r1.orecpkg"));
    CliRun back =
        orec(field, {QStringLiteral("field"), QStringLiteral("export"), QStringLiteral("--out"), r1});
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();

    CliRun dry = orec(
        home, {QStringLiteral("import-package"), r1, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(jsonOf(dry).value(QStringLiteral("enrols_laptop")).toBool());
    EXPECT_EQ(jsonOf(dry).value(QStringLiteral("sender_fingerprint")).toString(), laptopFingerprint);
    CliRun imported = orec(home, {QStringLiteral("import-package"), r1});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(laptopFingerprint));
    CliRun again = orec(home, {QStringLiteral("import-package"), r1});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("already applied"))) << again.out.toStdString();

    CliRun homeKeys = orec(home, {QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("--json")});
    const QJsonArray peers = jsonOf(homeKeys).value(QStringLiteral("peers")).toArray();
    ASSERT_EQ(peers.size(), 1);
    EXPECT_EQ(peers.first().toObject().value(QStringLiteral("fingerprint")).toString(), laptopFingerprint);
    EXPECT_EQ(peers.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));

    // A tampered package: exit code 5 and the reason in --json.
    QByteArray bytes = readAll(r1);
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 1);
    const QString bad = m_dir.file(QStringLiteral("bad.orecpkg"));
    QFile out(bad);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    CliRun refused = orec(home, {QStringLiteral("import-package"), bad, QStringLiteral("--json")});
    EXPECT_EQ(refused.exitCode, 5);
    EXPECT_EQ(jsonOf(refused).value(QStringLiteral("reason")).toString(),
              QStringLiteral("decryption_failed"));

    // Home's next package reaches the laptop encrypted to its own key now.
    const QString c2 = m_dir.file(QStringLiteral("c2.orecpkg"));
    CliRun exported2 =
        orec(home, {QStringLiteral("export-package"), QStringLiteral("--cell"), QStringLiteral("CB-JP-01"),
                    QStringLiteral("--out"), c2, QStringLiteral("--json")});
    ASSERT_EQ(exported2.exitCode, 0) << exported2.err.toStdString();
    EXPECT_FALSE(jsonOf(exported2).value(QStringLiteral("first_package")).toBool());
    CliRun installed = orec(field, {QStringLiteral("import-package"), c2, QStringLiteral("--json")});
    ASSERT_EQ(installed.exitCode, 0) << installed.err.toStdString();
    CliRun status =
        orec(field, {QStringLiteral("field"), QStringLiteral("status"), QStringLiteral("--json")});
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_TRUE(jsonOf(status).value(QStringLiteral("keys_acknowledged")).toBool());
    EXPECT_EQ(jsonOf(status).value(QStringLiteral("installed_package")).toInt(), 2);
}

// The help says the new passphrase comes from OREC_NEW_PASSPHRASE: with OREC_PASSPHRASE set as well (a
// shell that has just used the home database), the laptop's passphrase is still the new one.
TEST_F(ExchangeCliTest, FieldInitTakesTheNewPassphraseWhenBothAreSet)
{
    const QString home = m_dir.file(QStringLiteral("home.orec"));
    const QString field = m_dir.file(QStringLiteral("laptop.orec"));
    CliRun added = orec(home, {QStringLiteral("secretary"), QStringLiteral("add"), QStringLiteral("--cell"),
                               QStringLiteral("CB-JP-01"), QStringLiteral("--name"), QStringLiteral("Bí thư"),
                               QStringLiteral("--json")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString code = jsonOf(added).value(QStringLiteral("enrolment_code")).toString();
    const QString c1 = m_dir.file(QStringLiteral("c1.orecpkg"));
    CliRun exported = orec(home, {QStringLiteral("export-package"), QStringLiteral("--cell"),
                                  QStringLiteral("CB-JP-01"), QStringLiteral("--out"), c1});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();

    const QString kLaptopPassphrase = QStringLiteral("Một mật khẩu mới 2026");
    // --db after the command words, as the command's help once showed it.
    CliRun init = runCli({QStringLiteral("--insecure-fast-kdf-for-tests"), QStringLiteral("field"),
                          QStringLiteral("init"), c1, QStringLiteral("--db"), field},
                         {{QStringLiteral("OREC_PASSPHRASE"), kAdminPassphrase},
                          {QStringLiteral("OREC_NEW_PASSPHRASE"), kLaptopPassphrase},
                          {QStringLiteral("OREC_ENROLMENT_CODE"), code}});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();

    const QMap<QString, QString> secretary{{QStringLiteral("OREC_USER"), QStringLiteral("secretary")}};
    QMap<QString, QString> withNew = secretary;
    withNew.insert(QStringLiteral("OREC_PASSPHRASE"), kLaptopPassphrase);
    CliRun opened = orec(field, {QStringLiteral("keys"), QStringLiteral("show")}, withNew);
    EXPECT_EQ(opened.exitCode, 0) << opened.err.toStdString();
    CliRun withHomes = orec(field, {QStringLiteral("keys"), QStringLiteral("show")}, secretary);
    EXPECT_EQ(withHomes.exitCode, 3) << withHomes.err.toStdString();
}

} // namespace
} // namespace orec::test
