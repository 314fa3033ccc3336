// A members sheet as a clerk keeps it (tests/data/clerk_members.xlsx, made by make_clerk_members.py):
// title rows and a merged title above the header, an STT column, a section row, card numbers with
// separators and one that lost its leading zero, a citizen ID stored as a number and one in scientific
// notation, dates as serials and as text, and the cell's code merged down three rows.
#include "app/import_mapping.h"
#include "app/import_service.h"
#include "app/import_sheet.h"
#include "storage/member_repository.h"
#include "support/register_fixture.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

const QString kSheet = QStringLiteral(OREC_SOURCE_DIR "/tests/data/clerk_members.xlsx");

class ClerkSheetImportTest : public RegisterFixture
{
protected:
    app::ImportOptions options()
    {
        auto head = app::ImportService(*m_session).head(kSheet, 0, 3, app::InterchangeTable::Members);
        EXPECT_TRUE(head.ok()) << head.error().toString().toStdString();
        app::ImportOptions o;
        o.columnMap = app::suggestColumnMap(app::InterchangeTable::Members, head->header);
        return o;
    }

    qint64 count(const char* sql) { return *m_session->database().connection().queryInt(sql); }

    // The notes of the preview on one cell, by line and header.
    QString note(const app::ImportPreview& p, int line, const QString& header)
    {
        const int row = static_cast<int>(p.lines.indexOf(line));
        const int column = static_cast<int>(p.header.indexOf(header));
        QStringList out;
        for (const app::ImportCellMark& m : p.changeMarks) {
            if (m.row == row && m.column == column)
                out << m.reason;
        }
        return out.join(QLatin1Char('\n'));
    }
    QString value(const app::ImportPreview& p, int line, const QString& header)
    {
        return p.rows.value(p.lines.indexOf(line)).value(p.header.indexOf(header));
    }
};

} // namespace

TEST_F(ClerkSheetImportTest, TheHeaderIsFoundUnderTheTitleRowsAndTheWizardIsToldWhichLine)
{
    auto head = app::ImportService(*m_session).head(kSheet, 0, 3, app::InterchangeTable::Members);
    ASSERT_TRUE(head.ok());
    EXPECT_EQ(head->headerLine, 6);
    EXPECT_TRUE(head->headerFound);
    EXPECT_EQ(head->header.first(), QStringLiteral("STT"));
    EXPECT_EQ(head->header.value(1), QStringLiteral("Họ và tên"));
    EXPECT_EQ(head->rows, 4); // the section row "I. CHI BỘ A" is not a member
    EXPECT_EQ(head->samples.first().value(1), QStringLiteral("Nguyễn Văn An"));
    // The clerk may say another line; a blank one is refused with the reason.
    auto other = app::ImportService(*m_session).head(kSheet, 0, 3, app::InterchangeTable::Members, 4);
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(other->headerLine, 4);
    EXPECT_FALSE(other->headerFound);
    auto blank = app::ImportService(*m_session).head(kSheet, 0, 3, app::InterchangeTable::Members, 5);
    ASSERT_FALSE(blank.ok());
    EXPECT_TRUE(blank.error().message.contains(QStringLiteral("Line 5")));
}

TEST_F(ClerkSheetImportTest, ThePreviewShowsEveryValueReadOtherwiseThanWrittenWithItsOriginal)
{
    auto preview = app::ImportService(*m_session).preview(app::InterchangeTable::Members, kSheet, options());
    ASSERT_TRUE(preview.ok()) << preview.error().toString().toStdString();
    const app::ImportPreview& p = *preview;
    EXPECT_EQ(p.report.headerLine, 6);
    EXPECT_EQ(p.report.sectionLines, QList<int>{7});
    EXPECT_EQ(p.lines, (QList<int>{8, 9, 10, 11}));
    EXPECT_TRUE(p.report.ignoredColumns.contains(QStringLiteral("STT")));
    const QString card = QStringLiteral("Số thẻ đảng viên");
    const QString id = QStringLiteral("Số CCCD");
    const QString born = QStringLiteral("Ngày sinh");
    const QString admitted = QStringLiteral("Ngày vào Đảng");
    const QString full = QStringLiteral("Ngày chính thức");
    const QString unit = QStringLiteral("Chi bộ");

    // Line 8: separators in the card number, a date-styled serial, a date in words.
    EXPECT_EQ(value(p, 8, card), QStringLiteral("12345678"));
    EXPECT_EQ(note(p, 8, card), QStringLiteral("changed: 12.345678 → 12345678 (separators removed)"));
    EXPECT_EQ(value(p, 8, admitted), QStringLiteral("01/01/2000"));
    EXPECT_TRUE(note(p, 8, admitted).isEmpty()); // a date cell is a date as it is
    EXPECT_EQ(value(p, 8, full), QStringLiteral("01/01/2001"));
    EXPECT_TRUE(
        note(p, 8, full).startsWith(QStringLiteral("changed: ngày 01 tháng 01 năm 2001 → 01/01/2001")));
    EXPECT_EQ(value(p, 8, id), QStringLiteral("001080012345"));
    EXPECT_TRUE(note(p, 8, id).isEmpty());
    EXPECT_EQ(value(p, 8, unit), QStringLiteral("CB-A"));

    // Line 9: numbers Excel stored as numbers.
    EXPECT_EQ(value(p, 9, born), QStringLiteral("01/01/1980"));
    EXPECT_TRUE(note(p, 9, born).contains(QStringLiteral("29221")));
    EXPECT_EQ(value(p, 9, id), QStringLiteral("001080012346"));
    EXPECT_TRUE(
        note(p, 9, id).startsWith(QStringLiteral("changed: 1080012346 → 001080012346 (leading zeros")));
    EXPECT_EQ(value(p, 9, card), QStringLiteral("01234567"));
    EXPECT_TRUE(
        note(p, 9, card).startsWith(QStringLiteral("changed: 1234567 → 01234567 (leading zero restored")));
    // The cell's code written once for three rows.
    EXPECT_EQ(value(p, 9, unit), QStringLiteral("CB-A"));
    EXPECT_EQ(note(p, 9, unit),
              QStringLiteral("filled in: CB-A (merged cell: the value written once on line 8)"));
    EXPECT_EQ(value(p, 10, unit), QStringLiteral("CB-A"));

    // Line 10: separators in both numbers, text dates as the format reads them.
    EXPECT_EQ(value(p, 10, id), QStringLiteral("001085012347"));
    EXPECT_EQ(value(p, 10, card), QStringLiteral("12345680"));
    EXPECT_TRUE(note(p, 10, admitted).isEmpty());

    // Every change is counted in the report: 8 (card, full), 9 (born, id, card, unit), 10 (id, card, unit),
    // 11 (card).
    EXPECT_EQ(p.report.changes.size(), 10);
    EXPECT_EQ(p.report.changes.first().line, 8);

    // Line 11: the citizen ID in scientific notation is refused on its cell, with how to fix the sheet.
    EXPECT_EQ(p.report.valid, 3);
    ASSERT_EQ(p.report.problems.size(), 1);
    const app::ImportProblem& lost = p.report.problems.first();
    EXPECT_EQ(lost.line, 11);
    EXPECT_EQ(lost.column, id);
    EXPECT_EQ(lost.sourceColumn, 3);
    EXPECT_TRUE(lost.reason.contains(QStringLiteral("1.23457E+11")));
    EXPECT_TRUE(lost.reason.contains(QStringLiteral("scientific notation")));
    EXPECT_TRUE(lost.reason.contains(QStringLiteral("format the column as Text")));
    ASSERT_EQ(p.marks.size(), 1);
    EXPECT_EQ(p.marks.first().row, 3);
    EXPECT_EQ(p.marks.first().column, 3);
}

TEST_F(ClerkSheetImportTest, AFailedImportChangesNothingAndTheValidRowsGoInNormalised)
{
    const qint64 members = count("SELECT count(*) FROM members");
    const qint64 audit = count("SELECT count(*) FROM audit_log");
    auto refused =
        app::ImportService(*m_session).importFile(app::InterchangeTable::Members, kSheet, options());
    ASSERT_TRUE(refused.ok());
    EXPECT_FALSE(refused->complete());
    EXPECT_EQ(refused->imported, 0);
    EXPECT_EQ(count("SELECT count(*) FROM members"), members);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log"), audit);

    app::ImportOptions skip = options();
    skip.skipInvalid = true;
    auto imported = app::ImportService(*m_session).importFile(app::InterchangeTable::Members, kSheet, skip);
    ASSERT_TRUE(imported.ok());
    EXPECT_EQ(imported->imported, 3);
    MemberRepository repo(m_session->database());
    auto an = repo.findByPartyCard(QStringLiteral("12345678"));
    ASSERT_TRUE(an.ok() && an->has_value());
    EXPECT_EQ((*an)->fullName, QStringLiteral("Nguyễn Văn An"));
    EXPECT_EQ((*an)->dateOfBirth, QDate(1980, 3, 15));
    EXPECT_EQ((*an)->citizenId, QStringLiteral("001080012345"));
    EXPECT_EQ((*an)->admissionDate, QDate(2000, 1, 1));
    EXPECT_EQ((*an)->fullMembershipDate, QDate(2001, 1, 1));
    EXPECT_EQ((*an)->homeUnitId, m_home.id);
    auto binh = repo.findByPartyCard(QStringLiteral("01234567"));
    ASSERT_TRUE(binh.ok() && binh->has_value());
    EXPECT_EQ((*binh)->fullName, QStringLiteral("Trần Thị Bình"));
    EXPECT_EQ((*binh)->dateOfBirth, QDate(1980, 1, 1));
    EXPECT_EQ((*binh)->citizenId, QStringLiteral("001080012346"));
    EXPECT_EQ((*binh)->admissionDate, QDate(2005, 6, 5));
    EXPECT_EQ((*binh)->fullMembershipDate, QDate(2006, 6, 5));
    EXPECT_EQ((*binh)->homeUnitId, m_home.id);
    auto cuong = repo.findByCitizenId(QStringLiteral("001085012347"));
    ASSERT_TRUE(cuong.ok() && cuong->has_value());
    EXPECT_EQ((*cuong)->partyCardNumber, QStringLiteral("12345680"));
    EXPECT_EQ((*cuong)->dateOfBirth, QDate(1985, 11, 20));
    EXPECT_EQ((*cuong)->admissionDate, QDate(2007, 6, 5));
    EXPECT_EQ((*cuong)->fullMembershipDate, QDate(2008, 6, 5));
    EXPECT_EQ((*cuong)->homeUnitId, m_home.id);
    EXPECT_EQ((*cuong)->notes, QStringLiteral("Đi học"));
    // The row with the lost digits is not in the register under any reading of them.
    EXPECT_FALSE(repo.findByPartyCard(QStringLiteral("12345681"))->has_value());
} // TearDown: the register passes `orec check`

TEST(ImportSheet, TheHeaderIsTheLineThatNamesFieldsAndRowNumberHeadersAreKnown)
{
    reports::CsvTable csv;
    csv.records = {{{QStringLiteral("DANH SÁCH ĐẢNG VIÊN")}, 1},
                   {{QStringLiteral("TT"), QStringLiteral("Ho va ten"), QStringLiteral("So the")}, 3},
                   {{QStringLiteral("1"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("12345678")}, 4}};
    auto sheet = app::importSheetFromTable(app::InterchangeTable::Members, csv);
    ASSERT_TRUE(sheet.ok());
    EXPECT_EQ(sheet->headerLine, 3);
    EXPECT_TRUE(sheet->headerFound);
    ASSERT_EQ(sheet->table.records.size(), 2);
    EXPECT_EQ(sheet->table.records.at(1).line, 4);
    EXPECT_TRUE(app::isRowNumberHeader(QStringLiteral("Số TT")));
    EXPECT_TRUE(app::isRowNumberHeader(QStringLiteral("S.T.T")));
    EXPECT_FALSE(app::isRowNumberHeader(QStringLiteral("Số thẻ")));
    // A sheet whose first line names nothing the import knows keeps its first line as the header.
    reports::CsvTable plain;
    plain.records = {{{QStringLiteral("a"), QStringLiteral("b")}, 1},
                     {{QStringLiteral("1"), QStringLiteral("2")}, 2}};
    auto first = app::importSheetFromTable(app::InterchangeTable::Members, plain);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->headerLine, 1);
    EXPECT_FALSE(first->headerFound);
}
