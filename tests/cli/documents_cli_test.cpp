// The document register on the command line: `print --final` issues numbered documents, a plain `print` is a
// draft, `documents list/reprint` read the register, `documents set-identity` is an administrator's; an
// auditor is refused with exit code 3 and nothing changes; `check` passes after all of it.
#include "support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kAdminPass = QStringLiteral("Mật khẩu của quản trị 2026");
const QString kAuditorPass = QStringLiteral("Mật khẩu kiểm tra viên 2026");

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

class DocumentsCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_dir.file(QStringLiteral("docs.orec"));
        auto demo = as(QStringLiteral("admin"),
                       {QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("40"),
                        QStringLiteral("--seed"), QStringLiteral("5")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        auto added = as(QStringLiteral("admin"),
                        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("minh"),
                         QStringLiteral("--role"), QStringLiteral("auditor")},
                        {{QStringLiteral("OREC_NEW_PASSPHRASE"), kAuditorPass}});
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    }

    CliRun as(const QString& user, QStringList rest, QMap<QString, QString> env = {})
    {
        env.insert(QStringLiteral("OREC_PASSPHRASE"),
                   user == QLatin1String("minh") ? kAuditorPass : kAdminPass);
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--user"), user,
                                  QStringLiteral("--insecure-fast-kdf-for-tests")} +
                          rest,
                      env);
    }

    TempDir m_dir;
    QString m_db;
};

TEST_F(DocumentsCliTest, FinalPrintsTakeTheNextNumbersDraftsNoneAndAReprintIsTheSameFile)
{
    auto identity =
        as(QStringLiteral("admin"),
           {QStringLiteral("documents"), QStringLiteral("set-identity"), QStringLiteral("--superior"),
            QStringLiteral("Đảng bộ Khối các cơ quan Trung ương"), QStringLiteral("--symbol"),
            QStringLiteral("ĐU"), QStringLiteral("--signer"), QStringLiteral("Lê Hoàng Quân")});
    ASSERT_EQ(identity.exitCode, 0) << identity.err.toStdString();

    const QString first = m_dir.file(QStringLiteral("first.pdf"));
    auto a = as(QStringLiteral("admin"), {QStringLiteral("print"), QStringLiteral("abroad"),
                                          QStringLiteral("--final"), QStringLiteral("--out"), first});
    ASSERT_EQ(a.exitCode, 0) << a.err.toStdString();
    EXPECT_TRUE(a.out.contains(QStringLiteral("Số 01-DS/ĐU"))) << a.out.toStdString();
    auto b = as(QStringLiteral("admin"), {QStringLiteral("--json"), QStringLiteral("print"),
                                          QStringLiteral("reports-due"), QStringLiteral("--final"),
                                          QStringLiteral("--out"), m_dir.file(QStringLiteral("second.pdf"))});
    ASSERT_EQ(b.exitCode, 0) << b.err.toStdString();
    const QJsonArray issued =
        QJsonDocument::fromJson(b.out.toUtf8()).object().value(QStringLiteral("issued")).toArray();
    ASSERT_EQ(issued.size(), 1);
    EXPECT_EQ(issued.first().toObject().value(QStringLiteral("number")).toString(),
              QStringLiteral("Số 02-DS/ĐU"));

    const QString text = pdfText(first);
    for (const QString& expected :
         {QStringLiteral("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG"), QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"),
          QStringLiteral("Số 01-DS/ĐU"), QStringLiteral("Lê Hoàng Quân")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();

    // Without --final: a draft, no number taken.
    const QString draft = m_dir.file(QStringLiteral("draft.pdf"));
    ASSERT_EQ(as(QStringLiteral("admin"),
                 {QStringLiteral("print"), QStringLiteral("abroad"), QStringLiteral("--out"), draft})
                  .exitCode,
              0);
    EXPECT_TRUE(pdfText(draft).contains(QStringLiteral("BẢN NHÁP")));
    auto list = as(QStringLiteral("admin"),
                   {QStringLiteral("--json"), QStringLiteral("documents"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 2);
    auto search = as(QStringLiteral("admin"),
                     {QStringLiteral("--json"), QStringLiteral("documents"), QStringLiteral("list"),
                      QStringLiteral("--search"), QStringLiteral("bao cao")});
    ASSERT_EQ(search.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(search.out.toUtf8()).array().size(), 1); // the reports-due list

    // The reprint is the very file that was issued.
    const QString copy = m_dir.file(QStringLiteral("copy.pdf"));
    auto reprint = as(QStringLiteral("minh"), {QStringLiteral("documents"), QStringLiteral("reprint"),
                                               QStringLiteral("01-DS/ĐU"), QStringLiteral("--out"), copy});
    ASSERT_EQ(reprint.exitCode, 0) << reprint.err.toStdString();
    EXPECT_EQ(readAll(copy), readAll(first));

    // An auditor reads but may not issue or change the identity; nothing changes.
    const auto before = [&] {
        auto db = test::unlock(m_db, QStringLiteral("admin"), kAdminPass);
        return tableChecksums(*db);
    }();
    EXPECT_EQ(as(QStringLiteral("minh"),
                 {QStringLiteral("print"), QStringLiteral("abroad"), QStringLiteral("--final"),
                  QStringLiteral("--out"), m_dir.file(QStringLiteral("no.pdf"))})
                  .exitCode,
              3);
    EXPECT_EQ(as(QStringLiteral("minh"), {QStringLiteral("documents"), QStringLiteral("set-identity"),
                                          QStringLiteral("--symbol"), QStringLiteral("X")})
                  .exitCode,
              3);
    EXPECT_FALSE(QFile::exists(m_dir.file(QStringLiteral("no.pdf"))));
    {
        auto db = test::unlock(m_db, QStringLiteral("admin"), kAdminPass);
        EXPECT_EQ(tableChecksums(*db), before);
    }
    // --final with a spreadsheet is a usage error, before any passphrase.
    EXPECT_EQ(as(QStringLiteral("admin"),
                 {QStringLiteral("print"), QStringLiteral("abroad"), QStringLiteral("--final"),
                  QStringLiteral("--out"), m_dir.file(QStringLiteral("x.xlsx"))})
                  .exitCode,
              1);
    auto check = as(QStringLiteral("admin"), {QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
}

} // namespace
