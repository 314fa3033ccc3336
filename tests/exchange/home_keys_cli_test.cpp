// The right to sign as home from the command line: `orec user grant-exchange`, `user revoke-exchange`,
// `keys rotate`, and a clerk's `export-package` with and without it; exit codes, --json, the audit.
#include "home_keys_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace orec::test {
namespace {

class HomeKeysCliTest : public HomeKeysFixture
{
protected:
    void SetUp() override
    {
        HomeKeysFixture::SetUp();
        if (HasFatalFailure())
            return;
        enrol(QStringLiteral("CB-JP-01"));
        addUser(kClerk, Role::Clerk, kClerkPass);
        addUser(kAuditor, Role::Auditor, kAuditorPass);
        m_home.reset(); // the command line opens the file itself
    }

    CliRun orecAs(const QString& user, const QString& pass, QStringList arguments)
    {
        arguments = QStringList{QStringLiteral("--insecure-fast-kdf-for-tests"), QStringLiteral("--db"),
                                m_dir.file(QStringLiteral("home.orec")), QStringLiteral("--user"), user} +
                    arguments;
        return runCli(arguments, {{QStringLiteral("OREC_PASSPHRASE"), pass}});
    }
    CliRun admin(const QStringList& arguments) { return orecAs(kAdmin, kAdminPassphrase, arguments); }
    CliRun clerk(const QStringList& arguments) { return orecAs(kClerk, kClerkPass, arguments); }

    CliRun exportAsClerk(const QString& name)
    {
        return clerk({QStringLiteral("export-package"), QStringLiteral("--cell"), QStringLiteral("CB-JP-01"),
                      QStringLiteral("--out"), m_dir.file(name)});
    }

    bool signsAsHome(const QString& user)
    {
        const CliRun list = admin({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            if (v[QStringLiteral("name")].toString() == user)
                return v[QStringLiteral("signs_as_home")].toBool();
        }
        ADD_FAILURE() << "no user " << user.toStdString();
        return false;
    }
};

TEST_F(HomeKeysCliTest, GrantAndRevokeFromTheCommandLine)
{
    EXPECT_TRUE(signsAsHome(kAdmin));
    EXPECT_FALSE(signsAsHome(kClerk));
    EXPECT_FALSE(signsAsHome(kAuditor));

    // Without the right the clerk is refused (exit 3) with the name of who can sign, and nothing is written.
    CliRun refused = exportAsClerk(QStringLiteral("c1.orecpkg"));
    EXPECT_EQ(refused.exitCode, 3) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(kAdmin)) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.file(QStringLiteral("c1.orecpkg"))));
    // She cannot grant it to herself, nor an administrator to an auditor.
    EXPECT_EQ(clerk({QStringLiteral("user"), QStringLiteral("grant-exchange"), kClerk}).exitCode, 3);
    CliRun auditor = admin({QStringLiteral("user"), QStringLiteral("grant-exchange"), kAuditor});
    EXPECT_EQ(auditor.exitCode, 2) << auditor.err.toStdString();
    EXPECT_FALSE(signsAsHome(kAuditor));
    EXPECT_EQ(
        admin({QStringLiteral("user"), QStringLiteral("grant-exchange"), QStringLiteral("nobody")}).exitCode,
        2);

    CliRun granted = admin({QStringLiteral("user"), QStringLiteral("grant-exchange"), kClerk});
    ASSERT_EQ(granted.exitCode, 0) << granted.err.toStdString();
    EXPECT_TRUE(granted.out.contains(kClerk));
    EXPECT_TRUE(signsAsHome(kClerk));
    CliRun exported = exportAsClerk(QStringLiteral("c1.orecpkg"));
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(QFile::exists(m_dir.file(QStringLiteral("c1.orecpkg"))));

    CliRun revoked = admin({QStringLiteral("user"), QStringLiteral("revoke-exchange"), kClerk});
    ASSERT_EQ(revoked.exitCode, 0) << revoked.err.toStdString();
    EXPECT_TRUE(revoked.out.contains(QStringLiteral("keys rotate"))) << revoked.out.toStdString();
    EXPECT_FALSE(signsAsHome(kClerk));
    EXPECT_EQ(exportAsClerk(QStringLiteral("c2.orecpkg")).exitCode, 3);
    // The last holder stays: nobody could sign otherwise.
    EXPECT_EQ(admin({QStringLiteral("user"), QStringLiteral("revoke-exchange"), kAdmin}).exitCode, 2);
    EXPECT_TRUE(signsAsHome(kAdmin));

    // New home keys: administrators who hold the right only.
    EXPECT_EQ(clerk({QStringLiteral("keys"), QStringLiteral("rotate")}).exitCode, 3);
    CliRun rotated = admin({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--json")});
    ASSERT_EQ(rotated.exitCode, 0) << rotated.err.toStdString();
    const QJsonObject r = QJsonDocument::fromJson(rotated.out.toUtf8()).object();
    EXPECT_NE(r[QStringLiteral("fingerprint")].toString(), r[QStringLiteral("old_fingerprint")].toString());

    // Every grant and revocation is a signed entry of the administrator's, and the check passes.
    CliRun check = admin({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    homeAs(kAdmin, kAdminPassphrase);
    auto s = homeDb().connection().prepare(
        "SELECT action, user_name FROM audit_log WHERE entity = 'exchange_grant' AND entity_id = ? ORDER BY id");
    ASSERT_TRUE(s.ok());
    s->bind(1, kClerk);
    QStringList actions;
    while (*s->step()) {
        actions << s->text(0);
        EXPECT_EQ(s->text(1), kAdmin);
    }
    EXPECT_EQ(actions, (QStringList{QStringLiteral("grant"), QStringLiteral("revoke")}));
}

TEST_F(HomeKeysCliTest, TheHelpSaysWhatTheRightIs)
{
    for (const char* command : {"grant-exchange", "revoke-exchange"}) {
        CliRun help = runCli({QStringLiteral("user"), QLatin1String(command), QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << command;
        EXPECT_TRUE(help.out.contains(QStringLiteral("sign"))) << help.out.toStdString();
    }
    CliRun rotate = runCli({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("--help")});
    EXPECT_EQ(rotate.exitCode, 0);
    EXPECT_TRUE(rotate.out.contains(QStringLiteral("copied"))) << rotate.out.toStdString();
}

} // namespace
} // namespace orec::test
