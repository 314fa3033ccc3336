// Spreadsheet import through the register's ImportService: XLSX and CSV round trips compared field by
// field, all-or-nothing that leaves every table as it was, valid-only imports with the rejects and their
// lines, clerks' headers mapped to the interchange fields, and the preview a GUI shows before writing.
#include "app/export_service.h"
#include "app/import_mapping.h"
#include "app/import_service.h"
#include "app/register_service.h"
#include "reports/csv_reader.h"
#include "reports/xlsx_reader.h"
#include "reports/xlsx_table_writer.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "support/test_support.h"

#include <QMap>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QDate kToday(2026, 3, 2);

std::string describe(const app::ImportReport& report)
{
    QStringList out;
    for (const app::ImportProblem& p : report.problems)
        out.append(QStringLiteral("%1:%2 %3").arg(p.line).arg(p.column, p.reason));
    return out.join(QLatin1Char('\n')).toStdString();
}

QStringList where(const app::ImportReport& report)
{
    QStringList out;
    for (const app::ImportProblem& p : report.problems)
        out.append(QStringLiteral("%1:%2").arg(p.line).arg(p.column));
    return out;
}

// A workbook a clerk might have typed: every cell text, as Excel keeps what was typed with "@".
void writeXlsx(const QString& path, const QList<QStringList>& rows)
{
    reports::ReportTable t;
    t.numbered = false;
    for (const QString& h : rows.first())
        t.addColumn(h, h, 25);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QVariantList cells;
        for (const QString& v : rows.at(i))
            cells << (v.isEmpty() ? QVariant() : QVariant(v));
        t.addRow(cells);
    }
    reports::XlsxWriteOptions o;
    o.useKeysAsHeaders = true;
    ASSERT_TRUE(reports::XlsxTableWriter::write(t, path, o).ok());
}

class SpreadsheetImportTest : public ::testing::Test
{
protected:
    void SetUp() override { open(QStringLiteral("a.orec")); }

    void open(const QString& name)
    {
        m_service.reset();
        m_session.reset();
        auto created = createDatabase(m_dir.file(name), kAdmin, kAdminPassphrase, fastOptions(&m_clock));
        m_session = std::make_unique<app::Session>(std::move(created.database));
        m_service = std::make_unique<app::RegisterService>(*m_session);
    }

    Database& db() { return m_session->database(); }

    void seedUnits()
    {
        PartyUnit committee;
        committee.code = QStringLiteral("DU-T");
        committee.name = QStringLiteral("Đảng ủy Trường");
        committee.kind = UnitKind::Committee;
        committee = *m_service->addUnit(committee);
        PartyUnit home;
        home.code = QStringLiteral("CB-A");
        home.name = QStringLiteral("Chi bộ Khoa A");
        home.parentId = committee.id;
        ASSERT_TRUE(m_service->addUnit(home).ok());
        PartyUnit cell;
        cell.code = QStringLiteral("CB-JP-LHS");
        cell.name = QStringLiteral("Chi bộ lưu học sinh Tô-ky-ô");
        cell.overseas = true;
        cell.cellType = CellType::Student;
        cell.countryCode = QStringLiteral("JP");
        cell.city = QStringLiteral("Tô-ky-ô");
        cell.establishedDate = QDate(2015, 10, 2);
        ASSERT_TRUE(m_service->addUnit(cell).ok());
        PartyUnit labour;
        labour.code = QStringLiteral("CB-KR-LD");
        labour.name = QStringLiteral("Chi bộ lao động Xơ-un");
        labour.overseas = true;
        labour.cellType = CellType::Labour;
        labour.countryCode = QStringLiteral("KR");
        ASSERT_TRUE(m_service->addUnit(labour).ok());
    }

    Member addMember(int i, bool probationary = false)
    {
        static const QStringList names = {
            QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("Trần Thị Ánh"),
            QStringLiteral("Lê Hoàng Quân"),  QStringLiteral("Phạm Thị Ngọc Yến"),
            QStringLiteral("Đặng Văn Sơn"),   QStringLiteral("Vũ Thị Hằng")};
        Member m;
        m.fullName = names.at(i % names.size());
        m.gender = i % 2 ? Gender::Female : Gender::Male;
        m.dateOfBirth = QDate(1975 + i, 1 + i % 12, 1 + i % 27);
        m.hometown = QStringLiteral("Nam Định");
        m.citizenId = QStringLiteral("0010%1").arg(85000000 + i, 8, 10, QLatin1Char('0'));
        m.admissionDate = m.dateOfBirth.addYears(24);
        if (!probationary) {
            m.fullMembershipDate = m.admissionDate.addYears(1);
            m.partyCardNumber = QString::number(10000001 + i);
            m.dossierNumber = QStringLiteral("%1HN").arg(200100 + i);
        } else {
            m.admissionDate = kToday.addMonths(-5);
        }
        m.homeUnitId = m_service->findUnit(QStringLiteral("CB-A"))->id;
        m.position = QStringLiteral("Giảng viên");
        m.workplace = QStringLiteral("Khoa Ngữ văn, \"Trường\" Đại học");
        m.phone = QStringLiteral("09%1").arg(12345670 + i);
        m.email = QStringLiteral("dv%1@example.vn").arg(i);
        m.notes = i == 2 ? QStringLiteral("dòng 1\ndòng 2; có dấu, phẩy") : QString();
        auto added = m_service->addMember(m);
        EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().toString().toStdString());
        return added.ok() ? *added : m;
    }

    Posting trip(const Member& who, PostingPurpose purpose, const QStringList& countries, QDate from,
                 QDate to)
    {
        Posting p;
        p.memberId = who.id;
        p.purpose = purpose;
        p.countryCodes = countries;
        p.plannedDeparture = from;
        p.plannedReturn = to;
        p.city = QStringLiteral("Thành phố");
        p.hostOrganisation = QStringLiteral("Đại học Tô-ky-ô");
        p.decisionNumber = QStringLiteral("%1/QĐ-ĐU").arg(from.dayOfYear());
        p.decisionDate = std::min(from.addDays(-20), kToday);
        p.approvingCommitteeId = m_service->findUnit(QStringLiteral("DU-T"))->id;
        auto created = m_service->createPosting(p);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().toString().toStdString());
        return created.ok() ? *created : p;
    }

    void move(const Posting& p, PostingTransition t, QDate on, const QString& cell = {})
    {
        TransitionInput in;
        in.date = on;
        if (!cell.isEmpty())
            in.cell = *m_service->findUnit(cell);
        auto done = m_service->applyTransition(p.id, t, in);
        EXPECT_TRUE(done.ok()) << (done.ok() ? "" : done.error().toString().toStdString());
    }

    // Postings in every state the format carries, one and several countries.
    void seedRegister()
    {
        seedUnits();
        QList<Member> members;
        for (int i = 0; i < 6; ++i)
            members << addMember(i);
        members << addMember(6, true);
        Posting study = trip(members[0], PostingPurpose::Study, {QStringLiteral("JP")}, QDate(2024, 9, 1),
                             QDate(2026, 9, 1));
        move(study, PostingTransition::Approve, QDate(2024, 8, 20));
        move(study, PostingTransition::Depart, QDate(2024, 9, 1));
        move(study, PostingTransition::JoinCell, QDate(2024, 9, 10), QStringLiteral("CB-JP-LHS"));
        Posting mission = trip(members[1], PostingPurpose::OfficialMission,
                               {QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("BE")},
                               QDate(2025, 5, 4), QDate(2025, 5, 20));
        move(mission, PostingTransition::Approve, QDate(2025, 4, 20));
        move(mission, PostingTransition::Depart, QDate(2025, 5, 4));
        move(mission, PostingTransition::ReturnHome, QDate(2025, 5, 19));
        Posting labour = trip(members[2], PostingPurpose::Labour, {QStringLiteral("KR")}, QDate(2025, 11, 1),
                              QDate(2028, 11, 1));
        move(labour, PostingTransition::Approve, QDate(2025, 10, 1));
        move(labour, PostingTransition::Depart, QDate(2025, 11, 3));
        // Planned: approval waits for the commitment on relatives abroad.
        trip(members[3], PostingPurpose::FamilyVisit, {QStringLiteral("US")}, QDate(2026, 6, 1),
             QDate(2026, 6, 20));
        trip(members[6], PostingPurpose::Tourism, {QStringLiteral("TH")}, QDate(2026, 7, 1),
             QDate(2026, 7, 7));
    }

    Result<app::ImportReport> importFile(app::InterchangeTable table, const QString& path,
                                         const app::ImportOptions& options = {})
    {
        return app::ImportService(*m_session).importFile(table, path, options);
    }

    // The members as the format carries them, keyed by citizen ID.
    QMap<QString, QStringList> membersAsCarried()
    {
        QMap<qint64, QString> unitCode;
        auto units = PartyUnitRepository(db()).list();
        EXPECT_TRUE(units.ok());
        for (const PartyUnit& u : *units)
            unitCode.insert(u.id, u.code);
        QMap<QString, QStringList> out;
        EXPECT_TRUE(MemberRepository(db())
                        .forEach([&](const Member& m) {
                            out.insert(m.citizenId,
                                       {m.fullName, codeName(m.gender), m.dateOfBirth.toString(Qt::ISODate),
                                        m.hometown, m.citizenId, m.partyCardNumber, m.dossierNumber,
                                        m.admissionDate.toString(Qt::ISODate),
                                        m.fullMembershipDate.toString(Qt::ISODate),
                                        unitCode.value(m.homeUnitId), m.position, m.workplace, m.phone,
                                        m.email, m.notes});
                            return true;
                        })
                        .ok());
        return out;
    }

    // The postings as the format carries them, keyed by the member's citizen ID and the departure.
    QMap<QString, QStringList> postingsAsCarried()
    {
        QMap<qint64, QString> unitCode;
        auto units = PartyUnitRepository(db()).list();
        EXPECT_TRUE(units.ok());
        for (const PartyUnit& u : *units)
            unitCode.insert(u.id, u.code);
        QMap<qint64, QString> citizen;
        EXPECT_TRUE(MemberRepository(db())
                        .forEach([&](const Member& m) {
                            citizen.insert(m.id, m.citizenId);
                            return true;
                        })
                        .ok());
        QMap<QString, QStringList> out;
        EXPECT_TRUE(PostingRepository(db())
                        .forEach([&](const Posting& p) {
                            const auto d = [](const QDate& x) { return x.toString(Qt::ISODate); };
                            out.insert(
                                citizen.value(p.memberId) + QLatin1Char('@') + d(p.expectedDeparture()),
                                {citizen.value(p.memberId), codeName(p.purpose),
                                 p.countryCodes.join(QLatin1Char(',')), p.city, p.hostOrganisation,
                                 p.decisionNumber, d(p.decisionDate), unitCode.value(p.approvingCommitteeId),
                                 p.decisionBody, d(p.plannedDeparture), d(p.plannedReturn),
                                 d(p.actualDeparture), d(p.actualReturn), unitCode.value(p.overseasCellId),
                                 codeName(p.arrangement), codeName(p.status)});
                            return true;
                        })
                        .ok());
        return out;
    }

    void expectSameRecords(const QMap<QString, QStringList>& expected,
                           const QMap<QString, QStringList>& actual, const char* what)
    {
        EXPECT_EQ(actual.keys(), expected.keys()) << what;
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            const QStringList got = actual.value(it.key());
            ASSERT_EQ(got.size(), it.value().size()) << what << " " << it.key().toStdString();
            for (qsizetype f = 0; f < got.size(); ++f)
                EXPECT_EQ(got.at(f).toStdString(), it.value().at(f).toStdString())
                    << what << " " << it.key().toStdString() << " field " << f;
        }
    }

    void roundTrip(const QString& suffix);

    TempDir m_dir;
    FixedClock m_clock{QDateTime(kToday, QTime(8, 0), Qt::UTC)};
    std::unique_ptr<app::Session> m_session;
    std::unique_ptr<app::RegisterService> m_service;
};

} // namespace

void SpreadsheetImportTest::roundTrip(const QString& suffix)
{
    seedRegister();
    const QMap<QString, QStringList> members = membersAsCarried();
    const QMap<QString, QStringList> postings = postingsAsCarried();
    ASSERT_EQ(members.size(), 7);
    ASSERT_EQ(postings.size(), 5);
    const std::array tables{app::InterchangeTable::Cells, app::InterchangeTable::Members,
                            app::InterchangeTable::Postings};
    QStringList files;
    for (app::InterchangeTable t : tables) {
        files << m_dir.file(app::interchangeTableName(t) + suffix);
        auto rows = app::ExportService(*m_session).exportFile(t, files.last());
        ASSERT_TRUE(rows.ok()) << rows.error().toString().toStdString();
    }

    open(QStringLiteral("b.orec"));
    for (std::size_t i = 0; i < tables.size(); ++i) {
        auto report = importFile(tables[i], files.at(static_cast<qsizetype>(i)));
        ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
        EXPECT_TRUE(report->complete()) << describe(*report);
        EXPECT_TRUE(report->ignoredColumns.isEmpty());
    }
    expectSameRecords(members, membersAsCarried(), "member");
    expectSameRecords(postings, postingsAsCarried(), "posting");
    auto cell = m_service->findUnit(QStringLiteral("CB-JP-LHS"));
    ASSERT_TRUE(cell.ok());
    EXPECT_EQ(cell->cellType, CellType::Student);
    EXPECT_EQ(cell->establishedDate, QDate(2015, 10, 2));
    EXPECT_EQ(m_service->unit(m_service->findUnit(QStringLiteral("CB-A"))->parentId)->code,
              QStringLiteral("DU-T"));
}

TEST_F(SpreadsheetImportTest, XlsxExportImportsBackAsTheSameRecordsFieldByField)
{
    roundTrip(QStringLiteral(".xlsx"));
}

TEST_F(SpreadsheetImportTest, CsvExportImportsBackAsTheSameRecordsFieldByField)
{
    roundTrip(QStringLiteral(".csv"));
}

TEST_F(SpreadsheetImportTest, XlsxExportHasRealDatesAndTextNumbers)
{
    seedRegister();
    const QString path = m_dir.file(QStringLiteral("members.xlsx"));
    ASSERT_TRUE(app::ExportService(*m_session).exportFile(app::InterchangeTable::Members, path).ok());
    auto sheet = reports::XlsxReader::open(path)->sheet(0);
    ASSERT_TRUE(sheet.ok());
    EXPECT_EQ(sheet->name, QStringLiteral("members"));
    EXPECT_EQ(sheet->rows.first().first(), QStringLiteral("ho_ten"));
    ASSERT_EQ(sheet->rows.size(), 8);
    // Excel keeps citizen IDs with their leading zeros; a date cell reads back as dd/mm/yyyy.
    const QStringList header = sheet->rows.first();
    const QStringList first = sheet->rows.at(1);
    EXPECT_TRUE(first.at(header.indexOf(QStringLiteral("so_cccd"))).startsWith(QStringLiteral("0010")));
    EXPECT_EQ(first.at(header.indexOf(QStringLiteral("ngay_sinh"))).size(), 10);
}

const QList<QStringList> kSheet = {
    {QStringLiteral("ho_ten"), QStringLiteral("gioi_tinh"), QStringLiteral("ngay_sinh"),
     QStringLiteral("so_cccd"), QStringLiteral("so_the_dang_vien"), QStringLiteral("ngay_vao_dang"),
     QStringLiteral("ngay_chinh_thuc"), QStringLiteral("don_vi_sinh_hoat")},
    {QStringLiteral("Lê Văn An"), QStringLiteral("Nam"), QStringLiteral("12/04/1985"),
     QStringLiteral("001085000100"), QStringLiteral("20000100"), QStringLiteral("19/05/2010"),
     QStringLiteral("19/05/2011"), QStringLiteral("CB-A")},
    {QString(), QStringLiteral("Nữ"), QStringLiteral("01/01/1990"), {}, {}, {}, {}, {}}, // 3 name
    {QStringLiteral("Trần Thị Bình"),
     QStringLiteral("Nữ"),
     QStringLiteral("31/02/1990"),
     {},
     {},
     {},
     {},
     {}}, // 4 date
    {QStringLiteral("Bùi Thị Lan"),
     QStringLiteral("Nữ"),
     QStringLiteral("1990-07-08"),
     QStringLiteral("001190000777"),
     {},
     {},
     {},
     QStringLiteral("Chi bộ Khoa A")}, // 5 valid
    {QStringLiteral("Ngô Thị Gấm"),
     QStringLiteral("Nữ"),
     QStringLiteral("01/01/1980"),
     QStringLiteral("001085000100"),
     {},
     {},
     {},
     {}}, // 6 dup in file
    {QStringLiteral("Đỗ Văn Em"),
     QStringLiteral("Nam"),
     QStringLiteral("01/01/1980"),
     {},
     QStringLiteral("10000001"),
     {},
     {},
     {}}, // 7 dup in register
    {QStringLiteral("Hoàng Văn Dũng"),
     QStringLiteral("Nam"),
     QStringLiteral("01/01/2000"),
     {},
     {},
     QStringLiteral("01/06/2016"),
     {},
     {}}, // 8 under 18
};

TEST_F(SpreadsheetImportTest, AnInvalidSheetImportsNothingAndLeavesEveryTableAsItWas)
{
    seedRegister();
    const QString path = m_dir.file(QStringLiteral("bad.xlsx"));
    writeXlsx(path, kSheet);
    const QMap<QString, QByteArray> before = tableChecksums(db());
    ASSERT_GT(before.size(), 10);

    auto report = importFile(app::InterchangeTable::Members, path);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_FALSE(report->complete());
    EXPECT_EQ(report->rows, 7);
    EXPECT_EQ(report->valid, 2);
    EXPECT_EQ(report->imported, 0);
    // Lines are the spreadsheet's rows, as Excel numbers them.
    EXPECT_EQ(where(*report),
              (QStringList{"3:ho_ten", "4:ngay_sinh", "6:so_cccd", "7:so_the_dang_vien", "8:ngay_vao_dang"}))
        << describe(*report);
    EXPECT_EQ(tableChecksums(db()), before);
}

TEST_F(SpreadsheetImportTest, ValidOnlyImportsExactlyTheValidRowsAndWritesTheRejectsWithLinesAndReasons)
{
    seedRegister();
    const QString path = m_dir.file(QStringLiteral("bad.xlsx"));
    writeXlsx(path, kSheet);
    const qint64 membersBefore = *db().connection().queryInt("SELECT count(*) FROM members");
    for (const QString& rejects : {QStringLiteral("rejects.csv"), QStringLiteral("rejects.xlsx")}) {
        if (rejects.endsWith(QLatin1String(".xlsx"))) {
            open(QStringLiteral("c.orec"));
            seedRegister();
        }
        app::ImportOptions options;
        options.skipInvalid = true;
        options.rejectsPath = m_dir.file(rejects);
        auto report = importFile(app::InterchangeTable::Members, path, options);
        ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
        EXPECT_EQ(report->imported, 2);
        EXPECT_EQ(report->rejected, 5);
        EXPECT_EQ(*db().connection().queryInt("SELECT count(*) FROM members"), membersBefore + 2);
        auto an = MemberRepository(db()).findByPartyCard(QStringLiteral("20000100"));
        ASSERT_TRUE(an.ok() && an->has_value());
        EXPECT_EQ((*an)->fullName, QStringLiteral("Lê Văn An"));
        auto lan = MemberRepository(db()).findByCitizenId(QStringLiteral("001190000777"));
        ASSERT_TRUE(lan.ok() && lan->has_value());
        EXPECT_EQ((*lan)->dateOfBirth, QDate(1990, 7, 8));
        // Nobody of the rejected rows came in.
        for (const char* name : {"Trần Thị Bình", "Ngô Thị Gấm", "Đỗ Văn Em", "Hoàng Văn Dũng"}) {
            auto stmt = db().connection().prepare("SELECT count(*) FROM members WHERE full_name = ?");
            stmt->bind(1, QString::fromUtf8(name));
            ASSERT_TRUE(*stmt->step());
            EXPECT_EQ(stmt->int64(0), 0) << name;
        }

        QList<QStringList> out;
        if (rejects.endsWith(QLatin1String(".xlsx"))) {
            auto sheet = reports::XlsxReader::open(options.rejectsPath)->sheet(0);
            ASSERT_TRUE(sheet.ok());
            out = sheet->rows;
        } else {
            auto csv = reports::CsvReader::readFile(options.rejectsPath);
            ASSERT_TRUE(csv.ok());
            for (const reports::CsvRecord& r : csv->records)
                out << r.fields;
        }
        ASSERT_EQ(out.size(), 6) << rejects.toStdString(); // header + 5 rejected rows
        const QStringList header = out.first();
        const qsizetype line = header.indexOf(QStringLiteral("dong"));
        const qsizetype reason = header.indexOf(QStringLiteral("ly_do_loi"));
        ASSERT_GE(line, 0);
        ASSERT_GE(reason, 0);
        QStringList lines;
        for (qsizetype i = 1; i < out.size(); ++i)
            lines << out.at(i).value(line);
        EXPECT_EQ(lines, (QStringList{"3", "4", "6", "7", "8"}));
        EXPECT_TRUE(out.at(2).value(reason).contains(QStringLiteral("31/02/1990")));
        EXPECT_TRUE(out.at(3).value(reason).contains(QStringLiteral("line 2")));
        EXPECT_TRUE(out.at(4).value(reason).contains(QStringLiteral("Nguyễn Văn Đức")));
        EXPECT_EQ(out.at(2).value(0), QStringLiteral("Trần Thị Bình")); // the row as it was, to correct
    }
}

TEST_F(SpreadsheetImportTest, ClerksHeadersAreMappedAndImportCorrectly)
{
    seedUnits();
    const QList<QStringList> sheet = {
        {QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Ngày, tháng, năm sinh"),
         QStringLiteral("Số CCCD"), QStringLiteral("Số thẻ Đảng viên"), QStringLiteral("Ngày kết nạp"),
         QStringLiteral("Chi bộ"), QStringLiteral("Số ĐT")},
        {QStringLiteral("1"),
         QStringLiteral("Nguyễn Thị Ngọc Ánh"),
         QStringLiteral("01/02/1990"),
         QStringLiteral("001190000001"),
         {},
         QStringLiteral("03/02/2015"),
         QStringLiteral("CB-A"),
         QStringLiteral("0912345678")},
        {QStringLiteral("2"),
         QStringLiteral("Lê Văn Bình"),
         QStringLiteral("03/04/1985"),
         QStringLiteral("001085000002"),
         QStringLiteral("10000222"),
         QStringLiteral("19/05/2010"),
         QStringLiteral("Chi bộ Khoa A"),
         {}},
    };
    const QString path = m_dir.file(QStringLiteral("clerk.xlsx"));
    writeXlsx(path, sheet);

    // As it stands the sheet has no ho_ten column: nothing is imported, nothing is written.
    auto unmapped = importFile(app::InterchangeTable::Members, path);
    ASSERT_TRUE(unmapped.ok());
    EXPECT_EQ(where(*unmapped), QStringList{QStringLiteral("1:ho_ten")});

    const app::ColumnMap suggested = app::suggestColumnMap(app::InterchangeTable::Members, sheet.first());
    EXPECT_EQ(suggested.value(QStringLiteral("Họ và tên")), QStringLiteral("ho_ten"));
    EXPECT_EQ(suggested.value(QStringLiteral("Ngày, tháng, năm sinh")), QStringLiteral("ngay_sinh"));
    EXPECT_EQ(suggested.value(QStringLiteral("Số CCCD")), QStringLiteral("so_cccd"));
    EXPECT_EQ(suggested.value(QStringLiteral("Số thẻ Đảng viên")), QStringLiteral("so_the_dang_vien"));
    EXPECT_EQ(suggested.value(QStringLiteral("Ngày kết nạp")), QStringLiteral("ngay_vao_dang"));
    EXPECT_EQ(suggested.value(QStringLiteral("Chi bộ")), QStringLiteral("don_vi_sinh_hoat"));
    EXPECT_FALSE(suggested.contains(QStringLiteral("STT")));

    // What a clerk types on the command line reads as the same map (plus the phone number).
    const QString typed =
        app::formatColumnMap(suggested, sheet.first()) + QStringLiteral(", Số ĐT=phone, STT=");
    auto parsed = app::parseColumnMap(app::InterchangeTable::Members, typed);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toString().toStdString();
    app::ColumnMap expected = suggested;
    expected.insert(QStringLiteral("Số ĐT"), QStringLiteral("dien_thoai"));
    expected.insert(QStringLiteral("STT"), QString());
    EXPECT_EQ(*parsed, expected);

    app::ImportOptions options;
    options.columnMap = *parsed;
    auto report = importFile(app::InterchangeTable::Members, path, options);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    ASSERT_TRUE(report->complete()) << describe(*report);
    EXPECT_EQ(report->imported, 2);
    EXPECT_EQ(report->ignoredColumns, QStringList{QStringLiteral("STT")});
    auto anh = MemberRepository(db()).findByCitizenId(QStringLiteral("001190000001"));
    ASSERT_TRUE(anh.ok() && anh->has_value());
    EXPECT_EQ((*anh)->fullName, QStringLiteral("Nguyễn Thị Ngọc Ánh"));
    EXPECT_EQ((*anh)->dateOfBirth, QDate(1990, 2, 1));
    EXPECT_EQ((*anh)->admissionDate, QDate(2015, 2, 3));
    EXPECT_EQ((*anh)->phone, QStringLiteral("0912345678"));
    EXPECT_TRUE((*anh)->isProbationary());
    auto binh = MemberRepository(db()).findByPartyCard(QStringLiteral("10000222"));
    ASSERT_TRUE(binh.ok() && binh->has_value());
    EXPECT_EQ((*binh)->homeUnitId, m_service->findUnit(QStringLiteral("CB-A"))->id);

    // A problem in a mapped column is said in the clerk's header.
    const QString bad = m_dir.file(QStringLiteral("clerk-bad.csv"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBFHọ và tên,Ngày sinh\r\nTrần Văn Cường,30/02/1991\r\n");
    f.close();
    options.columnMap = {{QStringLiteral("Họ và tên"), QStringLiteral("full_name")},
                         {QStringLiteral("Ngày sinh"), QStringLiteral("date_of_birth")}};
    auto problems = importFile(app::InterchangeTable::Members, bad, options);
    ASSERT_TRUE(problems.ok());
    EXPECT_EQ(where(*problems), QStringList{QStringLiteral("2:Ngày sinh")});
}

TEST_F(SpreadsheetImportTest, AColumnMapNamingNoHeaderOrNoFieldIsRefused)
{
    seedUnits();
    const QString path = m_dir.file(QStringLiteral("m.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Tên,Ngày sinh\nA,01/01/1990\n");
    f.close();
    app::ImportOptions options;
    options.columnMap = {{QStringLiteral("Họ tên"), QStringLiteral("ho_ten")}};
    auto typo = importFile(app::InterchangeTable::Members, path, options);
    ASSERT_FALSE(typo.ok());
    EXPECT_EQ(typo.error().code, ErrorCode::Usage);
    EXPECT_EQ(app::parseColumnMap(app::InterchangeTable::Members, QStringLiteral("Tên=shoe_size")).code(),
              ErrorCode::Usage);
    EXPECT_EQ(app::parseColumnMap(app::InterchangeTable::Members, QStringLiteral("Tên ho_ten")).code(),
              ErrorCode::Usage);
    EXPECT_EQ(*db().connection().queryInt("SELECT count(*) FROM members"), 0);
}

TEST_F(SpreadsheetImportTest, PreviewMarksEveryInvalidCellAndDuplicateAndWritesNothing)
{
    seedRegister();
    const QString path = m_dir.file(QStringLiteral("bad.xlsx"));
    writeXlsx(path, kSheet);
    const QMap<QString, QByteArray> before = tableChecksums(db());

    auto preview = app::ImportService(*m_session).preview(app::InterchangeTable::Members, path);
    ASSERT_TRUE(preview.ok()) << preview.error().toString().toStdString();
    EXPECT_EQ(preview->header, kSheet.first());
    EXPECT_EQ(preview->fields, kSheet.first()); // the interchange headers feed themselves
    EXPECT_TRUE(preview->missingRequired.isEmpty());
    ASSERT_EQ(preview->rows.size(), 7);
    EXPECT_EQ(preview->lines, (QList<int>{2, 3, 4, 5, 6, 7, 8}));
    EXPECT_EQ(preview->rows.at(2).at(0), QStringLiteral("Trần Thị Bình"));
    QStringList marks;
    for (const app::ImportCellMark& m : preview->marks) {
        marks << QStringLiteral("%1,%2").arg(m.row).arg(m.column);
        EXPECT_FALSE(m.reason.isEmpty());
    }
    // (row, column) into the sheet as shown: the name of row 1, the date of birth of row 2...
    EXPECT_EQ(marks, (QStringList{"1,0", "2,2", "4,3", "5,4", "6,5"}));
    ASSERT_EQ(preview->report.duplicates.size(), 2);
    const app::ImportDuplicate& inFile = preview->report.duplicates.at(0);
    EXPECT_EQ(inFile.line, 6);
    EXPECT_EQ(inFile.value, QStringLiteral("001085000100"));
    EXPECT_EQ(inFile.firstLine, 2);
    EXPECT_EQ(inFile.memberId, 0);
    const app::ImportDuplicate& inRegister = preview->report.duplicates.at(1);
    EXPECT_EQ(inRegister.line, 7);
    EXPECT_EQ(inRegister.column, QStringLiteral("so_the_dang_vien"));
    EXPECT_EQ(inRegister.firstLine, 0);
    EXPECT_NE(inRegister.memberId, 0);
    EXPECT_EQ(inRegister.memberName, QStringLiteral("Nguyễn Văn Đức"));
    EXPECT_EQ(preview->report.imported, 0);
    EXPECT_TRUE(preview->report.dryRun);
    EXPECT_EQ(tableChecksums(db()), before);

    // A sheet whose headers differ: the preview says which required fields no column feeds.
    const QString clerk = m_dir.file(QStringLiteral("clerk.csv"));
    QFile f(clerk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("STT;Họ và tên;Ngày sinh\n1;Lê Văn An;12/04/1985\n");
    f.close();
    auto unmapped = app::ImportService(*m_session).preview(app::InterchangeTable::Members, clerk);
    ASSERT_TRUE(unmapped.ok());
    EXPECT_EQ(unmapped->missingRequired, QStringList{QStringLiteral("ho_ten")});
    EXPECT_EQ(unmapped->fields, (QStringList{QString(), QString(), QStringLiteral("ngay_sinh")}));
    app::ImportOptions mapped;
    mapped.columnMap = app::suggestColumnMap(app::InterchangeTable::Members, unmapped->header);
    auto ready = app::ImportService(*m_session).preview(app::InterchangeTable::Members, clerk, mapped);
    ASSERT_TRUE(ready.ok());
    EXPECT_TRUE(ready->missingRequired.isEmpty());
    EXPECT_TRUE(ready->marks.isEmpty());
    EXPECT_EQ(ready->report.valid, 1);
}
