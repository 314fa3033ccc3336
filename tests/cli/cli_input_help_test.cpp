// The `orec` contract for what users type, through the real executable: an invalid value of an
// option or argument is invalid input (exit 2, with the accepted values), a missing one a usage
// error (exit 1); rejected import rows land in a file beside the input; a posting's attendance is
// set on creation and changed later (audited); command groups have their help; --lang anywhere;
// and the desktop application prints its help without a display.
#include "storage/audit_log.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>
#include <tuple>

using namespace orec;
using namespace orec::test;

namespace {

const QString kPass = QStringLiteral("Mật khẩu của quản trị 2026");

QMap<QString, QString> env()
{
    return {{QStringLiteral("OREC_PASSPHRASE"), kPass}};
}

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

class CliInputTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.file(QStringLiteral("input.orec"));
        auto init = run({QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    }

    CliRun run(const QStringList& rest)
    {
        QStringList a{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin"),
                      QStringLiteral("--insecure-fast-kdf-for-tests")};
        return runCli(a + rest, env());
    }

    QJsonObject json(const QStringList& rest)
    {
        auto r = run(QStringList{QStringLiteral("--json")} + rest);
        EXPECT_EQ(r.exitCode, 0) << rest.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    void unitsAndMember()
    {
        ASSERT_EQ(run(words("unit add --code DU-T --name Committee --kind committee")).exitCode, 0);
        ASSERT_EQ(run(words("unit add --code CB-A --name Cell --parent DU-T")).exitCode, 0);
        auto added =
            run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("--card"), QStringLiteral("10000001"),
                 QStringLiteral("--admitted"), QStringLiteral("19/05/2010"), QStringLiteral("--full-member"),
                 QStringLiteral("19/05/2011"), QStringLiteral("--home-unit"), QStringLiteral("CB-A")});
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }

    QString write(const QString& name, const QString& text)
    {
        const QString path = m_dir.file(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        return path;
    }

    void expectInvalid(const QStringList& rest, const QStringList& mentioned)
    {
        const auto r = run(rest);
        EXPECT_EQ(r.exitCode, 2) << rest.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        for (const QString& m : mentioned)
            EXPECT_TRUE(r.err.contains(m)) << rest.join(QLatin1Char(' ')).toStdString() << " should mention "
                                           << m.toStdString() << ": " << r.err.toStdString();
    }

    TempDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(CliInputTest, InvalidValuesExitWithTwoAndListTheAcceptedValues)
{
    unitsAndMember();
    // Purposes: the help shows the Vietnamese interchange codes first, so does the message; both are
    // accepted.
    expectInvalid(
        words("member list --purpose xx"),
        {QStringLiteral("\"xx\""), QStringLiteral("cong_tac, hoc_tap"), QStringLiteral("official_mission")});
    EXPECT_EQ(run(words("member list --purpose study")).exitCode, 0);
    EXPECT_EQ(run(words("member list --purpose hoc_tap")).exitCode, 0);
    expectInvalid(
        words("posting create 10000001 --purpose xx --country FR --from 05/01/2026 --to 10/01/2026"),
        {QStringLiteral("cong_tac")});
    // Cell types: the help shows the English codes first.
    expectInvalid(words("unit add --code X --name Y --cell-type bad"),
                  {QStringLiteral("embassy, spouse"), QStringLiteral("co_quan_dai_dien")});
    expectInvalid(words("abroad --cell-type bad"), {QStringLiteral("embassy")});
    expectInvalid(words("unit list --cell-type bad"), {QStringLiteral("embassy")});
    expectInvalid(words("report file 1 nonsense"), {QStringLiteral("pre_departure")});
    expectInvalid(words("report add 10000001 nonsense --event-date 01/01/2026"),
                  {QStringLiteral("annual_rating")});
    expectInvalid(words("report due --kind nonsense"), {QStringLiteral("self_review")});
    expectInvalid(words("report due --days abc"), {QStringLiteral("--days")});
    expectInvalid(words("member list --sort nonsense"), {QStringLiteral("relevance")});
    expectInvalid(words("member list --presence nowhere"), {QStringLiteral("at_home")});
    expectInvalid(words("member list --limit many"), {QStringLiteral("--limit")});
    expectInvalid(words("member add --name X --gender robot"), {QStringLiteral("Nam, Nữ")});
    expectInvalid(words("member add --name X --born 99/99/1990"), {});
    expectInvalid(words("member add --name X --disciplinary-review maybe"), {QStringLiteral("yes or no")});
    expectInvalid(words("unit add --code X --name Y --kind club"),
                  {QStringLiteral("committee, cell or group")});
    expectInvalid(words("search nguyen --limit lots"), {QStringLiteral("--limit")});
    expectInvalid(words("probation --days soon"), {QStringLiteral("--days")});
    expectInvalid(words("stats --year last"), {QStringLiteral("--year")});
    expectInvalid(words("posting approve 1 --date yesterday"), {});
    expectInvalid(words("posting probation 1 maybe --ref X"),
                  {QStringLiteral("admitted, extended or refused")});
    expectInvalid(words("transfer issue 10000001 --committee DU-T --kind forever"),
                  {QStringLiteral("labour_export")});
    expectInvalid(words("transfer register DU-T --year MMXXVI"), {QStringLiteral("--year")});
    expectInvalid(words("demo --members many"), {QStringLiteral("--members")});
    expectInvalid(words("--lang fr summary"), {QStringLiteral("vi or en")});
    expectInvalid(words("posting create 10000001 --purpose cong_tac --country FR --from 05/01/2026 --to "
                        "10/01/2026 --arrangement sometimes"),
                  {QStringLiteral("giu_nguyen")});

    // What is missing, or not an option at all, stays a usage error.
    EXPECT_EQ(run(words("member list --frobnicate")).exitCode, 1);
    EXPECT_EQ(run(words("report file 1")).exitCode, 1);
    EXPECT_EQ(run(words("posting create 10000001 --country FR --from 05/01/2026 --to 10/01/2026")).exitCode,
              1);
    EXPECT_EQ(run(words("report due --days")).exitCode, 1);
    EXPECT_EQ(run(words("frobnicate")).exitCode, 1);
}

TEST_F(CliInputTest, SkippedRowsGoToARejectsFileBesideTheInputWhenNoneIsNamed)
{
    unitsAndMember();
    const QString file = write(QStringLiteral("members.csv"),
                               QStringLiteral("\uFEFFho_ten,ngay_sinh,so_the_dang_vien,don_vi_sinh_hoat\r\n"
                                              "Trần Thị Lan,01/02/1990,10000002,CB-A\r\n"
                                              ",01/02/1990,,CB-A\r\n"));
    // A dry run writes nothing.
    auto dry = run({QStringLiteral("import"), QStringLiteral("members"), file,
                    QStringLiteral("--skip-invalid"), QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("*rejects*")}, QDir::Files).size(), 0);

    const QString first = m_dir.file(QStringLiteral("members.rejects.csv"));
    auto skipped =
        run({QStringLiteral("import"), QStringLiteral("members"), file, QStringLiteral("--skip-invalid")});
    EXPECT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    EXPECT_TRUE(skipped.out.contains(QStringLiteral("Imported 1 of 2"))) << skipped.out.toStdString();
    ASSERT_TRUE(QFile::exists(first));
    EXPECT_TRUE(skipped.err.contains(QFileInfo(first).fileName())) << skipped.err.toStdString();
    EXPECT_FALSE(skipped.out.contains(QStringLiteral("rejects.csv"))) << skipped.out.toStdString();
    const QByteArray firstBytes = readAll(first);
    EXPECT_TRUE(firstBytes.contains("ly_do_loi"));
    EXPECT_TRUE(firstBytes.contains("line 3"));

    // The same file again: now both rows are refused (the first is a duplicate); the earlier rejects stay.
    auto again =
        run({QStringLiteral("import"), QStringLiteral("members"), file, QStringLiteral("--skip-invalid")});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    const QString second = m_dir.file(QStringLiteral("members.rejects-2.csv"));
    ASSERT_TRUE(QFile::exists(second));
    EXPECT_TRUE(again.err.contains(QFileInfo(second).fileName())) << again.err.toStdString();
    EXPECT_EQ(readAll(first), firstBytes);
    EXPECT_TRUE(readAll(second).contains("10000002"));

    // --json keeps stdout for the report, which names the file too.
    auto third = run({QStringLiteral("--json"), QStringLiteral("member"), QStringLiteral("import"), file,
                      QStringLiteral("--skip-invalid")});
    EXPECT_EQ(third.exitCode, 0) << third.err.toStdString();
    const QString thirdPath = m_dir.file(QStringLiteral("members.rejects-3.csv"));
    EXPECT_TRUE(QFile::exists(thirdPath));
    EXPECT_TRUE(third.err.contains(QFileInfo(thirdPath).fileName()));
    EXPECT_FALSE(QJsonDocument::fromJson(third.out.toUtf8()).isNull()) << third.out.toStdString();

    // A clean file leaves no rejects file behind.
    const QString clean = write(QStringLiteral("clean.csv"),
                                QStringLiteral("ho_ten,ngay_sinh,so_the_dang_vien,don_vi_sinh_hoat\r\n"
                                               "Lê Văn Nam,02/03/1991,10000009,CB-A\r\n"));
    auto ok =
        run({QStringLiteral("import"), QStringLiteral("members"), clean, QStringLiteral("--skip-invalid")});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_dir.file(QStringLiteral("clean.rejects.csv"))));
}

TEST_F(CliInputTest, AttendanceIsSetOnCreationAndChangedLaterWithAnAuditRow)
{
    unitsAndMember();
    const QStringList plan =
        words("posting create 10000001 --purpose cong_tac --country FR --from 05/01/2026 --to "
              "10/01/2026 --committee DU-T");
    const QJsonObject suggested = json(plan);
    EXPECT_EQ(suggested.value(QStringLiteral("attendance")).toString(), QStringLiteral("in_cell"));

    const QStringList later =
        words("posting create 10000001 --purpose cong_tac --country FR --from 05/02/2026 --to "
              "10/02/2026 --committee DU-T");
    const QJsonObject created = json(later + words("--attendance individual"));
    EXPECT_EQ(created.value(QStringLiteral("attendance")).toString(), QStringLiteral("individual"));
    const QString id = QString::number(created.value(QStringLiteral("id")).toInteger());
    expectInvalid(plan + words("--attendance sometimes"), {QStringLiteral("in_cell, individual, exempted")});

    const QJsonObject changed =
        json({QStringLiteral("posting"), QStringLiteral("attendance"), id, QStringLiteral("exempted")});
    EXPECT_EQ(changed.value(QStringLiteral("attendance")).toString(), QStringLiteral("exempted"));
    EXPECT_EQ(changed.value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
    auto shown = run({QStringLiteral("posting"), QStringLiteral("show"), id});
    EXPECT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Attendance: Exempted from meetings (exempted)")))
        << shown.out.toStdString();
    EXPECT_EQ(json({QStringLiteral("posting"), QStringLiteral("show"), id})
                  .value(QStringLiteral("attendance"))
                  .toString(),
              QStringLiteral("exempted"));

    expectInvalid({QStringLiteral("posting"), QStringLiteral("attendance"), id, QStringLiteral("sometimes")},
                  {QStringLiteral("in_cell, individual, exempted")});
    EXPECT_EQ(run({QStringLiteral("posting"), QStringLiteral("attendance"), id}).exitCode, 1);
    EXPECT_EQ(run(words("posting attendance 99999 individual")).exitCode, 2);

    {
        auto db = unlock(m_db, QStringLiteral("admin"), kPass);
        AuditFilter filter;
        filter.entity = QStringLiteral("posting");
        filter.entityId = created.value(QStringLiteral("uuid")).toString();
        auto entries = db->auditLog().query(filter);
        ASSERT_TRUE(entries.ok());
        bool found = false;
        for (const AuditEntry& e : *entries) {
            if (e.beforeJson.contains(QStringLiteral("\"individual\"")) &&
                e.afterJson.contains(QStringLiteral("\"exempted\"")))
                found = true;
        }
        EXPECT_TRUE(found) << entries->size() << " audit entries for the posting";
    }

    // A cancelled posting keeps its record.
    ASSERT_EQ(run({QStringLiteral("posting"), QStringLiteral("cancel"), id}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("posting"), QStringLiteral("attendance"), id, QStringLiteral("in_cell")})
                  .exitCode,
              2);
}

TEST(CliHelp, CommandGroupsListTheirCommands)
{
    const std::pair<const char*, const char*> groups[] = {
        {"user", "user add"},           {"member", "member import"},
        {"unit", "unit add"},           {"posting", "posting attendance"},
        {"report", "report due"},       {"rules", "rules holiday"},
        {"transfer", "transfer issue"}, {"field", "field init"},
        {"secretary", "secretary add"}, {"keys", "keys show"}};
    for (const auto& [group, command] : groups) {
        auto help = runCli({QString::fromLatin1(group), QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << group << ": " << help.err.toStdString();
        EXPECT_TRUE(help.out.contains(QLatin1String(command))) << group << ": " << help.out.toStdString();
        EXPECT_FALSE(help.err.contains(QStringLiteral("Unknown command"))) << group;
    }
    auto before = runCli({QStringLiteral("--help"), QStringLiteral("user")});
    EXPECT_EQ(before.exitCode, 0);
    EXPECT_TRUE(before.out.contains(QStringLiteral("user role")));
    auto shortForm = runCli({QStringLiteral("member"), QStringLiteral("-h")});
    EXPECT_EQ(shortForm.exitCode, 0);

    // A group alone, or with a command it does not have, is a usage error that lists its commands.
    auto alone = runCli({QStringLiteral("user")});
    EXPECT_EQ(alone.exitCode, 1);
    EXPECT_TRUE(alone.err.contains(QStringLiteral("user add")));
    auto wrong = runCli({QStringLiteral("user"), QStringLiteral("frobnicate"), QStringLiteral("--help")});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("user frobnicate"))) << wrong.err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("nosuchgroup"), QStringLiteral("--help")}).exitCode, 1);
}

TEST(CliHelp, LangWorksAnywhereOnTheLineAndTranslatesTheDescriptions)
{
    const QMap<QString, QString> vietnamese{{QStringLiteral("OREC_LANG"), QStringLiteral("vi")}};
    auto vi = runCli({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--help")}, vietnamese);
    ASSERT_EQ(vi.exitCode, 0);
    EXPECT_TRUE(vi.out.contains(QStringLiteral("Cách dùng"))) << vi.out.toStdString();
    EXPECT_FALSE(vi.out.contains(QStringLiteral("Add a member."))) << vi.out.toStdString();

    const QStringList lines[] = {
        {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("member"), QStringLiteral("add"),
         QStringLiteral("--help")},
        {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--help"), QStringLiteral("--lang"),
         QStringLiteral("en")},
        {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--lang=en"),
         QStringLiteral("--help")},
        {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")},
        {QStringLiteral("member"), QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")},
    };
    for (const QStringList& line : lines) {
        auto en = runCli(line, vietnamese);
        EXPECT_EQ(en.exitCode, 0) << line.join(QLatin1Char(' ')).toStdString() << ": "
                                  << en.err.toStdString();
        EXPECT_TRUE(en.out.contains(QStringLiteral("Usage:"))) << en.out.toStdString();
        EXPECT_FALSE(en.out.contains(QStringLiteral("Cách dùng"))) << en.out.toStdString();
        EXPECT_TRUE(en.out.contains(QStringLiteral("Add a member.")))
            << line.join(QLatin1Char(' ')).toStdString() << ": " << en.out.toStdString();
    }
    // Descriptions, not only "Usage:": --lang before or after the command.
    for (const QStringList& line : {QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                QStringLiteral("check"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("check"), QStringLiteral("--help"),
                                                QStringLiteral("--lang"), QStringLiteral("en")}}) {
        auto en = runCli(line, vietnamese);
        EXPECT_EQ(en.exitCode, 0) << line.join(QLatin1Char(' ')).toStdString() << ": "
                                  << en.err.toStdString();
        auto reference = runCli({QStringLiteral("check"), QStringLiteral("--help")}); // OREC_LANG=en
        EXPECT_EQ(en.out, reference.out) << line.join(QLatin1Char(' ')).toStdString();
    }
    auto missing = runCli({QStringLiteral("--help"), QStringLiteral("--lang")}, vietnamese);
    EXPECT_EQ(missing.exitCode, 1);
}

TEST(GuiCommandLine, HelpAndVersionNeedNoDisplay)
{
    const QString gui =
        QFileInfo(QStringLiteral(OREC_RELEASE_CLI_PATH)).absolutePath() + QStringLiteral("/overseas-records");
    if (!QFileInfo::exists(gui))
        GTEST_SKIP() << "overseas-records is not built beside orec";
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    const auto start = [&](const QStringList& arguments) {
        QProcess p;
        p.setProcessEnvironment(environment);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(gui, arguments);
        EXPECT_TRUE(p.waitForFinished(30000));
        return std::tuple{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                          QString::fromUtf8(p.readAllStandardOutput()),
                          QString::fromUtf8(p.readAllStandardError())};
    };
    for (const QString& option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const auto [code, out, err] = start({option});
        EXPECT_EQ(code, 0) << err.toStdString();
        for (const char* word : {"--db", "--user", "--lang", "--screenshot", "--version"})
            EXPECT_TRUE(out.contains(QLatin1String(word))) << word << ": " << out.toStdString();
    }
    const auto [code, out, err] = start({QStringLiteral("--version")});
    EXPECT_EQ(code, 0) << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("overseas-records"))) << out.toStdString();
    const auto [langCode, langOut, langErr] =
        start({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    EXPECT_EQ(langCode, 0) << langErr.toStdString();
}
