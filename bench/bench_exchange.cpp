// Field-exchange benchmark: exporting the cell package of a 500-member cell, and importing a return
// package of 1,000 changes (preview, conflicts checked, applied through the repositories, rolled back
// so every iteration starts alike). Each beside a raw SQLCipher baseline in the same run: reading the
// cell's rows with plain SELECTs, and 1,000 plain UPDATEs in one transaction.
#include "app/exchange_service.h"
#include "app/session.h"
#include "core/clock.h"
#include "exchange/field_exchange.h"
#include "exchange/home_exchange.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/report_repository.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>
#include <stdexcept>

namespace {

using namespace orec;

constexpr int kCellMembers = 500;
constexpr int kOtherMembers = 2000;
constexpr int kChanges = 1000;
const QString kPassphrase = QStringLiteral("Mật khẩu benchmark 2026");

QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

FixedClock& clock()
{
    static FixedClock c(QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC));
    return c;
}

DatabaseOptions fastOptions()
{
    DatabaseOptions o;
    o.kdf = crypto::KdfParams::cheapForTestsOnly();
    o.clock = &clock();
    o.backupBeforeMigrate = false;
    return o;
}

void check(const Status& s)
{
    if (!s.ok())
        throw std::runtime_error(s.error().toString().toStdString());
}

template <typename T> T take(Result<T> r)
{
    if (!r.ok())
        throw std::runtime_error(r.error().toString().toStdString());
    return std::move(r).value();
}

struct World
{
    std::unique_ptr<Database> home;
    std::unique_ptr<Database> field;
    QString returnPackage;
    qint64 returnFileBytes = 0;
    qint64 returnPayloadBytes = 0;
    qint64 cellId = 0;
};

// A home register with one 500-member overseas cell among 2,500 members, a laptop for that cell,
// and a return package of 1,000 changes (two fields of each member).
World& world()
{
    static World w = [] {
        World out;
        const QString homePath = scratch().filePath(QStringLiteral("home.orec"));
        out.home = take(Database::create(homePath, QStringLiteral("admin"),
                                         SecureBytes::fromUtf8(kPassphrase), fastOptions()))
                       .database;
        Database& db = *out.home;
        {
            WriteScope scope(db);
            check(scope.status());
            PartyUnitRepository units(db);
            PartyUnit committee;
            committee.code = QStringLiteral("DU-NN");
            committee.name = QStringLiteral("Đảng ủy Ngoài nước");
            committee.kind = UnitKind::Committee;
            check(units.insert(scope, committee));
            PartyUnit cell;
            cell.code = QStringLiteral("CB-JP-01");
            cell.name = QStringLiteral("Chi bộ lao động Tokyo");
            cell.kind = UnitKind::Cell;
            cell.parentId = committee.id;
            cell.overseas = true;
            cell.cellType = CellType::Labour;
            cell.countryCode = QStringLiteral("JP");
            cell.city = QStringLiteral("Tokyo");
            check(units.insert(scope, cell));
            out.cellId = cell.id;
            MemberRepository members(db);
            PostingRepository postings(db);
            ReportRepository reports(db);
            for (int i = 0; i < kCellMembers + kOtherMembers; ++i) {
                Member m;
                m.fullName = QStringLiteral("Nguyễn Văn Thử %1").arg(i);
                m.gender = Gender::Male;
                m.dateOfBirth = QDate(1985, 1, 1).addDays(i % 3000);
                m.citizenId = QStringLiteral("0010%1").arg(i, 8, 10, QLatin1Char('0'));
                m.partyCardNumber = QStringLiteral("9%1").arg(i, 7, 10, QLatin1Char('0'));
                m.admissionDate = QDate(2010, 5, 19);
                m.fullMembershipDate = QDate(2011, 5, 19);
                m.phone = QStringLiteral("+8490%1").arg(i, 7, 10, QLatin1Char('0'));
                m.workplace = QStringLiteral("Công ty %1").arg(i % 40);
                check(members.insert(scope, m));
                if (i >= kCellMembers)
                    continue;
                Posting p;
                p.memberId = m.id;
                p.purpose = PostingPurpose::Labour;
                p.countryCodes = {QStringLiteral("JP")};
                p.city = QStringLiteral("Tokyo");
                p.approvingCommitteeId = committee.id;
                p.approvalDate = QDate(2025, 3, 1);
                p.plannedDeparture = QDate(2025, 4, 1);
                p.plannedReturn = QDate(2028, 4, 1);
                p.actualDeparture = QDate(2025, 4, 2);
                p.arrangement = PartyActivityArrangement::OfficialTransfer;
                p.overseasCellId = cell.id;
                p.status = PostingStatus::InOverseasCell;
                check(postings.insert(scope, p));
                for (ReportKind kind : {ReportKind::PreDeparture, ReportKind::CellRemarks}) {
                    Report r;
                    r.kind = kind;
                    r.postingId = p.id;
                    r.memberId = m.id;
                    r.receivedDate = QDate(2025, 3, 20);
                    r.receivedBy = QStringLiteral("admin");
                    check(reports.insert(scope, r));
                }
            }
            check(scope.commit());
        }
        exchange::HomeExchange home(db);
        const auto enrolled = take(home.enrolSecretary(QStringLiteral("CB-JP-01"), QStringLiteral("Bí thư")));
        const QString first = scratch().filePath(QStringLiteral("first.orecpkg"));
        take(home.exportCellPackage(QStringLiteral("CB-JP-01"), first));
        auto field = take(exchange::FieldExchange::initialise(
            first, enrolled.enrolmentCode, scratch().filePath(QStringLiteral("field.orec")),
            QStringLiteral("secretary"), SecureBytes::fromUtf8(kPassphrase), fastOptions()));
        out.field = std::move(field.database);
        {
            WriteScope scope(*out.field);
            check(scope.status());
            MemberRepository members(*out.field);
            check(members.forEach([&](const Member& original) {
                Member m = original;
                m.phone = QStringLiteral("+8180%1").arg(m.id, 8, 10, QLatin1Char('0'));
                check(members.update(scope, m));
                m.notes = QStringLiteral("Đổi chỗ ở");
                check(members.update(scope, m));
                return true;
            }));
            check(scope.commit());
        }
        out.returnPackage = scratch().filePath(QStringLiteral("return.orecpkg"));
        const auto exported =
            take(exchange::FieldExchange(*out.field).exportReturnPackage(out.returnPackage));
        if (exported.changes != kChanges)
            throw std::runtime_error("expected 1000 changes");
        out.returnFileBytes = exported.bytes;
        out.returnPayloadBytes = exported.payloadBytes;
        return out;
    }();
    return w;
}

void BM_ExportCellPackage500(benchmark::State& state)
{
    World& w = world();
    exchange::HomeExchange home(*w.home);
    const QString out = scratch().filePath(QStringLiteral("bench.orecpkg"));
    qint64 fileBytes = 0;
    qint64 payloadBytes = 0;
    for (auto _ : state) {
        auto exported = home.exportCellPackage(QStringLiteral("CB-JP-01"), out);
        if (!exported) {
            state.SkipWithError(exported.error().toString().toStdString().c_str());
            break;
        }
        fileBytes = exported->bytes;
        payloadBytes = exported->payloadBytes;
        benchmark::DoNotOptimize(exported);
    }
    state.counters["members"] = kCellMembers;
    // The file is padded to a power of two (format 2); the payload is what it carries.
    state.counters["file_bytes"] = static_cast<double>(fileBytes);
    state.counters["payload_bytes"] = static_cast<double>(payloadBytes);
}
BENCHMARK(BM_ExportCellPackage500)->Unit(benchmark::kMillisecond)->UseRealTime();

// Baseline: the same rows read with plain SELECTs through the SQLCipher connection.
void BM_Baseline_SelectCellRows(benchmark::State& state)
{
    World& w = world();
    sql::Connection& c = w.home->connection();
    for (auto _ : state) {
        qint64 cells = 0;
        for (const char* sql :
             {"SELECT m.* FROM members m JOIN postings p ON p.member_id = m.id WHERE p.overseas_cell_id = ?",
              "SELECT * FROM postings WHERE overseas_cell_id = ?",
              "SELECT r.* FROM reports r JOIN postings p ON r.posting_id = p.id WHERE p.overseas_cell_id = "
              "?"}) {
            auto s = c.prepare(sql);
            s->bind(1, static_cast<long long>(w.cellId));
            while (*s->step()) {
                for (int i = 0; i < s->columnCount(); ++i)
                    cells += s->blob(i).size();
            }
        }
        benchmark::DoNotOptimize(cells);
    }
}
BENCHMARK(BM_Baseline_SelectCellRows)->Unit(benchmark::kMillisecond)->UseRealTime();

// The preview alone: verify, decrypt, compare every change with home's records; writes nothing.
void BM_PreviewReturnPackage1000(benchmark::State& state)
{
    World& w = world();
    exchange::HomeExchange home(*w.home);
    for (auto _ : state) {
        auto plan = home.planImport(w.returnPackage);
        if (!plan) {
            state.SkipWithError(plan.error().toString().toStdString().c_str());
            break;
        }
        benchmark::DoNotOptimize(plan);
    }
    state.counters["changes"] = kChanges;
    state.counters["file_bytes"] = static_cast<double>(w.returnFileBytes);
    state.counters["payload_bytes"] = static_cast<double>(w.returnPayloadBytes);
}
BENCHMARK(BM_PreviewReturnPackage1000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ImportReturnPackage1000(benchmark::State& state)
{
    World& w = world();
    exchange::HomeExchange home(*w.home);
    for (auto _ : state) {
        auto plan = home.planImport(w.returnPackage);
        if (!plan) {
            state.SkipWithError(plan.error().toString().toStdString().c_str());
            break;
        }
        auto outcome = home.applyImport(*plan, true); // applied, then rolled back
        if (!outcome) {
            state.SkipWithError(outcome.error().toString().toStdString().c_str());
            break;
        }
        benchmark::DoNotOptimize(outcome);
    }
    state.counters["changes"] = kChanges;
}
BENCHMARK(BM_ImportReturnPackage1000)->Unit(benchmark::kMillisecond)->UseRealTime();

// Baseline: 1,000 plain UPDATEs of the same rows in one transaction, rolled back.
void BM_Baseline_Update1000Rows(benchmark::State& state)
{
    World& w = world();
    sql::Connection& c = w.home->connection();
    for (auto _ : state) {
        check(c.exec("BEGIN IMMEDIATE"));
        auto s = c.prepare("UPDATE members SET phone = ?, version = version + 1 WHERE id = ?");
        for (int i = 0; i < kChanges; ++i) {
            s->reset();
            s->bind(1, QStringLiteral("+81800000%1").arg(i))
                .bind(2, static_cast<long long>(1 + i % kCellMembers));
            check(s->run());
        }
        check(c.exec("ROLLBACK"));
    }
}
BENCHMARK(BM_Baseline_Update1000Rows)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    orec::crypto::allowCheapKdfForTests(); // synthetic data sets: cheap key slots
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
