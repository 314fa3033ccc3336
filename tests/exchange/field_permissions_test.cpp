// A cell secretary's laptop does only the secretary's work, whatever the window shows: through the real
// `orec`, the secretary (an administrator of the laptop's own database) is refused with exit code 3, and
// every table unchanged, what is done at home (spreadsheet import and export, the unit tree, transfer
// letters, the rules, users, enrolment, cell packages, the register's lists and forms), and does the
// rest: members and postings of the cell, reports, the return package, its own lists.
#include "exchange_fixture.h"

#include <QFile>

namespace orec::test {
namespace {

class FieldPermissionsTest : public ExchangeFixture
{
protected:
    void SetUp() override
    {
        ExchangeFixture::SetUp();
        const QString code = enrol(QStringLiteral("CB-JP-01"));
        initField(exportCell(QStringLiteral("c1.orecpkg")), code);
        // The command line opens both files itself.
        m_field.reset();
        m_home.reset();
        m_laptop = m_dir.file(QStringLiteral("field.orec"));
        m_csv = m_dir.file(QStringLiteral("members.csv"));
        QFile f(m_csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("ho_ten,ngay_sinh,so_the_dang_vien,ngay_vao_dang,ngay_chinh_thuc\n"
                "Đỗ Văn Tùng,02/03/1980,88000001,01/01/2010,01/01/2011\n");
    }

    CliRun secretary(QStringList rest)
    {
        return runCli(QStringList{QStringLiteral("--db"), m_laptop, QStringLiteral("--user"),
                                  QStringLiteral("bithu"), QStringLiteral("--insecure-fast-kdf-for-tests")} +
                          rest,
                      {{QStringLiteral("OREC_PASSPHRASE"), kAdminPassphrase},
                       {QStringLiteral("OREC_NEW_PASSPHRASE"), QStringLiteral("Một mật khẩu mới 2026")}});
    }

    QMap<QString, QByteArray> laptopChecksums()
    {
        auto db = test::unlock(m_laptop, QStringLiteral("bithu"), kAdminPassphrase);
        return tableChecksums(*db);
    }

    QString out(const QString& name) const { return m_dir.file(name); }

    QString m_laptop;
    QString m_csv;
};

TEST_F(FieldPermissionsTest, TheSecretaryIsRefusedHomesWorkAndDoesTheirOwn)
{
    const auto before = laptopChecksums();
    const QList<QStringList> homesWork = {
        {QStringLiteral("import"), QStringLiteral("members"), m_csv},
        {QStringLiteral("import"), QStringLiteral("members"), m_csv, QStringLiteral("--dry-run")},
        {QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--out"),
         out(QStringLiteral("m.csv"))},
        {QStringLiteral("unit"), QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("CB-NEW"),
         QStringLiteral("--name"), QStringLiteral("Chi bộ mới")},
        {QStringLiteral("transfer"), QStringLiteral("issue"), QStringLiteral("93012345"),
         QStringLiteral("--committee"), QStringLiteral("DU-NN")},
        {QStringLiteral("rules"), QStringLiteral("set"), QStringLiteral("return_report.other.days"),
         QStringLiteral("20")},
        {QStringLiteral("rules"), QStringLiteral("holiday"), QStringLiteral("16/02/2026"),
         QStringLiteral("Tết")},
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("phobithu"), QStringLiteral("--role"),
         QStringLiteral("clerk")},
        {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("bithu"), QStringLiteral("clerk")},
        {QStringLiteral("secretary"), QStringLiteral("add"), QStringLiteral("--cell"),
         QStringLiteral("CB-JP-01")},
        {QStringLiteral("export-package"), QStringLiteral("--cell"), QStringLiteral("CB-JP-01"),
         QStringLiteral("--out"), out(QStringLiteral("p.orecpkg"))},
        {QStringLiteral("print"), QStringLiteral("statistics"), QStringLiteral("--from"),
         QStringLiteral("01/01/2025"), QStringLiteral("--to"), QStringLiteral("31/12/2025"),
         QStringLiteral("--out"), out(QStringLiteral("s.pdf"))},
        {QStringLiteral("print"), QStringLiteral("movements"), QStringLiteral("--from"),
         QStringLiteral("01/01/2025"), QStringLiteral("--to"), QStringLiteral("31/12/2025"),
         QStringLiteral("--out"), out(QStringLiteral("mv.pdf"))},
        {QStringLiteral("print"), QStringLiteral("abroad"), QStringLiteral("--by"),
         QStringLiteral("home-unit"), QStringLiteral("--out"), out(QStringLiteral("h.pdf"))},
        {QStringLiteral("print"), QStringLiteral("10-shd"), QStringLiteral("--committee"),
         QStringLiteral("DU-NN"), QStringLiteral("--out"), out(QStringLiteral("r.pdf"))},
    };
    for (const QStringList& c : homesWork) {
        CliRun r = secretary(c);
        EXPECT_EQ(r.exitCode, 3) << c.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("field database"))) << r.err.toStdString();
    }
    EXPECT_EQ(laptopChecksums(), before);
    for (const char* name : {"m.csv", "p.orecpkg", "s.pdf", "mv.pdf", "h.pdf", "r.pdf"})
        EXPECT_FALSE(QFile::exists(out(QString::fromLatin1(name)))) << name;

    const QList<QStringList> ownWork = {
        {QStringLiteral("member"), QStringLiteral("list")},
        {QStringLiteral("search"), QStringLiteral("nguyen")},
        {QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("93012345")},
        {QStringLiteral("member"), QStringLiteral("edit"), QStringLiteral("93012345"),
         QStringLiteral("--phone"), QStringLiteral("+81 90 1234 5678")},
        {QStringLiteral("report"), QStringLiteral("due")},
        {QStringLiteral("print"), QStringLiteral("abroad"), QStringLiteral("--out"),
         out(QStringLiteral("a.pdf"))},
        {QStringLiteral("print"), QStringLiteral("reports-due"), QStringLiteral("--out"),
         out(QStringLiteral("d.csv"))},
        {QStringLiteral("keys"), QStringLiteral("show")},
        {QStringLiteral("field"), QStringLiteral("status")},
        {QStringLiteral("field"), QStringLiteral("export"), QStringLiteral("--out"),
         out(QStringLiteral("r1.orecpkg"))},
        {QStringLiteral("check")},
    };
    ScopedUmask usual(022);
    for (const QStringList& c : ownWork) {
        CliRun r = secretary(c);
        EXPECT_EQ(r.exitCode, 0) << c.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
    }
    // The return package and the lists printed on the laptop are owner-only.
    for (const char* name : {"r1.orecpkg", "a.pdf", "d.csv"})
        EXPECT_EQ(fileMode(out(QString::fromLatin1(name))), 0600) << name;
    EXPECT_EQ(fileMode(m_dir.file(QStringLiteral("c1.orecpkg"))), 0600); // home's cell package
    EXPECT_NE(laptopChecksums(), before);                                // the phone number changed
}

} // namespace
} // namespace orec::test
