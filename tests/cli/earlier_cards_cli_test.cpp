// Earlier party card numbers through the real `orec`: a card number changed with `member edit` is kept,
// `orec search` finds the member by it and says so, and `orec check` passes; a clerk's workbook imports
// with its header found under the title rows and its changed values listed.
#include "support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kPass = QStringLiteral("Mật khẩu của quản trị 2026");

class EarlierCardsCliTest : public ::testing::Test
{
protected:
    CliRun run(QStringList rest)
    {
        QStringList a{QStringLiteral("--db"),
                      m_db,
                      QStringLiteral("--user"),
                      QStringLiteral("admin"),
                      QStringLiteral("--insecure-fast-kdf-for-tests"),
                      QStringLiteral("--lang"),
                      QStringLiteral("en")};
        return runCli(a + rest, {{QStringLiteral("OREC_PASSPHRASE"), kPass}});
    }
    void SetUp() override
    {
        m_db = m_dir.file(QStringLiteral("r.orec"));
        ASSERT_EQ(run({QStringLiteral("init")}).exitCode, 0);
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
    }

    TempDir m_dir;
    QString m_db;
};

} // namespace

TEST_F(EarlierCardsCliTest, AChangedCardNumberIsKeptFoundAndChecked)
{
    auto added =
        run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("--card"), QStringLiteral("10000001")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    auto edited = run({QStringLiteral("member"), QStringLiteral("edit"), QStringLiteral("10000001"),
                       QStringLiteral("--card"), QStringLiteral("20000001")});
    ASSERT_EQ(edited.exitCode, 0) << edited.err.toStdString();
    auto found = run({QStringLiteral("search"), QStringLiteral("10000001")});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_TRUE(found.out.contains(QStringLiteral("Nguyễn Văn Đức")));
    EXPECT_TRUE(found.out.contains(QStringLiteral("found by the earlier card number 10000001")))
        << found.out.toStdString();
    auto json = run({QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("10000001")});
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().toObject().value(QStringLiteral("party_card_no")).toString(),
              QStringLiteral("20000001"));
    EXPECT_EQ(rows.first().toObject().value(QStringLiteral("earlier_card_match")).toString(),
              QStringLiteral("10000001"));
    EXPECT_EQ(run({QStringLiteral("check")}).exitCode, 0);
}

TEST_F(EarlierCardsCliTest, AClerksWorkbookImportsWithItsHeaderFoundAndItsChangesListed)
{
    const QString sheet = QStringLiteral(OREC_SOURCE_DIR "/tests/data/clerk_members.xlsx");
    const QString map = QStringLiteral("Họ và tên=ho_ten, Ngày sinh=ngay_sinh, Số CCCD=so_cccd, Số thẻ đảng "
                                       "viên=so_the_dang_vien, Ngày vào Đảng=ngay_vao_dang, Ngày chính "
                                       "thức=ngay_chinh_thuc, Chi bộ=don_vi_sinh_hoat, Ghi chú=ghi_chu");
    auto refused =
        run({QStringLiteral("import"), QStringLiteral("members"), sheet, QStringLiteral("--map"), map});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("line 11, column Số CCCD"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("scientific notation")));
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Column titles taken from line 6")));
    EXPECT_TRUE(refused.err.contains(QStringLiteral("changed: 12.345678 → 12345678")));
    auto json = run({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("members"), sheet,
                     QStringLiteral("--map"), map, QStringLiteral("--dry-run"),
                     QStringLiteral("--header-row"), QStringLiteral("6")});
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("header_line")).toInt(), 6);
    EXPECT_EQ(report.value(QStringLiteral("changes")).toArray().size(), 10);
    EXPECT_EQ(report.value(QStringLiteral("valid")).toInt(), 3);
    EXPECT_EQ(run({QStringLiteral("check")}).exitCode, 0);
}
