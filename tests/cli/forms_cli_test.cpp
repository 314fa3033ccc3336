// The committee's level and the transfer forms through the real `orec`: a level set and read back,
// 3A-SHĐ refused from a grassroots committee with the reason, 2-SHĐ whole and as an overlay with offsets,
// the calibration page and its saved offsets. Each test ends with `orec check` passing.
#include "support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kPass = QStringLiteral("Mật khẩu của quản trị 2026");

class FormsCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.file(QStringLiteral("forms.orec"));
        // The printers' offsets are the user's settings: kept in this test's own folder.
        m_env = {{QStringLiteral("OREC_PASSPHRASE"), kPass},
                 {QStringLiteral("XDG_CONFIG_HOME"), m_dir.file(QStringLiteral("config"))}};
        auto init = run({QStringLiteral("init")});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        for (const QStringList& unit :
             {QStringList{"--code", "DUBNG", "--name", "Đảng ủy Bộ Ngoại giao", "--kind", "committee"},
              QStringList{"--code", "DUHV", "--name", "Đảng ủy Học viện Ngoại giao", "--kind", "committee",
                          "--parent", "DUBNG"},
              QStringList{"--code", "CBLQT", "--name", "Chi bộ Khoa Luật quốc tế", "--parent", "DUHV"},
              QStringList{"--code", "CBTKY", "--name", "Chi bộ lưu học sinh tại Tô-ky-ô", "--parent", "DUBNG",
                          "--cell-type", "student", "--country", "JP"}}) {
            auto added = run(QStringList{QStringLiteral("unit"), QStringLiteral("add")} + unit);
            ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        }
        auto member =
            run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Trần Thị Thu Hằng"), QStringLiteral("--alias"), QStringLiteral("Thu Hà"),
                 QStringLiteral("--born"), QStringLiteral("14/03/1990"), QStringLiteral("--card"),
                 QStringLiteral("12345678"), QStringLiteral("--admitted"), QStringLiteral("19/05/2015"),
                 QStringLiteral("--full-member"), QStringLiteral("19/05/2016"), QStringLiteral("--home-unit"),
                 QStringLiteral("CBLQT")});
        ASSERT_EQ(member.exitCode, 0) << member.err.toStdString();
    }

    void TearDown() override
    {
        auto check = run({QStringLiteral("check")});
        EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    }

    CliRun run(QStringList rest)
    {
        QStringList a{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin"),
                      QStringLiteral("--insecure-fast-kdf-for-tests")};
        return runCli(a + rest, m_env);
    }

    QString levelOf(const QString& code)
    {
        auto shown = run({QStringLiteral("--json"), QStringLiteral("unit"), QStringLiteral("show"), code});
        EXPECT_EQ(shown.exitCode, 0) << shown.err.toStdString();
        return QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("level")).toString();
    }

    QString pdfText(const QString& pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                              QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

    TempDir m_dir;
    QString m_db;
    QMap<QString, QString> m_env;
};

TEST_F(FormsCliTest, ACommitteesLevelIsSetAndReadBack)
{
    EXPECT_EQ(levelOf(QStringLiteral("DUBNG")), QStringLiteral("district"));  // top of the tree
    EXPECT_EQ(levelOf(QStringLiteral("DUHV")), QStringLiteral("grassroots")); // under a committee
    EXPECT_EQ(levelOf(QStringLiteral("CBLQT")), QStringLiteral("cell"));
    auto edited = run({QStringLiteral("unit"), QStringLiteral("edit"), QStringLiteral("DUBNG"),
                       QStringLiteral("--level"), QStringLiteral("province")});
    ASSERT_EQ(edited.exitCode, 0) << edited.err.toStdString();
    EXPECT_EQ(levelOf(QStringLiteral("DUBNG")), QStringLiteral("province"));
    auto wrong = run({QStringLiteral("unit"), QStringLiteral("edit"), QStringLiteral("CBLQT"),
                      QStringLiteral("--level"), QStringLiteral("district")});
    EXPECT_EQ(wrong.exitCode, 2) << wrong.err.toStdString();
    EXPECT_EQ(levelOf(QStringLiteral("CBLQT")), QStringLiteral("cell"));
    auto unknown = run({QStringLiteral("unit"), QStringLiteral("edit"), QStringLiteral("DUHV"),
                        QStringLiteral("--level"), QStringLiteral("national")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("grassroots"))) << unknown.err.toStdString();
}

TEST_F(FormsCliTest, ASlipAbroadFromAGrassrootsCommitteeIsRefusedWithTheReason)
{
    auto refused = run({QStringLiteral("transfer"), QStringLiteral("issue"), QStringLiteral("12345678"),
                        QStringLiteral("--committee"), QStringLiteral("DUHV"), QStringLiteral("--kind"),
                        QStringLiteral("labour_export"), QStringLiteral("--to"), QStringLiteral("CBTKY"),
                        QStringLiteral("--date"), QStringLiteral("02/03/2026")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Đảng ủy Học viện Ngoại giao")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("3A-SHĐ"))) << refused.err.toStdString();
    auto issued = run({QStringLiteral("transfer"), QStringLiteral("issue"), QStringLiteral("12345678"),
                       QStringLiteral("--committee"), QStringLiteral("DUBNG"), QStringLiteral("--kind"),
                       QStringLiteral("labour_export"), QStringLiteral("--to"), QStringLiteral("CBTKY"),
                       QStringLiteral("--date"), QStringLiteral("02/03/2026")});
    EXPECT_EQ(issued.exitCode, 0) << issued.err.toStdString();
}

TEST_F(FormsCliTest, TwoShdWholeAsAnOverlayAndTheCalibrationPage)
{
    auto issued = run({QStringLiteral("--json"), QStringLiteral("transfer"), QStringLiteral("issue"),
                       QStringLiteral("12345678"), QStringLiteral("--committee"), QStringLiteral("DUHV"),
                       QStringLiteral("--to"), QStringLiteral("CBTKY"), QStringLiteral("--date"),
                       QStringLiteral("02/03/2026")});
    ASSERT_EQ(issued.exitCode, 0) << issued.err.toStdString();
    const QString id = QString::number(
        QJsonDocument::fromJson(issued.out.toUtf8()).object().value(QStringLiteral("id")).toInteger());
    const QString whole = m_dir.file(QStringLiteral("whole.pdf"));
    auto printed = run({QStringLiteral("print"), QStringLiteral("2-shd"), QStringLiteral("--transfer"), id,
                        QStringLiteral("--enclosures"), QStringLiteral("Bản tự kiểm điểm"),
                        QStringLiteral("--out"), whole});
    ASSERT_EQ(printed.exitCode, 0) << printed.err.toStdString();
    QString text = pdfText(whole);
    EXPECT_TRUE(text.contains(QStringLiteral("Bí danh: Thu Hà"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Kính gửi: Chi ủy chi bộ lưu học sinh tại Tô-ky-ô")));
    EXPECT_TRUE(text.contains(QStringLiteral("Hồ sơ kèm theo: Bản tự kiểm điểm")));

    const QString overlay = m_dir.file(QStringLiteral("overlay.pdf"));
    printed = run({QStringLiteral("print"), QStringLiteral("2-shd"), QStringLiteral("--transfer"), id,
                   QStringLiteral("--overlay"), QStringLiteral("--offset-x"), QStringLiteral("-2"),
                   QStringLiteral("--offset-y"), QStringLiteral("1.5"), QStringLiteral("--out"), overlay});
    ASSERT_EQ(printed.exitCode, 0) << printed.err.toStdString();
    text = pdfText(overlay);
    EXPECT_TRUE(text.contains(QStringLiteral("Trần Thị Thu Hằng")));
    EXPECT_FALSE(text.contains(QStringLiteral("Kính gửi")));
    EXPECT_EQ(run({QStringLiteral("print"), QStringLiteral("2-shd"), QStringLiteral("--transfer"), id,
                   QStringLiteral("--overlay"), QStringLiteral("--offset-x"), QStringLiteral("40"),
                   QStringLiteral("--out"), overlay})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("print"), QStringLiteral("10-shd"), QStringLiteral("--overlay"),
                   QStringLiteral("--out"), overlay})
                  .exitCode,
              2);

    // Offsets saved for a printer with the calibration page, then used by the overlay for that printer.
    const QString calibration = m_dir.file(QStringLiteral("calibration.pdf"));
    auto saved = run({QStringLiteral("print"), QStringLiteral("calibration"), QStringLiteral("--printer"),
                      QStringLiteral("Máy in phòng 2"), QStringLiteral("--offset-x"), QStringLiteral("1.5"),
                      QStringLiteral("--offset-y"), QStringLiteral("-1"), QStringLiteral("--save-offsets"),
                      QStringLiteral("--out"), calibration});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    text = pdfText(calibration);
    EXPECT_TRUE(text.contains(QStringLiteral("TRANG CĂN CHỈNH MÁY IN")));
    EXPECT_TRUE(text.contains(QStringLiteral("Máy in: Máy in phòng 2")));
    const QString again = m_dir.file(QStringLiteral("again.pdf"));
    ASSERT_EQ(run({QStringLiteral("print"), QStringLiteral("calibration"), QStringLiteral("--printer"),
                   QStringLiteral("Máy in phòng 2"), QStringLiteral("--out"), again})
                  .exitCode,
              0);
    EXPECT_TRUE(pdfText(again).contains(QStringLiteral("Độ lệch đang dùng: ngang 1.5 mm, dọc -1.0 mm")))
        << pdfText(again).toStdString();
}

} // namespace
