// Test helper process: writes large transactions into a database until killed, or holds its lock.
//   orec_crash_writer write DB USER   (passphrase in OREC_PASSPHRASE) prints "committed N" after each commit
//   orec_crash_writer hold DB USER    prints "ready" and keeps the database open until killed
#include "core/crypto.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>
#include <string>

using namespace orec;

int main(int argc, char** argv)
{
    orec::crypto::allowCheapKdfForTests(); // synthetic data sets: cheap key slots
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 1;
    const std::string mode = argv[1];
    DatabaseOptions options;
    options.kdf = crypto::KdfParams::cheapForTestsOnly();
    auto db = Database::unlock(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                               SecureBytes::fromUtf8(qEnvironmentVariable("OREC_PASSPHRASE")), options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 3;
    }
    if (mode == "hold") {
        std::printf("ready\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    sql::Connection& c = (*db)->connection();
    if (!c.exec(
              "CREATE TABLE IF NOT EXISTS crash_rows (batch INTEGER NOT NULL, seq INTEGER NOT NULL, "
              "payload TEXT NOT NULL, PRIMARY KEY (batch, seq));"
              "CREATE TABLE IF NOT EXISTS crash_batches (batch INTEGER PRIMARY KEY, row_count INTEGER NOT NULL);")
             .ok())
        return 6;
    auto last = c.queryInt("SELECT coalesce(max(batch), 0) FROM crash_batches");
    long long batch = last.ok() ? *last : 0;
    constexpr int kRows = 20000;
    const QString payload = QStringLiteral("Nguyễn Văn Thử nghiệm %1 ").repeated(4);
    for (;;) {
        ++batch;
        sql::Transaction tx(c);
        auto insert = c.cached("INSERT INTO crash_rows (batch, seq, payload) VALUES (?, ?, ?)");
        if (!insert)
            return 6;
        for (int i = 0; i < kRows; ++i) {
            (*insert)->reset();
            (*insert)->bind(1, batch).bind(2, i).bind(3, payload.arg(i));
            if (!(*insert)->run().ok())
                return 6;
        }
        auto done = c.cached("INSERT INTO crash_batches (batch, row_count) VALUES (?, ?)");
        (*done)->bind(1, batch).bind(2, kRows);
        if (!(*done)->run().ok() || !tx.commit().ok())
            return 6;
        std::printf("committed %lld\n", batch);
        std::fflush(stdout);
    }
}
