// The register commands through the real `orec` executable: demo, import with its exit codes and
// rejects file, export, search, members, a posting through its life-cycle, reports due, rules, help.
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

QMap<QString, QString> env()
{
    return {{QStringLiteral("OREC_PASSPHRASE"), kPass}};
}

class RegisterCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.file(QStringLiteral("cli.orec"));
        auto init = run({QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    CliRun run(QStringList rest)
    {
        QStringList a{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin"),
                      QStringLiteral("--insecure-fast-kdf-for-tests")};
        return runCli(a + rest, env());
    }

    QJsonDocument json(QStringList rest)
    {
        auto r = run(QStringList{QStringLiteral("--json")} + rest);
        EXPECT_EQ(r.exitCode, 0) << rest.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8());
    }

    QString write(const QString& name, const QString& text)
    {
        const QString path = m_dir.file(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        return path;
    }

    void unitsAndMember()
    {
        ASSERT_EQ(run({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("--code"),
                       QStringLiteral("DU-T"), QStringLiteral("--name"), QStringLiteral("Đảng ủy Trường"),
                       QStringLiteral("--kind"), QStringLiteral("committee")})
                      .exitCode,
                  0);
        ASSERT_EQ(run({QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("--code"),
                       QStringLiteral("CB-A"), QStringLiteral("--name"), QStringLiteral("Chi bộ Khoa A"),
                       QStringLiteral("--parent"), QStringLiteral("DU-T")})
                      .exitCode,
                  0);
        auto added =
            run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("--gender"), QStringLiteral("Nam"),
                 QStringLiteral("--born"), QStringLiteral("12/04/1985"), QStringLiteral("--card"),
                 QStringLiteral("10000001"), QStringLiteral("--admitted"), QStringLiteral("19/05/2010"),
                 QStringLiteral("--full-member"), QStringLiteral("19/05/2011"), QStringLiteral("--home-unit"),
                 QStringLiteral("CB-A")});
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }

    TempDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(RegisterCliTest, HelpListsTheRegisterCommandsAndTheirOptions)
{
    auto help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* word : {"demo", "import", "export", "search", "member show", "abroad", "overdue",
                             "report due", "stats", "probation", "unapproved", "posting approve",
                             "posting did-not-return", "rules set", "transfer issue"})
        EXPECT_TRUE(help.out.contains(QLatin1String(word))) << word;
    auto import = runCli({QStringLiteral("import"), QStringLiteral("--help")});
    EXPECT_EQ(import.exitCode, 0);
    EXPECT_TRUE(import.out.contains(QStringLiteral("--skip-invalid")));
    EXPECT_TRUE(import.out.contains(QStringLiteral("--rejects")));
    EXPECT_EQ(
        runCli({QStringLiteral("posting"), QStringLiteral("extend"), QStringLiteral("--help")}).exitCode, 0);
}

TEST_F(RegisterCliTest, DemoMakesItsOwnDatabaseAndRefusesAFullRegister)
{
    const QString demo = m_dir.file(QStringLiteral("demo/demo.orec"));
    auto made = runCli({QStringLiteral("--db"), demo, QStringLiteral("--user"), QStringLiteral("demo"),
                        QStringLiteral("--insecure-fast-kdf-for-tests"), QStringLiteral("--json"),
                        QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("120"),
                        QStringLiteral("--seed"), QStringLiteral("3")},
                       env());
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(made.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("members")).toInt(), 120);
    EXPECT_EQ(o.value(QStringLiteral("postings")).toInt(), 600);
    EXPECT_EQ(o.value(QStringLiteral("recovery_key")).toString().size(), 65);
    EXPECT_TRUE(QFile::exists(demo + QStringLiteral(".keys")));

    auto again = runCli({QStringLiteral("--db"), demo, QStringLiteral("--user"), QStringLiteral("demo"),
                         QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("10")},
                        env());
    EXPECT_EQ(again.exitCode, 2);
    auto summary = runCli({QStringLiteral("--db"), demo, QStringLiteral("--user"), QStringLiteral("demo"),
                           QStringLiteral("--json"), QStringLiteral("summary")},
                          env());
    ASSERT_EQ(summary.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(summary.out.toUtf8()).object().value(QStringLiteral("members")).toInt(),
              120);
}

TEST_F(RegisterCliTest, ImportExitsWithTwoAndListsProblemsOrSkipsThemOnRequest)
{
    unitsAndMember();
    const QString file = write(QStringLiteral("members.csv"),
                               QStringLiteral("\uFEFFho_ten,ngay_sinh,so_the_dang_vien,don_vi_sinh_hoat\r\n"
                                              "Trần Thị Lan,01/02/1990,10000002,CB-A\r\n"
                                              ",01/02/1990,,CB-A\r\n"
                                              "Lê Văn Nam,30/02/1990,10000001,CB-A\r\n"));
    auto failed = run({QStringLiteral("import"), QStringLiteral("members"), file});
    EXPECT_EQ(failed.exitCode, 2);
    EXPECT_TRUE(failed.err.contains(QStringLiteral("line 3, column ho_ten"))) << failed.err.toStdString();
    EXPECT_TRUE(failed.err.contains(QStringLiteral("line 4, column ngay_sinh")));
    EXPECT_TRUE(failed.err.contains(QStringLiteral("line 4, column so_the_dang_vien")));
    EXPECT_EQ(json({QStringLiteral("member"), QStringLiteral("list")})
                  .object()
                  .value(QStringLiteral("total"))
                  .toInt(),
              1);

    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("members"), file, QStringLiteral("--rejects"),
                   m_dir.file(QStringLiteral("r.csv"))})
                  .exitCode,
              1); // --rejects without --skip-invalid
    const QString rejects = m_dir.file(QStringLiteral("rejects.csv"));
    auto skipped = run({QStringLiteral("import"), QStringLiteral("members"), file,
                        QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"), rejects});
    EXPECT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    EXPECT_TRUE(skipped.out.contains(QStringLiteral("Imported 1 of 3")));
    EXPECT_TRUE(readAll(rejects).contains("ly_do_loi"));
    EXPECT_EQ(json({QStringLiteral("member"), QStringLiteral("list")})
                  .object()
                  .value(QStringLiteral("total"))
                  .toInt(),
              2);

    EXPECT_EQ(
        run({QStringLiteral("import"), QStringLiteral("members"), m_dir.file(QStringLiteral("missing.csv"))})
            .exitCode,
        6);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("planets"), file}).exitCode, 1);
}

TEST_F(RegisterCliTest, SearchShowAndExport)
{
    unitsAndMember();
    const QJsonArray found =
        json({QStringLiteral("search"), QStringLiteral("nguyen"), QStringLiteral("duc")}).array();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].toObject().value(QStringLiteral("full_name")).toString(),
              QStringLiteral("Nguyễn Văn Đức"));
    EXPECT_EQ(found[0].toObject().value(QStringLiteral("match")).toString(), QStringLiteral("contains"));
    EXPECT_EQ(json({QStringLiteral("search"), QStringLiteral("10000001")})
                  .array()[0]
                  .toObject()
                  .value(QStringLiteral("match"))
                  .toString(),
              QStringLiteral("exact"));

    const QJsonObject shown =
        json({QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("10000001")}).object();
    EXPECT_EQ(
        shown.value(QStringLiteral("member")).toObject().value(QStringLiteral("home_unit_name")).toString(),
        QStringLiteral("Chi bộ Khoa A"));
    EXPECT_EQ(run({QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("99999999")}).exitCode,
              2);

    const QString out = m_dir.file(QStringLiteral("export.csv"));
    ASSERT_EQ(
        run({QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--out"), out}).exitCode, 0);
    const QByteArray bytes = readAll(out);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "ho_ten,gioi_tinh,ngay_sinh"));
    EXPECT_TRUE(bytes.contains("Nguyễn Văn Đức,Nam,12/04/1985"));
}

TEST_F(RegisterCliTest, APostingThroughItsLifeCycleWithRefusalsAsExitCodeTwo)
{
    unitsAndMember();
    const QJsonObject created =
        json({QStringLiteral("posting"), QStringLiteral("create"), QStringLiteral("10000001"),
              QStringLiteral("--purpose"), QStringLiteral("cong_tac"), QStringLiteral("--country"),
              QStringLiteral("Pháp"), QStringLiteral("--from"), QStringLiteral("05/01/2026"),
              QStringLiteral("--to"), QStringLiteral("10/01/2026"), QStringLiteral("--committee"),
              QStringLiteral("DU-T")})
            .object();
    const QString id = QString::number(created.value(QStringLiteral("id")).toInteger());
    EXPECT_EQ(created.value(QStringLiteral("countries")).toArray()[0].toString(), QStringLiteral("FR"));
    EXPECT_EQ(created.value(QStringLiteral("status")).toString(), QStringLiteral("planned"));

    // Departing before approval is refused with the reason; recording it as unapproved is possible.
    auto refused = run({QStringLiteral("posting"), QStringLiteral("depart"), id, QStringLiteral("--date"),
                        QStringLiteral("05/01/2026")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("not been approved"))) << refused.err.toStdString();

    for (const QStringList& step :
         {QStringList{QStringLiteral("approve"), id, QStringLiteral("--date"), QStringLiteral("02/01/2026")},
          QStringList{QStringLiteral("depart"), id, QStringLiteral("--date"), QStringLiteral("05/01/2026")},
          QStringList{QStringLiteral("return"), id, QStringLiteral("--date"),
                      QStringLiteral("10/01/2026")}}) {
        auto r = run(QStringList{QStringLiteral("posting")} + step);
        EXPECT_EQ(r.exitCode, 0) << step.join(QLatin1Char(' ')).toStdString() << r.err.toStdString();
    }
    // Nobody filed the pre-departure report (due on the day of departure) nor the return report
    // (15 days after the return): both are overdue, the older first.
    const QJsonObject due =
        json({QStringLiteral("report"), QStringLiteral("due"), QStringLiteral("--overdue")}).object();
    ASSERT_EQ(due.value(QStringLiteral("total")).toInt(), 2);
    const QJsonArray late = due.value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(late[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("pre_departure"));
    EXPECT_EQ(late[0].toObject().value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-01-05"));
    EXPECT_EQ(late[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("return"));
    EXPECT_EQ(late[1].toObject().value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-01-25"));

    EXPECT_EQ(run({QStringLiteral("posting"), QStringLiteral("close"), id, QStringLiteral("--date"),
                   QStringLiteral("01/02/2026")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("report"), QStringLiteral("file"), id, QStringLiteral("return"),
                   QStringLiteral("--date"), QStringLiteral("20/01/2026")})
                  .exitCode,
              0);
    const QJsonObject closed = json({QStringLiteral("posting"), QStringLiteral("close"), id,
                                     QStringLiteral("--date"), QStringLiteral("01/02/2026")})
                                   .object();
    EXPECT_EQ(closed.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(run({QStringLiteral("posting"), QStringLiteral("return"), id, QStringLiteral("--date"),
                   QStringLiteral("31/02/2026")})
                  .exitCode,
              2); // not a day of the calendar
    EXPECT_EQ(run({QStringLiteral("posting"), QStringLiteral("return"), id, QStringLiteral("--frobnicate")})
                  .exitCode,
              1);
}

TEST_F(RegisterCliTest, StatisticsAndRules)
{
    unitsAndMember();
    const QJsonObject stats =
        json({QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("2025")}).object();
    EXPECT_EQ(stats.value(QStringLiteral("postings")).toInt(), 0);
    EXPECT_EQ(run({QStringLiteral("stats")}).exitCode, 1);

    const QJsonObject rules = json({QStringLiteral("rules"), QStringLiteral("set"),
                                    QStringLiteral("return_report.other.days"), QStringLiteral("10")})
                                  .object();
    EXPECT_EQ(rules.value(QStringLiteral("version")).toInt(), 2);
    EXPECT_EQ(run({QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("no.such.rule"),
                   QStringLiteral("1")})
                  .exitCode,
              2);
    auto shown = run({QStringLiteral("rules"), QStringLiteral("show")});
    EXPECT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.contains(QStringLiteral("return_report.other.days = 10")));
    auto old = run(
        {QStringLiteral("rules"), QStringLiteral("show"), QStringLiteral("--version"), QStringLiteral("1")});
    EXPECT_TRUE(old.out.contains(QStringLiteral("return_report.other.days = 15")));
}
