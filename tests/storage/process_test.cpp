// Several processes: a second writer is refused with "locked"; SIGKILL in the middle of large
// transactions never leaves a damaged file or a half-written transaction.
#include "support/test_support.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace orec;
using namespace orec::test;

namespace {

QString helperPath()
{
    QString dir = qEnvironmentVariable("OREC_TEST_HELPER_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(OREC_TEST_BINARY_DIR "/tests");
    return dir + QStringLiteral("/orec_crash_writer");
}

std::unique_ptr<QProcess> startHelper(const QString& mode, const QString& path)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OREC_PASSPHRASE"), kAdminPassphrase);
    process->setProcessEnvironment(env);
    process->start(helperPath(), {mode, path, kAdmin});
    EXPECT_TRUE(process->waitForStarted(10000)) << helperPath().toStdString();
    return process;
}

bool waitForLine(QProcess& process, const QByteArray& prefix, int timeoutMs)
{
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        process.waitForReadyRead(100);
        seen += process.readAllStandardOutput();
        if (seen.contains(prefix))
            return true;
        if (process.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

} // namespace

TEST(Processes, SecondProcessGetsLockedAndNothingIsCorrupted)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("l.orec"));
    createDatabase(path);
    auto holder = startHelper(QStringLiteral("hold"), path);
    ASSERT_TRUE(waitForLine(*holder, "ready", 20000)) << holder->readAllStandardError().toStdString();

    auto second = Database::unlock(path, kAdmin, SecureBytes::fromUtf8(kAdminPassphrase), fastOptions());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.code(), ErrorCode::Locked);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("process")));

    auto cli = runCli({QStringLiteral("--db"), path, QStringLiteral("--user"), kAdmin, QStringLiteral("check")},
                      {{QStringLiteral("OREC_PASSPHRASE"), kAdminPassphrase}});
    EXPECT_EQ(cli.exitCode, 4) << cli.err.toStdString();

    holder->kill();
    holder->waitForFinished();
    // The dead holder's lock is stale and taken over; the file is intact.
    auto db = unlock(path);
    auto report = db->check();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok());
}

TEST(Processes, KilledWriterNeverLeavesAPartialTransaction)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crash.orec"));
    createDatabase(path);
    long long lastReported = 0;
    for (int round = 0; round < 20; ++round) {
        SCOPED_TRACE(round);
        auto writer = startHelper(QStringLiteral("write"), path);
        // Kill at a different moment each time: before, during and between commits.
        const int delayMs = 40 + static_cast<int>(QRandomGenerator::global()->bounded(400)) + round * 17;
        QThread::msleep(static_cast<unsigned long>(delayMs));
        writer->kill(); // SIGKILL on Unix
        ASSERT_TRUE(writer->waitForFinished(10000));
        const QByteArray out = writer->readAllStandardOutput();
        for (const QByteArray& line : out.split('\n'))
            if (line.startsWith("committed "))
                lastReported = std::max(lastReported, line.mid(10).toLongLong());

        auto db = unlock(path);
        auto report = db->check();
        ASSERT_TRUE(report.ok());
        ASSERT_TRUE(report->integrityProblems.isEmpty()) << report->integrityProblems.join(QLatin1Char('\n')).toStdString();
        sql::Connection& c = db->connection();
        if (!*c.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'crash_batches'"))
            continue; // killed before it created its tables
        // Every batch whose commit was reported is there.
        EXPECT_GE(*c.queryInt("SELECT coalesce(max(batch), 0) FROM crash_batches"), lastReported);
        // No row belongs to a batch that did not commit, and every committed batch is complete.
        EXPECT_EQ(*c.queryInt("SELECT count(*) FROM crash_rows WHERE batch NOT IN (SELECT batch FROM crash_batches)"),
                  0);
        EXPECT_EQ(*c.queryInt("SELECT count(*) FROM crash_batches b WHERE row_count != "
                              "(SELECT count(*) FROM crash_rows r WHERE r.batch = b.batch)"),
                  0);
    }
    EXPECT_GT(lastReported, 0) << "the writer never committed: kills came too early to test anything";
}
