// The register data set the benchmarks share (made by the demo generator, cached beside the programs in
// bench-data/register-N.orec), and a raw SQLCipher connection to it with the application's cipher settings.
#pragma once

#include "app/demo_generator.h"
#include "app/session.h"
#include "core/crypto.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <cstdio>
#include <cstdlib>
#include <sqlcipher/sqlite3.h>
#include <string>

namespace orec::bench {

inline const QDate kDataSetAsOf(2026, 3, 1);
inline const QString kDataSetUser = QStringLiteral("bench");
inline const QString kDataSetPassphrase = QStringLiteral("Mật khẩu của bộ dữ liệu đo 2026");

[[noreturn]] inline void fail(const Error& error)
{
    std::fprintf(stderr, "benchmark: %s\n", qPrintable(error.toString()));
    std::abort();
}

// OREC_BENCH_MEMBERS=N scales the data set (postings are 5 per member).
inline int dataSetMembers()
{
    const int n = qEnvironmentVariableIntValue("OREC_BENCH_MEMBERS");
    return n > 0 ? n : 100'000;
}

inline DatabaseOptions dataSetOptions()
{
    DatabaseOptions o;
    o.kdf = crypto::KdfParams::cheapForTestsOnly(); // the data set is synthetic; unlocking is not what is
                                                    // measured
    o.backupBeforeMigrate = false;
    return o;
}

inline QString dataSetPath(int members)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/bench-data");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/register-%1.orec").arg(members);
}

// The path of the data set, generated first if it is not there yet (delete the file to regenerate it
// after a change of the schema or of what the generator writes).
inline QString ensureDataSet(int members)
{
    const QString path = dataSetPath(members);
    if (QFile::exists(path))
        return path;
    std::fprintf(stderr, "Generating the data set (%d members) into %s ...\n", members, qPrintable(path));
    auto created =
        Database::create(path, kDataSetUser, SecureBytes::fromUtf8(kDataSetPassphrase), dataSetOptions());
    if (!created)
        fail(created.error());
    app::Session session(std::move(created->database));
    app::DemoOptions demo;
    demo.members = members;
    demo.seed = 1;
    demo.asOf = kDataSetAsOf;
    auto summary = app::DemoGenerator(session, demo).generate();
    if (!summary)
        fail(summary.error());
    std::fprintf(
        stderr,
        "Generated %d members, %d postings, %d reports, %d transfer letters in %.1f s (%.1f s CPU).\n",
        summary->members, summary->postings, summary->reports, summary->transfers,
        static_cast<double>(summary->milliseconds) / 1000.0,
        static_cast<double>(summary->cpuMilliseconds) / 1000.0);
    return path;
}

// A raw SQLCipher connection with the same cipher settings as the application's, and `cacheMegabytes`
// of page cache (SQLite's default, 2 MB, when 0).
inline sqlite3* openRawSqlcipher(const QString& path, const SecureBytes& key, int cacheMegabytes,
                                 bool readOnly = false)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db,
                    (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_FULLMUTEX,
                    nullptr);
    const SecureBytes hex = key.toHex();
    const std::string spec = "x'" + std::string(hex.chars(), hex.size()) + "'";
    sqlite3_key(db, spec.data(), static_cast<int>(spec.size()));
    std::string pragmas =
        "PRAGMA cipher_page_size = 4096; PRAGMA kdf_iter = 64000; PRAGMA cipher_use_hmac = ON; "
        "SELECT count(*) FROM sqlite_master; PRAGMA temp_store = MEMORY;";
    if (cacheMegabytes > 0)
        pragmas += " PRAGMA cache_size = -" + std::to_string(cacheMegabytes * 1024) + ";";
    if (sqlite3_exec(db, pragmas.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "benchmark: raw open failed: %s\n", sqlite3_errmsg(db));
        std::abort();
    }
    return db;
}

} // namespace orec::bench
