// Several processes: a second writer is refused with "locked"; SIGKILL in the middle of large
// transactions never leaves a damaged file or a half-written transaction.
#include "support/test_support.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <algorithm>
#include <csignal>
#include <gtest/gtest.h>
#include <map>
#include <set>

using namespace orec;
using namespace orec::test;

namespace {

QString helperPath()
{
    QString dir = qEnvironmentVariable("OREC_TEST_HELPER_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(OREC_HELPER_DIR_PATH);
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

    auto cli =
        runCli({QStringLiteral("--db"), path, QStringLiteral("--user"), kAdmin, QStringLiteral("check")},
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

namespace {

// What tests/helpers/orec_crash_writer.cpp writes: batches 1, 2, 3… of kCrashRows rows each, row
// seq of a batch holding the payload below with %1 replaced by seq, then one crash_batches row, all
// in one transaction.
constexpr int kCrashRows = 20000;
const QString kCrashPayload = QStringLiteral("Nguyễn Văn Thử nghiệm %1 ").repeated(4);

// Per batch that has rows: their number, first and last seq (with the primary key (batch, seq),
// the right count, first and last mean every seq exactly once) and, with payloads, how many rows
// hold exactly the payload written for their seq. The counts read only the primary key's index;
// the payloads read the table, so they are read for batches above fromBatch only.
struct BatchRows
{
    long long rows = 0, firstSeq = -1, lastSeq = -1, rightPayloads = -1;
};

std::map<long long, BatchRows> batchRows(sql::Connection& c, long long payloadsAbove)
{
    std::map<long long, BatchRows> out;
    auto counts = c.prepare("SELECT batch, count(*), min(seq), max(seq) FROM crash_rows GROUP BY batch");
    EXPECT_TRUE(counts.ok());
    while (counts.ok() && *counts->step()) {
        BatchRows& b = out[counts->int64(0)];
        b.rows = counts->int64(1);
        b.firstSeq = counts->int64(2);
        b.lastSeq = counts->int64(3);
    }
    auto payloads = c.prepare("SELECT batch, sum(payload = replace(?, '%1', seq)) FROM crash_rows "
                              "WHERE batch > ? GROUP BY batch");
    EXPECT_TRUE(payloads.ok());
    payloads->bind(1, kCrashPayload).bind(2, payloadsAbove);
    while (payloads.ok() && *payloads->step())
        out[payloads->int64(0)].rightPayloads = payloads->int64(1);
    return out;
}

// Every batch with rows is committed and complete; every committed batch has its rows.
void expectCommittedBatchesComplete(const std::map<long long, BatchRows>& rows,
                                    const std::set<long long>& committed, long long payloadsAbove)
{
    for (const auto& [batch, b] : rows) {
        SCOPED_TRACE(batch);
        EXPECT_TRUE(committed.count(batch)) << "rows of an uncommitted batch are in the file";
        EXPECT_EQ(b.rows, kCrashRows);
        EXPECT_EQ(b.firstSeq, 0);
        EXPECT_EQ(b.lastSeq, kCrashRows - 1);
        if (batch > payloadsAbove) {
            EXPECT_EQ(b.rightPayloads, kCrashRows) << "rows whose payload is not the one written";
        }
    }
    for (long long batch : committed)
        EXPECT_TRUE(rows.count(batch)) << "committed batch " << batch << " has no rows";
}

} // namespace

TEST(Processes, KilledWriterNeverLeavesAPartialTransaction)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("crash.orec"));
    createDatabase(path);
    std::set<long long> reported;  // every batch whose commit a writer reported
    std::set<long long> committed; // the batches the file holds, as of the last round
    for (int round = 0; round < 20; ++round) {
        SCOPED_TRACE(round);
        auto writer = startHelper(QStringLiteral("write"), path);
        // Kill at a different moment each time: before, during and between commits.
        const int delayMs = 40 + static_cast<int>(QRandomGenerator::global()->bounded(400)) + round * 17;
        QThread::msleep(static_cast<unsigned long>(delayMs));
        writer->kill(); // SIGKILL on Unix
        ASSERT_TRUE(writer->waitForFinished(10000));
        long long reportedThisRound = 0;
        const QByteArray out = writer->readAllStandardOutput();
        for (const QByteArray& line : out.split('\n'))
            if (line.startsWith("committed ")) {
                reported.insert(line.mid(10).toLongLong());
                reportedThisRound = std::max(reportedThisRound, line.mid(10).toLongLong());
            }

        auto db = unlock(path);
        auto report = db->check();
        ASSERT_TRUE(report.ok());
        ASSERT_TRUE(report->integrityProblems.isEmpty())
            << report->integrityProblems.join(QLatin1Char('\n')).toStdString();
        sql::Connection& c = db->connection();
        if (!*c.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'crash_batches'")) {
            ASSERT_TRUE(reported.empty()) << "the tables are gone after a reported commit";
            continue; // killed before it created its tables
        }

        // The batches the file says were committed: 1..N without a gap, each saying kCrashRows rows.
        const long long before = committed.empty() ? 0 : *committed.rbegin();
        const std::set<long long> earlier = committed;
        committed.clear();
        auto batches = c.prepare("SELECT batch, row_count FROM crash_batches ORDER BY batch");
        ASSERT_TRUE(batches.ok());
        while (*batches->step()) {
            EXPECT_EQ(batches->int64(1), kCrashRows) << "batch " << batches->int64(0);
            committed.insert(batches->int64(0));
        }
        const long long highest = committed.empty() ? 0 : *committed.rbegin();
        EXPECT_EQ(static_cast<long long>(committed.size()), highest) << "a committed batch is missing";
        EXPECT_TRUE(std::includes(committed.begin(), committed.end(), earlier.begin(), earlier.end()))
            << "a batch committed in an earlier round is gone";
        // Every reported commit is there; besides them at most the one commit the kill cut off
        // before it was reported.
        for (long long batch : reported)
            EXPECT_TRUE(committed.count(batch)) << "reported batch " << batch << " is missing";
        EXPECT_LE(highest, std::max(before, reportedThisRound) + 1);

        // Each committed batch complete, no row of another batch; the payloads of this round's.
        expectCommittedBatchesComplete(batchRows(c, before), committed, before);
    }
    EXPECT_FALSE(reported.empty()) << "the writer never committed: kills came too early to test anything";
    // At the end the payloads of every batch once more: no later round damaged an earlier one.
    auto db = unlock(path);
    expectCommittedBatchesComplete(batchRows(db->connection(), 0), committed, 0);
}
