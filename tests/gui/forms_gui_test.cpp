// The committees' levels and the pre-printed 2-SHĐ sheet in the windows, offscreen with the real widgets:
// a level changed in Print › Levels… is stored (and the register still passes its check), a 3A-SHĐ from a
// committee set to grassroots is refused with its name, the overlay choice appears for 2-SHĐ only and takes
// the printer's saved offsets, and the calibration dialog saves them.
#include "app/printer_calibration.h"
#include "gui/committee_levels_dialog.h"
#include "gui/file_dialogs.h"
#include "gui/print_dialog.h"
#include "gui/printer_calibration_dialog.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSpinBox>

using namespace orec;
using namespace orec::test;

namespace {

class FormsGuiTest : public RegisterFixture
{
protected:
    void TearDown() override
    {
        gui::FileDialogs::setNextPaths({});
        auto report = session->database().check(Database::CheckOptions{});
        ASSERT_TRUE(report.ok());
        EXPECT_TRUE(report->ok()) << report->audit.problem.toStdString();
        RegisterFixture::TearDown();
    }

    Transfer letter(TransferKind kind)
    {
        Transfer t;
        t.kind = kind;
        t.issuingCommitteeId = committee.id;
        t.issueDate = QDate(2026, 3, 1);
        t.memberId = duc.id;
        t.postingId = ducPosting.id;
        t.receivingUnitId = cellJp.id;
        auto issued = service->issueTransfer(t);
        EXPECT_TRUE(issued.ok()) << (issued.ok() ? "" : issued.error().toString().toStdString());
        return issued.ok() ? *issued : Transfer{};
    }
};

TEST_F(FormsGuiTest, ALevelChangedInTheDialogIsStoredAndDecidesWhoMayIssue3A)
{
    sendAbroad();
    letter(TransferKind::LabourExport); // DU-T is at the top of the tree: district level by default
    EXPECT_EQ(service->unit(committee.id)->level, UnitLevel::District);

    gui::CommitteeLevelsDialog levels(*session);
    const int row = levels.rowOf(committee.id);
    ASSERT_GE(row, 0);
    QComboBox* box = levels.levelBox(row);
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->currentData().toInt(), static_cast<int>(UnitLevel::District));
    box->setCurrentIndex(box->findData(static_cast<int>(UnitLevel::Grassroots)));
    ASSERT_TRUE(levels.save());
    EXPECT_EQ(service->unit(committee.id)->level, UnitLevel::Grassroots);

    // Now the slip is refused, in the print dialog, with the committee's name.
    gui::PrintDialog dialog(*session);
    dialog.selectKind(app::PrintKind::OverseasPostingSlip);
    child<QSpinBox>(&dialog, "yearSpinBox")->setValue(2026);
    gui::FileDialogs::setNextPaths({m_dir.file(QStringLiteral("3a.pdf"))});
    EXPECT_TRUE(dialog.savePdf().isEmpty());
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("Đảng ủy Trường")))
        << gui::MessageBox::lastText().toStdString();
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("3A-SHĐ")));

    // And a new one cannot be issued from it.
    Transfer t;
    t.kind = TransferKind::LabourExport;
    t.issuingCommitteeId = committee.id;
    t.issueDate = QDate(2026, 3, 2);
    t.memberId = duc.id;
    EXPECT_EQ(service->issueTransfer(t).code(), ErrorCode::Invalid);
}

TEST_F(FormsGuiTest, ThePrePrintedSheetIsOfferedFor2ShdWithThePrintersOffsets)
{
    sendAbroad();
    letter(TransferKind::Temporary);
    ASSERT_TRUE(app::PrinterCalibration::save(QString(), reports::PrinterOffset{-1.5, 2.0}).ok());

    gui::PrintDialog dialog(*session);
    dialog.show();
    auto* overlay = child<QCheckBox>(&dialog, "overlayCheckBox");
    auto* printer = child<QComboBox>(&dialog, "printerComboBox");
    dialog.selectKind(app::PrintKind::OverseasPostingSlip);
    EXPECT_FALSE(overlay->isVisible());
    dialog.selectKind(app::PrintKind::TemporaryTransfer);
    child<QSpinBox>(&dialog, "yearSpinBox")->setValue(2026);
    EXPECT_TRUE(overlay->isVisible());
    EXPECT_FALSE(printer->isVisible());
    overlay->setChecked(true);
    EXPECT_TRUE(printer->isVisible());
    auto r = dialog.request();
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_TRUE(r->overlay);
    EXPECT_DOUBLE_EQ(r->offset.xMm, -1.5);
    EXPECT_DOUBLE_EQ(r->offset.yMm, 2.0);
    const QString pdf = m_dir.file(QStringLiteral("overlay.pdf"));
    gui::FileDialogs::setNextPaths({pdf});
    EXPECT_EQ(dialog.savePdf(), pdf);

    // The calibration dialog shows the saved offsets and saves new ones.
    gui::PrinterCalibrationDialog calibration(*session, QString());
    auto* x = child<QDoubleSpinBox>(&calibration, "xSpinBox");
    auto* y = child<QDoubleSpinBox>(&calibration, "ySpinBox");
    EXPECT_DOUBLE_EQ(x->value(), -1.5);
    EXPECT_DOUBLE_EQ(y->value(), 2.0);
    x->setValue(0.5);
    y->setValue(-3.0);
    ASSERT_TRUE(calibration.save());
    const reports::PrinterOffset saved = app::PrinterCalibration::offsetFor(QString());
    EXPECT_DOUBLE_EQ(saved.xMm, 0.5);
    EXPECT_DOUBLE_EQ(saved.yMm, -3.0);
    ASSERT_TRUE(app::PrinterCalibration::save(QString(), {}).ok());
}

} // namespace
