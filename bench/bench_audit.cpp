// What the signed audit log costs, each figure beside a baseline measured in the same run:
//
//  - `orec check` (Database::check) on the register of bench_register (100,000 members, 500,000 postings,
//    about 2.15 million audit entries; bench_data.h), quick and full, split into its parts (SQLite's
//    quick_check / integrity_check, the foreign keys, the walk of the log: chain, signatures and who may
//    sign what, and binding every record to its last entry), beside raw SQLCipher C calls on the same
//    file: the same PRAGMAs, and a plain SELECT of every row of the audit log and of the bound tables.
//  - one typical member update through RegisterService, one transaction each, on a register with signing
//    (the record's digest and the commit's Ed25519 seal), on the same register made at schema 7 (the audit
//    row, no digest, no seal: the log before schema 8), and as raw SQLCipher statements writing the same
//    rows (the member, its search words, the audit row and the chain's head) on a copy of the first: median
//    and 95th percentile per write, the three interleaved.
//  - a 100,000-member CSV import into an empty register, with signing and at schema 7.
//  - unlock end to end with a slot at the default Argon2id cost and at the floor, beside Argon2id alone.
//
// OREC_BENCH_MEMBERS=N scales the check's data set; OREC_BENCH_WRITE_MEMBERS=N (default 10,000) the
// registers the writes go to; OREC_BENCH_WRITES=N (default 200) the writes per variant. The table at the
// end is Markdown (bench/README.md quotes it).
#include "app/demo_generator.h"
#include "app/export_service.h"
#include "app/import_service.h"
#include "app/register_service.h"
#include "bench_data.h"
#include "bench_timing.h"
#include "core/crypto.h"
#include "core/enum_codes.h"
#include "core/person_name.h"
#include "core/text_folding.h"
#include "storage/database.h"
#include "storage/record_binding.h"
#include "storage/record_json.h"
#include "storage/repository_support.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <sqlcipher/sqlite3.h>
#include <string>
#include <vector>

using namespace orec;

namespace {

using bench::fail;
using bench::Timings;

// ---- timings kept for the summary --------------------------------------------------------------

struct Sample
{
    double ms = 0;
    double cpu = 0; // the process's CPU time: the check may use more than one thread
};

std::map<std::string, Timings>& results()
{
    static std::map<std::string, Timings> r;
    return r;
}

template <typename F> Sample timeMs(F&& f)
{
    const double cpu0 = bench::processCpuMs();
    const auto start = std::chrono::steady_clock::now();
    f();
    Sample s;
    s.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    s.cpu = bench::processCpuMs() - cpu0;
    return s;
}

void keep(const std::string& name, const Sample& s, bool withCpu = true)
{
    Timings& t = results()[name];
    t.ms.push_back(s.ms);
    if (withCpu)
        t.cpu.push_back(s.cpu);
}

void counters(benchmark::State& state, const std::string& name)
{
    const Timings& t = results()[name];
    state.counters["median_ms"] = t.median();
    state.counters["p95_ms"] = t.p95();
    state.counters["cpu_median_ms"] = t.cpuMedian();
}

[[noreturn]] void failText(const std::string& what)
{
    std::fprintf(stderr, "bench_audit: %s\n", what.c_str());
    std::abort();
}

// Steps a raw statement to the end, reading every column (text and blobs in full); returns the rows.
long long rawRun(sqlite3* db, const std::string& sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        failText(sql + ": " + sqlite3_errmsg(db));
    long long rows = 0;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            benchmark::DoNotOptimize(sqlite3_column_blob(stmt, c));
            benchmark::DoNotOptimize(sqlite3_column_bytes(stmt, c));
        }
    }
    if (rc != SQLITE_DONE)
        failText(sql + ": " + sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return rows;
}

void rawExec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK)
        failText(std::string(sql) + ": " + (message ? message : "?"));
}

// ---- the check at 100,000 members --------------------------------------------------------------

struct CheckData
{
    QString path;
    std::unique_ptr<app::Session> session;
    qint64 entries = 0;
    qint64 records = 0;
    qint64 seals = 0;
};

CheckData& checkData()
{
    static CheckData data = [] {
        CheckData d;
        d.path = bench::ensureDataSet(bench::dataSetMembers());
        auto db = Database::unlock(d.path, bench::kDataSetUser,
                                   SecureBytes::fromUtf8(bench::kDataSetPassphrase), bench::dataSetOptions());
        if (!db)
            fail(db.error());
        d.session = std::make_unique<app::Session>(std::move(*db));
        return d;
    }();
    return data;
}

void BM_Check(benchmark::State& state, bool full)
{
    CheckData& data = checkData();
    const std::string mode = full ? "full" : "quick";
    for (auto _ : state) {
        Database::CheckReport report;
        const Sample total = timeMs([&] {
            auto checked = data.session->database().check(Database::CheckOptions{full, {}, {}});
            if (!checked)
                fail(checked.error());
            if (!checked->ok())
                failText("the data set does not pass the check");
            report = *checked;
        });
        data.entries = report.audit.rowsChecked;
        data.records = report.audit.recordsChecked;
        data.seals = report.audit.sealsChecked;
        keep("check " + mode, total);
        keep("check " + mode + ": " + (full ? "integrity_check" : "quick_check"),
             {static_cast<double>(report.integrityMilliseconds), 0}, false);
        if (full)
            keep("check full: foreign_key_check", {static_cast<double>(report.foreignKeyMilliseconds), 0},
                 false);
        keep("check " + mode + ": audit log", {static_cast<double>(report.audit.logMilliseconds), 0}, false);
        keep("check " + mode + ": records", {static_cast<double>(report.audit.recordsMilliseconds), 0},
             false);
        counters(state, "check " + mode);
    }
}

// Every row of the audit log with its seal, as the verifier reads it.
const char* kRawLog = "SELECT a.id, a.at, a.user_name, a.entity, a.entity_id, a.action, a.before_json, "
                      "a.after_json, a.hash, a.digest, s.signer, s.public_key, s.signature FROM audit_log a "
                      "LEFT JOIN audit_seal s ON s.audit_id = a.id ORDER BY a.id";

// Every row of every bound table and of their child tables, in the order the check reads them.
std::vector<std::string> rawRecordQueries()
{
    std::vector<std::string> out;
    for (const BoundTable& t : boundTables()) {
        const std::string rowId = t.rowIdSql;
        out.push_back("SELECT " + rowId + ", * FROM " + t.table + " ORDER BY " +
                      (rowId == "0" ? std::string(t.keySql) : rowId));
        for (const BoundTable::Child& c : t.children)
            out.push_back(std::string("SELECT * FROM ") + c.table + " ORDER BY " + c.orderBy);
    }
    return out;
}

void BM_CheckRaw(benchmark::State& state, bool full)
{
    CheckData& data = checkData();
    sqlite3* db = bench::openRawSqlcipher(data.path, data.session->database().dataKey(),
                                          Database::kCheckCacheMegabytes, true);
    const std::string mode = full ? "full" : "quick";
    for (auto _ : state) {
        Sample integrity, foreignKeys, log, records;
        const Sample total = timeMs([&] {
            rawExec(db, "BEGIN");
            integrity = timeMs([&] { rawRun(db, full ? "PRAGMA integrity_check" : "PRAGMA quick_check"); });
            if (full)
                foreignKeys = timeMs([&] { rawRun(db, "PRAGMA foreign_key_check"); });
            log = timeMs([&] { rawRun(db, kRawLog); });
            records = timeMs([&] {
                for (const std::string& sql : rawRecordQueries())
                    rawRun(db, sql);
            });
            rawExec(db, "COMMIT");
        });
        keep("check " + mode + " (raw)", total);
        keep("check " + mode + ": " + (full ? "integrity_check" : "quick_check") + " (raw)", integrity);
        if (full)
            keep("check full: foreign_key_check (raw)", foreignKeys);
        keep("check " + mode + ": audit log (raw)", log);
        keep("check " + mode + ": records (raw)", records);
        counters(state, "check " + mode + " (raw)");
    }
    sqlite3_close(db);
}

// ---- one member update per transaction ----------------------------------------------------------

int writeMembers()
{
    const int n = qEnvironmentVariableIntValue("OREC_BENCH_WRITE_MEMBERS");
    return n > 0 ? n : 10'000;
}

int writesPerVariant()
{
    const int n = qEnvironmentVariableIntValue("OREC_BENCH_WRITES");
    return n > 0 ? n : 200;
}

QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

std::unique_ptr<app::Session> generatedRegister(const QString& name, int schemaVersion, int members)
{
    DatabaseOptions options = bench::dataSetOptions();
    options.schemaVersion = schemaVersion;
    auto created = Database::create(scratch().filePath(name), bench::kDataSetUser,
                                    SecureBytes::fromUtf8(bench::kDataSetPassphrase), options);
    if (!created)
        fail(created.error());
    auto session = std::make_unique<app::Session>(std::move(created->database));
    app::DemoOptions demo;
    demo.members = members;
    demo.seed = 2;
    demo.asOf = bench::kDataSetAsOf;
    auto summary = app::DemoGenerator(*session, demo).generate();
    if (!summary)
        fail(summary.error());
    return session;
}

// The raw write of one member update: the statements the layer runs, with the values it binds, and no
// digest, no seal.
struct RawWriter
{
    sqlite3* db = nullptr;
    sqlite3_stmt* update = nullptr;
    sqlite3_stmt* deleteWords = nullptr;
    sqlite3_stmt* insertWords = nullptr;
    sqlite3_stmt* insertAudit = nullptr;
    sqlite3_stmt* head = nullptr;
    long long nextAuditId = 0;

    explicit RawWriter(const QString& path, const SecureBytes& key)
    {
        db = bench::openRawSqlcipher(path, key, 0);
        // The application's connection settings (sqlite.cpp applyPragmas).
        rawExec(db, "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA journal_mode = DELETE; "
                    "PRAGMA synchronous = FULL;");
        const auto prepare = [&](const char* sql) {
            sqlite3_stmt* stmt = nullptr;
            if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
                failText(std::string(sql) + ": " + sqlite3_errmsg(db));
            return stmt;
        };
        update = prepare(
            "UPDATE members SET full_name = ?, name_sort = ?, name_folded = ?, gender = ?, date_of_birth = ?, "
            "hometown = ?, citizen_id = ?, party_card_no = ?, dossier_no = ?, admission_date = ?, "
            "full_membership_date = ?, home_unit_id = ?, position = ?, workplace = ?, phone = ?, email = ?, "
            "notes = ?, under_disciplinary_review = ?, updated_at = ?, version = version + 1 WHERE id = ?");
        deleteWords = prepare("DELETE FROM member_search WHERE docid = ?");
        insertWords = prepare("INSERT INTO member_search (docid, words) VALUES (?, ?)");
        insertAudit =
            prepare("INSERT INTO audit_log (id, at, user_name, entity, entity_id, action, before_json, "
                    "after_json, hash) VALUES (?,?,?,?,?,?,?,?,?)");
        head = prepare("INSERT OR REPLACE INTO audit_head (id, last_id, last_hash) VALUES (1, ?, ?)");
        sqlite3_stmt* last = prepare("SELECT last_id FROM audit_head WHERE id = 1");
        sqlite3_step(last);
        nextAuditId = sqlite3_column_int64(last, 0) + 1;
        sqlite3_finalize(last);
    }
    ~RawWriter()
    {
        for (sqlite3_stmt* s : {update, deleteWords, insertWords, insertAudit, head})
            sqlite3_finalize(s);
        sqlite3_close(db);
    }

    // Everything is converted beforehand: what is timed is SQLCipher's work.
    struct Row
    {
        std::vector<std::string> text; // the 19 bound values of the UPDATE, empty for NULL
        std::vector<bool> null;
        std::string sortKey; // column 2, a blob as the layer binds it
        long long id = 0;
        std::string uuid, words, before, after, at;
        QByteArray hash;
    };

    static Row rowOf(const Member& before, const Member& after, const QString& at)
    {
        Row r;
        const auto add = [&r](const QString& v) {
            r.null.push_back(v.isEmpty());
            r.text.push_back(v.toStdString());
        };
        const auto date = [&](const QDate& d) { add(d.isValid() ? d.toString(Qt::ISODate) : QString()); };
        add(after.fullName);
        add(QString()); // name_sort: a blob, bound apart
        add(foldForSearch(after.fullName));
        add(codeName(after.gender));
        date(after.dateOfBirth);
        add(after.hometown);
        add(after.citizenId);
        add(after.partyCardNumber);
        add(after.dossierNumber);
        date(after.admissionDate);
        date(after.fullMembershipDate);
        add(after.homeUnitId ? QString::number(after.homeUnitId) : QString());
        add(after.position);
        add(after.workplace);
        add(after.phone);
        add(after.email);
        add(after.notes);
        add(QStringLiteral("0"));
        add(at);
        r.sortKey = sortKey(after.fullName).toStdString();
        r.id = after.id;
        r.uuid = after.uuid.toStdString();
        r.words = (foldForSearch(after.fullName) + QLatin1Char(' ') + after.partyCardNumber +
                   QLatin1Char(' ') + after.citizenId)
                      .toStdString();
        r.before = toCompactJson(before).toStdString();
        r.after = toCompactJson(after).toStdString();
        r.at = at.toStdString();
        r.hash = crypto::blake2b(QByteArray::fromStdString(r.after), 32);
        return r;
    }

    void write(const Row& r)
    {
        const auto text = [](sqlite3_stmt* s, int i, const std::string& v) {
            sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
        };
        const auto step = [this](sqlite3_stmt* s) {
            if (sqlite3_step(s) != SQLITE_DONE)
                failText(std::string("raw write: ") + sqlite3_errmsg(db));
            sqlite3_reset(s);
        };
        rawExec(db, "BEGIN IMMEDIATE");
        for (int i = 0; i < static_cast<int>(r.text.size()); ++i) {
            if (i == 1)
                sqlite3_bind_blob(update, 2, r.sortKey.data(), static_cast<int>(r.sortKey.size()),
                                  SQLITE_STATIC);
            else if (r.null[static_cast<std::size_t>(i)])
                sqlite3_bind_null(update, i + 1);
            else
                text(update, i + 1, r.text[static_cast<std::size_t>(i)]);
        }
        sqlite3_bind_int64(update, 20, r.id);
        step(update);
        sqlite3_bind_int64(deleteWords, 1, r.id);
        step(deleteWords);
        sqlite3_bind_int64(insertWords, 1, r.id);
        text(insertWords, 2, r.words);
        step(insertWords);
        sqlite3_bind_int64(insertAudit, 1, nextAuditId);
        text(insertAudit, 2, r.at);
        text(insertAudit, 3, bench::kDataSetUser.toStdString());
        sqlite3_bind_text(insertAudit, 4, "member", -1, SQLITE_STATIC);
        text(insertAudit, 5, r.uuid);
        sqlite3_bind_text(insertAudit, 6, "update", -1, SQLITE_STATIC);
        text(insertAudit, 7, r.before);
        text(insertAudit, 8, r.after);
        sqlite3_bind_blob(insertAudit, 9, r.hash.constData(), static_cast<int>(r.hash.size()), SQLITE_STATIC);
        step(insertAudit);
        sqlite3_bind_int64(head, 1, nextAuditId);
        sqlite3_bind_blob(head, 2, r.hash.constData(), static_cast<int>(r.hash.size()), SQLITE_STATIC);
        step(head);
        rawExec(db, "COMMIT");
        ++nextAuditId;
    }
};

void BM_MemberUpdatePerTransaction(benchmark::State& state)
{
    const int members = writeMembers();
    std::fprintf(stderr, "Generating two registers of %d members (with signing, and at schema 7) ...\n",
                 members);
    auto signedRegister = generatedRegister(QStringLiteral("writes-signed.orec"), -1, members);
    auto unsignedRegister = generatedRegister(QStringLiteral("writes-schema7.orec"), 7, members);
    // The raw writes go to a copy of the signed register, made before any write.
    const QString rawPath = scratch().filePath(QStringLiteral("writes-raw.orec"));
    if (!QFile::copy(signedRegister->database().path(), rawPath))
        failText("cannot copy the register");
    RawWriter raw(rawPath, signedRegister->database().dataKey());
    app::RegisterService signedService(*signedRegister);
    app::RegisterService unsignedService(*unsignedRegister);
    const int writes = writesPerVariant();
    for (auto _ : state) {
        for (int i = 0; i < writes; ++i) {
            // The same member on each register (the same seed made the same department), a new phone.
            const qint64 id = 1 + (static_cast<qint64>(i) * 7919) % members;
            const QString phone =
                QStringLiteral("09%1").arg(10'000'000 + i * 37 + 1, 8, 10, QLatin1Char('0'));
            const auto update = [&](app::RegisterService& service, const char* name) {
                auto member = service.member(id);
                if (!member)
                    fail(member.error());
                member->phone = phone;
                keep(name, timeMs([&] {
                         auto updated = service.updateMember(*member);
                         if (!updated)
                             fail(updated.error());
                     }));
            };
            // Interleaved, so a noisy neighbour on the shared machine does not land on one variant.
            update(signedService, "member update, signed (schema 8+)");
            update(unsignedService, "member update, schema 7 (no digest, no seal)");
            auto before = signedService.member(id);
            if (!before)
                fail(before.error());
            Member after = *before;
            after.phone = phone;
            const RawWriter::Row row = RawWriter::rowOf(
                *before, after, signedRegister->clock().nowUtc().toString(Qt::ISODateWithMs));
            keep("member update, raw SQLCipher (same rows, no digest, no seal)",
                 timeMs([&] { raw.write(row); }));
        }
        counters(state, "member update, signed (schema 8+)");
    }
    // Every write went through: the signed register still passes its check.
    auto checked = signedRegister->database().check(Database::CheckOptions{});
    if (!checked || !checked->ok())
        failText("the signed register fails its check after the writes");
}

// ---- a 100,000-member CSV import -----------------------------------------------------------------

struct ImportFiles
{
    QString cells;
    QString members;
};

ImportFiles& importFiles()
{
    static ImportFiles files = [] {
        ImportFiles f;
        f.cells = scratch().filePath(QStringLiteral("cells.csv"));
        f.members = scratch().filePath(QStringLiteral("members.csv"));
        app::ExportService exports(*checkData().session);
        for (const auto& [table, file] : {std::pair{app::InterchangeTable::Cells, f.cells},
                                          std::pair{app::InterchangeTable::Members, f.members}}) {
            auto rows = exports.exportFile(table, file);
            if (!rows)
                fail(rows.error());
        }
        return f;
    }();
    return files;
}

void BM_ImportMembersCsv(benchmark::State& state, int schemaVersion)
{
    const std::string name = schemaVersion < 0 ? "import of 100,000 members (CSV), signed (schema 8+)"
                                               : "import of 100,000 members (CSV), schema 7";
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        DatabaseOptions options = bench::dataSetOptions();
        options.schemaVersion = schemaVersion;
        auto created = Database::create(
            scratch().filePath(QStringLiteral("import-%1-%2.orec").arg(schemaVersion).arg(++round)),
            bench::kDataSetUser, SecureBytes::fromUtf8(bench::kDataSetPassphrase), options);
        if (!created)
            fail(created.error());
        app::Session session(std::move(created->database));
        auto cells =
            app::ImportService(session).importFile(app::InterchangeTable::Cells, importFiles().cells);
        if (!cells)
            fail(cells.error());
        state.ResumeTiming();
        keep(name, timeMs([&] {
                 auto imported = app::ImportService(session).importFile(app::InterchangeTable::Members,
                                                                        importFiles().members);
                 if (!imported)
                     fail(imported.error());
                 if (imported->imported != bench::dataSetMembers())
                     failText("the import did not take every member");
             }));
        counters(state, name);
    }
}

// ---- unlock: the default Argon2id cost and the floor a key slot may not go below ------------------
//
// A register of a few members with its one slot at the given cost, unlocked end to end (KDF, slot, key
// file MAC and generation, open, schema and signing-key checks), beside the Argon2id derivation alone
// with the same parameters (libsodium's crypto_pwhash: the least any unlock can cost).
QString unlockRegister(const char* name, const crypto::KdfParams& kdf)
{
    const QString path = scratch().filePath(QString::fromLatin1(name));
    if (!QFile::exists(path)) {
        DatabaseOptions o = bench::dataSetOptions();
        o.kdf = kdf;
        auto created =
            Database::create(path, bench::kDataSetUser, SecureBytes::fromUtf8(bench::kDataSetPassphrase), o);
        if (!created)
            fail(created.error());
    }
    return path;
}

void BM_Unlock(benchmark::State& state, bool atFloor)
{
    const crypto::KdfParams kdf =
        atFloor ? crypto::KdfParams::floor() : crypto::KdfParams::interactiveDefault();
    const std::string label = atFloor ? "unlock, Argon2id floor" : "unlock, Argon2id default";
    const QString path = unlockRegister(atFloor ? "unlock-floor.orec" : "unlock-default.orec", kdf);
    const SecureBytes pass = SecureBytes::fromUtf8(bench::kDataSetPassphrase);
    const QByteArray salt(crypto::kSaltBytes, '\x5a');
    for (auto _ : state) {
        keep(label, timeMs([&] {
                 auto db = Database::unlock(path, bench::kDataSetUser, pass, bench::dataSetOptions());
                 if (!db)
                     fail(db.error());
             }));
        keep(label + " (Argon2id alone)", timeMs([&] {
                 auto key = crypto::deriveKeyArgon2id(pass, salt, kdf);
                 if (!key)
                     fail(key.error());
             }));
    }
    counters(state, label);
}

BENCHMARK_CAPTURE(BM_Unlock, default, false)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_Unlock, floor, true)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_Check, quick, false)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_CheckRaw, quick, false)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_Check, full, true)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK_CAPTURE(BM_CheckRaw, full, true)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_MemberUpdatePerTransaction)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_ImportMembersCsv, signed, -1)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_ImportMembersCsv, schema7, 7)->Unit(benchmark::kMillisecond)->Iterations(1);

// ---- the summary -----------------------------------------------------------------------------------

void row(const char* what, const std::string& name, const char* baselineWhat, const std::string& baseline)
{
    const auto it = results().find(name);
    if (it == results().end())
        return;
    const auto cell = [](const Timings& t) {
        char text[96];
        if (t.cpu.empty())
            std::snprintf(text, sizeof text, "%.0f / %.0f", t.median(), t.p95());
        else
            std::snprintf(text, sizeof text, "%.0f / %.0f (cpu %.0f)", t.median(), t.p95(), t.cpuMedian());
        return std::string(text);
    };
    const auto base = results().find(baseline);
    std::printf("| %s | %s | %s | %s |\n", what, cell(it->second).c_str(), baselineWhat,
                base == results().end() ? "" : cell(base->second).c_str());
}

void rowFine(const char* what, const std::string& name, const char* baselineWhat, const std::string& baseline)
{
    const auto it = results().find(name);
    if (it == results().end())
        return;
    const auto cell = [](const Timings& t) {
        char text[96];
        std::snprintf(text, sizeof text, "%.1f / %.1f (cpu %.1f)", t.median(), t.p95(), t.cpuMedian());
        return std::string(text);
    };
    const auto base = results().find(baseline);
    std::printf("| %s | %s | %s | %s |\n", what, cell(it->second).c_str(), baselineWhat,
                base == results().end() ? "" : cell(base->second).c_str());
}

void printSummary()
{
    const CheckData& data = checkData();
    std::printf(
        "\nThe signed audit log at %d members (%lld audit entries, %lld seals, %lld records): median / p95 "
        "wall ms (cpu: the process's median CPU ms; the parts are wall only), each beside its baseline "
        "from the same run on the same file. Raw = SQLCipher's C API with the check's cipher settings "
        "and page cache (%d MB).\n\n",
        bench::dataSetMembers(), static_cast<long long>(data.entries), static_cast<long long>(data.seals),
        static_cast<long long>(data.records), Database::kCheckCacheMegabytes);
    std::printf("| measured | ms | baseline | ms |\n|---|---|---|---|\n");
    for (const std::string mode : {"quick", "full"}) {
        const std::string pragma = mode == "quick" ? "quick_check" : "integrity_check";
        const std::string title = "**check " + mode + "** (Database::check)";
        row(title.c_str(), "check " + mode, "raw: the same PRAGMAs + SELECT of every row",
            "check " + mode + " (raw)");
        const std::string part = "&nbsp;&nbsp;" + pragma;
        row(part.c_str(), "check " + mode + ": " + pragma, ("raw PRAGMA " + pragma).c_str(),
            "check " + mode + ": " + pragma + " (raw)");
        if (mode == "full")
            row("&nbsp;&nbsp;foreign keys", "check full: foreign_key_check", "raw PRAGMA foreign_key_check",
                "check full: foreign_key_check (raw)");
        row("&nbsp;&nbsp;audit log: chain, signatures, who may sign what", "check " + mode + ": audit log",
            "raw SELECT audit_log ⟕ audit_seal", "check " + mode + ": audit log (raw)");
        row("&nbsp;&nbsp;records bound to their last entry", "check " + mode + ": records",
            "raw SELECT * of the bound tables", "check " + mode + ": records (raw)");
    }
    std::printf(
        "\nOne member update per transaction, %d writes each, interleaved, on registers of %d members:\n\n",
        writesPerVariant(), writeMembers());
    std::printf("| measured | ms | baseline | ms |\n|---|---|---|---|\n");
    rowFine("member update, signed (digest + Ed25519 seal)", "member update, signed (schema 8+)",
            "raw SQLCipher, same rows", "member update, raw SQLCipher (same rows, no digest, no seal)");
    rowFine("member update, schema 7 (no digest, no seal)", "member update, schema 7 (no digest, no seal)",
            "raw SQLCipher, same rows", "member update, raw SQLCipher (same rows, no digest, no seal)");
    const crypto::KdfParams def = crypto::KdfParams::interactiveDefault();
    const crypto::KdfParams low = crypto::KdfParams::floor();
    std::printf("\nUnlock (default Argon2id: %llu passes, %llu MiB; floor: %llu passes, %llu MiB):\n\n",
                static_cast<unsigned long long>(def.opsLimit),
                static_cast<unsigned long long>(def.memLimitBytes >> 20),
                static_cast<unsigned long long>(low.opsLimit),
                static_cast<unsigned long long>(low.memLimitBytes >> 20));
    std::printf("| measured | ms | baseline | ms |\n|---|---|---|---|\n");
    row("unlock, default cost", "unlock, Argon2id default", "Argon2id alone",
        "unlock, Argon2id default (Argon2id alone)");
    row("unlock, at the floor", "unlock, Argon2id floor", "Argon2id alone",
        "unlock, Argon2id floor (Argon2id alone)");
    std::printf("\n| measured | ms | baseline | ms |\n|---|---|---|---|\n");
    row("import of 100,000 members (CSV), signed", "import of 100,000 members (CSV), signed (schema 8+)",
        "the same at schema 7", "import of 100,000 members (CSV), schema 7");
}

} // namespace

int main(int argc, char** argv)
{
    crypto::allowCheapKdfForTests(); // synthetic data sets: cheap key slots
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    printSummary();
    return 0;
}
