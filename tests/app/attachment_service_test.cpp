// AttachmentService: a scan stored with its report, read back byte for byte, never in plaintext in the file,
// typed by its content, refused to readers, and audited without its content.
#include "app/account_service.h"
#include "app/attachment_service.h"
#include "app/register_service.h"
#include "support/test_support.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

class AttachmentServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.file(QStringLiteral("a.orec"));
        auto created = createDatabase(path, kAdmin, kAdminPassphrase, fastOptions(&clock));
        session = std::make_unique<app::Session>(std::move(created.database));
        app::RegisterService service(*session);
        PartyUnit committee;
        committee.code = QStringLiteral("DU");
        committee.name = QStringLiteral("Đảng ủy");
        committee.kind = UnitKind::Committee;
        committee = *service.addUnit(committee);
        Member m;
        m.fullName = QStringLiteral("Nguyễn Văn Đức");
        m.partyCardNumber = QStringLiteral("10000001");
        m = *service.addMember(m);
        Posting p;
        p.memberId = m.id;
        p.purpose = PostingPurpose::OfficialMission;
        p.countryCodes = {QStringLiteral("JP")};
        p.plannedDeparture = QDate(2026, 4, 1);
        p.plannedReturn = QDate(2026, 4, 10);
        p.approvingCommitteeId = committee.id;
        auto created2 = service.createPosting(p);
        ASSERT_TRUE(created2.ok()) << created2.error().toString().toStdString();
        auto reports = service.reportsOfPosting(created2->id);
        ASSERT_TRUE(reports.ok());
        for (const Report& r : *reports) {
            if (r.kind == ReportKind::PreDeparture)
                reportId = r.id;
        }
        ASSERT_NE(reportId, 0);
    }

    TempDir dir;
    QString path;
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<app::Session> session;
    qint64 reportId = 0;
};

const QByteArray kPdf = QByteArray("%PDF-1.4\n% scan of a signed report: MARKER-7f3a9c\n%%EOF\n");

} // namespace

TEST_F(AttachmentServiceTest, AScanIsStoredEncryptedAndReadBackExactly)
{
    app::AttachmentService attachments(*session);
    auto added = attachments.attach(reportId, QStringLiteral("bao-cao-ky.pdf"), kPdf);
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    EXPECT_EQ(added->mediaType, QStringLiteral("application/pdf"));
    EXPECT_EQ(added->size, kPdf.size());
    EXPECT_EQ(added->addedBy, kAdmin);

    auto list = attachments.attachments(reportId);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().fileName, QStringLiteral("bao-cao-ky.pdf"));
    auto content = attachments.content(list->first().id);
    ASSERT_TRUE(content.ok());
    EXPECT_EQ(*content, kPdf);

    // Inside the encrypted file only: the bytes of the scan appear nowhere on disk.
    EXPECT_FALSE(fileContains(path, QByteArray("MARKER-7f3a9c")));

    // The audit log names the scan, but does not hold it.
    AuditFilter filter;
    filter.entity = QStringLiteral("attachment");
    auto entries = session->database().auditLog().query(filter);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_TRUE(entries->first().afterJson.contains(QStringLiteral("bao-cao-ky.pdf")));
    EXPECT_FALSE(entries->first().afterJson.contains(QStringLiteral("MARKER")));

    ASSERT_TRUE(attachments.remove(list->first().id).ok());
    EXPECT_TRUE(attachments.attachments(reportId)->isEmpty());
}

TEST_F(AttachmentServiceTest, OnlyPdfAndImagesByTheirContent)
{
    app::AttachmentService attachments(*session);
    EXPECT_EQ(app::AttachmentService::mediaTypeOf(QByteArray("\x89PNG\r\n\x1a\n....")),
              QStringLiteral("image/png"));
    EXPECT_EQ(app::AttachmentService::mediaTypeOf(QByteArray("\xff\xd8\xff\xe0....")),
              QStringLiteral("image/jpeg"));
    // A program renamed .pdf is refused: the type comes from the bytes, not the name.
    auto refused =
        attachments.attach(reportId, QStringLiteral("scan.pdf"), QByteArray("MZ\x90\x00 not a pdf"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::Invalid);
    EXPECT_FALSE(attachments.attach(reportId, QStringLiteral("empty.pdf"), QByteArray()).ok());
    EXPECT_FALSE(attachments.attach(0, QStringLiteral("x.pdf"), kPdf).ok());
}

TEST_F(AttachmentServiceTest, AuditorsReadButDoNotAttach)
{
    ASSERT_TRUE(
        app::AccountService(*session)
            .addUser(QStringLiteral("kiemtra"), Role::Auditor, QStringLiteral("Kiểm tra viên cẩn thận 2026"))
            .ok());
    ASSERT_TRUE(app::AttachmentService(*session).attach(reportId, QStringLiteral("a.pdf"), kPdf).ok());
    session.reset();
    auto auditor = app::AccountService::unlock(
        path, QStringLiteral("kiemtra"), QStringLiteral("Kiểm tra viên cẩn thận 2026"), fastOptions(&clock));
    ASSERT_TRUE(auditor.ok());
    app::AttachmentService attachments(**auditor);
    auto refused = attachments.attach(reportId, QStringLiteral("b.pdf"), kPdf);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::PermissionDenied);
    auto list = attachments.attachments(reportId);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(*attachments.content(list->first().id), kPdf);
}
