// Spreadsheets through the real `orec`: export to .xlsx and import it back, a clerk's sheet whose headers
// differ (refused with the --map that would read it, then imported with it), a map with a typo refused.
#include "support/test_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kPass = QStringLiteral("Mật khẩu của quản trị 2026");

class SpreadsheetCliTest : public ::testing::Test
{
protected:
    CliRun run(const QString& db, QStringList rest)
    {
        QStringList a{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                      QStringLiteral("--insecure-fast-kdf-for-tests")};
        return runCli(a + rest, {{QStringLiteral("OREC_PASSPHRASE"), kPass}});
    }

    QString init(const QString& name)
    {
        const QString db = m_dir.file(name);
        auto r = run(db, {QStringLiteral("init")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return db;
    }

    void seed(const QString& db)
    {
        ASSERT_EQ(run(db, {QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("--code"),
                           QStringLiteral("DU-T"), QStringLiteral("--name"), QStringLiteral("Đảng ủy Trường"),
                           QStringLiteral("--kind"), QStringLiteral("committee")})
                      .exitCode,
                  0);
        ASSERT_EQ(run(db, {QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("--code"),
                           QStringLiteral("CB-A"), QStringLiteral("--name"), QStringLiteral("Chi bộ Khoa A"),
                           QStringLiteral("--parent"), QStringLiteral("DU-T")})
                      .exitCode,
                  0);
    }

    qint64 members(const QString& db)
    {
        auto r = run(db, {QStringLiteral("--json"), QStringLiteral("member"), QStringLiteral("list")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("total")).toInteger();
    }

    TempDir m_dir;
};

} // namespace

TEST_F(SpreadsheetCliTest, ExportToXlsxImportsBackIntoAnEmptyRegister)
{
    const QString a = init(QStringLiteral("a.orec"));
    seed(a);
    auto added =
        run(a, {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--name"),
                QStringLiteral("Nguyễn Thị Ngọc Ánh"), QStringLiteral("--born"), QStringLiteral("01/02/1990"),
                QStringLiteral("--card"), QStringLiteral("10000002"), QStringLiteral("--admitted"),
                QStringLiteral("03/02/2015"), QStringLiteral("--full-member"), QStringLiteral("03/02/2016"),
                QStringLiteral("--home-unit"), QStringLiteral("CB-A")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString cells = m_dir.file(QStringLiteral("cells.xlsx"));
    const QString people = m_dir.file(QStringLiteral("members.xlsx"));
    ASSERT_EQ(
        run(a, {QStringLiteral("export"), QStringLiteral("cells"), QStringLiteral("--out"), cells}).exitCode,
        0);
    auto exported =
        run(a, {QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--out"), people});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(readAll(people).startsWith("PK")); // a real workbook

    const QString b = init(QStringLiteral("b.orec"));
    ASSERT_EQ(run(b, {QStringLiteral("import"), QStringLiteral("cells"), cells}).exitCode, 0);
    auto imported = run(b, {QStringLiteral("import"), QStringLiteral("members"), people});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(members(b), 1);
    auto shown = run(b, {QStringLiteral("--json"), QStringLiteral("member"), QStringLiteral("show"),
                         QStringLiteral("10000002")});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Nguyễn Thị Ngọc Ánh")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("1990-02-01")));
}

TEST_F(SpreadsheetCliTest, HeadersThatDifferAreRefusedWithTheMapThatReadsThemThenImportedWithIt)
{
    const QString db = init(QStringLiteral("c.orec"));
    seed(db);
    const QString file = m_dir.file(QStringLiteral("clerk.csv"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral(
                "STT;Họ và tên;Ngày, tháng, năm sinh;Số thẻ Đảng viên;Chi bộ\n"
                "1;Lê Văn An;12/04/1985;10000100;CB-A\n2;Trần Thị Bình;03/05/1990;10000101;Chi bộ Khoa A\n")
                .toUtf8());
    f.close();

    auto refused = run(db, {QStringLiteral("import"), QStringLiteral("members"), file});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--map \"Họ và tên=ho_ten")))
        << refused.err.toStdString();
    EXPECT_EQ(members(db), 0);

    const QString map = QStringLiteral("Họ và tên=ho_ten, Ngày, tháng, năm sinh=date_of_birth, "
                                       "Số thẻ Đảng viên=so_the_dang_vien, Chi bộ=home_unit, STT=");
    auto typo = run(db, {QStringLiteral("import"), QStringLiteral("members"), file, QStringLiteral("--map"),
                         QStringLiteral("Ho va ten=ho_ten")});
    EXPECT_NE(typo.exitCode, 0);
    EXPECT_TRUE(typo.err.contains(QStringLiteral("Ho va ten"))) << typo.err.toStdString();
    auto wrongField = run(db, {QStringLiteral("import"), QStringLiteral("members"), file,
                               QStringLiteral("--map"), QStringLiteral("Họ và tên=shoe_size")});
    EXPECT_NE(wrongField.exitCode, 0);
    EXPECT_EQ(members(db), 0);

    auto imported =
        run(db, {QStringLiteral("import"), QStringLiteral("members"), file, QStringLiteral("--map"), map});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(members(db), 2);
    auto shown = run(db, {QStringLiteral("--json"), QStringLiteral("member"), QStringLiteral("show"),
                          QStringLiteral("10000101")});
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_TRUE(shown.out.contains(QStringLiteral("1990-05-03")));
}
