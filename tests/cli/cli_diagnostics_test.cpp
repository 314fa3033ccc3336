// `orec` and its log: --verbose echoes it, with the failing operation and the engine's code, the log file is
// owner-only and holds what was done and what failed but no name, number, date or passphrase; the
// global options work after the command words too (`field init PACKAGE --db FILE`, as its help once said).
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kPass = QStringLiteral("Mật khẩu của quản trị 2026");

class CliDiagnosticsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.file(QStringLiteral("cli.orec"));
        m_logs = m_dir.file(QStringLiteral("home/.local/share/overseas-records/logs"));
        auto init = run({QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    CliRun run(QStringList rest, QMap<QString, QString> env = {})
    {
        QStringList a{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin"),
                      QStringLiteral("--insecure-fast-kdf-for-tests")};
        if (!env.contains(QStringLiteral("OREC_PASSPHRASE")))
            env.insert(QStringLiteral("OREC_PASSPHRASE"), kPass);
        env.insert(QStringLiteral("OREC_LOG_DIR"), m_logs);
        return runCli(a + rest, env);
    }

    QString log() const
    {
        return QString::fromUtf8(readAll(QDir(m_logs).filePath(QStringLiteral("orec.log"))));
    }

    // Damages the first pages: SQLite's own check of the file then fails.
    void damageTheFile()
    {
        QFile f(m_db);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write(QByteArray(64, '\x5a'));
    }

    TempDir m_dir;
    QString m_db;
    QString m_logs;
};

} // namespace

TEST_F(CliDiagnosticsTest, TheLogIsOwnerOnlyAndSaysWhatRanAndFailedWithoutNamesNumbersOrPassphrases)
{
    for (const QStringList& unit :
         {QStringList{QStringLiteral("--code"), QStringLiteral("DU-T"), QStringLiteral("--name"),
                      QStringLiteral("Đảng ủy Trường"), QStringLiteral("--kind"),
                      QStringLiteral("committee")},
          QStringList{QStringLiteral("--code"), QStringLiteral("CB-A"), QStringLiteral("--name"),
                      QStringLiteral("Chi bộ Khoa A"), QStringLiteral("--parent"), QStringLiteral("DU-T")}}) {
        auto added = run(QStringList{QStringLiteral("unit"), QStringLiteral("add")} + unit);
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }
    const QStringList member{
        QStringLiteral("member"),         QStringLiteral("add"),        QStringLiteral("--name"),
        QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("--gender"),   QStringLiteral("Nam"),
        QStringLiteral("--born"),         QStringLiteral("12/04/1985"), QStringLiteral("--card"),
        QStringLiteral("10000001"),       QStringLiteral("--admitted"), QStringLiteral("19/05/2010"),
        QStringLiteral("--home-unit"),    QStringLiteral("CB-A")};
    auto added = run(member);
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    auto again = run(member); // the same card number twice: refused
    EXPECT_EQ(again.exitCode, 2) << again.err.toStdString();
    EXPECT_TRUE(run({QStringLiteral("search"), QStringLiteral("Nguyễn")}).exitCode == 0);
    auto wrong =
        run({QStringLiteral("check")}, {{QStringLiteral("OREC_PASSPHRASE"), QStringLiteral("sai rồi")}});
    EXPECT_EQ(wrong.exitCode, 3);

    EXPECT_EQ(fileMode(m_logs), 0700);
    EXPECT_EQ(fileMode(QDir(m_logs).filePath(QStringLiteral("orec.log"))), 0600);
    const QString text = log();
    EXPECT_TRUE(text.contains(QStringLiteral("orec[")));
    EXPECT_TRUE(text.contains(QStringLiteral("info orec.cli: Command member add started")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("info orec.cli: Command member add ended with exit code 0")));
    EXPECT_TRUE(text.contains(QStringLiteral("warning orec.cli: Command member add failed: ")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Command check failed: wrong_key"))) << text.toStdString();
    for (const QString& secret : {QStringLiteral("Nguyễn"), QStringLiteral("Đức"), QStringLiteral("10000001"),
                                  QStringLiteral("1985-04-12"), QStringLiteral("12/04/1985"), kPass,
                                  QStringLiteral("sai rồi"), m_dir.path()})
        EXPECT_FALSE(text.contains(secret)) << secret.toStdString() << " in the log:\n" << text.toStdString();
}

TEST_F(CliDiagnosticsTest, VerboseSaysTheFailingOperationAndTheEnginesCode)
{
    damageTheFile();
    auto quiet = run({QStringLiteral("check")});
    EXPECT_EQ(quiet.exitCode, 5) << quiet.err.toStdString();
    EXPECT_FALSE(quiet.err.contains(QStringLiteral("engine code"))) << quiet.err.toStdString();
    EXPECT_FALSE(quiet.err.contains(QStringLiteral("orec.storage"))) << quiet.err.toStdString();

    for (const QStringList& line : {QStringList{QStringLiteral("--verbose"), QStringLiteral("check")},
                                    QStringList{QStringLiteral("check"), QStringLiteral("--verbose")}}) {
        auto verbose = run(line);
        EXPECT_EQ(verbose.exitCode, 5) << verbose.err.toStdString();
        // What was logged, echoed: what failed and SQLite's code, then the same sentence as without.
        EXPECT_TRUE(verbose.err.contains(QStringLiteral("orec: warning orec.storage: SQLite error ")))
            << verbose.err.toStdString();
        EXPECT_TRUE(verbose.err.contains(QStringLiteral(" - operation: "))) << verbose.err.toStdString();
        EXPECT_TRUE(verbose.err.contains(QStringLiteral("; engine code 26: "))) << verbose.err.toStdString();
        EXPECT_TRUE(verbose.err.contains(QStringLiteral("orec: info orec.cli: Command check started")));
        EXPECT_TRUE(verbose.err.contains(quiet.err.trimmed())) << verbose.err.toStdString();
    }
    EXPECT_TRUE(log().contains(QStringLiteral("engine code 26"))) << log().toStdString();
}

TEST(CliFieldInit, HelpNamesTheDatabaseOptionOnceAndTheOptionWorksAfterTheCommandWords)
{
    auto help = runCli({QStringLiteral("field"), QStringLiteral("init"), QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0) << help.err.toStdString();
    const QString usage = help.out.section(QLatin1Char('\n'), 0, 0);
    EXPECT_EQ(usage.count(QStringLiteral("--db")), 1) << usage.toStdString();
    EXPECT_TRUE(usage.contains(QStringLiteral("field init PACKAGE"))) << usage.toStdString();

    // --db after the command words is the global option, not "'field init' has no option --db".
    TempDir dir;
    const QString missing = dir.file(QStringLiteral("missing.orecpkg"));
    auto after = runCli({QStringLiteral("field"), QStringLiteral("init"), missing, QStringLiteral("--db"),
                         dir.file(QStringLiteral("laptop.orec"))},
                        {{QStringLiteral("OREC_ENROLMENT_CODE"), QStringLiteral("0000")},
                         {QStringLiteral("OREC_NEW_PASSPHRASE"), kPass}});
    EXPECT_NE(after.exitCode, 1) << after.err.toStdString();
    EXPECT_FALSE(after.err.contains(QStringLiteral("no option"))) << after.err.toStdString();
    EXPECT_FALSE(after.err.contains(QStringLiteral("Say which database"))) << after.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.file(QStringLiteral("laptop.orec"))));
    // And --db without its value there is a usage error.
    auto noValue = runCli({QStringLiteral("field"), QStringLiteral("init"), missing, QStringLiteral("--db")});
    EXPECT_EQ(noValue.exitCode, 1);
    EXPECT_TRUE(noValue.err.contains(QStringLiteral("--db needs a file name"))) << noValue.err.toStdString();
}
