// The report forms offscreen: a pre-departure report with its DOMAIN.md fields and relatives abroad, a scan
// attached and opened again from the encrypted database in the program's own viewer.
#include "app/attachment_service.h"
#include "gui/attachment_viewer_dialog.h"
#include "gui/date_line_edit.h"
#include "gui/report_form_dialog.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace orec;
using namespace orec::test;

namespace {

class ReportFormTest : public RegisterFixture
{
protected:
    Posting visit()
    {
        // A committee that asks for a pre-departure report on a family visit (the default has none), so
        // the visit has one to fill in.
        EXPECT_TRUE(service
                        ->setRule(rule_key::documentsFor(PostingPurpose::FamilyVisit),
                                  QStringLiteral("private_trip_application,pre_departure,return"))
                        .ok());
        Posting p = plan(mai, PostingPurpose::FamilyVisit, QStringLiteral("US"), QDate(2026, 4, 1),
                         QDate(2026, 4, 20));
        return p;
    }
};

} // namespace

TEST_F(ReportFormTest, PreDepartureReportKeepsItsFieldsAndRelatives)
{
    const Posting p = visit();
    gui::ReportFormDialog form(*session, p.id, ReportKind::PreDeparture);
    form.show();
    auto* paidBy = child<QLineEdit>(&form, "paidByLineEdit");
    typeText(paidBy, QStringLiteral("Tự túc"));
    typeText(child<QLineEdit>(&form, "companionsLineEdit"), QStringLiteral("Chồng và con gái"));
    QTest::mouseClick(child<QPushButton>(&form, "addRelativeButton"), Qt::LeftButton);
    auto* relatives = child<QTableWidget>(&form, "relativesTableWidget");
    ASSERT_EQ(relatives->rowCount(), 1);
    relatives->item(0, 0)->setText(QStringLiteral("Nguyễn Văn Hùng"));
    relatives->item(0, 1)->setText(QStringLiteral("Anh trai"));
    relatives->item(0, 2)->setText(QStringLiteral("Hoa Kỳ"));
    relatives->item(0, 3)->setText(QStringLiteral("Thường trú"));
    child<QCheckBox>(&form, "noClassifiedCheckBox")->setChecked(true);
    child<QCheckBox>(&form, "reportingDutiesCheckBox")->setChecked(true);
    ASSERT_TRUE(form.save()) << gui::MessageBox::lastText().toStdString();

    Report stored;
    auto reports = service->reportsOfPosting(p.id);
    ASSERT_TRUE(reports.ok());
    for (const Report& r : *reports) {
        if (r.kind == ReportKind::PreDeparture)
            stored = r;
    }
    ASSERT_TRUE(stored.isReceived());
    EXPECT_EQ(stored.receivedDate, kGuiToday);
    const PreDepartureContent content = stored.preDeparture();
    EXPECT_EQ(content.paidBy, QStringLiteral("Tự túc"));
    EXPECT_EQ(content.companions, QStringLiteral("Chồng và con gái"));
    ASSERT_EQ(content.relativesAbroad.size(), 1);
    EXPECT_EQ(content.relativesAbroad.first().name, QStringLiteral("Nguyễn Văn Hùng"));
    EXPECT_EQ(content.relativesAbroad.first().countryCode, QStringLiteral("US"));
    EXPECT_TRUE(content.commitmentsAcknowledged());
    // Filled in from the posting when the form opened.
    EXPECT_EQ(content.departure, QDate(2026, 4, 1));

    // Opened again, the form shows what was filed.
    gui::ReportFormDialog again(*session, p.id, ReportKind::PreDeparture);
    EXPECT_EQ(child<QLineEdit>(&again, "paidByLineEdit")->text(), QStringLiteral("Tự túc"));
    EXPECT_EQ(child<QTableWidget>(&again, "relativesTableWidget")->rowCount(), 1);
}

TEST_F(ReportFormTest, AScanIsAttachedAndOpenedAgain)
{
    const Posting p = visit();
    // A "scan": an image written to a file the clerk picks.
    QImage page(300, 420, QImage::Format_RGB32);
    page.fill(Qt::white);
    for (int y = 40; y < 400; y += 20)
        for (int x = 30; x < 270; ++x)
            page.setPixel(x, y, qRgb(20, 20, 20));
    const QString imagePath = m_dir.file(QStringLiteral("don-xin-phep.png"));
    ASSERT_TRUE(page.save(imagePath, "PNG"));
    const QString pdfPath = m_dir.file(QStringLiteral("cam-ket.pdf"));
    {
        QFile pdf(pdfPath);
        ASSERT_TRUE(pdf.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n%%EOF\n");
    }

    gui::ReportFormDialog form(*session, p.id, ReportKind::PreDeparture);
    form.show();
    EXPECT_EQ(form.attachFiles({imagePath, pdfPath}), 2);
    EXPECT_EQ(form.attachmentCount(), 2);
    EXPECT_TRUE(form.changedRegister());

    auto* list = child<QListWidget>(&form, "attachmentsListWidget");
    ASSERT_EQ(list->count(), 2);
    EXPECT_TRUE(list->item(0)->text().startsWith(QStringLiteral("don-xin-phep.png")));

    // The image opens inside the program, pixel for pixel what was attached.
    QImage shown;
    whenModalOpens([&shown](QWidget* dialog) {
        auto* viewer = qobject_cast<gui::AttachmentViewerDialog*>(dialog);
        ASSERT_NE(viewer, nullptr);
        shown = viewer->image();
        viewer->reject();
    });
    form.openAttachment(list->item(0)->data(Qt::UserRole).toLongLong());
    EXPECT_EQ(shown.size(), page.size());
    EXPECT_EQ(shown.convertToFormat(QImage::Format_RGB32), page);

    // The PDF opens in the same viewer (scan_viewer_test.cpp renders real ones); this one is no real PDF,
    // so it is refused with a message instead.
    gui::MessageBox::clearLastText();
    form.openAttachment(list->item(1)->data(Qt::UserRole).toLongLong());
    EXPECT_EQ(gui::MessageBox::lastText(), QStringLiteral("The PDF could not be read."));

    // Another form on the same report lists both.
    gui::ReportFormDialog again(*session, p.id, ReportKind::PreDeparture);
    EXPECT_EQ(again.attachmentCount(), 2);
}
