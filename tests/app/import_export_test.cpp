// CSV import and export of the interchange format: every kind of problem with its line and column, the
// database untouched by a bad file, --skip-invalid with the rejects file, duplicates, header aliases,
// and an export that re-imports into an empty database as the same records.
#include "app/export_service.h"
#include "app/import_service.h"
#include "app/register_service.h"
#include "reports/csv_reader.h"
#include "storage/member_repository.h"
#include "storage/posting_repository.h"
#include "support/test_support.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QDate kToday(2026, 3, 2);

QByteArray csv(const QStringList& lines)
{
    // A spreadsheet's CSV: BOM, CRLF.
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QStringList where(const app::ImportReport& report)
{
    QStringList out;
    for (const app::ImportProblem& p : report.problems)
        out.append(QStringLiteral("%1:%2").arg(p.line).arg(p.column));
    return out;
}

// Readable failure messages: gtest prints QStrings as raw UTF-16 otherwise.
std::string describe(const app::ImportReport& report)
{
    QStringList out;
    for (const app::ImportProblem& p : report.problems)
        out.append(QStringLiteral("%1:%2 %3").arg(p.line).arg(p.column, p.reason));
    return out.join(QLatin1Char('\n')).toStdString();
}

class ImportExportTest : public ::testing::Test
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

    void seedUnitsAndOneMember()
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
        cell.name = QStringLiteral("Chi bộ lưu học sinh Tokyo");
        cell.overseas = true;
        cell.cellType = CellType::Student;
        cell.countryCode = QStringLiteral("JP");
        cell.city = QStringLiteral("Tokyo");
        ASSERT_TRUE(m_service->addUnit(cell).ok());
        Member m;
        m.fullName = QStringLiteral("Nguyễn Văn Đức");
        m.gender = Gender::Male;
        m.dateOfBirth = QDate(1985, 4, 12);
        m.partyCardNumber = QStringLiteral("10000001");
        m.citizenId = QStringLiteral("001085000001");
        m.admissionDate = QDate(2010, 5, 19);
        m.fullMembershipDate = QDate(2011, 5, 19);
        ASSERT_TRUE(m_service->addMember(m).ok());
    }

    app::ImportReport import(app::InterchangeTable table, const QByteArray& bytes,
                             const app::ImportOptions& options = {})
    {
        auto report =
            app::ImportService(*m_session).importBytes(table, bytes, options, QStringLiteral("test.csv"));
        EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().toString().toStdString());
        return report.ok() ? *report : app::ImportReport{};
    }

    qint64 count(const char* sql) { return *m_session->database().connection().queryInt(sql); }

    TempDir m_dir;
    FixedClock m_clock{QDateTime(kToday, QTime(8, 0), Qt::UTC)};
    std::unique_ptr<app::Session> m_session;
    std::unique_ptr<app::RegisterService> m_service;
};

const QStringList kBadMembers = {
    QStringLiteral(
        "ho_ten,gioi_tinh,ngay_sinh,so_cccd,so_the_dang_vien,ngay_vao_dang,ngay_chinh_thuc,don_vi_sinh_hoat,email,STT"),
    QStringLiteral(
        "Lê Văn An,Nam,12/04/1985,001085000100,10000100,19/05/2010,19/05/2011,CB-A,an@example.org,1"),
    QStringLiteral(",Nữ,01/01/1990,,,,,,,2"),
    QStringLiteral("Trần Thị Bình,Nữ,31/02/1990,,,,,,,3"),
    QStringLiteral("Phạm Văn Cường,Nam,01/01/2030,,,,,,,4"),
    QStringLiteral("Hoàng Văn Dũng,Nam,2000-01-01,,,01/06/2016,,,,5"),
    QStringLiteral("Vũ Thị Hoa,Nữ,01/01/1980,,,01/06/2010,01/06/2009,,,6"),
    QStringLiteral("Đỗ Văn Em,Nam,01/01/1980,,1000 0001,,,,,7"),
    QStringLiteral("Ngô Thị Gấm,Nữ,01/01/1980,001085000100,,,,,,8"),
    QStringLiteral("Dương Văn Hải,Nam,01/01/1980,,,,,CB-ZZZ,,9"),
    QStringLiteral("Lý Thị Kim,Robot,01/01/1980,,,,,,,10"),
};

} // namespace

TEST_F(ImportExportTest, AFileWithProblemsListsEveryOneAndLeavesTheDatabaseByteForByteUnchanged)
{
    seedUnitsAndOneMember();
    const QString path = m_session->database().path();
    const QByteArray before = sha256OfFile(path);
    const qint64 auditBefore = count("SELECT count(*) FROM audit_log");

    const app::ImportReport report = import(app::InterchangeTable::Members, csv(kBadMembers));
    EXPECT_FALSE(report.complete());
    EXPECT_EQ(report.rows, 10);
    EXPECT_EQ(report.valid, 1);
    EXPECT_EQ(report.rejected, 9);
    EXPECT_EQ(report.imported, 0);
    EXPECT_EQ(report.ignoredColumns, QStringList{QStringLiteral("STT")});
    EXPECT_EQ(where(report),
              (QStringList{"3:ho_ten", "4:ngay_sinh", "5:ngay_sinh", "6:ngay_vao_dang", "7:ngay_chinh_thuc",
                           "8:so_the_dang_vien", "9:so_cccd", "10:don_vi_sinh_hoat", "11:gioi_tinh"}));
    const auto reason = [&](int i) { return report.problems.at(i).reason; };
    EXPECT_TRUE(reason(1).contains(QStringLiteral("31/02/1990")));
    EXPECT_TRUE(reason(2).contains(QStringLiteral("future")));
    EXPECT_TRUE(reason(3).contains(QStringLiteral("18th birthday")));
    EXPECT_TRUE(reason(4).contains(QStringLiteral("before admission")));
    EXPECT_TRUE(reason(5).contains(QStringLiteral("Nguyễn Văn Đức"))); // whose number it already is
    EXPECT_TRUE(reason(6).contains(QStringLiteral("line 2")));
    EXPECT_TRUE(reason(7).contains(QStringLiteral("CB-ZZZ")));

    EXPECT_EQ(sha256OfFile(path), before);
    EXPECT_EQ(count("SELECT count(*) FROM members"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log"), auditBefore);
}

TEST_F(ImportExportTest, SkipInvalidImportsTheValidRowsAndWritesTheRejectsWithReasons)
{
    seedUnitsAndOneMember();
    app::ImportOptions options;
    options.skipInvalid = true;
    options.rejectsPath = m_dir.file(QStringLiteral("rejects.csv"));
    const app::ImportReport report = import(app::InterchangeTable::Members, csv(kBadMembers), options);
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(report.rejected, 9);
    EXPECT_EQ(report.rejectsPath, options.rejectsPath);
    auto added = MemberRepository(m_session->database()).findByPartyCard(QStringLiteral("10000100"));
    ASSERT_TRUE(added.ok() && added->has_value());
    EXPECT_EQ((*added)->fullName, QStringLiteral("Lê Văn An"));
    EXPECT_EQ((*added)->dateOfBirth, QDate(1985, 4, 12));
    EXPECT_EQ(count("SELECT count(*) FROM members"), 2);

    auto rejects = reports::CsvReader::readFile(options.rejectsPath);
    ASSERT_TRUE(rejects.ok());
    ASSERT_EQ(rejects->records.size(), 10); // header + 9 rows
    EXPECT_EQ(rejects->records[0].fields.last(), QStringLiteral("ly_do_loi"));
    EXPECT_EQ(rejects->records[1].fields.first(), QString()); // line 3, name missing
    EXPECT_TRUE(rejects->records[1].fields.last().startsWith(QStringLiteral("line 3")));
    EXPECT_EQ(rejects->records[2].fields.first(), QStringLiteral("Trần Thị Bình"));
    EXPECT_TRUE(rejects->records[2].fields.last().contains(QStringLiteral("ngay_sinh")));

    // The import was audited: the member and the import itself.
    AuditFilter filter;
    filter.entity = QStringLiteral("import");
    auto entries = m_session->database().auditLog().query(filter);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().action, QStringLiteral("import:members"));
    EXPECT_TRUE(m_session->database().auditLog().verify()->intact);
}

TEST_F(ImportExportTest, DryRunChecksAndWritesNothing)
{
    seedUnitsAndOneMember();
    app::ImportOptions options;
    options.dryRun = true;
    const app::ImportReport report = import(
        app::InterchangeTable::Members,
        csv({QStringLiteral("ho_ten,so_the_dang_vien"), QStringLiteral("Lê Văn An,10000100")}), options);
    EXPECT_TRUE(report.complete());
    EXPECT_EQ(report.valid, 1);
    EXPECT_EQ(report.imported, 0);
    EXPECT_EQ(count("SELECT count(*) FROM members"), 1);
}

TEST_F(ImportExportTest, EnglishHeadersSemicolonsAndIsoDatesAreAccepted)
{
    seedUnitsAndOneMember();
    const app::ImportReport report = import(
        app::InterchangeTable::Members,
        csv({QStringLiteral("Full name;Gender;Date of birth;Party card no;Home unit;Notes"),
             QStringLiteral(
                 "Bùi Thị Lan;female;1990-07-08;10000200;Chi bộ Khoa A;\"ghi chú; có dấu chấm phẩy\"")}));
    ASSERT_TRUE(report.complete()) << where(report).join(QLatin1Char(' ')).toStdString();
    auto m = MemberRepository(m_session->database()).findByPartyCard(QStringLiteral("10000200"));
    ASSERT_TRUE(m.ok() && m->has_value());
    EXPECT_EQ((*m)->gender, Gender::Female);
    EXPECT_EQ((*m)->dateOfBirth, QDate(1990, 7, 8));
    EXPECT_EQ((*m)->notes, QStringLiteral("ghi chú; có dấu chấm phẩy"));
    EXPECT_NE((*m)->homeUnitId, 0);
}

TEST_F(ImportExportTest, AMissingRequiredColumnStopsEverything)
{
    const app::ImportReport report =
        import(app::InterchangeTable::Members,
               csv({QStringLiteral("gioi_tinh,ngay_sinh"), QStringLiteral("Nam,01/01/1980")}));
    EXPECT_EQ(where(report), QStringList{QStringLiteral("1:ho_ten")});
    EXPECT_EQ(report.imported, 0);
    app::ImportOptions skip;
    skip.skipInvalid = true;
    EXPECT_EQ(import(app::InterchangeTable::Members,
                     csv({QStringLiteral("gioi_tinh"), QStringLiteral("Nam")}), skip)
                  .imported,
              0);
}

TEST_F(ImportExportTest, PostingProblemsUnknownCodesDatesAndDuplicates)
{
    seedUnitsAndOneMember();
    const QStringList lines = {
        QStringLiteral(
            "so_the_dang_vien,so_cccd,muc_dich,quoc_gia,ngay_di_du_kien,ngay_ve_du_kien,ngay_di,ngay_ve,chi_bo_nuoc_ngoai,cap_quyet_dinh,ngay_quyet_dinh"),
        QStringLiteral(
            "10000001,,du_lich,Thái Lan,01/02/2026,07/02/2026,01/02/2026,07/02/2026,,DU-T,20/01/2026"), // 2
                                                                                                        // valid
        QStringLiteral("10000001,,di_choi,TH,01/03/2025,05/03/2025,,,,,"),        // 3 purpose
        QStringLiteral("10000001,,cong_tac,Atlantis,01/04/2025,05/04/2025,,,,,"), // 4 country
        QStringLiteral(
            "10000001,,cong_tac,FR,01/05/2025,10/05/2025,10/05/2025,01/05/2025,,DU-T,20/04/2025"), // 5 return
                                                                                                   // before
                                                                                                   // departure
        QStringLiteral(
            "10000001,,hoc_tap,KR,01/09/2025,01/09/2027,01/09/2025,,CB-JP-LHS,DU-T,01/08/2025"), // 6 cell
                                                                                                 // elsewhere
        QStringLiteral(
            "10000001,,hoc_tap,JP,01/09/2023,01/09/2024,01/09/2023,01/09/2024,CB-XX,DU-T,01/08/2023"), // 7
                                                                                                       // unknown
                                                                                                       // cell
        QStringLiteral("99999999,,cong_tac,FR,01/06/2025,05/06/2025,,,,,"), // 8 no such member
        QStringLiteral(
            "10000001,,du_lich,TH,01/02/2026,07/02/2026,01/02/2026,07/02/2026,,DU-T,20/01/2026"), // 9 same
                                                                                                  // trip as 2
        QStringLiteral(",,cong_tac,FR,01/06/2025,05/06/2025,,,,,"), // 10 no member
        QStringLiteral(
            "10000001,,cong_tac,DE,01/10/2025,05/10/2025,01/10/2025,05/10/2025,,Bộ trưởng,"), // 11 approval
                                                                                              // unknown
    };
    const app::ImportReport report = import(app::InterchangeTable::Postings, csv(lines));
    EXPECT_EQ(report.valid, 1) << describe(report);
    EXPECT_EQ(where(report), (QStringList{"3:muc_dich", "4:quoc_gia", "5:ngay_ve", "6:chi_bo_nuoc_ngoai",
                                          "7:chi_bo_nuoc_ngoai", "8:so_the_dang_vien", "9:",
                                          "10:so_the_dang_vien", "11:ngay_quyet_dinh", "11:cap_quyet_dinh"}))
        << describe(report);
    EXPECT_EQ(count("SELECT count(*) FROM postings"), 0);

    app::ImportOptions skip;
    skip.skipInvalid = true;
    const app::ImportReport partial = import(app::InterchangeTable::Postings, csv(lines), skip);
    ASSERT_EQ(partial.imported, 1);
    auto postings = PostingRepository(m_session->database()).listForMember(1);
    ASSERT_EQ(postings->size(), 1);
    const Posting& p = postings->first();
    EXPECT_EQ(p.status, PostingStatus::Returned);
    EXPECT_EQ(p.countryCodes, QStringList{QStringLiteral("TH")});
    EXPECT_EQ(p.purpose, PostingPurpose::Tourism);
    EXPECT_NE(p.approvingCommitteeId, 0);
    // Importing the same file again finds the trip already there.
    const app::ImportReport again = import(app::InterchangeTable::Postings, csv(lines.mid(0, 2)));
    EXPECT_EQ(where(again), QStringList{QStringLiteral("2:")});
}

TEST_F(ImportExportTest, CellsWithParentsLaterInTheFileAndVietnameseCountryNames)
{
    const app::ImportReport report =
        import(app::InterchangeTable::Cells,
               csv({QStringLiteral("ma_chi_bo,ten,loai,quoc_gia,thanh_pho,dang_bo_cap_tren,cap_to_chuc"),
                    QStringLiteral("CB-LA-CG,Chi bộ chuyên gia Viêng Chăn,chuyen_gia,Lào,Viêng Chăn,DB-LA,"),
                    QStringLiteral("DB-LA,Đảng bộ ngoài nước tại Lào,,LA,,,dang_bo"),
                    QStringLiteral("CB-RU-LHS,Chi bộ lưu học sinh Mát-xcơ-va,luu_hoc_sinh,Nga,Mát-xcơ-va,,"),
                    QStringLiteral("CB-X,Chi bộ X,ngoai_hanh_tinh,LA,,,")}));
    EXPECT_EQ(where(report), QStringList{QStringLiteral("5:loai")}) << describe(report);
    app::ImportOptions skip;
    skip.skipInvalid = true;
    const app::ImportReport done =
        import(app::InterchangeTable::Cells,
               csv({QStringLiteral("ma_chi_bo,ten,loai,quoc_gia,thanh_pho,dang_bo_cap_tren,cap_to_chuc"),
                    QStringLiteral("CB-LA-CG,Chi bộ chuyên gia Viêng Chăn,chuyen_gia,Lào,Viêng Chăn,DB-LA,"),
                    QStringLiteral("DB-LA,Đảng bộ ngoài nước tại Lào,,LA,,,dang_bo")}),
               skip);
    EXPECT_EQ(done.imported, 2);
    auto cell = m_service->findUnit(QStringLiteral("CB-LA-CG"));
    ASSERT_TRUE(cell.ok());
    EXPECT_EQ(cell->cellType, CellType::Expert);
    EXPECT_EQ(cell->countryCode, QStringLiteral("LA"));
    EXPECT_TRUE(cell->isOverseasCell());
    EXPECT_EQ(m_service->unit(cell->parentId)->code, QStringLiteral("DB-LA"));
    EXPECT_EQ(m_service->findUnit(QStringLiteral("DB-LA"))->kind, UnitKind::Committee);
}

TEST_F(ImportExportTest, AnExportReImportedIntoAnEmptyDatabaseGivesTheSameRecords)
{
    seedUnitsAndOneMember();
    Member probationary;
    probationary.fullName = QStringLiteral("Trần Thị Ánh");
    probationary.gender = Gender::Female;
    probationary.dateOfBirth = QDate(1998, 2, 3);
    probationary.citizenId = QStringLiteral("001198000222");
    probationary.admissionDate = QDate(2025, 8, 1);
    probationary.homeUnitId = m_service->findUnit(QStringLiteral("CB-A"))->id;
    probationary.notes = QStringLiteral("dòng 1\ndòng 2, có \"ngoặc\"");
    auto addedProbationary = m_service->addMember(probationary);
    ASSERT_TRUE(addedProbationary.ok()) << addedProbationary.error().toString().toStdString();
    probationary = *addedProbationary;
    const qint64 committee = m_service->findUnit(QStringLiteral("DU-T"))->id;
    const auto trip = [&](const Member& who, PostingPurpose purpose, const QString& country, QDate from,
                          QDate to) {
        Posting p;
        p.memberId = who.id;
        p.purpose = purpose;
        p.countryCodes = {country};
        p.plannedDeparture = from;
        p.plannedReturn = to;
        p.city = QStringLiteral("Thành phố");
        p.decisionNumber = QStringLiteral("12/QĐ");
        p.decisionDate = std::min(from.addDays(-20), kToday);
        p.approvingCommitteeId = committee;
        auto created = m_service->createPosting(p);
        EXPECT_TRUE(created.ok()) << created.error().toString().toStdString();
        return created.ok() ? *created : Posting{};
    };
    const Member duc = *m_service->findMember(QStringLiteral("10000001"));
    Posting study =
        trip(duc, PostingPurpose::Study, QStringLiteral("JP"), QDate(2024, 9, 1), QDate(2026, 9, 1));
    TransitionInput in;
    in.date = QDate(2024, 8, 20);
    ASSERT_TRUE(m_service->applyTransition(study.id, PostingTransition::Approve, in).ok());
    in.date = QDate(2024, 9, 1);
    ASSERT_TRUE(m_service->applyTransition(study.id, PostingTransition::Depart, in).ok());
    in.date = QDate(2024, 9, 10);
    in.cell = *m_service->findUnit(QStringLiteral("CB-JP-LHS"));
    ASSERT_TRUE(m_service->applyTransition(study.id, PostingTransition::JoinCell, in).ok());
    trip(probationary, PostingPurpose::FamilyVisit, QStringLiteral("US"), QDate(2026, 6, 1),
         QDate(2026, 6, 20));

    const auto exportAll = [&](const QString& suffix) {
        QList<QByteArray> files;
        for (app::InterchangeTable t : {app::InterchangeTable::Cells, app::InterchangeTable::Members,
                                        app::InterchangeTable::Postings}) {
            const QString file = m_dir.file(app::interchangeTableName(t) + suffix + QStringLiteral(".csv"));
            auto rows = app::ExportService(*m_session).exportFile(t, file);
            EXPECT_TRUE(rows.ok());
            files.append(readAll(file));
        }
        return files;
    };
    const QList<QByteArray> first = exportAll(QStringLiteral("-1"));
    EXPECT_TRUE(first[0].startsWith("\xEF\xBB\xBF"
                                    "ma_chi_bo,ten,loai,quoc_gia"));
    EXPECT_TRUE(first[1].contains("Trần Thị Ánh,Nữ,03/02/1998"));

    open(QStringLiteral("b.orec"));
    for (int i = 0; i < 3; ++i) {
        const auto table = std::array{app::InterchangeTable::Cells, app::InterchangeTable::Members,
                                      app::InterchangeTable::Postings}[static_cast<std::size_t>(i)];
        const app::ImportReport report = import(table, first[i]);
        EXPECT_TRUE(report.complete())
            << where(report).join(QLatin1Char(' ')).toStdString() << " "
            << (report.problems.isEmpty() ? "" : report.problems.first().reason.toStdString());
    }
    const QList<QByteArray> second = exportAll(QStringLiteral("-2"));
    for (int i = 0; i < 3; ++i) // as text, so a difference prints readably
        EXPECT_EQ(second[i].toStdString(), first[i].toStdString());
    EXPECT_EQ(count("SELECT count(*) FROM postings"), 2);
    auto reimported = m_service->findMember(QStringLiteral("001198000222"));
    ASSERT_TRUE(reimported.ok());
    EXPECT_EQ(reimported->notes, probationary.notes);
    EXPECT_TRUE(reimported->isProbationary());
}

TEST_F(ImportExportTest, ACellsSecretaryNotYetInTheRegisterIsAWarningNotAProblem)
{
    seedUnitsAndOneMember();
    const app::ImportReport report =
        import(app::InterchangeTable::Cells,
               csv({QStringLiteral("ma_chi_bo,ten,loai,quoc_gia,bi_thu"),
                    QStringLiteral("CB-KR-LD,Chi bộ lao động Seoul,lao_dong,KR,10000001"),
                    QStringLiteral("CB-TW-LD,Chi bộ lao động Đài Bắc,lao_dong,TW,77777777")}));
    EXPECT_TRUE(report.complete()) << describe(report);
    EXPECT_EQ(report.imported, 2);
    ASSERT_EQ(report.warnings.size(), 1);
    EXPECT_EQ(report.warnings.first().line, 3);
    EXPECT_EQ(report.warnings.first().column, QStringLiteral("bi_thu"));
    EXPECT_EQ(m_service->findUnit(QStringLiteral("CB-KR-LD"))->secretaryMemberId,
              m_service->findMember(QStringLiteral("10000001"))->id);
    EXPECT_EQ(m_service->findUnit(QStringLiteral("CB-TW-LD"))->secretaryMemberId, 0);
    EXPECT_EQ(count("SELECT count(*) FROM pending_secretaries"), 1);

    // The secretary waits for a member with that card, and an export still names them.
    auto exported = app::ExportService(*m_session).table(app::InterchangeTable::Cells);
    ASSERT_TRUE(exported.ok());
    bool named = false;
    for (const QStringList& row : *exported)
        named =
            named || (row.contains(QStringLiteral("CB-TW-LD")) && row.contains(QStringLiteral("77777777")));
    EXPECT_TRUE(named);

    // The member arrives: the cell gets its secretary, audited, and the wait is over.
    const app::ImportReport members = import(
        app::InterchangeTable::Members,
        csv({QStringLiteral("ho_ten,gioi_tinh,ngay_sinh,so_the_dang_vien,ngay_vao_dang,don_vi_sinh_hoat"),
             QStringLiteral("Phạm Văn Tú,Nam,02/03/1990,77777777,05/06/2015,CB-A")}));
    EXPECT_TRUE(members.complete()) << describe(members);
    EXPECT_EQ(members.secretariesSet, 1);
    EXPECT_EQ(m_service->findUnit(QStringLiteral("CB-TW-LD"))->secretaryMemberId,
              m_service->findMember(QStringLiteral("77777777"))->id);
    EXPECT_EQ(count("SELECT count(*) FROM pending_secretaries"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE entity = 'pending_secretary'"), 2);
    EXPECT_GE(count("SELECT count(*) FROM audit_log WHERE entity = 'party_unit' AND action = 'update'"), 1);
}

TEST_F(ImportExportTest, AUnitUnderARejectedParentOfTheFileIsRejectedAlreadyInTheCheck)
{
    seedUnitsAndOneMember();
    const QByteArray file = csv({QStringLiteral("ma_chi_bo,ten,loai,quoc_gia,dang_bo_cap_tren,cap_to_chuc"),
                                 QStringLiteral("DB-XX,Đảng bộ lỗi,,ZZ,,dang_bo"),
                                 QStringLiteral("CB-XX-1,Chi bộ con,lao_dong,KR,DB-XX,chi_bo"),
                                 QStringLiteral("CB-XX-2,Chi bộ cháu,lao_dong,KR,CB-XX-1,chi_bo"),
                                 QStringLiteral("CB-KR-2,Chi bộ độc lập,lao_dong,KR,,chi_bo")});
    app::ImportOptions dry;
    dry.dryRun = true;
    dry.skipInvalid = true;
    const app::ImportReport checked = import(app::InterchangeTable::Cells, file, dry);
    EXPECT_EQ(where(checked), (QStringList{QStringLiteral("2:quoc_gia"), QStringLiteral("3:dang_bo_cap_tren"),
                                           QStringLiteral("4:dang_bo_cap_tren")}))
        << describe(checked);
    EXPECT_EQ(checked.valid, 1);
    EXPECT_EQ(checked.problems.at(1).reason,
              QStringLiteral("The parent unit, on line 2 of the file, has problems and is not imported."));
    app::ImportOptions valid;
    valid.skipInvalid = true;
    const app::ImportReport imported = import(app::InterchangeTable::Cells, file, valid);
    // What the check counted is what the import did.
    EXPECT_EQ(imported.imported, checked.valid);
    EXPECT_EQ(imported.rejected, checked.rejected);
    EXPECT_EQ(where(imported), where(checked));
}

TEST_F(ImportExportTest, AWaitingSecretaryIsAlsoSetWhenTheMemberIsAddedByHand)
{
    seedUnitsAndOneMember();
    const app::ImportReport cells =
        import(app::InterchangeTable::Cells,
               csv({QStringLiteral("ma_chi_bo,ten,loai,quoc_gia,bi_thu"),
                    QStringLiteral("CB-TW-LD,Chi bộ lao động Đài Bắc,lao_dong,TW,77777777")}));
    ASSERT_TRUE(cells.complete()) << describe(cells);
    EXPECT_EQ(count("SELECT count(*) FROM pending_secretaries"), 1);
    Member tu;
    tu.fullName = QStringLiteral("Phạm Văn Tú");
    tu.dateOfBirth = QDate(1990, 3, 2);
    tu.partyCardNumber = QStringLiteral("77777777");
    tu.admissionDate = QDate(2015, 6, 5);
    tu.fullMembershipDate = QDate(2016, 6, 5);
    auto added = m_service->addMember(tu);
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    EXPECT_EQ(m_service->findUnit(QStringLiteral("CB-TW-LD"))->secretaryMemberId, added->id);
    EXPECT_EQ(count("SELECT count(*) FROM pending_secretaries"), 0);
}
