// Reports benchmark: a 100,000-row members CSV and the same as XLSX imported through the register's
// ImportService (validation, duplicate checks, audit) into an empty encrypted database; 100,000 rows
// exported to XLSX (the writer alone, and ExportService from the database); the statistical PDF over
// 500,000 postings. Each beside a baseline in the same process: reading the file alone, the same rows
// inserted with raw SQLCipher prepared statements, CSV writing of the same rows, the statistics query
// alone. The load average is printed before and after: the machine is shared.
#include "app/export_service.h"
#include "app/import_service.h"
#include "app/print_service.h"
#include "app/session.h"
#include "core/clock.h"
#include "core/crypto.h"
#include "core/person_name.h"
#include "core/text_folding.h"
#include "reports/csv_reader.h"
#include "reports/csv_writer.h"
#include "reports/xlsx_reader.h"
#include "reports/xlsx_table_writer.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/register_queries.h"
#include "storage/report_repository.h"
#include "storage/repository_support.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>
#include <sqlcipher/sqlite3.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace orec;

constexpr int kRows = 100000;
constexpr int kPostings = 500000;
const QDate kToday(2026, 11, 29);

QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

FixedClock& clock()
{
    static FixedClock c(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    return c;
}

DatabaseOptions fastOptions()
{
    DatabaseOptions o;
    o.kdf = crypto::KdfParams::cheapForTestsOnly();
    o.clock = &clock();
    return o;
}

void check(const Status& s)
{
    if (!s.ok())
        throw std::runtime_error(s.error().toString().toStdString());
}

// The members table of the interchange format, generated.
reports::ReportTable membersTable()
{
    reports::ReportTable t;
    t.numbered = false;
    t.addColumn(QStringLiteral("ho_ten"), QStringLiteral("ho_ten"), 40);
    t.addColumn(QStringLiteral("gioi_tinh"), QStringLiteral("gioi_tinh"), 10);
    t.addColumn(QStringLiteral("ngay_sinh"), QStringLiteral("ngay_sinh"), 20, reports::ColumnType::Date);
    t.addColumn(QStringLiteral("que_quan"), QStringLiteral("que_quan"), 20);
    t.addColumn(QStringLiteral("so_cccd"), QStringLiteral("so_cccd"), 20);
    t.addColumn(QStringLiteral("so_the_dang_vien"), QStringLiteral("so_the_dang_vien"), 20);
    t.addColumn(QStringLiteral("ngay_vao_dang"), QStringLiteral("ngay_vao_dang"), 20,
                reports::ColumnType::Date);
    t.addColumn(QStringLiteral("ngay_chinh_thuc"), QStringLiteral("ngay_chinh_thuc"), 20,
                reports::ColumnType::Date);
    t.addColumn(QStringLiteral("chuc_vu"), QStringLiteral("chuc_vu"), 20);
    t.addColumn(QStringLiteral("noi_cong_tac"), QStringLiteral("noi_cong_tac"), 30);
    t.addColumn(QStringLiteral("dien_thoai"), QStringLiteral("dien_thoai"), 15);
    t.addColumn(QStringLiteral("email"), QStringLiteral("email"), 25);
    // Names as a register has them: letters only, repeated across people (the numbers tell them apart).
    const QStringList family = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
                                QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Vũ"),
                                QStringLiteral("Đặng"),   QStringLiteral("Bùi"),   QStringLiteral("Đỗ"),
                                QStringLiteral("Hồ"),     QStringLiteral("Ngô"),   QStringLiteral("Dương")};
    const QStringList middle = {QStringLiteral("Văn"),  QStringLiteral("Thị"),
                                QStringLiteral("Minh"), QStringLiteral("Thu"),
                                QStringLiteral("Quốc"), QStringLiteral("Thị Ngọc"),
                                QStringLiteral("Đức"),  QStringLiteral("Thị Thanh"),
                                QStringLiteral("Hữu"),  QStringLiteral("Xuân")};
    const QStringList given = {
        QStringLiteral("Ánh"),    QStringLiteral("Đức"),   QStringLiteral("Hằng"),  QStringLiteral("Quân"),
        QStringLiteral("Yến"),    QStringLiteral("Sơn"),   QStringLiteral("Bình"),  QStringLiteral("Cường"),
        QStringLiteral("Dũng"),   QStringLiteral("Giang"), QStringLiteral("Hải"),   QStringLiteral("Khánh"),
        QStringLiteral("Lan"),    QStringLiteral("Long"),  QStringLiteral("Mai"),   QStringLiteral("Nam"),
        QStringLiteral("Phương"), QStringLiteral("Thảo"),  QStringLiteral("Trang"), QStringLiteral("Tuấn"),
        QStringLiteral("Việt"),   QStringLiteral("Ngọc")};
    t.items.reserve(kRows);
    for (int i = 0; i < kRows; ++i) {
        const QDate born(1960 + i % 40, 1 + i % 12, 1 + i % 28);
        t.addRow({QStringLiteral("%1 %2 %3")
                      .arg(family.at(i % family.size()), middle.at((i / 12) % middle.size()),
                           given.at((i / 120) % given.size())),
                  i % 2 ? QStringLiteral("Nam") : QStringLiteral("Nữ"), born, QStringLiteral("Hà Nội"),
                  QStringLiteral("0%1").arg(10000000000LL + i, 11, 10, QLatin1Char('0')),
                  QString::number(30000000 + i), born.addYears(25), born.addYears(26),
                  QStringLiteral("Chuyên viên"), QStringLiteral("Đảng ủy Bộ Ngoại giao"),
                  QStringLiteral("09%1").arg(i, 8, 10, QLatin1Char('0')),
                  QStringLiteral("dv%1@example.vn").arg(i)});
    }
    return t;
}

const reports::ReportTable& table()
{
    static const reports::ReportTable t = membersTable();
    return t;
}

QList<QStringList> csvRecords()
{
    QList<QStringList> records;
    records << table().headers();
    for (const QVariantList& row : table().rows()) {
        QStringList r;
        for (const QVariant& v : row)
            r << reports::cellText(v);
        records << r;
    }
    return records;
}

QString csvPath()
{
    static const QString path = [] {
        const QString p = scratch().filePath(QStringLiteral("members.csv"));
        check(reports::CsvWriter().writeFile(p, csvRecords()));
        return p;
    }();
    return path;
}

QString xlsxPath()
{
    static const QString path = [] {
        const QString p = scratch().filePath(QStringLiteral("members.xlsx"));
        reports::XlsxWriteOptions o;
        o.useKeysAsHeaders = true;
        check(reports::XlsxTableWriter::write(table(), p, o));
        return p;
    }();
    return path;
}

QDate parseDate(const QString& s)
{
    return QDate::fromString(s, QStringLiteral("dd/MM/yyyy"));
}

void printLoad(const char* when)
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (f.open(QIODevice::ReadOnly))
        std::fprintf(stderr, "load average %s: %s", when, f.readAll().constData());
}

std::unique_ptr<app::Session> emptyRegister(const QString& name)
{
    const QString path = scratch().filePath(name);
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".keys"));
    auto created = Database::create(path, QStringLiteral("admin"),
                                    SecureBytes::fromUtf8(QStringLiteral("bench passphrase")), fastOptions());
    if (!created)
        throw std::runtime_error(created.error().toString().toStdString());
    return std::make_unique<app::Session>(std::move(created->database));
}

// The import proper, as `orec import members FILE` runs it: read, every row checked (dates, ages,
// duplicates in the file and against the register), then all rows written in one audited transaction.
void importThroughService(benchmark::State& state, const QString& file, const char* dbName,
                          bool dryRun = false)
{
    app::ImportOptions options;
    options.dryRun = dryRun;
    for (auto _ : state) {
        state.PauseTiming();
        auto session = emptyRegister(QString::fromLatin1(dbName));
        state.ResumeTiming();
        auto report = app::ImportService(*session).importFile(app::InterchangeTable::Members, file, options);
        if (!report)
            throw std::runtime_error(report.error().toString().toStdString());
        if ((dryRun ? report->valid : report->imported) != kRows)
            throw std::runtime_error("imported " + std::to_string(report->imported) + ": " +
                                     report->problems.value(0).reason.toStdString());
        state.PauseTiming();
        session.reset();
        state.ResumeTiming();
    }
    state.counters["rows"] = kRows;
}

// The floor under the import: the same rows, keys and search words computed beforehand, inserted with
// raw SQLCipher prepared statements in one transaction (no parsing, validation, duplicate checks, audit).
struct RawRow
{
    std::vector<std::string> text; // the 12 columns of the file
    std::string sort, folded, born, admitted, full;
};

const std::vector<RawRow>& rawRows()
{
    static const std::vector<RawRow> rows = [] {
        std::vector<RawRow> out;
        const QList<QStringList> records = csvRecords();
        for (qsizetype i = 1; i < records.size(); ++i) {
            RawRow r;
            for (const QString& v : records.at(i))
                r.text.push_back(v.toStdString());
            r.sort = sortKey(records.at(i).at(0)).toStdString();
            r.folded = foldForSearch(records.at(i).at(0)).toStdString();
            r.born = parseDate(records.at(i).at(2)).toString(Qt::ISODate).toStdString();
            r.admitted = parseDate(records.at(i).at(6)).toString(Qt::ISODate).toStdString();
            r.full = parseDate(records.at(i).at(7)).toString(Qt::ISODate).toStdString();
            out.push_back(std::move(r));
        }
        return out;
    }();
    return rows;
}

sqlite3* openRaw(const QString& path, const SecureBytes& key)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    const SecureBytes hex = key.toHex();
    const std::string spec = "x'" + std::string(hex.chars(), hex.size()) + "'";
    sqlite3_key(db, spec.data(), static_cast<int>(spec.size()));
    // The application's cipher settings, and the page cache the import gives itself for 100,000 rows.
    sqlite3_exec(
        db,
        "PRAGMA cipher_page_size = 4096; PRAGMA kdf_iter = 64000; PRAGMA cipher_use_hmac = ON; "
        "SELECT count(*) FROM sqlite_master; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -339968;",
        nullptr, nullptr, nullptr);
    return db;
}

void BM_RawInsert100k_Baseline(benchmark::State& state)
{
    rawRows();
    for (auto _ : state) {
        state.PauseTiming();
        auto session = emptyRegister(QStringLiteral("raw.orec"));
        const QString path = session->database().path();
        SecureBytes key = session->database().dataKey().clone();
        session.reset();
        sqlite3* db = openRaw(path, key);
        state.ResumeTiming();
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_stmt* insert = nullptr;
        sqlite3_prepare_v2(
            db,
            "INSERT INTO members (uuid, version, full_name, name_sort, name_folded, gender, "
            "date_of_birth, hometown, citizen_id, party_card_no, admission_date, full_membership_date, "
            "position, workplace, phone, email, under_disciplinary_review, updated_at) VALUES "
            "(lower(hex(randomblob(16))), 1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
            "?14, 0, '2026-11-29T09:00:00Z')",
            -1, &insert, nullptr);
        sqlite3_stmt* words = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO member_search (docid, words) VALUES (last_insert_rowid(), ?)", -1,
                           &words, nullptr);
        const auto text = [](sqlite3_stmt* s, int i, const std::string& v) {
            sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
        };
        for (const RawRow& r : rawRows()) {
            sqlite3_reset(insert);
            text(insert, 1, r.text[0]);
            sqlite3_bind_blob(insert, 2, r.sort.data(), static_cast<int>(r.sort.size()), SQLITE_STATIC);
            text(insert, 3, r.folded);
            sqlite3_bind_text(insert, 4, r.text[1] == "Nam" ? "male" : "female", -1, SQLITE_STATIC);
            text(insert, 5, r.born);
            text(insert, 6, r.text[3]);
            text(insert, 7, r.text[4]);
            text(insert, 8, r.text[5]);
            text(insert, 9, r.admitted);
            text(insert, 10, r.full);
            text(insert, 11, r.text[8]);
            text(insert, 12, r.text[9]);
            text(insert, 13, r.text[10]);
            text(insert, 14, r.text[11]);
            if (sqlite3_step(insert) != SQLITE_DONE)
                throw std::runtime_error(sqlite3_errmsg(db));
            sqlite3_reset(words);
            const std::string w = r.folded + " " + r.text[5] + " " + r.text[4];
            sqlite3_bind_text(words, 1, w.data(), static_cast<int>(w.size()), SQLITE_TRANSIENT);
            sqlite3_step(words);
        }
        sqlite3_finalize(insert);
        sqlite3_finalize(words);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        state.PauseTiming();
        sqlite3_close(db);
        state.ResumeTiming();
    }
    state.counters["rows"] = kRows;
}
BENCHMARK(BM_RawInsert100k_Baseline)->Unit(benchmark::kMillisecond)->Iterations(2);

QList<QStringList> readCsv()
{
    auto parsed = reports::CsvReader::readFile(csvPath());
    if (!parsed)
        throw std::runtime_error(parsed.error().toString().toStdString());
    QList<QStringList> rows;
    rows.reserve(parsed->records.size());
    for (const reports::CsvRecord& r : parsed->records)
        rows << r.fields;
    return rows;
}

QList<QStringList> readXlsx()
{
    auto reader = reports::XlsxReader::open(xlsxPath());
    if (!reader)
        throw std::runtime_error(reader.error().toString().toStdString());
    auto sheet = reader->sheet(0);
    if (!sheet)
        throw std::runtime_error(sheet.error().toString().toStdString());
    return sheet->rows;
}

void BM_CsvRead100k_Baseline(benchmark::State& state)
{
    csvPath();
    for (auto _ : state)
        benchmark::DoNotOptimize(readCsv().size());
}
BENCHMARK(BM_CsvRead100k_Baseline)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_CsvImport100k(benchmark::State& state)
{
    importThroughService(state, csvPath(), "csv.orec");
}
BENCHMARK(BM_CsvImport100k)->Unit(benchmark::kMillisecond)->Iterations(2);

// Reading and checking every row, nothing written: where the import's time goes.
void BM_CsvImport100k_CheckOnly(benchmark::State& state)
{
    importThroughService(state, csvPath(), "csv-dry.orec", true);
}
BENCHMARK(BM_CsvImport100k_CheckOnly)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_XlsxRead100k_Baseline(benchmark::State& state)
{
    xlsxPath();
    for (auto _ : state)
        benchmark::DoNotOptimize(readXlsx().size());
}
BENCHMARK(BM_XlsxRead100k_Baseline)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_XlsxImport100k(benchmark::State& state)
{
    importThroughService(state, xlsxPath(), "xlsx.orec");
}
BENCHMARK(BM_XlsxImport100k)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_CsvExport100k_Baseline(benchmark::State& state)
{
    table();
    const QString path = scratch().filePath(QStringLiteral("out.csv"));
    for (auto _ : state)
        check(reports::CsvWriter().writeFile(path, csvRecords()));
}
BENCHMARK(BM_CsvExport100k_Baseline)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_XlsxExport100k(benchmark::State& state)
{
    table();
    const QString path = scratch().filePath(QStringLiteral("out.xlsx"));
    reports::XlsxWriteOptions o;
    o.constantMemory = state.range(0) != 0;
    for (auto _ : state)
        check(reports::XlsxTableWriter::write(table(), path, o));
}
BENCHMARK(BM_XlsxExport100k)
    ->Arg(1)
    ->Arg(0)
    ->ArgName("constant_memory")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

// 100,000 members with 500,000 postings over 2016–2026 across the six kinds of cell.
struct Register
{
    std::unique_ptr<app::Session> session;
};

Register& bigRegister()
{
    static Register r = [] {
        Register reg;
        auto created =
            Database::create(scratch().filePath(QStringLiteral("big.orec")), QStringLiteral("admin"),
                             SecureBytes::fromUtf8(QStringLiteral("bench passphrase")), fastOptions());
        if (!created)
            throw std::runtime_error(created.error().toString().toStdString());
        Database& db = *created->database;
        WriteScope scope(db);
        PartyUnitRepository units(db, AuditMode::CallerAuditsBulk);
        PartyUnit top;
        top.code = QStringLiteral("TOP");
        top.name = QStringLiteral("Đảng ủy Bộ Ngoại giao");
        top.kind = UnitKind::Committee;
        check(units.insert(scope, top));
        const QStringList countries = {QStringLiteral("JP"), QStringLiteral("KR"), QStringLiteral("DE"),
                                       QStringLiteral("US"), QStringLiteral("FR"), QStringLiteral("RU"),
                                       QStringLiteral("AU"), QStringLiteral("CN"), QStringLiteral("TW"),
                                       QStringLiteral("GB")};
        const QList<CellType> types = allValues<CellType>();
        QList<qint64> cells;
        for (int i = 0; i < 2000; ++i) {
            PartyUnit c;
            c.code = QStringLiteral("OC%1").arg(i);
            c.name = QStringLiteral("Chi bộ %1").arg(i);
            c.kind = UnitKind::Cell;
            c.parentId = top.id;
            c.overseas = true;
            c.cellType = types.at(i % types.size());
            c.countryCode = countries.at(i % countries.size());
            check(units.insert(scope, c));
            cells << c.id;
        }
        MemberRepository members(db, AuditMode::CallerAuditsBulk);
        PostingRepository postings(db, AuditMode::CallerAuditsBulk);
        ReportRepository reports(db, AuditMode::CallerAuditsBulk);
        const QList<PostingPurpose> purposes = allValues<PostingPurpose>();
        for (int i = 0; i < kRows; ++i) {
            Member m;
            m.fullName = QStringLiteral("Đảng viên %1").arg(i);
            m.dateOfBirth = QDate(1960 + i % 40, 1 + i % 12, 1 + i % 28);
            m.admissionDate = m.dateOfBirth.addYears(25);
            m.fullMembershipDate = m.admissionDate.addYears(1);
            m.partyCardNumber = QString::number(40000000 + i);
            m.homeUnitId = top.id;
            check(members.insert(scope, m));
            for (int k = 0; k < kPostings / kRows; ++k) {
                const int n = i * (kPostings / kRows) + k;
                const int cell = n % cells.size();
                Posting p;
                p.memberId = m.id;
                p.purpose = purposes.at(n % purposes.size());
                p.countryCodes = {countries.at(cell % countries.size())};
                p.plannedDeparture = QDate(2016, 1, 1).addDays(k * 700 + n % 300);
                p.actualDeparture = p.plannedDeparture;
                p.plannedReturn = p.plannedDeparture.addDays(30 + n % 600);
                const bool back = p.plannedReturn < kToday && k < 4;
                if (back) {
                    p.actualReturn = p.plannedReturn;
                    p.status = PostingStatus::Returned;
                } else {
                    p.status = PostingStatus::InOverseasCell;
                    p.overseasCellId = cells.at(cell);
                }
                check(postings.insert(scope, p));
                // Every other trip back owes a return report: most in on time, some late, some still owed.
                if (back && n % 2 == 0) {
                    Report owed;
                    owed.kind = ReportKind::Return;
                    owed.postingId = p.id;
                    owed.memberId = m.id;
                    owed.dueDate = p.actualReturn.addDays(15);
                    if (n % 10 != 0)
                        owed.receivedDate = owed.dueDate.addDays(n % 7 == 0 ? 9 : -(n % 12));
                    check(reports.insert(scope, owed));
                }
            }
        }
        check(scope.commit());
        reg.session = std::make_unique<app::Session>(std::move(created->database));
        return reg;
    }();
    return r;
}

void BM_StatisticsQuery500k_Baseline(benchmark::State& state)
{
    Register& reg = bigRegister();
    for (auto _ : state) {
        auto s = RegisterQueries(reg.session->database()).statistics(QDate(2025, 1, 1), QDate(2025, 12, 31));
        if (!s)
            throw std::runtime_error(s.error().toString().toStdString());
        benchmark::DoNotOptimize(s->postings);
    }
}
BENCHMARK(BM_StatisticsQuery500k_Baseline)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_StatisticsPdf500k(benchmark::State& state)
{
    Register& reg = bigRegister();
    app::PrintRequest request;
    request.kind = app::PrintKind::Statistics;
    request.from = QDate(2025, 1, 1);
    request.to = QDate(2025, 12, 31);
    const QString path = scratch().filePath(QStringLiteral("statistics.pdf"));
    for (auto _ : state)
        check(app::PrintService(*reg.session).writePdf(request, path));
}
BENCHMARK(BM_StatisticsPdf500k)->Unit(benchmark::kMillisecond)->Iterations(3);

// The real export path: 100,000 members read from the encrypted register and written as the interchange
// file, XLSX beside CSV.
void exportMembers(benchmark::State& state, const QString& name)
{
    Register& reg = bigRegister();
    const QString path = scratch().filePath(name);
    for (auto _ : state) {
        auto rows = app::ExportService(*reg.session).exportFile(app::InterchangeTable::Members, path);
        if (!rows)
            throw std::runtime_error(rows.error().toString().toStdString());
        if (*rows != kRows)
            throw std::runtime_error("exported " + std::to_string(*rows));
    }
    state.counters["rows"] = kRows;
}

void BM_ExportMembersCsv100k_Baseline(benchmark::State& state)
{
    exportMembers(state, QStringLiteral("members-out.csv"));
}
BENCHMARK(BM_ExportMembersCsv100k_Baseline)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_ExportMembersXlsx100k(benchmark::State& state)
{
    exportMembers(state, QStringLiteral("members-out.xlsx"));
}
BENCHMARK(BM_ExportMembersXlsx100k)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace

int main(int argc, char** argv)
{
    orec::crypto::allowCheapKdfForTests(); // synthetic data sets: cheap key slots
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv); // the PDF lays out text
    benchmark::Initialize(&argc, argv);
    printLoad("before");
    benchmark::RunSpecifiedBenchmarks();
    printLoad("after");
    benchmark::Shutdown();
    return 0;
}
