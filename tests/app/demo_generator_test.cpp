// The demo generator: a department with every posting status and cell type, valid records, realistic
// family names, the same department from the same seed, one audit row, and an empty register required.
#include "app/demo_generator.h"
#include "app/export_service.h"
#include "app/import_service.h"
#include "app/query_service.h"
#include "core/person_name.h"
#include "core/validation.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "support/test_support.h"

#include <array>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QDate kAsOf(2026, 3, 1);

struct Generated
{
    std::unique_ptr<app::Session> session;
    app::DemoSummary summary;
};

class DemoGeneratorTest : public ::testing::Test
{
protected:
    Generated generate(const QString& name, quint64 seed, int members = 1000)
    {
        auto created = createDatabase(m_dir.file(name), kAdmin, kAdminPassphrase, fastOptions(&m_clock));
        Generated g;
        g.session = std::make_unique<app::Session>(std::move(created.database));
        app::DemoOptions options;
        options.members = members;
        options.seed = seed;
        options.asOf = kAsOf;
        auto summary = app::DemoGenerator(*g.session, options).generate();
        EXPECT_TRUE(summary.ok()) << (summary.ok() ? "" : summary.error().toString().toStdString());
        if (summary.ok())
            g.summary = *summary;
        return g;
    }

    QList<QByteArray> exports(app::Session& session)
    {
        QList<QByteArray> out;
        for (app::InterchangeTable t : {app::InterchangeTable::Cells, app::InterchangeTable::Members,
                                        app::InterchangeTable::Postings}) {
            auto rows = app::ExportService(session).table(t);
            EXPECT_TRUE(rows.ok());
            QByteArray bytes;
            for (const QStringList& row : *rows)
                bytes += row.join(QLatin1Char('\t')).toUtf8() + '\n';
            out.append(bytes);
        }
        return out;
    }

    QString digest(app::Session& session, const char* sql)
    {
        return *session.database().connection().queryText(sql);
    }

    TempDir m_dir;
    FixedClock m_clock{QDateTime(kAsOf, QTime(9, 0), Qt::UTC)};
};

} // namespace

TEST_F(DemoGeneratorTest, MakesEveryStatusEveryCellTypeAndTheExceptionsCommitteesLookFor)
{
    Generated g = generate(QStringLiteral("demo.orec"), 42);
    const app::DemoSummary& s = g.summary;
    EXPECT_EQ(s.members, 1000);
    EXPECT_EQ(s.postings, 5000);
    for (PostingStatus status : allValues<PostingStatus>())
        EXPECT_GT(s.postingsByStatus.value(status), 0) << codeName(status).toStdString();
    EXPECT_GT(s.probationary, 0);
    EXPECT_GT(s.overdueToReturn, 0);
    EXPECT_GT(s.reportsOverdue, 0);
    EXPECT_GT(s.unapprovedDepartures, 0);
    EXPECT_GT(s.transfers, 0);

    Database& db = g.session->database();
    QSet<CellType> types;
    PartyUnitFilter overseas;
    overseas.overseas = true;
    overseas.kind = UnitKind::Cell;
    auto cells = PartyUnitRepository(db).list(overseas);
    ASSERT_TRUE(cells.ok());
    const QList<PartyUnit> cellList = cells.value();
    for (const PartyUnit& u : cellList)
        types.insert(u.cellType.value_or(CellType::Embassy));
    EXPECT_EQ(types.size(), 6);

    // What the queries see agrees with what the generator says it made.
    app::QueryService queries(*g.session);
    MemberFilter overdue;
    overdue.presence = MemberPresence::Overdue;
    overdue.today = kAsOf;
    EXPECT_EQ(*queries.countMembers(overdue), s.overdueToReturn);
    ReportDueFilter late;
    late.overdueOnly = true;
    late.today = kAsOf;
    EXPECT_EQ(*queries.countReportsDue(late), s.reportsOverdue);
    EXPECT_EQ(queries.departuresWithoutApproval()->size(), s.unapprovedDepartures);

    // One audit row for the whole generation; the file, its foreign keys and the chain check out.
    AuditFilter filter;
    filter.entity = QStringLiteral("database");
    auto entries = db.auditLog().query(filter);
    ASSERT_EQ(entries->size(), 2); // create, demo:generate
    EXPECT_EQ(entries->first().action, QStringLiteral("demo:generate"));
    auto check = db.check();
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->ok()) << check->foreignKeyProblems.join(QLatin1Char('\n')).toStdString();
}

TEST_F(DemoGeneratorTest, GeneratedRecordsPassValidationAndNamesFollowRealFrequencies)
{
    Generated g = generate(QStringLiteral("valid.orec"), 7);
    Database& db = g.session->database();
    int nguyen = 0;
    int members = 0;
    QStringList problems;
    ASSERT_TRUE(MemberRepository(db)
                    .forEach([&](const Member& m) {
                        ++members;
                        if (splitName(m.fullName).family == QStringLiteral("Nguyễn"))
                            ++nguyen;
                        for (const FieldError& e : errorsOnly(validate(m, kAsOf)))
                            problems.append(m.fullName + QStringLiteral(": ") + e.message);
                        return true;
                    })
                    .ok());
    ASSERT_TRUE(
        PostingRepository(db)
            .forEach([&](const Posting& p) {
                for (const FieldError& e : errorsOnly(validate(p, kAsOf)))
                    problems.append(
                        QStringLiteral("posting %1 (%2): %3").arg(p.id).arg(codeName(p.status), e.message));
                return true;
            })
            .ok());
    EXPECT_TRUE(problems.isEmpty()) << problems.mid(0, 10).join(QLatin1Char('\n')).toStdString();
    // Nguyễn is about 38% of Vietnamese; a thousand draws land well within 30–46%.
    EXPECT_GT(nguyen * 100, members * 30);
    EXPECT_LT(nguyen * 100, members * 46);
}

TEST_F(DemoGeneratorTest, TheSameSeedMakesTheSameDepartment)
{
    Generated a = generate(QStringLiteral("a.orec"), 2026, 400);
    Generated b = generate(QStringLiteral("b.orec"), 2026, 400);
    Generated c = generate(QStringLiteral("c.orec"), 2027, 400);
    const QList<QByteArray> ea = exports(*a.session);
    EXPECT_EQ(exports(*b.session), ea);
    EXPECT_NE(exports(*c.session)[1], ea[1]);
    // Beyond the interchange columns: identities, reports and transfer letters too.
    for (const char* sql :
         {"SELECT group_concat(uuid, ',') FROM (SELECT uuid FROM members ORDER BY id)",
          "SELECT group_concat(uuid || kind || coalesce(due_date, '') || coalesce(received_date, ''), ',') "
          "FROM (SELECT * FROM reports ORDER BY id)",
          "SELECT group_concat(register_year || '/' || register_seq || ':' || member_id, ',') "
          "FROM (SELECT * FROM transfers ORDER BY id)"})
        EXPECT_EQ(digest(*a.session, sql), digest(*b.session, sql)) << sql;
    EXPECT_EQ(a.summary.postingsByStatus, b.summary.postingsByStatus);
}

TEST_F(DemoGeneratorTest, RefusesARegisterThatAlreadyHasRecords)
{
    Generated g = generate(QStringLiteral("twice.orec"), 1, 50);
    app::DemoOptions options;
    options.members = 50;
    auto again = app::DemoGenerator(*g.session, options).generate();
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.code(), ErrorCode::Invalid);
    EXPECT_EQ(*g.session->database().connection().queryInt("SELECT count(*) FROM members"), 50);
}

// The whole demo department (every status, departures without approval, cells with secretaries,
// probationary members) exported in the interchange format and imported, table by table in the
// format's order, into an empty register gives the same records.
TEST_F(DemoGeneratorTest, ItsExportReImportsIntoAnEmptyRegisterAsTheSameRecords)
{
    Generated g = generate(QStringLiteral("source.orec"), 7, 600);
    const auto count = [](app::Session& session, const char* sql) {
        return *session.database().connection().queryInt(sql);
    };
    ASSERT_GT(count(*g.session, "SELECT count(*) FROM postings WHERE departed_without_approval = 1"), 0);
    ASSERT_GT(count(*g.session, "SELECT count(*) FROM party_units WHERE secretary_member_id IS NOT NULL"), 0);

    const std::array tables{app::InterchangeTable::Cells, app::InterchangeTable::Members,
                            app::InterchangeTable::Postings};
    QStringList files;
    for (app::InterchangeTable t : tables) {
        files.append(m_dir.file(app::interchangeTableName(t) + QStringLiteral(".csv")));
        auto rows = app::ExportService(*g.session).exportFile(t, files.last());
        ASSERT_TRUE(rows.ok()) << rows.error().toString().toStdString();
    }

    auto created = createDatabase(m_dir.file(QStringLiteral("copy.orec")), kAdmin, kAdminPassphrase,
                                  fastOptions(&m_clock));
    app::Session copy(std::move(created.database));
    int secretariesSet = 0;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        auto report = app::ImportService(copy).importFile(tables[i], files[static_cast<qsizetype>(i)]);
        ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
        QStringList problems;
        for (const app::ImportProblem& p : report->problems)
            problems.append(QStringLiteral("%1:%2 %3").arg(p.line).arg(p.column, p.reason));
        EXPECT_TRUE(report->complete()) << problems.join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(report->imported, report->rows);
        secretariesSet += report->secretariesSet;
    }
    // Secretaries named before their members were imported were set when the members came.
    EXPECT_EQ(secretariesSet,
              count(*g.session, "SELECT count(*) FROM party_units WHERE secretary_member_id IS NOT NULL"));
    EXPECT_EQ(count(copy, "SELECT count(*) FROM pending_secretaries"), 0);

    const QList<QByteArray> before = exports(*g.session);
    const QList<QByteArray> after = exports(copy);
    ASSERT_EQ(before.size(), after.size());
    for (qsizetype i = 0; i < before.size(); ++i) // as text, so a difference prints readably
        EXPECT_EQ(after[i].toStdString(), before[i].toStdString()) << "table " << i;
    for (const char* sql : {"SELECT count(*) FROM postings WHERE departed_without_approval = 1",
                            "SELECT count(*) FROM party_units WHERE secretary_member_id IS NOT NULL",
                            "SELECT count(*) FROM members", "SELECT count(*) FROM postings"})
        EXPECT_EQ(count(copy, sql), count(*g.session, sql)) << sql;
}

TEST_F(DemoGeneratorTest, EvenASmallDemoHasTheCellsEachKindIsKnownFor)
{
    Generated g = generate(QStringLiteral("small.orec"), 3, 300);
    const auto cells = [&](const char* type, const char* country) {
        return *g.session->database().connection().queryInt(
            QStringLiteral("SELECT count(*) FROM party_units WHERE cell_type = '%1' AND country_code = '%2'")
                .arg(QLatin1String(type), QLatin1String(country))
                .toStdString());
    };
    for (const char* country : {"RU", "JP", "AU", "GB"})
        EXPECT_GE(cells("student", country), 1) << country;
    for (const char* country : {"JP", "KR", "TW"})
        EXPECT_GE(cells("labour", country), 1) << country;
    for (const char* country : {"LA", "KH", "MZ"})
        EXPECT_GE(cells("expert", country), 1) << country;
}
