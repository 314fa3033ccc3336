// What trying to break `orec` found, each through the real executable: the 42-byte .xlsx that crashed the
// import, a 50 MB name, files written readable by everyone, a missing key file, and a full disk.
#include "storage/key_store.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtEndian>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kPass = QStringLiteral("Mật khẩu của quản trị 2026");

class HardeningCliTest : public ::testing::Test
{
protected:
    void SetUp() override { init(m_dir.path()); }

    void init(const QString& folder)
    {
        m_db = QDir(folder).filePath(QStringLiteral("cli.orec"));
        auto created = run({QStringLiteral("demo"), QStringLiteral("--members"), QStringLiteral("30"),
                            QStringLiteral("--seed"), QStringLiteral("7")});
        ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    }

    CliRun run(QStringList rest, QMap<QString, QString> env = {})
    {
        env.insert(QStringLiteral("OREC_PASSPHRASE"), kPass);
        QStringList a{QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin"),
                      QStringLiteral("--insecure-fast-kdf-for-tests")};
        return runCli(a + rest, env);
    }

    QMap<QString, QByteArray> checksums()
    {
        auto db = test::unlock(m_db, QStringLiteral("admin"), kPass);
        return tableChecksums(*db);
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.file(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        EXPECT_EQ(f.write(bytes), bytes.size());
        return path;
    }

    TempDir m_dir;
    QString m_db;
};

TEST_F(HardeningCliTest, TheFortyTwoByteWorkbookThatCrashedImportIsRefusedAsInvalid)
{
    QFile kept(
        QStringLiteral(OREC_SOURCE_DIR "/fuzz/corpus/xlsx/regressions/zip64-locator-in-42-bytes.xlsx"));
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    const QString path = write(QStringLiteral("crash.xlsx"), kept.readAll());
    const auto before = checksums();
    for (const char* table : {"members", "cells", "postings"}) {
        CliRun r = run({QStringLiteral("import"), QString::fromLatin1(table), path});
        EXPECT_EQ(r.exitCode, 2) << table << ": " << r.err.toStdString(); // -1 would be the crash
        EXPECT_TRUE(r.err.contains(QStringLiteral("ZIP"))) << r.err.toStdString();
    }
    EXPECT_EQ(checksums(), before);
}

TEST_F(HardeningCliTest, AFiftyMegabyteNameIsRefusedWithExitCodeTwoAndNothingWritten)
{
    QByteArray csv = "ho_ten,ngay_sinh,so_the_dang_vien,ngay_vao_dang,ngay_chinh_thuc\n";
    csv += QByteArray(50 * 1024 * 1024, 'a') + ",12/04/1985,99000001,19/05/2010,19/05/2011\n";
    const QString path = write(QStringLiteral("big.csv"), csv);
    const auto before = checksums();
    const qint64 sizeBefore = QFileInfo(m_db).size();
    for (const QStringList& extra : {QStringList{}, QStringList{QStringLiteral("--skip-invalid")},
                                     QStringList{QStringLiteral("--dry-run")}}) {
        CliRun r = run(QStringList{QStringLiteral("import"), QStringLiteral("members"), path} + extra);
        EXPECT_EQ(r.exitCode, 2) << r.err.toStdString().substr(0, 400);
        EXPECT_TRUE(r.err.contains(QStringLiteral("line 2"))) << r.err.toStdString().substr(0, 400);
        EXPECT_TRUE(r.err.contains(QStringLiteral("32767"))) << r.err.toStdString().substr(0, 400);
        EXPECT_LT(r.err.size(), 1000);
    }
    EXPECT_EQ(checksums(), before);
    EXPECT_EQ(QFileInfo(m_db).size(), sizeBefore);
    EXPECT_FALSE(QFile::exists(m_dir.file(QStringLiteral("big.rejects.csv"))));
}

TEST_F(HardeningCliTest, EveryFileWrittenForTheUserIsOwnerOnlyUnderTheUsualUmask)
{
    ScopedUmask usual(022);
    QStringList written;
    const auto expectWritten = [&](const QStringList& args, const QString& out) {
        CliRun r = run(args);
        ASSERT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
        written << out;
    };
    for (const char* name : {"members.csv", "members.xlsx"}) {
        const QString out = m_dir.file(QString::fromLatin1(name));
        expectWritten({QStringLiteral("export"), QStringLiteral("members"), QStringLiteral("--out"), out},
                      out);
    }
    for (const char* name : {"abroad.pdf", "abroad.xlsx", "abroad.csv"}) {
        const QString out = m_dir.file(QString::fromLatin1(name));
        expectWritten({QStringLiteral("print"), QStringLiteral("abroad"), QStringLiteral("--out"), out}, out);
    }
    const QString backup = m_dir.file(QStringLiteral("copy.orecbak"));
    expectWritten({QStringLiteral("backup"), backup}, backup);
    // The rejects of an import, beside the input (CSV) and where asked (Excel).
    const QString bad = write(QStringLiteral("bad.csv"), "ho_ten,ngay_sinh\nX,99/99/1990\n");
    CliRun rejected =
        run({QStringLiteral("import"), QStringLiteral("members"), bad, QStringLiteral("--skip-invalid")});
    ASSERT_EQ(rejected.exitCode, 0) << rejected.err.toStdString();
    written << m_dir.file(QStringLiteral("bad.rejects.csv"));
    const QString rejectsXlsx = m_dir.file(QStringLiteral("rejects.xlsx"));
    expectWritten({QStringLiteral("import"), QStringLiteral("members"), bad, QStringLiteral("--skip-invalid"),
                   QStringLiteral("--rejects"), rejectsXlsx},
                  rejectsXlsx);
    for (const QString& path : std::as_const(written)) {
        ASSERT_TRUE(QFile::exists(path)) << path.toStdString();
        EXPECT_EQ(fileMode(path), 0600) << path.toStdString();
    }
    // The database and its key file were owner-only already.
    EXPECT_EQ(fileMode(m_db), 0600);
    EXPECT_EQ(fileMode(KeyStore::slotFilePath(m_db)), 0600);
}

TEST_F(HardeningCliTest, AMissingKeyFileIsACorruptRegisterThatSaysWhatRestoresAccess)
{
    ASSERT_TRUE(QFile::remove(KeyStore::slotFilePath(m_db)));
    for (const QStringList& args : {QStringList{QStringLiteral("search"), QStringLiteral("nguyen")},
                                    QStringList{QStringLiteral("member"), QStringLiteral("add"),
                                                QStringLiteral("--name"), QStringLiteral("Lê Văn Tám")}}) {
        CliRun r = run(args);
        EXPECT_EQ(r.exitCode, 5) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("cli.orec.keys"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("unlock-with-recovery"))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("backup"))) << r.err.toStdString();
    }
}

// A small tmpfs mounted for the test (root only): the register on it, then the disk filled to the last
// byte. Reading still works; a change says the disk is full, never that the database is in use.
class FullDiskCliTest : public HardeningCliTest
{
protected:
    void SetUp() override
    {
        if (::geteuid() != 0)
            GTEST_SKIP() << "mounting a small tmpfs needs root; the full-disk test is skipped";
        m_mount = m_dir.file(QStringLiteral("disk"));
        ASSERT_TRUE(QDir().mkpath(m_mount));
        const int mounted = QProcess::execute(
            QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      QStringLiteral("size=8m"), QStringLiteral("tmpfs"), m_mount});
        if (mounted != 0)
            GTEST_SKIP() << "mount -t tmpfs failed here (no CAP_SYS_ADMIN?); the full-disk test is skipped";
        m_mounted = true;
        init(m_mount);
        m_before = checksums();
        // Fill what is left, to the last block (dd stops at "No space left on device").
        QProcess dd;
        dd.setStandardErrorFile(QProcess::nullDevice()); // its "No space left on device" is the point
        dd.start(QStringLiteral("dd"),
                 {QStringLiteral("if=/dev/zero"),
                  QStringLiteral("of=") + QDir(m_mount).filePath(QStringLiteral("filler")),
                  QStringLiteral("bs=4096"), QStringLiteral("status=none")});
        ASSERT_TRUE(dd.waitForFinished(60000));
        QFile probe(QDir(m_mount).filePath(QStringLiteral("probe")));
        ASSERT_TRUE(probe.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        ASSERT_NE(probe.write("x", 1), 1) << "the disk is not full";
        probe.close();
        probe.remove();
    }

    void TearDown() override
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_mount});
    }

    void freeSpace() { QFile::remove(QDir(m_mount).filePath(QStringLiteral("filler"))); }

    QString m_mount;
    bool m_mounted = false;
    QMap<QString, QByteArray> m_before; // the register before the disk was filled
};

TEST_F(FullDiskCliTest, ReadOnlyCommandsWorkAndAChangeSaysTheDiskIsFull)
{
    for (const QStringList& args :
         {QStringList{QStringLiteral("search"), QStringLiteral("nguyen")},
          QStringList{QStringLiteral("member"), QStringLiteral("list"), QStringLiteral("--limit"),
                      QStringLiteral("5")},
          QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("summary")},
          QStringList{QStringLiteral("unit"), QStringLiteral("list")},
          QStringList{QStringLiteral("report"), QStringLiteral("due")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("2025")}}) {
        CliRun r = run(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(m_db + QStringLiteral(".lock"))); // nothing was written beside it

    CliRun write = run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("Lê Văn Tám")});
    EXPECT_EQ(write.exitCode, 6) << write.err.toStdString();
    EXPECT_TRUE(write.err.contains(QStringLiteral("disk is full"))) << write.err.toStdString();
    EXPECT_FALSE(write.err.contains(QStringLiteral("in use"))) << write.err.toStdString();
    EXPECT_FALSE(write.err.contains(QStringLiteral("lock"), Qt::CaseInsensitive)) << write.err.toStdString();

    // With space again nothing of the refused change is there, and the change goes through.
    freeSpace();
    EXPECT_EQ(checksums(), m_before);
    CliRun after = run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("Lê Văn Tám")});
    EXPECT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_NE(checksums(), m_before);
}

} // namespace
