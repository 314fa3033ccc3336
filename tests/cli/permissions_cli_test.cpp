// Who may do what, below the windows: every command run as a clerk and as an auditor through the real
// `orec`. What the role does not allow is refused with exit code 3 before anything is looked up or
// checked (an unknown id, an invalid value, a missing file would otherwise answer first), and every table
// is unchanged; what the role allows works. The field secretary's laptop is in tests/exchange.
#include "support/test_support.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kAdminPass = QStringLiteral("Mật khẩu của quản trị 2026");
const QString kClerkPass = QStringLiteral("Mật khẩu của văn thư 2026");
const QString kAuditorPass = QStringLiteral("Mật khẩu của kiểm tra 2026");

class PermissionsCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.file(QStringLiteral("roles.orec"));
        auto demo = as(QStringLiteral("admin"),
                       {QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("30"),
                        QStringLiteral("--seed"), QStringLiteral("3")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        for (const auto& [name, role, pass] :
             {std::tuple{QStringLiteral("lan"), QStringLiteral("clerk"), kClerkPass},
              std::tuple{QStringLiteral("minh"), QStringLiteral("auditor"), kAuditorPass}}) {
            auto added =
                as(QStringLiteral("admin"),
                   {QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role},
                   {{QStringLiteral("OREC_NEW_PASSPHRASE"), pass}});
            ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        }
        m_csv = m_dir.file(QStringLiteral("members.csv"));
        QFile f(m_csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("ho_ten,ngay_sinh,so_the_dang_vien,ngay_vao_dang,ngay_chinh_thuc\n"
                "Đỗ Văn Tùng,02/03/1980,88000001,01/01/2010,01/01/2011\n");
    }

    CliRun as(const QString& user, QStringList rest, QMap<QString, QString> env = {})
    {
        const QString pass = user == QLatin1String("lan")    ? kClerkPass
                             : user == QLatin1String("minh") ? kAuditorPass
                                                             : kAdminPass;
        env.insert(QStringLiteral("OREC_PASSPHRASE"), pass);
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user,
                                  QStringLiteral("--insecure-fast-kdf-for-tests")} +
                          rest,
                      env);
    }

    QMap<QString, QByteArray> checksums()
    {
        auto db = test::unlock(m_db, QStringLiteral("admin"), kAdminPass);
        return tableChecksums(*db);
    }

    // Each command refused with exit code 3 and a message saying the role may not, nothing changed.
    void expectRefused(const QString& user, const QList<QStringList>& commands)
    {
        const auto before = checksums();
        for (const QStringList& c : commands) {
            CliRun r = as(user, c,
                          {{QStringLiteral("OREC_NEW_PASSPHRASE"), QStringLiteral("Một mật khẩu mới 2026")}});
            EXPECT_EQ(r.exitCode, 3) << user.toStdString() << ": " << c.join(QLatin1Char(' ')).toStdString()
                                     << ": " << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(QStringLiteral("may not")) ||
                        r.err.contains(QStringLiteral("field database")))
                << c.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        }
        EXPECT_EQ(checksums(), before) << user.toStdString();
    }

    void expectAllowed(const QString& user, const QList<QStringList>& commands)
    {
        for (const QStringList& c : commands) {
            CliRun r = as(user, c);
            EXPECT_EQ(r.exitCode, 0) << user.toStdString() << ": " << c.join(QLatin1Char(' ')).toStdString()
                                     << ": " << r.err.toStdString();
        }
    }

    QString out(const QString& name) const { return m_dir.file(name); }

    TempDir m_dir;
    QString m_db;
    QString m_csv;
};

// What only an administrator does, refused to clerks and auditors alike, on purpose with arguments that are
// wrong in other ways too.
QList<QStringList> adminOnly()
{
    return {
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x!"), QStringLiteral("--role"),
         QStringLiteral("clerk")},
        {QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("nobody")},
        {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("nobody"), QStringLiteral("admin")},
        {QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("nobody")},
        {QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("no.such.rule"), QStringLiteral("5")},
        {QStringLiteral("rules"), QStringLiteral("holiday"), QStringLiteral("16/02/2026"),
         QStringLiteral("Tết")},
        {QStringLiteral("rekey")},
        {QStringLiteral("secretary"), QStringLiteral("add"), QStringLiteral("--cell"),
         QStringLiteral("NO-SUCH-CELL")},
        {QStringLiteral("secretary"), QStringLiteral("remove"), QStringLiteral("--cell"),
         QStringLiteral("NO-SUCH-CELL")},
    };
}

TEST_F(PermissionsCliTest, AClerkKeepsTheRegisterButNotItsUsersRulesKeysOrAuditLog)
{
    QList<QStringList> refused = adminOnly();
    refused += QList<QStringList>{
        {QStringLiteral("audit"), QStringLiteral("list")},
        {QStringLiteral("user"), QStringLiteral("list")},
    };
    expectRefused(QStringLiteral("lan"), refused);

    expectAllowed(QStringLiteral("lan"),
                  {{QStringLiteral("search"), QStringLiteral("nguyen")},
                   {QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("1")},
                   {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("Hà Văn Bắc")},
                   {QStringLiteral("import"), QStringLiteral("members"), m_csv},
                   {QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--out"),
                    out(QStringLiteral("m.csv"))},
                   {QStringLiteral("print"), QStringLiteral("abroad"), QStringLiteral("--out"),
                    out(QStringLiteral("a.csv"))},
                   {QStringLiteral("backup"), out(QStringLiteral("lan.orecbak"))},
                   {QStringLiteral("rules"), QStringLiteral("show")},
                   {QStringLiteral("check")}});
}

TEST_F(PermissionsCliTest, AnAuditorReadsEverythingAndTheAuditLogAndChangesNothing)
{
    QList<QStringList> refused = adminOnly();
    refused += QList<QStringList>{
        // Changes to records, each with an argument that would be refused for another reason first.
        {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--name"), QString()},
        {QStringLiteral("member"), QStringLiteral("edit"), QStringLiteral("999999"), QStringLiteral("--name"),
         QStringLiteral("X")},
        {QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("X"),
         QStringLiteral("--name"), QStringLiteral("Y"), QStringLiteral("--parent"),
         QStringLiteral("NO-SUCH-UNIT")},
        {QStringLiteral("unit"), QStringLiteral("edit"), QStringLiteral("NO-SUCH-UNIT")},
        {QStringLiteral("posting"), QStringLiteral("create"), QStringLiteral("999999"),
         QStringLiteral("--purpose"), QStringLiteral("du_lich"), QStringLiteral("--country"),
         QStringLiteral("JP")},
        {QStringLiteral("posting"), QStringLiteral("approve"), QStringLiteral("999999")},
        {QStringLiteral("posting"), QStringLiteral("attendance"), QStringLiteral("999999"),
         QStringLiteral("individual")},
        {QStringLiteral("report"), QStringLiteral("file"), QStringLiteral("999999"),
         QStringLiteral("return")},
        {QStringLiteral("report"), QStringLiteral("add"), QStringLiteral("999999"),
         QStringLiteral("annual_rating")},
        {QStringLiteral("transfer"), QStringLiteral("issue"), QStringLiteral("999999"),
         QStringLiteral("--committee"), QStringLiteral("NO-SUCH-UNIT")},
        {QStringLiteral("import"), QStringLiteral("members"), out(QStringLiteral("missing.csv"))},
        {QStringLiteral("import"), QStringLiteral("members"), m_csv},
        {QStringLiteral("export-package"), QStringLiteral("--cell"), QStringLiteral("NO-SUCH-CELL"),
         QStringLiteral("--out"), out(QStringLiteral("p.orecpkg"))},
        {QStringLiteral("import-package"), out(QStringLiteral("missing.orecpkg"))},
        {QStringLiteral("field"), QStringLiteral("export"), QStringLiteral("--out"),
         out(QStringLiteral("r.orecpkg"))},
    };
    expectRefused(QStringLiteral("minh"), refused);
    EXPECT_FALSE(QFile::exists(out(QStringLiteral("p.orecpkg"))));

    expectAllowed(
        QStringLiteral("minh"),
        {{QStringLiteral("search"), QStringLiteral("nguyen")},
         {QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("1")},
         {QStringLiteral("member"), QStringLiteral("list")},
         {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")},
         {QStringLiteral("user"), QStringLiteral("list")},
         {QStringLiteral("import"), QStringLiteral("members"), m_csv, QStringLiteral("--dry-run")},
         {QStringLiteral("print"), QStringLiteral("abroad"), QStringLiteral("--out"),
          out(QStringLiteral("a.pdf"))},
         {QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("2025")},
         {QStringLiteral("check")}});
}

} // namespace
