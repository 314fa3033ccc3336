// Field lengths through every service path: a form (RegisterService), the spreadsheet import (CSV and
// XLSX, a 50 MB name refused early with nothing written), users, rules, holidays, attachments and the
// life-cycle's reasons: each refuses an over-long value with the field's name and its limit.
#include "app/account_service.h"
#include "app/attachment_service.h"
#include "app/import_service.h"
#include "core/validation.h"
#include "support/register_fixture.h"

#include <QFile>

namespace orec::test {
namespace {

using namespace field_limits;

QString text(qsizetype n)
{
    return QString(n, QChar(u'ă'));
}

void expectRefused(const Error& error, const char* field, int limit)
{
    EXPECT_EQ(error.code, ErrorCode::Invalid) << error.toString().toStdString();
    EXPECT_TRUE(error.where.contains(QLatin1String(field))) << error.toString().toStdString();
    EXPECT_TRUE(error.message.contains(QString::number(limit))) << error.toString().toStdString();
}

class InputLimitsTest : public RegisterFixture
{
protected:
    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.file(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        EXPECT_EQ(f.write(bytes), bytes.size());
        return path;
    }
};

TEST_F(InputLimitsTest, AFiftyMegabyteNameIsRefusedByTheImportBeforeItBecomesARecord)
{
    addMember(QStringLiteral("Trần Thị Lan"), QStringLiteral("10000001"));
    const auto before = tableChecksums(m_session->database());
    const QByteArray name(50 * 1024 * 1024, 'a');

    // CSV: the reader stops at the first value longer than a cell can be, naming its line.
    QByteArray csv = "ho_ten,ngay_sinh,so_the_dang_vien,ngay_vao_dang,ngay_chinh_thuc,don_vi_sinh_hoat\n";
    csv += "Nguyễn Văn An,12/04/1985,10000002,19/05/2010,19/05/2011,CB-A\n";
    csv += name + ",12/04/1985,10000003,19/05/2010,19/05/2011,CB-A\n";
    const QString csvPath = writeFile(QStringLiteral("big.csv"), csv);
    // XLSX: the same row as an inline string of a hand-written workbook.
    const QString xlsxPath = writeFile(
        QStringLiteral("big.xlsx"),
        handWrittenWorkbook(inlineSheet({{"ho_ten", "ngay_sinh", "so_the_dang_vien", "ngay_vao_dang"},
                                         {name, "12/04/1985", "10000003", "19/05/2010"}})));

    app::ImportService imports(*m_session);
    for (const QString& path : {csvPath, xlsxPath}) {
        for (bool dryRun : {false, true}) {
            app::ImportOptions options;
            options.dryRun = dryRun;
            options.skipInvalid = !dryRun;
            auto report = imports.importFile(app::InterchangeTable::Members, path, options);
            ASSERT_FALSE(report.ok()) << path.toStdString();
            EXPECT_EQ(report.code(), ErrorCode::Invalid);
            EXPECT_TRUE(report.error().message.contains(QStringLiteral("32767")))
                << report.error().toString().toStdString();
            EXPECT_LT(report.error().message.size(), 400); // the value itself is never quoted
        }
        // The import wizard's first steps read the same file the same way.
        EXPECT_EQ(imports.head(path).code(), ErrorCode::Invalid);
        EXPECT_EQ(imports.preview(app::InterchangeTable::Members, path).code(), ErrorCode::Invalid);
    }
    EXPECT_EQ(tableChecksums(m_session->database()), before);
    EXPECT_FALSE(QFile::exists(m_dir.file(QStringLiteral("big.rejects.csv"))));
}

TEST_F(InputLimitsTest, ALongButReadableNameIsAProblemOfItsRowWithTheColumnAndTheLimit)
{
    QByteArray csv = "ho_ten,ngay_sinh,so_the_dang_vien,ngay_vao_dang,ngay_chinh_thuc,don_vi_sinh_hoat\n";
    csv += text(kPersonName + 1).toUtf8() + ",12/04/1985,10000003,19/05/2010,19/05/2011,CB-A\n";
    const auto before = tableChecksums(m_session->database());
    auto report = app::ImportService(*m_session)
                      .importFile(app::InterchangeTable::Members, writeFile(QStringLiteral("long.csv"), csv));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    ASSERT_EQ(report->problems.size(), 1);
    EXPECT_EQ(report->problems.first().column, QStringLiteral("ho_ten"));
    EXPECT_TRUE(report->problems.first().reason.contains(QStringLiteral("200")));
    EXPECT_EQ(report->imported, 0);
    EXPECT_EQ(tableChecksums(m_session->database()), before);
}

TEST_F(InputLimitsTest, EveryServiceRefusesAnOverLongValueWithTheFieldAndTheLimit)
{
    const auto before = tableChecksums(m_session->database());

    Member m = draftMember(text(kPersonName + 1), QStringLiteral("10000009"));
    expectRefused(m_service->addMember(m).error(), "full_name", kPersonName);
    m = draftMember(QStringLiteral("Lê Văn Hùng"), QStringLiteral("10000009"));
    m.notes = text(kLongText + 1);
    expectRefused(m_service->addMember(m).error(), "notes", kLongText);

    PartyUnit unit;
    unit.code = QStringLiteral("CB-X");
    unit.name = text(kUnitName + 1);
    expectRefused(m_service->addUnit(unit).error(), "name", kUnitName);

    expectRefused(app::AccountService(*m_session)
                      .addUser(QStringLiteral("lan"), Role::Clerk, kAdminPassphrase, text(201))
                      .error(),
                  "full_name", kPersonName);
    expectRefused(m_service->addHoliday(Holiday{QDate(2026, 2, 16), text(kLabel + 1)}).error(), "name",
                  kLabel);
    expectRefused(
        m_service->setRule(QStringLiteral("return_report.other.days"), text(kRuleValue + 1)).error(), "value",
        kRuleValue);
    EXPECT_EQ(tableChecksums(m_session->database()), before);

    // A posting, its reports and letters, and what its steps record.
    const Member member = addMember(QStringLiteral("Phạm Thu Hà"), QStringLiteral("10000010"));
    Posting p;
    p.memberId = member.id;
    p.purpose = PostingPurpose::Tourism;
    p.countryCodes = {QStringLiteral("JP")};
    p.plannedDeparture = kToday.addDays(10);
    p.plannedReturn = kToday.addDays(20);
    p.hostOrganisation = text(kOrganisation + 1);
    expectRefused(m_service->createPosting(p).error(), "host_organisation", kOrganisation);
    p.hostOrganisation.clear();
    auto created = m_service->createPosting(p);
    ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
    const auto withPosting = tableChecksums(m_session->database());

    TransitionInput cancel;
    cancel.date = kToday;
    cancel.reason = text(kShortText + 1);
    expectRefused(m_service->applyTransition(created->id, PostingTransition::Cancel, cancel).error(),
                  "status_reason", kShortText);

    app::ReportFiling filing;
    filing.receivedDate = kToday;
    filing.fields.insert(QString::fromLatin1(report_field::kPurpose), text(kShortText + 1));
    expectRefused(m_service->fileReport(created->id, ReportKind::PrivateTripApplication, filing).error(),
                  "fields.purpose", kShortText);

    Transfer t;
    t.memberId = member.id;
    t.issuingCommitteeId = m_committee.id;
    t.issueDate = kToday;
    t.receivingUnitName = QStringLiteral("Đại sứ quán");
    t.notes = text(kLongText + 1);
    expectRefused(m_service->issueTransfer(t).error(), "notes", kLongText);
    EXPECT_EQ(tableChecksums(m_session->database()), withPosting);

    auto reports = m_service->reportsOfPosting(created->id);
    ASSERT_TRUE(reports.ok());
    ASSERT_FALSE(reports->isEmpty());
    expectRefused(app::AttachmentService(*m_session)
                      .attach(reports->first().id, text(kFileName + 1) + QStringLiteral(".pdf"), "%PDF-1.4\n")
                      .error(),
                  "file_name", kFileName);
    EXPECT_EQ(tableChecksums(m_session->database()), withPosting);
}

} // namespace
} // namespace orec::test
