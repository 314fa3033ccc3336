// Typed I/O errors: a folder where a file is expected, a missing folder, a folder that cannot be
// written. Each is ErrorCode::Io (or NotFound for a missing database) and names the path.
#include "app/maintenance_service.h"
#include "storage/backup.h"
#include "storage/sqlite.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace orec;
using namespace orec::test;

namespace {

sql::OpenOptions creating()
{
    sql::OpenOptions options;
    options.mode = sql::OpenMode::ReadWriteCreate;
    return options;
}

void expectIoNaming(const Error& error, const QString& path)
{
    SCOPED_TRACE(error.toString().toStdString());
    EXPECT_EQ(error.code, ErrorCode::Io);
    EXPECT_FALSE(error.message.isEmpty());
    EXPECT_TRUE(error.toString().contains(path));
}

// A folder this process cannot write in. As root, permission bits do not stop anything, but /sys
// refuses new files to everyone; elsewhere a folder with mode r-x does.
QString unwritableFolder(const TempDir& dir)
{
    if (::geteuid() != 0) {
        const QString folder = dir.file(QStringLiteral("readonly"));
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        return folder;
    }
    QFile probe(QStringLiteral("/sys/orec-probe"));
    if (QFileInfo(QStringLiteral("/sys")).isDir() && !probe.open(QIODevice::WriteOnly))
        return QStringLiteral("/sys");
    return {};
}

} // namespace

TEST(IoErrors, ConnectionToAFolderOrInAMissingFolderIsAnIoErrorNamingThePath)
{
    TempDir dir;
    const SecureBytes key = SecureBytes::random(32);
    for (auto mode : {sql::OpenMode::ReadWrite, sql::OpenMode::ReadWriteCreate}) {
        sql::OpenOptions options;
        options.mode = mode;
        auto folder = sql::Connection::open(dir.path(), key, options);
        ASSERT_FALSE(folder.ok());
        expectIoNaming(folder.error(), dir.path());
    }
    const QString missing = dir.file(QStringLiteral("no-such-folder/x.db"));
    auto inMissing = sql::Connection::open(missing, key, creating());
    ASSERT_FALSE(inMissing.ok());
    expectIoNaming(inMissing.error(), missing);
    EXPECT_FALSE(QFileInfo::exists(dir.file(QStringLiteral("no-such-folder"))));

    auto notThere = sql::Connection::open(dir.file(QStringLiteral("absent.db")), key);
    ASSERT_FALSE(notThere.ok());
    expectIoNaming(notThere.error(), dir.file(QStringLiteral("absent.db")));
}

TEST(IoErrors, DatabaseCreateAndUnlockGiveTypedErrorsNamingThePath)
{
    TempDir dir;
    const SecureBytes pass = SecureBytes::fromUtf8(kAdminPassphrase);
    // A folder where the database should be.
    const QString folder = dir.file(QStringLiteral("folder.orec"));
    ASSERT_TRUE(QDir().mkpath(folder));
    auto created = Database::create(folder, kAdmin, pass, fastOptions());
    ASSERT_FALSE(created.ok());
    expectIoNaming(created.error(), folder);
    auto unlocked = Database::unlock(folder, kAdmin, pass, fastOptions());
    ASSERT_FALSE(unlocked.ok());
    expectIoNaming(unlocked.error(), folder);

    // A folder that does not exist: nothing is created on the way.
    const QString missing = dir.file(QStringLiteral("no-such-folder/new.orec"));
    auto inMissing = Database::create(missing, kAdmin, pass, fastOptions());
    ASSERT_FALSE(inMissing.ok());
    expectIoNaming(inMissing.error(), missing);
    EXPECT_FALSE(QFileInfo::exists(dir.file(QStringLiteral("no-such-folder"))));

    // A database that is not there is NotFound, named.
    const QString absent = dir.file(QStringLiteral("absent.orec"));
    auto notThere = Database::unlock(absent, kAdmin, pass, fastOptions());
    EXPECT_EQ(notThere.code(), ErrorCode::NotFound);
    EXPECT_TRUE(notThere.error().toString().contains(absent));
}

TEST(IoErrors, UnwritableFolderIsAnIoErrorNamingThePath)
{
    TempDir dir;
    const QString folder = unwritableFolder(dir);
    if (folder.isEmpty())
        GTEST_SKIP() << "no folder this process cannot write in";
    const QString path = folder + QStringLiteral("/ro.orec");
    auto created = Database::create(path, kAdmin, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions());
    ASSERT_FALSE(created.ok());
    expectIoNaming(created.error(), path);
    EXPECT_FALSE(QFileInfo::exists(path));

    // A backup into it, and a key file saved into it.
    const QString db = dir.file(QStringLiteral("ok.orec"));
    app::Session session(std::move(createDatabase(db).database));
    const QString out = folder + QStringLiteral("/ro.orecbak");
    Status backup = app::MaintenanceService(session).backup(out, backup::IfExists::Refuse);
    ASSERT_FALSE(backup.ok());
    expectIoNaming(backup.error(), out);
    const QString keys = folder + QStringLiteral("/ro.orec.keys");
    Status saved = session.database().keyStore().save(keys);
    ASSERT_FALSE(saved.ok());
    expectIoNaming(saved.error(), keys);
    // Restoring into it fails before anything is left behind.
    const QString bak = dir.file(QStringLiteral("ok.orecbak"));
    ASSERT_TRUE(app::MaintenanceService(session).backup(bak, backup::IfExists::Refuse).ok());
    auto restored = app::MaintenanceService::restore(bak, path, kAdmin, kAdminPassphrase, fastOptions());
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.code(), ErrorCode::Io);
    EXPECT_TRUE(restored.error().toString().contains(folder));
}

TEST(IoErrors, BackupIntoAMissingFolderIsAnIoErrorNamingThePath)
{
    TempDir dir;
    app::Session session(std::move(createDatabase(dir.file(QStringLiteral("m.orec"))).database));
    const QString out = dir.file(QStringLiteral("no-such-folder/m.orecbak"));
    Status s = app::MaintenanceService(session).backup(out, backup::IfExists::Refuse);
    ASSERT_FALSE(s.ok());
    expectIoNaming(s.error(), out);
}
