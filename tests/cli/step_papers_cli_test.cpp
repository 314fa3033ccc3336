// The papers a step waits for, on the command line: a private trip approved without its application says
// which paper on stderr and goes ahead; with the rules table listing it as blocking, the step is refused
// with exit code 2 and the paper named.
#include "support/test_support.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kPass = QStringLiteral("Mật khẩu của quản trị 2026");

class StepPapersCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.file(QStringLiteral("cli.orec"));
        auto init = run({QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        for (const QStringList& args :
             {QStringList{QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("--code"),
                          QStringLiteral("DU-T"), QStringLiteral("--name"), QStringLiteral("Đảng ủy Trường"),
                          QStringLiteral("--kind"), QStringLiteral("committee")},
              QStringList{QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("--code"),
                          QStringLiteral("CB-A"), QStringLiteral("--name"), QStringLiteral("Chi bộ Khoa A"),
                          QStringLiteral("--parent"), QStringLiteral("DU-T")},
              QStringList{QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("--gender"), QStringLiteral("Nam"),
                          QStringLiteral("--born"), QStringLiteral("12/04/1985"), QStringLiteral("--card"),
                          QStringLiteral("10000001"), QStringLiteral("--admitted"),
                          QStringLiteral("19/05/2010"), QStringLiteral("--full-member"),
                          QStringLiteral("19/05/2011"), QStringLiteral("--home-unit"),
                          QStringLiteral("CB-A")}}) {
            auto r = run(args);
            ASSERT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << r.err.toStdString();
        }
    }

    CliRun run(QStringList rest)
    {
        QStringList a{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin"),
                      QStringLiteral("--insecure-fast-kdf-for-tests")};
        return runCli(a + rest, {{QStringLiteral("OREC_PASSPHRASE"), kPass}});
    }

    QString tourismTrip()
    {
        auto r = run({QStringLiteral("--json"), QStringLiteral("posting"), QStringLiteral("create"),
                      QStringLiteral("10000001"), QStringLiteral("--purpose"), QStringLiteral("du_lich"),
                      QStringLiteral("--country"), QStringLiteral("TH"), QStringLiteral("--from"),
                      QStringLiteral("05/01/2026"), QStringLiteral("--to"), QStringLiteral("10/01/2026"),
                      QStringLiteral("--committee"), QStringLiteral("DU-T")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QJsonObject created = QJsonDocument::fromJson(r.out.toUtf8()).object();
        return QString::number(created.value(QStringLiteral("id")).toInteger());
    }

    CliRun approve(const QString& id)
    {
        return run({QStringLiteral("posting"), QStringLiteral("approve"), id, QStringLiteral("--date"),
                    QStringLiteral("02/01/2026")});
    }

    TempDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(StepPapersCliTest, AMissingApplicationIsAWarningOnStderrAndTheApprovalGoesAhead)
{
    const QString id = tourismTrip();
    auto approved = approve(id);
    ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
    EXPECT_TRUE(approved.err.contains(QStringLiteral("Warning"))) << approved.err.toStdString();
    EXPECT_TRUE(approved.err.contains(QStringLiteral("Private-trip application")))
        << approved.err.toStdString();
    EXPECT_TRUE(approved.err.contains(QStringLiteral("papers_before.approve"))) << approved.err.toStdString();
    EXPECT_FALSE(approved.out.contains(QStringLiteral("papers_before"))); // stdout stays the result
    EXPECT_TRUE(approved.out.contains(QStringLiteral("→"))) << approved.out.toStdString();

    // The departure names the application still missing, and no pre-departure report: the private-trip
    // procedure the rules cite has none.
    auto departed = run({QStringLiteral("posting"), QStringLiteral("depart"), id, QStringLiteral("--date"),
                         QStringLiteral("05/01/2026")});
    ASSERT_EQ(departed.exitCode, 0) << departed.err.toStdString();
    EXPECT_TRUE(departed.err.contains(QStringLiteral("Private-trip application")))
        << departed.err.toStdString();
    EXPECT_FALSE(departed.err.contains(QStringLiteral("Pre-departure report"))) << departed.err.toStdString();
}

TEST_F(StepPapersCliTest, OnceReceivedNothingIsSaid)
{
    const QString id = tourismTrip();
    auto filed =
        run({QStringLiteral("report"), QStringLiteral("file"), id, QStringLiteral("private_trip_application"),
             QStringLiteral("--date"), QStringLiteral("01/01/2026")});
    ASSERT_EQ(filed.exitCode, 0) << filed.err.toStdString();
    auto approved = approve(id);
    ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
    EXPECT_FALSE(approved.err.contains(QStringLiteral("Private-trip application")))
        << approved.err.toStdString();
}

TEST_F(StepPapersCliTest, APaperTheRulesListAsBlockingRefusesTheStepWithExitCodeTwo)
{
    auto set = run({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("papers_before.blocking"),
                    QStringLiteral("private_trip_application")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    const QString id = tourismTrip();
    auto refused = approve(id);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Private-trip application")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("papers_before.blocking"))) << refused.err.toStdString();
    auto status = run({QStringLiteral("--json"), QStringLiteral("posting"), QStringLiteral("show"), id});
    EXPECT_TRUE(status.out.contains(QStringLiteral("\"planned\""))) << status.out.toStdString();
}
