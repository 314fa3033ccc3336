// Reports benchmark: a 100,000-row members CSV and the same as XLSX read and inserted into an encrypted
// database; 100,000 rows exported to XLSX; the statistical PDF over 500,000 postings. Each beside a
// baseline in the same process: reading alone (no database), CSV writing of the same rows, and the
// statistics query alone.
#include "app/print_service.h"
#include "app/session.h"
#include "core/clock.h"
#include "reports/csv_reader.h"
#include "reports/csv_writer.h"
#include "reports/xlsx_reader.h"
#include "reports/xlsx_table_writer.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/register_queries.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>
#include <stdexcept>

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
    t.addColumn(QStringLiteral("ngay_vao_dang"), QStringLiteral("ngay_vao_dang"), 20, reports::ColumnType::Date);
    t.addColumn(QStringLiteral("ngay_chinh_thuc"), QStringLiteral("ngay_chinh_thuc"), 20, reports::ColumnType::Date);
    t.addColumn(QStringLiteral("chuc_vu"), QStringLiteral("chuc_vu"), 20);
    t.addColumn(QStringLiteral("noi_cong_tac"), QStringLiteral("noi_cong_tac"), 30);
    t.addColumn(QStringLiteral("dien_thoai"), QStringLiteral("dien_thoai"), 15);
    t.addColumn(QStringLiteral("email"), QStringLiteral("email"), 25);
    const QStringList family = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),
                                QStringLiteral("Phạm"), QStringLiteral("Đặng")};
    const QStringList given = {QStringLiteral("Ánh"), QStringLiteral("Đức"), QStringLiteral("Hằng"),
                               QStringLiteral("Quân"), QStringLiteral("Yến"), QStringLiteral("Sơn")};
    t.items.reserve(kRows);
    for (int i = 0; i < kRows; ++i) {
        const QDate born(1960 + i % 40, 1 + i % 12, 1 + i % 28);
        t.addRow({QStringLiteral("%1 Thị Ngọc %2 %3").arg(family.at(i % 5), given.at(i % 6)).arg(i),
                  i % 2 ? QStringLiteral("Nam") : QStringLiteral("Nữ"), born, QStringLiteral("Hà Nội"),
                  QStringLiteral("0%1").arg(10000000000LL + i, 11, 10, QLatin1Char('0')),
                  QString::number(30000000 + i), born.addYears(25), born.addYears(26), QStringLiteral("Chuyên viên"),
                  QStringLiteral("Đảng ủy Bộ Ngoại giao"), QStringLiteral("09%1").arg(i, 8, 10, QLatin1Char('0')),
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

// The import proper: rows to members, inserted in one audited transaction.
int importRows(const QList<QStringList>& rows, int firstDataRow, const QString& dbName)
{
    QFile::remove(scratch().filePath(dbName));
    QFile::remove(scratch().filePath(dbName + QStringLiteral(".keys")));
    auto created = Database::create(scratch().filePath(dbName), QStringLiteral("admin"),
                                    SecureBytes::fromUtf8(QStringLiteral("bench passphrase")), fastOptions());
    if (!created)
        throw std::runtime_error(created.error().toString().toStdString());
    Database& db = *created->database;
    WriteScope scope(db);
    check(scope.status());
    MemberRepository members(db, AuditMode::CallerAuditsBulk);
    int n = 0;
    for (int i = firstDataRow; i < rows.size(); ++i) {
        const QStringList& r = rows.at(i);
        Member m;
        m.fullName = r.value(0);
        m.gender = r.value(1) == QStringLiteral("Nam") ? Gender::Male : Gender::Female;
        m.dateOfBirth = parseDate(r.value(2));
        m.hometown = r.value(3);
        m.citizenId = r.value(4);
        m.partyCardNumber = r.value(5);
        m.admissionDate = parseDate(r.value(6));
        m.fullMembershipDate = parseDate(r.value(7));
        m.position = r.value(8);
        m.workplace = r.value(9);
        m.phone = r.value(10);
        m.email = r.value(11);
        check(members.insert(scope, m));
        ++n;
    }
    check(scope.audit(QStringLiteral("member"), QStringLiteral("*"), QStringLiteral("import"), {},
                      QJsonObject{{QStringLiteral("rows"), n}}));
    check(scope.commit());
    return n;
}

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
    csvPath();
    for (auto _ : state)
        benchmark::DoNotOptimize(importRows(readCsv(), 1, QStringLiteral("csv.orec")));
}
BENCHMARK(BM_CsvImport100k)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_XlsxRead100k_Baseline(benchmark::State& state)
{
    xlsxPath();
    for (auto _ : state)
        benchmark::DoNotOptimize(readXlsx().size());
}
BENCHMARK(BM_XlsxRead100k_Baseline)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_XlsxImport100k(benchmark::State& state)
{
    xlsxPath();
    for (auto _ : state)
        benchmark::DoNotOptimize(importRows(readXlsx(), 1, QStringLiteral("xlsx.orec")));
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
BENCHMARK(BM_XlsxExport100k)->Arg(1)->Arg(0)->ArgName("constant_memory")->Unit(benchmark::kMillisecond)->Iterations(3);

// 100,000 members with 500,000 postings over 2016–2026 across the six kinds of cell.
struct Register
{
    std::unique_ptr<app::Session> session;
};

Register& bigRegister()
{
    static Register r = [] {
        Register reg;
        auto created = Database::create(scratch().filePath(QStringLiteral("big.orec")), QStringLiteral("admin"),
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

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv); // the PDF lays out text
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
