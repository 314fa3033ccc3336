// Storage benchmark: 100,000 inserts in one transaction and 100,000 point lookups through the
// project's layer, through raw SQLCipher C calls, and through the same library with no key (plain
// SQLite), in one run, with the ratios printed at the end; plus one unlock with the default Argon2id.
#include "core/crypto.h"
#include "storage/database.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>
#include <memory>
#include <sqlcipher/sqlite3.h>
#include <string>
#include <string_view>
#include <vector>

using namespace orec;

namespace {

constexpr int kRows = 100'000;

struct Row
{
    QString uuid, name, card;
    std::string uuidUtf8, nameUtf8, cardUtf8;
    long long unit = 0;
};

const std::vector<Row>& rows()
{
    static const std::vector<Row> data = [] {
        static const char* family[] = {"Nguyễn", "Trần", "Lê",  "Phạm", "Hoàng",
                                       "Vũ",     "Đặng", "Bùi", "Đỗ",   "Hồ"};
        static const char* middle[] = {"Văn", "Thị", "Đức", "Minh", "Ngọc", "Thu", "Quốc", "Hữu"};
        static const char* given[] = {"Anh", "Bình", "Cường", "Dũng", "Giang",
                                      "Hà",  "Hùng", "Lan",   "Mai",  "Tuấn"};
        std::vector<Row> v;
        v.reserve(kRows);
        for (int i = 0; i < kRows; ++i) {
            Row r;
            r.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
            r.name = QString::fromUtf8(family[i % 10]) + QLatin1Char(' ') +
                     QString::fromUtf8(middle[(i / 10) % 8]) + QLatin1Char(' ') +
                     QString::fromUtf8(given[(i / 80) % 10]);
            r.card = QStringLiteral("%1").arg(10'000'000 + i * 7, 8, 10, QLatin1Char('0'));
            r.uuidUtf8 = r.uuid.toStdString();
            r.nameUtf8 = r.name.toStdString();
            r.cardUtf8 = r.card.toStdString();
            r.unit = i % 500;
            v.push_back(std::move(r));
        }
        return v;
    }();
    return data;
}

const char* kSchema =
    "CREATE TABLE m (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL, "
    "card TEXT NOT NULL UNIQUE, unit INTEGER NOT NULL)";
const char* kInsert = "INSERT INTO m (uuid, full_name, card, unit) VALUES (?, ?, ?, ?)";
const char* kLookup = "SELECT full_name, unit FROM m WHERE card = ?";

QTemporaryDir& tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

SecureBytes& benchKey()
{
    static SecureBytes key = SecureBytes::random(32);
    return key;
}

std::string nextPath(const char* tag)
{
    static int counter = 0;
    return tempDir()
        .filePath(QStringLiteral("%1-%2.db").arg(QLatin1String(tag)).arg(++counter))
        .toStdString();
}

// ---- the project's layer ----
sql::Connection openLayer(const std::string& path)
{
    sql::OpenOptions o;
    o.mode = sql::OpenMode::ReadWriteCreate;
    auto c = sql::Connection::open(QString::fromStdString(path), benchKey(), o);
    if (!c)
        std::abort();
    return std::move(*c);
}

void layerInsertAll(sql::Connection& c)
{
    sql::Transaction tx(c);
    auto stmt = c.cached(kInsert);
    for (const Row& r : rows()) {
        (*stmt)->reset();
        (*stmt)->bind(1, r.uuid).bind(2, r.name).bind(3, r.card).bind(4, r.unit);
        if (!(*stmt)->run())
            std::abort();
    }
    if (!tx.commit())
        std::abort();
}

// ---- raw C API (with or without a key) ----
sqlite3* openRaw(const std::string& path, bool encrypted)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                    nullptr);
    if (encrypted) {
        const SecureBytes hex = benchKey().toHex();
        std::string spec = "x'" + std::string(hex.chars(), hex.size()) + "'";
        sqlite3_key(db, spec.data(), static_cast<int>(spec.size()));
        sqlite3_exec(db,
                     "PRAGMA cipher_page_size = 4096; PRAGMA kdf_iter = 64000; PRAGMA cipher_use_hmac = ON;",
                     nullptr, nullptr, nullptr);
    } else {
        sqlite3_exec(db, "PRAGMA page_size = 4096", nullptr, nullptr, nullptr);
    }
    sqlite3_exec(db,
                 "SELECT count(*) FROM sqlite_master; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; "
                 "PRAGMA secure_delete = ON; PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;",
                 nullptr, nullptr, nullptr);
    return db;
}

void rawInsertAll(sqlite3* db)
{
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, kInsert, -1, &stmt, nullptr);
    for (const Row& r : rows()) {
        sqlite3_reset(stmt);
        sqlite3_bind_text(stmt, 1, r.uuidUtf8.data(), static_cast<int>(r.uuidUtf8.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, r.nameUtf8.data(), static_cast<int>(r.nameUtf8.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 3, r.cardUtf8.data(), static_cast<int>(r.cardUtf8.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(stmt, 4, r.unit);
        if (sqlite3_step(stmt) != SQLITE_DONE)
            std::abort();
    }
    sqlite3_finalize(stmt);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

void BM_Insert100k_Layer(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto c = std::make_unique<sql::Connection>(openLayer(nextPath("layer")));
        (void)c->exec(kSchema);
        state.ResumeTiming();
        layerInsertAll(*c);
        state.PauseTiming(); // closing is outside the timing, as for the raw variants
        c.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}

void rawInsertBench(benchmark::State& state, bool encrypted)
{
    for (auto _ : state) {
        state.PauseTiming();
        sqlite3* db = openRaw(nextPath(encrypted ? "raw" : "plain"), encrypted);
        sqlite3_exec(db, kSchema, nullptr, nullptr, nullptr);
        state.ResumeTiming();
        rawInsertAll(db);
        state.PauseTiming();
        sqlite3_close(db);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}
void BM_Insert100k_RawSqlcipher(benchmark::State& state)
{
    rawInsertBench(state, true);
}
void BM_Insert100k_PlainSqlite(benchmark::State& state)
{
    rawInsertBench(state, false);
}

// Lookups share one prepared file per variant.
const std::string& lookupFile(const char* tag, bool encrypted)
{
    static std::map<std::string, std::string> files;
    auto it = files.find(tag);
    if (it != files.end())
        return it->second;
    const std::string path = nextPath(tag);
    sqlite3* db = openRaw(path, encrypted);
    sqlite3_exec(db, kSchema, nullptr, nullptr, nullptr);
    rawInsertAll(db);
    sqlite3_close(db);
    return files.emplace(tag, path).first->second;
}

void BM_Lookup100k_Layer(benchmark::State& state)
{
    sql::Connection c = openLayer(lookupFile("lookup-enc", true));
    for (auto _ : state) {
        long long sum = 0;
        for (const Row& r : rows()) {
            auto stmt = c.cached(kLookup);
            (*stmt)->bind(1, r.card);
            if (!*(*stmt)->step())
                std::abort();
            sum += (*stmt)->int64(1);
            benchmark::DoNotOptimize((*stmt)->text(0));
        }
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * kRows);
}

void rawLookupBench(benchmark::State& state, bool encrypted)
{
    sqlite3* db = openRaw(lookupFile(encrypted ? "lookup-enc" : "lookup-plain", encrypted), encrypted);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, kLookup, -1, &stmt, nullptr);
    for (auto _ : state) {
        long long sum = 0;
        for (const Row& r : rows()) {
            sqlite3_reset(stmt);
            sqlite3_bind_text(stmt, 1, r.cardUtf8.data(), static_cast<int>(r.cardUtf8.size()),
                              SQLITE_TRANSIENT);
            if (sqlite3_step(stmt) != SQLITE_ROW)
                std::abort();
            sum += sqlite3_column_int64(stmt, 1);
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            benchmark::DoNotOptimize(QString::fromUtf8(text, sqlite3_column_bytes(stmt, 0)));
        }
        benchmark::DoNotOptimize(sum);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    state.SetItemsProcessed(state.iterations() * kRows);
}
void BM_Lookup100k_RawSqlcipher(benchmark::State& state)
{
    rawLookupBench(state, true);
}
void BM_Lookup100k_PlainSqlite(benchmark::State& state)
{
    rawLookupBench(state, false);
}

// One unlock with the default (strong) Argon2id parameters: KDF + slot + open + checks.
void BM_Unlock_DefaultArgon2id(benchmark::State& state)
{
    const QString path = tempDir().filePath(QStringLiteral("unlock.orec"));
    const SecureBytes pass = SecureBytes::fromUtf8(QStringLiteral("một cụm mật khẩu đủ dài"));
    if (!QFile::exists(path)) {
        auto created = Database::create(path, QStringLiteral("admin"), pass);
        if (!created)
            std::abort();
    }
    for (auto _ : state) {
        auto db = Database::unlock(path, QStringLiteral("admin"), pass);
        if (!db)
            std::abort();
    }
}

// Each variant runs five times, interleaved in random order (see main), and the ratios use the
// medians, so a warm-up or a noisy neighbour on a shared machine does not land on one variant.
constexpr int kRepetitions = 5;
BENCHMARK(BM_Insert100k_Layer)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(kRepetitions);
BENCHMARK(BM_Insert100k_RawSqlcipher)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(kRepetitions);
BENCHMARK(BM_Insert100k_PlainSqlite)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(kRepetitions);
BENCHMARK(BM_Lookup100k_Layer)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(kRepetitions);
BENCHMARK(BM_Lookup100k_RawSqlcipher)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(kRepetitions);
BENCHMARK(BM_Lookup100k_PlainSqlite)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(kRepetitions);
BENCHMARK(BM_Unlock_DefaultArgon2id)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3);

// Remembers every repetition's real time so the medians and ratios can be printed after the run.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        for (const Run& run : runs)
            if (run.run_type == Run::RT_Iteration)
                m_ms[run.run_name.function_name].push_back(run.GetAdjustedRealTime());
        ConsoleReporter::ReportRuns(runs);
    }
    double median(const std::string& name) const
    {
        const auto it = m_ms.find(name);
        if (it == m_ms.end() || it->second.empty())
            return 0;
        std::vector<double> v = it->second;
        std::sort(v.begin(), v.end());
        const std::size_t n = v.size();
        return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

private:
    std::map<std::string, std::vector<double>> m_ms;
};

} // namespace

int main(int argc, char** argv)
{
    orec::crypto::allowCheapKdfForTests(); // synthetic data sets: cheap key slots
    QCoreApplication app(argc, argv);
    // Interleave the variants' repetitions unless the caller chose otherwise.
    std::vector<char*> args(argv, argv + argc);
    std::string interleave = "--benchmark_enable_random_interleaving=true";
    bool chosen = false;
    for (int i = 1; i < argc; ++i)
        chosen = chosen || std::string_view(argv[i]).starts_with("--benchmark_enable_random_interleaving");
    if (!chosen)
        args.push_back(interleave.data());
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());

    // Warm up: the rows, the allocator and the file system, so the first variant does not pay.
    (void)rows();
    {
        sqlite3* db = openRaw(nextPath("warm-up"), true);
        sqlite3_exec(db, kSchema, nullptr, nullptr, nullptr);
        rawInsertAll(db);
        sqlite3_close(db);
    }

    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const auto ms = [&](const char* name) { return reporter.median(name); };
    const auto ratio = [&](const char* a, const char* b) {
        const double x = ms(a), y = ms(b);
        return y > 0 ? x / y : 0.0;
    };
    std::printf("\nMedians of %d interleaved repetitions (same run):\n", kRepetitions);
    std::printf(
        "  insert 100k in one transaction: layer %.0f ms, raw SQLCipher %.0f ms, plain SQLite %.0f ms\n",
        ms("BM_Insert100k_Layer"), ms("BM_Insert100k_RawSqlcipher"), ms("BM_Insert100k_PlainSqlite"));
    std::printf(
        "  lookup 100k by card:            layer %.0f ms, raw SQLCipher %.0f ms, plain SQLite %.0f ms\n",
        ms("BM_Lookup100k_Layer"), ms("BM_Lookup100k_RawSqlcipher"), ms("BM_Lookup100k_PlainSqlite"));
    std::printf("Ratios:\n");
    std::printf("  insert 100k: project layer / raw SQLCipher   = %.2fx  (target <= 1.20)\n",
                ratio("BM_Insert100k_Layer", "BM_Insert100k_RawSqlcipher"));
    std::printf("  insert 100k: raw SQLCipher / plain SQLite    = %.2fx  (target <= 1.30)\n",
                ratio("BM_Insert100k_RawSqlcipher", "BM_Insert100k_PlainSqlite"));
    std::printf("  lookup 100k: project layer / raw SQLCipher   = %.2fx  (target <= 1.20)\n",
                ratio("BM_Lookup100k_Layer", "BM_Lookup100k_RawSqlcipher"));
    std::printf("  lookup 100k: raw SQLCipher / plain SQLite    = %.2fx\n",
                ratio("BM_Lookup100k_RawSqlcipher", "BM_Lookup100k_PlainSqlite"));
    std::printf("  one unlock with default Argon2id (ops 3, 256 MiB): %.0f ms (median of 3)\n",
                ms("BM_Unlock_DefaultArgon2id"));
    benchmark::Shutdown();
    return 0;
}
