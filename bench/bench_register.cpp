// Register benchmark at the scale of a department (100,000 members, 500,000 postings, made by the demo
// generator and cached under the build folder): search keystrokes, who is abroad by country, reports
// overdue, a page of 100 members by name, a year's statistics and a 100,000-row members import, each
// through the application's services and, beside it in the same run, as a raw SQLCipher C-API query of
// the same shape on its own connection to the same file, and as the same raw query on a plain (unkeyed)
// SQLite copy of that file made with sqlcipher_export: the cost of encryption itself. The plain copy
// holds only the generated data set and lives in a temporary folder removed at exit.
//
// OREC_BENCH_MEMBERS=N scales the data set (postings are 5 per member); OREC_BENCH_EXPLAIN=1 prints the
// query plans. The figures printed at the end are median and 95th percentile per query, in ms.
#include "app/demo_generator.h"
#include "app/export_service.h"
#include "app/import_service.h"
#include "app/query_service.h"
#include "bench_data.h"
#include "bench_timing.h"
#include "core/crypto.h"
#include "core/person_name.h"
#include "core/text_folding.h"
#include "storage/database.h"
#include "storage/member_query.h"
#include "storage/repository_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <sqlcipher/sqlite3.h>
#include <string>
#include <string_view>
#include <vector>

using namespace orec;

namespace {

const QDate kAsOf = bench::kDataSetAsOf;

using bench::fail;

int memberCount()
{
    return bench::dataSetMembers();
}

// ---- timings kept for the summary --------------------------------------------------------------

using bench::threadCpuMs;
using bench::Timings;

std::map<std::string, Timings>& results()
{
    static std::map<std::string, Timings> r;
    return r;
}

struct Sample
{
    double ms = 0;
    double cpu = 0;
};

template <typename F> Sample timeMs(F&& f)
{
    const double cpu0 = threadCpuMs();
    const auto start = std::chrono::steady_clock::now();
    f();
    Sample s;
    s.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    s.cpu = threadCpuMs() - cpu0;
    return s;
}

void report(benchmark::State& state, const std::string& name, const std::vector<Sample>& samples)
{
    Timings& t = results()[name];
    for (const Sample& s : samples) {
        t.ms.push_back(s.ms);
        t.cpu.push_back(s.cpu);
    }
    state.counters["median_ms"] = t.median();
    state.counters["p95_ms"] = t.p95();
    state.counters["cpu_median_ms"] = t.cpuMedian();
    state.counters["queries"] = static_cast<double>(t.ms.size());
}

// ---- the data set, the session and the raw connection --------------------------------------------

struct Fixture
{
    std::unique_ptr<app::Session> session;
    sqlite3* raw = nullptr;
    sqlite3* plain = nullptr; // opened on first use
};

QTemporaryDir& plainDir()
{
    static QTemporaryDir dir;
    return dir;
}

// Writes a plain (unkeyed) copy of the database open on `keyed` to `path` with sqlcipher_export.
void exportPlain(sqlite3* keyed, const QString& path)
{
    { // ATTACH opens with the main connection's flags, which do not include "create"
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            std::abort();
    }
    const std::string sql = "ATTACH DATABASE '" + path.toStdString() +
                            "' AS plain KEY ''; SELECT sqlcipher_export('plain'); DETACH DATABASE plain;";
    char* message = nullptr;
    if (sqlite3_exec(keyed, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "bench_register: plain copy failed: %s\n", message ? message : "?");
        std::abort();
    }
}

sqlite3* openPlain(const QString& path)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr);
    sqlite3_exec(
        db, "SELECT count(*) FROM sqlite_master; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -262144;",
        nullptr, nullptr, nullptr);
    return db;
}

// The same cipher settings and the same page cache (256 MB) as the application's connection.
sqlite3* openRaw(const QString& path, const SecureBytes& key)
{
    return bench::openRawSqlcipher(path, key, 256);
}

Fixture& fixture()
{
    static Fixture f = [] {
        Fixture out;
        const QString path = bench::ensureDataSet(memberCount());
        auto db = Database::unlock(path, bench::kDataSetUser,
                                   SecureBytes::fromUtf8(bench::kDataSetPassphrase), bench::dataSetOptions());
        if (!db)
            std::abort();
        out.session = std::make_unique<app::Session>(std::move(*db));
        (void)repo::setPageCacheMegabytes(out.session->database(), 256);
        out.raw = openRaw(path, out.session->database().dataKey());
        return out;
    }();
    return f;
}

sqlite3* plainDb()
{
    Fixture& f = fixture();
    if (!f.plain) {
        const QString path = plainDir().filePath(QStringLiteral("register-plain.db"));
        std::fprintf(stderr, "Making a plain SQLite copy of the data set for the baseline ...\n");
        exportPlain(f.raw, path);
        f.plain = openPlain(path);
    }
    return f.plain;
}

// The baseline connection: raw SQLCipher calls on the encrypted file, or the same calls on the plain copy.
sqlite3* baseline(bool plain)
{
    return plain ? plainDb() : fixture().raw;
}
std::string suffix(bool plain)
{
    return plain ? " (plain)" : " (raw)";
}

// Runs a raw statement to the end, binding text parameters in order; returns the rows.
long long rawRun(sqlite3* db, const char* sql, const std::vector<std::string>& params)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s\n%s\n", sql, sqlite3_errmsg(db));
        std::abort();
    }
    for (std::size_t i = 0; i < params.size(); ++i)
        sqlite3_bind_text(stmt, static_cast<int>(i + 1), params[i].data(), static_cast<int>(params[i].size()),
                          SQLITE_TRANSIENT);
    long long rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            benchmark::DoNotOptimize(sqlite3_column_text(stmt, c));
    }
    sqlite3_finalize(stmt);
    return rows;
}

void explain(sqlite3* db, const char* title, const char* sql)
{
    std::fprintf(stderr, "-- %s\n", title);
    sqlite3_stmt* stmt = nullptr;
    const std::string q = std::string("EXPLAIN QUERY PLAN ") + sql;
    if (sqlite3_prepare_v2(db, q.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "   %s\n", sqlite3_errmsg(db));
        return;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW)
        std::fprintf(stderr, "   %s\n", reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3)));
    sqlite3_finalize(stmt);
}

// ---- search: every keystroke of a few names and numbers -------------------------------------------

const QStringList& keystrokes()
{
    static const QStringList list = [] {
        QStringList out;
        for (const QString& typed :
             {QStringLiteral("nguyen van duc"), QStringLiteral("tran thi huong"), QStringLiteral("le minh"),
              QStringLiteral("hoang duc anh"), QStringLiteral("Phạm Thị Thu"), QStringLiteral("vu lan"),
              QStringLiteral("10007919"), QStringLiteral("0010")}) {
            for (qsizetype i = 1; i <= typed.size(); ++i) {
                if (!typed.at(i - 1).isSpace())
                    out.append(typed.left(i));
            }
        }
        return out;
    }();
    return list;
}

const char* kRawSearch =
    "SELECT m.id, m.full_name FROM members m "
    "WHERE m.id IN (SELECT docid FROM member_search WHERE member_search MATCH ?1) "
    "ORDER BY CASE WHEN m.name_folded = ?2 THEN 0 WHEN substr(m.name_folded, 1, length(?2)) = ?2 THEN 1 ELSE 2 END, "
    "m.name_sort LIMIT 50";

void BM_SearchKeystroke_Layer(benchmark::State& state)
{
    app::QueryService queries(*fixture().session);
    (void)queries.search(QStringLiteral("nguyen"),
                         50); // warm the page cache: measured queries are not the first
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (const QString& k : keystrokes())
            ms.push_back(timeMs([&] { benchmark::DoNotOptimize(queries.search(k, 50)); }));
        report(state, "search keystroke", ms);
    }
}

void BM_SearchKeystroke_Raw(benchmark::State& state, bool plain)
{
    rawRun(baseline(plain), kRawSearch, {"nguyen*", "nguyen"}); // warm-up
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (const QString& k : keystrokes()) {
            const MemberQuery::SearchTerms terms = MemberQuery::parseSearchText(k);
            const std::string match = terms.match.toStdString();
            const std::string folded = terms.folded.toStdString();
            ms.push_back(timeMs([&] { rawRun(baseline(plain), kRawSearch, {match, folded}); }));
        }
        report(state, "search keystroke" + suffix(plain), ms);
    }
}

// ---- who is abroad now, by country --------------------------------------------------------------

const QStringList kCountries = {QStringLiteral("JP"), QStringLiteral("KR"), QStringLiteral("RU"),
                                QStringLiteral("LA"), QStringLiteral("DE"), QStringLiteral("US"),
                                QStringLiteral("TW"), QStringLiteral("AU")};

const char* kRawAbroadCount =
    "SELECT count(*) FROM postings p WHERE p.status IN ('abroad', 'in_overseas_cell', 'lost_contact') "
    "AND EXISTS (SELECT 1 FROM posting_countries pc WHERE pc.posting_id = p.id AND pc.country_code = ?1)";
const char* kRawAbroadPage =
    "SELECT m.id, m.full_name, m.party_card_no, hu.name, p.main_country, p.city, c.name, p.effective_planned_return "
    "FROM postings p JOIN members m ON m.id = p.member_id LEFT JOIN party_units hu ON hu.id = m.home_unit_id "
    "LEFT JOIN party_units c ON c.id = p.overseas_cell_id "
    "WHERE p.status IN ('abroad', 'in_overseas_cell', 'lost_contact') "
    "AND EXISTS (SELECT 1 FROM posting_countries pc WHERE pc.posting_id = p.id AND pc.country_code = ?1) "
    "ORDER BY m.name_sort LIMIT 100";

void BM_AbroadByCountry_Layer(benchmark::State& state)
{
    app::QueryService queries(*fixture().session);
    for (const QString& cc : kCountries) { // warm-up
        MemberFilter f;
        f.countryCode = cc;
        (void)queries.abroadNow(f, 0, 100);
    }
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (const QString& cc : kCountries) {
            MemberFilter f;
            f.countryCode = cc;
            f.today = kAsOf;
            ms.push_back(timeMs([&] {
                benchmark::DoNotOptimize(queries.countMembers(f));
                benchmark::DoNotOptimize(queries.abroadNow(f, 0, 100));
            }));
        }
        report(state, "abroad now by country (count + 100 rows)", ms);
    }
}

void BM_AbroadByCountry_Raw(benchmark::State& state, bool plain)
{
    for (const QString& cc : kCountries) // warm-up
        rawRun(baseline(plain), kRawAbroadPage, {cc.toStdString()});
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (const QString& cc : kCountries) {
            const std::string code = cc.toStdString();
            ms.push_back(timeMs([&] {
                rawRun(baseline(plain), kRawAbroadCount, {code});
                rawRun(baseline(plain), kRawAbroadPage, {code});
            }));
        }
        report(state, "abroad now by country (count + 100 rows)" + suffix(plain), ms);
    }
}

// ---- reports overdue ----------------------------------------------------------------------------

const char* kRawOverdueCount =
    "SELECT count(*) FROM reports r INDEXED BY reports_open_due "
    "WHERE r.received_date IS NULL AND r.due_date IS NOT NULL AND r.due_date < ?1 "
    "AND (r.posting_id IS NULL OR r.posting_id NOT IN (SELECT id FROM postings WHERE status = 'cancelled'))";
const char* kRawOverduePage =
    "SELECT r.id, r.kind, r.due_date, m.full_name, m.party_card_no, p.status, p.main_country "
    "FROM reports r INDEXED BY reports_open_due JOIN members m ON m.id = r.member_id "
    "LEFT JOIN postings p ON p.id = r.posting_id "
    "WHERE r.received_date IS NULL AND r.due_date IS NOT NULL AND r.due_date < ?1 "
    "AND (r.posting_id IS NULL OR r.posting_id NOT IN (SELECT id FROM postings WHERE status = 'cancelled')) "
    "ORDER BY r.due_date, m.name_sort, r.id LIMIT 100";

void BM_ReportsOverdue_Layer(benchmark::State& state)
{
    app::QueryService queries(*fixture().session);
    ReportDueFilter f;
    f.overdueOnly = true;
    f.today = kAsOf;
    (void)queries.reportsDue(f, 0, 100); // warm-up
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (int i = 0; i < 5; ++i)
            ms.push_back(timeMs([&] {
                benchmark::DoNotOptimize(queries.countReportsDue(f));
                benchmark::DoNotOptimize(queries.reportsDue(f, 0, 100));
            }));
        report(state, "reports overdue (count + 100 rows)", ms);
    }
}

void BM_ReportsOverdue_Raw(benchmark::State& state, bool plain)
{
    const std::string today = kAsOf.toString(Qt::ISODate).toStdString();
    rawRun(baseline(plain), kRawOverduePage, {today}); // warm-up
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (int i = 0; i < 5; ++i)
            ms.push_back(timeMs([&] {
                rawRun(baseline(plain), kRawOverdueCount, {today});
                rawRun(baseline(plain), kRawOverduePage, {today});
            }));
        report(state, "reports overdue (count + 100 rows)" + suffix(plain), ms);
    }
}

// ---- a page of 100 members by name --------------------------------------------------------------

std::vector<int> offsets()
{
    std::vector<int> out;
    for (int i = 0; i < 20; ++i)
        out.push_back(
            static_cast<int>((static_cast<long long>(i) * 7919 * 13) % std::max(1, memberCount() - 100)));
    return out;
}

const char* kRawPage =
    "SELECT m.id, m.uuid, m.full_name, m.gender, m.date_of_birth, m.party_card_no, m.citizen_id, "
    "hu.code, hu.name FROM members m LEFT JOIN party_units hu ON hu.id = m.home_unit_id "
    "ORDER BY m.name_sort, m.id LIMIT 100 OFFSET ?1";

void BM_MemberPageByName_Layer(benchmark::State& state)
{
    app::QueryService queries(*fixture().session);
    MemberFilter f;
    f.today = kAsOf;
    for (int offset : offsets()) // warm-up
        (void)queries.members(f, {MemberSortKey::Name, false}, offset, 100);
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (int offset : offsets())
            ms.push_back(timeMs([&] {
                benchmark::DoNotOptimize(queries.members(f, {MemberSortKey::Name, false}, offset, 100));
            }));
        report(state, "page of 100 members by name", ms);
    }
}

void BM_MemberPageByName_Raw(benchmark::State& state, bool plain)
{
    for (int offset : offsets()) // warm-up
        rawRun(baseline(plain), kRawPage, {std::to_string(offset)});
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (int offset : offsets()) {
            const std::string o = std::to_string(offset);
            ms.push_back(timeMs([&] { rawRun(baseline(plain), kRawPage, {o}); }));
        }
        report(state, "page of 100 members by name" + suffix(plain), ms);
    }
}

// ---- statistics for one year --------------------------------------------------------------------

// The same three index ranges as the layer, aggregated in SQL.
#define OREC_STATS_ROWS                                                                                       \
    "SELECT p.member_id, p.main_country, p.overseas_cell_id, p.purpose, p.actual_departure, p.actual_return " \
    "FROM postings p WHERE p.actual_departure >= ?1 AND p.actual_departure <= ?2 UNION ALL "                  \
    "SELECT p.member_id, p.main_country, p.overseas_cell_id, p.purpose, p.actual_departure, p.actual_return " \
    "FROM postings p WHERE p.actual_return >= ?1 AND p.actual_departure < ?1 UNION ALL "                      \
    "SELECT p.member_id, p.main_country, p.overseas_cell_id, p.purpose, p.actual_departure, p.actual_return " \
    "FROM postings p WHERE p.actual_return IS NULL AND p.actual_departure < ?1 "                              \
    "AND coalesce(p.did_not_return_date, '9999-12-31') >= ?1"
const char* kRawStatsCountry =
    "SELECT x.main_country, c.cell_type, count(*), count(DISTINCT x.member_id) FROM (" OREC_STATS_ROWS
    ") x LEFT JOIN party_units c ON c.id = x.overseas_cell_id GROUP BY 1, 2";
const char* kRawStatsPurpose =
    "SELECT x.purpose, count(*), count(DISTINCT x.member_id), sum(x.actual_departure >= ?1), "
    "sum(x.actual_return <= ?2) FROM (" OREC_STATS_ROWS ") x GROUP BY 1";
#undef OREC_STATS_ROWS

void BM_StatisticsYear_Layer(benchmark::State& state)
{
    app::QueryService queries(*fixture().session);
    (void)queries.statistics(QDate(2025, 1, 1), QDate(2025, 12, 31)); // warm-up
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (int i = 0; i < 3; ++i)
            ms.push_back(timeMs([&] {
                benchmark::DoNotOptimize(queries.statistics(QDate(2025, 1, 1), QDate(2025, 12, 31)));
            }));
        report(state, "statistics for 2025", ms);
    }
}

void BM_StatisticsYear_Raw(benchmark::State& state, bool plain)
{
    rawRun(baseline(plain), kRawStatsPurpose, {"2025-01-01", "2025-12-31"}); // warm-up
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (int i = 0; i < 3; ++i)
            ms.push_back(timeMs([&] {
                rawRun(baseline(plain), kRawStatsCountry, {"2025-01-01", "2025-12-31"});
                rawRun(baseline(plain), kRawStatsPurpose, {"2025-01-01", "2025-12-31"});
            }));
        report(state, "statistics for 2025" + suffix(plain), ms);
    }
}

// ---- import of a members CSV of the data set's size ---------------------------------------------

struct ImportFiles
{
    QTemporaryDir dir;
    QString cells;
    QString members;
    QString membersXlsx; // the same members as a workbook
};

ImportFiles& importFiles()
{
    static ImportFiles files = [] {
        ImportFiles f;
        f.cells = f.dir.filePath(QStringLiteral("cells.csv"));
        f.members = f.dir.filePath(QStringLiteral("members.csv"));
        f.membersXlsx = f.dir.filePath(QStringLiteral("members.xlsx"));
        app::ExportService exports(*fixture().session);
        for (const auto& [table, file] : {std::pair{app::InterchangeTable::Cells, f.cells},
                                          std::pair{app::InterchangeTable::Members, f.members},
                                          std::pair{app::InterchangeTable::Members, f.membersXlsx}}) {
            auto rows = exports.exportFile(table, file);
            if (!rows)
                fail(rows.error());
        }
        return f;
    }();
    return files;
}

std::unique_ptr<app::Session> emptyRegister(const QString& name)
{
    const QString path = importFiles().dir.filePath(name);
    auto created = Database::create(
        path, bench::kDataSetUser, SecureBytes::fromUtf8(bench::kDataSetPassphrase), bench::dataSetOptions());
    if (!created)
        fail(created.error());
    return std::make_unique<app::Session>(std::move(created->database));
}

// The phases of each import (ImportReport::timings), printed beside the raw inserts after the summary.
std::map<std::string, std::vector<app::ImportTimings>>& importPhases()
{
    static std::map<std::string, std::vector<app::ImportTimings>> phases;
    return phases;
}

void BM_ImportMembers_Layer(benchmark::State& state, bool xlsx)
{
    const std::string name = xlsx ? "import of the members XLSX" : "import of the members CSV";
    const QString file = xlsx ? importFiles().membersXlsx : importFiles().members;
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto session =
            emptyRegister(QStringLiteral("import-%1-%2.orec").arg(xlsx ? "xlsx" : "csv").arg(++round));
        auto cells =
            app::ImportService(*session).importFile(app::InterchangeTable::Cells, importFiles().cells);
        if (!cells)
            fail(cells.error());
        if (!cells->complete())
            fail(Error(ErrorCode::Invalid, cells->problems.first().reason,
                       QString::number(cells->problems.first().line)));
        state.ResumeTiming();
        app::ImportTimings phases;
        const Sample ms = timeMs([&] {
            auto members = app::ImportService(*session).importFile(app::InterchangeTable::Members, file);
            if (!members)
                fail(members.error());
            if (members->imported != memberCount())
                fail(Error(ErrorCode::Invalid, members->problems.value(0).reason,
                           QString::number(members->problems.value(0).line)));
            phases = members->timings;
        });
        state.PauseTiming();
        report(state, name, {ms});
        importPhases()[name].push_back(phases);
        if (qEnvironmentVariableIntValue("OREC_BENCH_IMPORT_CHECK")) { // the signed log still verifies
            auto checked = session->database().check();
            if (!checked || !checked->ok())
                fail(Error(ErrorCode::Corrupt, QStringLiteral("the check fails after the import")));
            std::fprintf(stderr, "check after the %s: ok\n", name.c_str());
        }
        session.reset();
        state.ResumeTiming();
    }
}

void printImportPhases()
{
    const auto raw = results().find("import of the members CSV (raw)");
    const double rawMs = raw == results().end() ? 0 : raw->second.median();
    std::printf(
        "\nImport phases (ms, last run), beside the raw SQLCipher inserts of the same rows (%.0f ms):\n",
        rawMs);
    for (const auto& [name, runs] : importPhases()) {
        if (runs.empty())
            continue;
        const app::ImportTimings& t = runs.back();
        const double total = results()[name].median();
        std::printf("  %-30s total %7.0f = %.2fx raw | read %6.0f  check %6.0f  write %6.0f  index %5.0f  "
                    "commit %5.0f\n",
                    name.c_str(), total, rawMs > 0 ? total / rawMs : 0.0, t.read, t.check, t.write, t.index,
                    t.commit);
    }
}

// The same rows inserted with prepared statements in one transaction, keys computed beforehand: the
// floor under parsing, validation, duplicate checks and the audit log.
void BM_ImportMembersCsv_Raw(benchmark::State& state, bool plain)
{
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto session = emptyRegister(QStringLiteral("%1-%2.orec")
                                         .arg(plain ? QStringLiteral("plain") : QStringLiteral("raw"))
                                         .arg(++round));
        const QString path = session->database().path();
        SecureBytes key = session->database().dataKey().clone();
        session.reset();
        struct Row
        {
            std::string name, sort, folded, card, citizen;
        };
        std::vector<Row> rows;
        {
            QFile file(importFiles().members);
            file.open(QIODevice::ReadOnly);
            const QList<QByteArray> lines = file.readAll().split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QList<QByteArray> f = lines[i].trimmed().split(',');
                if (f.size() < 6)
                    continue;
                const QString name = QString::fromUtf8(f[0]);
                rows.push_back({f[0].toStdString(), sortKey(name).toStdString(),
                                foldForSearch(name).toStdString(), f[5].toStdString(), f[4].toStdString()});
            }
        }
        sqlite3* db = openRaw(path, key);
        if (plain) { // the same empty register, unkeyed
            const QString plainPath = plainDir().filePath(QStringLiteral("import-plain-%1.db").arg(round));
            exportPlain(db, plainPath);
            sqlite3_close(db);
            db = openPlain(plainPath);
        }
        state.ResumeTiming();
        const Sample ms = timeMs([&] {
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            sqlite3_stmt* insert = nullptr;
            sqlite3_prepare_v2(
                db,
                "INSERT INTO members (uuid, version, full_name, name_sort, name_folded, gender, "
                "party_card_no, citizen_id, under_disciplinary_review, updated_at) "
                "VALUES (lower(hex(randomblob(16))), 1, ?, ?, ?, 'unspecified', nullif(?, ''), "
                "nullif(?, ''), 0, '2026-03-01')",
                -1, &insert, nullptr);
            sqlite3_stmt* words = nullptr;
            sqlite3_prepare_v2(db, "INSERT INTO member_search (docid, words) VALUES (last_insert_rowid(), ?)",
                               -1, &words, nullptr);
            for (const Row& r : rows) {
                sqlite3_reset(insert);
                sqlite3_bind_text(insert, 1, r.name.data(), static_cast<int>(r.name.size()), SQLITE_STATIC);
                sqlite3_bind_blob(insert, 2, r.sort.data(), static_cast<int>(r.sort.size()), SQLITE_STATIC);
                sqlite3_bind_text(insert, 3, r.folded.data(), static_cast<int>(r.folded.size()),
                                  SQLITE_STATIC);
                sqlite3_bind_text(insert, 4, r.card.data(), static_cast<int>(r.card.size()), SQLITE_STATIC);
                sqlite3_bind_text(insert, 5, r.citizen.data(), static_cast<int>(r.citizen.size()),
                                  SQLITE_STATIC);
                if (sqlite3_step(insert) != SQLITE_DONE)
                    std::abort();
                sqlite3_reset(words);
                sqlite3_bind_text(words, 1, r.folded.data(), static_cast<int>(r.folded.size()),
                                  SQLITE_STATIC);
                sqlite3_step(words);
            }
            sqlite3_finalize(insert);
            sqlite3_finalize(words);
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        });
        state.PauseTiming();
        sqlite3_close(db);
        report(state, "import of the members CSV" + suffix(plain), {ms});
        state.ResumeTiming();
    }
}

BENCHMARK(BM_SearchKeystroke_Layer)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_SearchKeystroke_Raw, sqlcipher, false)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_SearchKeystroke_Raw, plain, true)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_AbroadByCountry_Layer)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_AbroadByCountry_Raw, sqlcipher, false)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_AbroadByCountry_Raw, plain, true)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ReportsOverdue_Layer)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK_CAPTURE(BM_ReportsOverdue_Raw, sqlcipher, false)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK_CAPTURE(BM_ReportsOverdue_Raw, plain, true)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_MemberPageByName_Layer)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_MemberPageByName_Raw, sqlcipher, false)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_MemberPageByName_Raw, plain, true)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_StatisticsYear_Layer)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK_CAPTURE(BM_StatisticsYear_Raw, sqlcipher, false)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK_CAPTURE(BM_StatisticsYear_Raw, plain, true)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK_CAPTURE(BM_ImportMembers_Layer, csv, false)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_ImportMembers_Layer, xlsx, true)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_ImportMembersCsv_Raw, sqlcipher, false)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_ImportMembersCsv_Raw, plain, true)->Unit(benchmark::kMillisecond)->Iterations(1);

void printSummary()
{
    std::printf(
        "\nRegister at %d members: wall median / p95, then CPU median / p95, in ms. Beside each: raw = the\n"
        "same query through SQLCipher's C API on the same file with the same page cache; plain = that raw\n"
        "query on an unkeyed SQLite copy (the cost of encryption):\n",
        memberCount());
    const auto endsWith = [](const std::string& name, std::string_view tail) {
        return name.size() > tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0;
    };
    for (const auto& [name, t] : results()) {
        if (endsWith(name, " (raw)") || endsWith(name, " (plain)"))
            continue;
        std::printf("  %-42s %9.2f / %9.2f  cpu %9.2f / %9.2f\n", name.c_str(), t.median(), t.p95(),
                    t.cpuMedian(), t.cpuP95());
        for (const char* kind : {"raw", "plain"}) {
            const auto base = results().find(name + " (" + kind + ")");
            if (base != results().end())
                std::printf("      %-38s %9.2f / %9.2f  cpu %9.2f / %9.2f\n", kind, base->second.median(),
                            base->second.p95(), base->second.cpuMedian(), base->second.cpuP95());
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    orec::crypto::allowCheapKdfForTests(); // synthetic data sets: cheap key slots
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (qEnvironmentVariableIntValue("OREC_BENCH_EXPLAIN")) {
        sqlite3* db = fixture().raw;
        explain(db, "search", kRawSearch);
        explain(db, "abroad count", kRawAbroadCount);
        explain(db, "abroad page", kRawAbroadPage);
        explain(db, "overdue count", kRawOverdueCount);
        explain(db, "overdue page", kRawOverduePage);
        explain(db, "page by name", kRawPage);
        explain(db, "stats by country", kRawStatsCountry);
        explain(db, "stats by purpose", kRawStatsPurpose);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    printSummary();
    printImportPhases();
    if (fixture().plain)
        sqlite3_close(fixture().plain);
    if (fixture().raw)
        sqlite3_close(fixture().raw);
    return 0;
}
