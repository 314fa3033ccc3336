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
#include "bench_results.h"
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
#include <QFileInfo>
#include <QLocale>
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
    double misses = -1; // page-cache misses of the connection during the sample; -1 = not counted
};

// Page-cache misses (pages read and decrypted) per sample, for the explanation of each p95.
std::map<std::string, std::vector<double>>& missesOf()
{
    static std::map<std::string, std::vector<double>> m;
    return m;
}
// The first call of each measure, made before the timed ones (a fresh connection's page cache is empty).
std::map<std::string, Sample>& firstCalls()
{
    static std::map<std::string, Sample> m;
    return m;
}

template <typename F> Sample timeMs(F&& f, sqlite3* counted = nullptr)
{
    int unused = 0;
    int misses = 0;
    if (counted)
        sqlite3_db_status(counted, SQLITE_DBSTATUS_CACHE_MISS, &misses, &unused, 1);
    const double cpu0 = threadCpuMs();
    const auto start = std::chrono::steady_clock::now();
    f();
    Sample s;
    s.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    s.cpu = threadCpuMs() - cpu0;
    if (counted) {
        sqlite3_db_status(counted, SQLITE_DBSTATUS_CACHE_MISS, &misses, &unused, 1);
        s.misses = misses;
    }
    return s;
}

// The same through the application's connection.
template <typename F> Sample timeLayer(F&& f);

void report(benchmark::State& state, const std::string& name, const std::vector<Sample>& samples)
{
    Timings& t = results()[name];
    for (const Sample& s : samples) {
        t.ms.push_back(s.ms);
        t.cpu.push_back(s.cpu);
        if (s.misses >= 0)
            missesOf()[name].push_back(s.misses);
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

template <typename F> Sample timeLayer(F&& f)
{
    sql::Connection& c = fixture().session->database().connection();
    (void)c.pageCacheCounters(true);
    Sample s = timeMs(std::forward<F>(f));
    s.misses = c.pageCacheCounters(true).misses;
    return s;
}

// Members, postings and reports of the data set, counted once.
std::string dataSetDescription()
{
    static const std::string text = [] {
        sqlite3* db = fixture().raw;
        const auto count = [&](const char* table) {
            sqlite3_stmt* stmt = nullptr;
            const std::string sql = std::string("SELECT count(*) FROM ") + table;
            sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
            long long n = 0;
            if (sqlite3_step(stmt) == SQLITE_ROW)
                n = sqlite3_column_int64(stmt, 0);
            sqlite3_finalize(stmt);
            return QLocale(QLocale::English).toString(n).toStdString();
        };
        return count("members") + " members, " + count("postings") + " postings, " + count("reports") +
               " reports (" + QFileInfo(fixture().session->database().path()).fileName().toStdString() +
               ", " + std::to_string(QFileInfo(fixture().session->database().path()).size() >> 20) +
               " MB, generated by the demo "
               "generator with seed 1, as of " +
               kAsOf.toString(Qt::ISODate).toStdString() + ")";
    }();
    return text;
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

// The plans printed with OREC_BENCH_EXPLAIN=1, kept for the results file too.
std::vector<std::string>& plans()
{
    static std::vector<std::string> lines;
    return lines;
}

void explain(sqlite3* db, const char* title, const char* sql)
{
    std::fprintf(stderr, "-- %s\n", title);
    plans().push_back(std::string("-- ") + title);
    sqlite3_stmt* stmt = nullptr;
    const std::string q = std::string("EXPLAIN QUERY PLAN ") + sql;
    if (sqlite3_prepare_v2(db, q.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "   %s\n", sqlite3_errmsg(db));
        return;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const std::string line = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3));
        std::fprintf(stderr, "   %s\n", line.c_str());
        plans().push_back("   " + line);
    }
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

// Each keystroke's samples, for the slowest ones in the notes.
struct KeystrokeSamples
{
    std::vector<double> ms;
    std::vector<double> misses;
};
std::map<QString, KeystrokeSamples>& byKeystroke()
{
    static std::map<QString, KeystrokeSamples> m;
    return m;
}

void BM_SearchKeystroke_Layer(benchmark::State& state)
{
    app::QueryService queries(*fixture().session);
    // Warm the page cache: measured queries are not the first.
    firstCalls()["search keystroke"] =
        timeLayer([&] { benchmark::DoNotOptimize(queries.search(QStringLiteral("nguyen"), 50)); });
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (const QString& k : keystrokes()) {
            ms.push_back(timeLayer([&] { benchmark::DoNotOptimize(queries.search(k, 50)); }));
            byKeystroke()[k].ms.push_back(ms.back().ms);
            byKeystroke()[k].misses.push_back(ms.back().misses);
        }
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
            ms.push_back(timeMs(
                [&] {
                    rawRun(baseline(plain), kRawSearch, {match, folded});
                },
                baseline(plain)));
        }
        report(state, "search keystroke" + suffix(plain), ms);
    }
}

// ---- who is abroad now, by country --------------------------------------------------------------

const QStringList kCountries = {QStringLiteral("JP"), QStringLiteral("KR"), QStringLiteral("RU"),
                                QStringLiteral("LA"), QStringLiteral("DE"), QStringLiteral("US"),
                                QStringLiteral("TW"), QStringLiteral("AU")};

// The layer's shape (member_query.cpp): the first country beside the status, the later ones from their
// partial index (schema v12); the count reads no member.
#define OREC_ABROAD_IN_COUNTRY                                                                               \
    "p.status IN ('abroad', 'in_overseas_cell', 'lost_contact') AND (p.main_country = ?1 OR p.id IN "        \
    "(SELECT posting_id FROM posting_countries WHERE country_code = ?1 AND position > 0)) "
const char* kRawAbroadCount = "SELECT count(*) FROM postings p WHERE " OREC_ABROAD_IN_COUNTRY;
const char* kRawAbroadPage =
    "SELECT m.id, m.full_name, m.party_card_no, hu.name, p.main_country, p.city, c.name, p.effective_planned_return "
    "FROM postings p JOIN members m ON m.id = p.member_id LEFT JOIN party_units hu ON hu.id = m.home_unit_id "
    "LEFT JOIN party_units c ON c.id = p.overseas_cell_id "
    "WHERE " OREC_ABROAD_IN_COUNTRY "ORDER BY m.name_sort LIMIT 100";
#undef OREC_ABROAD_IN_COUNTRY

void BM_AbroadByCountry_Layer(benchmark::State& state)
{
    app::QueryService queries(*fixture().session);
    firstCalls()["abroad now by country (count + 100 rows)"] = timeLayer([&] {
        for (const QString& cc : kCountries) { // warm-up
            MemberFilter f;
            f.countryCode = cc;
            f.today = kAsOf;
            (void)queries.countMembers(f);
            (void)queries.abroadNow(f, 0, 100);
        }
    });
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (const QString& cc : kCountries) {
            MemberFilter f;
            f.countryCode = cc;
            f.today = kAsOf;
            ms.push_back(timeLayer([&] {
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
            ms.push_back(timeMs(
                [&] {
                    rawRun(baseline(plain), kRawAbroadCount, {code});
                    rawRun(baseline(plain), kRawAbroadPage, {code});
                },
                baseline(plain)));
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
    "AND (r.posting_id IS NULL OR p.status IS NOT 'cancelled') "
    "ORDER BY r.due_date, m.name_sort, r.id LIMIT 100";

void BM_ReportsOverdue_Layer(benchmark::State& state)
{
    app::QueryService queries(*fixture().session);
    ReportDueFilter f;
    f.overdueOnly = true;
    f.today = kAsOf;
    firstCalls()["reports overdue (count + 100 rows)"] = timeLayer([&] { // warm-up
        (void)queries.countReportsDue(f);
        (void)queries.reportsDue(f, 0, 100);
    });
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (int i = 0; i < 5; ++i)
            ms.push_back(timeLayer([&] {
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
            ms.push_back(timeMs(
                [&] {
                    rawRun(baseline(plain), kRawOverdueCount, {today});
                    rawRun(baseline(plain), kRawOverduePage, {today});
                },
                baseline(plain)));
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
    firstCalls()["page of 100 members by name"] = timeLayer([&] {
        for (int offset : offsets()) // warm-up
            (void)queries.members(f, {MemberSortKey::Name, false}, offset, 100);
    });
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (int offset : offsets())
            ms.push_back(timeLayer([&] {
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
            ms.push_back(timeMs([&] { rawRun(baseline(plain), kRawPage, {o}); }, baseline(plain)));
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
    firstCalls()["statistics for 2025"] = timeLayer([&] { // warm-up
        (void)queries.statistics(QDate(2025, 1, 1), QDate(2025, 12, 31));
    });
    for (auto _ : state) {
        std::vector<Sample> ms;
        for (int i = 0; i < 5; ++i)
            ms.push_back(timeLayer([&] {
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
            ms.push_back(timeMs(
                [&] {
                    rawRun(baseline(plain), kRawStatsCountry, {"2025-01-01", "2025-12-31"});
                    rawRun(baseline(plain), kRawStatsPurpose, {"2025-01-01", "2025-12-31"});
                },
                baseline(plain)));
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
BENCHMARK(BM_AbroadByCountry_Layer)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK_CAPTURE(BM_AbroadByCountry_Raw, sqlcipher, false)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_AbroadByCountry_Raw, plain, true)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ReportsOverdue_Layer)->Unit(benchmark::kMillisecond)->Iterations(8);
BENCHMARK_CAPTURE(BM_ReportsOverdue_Raw, sqlcipher, false)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK_CAPTURE(BM_ReportsOverdue_Raw, plain, true)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_MemberPageByName_Layer)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_MemberPageByName_Raw, sqlcipher, false)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_CAPTURE(BM_MemberPageByName_Raw, plain, true)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_StatisticsYear_Layer)->Unit(benchmark::kMillisecond)->Iterations(4);
BENCHMARK_CAPTURE(BM_StatisticsYear_Raw, sqlcipher, false)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK_CAPTURE(BM_StatisticsYear_Raw, plain, true)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK_CAPTURE(BM_ImportMembers_Layer, csv, false)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_ImportMembers_Layer, xlsx, true)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_ImportMembersCsv_Raw, sqlcipher, false)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_ImportMembersCsv_Raw, plain, true)->Unit(benchmark::kMillisecond)->Iterations(1);

// What the issue asks at each size (issue 14): a department (100,000 members) and a national register
// (1,000,000); an empty target where none is set.
struct Target
{
    const char* measure;
    double department; // p95 ms, 0 = none
    double national;
};
constexpr Target kTargets[] = {
    {"search keystroke", 10, 50},
    {"abroad now by country (count + 100 rows)", 50, 200},
    {"reports overdue (count + 100 rows)", 50, 200},
    {"statistics for 2025", 50, 200},
    {"page of 100 members by name", 0, 200},
    {"import of the members CSV", 3000, 0},
};

std::string noteFor(const std::string& name, const Timings& t)
{
    std::string note;
    const auto first = firstCalls().find(name);
    if (first != firstCalls().end())
        note += "the first call on the opened register took " + bench::figure(first->second.ms) +
                " ms with " + std::to_string(static_cast<long long>(first->second.misses)) +
                " page-cache misses (pages read and decrypted); ";
    const auto misses = missesOf().find(name);
    if (misses != missesOf().end() && !misses->second.empty())
        note += "the timed calls missed " +
                std::to_string(static_cast<long long>(Timings::at(misses->second, 0.5))) +
                " pages at the median, " +
                std::to_string(static_cast<long long>(Timings::at(misses->second, 1.0))) + " at most";
    note += "; CPU p95 " + bench::figure(t.cpuP95()) + " ms of wall p95 " + bench::figure(t.p95()) +
            " ms (the rest is waiting for the shared cores or the disk)";
    if (name == "search keystroke" && !byKeystroke().empty()) {
        std::vector<std::pair<double, QString>> slowest;
        for (const auto& [typed, k] : byKeystroke())
            slowest.emplace_back(Timings::at(k.ms, 0.5), typed);
        std::sort(slowest.rbegin(), slowest.rend());
        note += "; slowest keystrokes (median ms): ";
        for (std::size_t i = 0; i < std::min<std::size_t>(5, slowest.size()); ++i)
            note += (i ? ", \"" : "\"") + slowest[i].second.toStdString() + "\" " +
                    bench::figure(slowest[i].first);
    }
    return note;
}

void printSummary(const QString& loadBefore)
{
    std::printf(
        "\nRegister at %d members: wall median / p95, then CPU median / p95, in ms. Beside each: raw = the\n"
        "same query through SQLCipher's C API on the same file with the same page cache; plain = that raw\n"
        "query on an unkeyed SQLite copy (the cost of encryption):\n",
        memberCount());
    const auto endsWith = [](const std::string& name, std::string_view tail) {
        return name.size() > tail.size() && name.compare(name.size() - tail.size(), tail.size(), tail) == 0;
    };
    const bool national = memberCount() >= 1'000'000;
    std::vector<bench::ResultRow> rows;
    for (const auto& [name, t] : results()) {
        if (endsWith(name, " (raw)") || endsWith(name, " (plain)"))
            continue;
        std::printf("  %-42s %9.2f / %9.2f  cpu %9.2f / %9.2f\n", name.c_str(), t.median(), t.p95(),
                    t.cpuMedian(), t.cpuP95());
        bench::ResultRow row;
        row.measure = name;
        row.layer = t;
        for (const char* kind : {"raw", "plain"}) {
            const auto base = results().find(name + " (" + kind + ")");
            if (base != results().end()) {
                std::printf("      %-38s %9.2f / %9.2f  cpu %9.2f / %9.2f\n", kind, base->second.median(),
                            base->second.p95(), base->second.cpuMedian(), base->second.cpuP95());
                (std::string(kind) == "raw" ? row.raw : row.plain) = base->second;
            }
        }
        if (const auto m = missesOf().find(name); m != missesOf().end())
            row.cacheMisses = m->second;
        for (const Target& target : kTargets) {
            if (name != target.measure)
                continue;
            const double limit = national ? target.national : target.department;
            const bool import = name == "import of the members CSV";
            if (import) {
                // Issue 14 item 3: within 1.5 times raw inserts of the same rows, in the same run.
                const double rawMs = row.raw ? row.raw->median() : 0;
                row.target = (limit > 0 ? "< " + bench::figure(limit) + " and " : std::string()) +
                             "< 1.5 x raw (" + bench::figure(1.5 * rawMs) + ")";
                row.met = (limit <= 0 || t.median() < limit) && rawMs > 0 && t.median() < 1.5 * rawMs;
            } else if (limit > 0) {
                row.target = "p95 < " + bench::figure(limit);
                row.met = t.p95() < limit;
            }
        }
        if (name != "import of the members CSV")
            row.note = noteFor(name, t);
        rows.push_back(row);
    }
    std::vector<std::string> context = {
        "Data set: " + dataSetDescription() + ".", "",
        "Program: `bench_register` (" +
            std::string(qEnvironmentVariableIsSet("OREC_BENCH_EXPLAIN") ? "with" : "without") +
            " OREC_BENCH_EXPLAIN). Baselines: raw = the same statement shape through SQLCipher's C API on its "
            "own connection to the same file with the same page cache (256 MB); plain = that raw statement on an "
            "unkeyed copy made with sqlcipher_export (the cost of encryption itself). Targets: issue 14 (" +
            std::string(national ? "a national register, 1,000,000 members"
                                 : "a department, 100,000 members") +
            ")."};
    std::vector<std::string> notes;
    if (!plans().empty()) {
        notes.push_back("Query plans of the raw statements (OREC_BENCH_EXPLAIN=1):");
        notes.push_back("");
        notes.push_back("```");
        for (const std::string& line : plans())
            notes.push_back(line);
        notes.push_back("```");
    }
    bench::writeResults(QStringLiteral("register-%1.md").arg(memberCount()),
                        QStringLiteral("bench_register at %L1 members").arg(memberCount()), context, rows,
                        notes, loadBefore);
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
    const QString loadBefore = bench::loadAverage();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    printSummary(loadBefore);
    printImportPhases();
    if (fixture().plain)
        sqlite3_close(fixture().plain);
    if (fixture().raw)
        sqlite3_close(fixture().raw);
    return 0;
}
