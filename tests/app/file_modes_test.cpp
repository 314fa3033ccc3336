// Every file the services write for a user (interchange exports, the rejected rows of an import, backups,
// the copy kept before a rekey) is owner-only from its creation, under the usual umask 022: the records
// leave the encrypted database in them. PDFs and list exports are in tests/reports, packages in
// tests/exchange, charts in tests/gui, the same through `orec` in tests/cli.
#include "app/account_service.h"
#include "app/export_service.h"
#include "app/import_service.h"
#include "app/maintenance_service.h"
#include "support/register_fixture.h"

#include <QDir>
#include <QFile>

namespace orec::test {
namespace {

class FileModesTest : public RegisterFixture
{};

TEST_F(FileModesTest, ExportsRejectsAndBackupsAreOwnerOnlyFromTheStart)
{
    ScopedUmask usual(022);
    addMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("10000001"));
    QStringList written;

    app::ExportService exports(*m_session);
    for (const char* name : {"members.csv", "members.xlsx"}) {
        const QString path = m_dir.file(QString::fromLatin1(name));
        auto rows = exports.exportFile(app::InterchangeTable::Members, path);
        ASSERT_TRUE(rows.ok()) << rows.error().toString().toStdString();
        written << path;
    }

    const QString bad = m_dir.file(QStringLiteral("bad.csv"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("ho_ten,ngay_sinh\nX,99/99/1990\n");
    f.close();
    for (const char* name : {"rejects.csv", "rejects.xlsx"}) {
        app::ImportOptions options;
        options.skipInvalid = true;
        options.rejectsPath = m_dir.file(QString::fromLatin1(name));
        auto report = app::ImportService(*m_session).importFile(app::InterchangeTable::Members, bad, options);
        ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
        ASSERT_EQ(report->rejectsPath, options.rejectsPath);
        written << options.rejectsPath;
    }

    const QString backup = m_dir.file(QStringLiteral("copy.orecbak"));
    ASSERT_TRUE(app::MaintenanceService(*m_session).backup(backup).ok());
    written << backup;
    ASSERT_TRUE(app::AccountService(*m_session).rotateKeys().ok());
    const QStringList kept =
        QDir(m_dir.path()).entryList({QStringLiteral("register.orec.pre-rekey-*.orecbak")}, QDir::Files);
    ASSERT_EQ(kept.size(), 1);
    written << m_dir.file(kept.first());

    for (const QString& path : std::as_const(written))
        EXPECT_EQ(fileMode(path), 0600) << path.toStdString();
    // Nothing else was left in the folder, readable or not (no partial workbook, no temporary file).
    for (const QString& name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden))
        EXPECT_FALSE(name.startsWith(QLatin1Char('.'))) << name.toStdString();
}

} // namespace
} // namespace orec::test
