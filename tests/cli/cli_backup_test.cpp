// `orec backup` and `orec restore` through the real executable: no name in clear in the key file or
// the backup, and no existing file replaced without --overwrite.
#include "storage/key_store.h"
#include "support/test_support.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kPass = QStringLiteral("Mật khẩu của quản trị 2026");
const QString kClerkPass = QStringLiteral("Thư ký chi bộ Matxcơva");
const QString kMarker = QStringLiteral("MARKER-Tran-Quoc-Toan");

QMap<QString, QString> pass(const QString& p)
{
    return {{QStringLiteral("OREC_PASSPHRASE"), p}};
}

QStringList args(const QString& db, QStringList rest)
{
    QStringList a{QStringLiteral("--db"),
                  db,
                  QStringLiteral("--user"),
                  QStringLiteral("admin"),
                  QStringLiteral("--insecure-fast-kdf-for-tests"),
                  QStringLiteral("--lang"),
                  QStringLiteral("en")};
    a += rest;
    return a;
}

QString initWithMarker(const TempDir& dir)
{
    const QString db = dir.file(QStringLiteral("m.orec"));
    auto init = runCli(args(db, {QStringLiteral("init")}), pass(kPass));
    EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
    QMap<QString, QString> env = pass(kPass);
    env.insert(QStringLiteral("OREC_NEW_PASSPHRASE"), kClerkPass);
    auto add = runCli(args(db, {QStringLiteral("user"), QStringLiteral("add"), kMarker,
                                QStringLiteral("--role"), QStringLiteral("clerk")}),
                      env);
    EXPECT_EQ(add.exitCode, 0) << add.err.toStdString();
    return db;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

TEST(CliBackup, NoUserNameInTheKeyFileOrTheBackup)
{
    TempDir dir;
    const QString db = initWithMarker(dir);
    const QString bak = dir.file(QStringLiteral("m.orecbak"));
    auto backup = runCli(args(db, {QStringLiteral("backup"), bak}), pass(kPass));
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    EXPECT_FALSE(backup.out.contains(QStringLiteral("both encrypted")));
    for (const QString& file : {db, KeyStore::slotFilePath(db), bak}) {
        SCOPED_TRACE(file.toStdString());
        const QByteArray bytes = readAll(file);
        ASSERT_FALSE(bytes.isEmpty());
        EXPECT_FALSE(bytes.contains("MARKER"));
        EXPECT_FALSE(bytes.contains("\"admin\""));
    }
    // The user list comes from the database, and the marker's slot is real: the marker (a clerk) unlocks
    // with it; the administrator lists both.
    auto marker = runCli({QStringLiteral("--db"), db, QStringLiteral("--user"), kMarker,
                          QStringLiteral("--insecure-fast-kdf-for-tests"), QStringLiteral("check")},
                         pass(kClerkPass));
    ASSERT_EQ(marker.exitCode, 0) << marker.err.toStdString();
    auto list = runCli(args(db, {QStringLiteral("user"), QStringLiteral("list")}), pass(kPass));
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(kMarker));
    EXPECT_TRUE(list.out.contains(QStringLiteral("admin")));
}

TEST(CliBackup, AnExistingBackupFileIsReplacedOnlyWithOverwrite)
{
    TempDir dir;
    const QString db = initWithMarker(dir);
    const QString bak = dir.file(QStringLiteral("taken.orecbak"));
    writeFile(bak, "an earlier file under the same name");
    auto refused = runCli(args(db, {QStringLiteral("backup"), bak}), pass(kPass));
    EXPECT_EQ(refused.exitCode, 2) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(bak)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--overwrite"))) << refused.err.toStdString();
    EXPECT_EQ(readAll(bak), QByteArray("an earlier file under the same name"));

    auto replaced =
        runCli(args(db, {QStringLiteral("backup"), bak, QStringLiteral("--overwrite")}), pass(kPass));
    ASSERT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    EXPECT_TRUE(readAll(bak).startsWith("ORECBAK1"));
    // Not even --overwrite writes a backup over the database's own key file.
    const QByteArray keys = readAll(KeyStore::slotFilePath(db));
    auto own = runCli(
        args(db, {QStringLiteral("backup"), KeyStore::slotFilePath(db), QStringLiteral("--overwrite")}),
        pass(kPass));
    EXPECT_EQ(own.exitCode, 1) << own.err.toStdString();
    EXPECT_EQ(readAll(KeyStore::slotFilePath(db)), keys);
}

TEST(CliBackup, RestoreOverAnExistingDatabaseNeedsOverwrite)
{
    TempDir dir;
    const QString db = initWithMarker(dir);
    const QString bak = dir.file(QStringLiteral("m.orecbak"));
    ASSERT_EQ(runCli(args(db, {QStringLiteral("backup"), bak}), pass(kPass)).exitCode, 0);
    const QByteArray before = sha256OfFile(db);
    auto refused = runCli(args(db, {QStringLiteral("restore"), bak}), pass(kPass));
    EXPECT_EQ(refused.exitCode, 2) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(db)) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--overwrite"))) << refused.err.toStdString();
    EXPECT_EQ(sha256OfFile(db), before);

    auto replaced = runCli(
        args(db, {QStringLiteral("--json"), QStringLiteral("restore"), bak, QStringLiteral("--overwrite")}),
        pass(kPass));
    ASSERT_EQ(replaced.exitCode, 0) << replaced.err.toStdString();
    EXPECT_TRUE(replaced.out.contains(QStringLiteral("before-restore"))) << replaced.out.toStdString();
    EXPECT_EQ(runCli(args(db, {QStringLiteral("check")}), pass(kPass)).exitCode, 0);
    // A fresh target needs no flag.
    const QString fresh = dir.file(QStringLiteral("fresh.orec"));
    EXPECT_EQ(runCli(args(fresh, {QStringLiteral("restore"), bak}), pass(kPass)).exitCode, 0);
}
