// The import wizard with a sheet as a clerk keeps it (tests/data/clerk_members.xlsx): the line of the
// column titles found under the title rows and changeable, every value read otherwise than written
// shown on its cell with what the sheet says, and a look at it (OREC_SHEETS_SCREENSHOT_DIR).
#include "gui/import_preview_model.h"
#include "gui/spreadsheet_import_wizard.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSpinBox>

using namespace orec;
using namespace orec::test;

namespace {

const QString kSheet = QStringLiteral(OREC_SOURCE_DIR "/tests/data/clerk_members.xlsx");

using ClerkSheetWizardTest = RegisterFixture;

} // namespace

TEST_F(ClerkSheetWizardTest, TheHeaderLineIsFoundAndChangeableAndChangedValuesAreShownOnTheirCells)
{
    gui::SpreadsheetImportWizard wizard(*session);
    wizard.setTable(app::InterchangeTable::Members);
    wizard.setFile(kSheet);
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::MappingPage);
    QSpinBox* line = wizard.headerLineSpinBox();
    EXPECT_EQ(line->value(), 6);
    EXPECT_TRUE(child<QLabel>(&wizard, "headerLineNoteLabel")->text().contains(QStringLiteral("title rows")));
    ASSERT_EQ(wizard.mappedColumns(), 9);
    EXPECT_EQ(wizard.fieldComboBox(1)->currentData().toString(), QStringLiteral("ho_ten"));
    EXPECT_TRUE(wizard.fieldComboBox(0)->currentData().toString().isEmpty()); // STT

    // Another line: the columns are those of that line; back to 6, the mapping is the suggested one again.
    line->setValue(4);
    EXPECT_EQ(wizard.mappedColumns(), 1);
    line->setValue(6);
    ASSERT_EQ(wizard.mappedColumns(), 9);
    EXPECT_EQ(wizard.fieldComboBox(4)->currentData().toString(), QStringLiteral("so_the_dang_vien"));

    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::PreviewPage);
    const gui::ImportPreviewModel* model = wizard.previewModel();
    ASSERT_EQ(model->rowCount(), 4);
    const QModelIndex card = model->index(0, 4);
    EXPECT_EQ(card.data().toString(), QStringLiteral("12345678"));
    EXPECT_TRUE(card.data(gui::ImportPreviewModel::ChangedRole).toBool());
    EXPECT_TRUE(card.data(Qt::ToolTipRole).toString().contains(QStringLiteral("12.345678 → 12345678")));
    EXPECT_TRUE(card.data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model->index(0, 1).data(gui::ImportPreviewModel::ChangedRole).toBool());
    const QModelIndex lost = model->index(3, 3);
    EXPECT_TRUE(lost.data(gui::ImportPreviewModel::ProblemRole).toBool());
    EXPECT_TRUE(lost.data(Qt::ToolTipRole).toString().contains(QStringLiteral("scientific notation")));
    const QString summary = child<QLabel>(&wizard, "summaryLabel")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("10 values read otherwise than written")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Column titles on line 6"))) << summary.toStdString();

    const QString dir = qEnvironmentVariable("OREC_SHEETS_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        settleEvents();
        EXPECT_TRUE(
            wizard.grab().save(QDir(dir).filePath(QStringLiteral("import-clerk-preview.png")), "PNG"));
        wizard.back();
        settleEvents();
        EXPECT_TRUE(
            wizard.grab().save(QDir(dir).filePath(QStringLiteral("import-clerk-mapping.png")), "PNG"));
    }
}
