// Every problem DOMAIN.md lists for the interchange import, table by table (members, cells, postings): one
// file per table with valid rows and one invalid row per problem kind. All or nothing: the exact list of
// (line, column, reason) and every table of the database unchanged, by checksum. Skip-invalid: exactly the
// valid rows imported, by identity, and the rejects file holding exactly the invalid rows with their reasons.
// The reasons are compared in full, in the program's source language (the app suite installs no translator).
#include "app/import_service.h"
#include "app/register_service.h"
#include "reports/csv_reader.h"
#include "storage/posting_repository.h"
#include "support/register_fixture.h"

#include <QMap>
#include <QSet>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace orec;
using namespace orec::test;

namespace {

// A spreadsheet's CSV: BOM, CRLF.
QByteArray csv(const QStringList& lines)
{
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

struct Expected
{
    int line;
    QString column;
    QString reason;
};

std::string show(int line, const QString& column, const QString& reason)
{
    return QStringLiteral("%1 | %2 | %3").arg(line).arg(column, reason).toStdString();
}

std::vector<std::string> shown(const QList<app::ImportProblem>& problems)
{
    std::vector<std::string> out;
    for (const app::ImportProblem& p : problems)
        out.push_back(show(p.line, p.column, p.reason));
    return out;
}

std::vector<std::string> shown(const QList<Expected>& expected)
{
    std::vector<std::string> out;
    for (const Expected& e : expected)
        out.push_back(show(e.line, e.column, e.reason));
    return out;
}

// What the rejects file holds for one row: the row as written, its line, and its reasons.
QStringList rejectedRow(const QString& written, int columns, int line, const QList<Expected>& expected)
{
    QStringList fields = written.split(QLatin1Char(','));
    while (fields.size() < columns)
        fields.append(QString());
    QStringList reasons;
    for (const Expected& e : expected) {
        if (e.line == line)
            reasons.append(e.column.isEmpty() ? e.reason : e.column + QStringLiteral(": ") + e.reason);
    }
    fields.append(QString::number(line));
    fields.append(QStringLiteral("line %1 - ").arg(line) + reasons.join(QStringLiteral(" | ")));
    return fields;
}

class ImportProblemsTest : public RegisterFixture
{
protected:
    void SetUp() override
    {
        RegisterFixture::SetUp();
        ASSERT_NE(addCell(QStringLiteral("CB-JP-LHS"), QStringLiteral("Chi bộ lưu học sinh Tokyo"),
                          CellType::Student, QStringLiteral("JP"), QStringLiteral("Tokyo"))
                      .id,
                  0);

        m_duc = addMember(QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("10000001"),
                          QStringLiteral("001085000001"));
        m_hung = addMember(QStringLiteral("Trần Văn Hùng"), QStringLiteral("10000002"),
                           QStringLiteral("001080000002"));

        // Đức's trip to Thailand in February, already in the register.
        Posting trip;
        trip.memberId = m_duc.id;
        trip.purpose = PostingPurpose::Tourism;
        trip.countryCodes = {QStringLiteral("TH")};
        trip.plannedDeparture = QDate(2026, 2, 1);
        trip.plannedReturn = QDate(2026, 2, 7);
        trip.approvingCommitteeId = m_committee.id;
        auto created2 = m_service->createPosting(trip);
        ASSERT_TRUE(created2.ok()) << created2.error().toString().toStdString();
        m_thailand = *created2;
        for (const auto& [t, day] : {std::pair{PostingTransition::Approve, QDate(2026, 1, 20)},
                                     std::pair{PostingTransition::Depart, QDate(2026, 2, 1)},
                                     std::pair{PostingTransition::ReturnHome, QDate(2026, 2, 7)}}) {
            TransitionInput in;
            in.date = day;
            auto stepped = m_service->applyTransition(m_thailand.id, t, in);
            ASSERT_TRUE(stepped.ok()) << stepped.error().toString().toStdString();
        }
    }

    Member addMember(const QString& name, const QString& card, const QString& citizenId)
    {
        Member m = draftMember(name, card);
        m.gender = Gender::Male;
        m.citizenId = citizenId;
        return add(m);
    }

    Database& db() { return m_session->database(); }

    app::ImportReport import(app::InterchangeTable table, const QStringList& lines,
                             const app::ImportOptions& options = {})
    {
        auto report = app::ImportService(*m_session)
                          .importBytes(table, csv(lines), options, QStringLiteral("test.csv"));
        EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().toString().toStdString());
        return report.ok() ? *report : app::ImportReport{};
    }

    // One text column of a query, in order.
    QStringList texts(const char* sql)
    {
        QStringList out;
        auto stmt = db().connection().prepare(sql);
        EXPECT_TRUE(stmt.ok());
        if (!stmt)
            return out;
        for (;;) {
            auto row = stmt->step();
            if (!row || !*row)
                break;
            out << stmt->text(0);
        }
        return out;
    }

    // All or nothing: every problem, exactly, and not one row of any table changed.
    void expectRefusedWhole(app::InterchangeTable table, const QStringList& lines,
                            const QList<Expected>& expected)
    {
        const QMap<QString, QByteArray> before = tableChecksums(db());
        const app::ImportReport report = import(table, lines);
        EXPECT_EQ(shown(report.problems), shown(expected));
        EXPECT_FALSE(report.complete());
        EXPECT_EQ(report.imported, 0);
        QSet<int> bad;
        for (const Expected& e : expected)
            bad.insert(e.line);
        EXPECT_EQ(report.rows, lines.size() - 1);
        EXPECT_EQ(report.rejected, bad.size());
        EXPECT_EQ(report.valid, report.rows - report.rejected);
        // Each problem with a column points at that column of the file.
        const QStringList header = lines.first().split(QLatin1Char(','));
        for (const app::ImportProblem& p : report.problems)
            EXPECT_EQ(p.sourceColumn, p.column.isEmpty() ? -1 : static_cast<int>(header.indexOf(p.column)))
                << show(p.line, p.column, p.reason);
        EXPECT_EQ(tableChecksums(db()), before);
    }

    // Skip-invalid: the valid rows go in, the others are written to the rejects file with their reasons.
    // Returns the tables whose rows changed, by name in order.
    std::string importValidRows(app::InterchangeTable table, const QStringList& lines,
                                const QList<Expected>& expected)
    {
        const QMap<QString, QByteArray> before = tableChecksums(db());
        app::ImportOptions options;
        options.skipInvalid = true;
        options.rejectsPath =
            m_dir.file(QStringLiteral("rejects-%1.csv").arg(app::interchangeTableName(table)));
        const app::ImportReport report = import(table, lines, options);
        EXPECT_EQ(shown(report.problems), shown(expected));
        QSet<int> bad;
        for (const Expected& e : expected)
            bad.insert(e.line);
        EXPECT_EQ(report.imported, lines.size() - 1 - bad.size());
        EXPECT_EQ(report.rejected, bad.size());
        EXPECT_EQ(report.rejectsPath, options.rejectsPath);

        const QStringList header = lines.first().split(QLatin1Char(','));
        QList<QStringList> wanted{header + QStringList{QStringLiteral("dong"), QStringLiteral("ly_do_loi")}};
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const int line = static_cast<int>(i) + 1;
            if (bad.contains(line))
                wanted.append(rejectedRow(lines[i], static_cast<int>(header.size()), line, expected));
        }
        auto rejects = reports::CsvReader::readFile(options.rejectsPath);
        EXPECT_TRUE(rejects.ok());
        QList<QStringList> written;
        if (rejects.ok()) {
            for (const reports::CsvRecord& r : rejects->records)
                written.append(r.fields);
        }
        EXPECT_EQ(written.size(), wanted.size());
        for (qsizetype i = 0; i < std::min(written.size(), wanted.size()); ++i)
            EXPECT_EQ(written[i].join(QLatin1Char('\n')).toStdString(),
                      wanted[i].join(QLatin1Char('\n')).toStdString())
                << "rejects row " << i;

        // The tables written: the table itself, the audit log and, for members, the search index
        // (its full-text tables counted as one); no other table of the register.
        const QMap<QString, QByteArray> after = tableChecksums(db());
        QStringList changed;
        for (auto it = after.begin(); it != after.end(); ++it) {
            const QString name = it.key().startsWith(QLatin1String("member_search"))
                                     ? QStringLiteral("member_search")
                                     : it.key();
            if (before.value(it.key()) != it.value() && !changed.contains(name))
                changed.append(name);
        }
        return changed.join(QLatin1Char(' ')).toStdString();
    }

    Member m_duc;
    Member m_hung;
    Posting m_thailand;
};

// ---- members ------------------------------------------------------------------------------------

const QStringList kMembers = {
    QStringLiteral(
        "ho_ten,gioi_tinh,ngay_sinh,so_cccd,so_the_dang_vien,ngay_vao_dang,ngay_chinh_thuc,don_vi_sinh_hoat"),
    QStringLiteral("Lê Văn An,Nam,12/04/1985,001085000100,10000100,19/05/2010,19/05/2011,CB-A"), // 2 valid
    QStringLiteral(",Nữ,01/01/1990,,,,,"),                                       // 3 name empty
    QStringLiteral("Trần Thị Bình,Nữ,31/02/1990,,,,,"),                          // 4 no such day
    QStringLiteral("Phạm Văn Cường,Nam,01/01/2030,,,,,"),                        // 5 born in the future
    QStringLiteral("Hoàng Thị Dung,Nữ,01/01/1980,,,01/06/2026,,"),               // 6 admitted in the future
    QStringLiteral("Đinh Văn Giang,Nam,01/01/1980,,,01/06/2025,01/06/2026,"),    // 7 full in the future
    QStringLiteral("Hoàng Văn Dũng,Nam,01/01/2000,,,01/06/2016,,"),              // 8 admitted at 16
    QStringLiteral("Vũ Thị Hoa,Nữ,01/01/1980,,,01/06/2010,01/06/2009,"),         // 9 full before admission
    QStringLiteral("Đỗ Văn Em,Nam,01/01/1980,,10000100,01/06/2010,01/06/2011,"), // 10 card of line 2
    QStringLiteral("Ngô Văn Phúc,Nam,01/01/1980,,10000001,01/06/2010,01/06/2011,"), // 11 Đức's card
    QStringLiteral("Ngô Thị Gấm,Nữ,01/01/1980,001085000100,,,,"),                   // 12 citizen ID of line 2
    QStringLiteral("Lý Văn Hậu,Nam,01/01/1980,001085000001,,,,"),                   // 13 Đức's citizen ID
    QStringLiteral("Dương Văn Hải,Nam,01/01/1980,,,,,CB-ZZZ"),                      // 14 no such unit
    QStringLiteral(
        "Bùi Thị Lan,Nữ,03/02/1998,001198000222,,01/08/2025,,Chi bộ Khoa A"), // 15 valid, probationary
};

const QList<Expected> kMemberProblems = {
    {3, QStringLiteral("ho_ten"), QStringLiteral("The full name is required.")},
    {4, QStringLiteral("ngay_sinh"), QStringLiteral("31/02/1990 is not a day of the calendar.")},
    {5, QStringLiteral("ngay_sinh"),
     QStringLiteral("The date of birth (01/01/2030) cannot be in the future.")},
    {6, QStringLiteral("ngay_vao_dang"),
     QStringLiteral("The admission date (01/06/2026) cannot be in the future.")},
    {7, QStringLiteral("ngay_chinh_thuc"),
     QStringLiteral("The full-membership date (01/06/2026) cannot be in the future.")},
    {8, QStringLiteral("ngay_vao_dang"),
     QStringLiteral("Admission (01/06/2016) is before the member's 18th birthday (01/01/2018).")},
    {9, QStringLiteral("ngay_chinh_thuc"),
     QStringLiteral("Full membership (01/06/2009) cannot come before admission (01/06/2010).")},
    {10, QStringLiteral("so_the_dang_vien"),
     QStringLiteral("The party card number 10000100 is also on line 2 of the file.")},
    {11, QStringLiteral("so_the_dang_vien"),
     QStringLiteral("The party card number 10000001 already belongs to Nguyễn Văn Đức in the register.")},
    {12, QStringLiteral("so_cccd"),
     QStringLiteral("The citizen ID 001085000100 is also on line 2 of the file.")},
    {13, QStringLiteral("so_cccd"),
     QStringLiteral("The citizen ID 001085000001 already belongs to Nguyễn Văn Đức in the register.")},
    {14, QStringLiteral("don_vi_sinh_hoat"), QStringLiteral("No unit has the code or name \"CB-ZZZ\".")},
};

// ---- cells --------------------------------------------------------------------------------------

const QStringList kCells = {
    QStringLiteral("ma_chi_bo,ten,loai,quoc_gia,thanh_pho,dang_bo_cap_tren,ngay_thanh_lap"),
    QStringLiteral("CB-KR-LD,Chi bộ lao động Seoul,lao_dong,KR,Seoul,DU-T,15/09/2015"), // 2 valid
    QStringLiteral(",Chi bộ không mã,lao_dong,KR,Busan,,"),                             // 3 code empty
    QStringLiteral("CB-DE-LHS,,luu_hoc_sinh,DE,Berlin,,"),                              // 4 name empty
    QStringLiteral(
        "CB-FR-CQ,Chi bộ cơ quan đại diện Paris,co_quan_dai_dien,FR,Paris,,31/02/2020"), // 5 no such day
    QStringLiteral(
        "CB-GB-LHS,Chi bộ lưu học sinh London,luu_hoc_sinh,GB,London,,01/09/2026"), // 6 set up in the future
    QStringLiteral("CB-LA-X,Chi bộ X,ngoai_hanh_tinh,LA,Viêng Chăn,,"),             // 7 no such cell type
    QStringLiteral("CB-ZZ-LD,Chi bộ lao động Atlantis,lao_dong,Atlantis,,,"),       // 8 no such country
    QStringLiteral(
        "CB-RU-CG,Chi bộ chuyên gia Mát-xcơ-va,chuyen_gia,Nga,Mát-xcơ-va,DB-XX,"), // 9 no such parent unit
    QStringLiteral("CB-KR-LD,Chi bộ lao động Busan,lao_dong,KR,Busan,,"),          // 10 code of line 2
    QStringLiteral(
        "CB-JP-LHS,Chi bộ lưu học sinh Tokyo mới,luu_hoc_sinh,JP,Tokyo,,"), // 11 code in the register
    QStringLiteral("CB-AU-TLN,Chi bộ tự lập nghiệp Sydney,tu_lap_nghiep,Úc,Sydney,DU-T,"), // 12 valid
};

const QList<Expected> kCellProblems = {
    {3, QStringLiteral("ma_chi_bo"), QStringLiteral("The unit code is required.")},
    {4, QStringLiteral("ten"), QStringLiteral("The unit name is required.")},
    {5, QStringLiteral("ngay_thanh_lap"), QStringLiteral("31/02/2020 is not a day of the calendar.")},
    {6, QStringLiteral("ngay_thanh_lap"),
     QStringLiteral("The date the unit was set up (01/09/2026) cannot be in the future.")},
    {7, QStringLiteral("loai"),
     QStringLiteral(
         "\"ngoai_hanh_tinh\" is not a cell type (co_quan_dai_dien, phu_nhan_phu_quan, luu_hoc_sinh, lao_dong, "
         "chuyen_gia, tu_lap_nghiep).")},
    {8, QStringLiteral("quoc_gia"), QStringLiteral("\"Atlantis\" is not a country code or name.")},
    {9, QStringLiteral("dang_bo_cap_tren"), QStringLiteral("No unit has the code or name \"DB-XX\".")},
    {10, QStringLiteral("ma_chi_bo"), QStringLiteral("The code CB-KR-LD is also on line 2 of the file.")},
    {11, QStringLiteral("ma_chi_bo"), QStringLiteral("The code CB-JP-LHS is already in the register.")},
};

// ---- postings -----------------------------------------------------------------------------------

// Đức (10000001, 001085000001) has a trip to Thailand from 1 to 7 February 2026 in the register; Hùng
// (10000002, 001080000002) has none. Duplicate party card numbers and citizen IDs do not apply here: they
// name the member, who makes many trips; the same trip twice is the duplicate of this table.
const QStringList kPostings = {
    QStringLiteral(
        "so_the_dang_vien,so_cccd,muc_dich,quoc_gia,thanh_pho,so_quyet_dinh,ngay_quyet_dinh,cap_quyet_dinh,"
        "ngay_di_du_kien,ngay_ve_du_kien,ngay_di,ngay_ve,chi_bo_nuoc_ngoai,hinh_thuc_sinh_hoat"),
    QStringLiteral(
        "10000001,,cong_tac,FR,Paris,15/QĐ,20/04/2025,DU-T,01/05/2025,10/05/2025,01/05/2025,10/05/2025,,"), // 2 valid
    QStringLiteral(",,cong_tac,FR,Paris,,,,01/06/2025,05/06/2025,,,,"),       // 3 no member
    QStringLiteral("10000001,,,DE,Berlin,,,,01/06/2025,05/06/2025,,,,"),      // 4 purpose empty
    QStringLiteral("10000001,,cong_tac,,,,,,01/07/2025,05/07/2025,,,,"),      // 5 country empty
    QStringLiteral("10000001,,du_lich,IT,Roma,,,,31/02/2025,05/03/2025,,,,"), // 6 no such day
    QStringLiteral(
        "10000001,,cong_tac,SG,,20/QĐ,20/02/2026,DU-T,01/04/2026,10/04/2026,01/04/2026,,,"), // 7 left in the
                                                                                             // future
    QStringLiteral(
        "10000001,,cong_tac,KR,Seoul,21/QĐ,10/01/2026,DU-T,15/01/2026,20/01/2026,15/01/2026,20/04/2026,,"), // 8 back in the future
    QStringLiteral(
        "10000001,,cong_tac,CN,,22/QĐ,01/04/2026,DU-T,01/05/2026,10/05/2026,,,,"), // 9 decided in the future
    QStringLiteral(
        "10000001,,cong_tac,US,,23/QĐ,01/08/2025,DU-T,01/09/2025,10/09/2025,10/09/2025,01/09/2025,,"), // 10
                                                                                                       // back
                                                                                                       // before
                                                                                                       // leaving
    QStringLiteral("10000001,,di_choi,TH,,,,,01/03/2025,05/03/2025,,,,"),        // 11 no such purpose
    QStringLiteral("10000001,,cong_tac,Atlantis,,,,,01/04/2025,05/04/2025,,,,"), // 12 no such country
    QStringLiteral(
        "10000001,,hoc_tap,JP,Tokyo,24/QĐ,01/08/2023,DU-T,01/09/2023,01/09/2024,01/09/2023,01/09/2024,CB-XX,tam_thoi"), // 13 no such cell
    QStringLiteral(
        "10000001,,cong_tac,FR,,25/QĐ,01/10/2024,DU-T,01/11/2024,05/11/2024,01/11/2024,05/11/2024,,lam_sao"), // 14 no such arrangement
    QStringLiteral(
        "10000001,,cong_tac,BE,,26/QĐ,01/10/2024,Bộ trưởng,01/12/2024,05/12/2024,01/12/2024,05/12/2024,,"), // 15 no such approving unit
    QStringLiteral("99999999,,cong_tac,FR,,,,,01/06/2025,05/06/2025,,,,"),     // 16 no such card
    QStringLiteral(",001099999999,cong_tac,FR,,,,,01/06/2025,05/06/2025,,,,"), // 17 no such citizen ID
    QStringLiteral(
        "10000001,001080000002,cong_tac,NL,,,,,01/07/2025,05/07/2025,,,,"), // 18 card and ID of two people
    QStringLiteral(
        "10000001,,cong_tac,FR,Paris,15/QĐ,20/04/2025,DU-T,01/05/2025,10/05/2025,01/05/2025,10/05/2025,,"), // 19 the trip of line 2
    QStringLiteral(
        "10000001,,du_lich,TH,,,20/01/2026,DU-T,01/02/2026,07/02/2026,01/02/2026,07/02/2026,,"), // 20 the
                                                                                                 // trip in
                                                                                                 // the
                                                                                                 // register
    QStringLiteral(
        ",001080000002,hoc_tap,JP,Tokyo,30/QĐ,01/08/2025,DU-T,01/09/2025,01/09/2027,05/09/2025,,CB-JP-LHS,chinh_thuc"), // 21 valid
};

const QList<Expected> kPostingProblems = {
    {3, QStringLiteral("so_the_dang_vien"),
     QStringLiteral("Give the member's party card number or citizen ID.")},
    {4, QStringLiteral("muc_dich"), QStringLiteral("The purpose is required.")},
    {5, QStringLiteral("quoc_gia"), QStringLiteral("At least one country is required.")},
    {6, QStringLiteral("ngay_di_du_kien"), QStringLiteral("31/02/2025 is not a day of the calendar.")},
    {7, QStringLiteral("ngay_di"),
     QStringLiteral("The departure date (01/04/2026) cannot be in the future.")},
    {8, QStringLiteral("ngay_ve"), QStringLiteral("The return date (20/04/2026) cannot be in the future.")},
    {9, QStringLiteral("ngay_quyet_dinh"),
     QStringLiteral("The date of the sending decision (01/04/2026) cannot be in the future.")},
    {10, QStringLiteral("ngay_ve"),
     QStringLiteral("The return (01/09/2025) is before the departure (10/09/2025).")},
    {11, QStringLiteral("muc_dich"),
     QStringLiteral(
         "\"di_choi\" is not a purpose (cong_tac, hoc_tap, lao_dong, chuyen_gia, theo_vo_chong, tu_lap_nghiep, "
         "tham_than, chua_benh, du_lich, viec_rieng_khac).")},
    {12, QStringLiteral("quoc_gia"), QStringLiteral("\"Atlantis\" is not a country code or name.")},
    {13, QStringLiteral("chi_bo_nuoc_ngoai"), QStringLiteral("No cell has the code \"CB-XX\".")},
    {14, QStringLiteral("hinh_thuc_sinh_hoat"),
     QStringLiteral(
         "\"lam_sao\" is not a party-activity arrangement (giu_nguyen, to_dang_tam_thoi, tam_thoi, chinh_thuc).")},
    {15, QStringLiteral("cap_quyet_dinh"),
     QStringLiteral(
         "\"Bộ trưởng\" is not a unit of the register; give the approving committee's code or name.")},
    {16, QStringLiteral("so_the_dang_vien"), QStringLiteral("No member has the party card number 99999999.")},
    {17, QStringLiteral("so_cccd"), QStringLiteral("No member has the citizen ID 001099999999.")},
    {18, QStringLiteral("so_cccd"),
     QStringLiteral("The party card number and the citizen ID belong to two different members.")},
    {19, QString(), QStringLiteral("The same trip of the same member is on line 2 of the file.")},
    {20, QString(),
     QStringLiteral("This trip (to Thái Lan, leaving 01/02/2026) is already in the register.")}, // SetUp's
};

} // namespace

TEST_F(ImportProblemsTest, MembersFileWithEveryProblemIsRefusedWholeAndTheDatabaseIsUnchanged)
{
    expectRefusedWhole(app::InterchangeTable::Members, kMembers, kMemberProblems);
}

TEST_F(ImportProblemsTest, MembersFileSkippingInvalidRowsImportsExactlyTheValidOnes)
{
    const std::string changed = importValidRows(app::InterchangeTable::Members, kMembers, kMemberProblems);
    EXPECT_EQ(
        texts(
            "SELECT full_name || ' ' || ifnull(party_card_no, '-') || ' ' || ifnull(citizen_id, '-') FROM members "
            "ORDER BY id"),
        (QStringList{QStringLiteral("Nguyễn Văn Đức 10000001 001085000001"),
                     QStringLiteral("Trần Văn Hùng 10000002 001080000002"),
                     QStringLiteral("Lê Văn An 10000100 001085000100"),
                     QStringLiteral("Bùi Thị Lan - 001198000222")}));
    auto lan = m_service->findMember(QStringLiteral("001198000222"));
    ASSERT_TRUE(lan.ok());
    EXPECT_TRUE(lan->isProbationary());
    EXPECT_EQ(lan->homeUnitId, m_service->findUnit(QStringLiteral("CB-A"))->id);
    EXPECT_EQ(changed, "audit_head audit_log audit_seal member_search members");
}

TEST_F(ImportProblemsTest, CellsFileWithEveryProblemIsRefusedWholeAndTheDatabaseIsUnchanged)
{
    expectRefusedWhole(app::InterchangeTable::Cells, kCells, kCellProblems);
}

TEST_F(ImportProblemsTest, CellsFileSkippingInvalidRowsImportsExactlyTheValidOnes)
{
    const std::string changed = importValidRows(app::InterchangeTable::Cells, kCells, kCellProblems);
    EXPECT_EQ(texts("SELECT code || ' ' || name FROM party_units ORDER BY id"),
              (QStringList{QStringLiteral("DU-T Đảng ủy Trường"), QStringLiteral("CB-A Chi bộ Khoa A"),
                           QStringLiteral("CB-JP-LHS Chi bộ lưu học sinh Tokyo"),
                           QStringLiteral("CB-KR-LD Chi bộ lao động Seoul"),
                           QStringLiteral("CB-AU-TLN Chi bộ tự lập nghiệp Sydney")}));
    EXPECT_EQ(changed, "audit_head audit_log audit_seal party_units");
}

TEST_F(ImportProblemsTest, PostingsFileWithEveryProblemIsRefusedWholeAndTheDatabaseIsUnchanged)
{
    expectRefusedWhole(app::InterchangeTable::Postings, kPostings, kPostingProblems);
}

TEST_F(ImportProblemsTest, PostingsFileSkippingInvalidRowsImportsExactlyTheValidOnes)
{
    ASSERT_EQ(m_thailand.id, 1); // named by the problem of line 20
    const std::string changed = importValidRows(app::InterchangeTable::Postings, kPostings, kPostingProblems);
    PostingRepository postings(db());
    const auto trips = [&](const Member& who) {
        QStringList out;
        auto list = postings.listForMember(who.id);
        EXPECT_TRUE(list.ok());
        if (!list)
            return out;
        for (const Posting& p : list.value())
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(p.countryCodes.join(QLatin1Char('+')),
                            p.expectedDeparture().toString(Qt::ISODate), codeName(p.status),
                            p.decisionNumber);
        out.sort();
        return out;
    };
    EXPECT_EQ(trips(m_duc), (QStringList{QStringLiteral("FR 2025-05-01 returned 15/QĐ"),
                                         QStringLiteral("TH 2026-02-01 returned ")}));
    EXPECT_EQ(trips(m_hung), QStringList{QStringLiteral("JP 2025-09-05 in_overseas_cell 30/QĐ")});
    // Imported postings bring no documents: reports untouched.
    EXPECT_EQ(changed, "audit_head audit_log audit_seal posting_countries postings");
}
