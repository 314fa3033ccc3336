// `orec rules show|set` through the real executable: the documents each purpose calls for, a
// deadline's unit, clear refusals for an unknown document code, a bad unit and a clerk.
#include "support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kPass = QStringLiteral("Mật khẩu của quản trị 2026");
const QString kClerkPass = QStringLiteral("Thư ký chi bộ Matxcơva");

class RulesCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.file(QStringLiteral("rules.orec"));
        auto init = run({QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    CliRun run(QStringList rest, const QString& user = QStringLiteral("admin"), const QString& pass = kPass)
    {
        QStringList a{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user,
                      QStringLiteral("--insecure-fast-kdf-for-tests")};
        return runCli(a + rest, {{QStringLiteral("OREC_PASSPHRASE"), pass},
                                 {QStringLiteral("OREC_NEW_PASSPHRASE"), kClerkPass}});
    }

    // The rule `key` of `rules show --json`.
    QJsonObject shownRule(const QString& key, QStringList extra = {})
    {
        auto shown = run(
            QStringList{QStringLiteral("--json"), QStringLiteral("rules"), QStringLiteral("show")} + extra);
        EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
        const QJsonObject o = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        for (const QJsonValue& v : o.value(QStringLiteral("rules")).toArray()) {
            if (v.toObject().value(QStringLiteral("key")).toString() == key)
                return v.toObject();
        }
        return {};
    }

    TempDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(RulesCliTest, ShowListsTheDocumentsOfEveryPurposeAndEachDeadlinesUnit)
{
    auto shown = run({QStringLiteral("rules"), QStringLiteral("show")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    for (const char* line :
         {"documents.official_mission = pre_departure, return", "documents.study = pre_departure, return",
          "documents.tourism = private_trip_application, return",
          "documents.family_visit = private_trip_application, return",
          "documents.other_private = private_trip_application, return",
          "Private-trip application; Return report",
          "return_report.private_trip.working_days = 7 working days", "return_report.other.days = 15 days"})
        EXPECT_TRUE(shown.out.contains(QLatin1String(line))) << line << "\n" << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QLatin1String("self_review"))); // the description names the codes

    const QJsonObject tourism = shownRule(QStringLiteral("documents.tourism"));
    EXPECT_EQ(tourism.value(QStringLiteral("unit")).toString(), QStringLiteral("documents"));
    EXPECT_EQ(tourism.value(QStringLiteral("value")).toString(),
              QStringLiteral("private_trip_application,return"));
    EXPECT_FALSE(tourism.value(QStringLiteral("source")).toString().isEmpty());
    EXPECT_EQ(shownRule(QStringLiteral("return_report.private_trip.working_days"))
                  .value(QStringLiteral("unit"))
                  .toString(),
              QStringLiteral("working_days"));

    auto help = runCli({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--unit"))) << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("documents.PURPOSE"))) << help.out.toStdString();
}

TEST_F(RulesCliTest, AnAdminSetsAPurposesDocumentsAsANewVersion)
{
    auto set = run({QStringLiteral("--json"), QStringLiteral("rules"), QStringLiteral("set"),
                    QStringLiteral("documents.tourism"), QStringLiteral("return,pre_departure")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(set.out.toUtf8()).object().value(QStringLiteral("version")).toInt(), 2);
    auto shown = run({QStringLiteral("rules"), QStringLiteral("show")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("documents.tourism = pre_departure, return\n")))
        << shown.out.toStdString();
    auto old = run(
        {QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("--version"), QStringLiteral("1")});
    EXPECT_TRUE(old.out.contains(QStringLiteral("documents.tourism = private_trip_application, return\n")));
    // The changed value shows the default beside it.
    EXPECT_TRUE(
        shown.out.contains(QStringLiteral("Differs from the default: private_trip_application, return.")))
        << shown.out.toStdString();

    ASSERT_EQ(run({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("documents.expert"),
                   QStringLiteral("none")})
                  .exitCode,
              0);
    shown = run({QStringLiteral("rules"), QStringLiteral("show")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("documents.expert = none\n"))) << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("No document.")));
}

TEST_F(RulesCliTest, AnUnknownDocumentCodeIsRefusedByName)
{
    auto bad = run({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("documents.study"),
                    QStringLiteral("pre_departure,visa_form")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("\"visa_form\""))) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QStringLiteral("pre_departure, return"))) << bad.err.toStdString();
    const QJsonObject study = shownRule(QStringLiteral("documents.study"));
    EXPECT_EQ(study.value(QStringLiteral("value")).toString(), QStringLiteral("pre_departure,return"));
    auto shown = run({QStringLiteral("--json"), QStringLiteral("rules"), QStringLiteral("show")});
    EXPECT_EQ(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("versions")).toInt(),
              1);
}

TEST_F(RulesCliTest, ADeadlinesUnitIsSwitchedWithOrWithoutANewValue)
{
    auto set = run({QStringLiteral("rules"), QStringLiteral("set"),
                    QStringLiteral("return_report.private_trip.working_days"), QStringLiteral("10"),
                    QStringLiteral("--unit"), QStringLiteral("days")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    auto shown = run({QStringLiteral("rules"), QStringLiteral("show")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("return_report.private_trip.working_days = 10 days\n")))
        << shown.out.toStdString();
    const QJsonObject privateReturn = shownRule(QStringLiteral("return_report.private_trip.working_days"));
    EXPECT_EQ(privateReturn.value(QStringLiteral("unit")).toString(), QStringLiteral("days"));
    EXPECT_EQ(privateReturn.value(QStringLiteral("value")).toInt(), 10);
    // The older version is unchanged.
    EXPECT_EQ(shownRule(QStringLiteral("return_report.private_trip.working_days"),
                        {QStringLiteral("--version"), QStringLiteral("1")})
                  .value(QStringLiteral("unit"))
                  .toString(),
              QStringLiteral("working_days"));

    // Only the unit.
    ASSERT_EQ(run({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("return_report.other.days"),
                   QStringLiteral("--unit"), QStringLiteral("working_days")})
                  .exitCode,
              0);
    shown = run({QStringLiteral("rules"), QStringLiteral("show")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("return_report.other.days = 15 working days\n")))
        << shown.out.toStdString();

    // Not a deadline, or not a deadline's unit.
    auto months = run({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("probation.months"),
                       QStringLiteral("--unit"), QStringLiteral("days")});
    EXPECT_EQ(months.exitCode, 2);
    EXPECT_FALSE(months.err.isEmpty());
    EXPECT_EQ(run({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("return_report.other.days"),
                   QStringLiteral("--unit"), QStringLiteral("weeks")})
                  .exitCode,
              1);
    EXPECT_EQ(
        run({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("return_report.other.days")})
            .exitCode,
        1); // neither a value nor --unit
}

TEST_F(RulesCliTest, AClerkMayNotSetRules)
{
    auto add = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lan"),
                    QStringLiteral("--role"), QStringLiteral("clerk")});
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    EXPECT_EQ(
        run({QStringLiteral("rules"), QStringLiteral("show")}, QStringLiteral("lan"), kClerkPass).exitCode,
        0);
    auto refused = run({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("documents.tourism"),
                        QStringLiteral("return")},
                       QStringLiteral("lan"), kClerkPass);
    EXPECT_EQ(refused.exitCode, 3);
    auto unit =
        run({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("return_report.other.days"),
             QStringLiteral("--unit"), QStringLiteral("working_days")},
            QStringLiteral("lan"), kClerkPass);
    EXPECT_EQ(unit.exitCode, 3);
    auto shown = run({QStringLiteral("--json"), QStringLiteral("rules"), QStringLiteral("show")});
    EXPECT_EQ(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("versions")).toInt(),
              1);
}

TEST_F(RulesCliTest, EveryRuleShowsItsSourceAndWhetherItIsRegulationOrTheCommitteesPolicy)
{
    auto shown = run({QStringLiteral("rules"), QStringLiteral("show")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    // Every rule has its source and basis lines.
    EXPECT_EQ(shown.out.count(QStringLiteral("\n    Source: ")),
              shown.out.count(QStringLiteral("\n    Basis: ")));
    for (const char* line :
         {"approval.block_while_return_report_overdue = off", "Basis: committee policy",
          "No source found: no regulation or published procedure seen blocks a new trip",
          "arrangement.temporary_transfer.includes_threshold = on", "12-HD/BTCTW", "Basis: regulation",
          "Basis: not confirmed", "Ho Chi Minh City University of Law", "Saigon University"})
        EXPECT_TRUE(shown.out.contains(QString::fromUtf8(line))) << line << "\n" << shown.out.toStdString();
    // A new register holds the defaults: nothing differs.
    EXPECT_FALSE(shown.out.contains(QStringLiteral("Differs from the default")));

    const QJsonObject block = shownRule(QStringLiteral("approval.block_while_return_report_overdue"));
    EXPECT_EQ(block.value(QStringLiteral("basis")).toString(), QStringLiteral("committee_policy"));
    EXPECT_EQ(block.value(QStringLiteral("value")).toBool(true), false);
    EXPECT_EQ(block.value(QStringLiteral("default")).toBool(true), false);
    EXPECT_FALSE(block.value(QStringLiteral("note")).toString().isEmpty());
    const QJsonObject threshold =
        shownRule(QStringLiteral("arrangement.temporary_transfer.includes_threshold"));
    EXPECT_EQ(threshold.value(QStringLiteral("basis")).toString(), QStringLiteral("regulation"));
    EXPECT_TRUE(
        threshold.value(QStringLiteral("shown_source")).toString().contains(QStringLiteral("12-HD/BTCTW")));

    // Turning the block on is an audited new version, and the listing shows the default beside it.
    auto set = run({QStringLiteral("rules"), QStringLiteral("set"),
                    QStringLiteral("approval.block_while_return_report_overdue"), QStringLiteral("on")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    shown = run({QStringLiteral("rules"), QStringLiteral("show")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("approval.block_while_return_report_overdue = on")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Differs from the default: off.")));
    auto check = run({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
}
