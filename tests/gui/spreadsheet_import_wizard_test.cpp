// The spreadsheet import wizard offscreen: a sheet with invalid rows and a duplicate is marked cell by cell,
// all or nothing is refused and leaves the register alone, the valid rows import with a rejects file; a
// clerk's sheet with other headers is matched and mapped; File menu entries for clerks.
#include "app/export_service.h"
#include "app/query_service.h"
#include "gui/file_dialogs.h"
#include "gui/import_preview_model.h"
#include "gui/main_window.h"
#include "gui/message_box.h"
#include "gui/spreadsheet_import_wizard.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTableView>
#include <cstdio>

using namespace orec;
using namespace orec::test;

namespace {

class SpreadsheetImportWizardTest : public RegisterFixture
{
protected:
    void TearDown() override
    {
        gui::FileDialogs::setNextPaths({});
        RegisterFixture::TearDown();
    }

    QString writeCsv(const QString& name, const QString& text)
    {
        const QString path = m_dir.file(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return path;
    }

    qint64 memberCount()
    {
        auto count = app::QueryService(*session).countMembers(MemberFilter{});
        EXPECT_TRUE(count.ok());
        return count.ok() ? *count : -1;
    }

    static int columnOf(const gui::ImportPreviewModel* model, const QString& header)
    {
        return static_cast<int>(model->preview().header.indexOf(header));
    }

    // Line 2 and 5 are valid; line 3 has a day that does not exist; line 4 repeats Đức's citizen ID.
    QString sheetWithProblems()
    {
        return writeCsv(
            QStringLiteral("members.csv"),
            QStringLiteral("ho_ten,ngay_sinh,so_cccd,so_the_dang_vien,ngay_vao_dang,don_vi_sinh_hoat\n"
                           "Phạm Văn An,01/02/1990,001090000011,20000011,03/04/2015,CB-A\n"
                           "Võ Thị Bình,31/02/1991,001091000012,20000012,03/04/2016,CB-A\n"
                           "Đỗ Văn Cường,05/06/1989,001085000001,20000013,03/04/2014,CB-A\n"
                           "Hồ Thị Dung,07/08/1992,001092000014,20000014,03/04/2017,CB-A\n"));
    }
};

} // namespace

TEST_F(SpreadsheetImportWizardTest, InvalidCellsAreMarkedAndAllOrNothingLeavesTheRegisterAlone)
{
    const qint64 before = memberCount();
    gui::SpreadsheetImportWizard wizard(*session);
    wizard.setTable(app::InterchangeTable::Members);
    wizard.setFile(sheetWithProblems());
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::MappingPage);
    ASSERT_EQ(wizard.mappedColumns(), 6);
    EXPECT_EQ(wizard.fieldComboBox(0)->currentData().toString(), QStringLiteral("ho_ten"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::PreviewPage);

    const gui::ImportPreviewModel* model = wizard.previewModel();
    ASSERT_EQ(model->rowCount(), 4);
    EXPECT_EQ(model->rowsWithProblems(), 2);
    // The impossible date: its cell is coloured and says why.
    const QModelIndex date = model->index(1, columnOf(model, QStringLiteral("ngay_sinh")));
    EXPECT_TRUE(date.data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(date.data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_TRUE(date.data(gui::ImportPreviewModel::ProblemRole).toBool());
    EXPECT_FALSE(model->index(0, 1).data(gui::ImportPreviewModel::ProblemRole).toBool());
    EXPECT_EQ(model->headerData(1, Qt::Vertical).toInt(), 3); // the spreadsheet's line
    // The citizen ID already in the register is a duplicate, shown, not merged.
    const QModelIndex duplicate = model->index(2, columnOf(model, QStringLiteral("so_cccd")));
    EXPECT_TRUE(duplicate.data(gui::ImportPreviewModel::DuplicateRole).toBool());
    EXPECT_FALSE(duplicate.data(Qt::ToolTipRole).toString().isEmpty());
    EXPECT_EQ(model->preview().report.duplicates.size(), 1);

    // Only the rows with problems, or only the duplicates, on request.
    auto* show = child<QComboBox>(&wizard, "showComboBox");
    show->setCurrentIndex(1);
    EXPECT_EQ(model->rowCount(), 2);
    show->setCurrentIndex(2);
    EXPECT_EQ(model->rowCount(), 1);
    show->setCurrentIndex(0);

    // All or nothing is not offered while there are problems; forced, it is still refused.
    auto* allOrNothing = child<QRadioButton>(&wizard, "allOrNothingRadioButton");
    auto* validOnly = child<QRadioButton>(&wizard, "validOnlyRadioButton");
    EXPECT_FALSE(allOrNothing->isEnabled());
    EXPECT_TRUE(validOnly->isChecked());
    allOrNothing->setChecked(true);
    wizard.next();
    EXPECT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::PreviewPage);
    EXPECT_EQ(memberCount(), before);
    EXPECT_FALSE(wizard.changedRegister());

    // Valid rows only, but the clerk cancels the rejects file: nothing happens either.
    validOnly->setChecked(true);
    gui::FileDialogs::setNextPaths({QString()});
    wizard.next();
    EXPECT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::PreviewPage);
    EXPECT_EQ(memberCount(), before);
}

TEST_F(SpreadsheetImportWizardTest, ValidRowsOnlyImportsExactlyThemAndWritesTheRejects)
{
    const qint64 before = memberCount();
    gui::SpreadsheetImportWizard wizard(*session);
    wizard.setFile(sheetWithProblems());
    wizard.show();
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::PreviewPage);
    child<QRadioButton>(&wizard, "validOnlyRadioButton")->setChecked(true);
    const QString rejects = m_dir.file(QStringLiteral("rejects.csv"));
    gui::FileDialogs::setNextPaths({rejects});
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::ResultPage);
    EXPECT_EQ(wizard.report().imported, 2);
    EXPECT_EQ(wizard.report().rejected, 2);
    EXPECT_TRUE(wizard.changedRegister());
    EXPECT_EQ(memberCount(), before + 2);
    EXPECT_TRUE(service->findMember(QStringLiteral("20000011")).ok());
    EXPECT_TRUE(service->findMember(QStringLiteral("20000014")).ok());
    EXPECT_FALSE(service->findMember(QStringLiteral("20000012")).ok());
    EXPECT_FALSE(service->findMember(QStringLiteral("20000013")).ok());

    QFile file(rejects);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Võ Thị Bình")));
    EXPECT_TRUE(text.contains(QStringLiteral("Đỗ Văn Cường")));
    EXPECT_FALSE(text.contains(QStringLiteral("Phạm Văn An")));
    EXPECT_TRUE(text.contains(QStringLiteral("ly_do_loi")));
    EXPECT_TRUE(text.contains(QStringLiteral("line 3")));
    EXPECT_TRUE(text.contains(QStringLiteral("line 4")));
    EXPECT_TRUE(child<QLabel>(&wizard, "resultLabel")->text().contains(QStringLiteral("rejects.csv")));
}

TEST_F(SpreadsheetImportWizardTest, AClerksSheetWithOtherHeadersIsMatchedAndMapped)
{
    const QString path = writeCsv(
        QStringLiteral("clerk.csv"),
        QStringLiteral("STT,Họ và tên,Ngày sinh,Số CCCD,Số thẻ đảng viên,Sinh hoạt tại,Ghi chú riêng\n"
                       "1,Phạm Văn An,01/02/1990,001090000011,20000011,CB-B,xem lại\n"
                       "2,Hồ Thị Dung,07/08/1992,001092000014,20000014,CB-B,\n"));
    const qint64 before = memberCount();
    gui::SpreadsheetImportWizard wizard(*session);
    wizard.setTable(app::InterchangeTable::Members);
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::MappingPage);
    ASSERT_EQ(wizard.mappedColumns(), 7);
    // The clerk's words are recognised where they name a field.
    EXPECT_EQ(wizard.fieldComboBox(1)->currentData().toString(), QStringLiteral("ho_ten"));
    EXPECT_EQ(wizard.fieldComboBox(2)->currentData().toString(), QStringLiteral("ngay_sinh"));
    EXPECT_EQ(wizard.fieldComboBox(3)->currentData().toString(), QStringLiteral("so_cccd"));
    EXPECT_EQ(wizard.fieldComboBox(4)->currentData().toString(), QStringLiteral("so_the_dang_vien"));
    EXPECT_TRUE(wizard.fieldComboBox(0)->currentData().toString().isEmpty()); // STT: a row counter

    // The clerk maps the rest by hand: the unit column feeds the home unit, the private note nothing.
    const auto choose = [&](int column, const QString& key) {
        QComboBox* box = wizard.fieldComboBox(column);
        box->setCurrentIndex(box->findData(key));
    };
    choose(5, QStringLiteral("don_vi_sinh_hoat"));
    choose(6, QString());
    // A field goes to one column only: giving ho_ten to the note column takes it from the name column.
    choose(6, QStringLiteral("ho_ten"));
    EXPECT_TRUE(wizard.fieldComboBox(1)->currentData().toString().isEmpty());
    // Without a name column the wizard does not go on.
    choose(6, QString());
    wizard.next();
    EXPECT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::MappingPage);
    EXPECT_FALSE(child<QLabel>(&wizard, "missingLabel")->text().contains(QStringLiteral("every one")));
    choose(1, QStringLiteral("ho_ten"));
    EXPECT_EQ(wizard.columnMap().value(QStringLiteral("Sinh hoạt tại")), QStringLiteral("don_vi_sinh_hoat"));

    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::PreviewPage);
    const app::ImportReport& checked = wizard.previewModel()->preview().report;
    EXPECT_TRUE(checked.complete()) << (checked.problems.isEmpty()
                                            ? ""
                                            : checked.problems.first().reason.toStdString());
    EXPECT_TRUE(child<QRadioButton>(&wizard, "allOrNothingRadioButton")->isEnabled());
    EXPECT_TRUE(child<QRadioButton>(&wizard, "allOrNothingRadioButton")->isChecked());
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::ResultPage);
    EXPECT_EQ(wizard.report().imported, 2);
    EXPECT_EQ(memberCount(), before + 2);
    auto an = service->findMember(QStringLiteral("20000011"));
    ASSERT_TRUE(an.ok());
    EXPECT_EQ(an->fullName, QStringLiteral("Phạm Văn An"));
    EXPECT_EQ(an->homeUnitId, otherHomeCell.id);
    EXPECT_TRUE(an->notes.isEmpty()); // the private note was left out
}

TEST_F(SpreadsheetImportWizardTest, WhatTheDossierWouldFlagIsListedForItsRowsAndDoesNotStopTheImport)
{
    // Line 2: admitted in 2020, no full-membership date and a party card: probation long over, and a
    // probationary member with a card. Line 3: a full member, nothing to say. Line 4: an old 9-digit ID.
    const QString path = writeCsv(
        QStringLiteral("warnings.csv"),
        QStringLiteral(
            "ho_ten,ngay_sinh,so_cccd,so_the_dang_vien,ngay_vao_dang,ngay_chinh_thuc,don_vi_sinh_hoat\n"
            "Phạm Văn An,01/02/1990,001090000011,20000011,03/04/2020,,CB-A\n"
            "Võ Thị Bình,05/06/1991,001091000012,20000012,03/04/2012,03/04/2013,CB-A\n"
            "Hồ Thị Dung,07/08/1992,123456789,20000014,03/04/2012,03/04/2013,CB-A\n"));
    const qint64 before = memberCount();
    gui::SpreadsheetImportWizard wizard(*session);
    wizard.setTable(app::InterchangeTable::Members);
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::PreviewPage);
    const gui::ImportPreviewModel* model = wizard.previewModel();
    const app::ImportReport& checked = model->preview().report;
    EXPECT_TRUE(checked.complete()); // warnings stop nothing
    ASSERT_EQ(checked.warnings.size(), 3);
    const auto warned = [&](int line, const char* column, const QString& words) {
        for (const app::ImportProblem& w : checked.warnings) {
            if (w.line == line && w.column == QLatin1String(column) && w.reason.contains(words))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(warned(2, "ngay_chinh_thuc", QStringLiteral("Probation ended")));
    EXPECT_TRUE(
        warned(2, "so_the_dang_vien", QStringLiteral("probationary member does not have a party card")));
    EXPECT_TRUE(warned(4, "so_cccd", QStringLiteral("9-digit")));
    EXPECT_EQ(model->rowsWithWarnings(), 2);
    EXPECT_EQ(model->rowsWithProblems(), 0);

    // The cells are marked (yellow, the reason in the tooltip), the unmarked row is not.
    const QModelIndex card = model->index(0, columnOf(model, QStringLiteral("so_the_dang_vien")));
    EXPECT_TRUE(card.data(gui::ImportPreviewModel::WarningRole).toBool());
    EXPECT_FALSE(card.data(gui::ImportPreviewModel::ProblemRole).toBool());
    EXPECT_TRUE(card.data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(card.data(Qt::ToolTipRole).toString().contains(QStringLiteral("party card")))
        << card.data(Qt::ToolTipRole).toString().toStdString();
    EXPECT_FALSE(model->index(1, columnOf(model, QStringLiteral("so_the_dang_vien")))
                     .data(gui::ImportPreviewModel::WarningRole)
                     .toBool());

    // Listed under the rows with their line and column, and counted in the summary.
    QPlainTextEdit* list = wizard.previewWarnings();
    ASSERT_NE(list, nullptr);
    EXPECT_FALSE(list->isHidden());
    const QString text = list->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Line 2, ngay_chinh_thuc: Probation ended")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Line 2, so_the_dang_vien:"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Line 4, so_cccd:"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Line 3"))) << text.toStdString();
    EXPECT_TRUE(child<QLabel>(&wizard, "summaryLabel")->text().contains(QStringLiteral("3 warnings")))
        << child<QLabel>(&wizard, "summaryLabel")->text().toStdString();
    auto* show = child<QComboBox>(&wizard, "showComboBox");
    show->setCurrentIndex(show->findData(static_cast<int>(gui::ImportPreviewModel::Show::RowsWithWarnings)));
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->headerData(0, Qt::Vertical).toInt(), 2);
    EXPECT_EQ(model->headerData(1, Qt::Vertical).toInt(), 4);
    show->setCurrentIndex(0);

    // All or nothing still imports them all.
    EXPECT_TRUE(child<QRadioButton>(&wizard, "allOrNothingRadioButton")->isChecked());
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::ResultPage);
    EXPECT_EQ(wizard.report().imported, 3);
    EXPECT_EQ(memberCount(), before + 3);
}

TEST_F(SpreadsheetImportWizardTest, TheMappingShowsTheTitlesAClerkKnowsWithTheCodesInTheTooltip)
{
    const QString path = writeCsv(QStringLiteral("titles.csv"),
                                  QStringLiteral("STT,Tên,Ngày sinh\n1,Phạm Văn An,01/02/1990\n"));
    gui::SpreadsheetImportWizard wizard(*session);
    wizard.setTable(app::InterchangeTable::Members);
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::MappingPage);
    QComboBox* box = wizard.fieldComboBox(0);
    const int name = box->findData(QStringLiteral("ho_ten"));
    ASSERT_GE(name, 0);
    // The tests run in English: the titles are the English ones ("Họ và tên" in Vietnamese).
    EXPECT_EQ(box->itemText(name), QStringLiteral("Full name *"));
    EXPECT_TRUE(box->itemData(name, Qt::ToolTipRole).toString().contains(QStringLiteral("ho_ten")));
    EXPECT_TRUE(box->itemData(name, Qt::ToolTipRole).toString().contains(QStringLiteral("full_name")));
    EXPECT_EQ(box->itemText(box->findData(QStringLiteral("ngay_vao_dang"))),
              QStringLiteral("Admission date"));
    // No item shows a code where a title is known.
    for (int i = 1; i < box->count(); ++i) {
        EXPECT_NE(box->itemText(i).remove(QStringLiteral(" *")), box->itemData(i).toString())
            << box->itemText(i).toStdString();
        EXPECT_FALSE(box->itemText(i).contains(QLatin1Char('_'))) << box->itemText(i).toStdString();
    }
    // The required field no column feeds is named by its title.
    for (int c = 0; c < wizard.mappedColumns(); ++c) {
        QComboBox* b = wizard.fieldComboBox(c);
        b->setCurrentIndex(0);
    }
    const QString missing = child<QLabel>(&wizard, "missingLabel")->text();
    EXPECT_TRUE(missing.contains(QStringLiteral("Full name"))) << missing.toStdString();
    EXPECT_FALSE(missing.contains(QStringLiteral("ho_ten"))) << missing.toStdString();
}

TEST_F(SpreadsheetImportWizardTest, FileMenuOffersImportAndEveryPrintedKind)
{
    gui::MainWindow window(*session);
    QAction* import = window.actions().importSpreadsheet;
    ASSERT_NE(import, nullptr);
    EXPECT_TRUE(import->isEnabled());
    EXPECT_FALSE(import->text().isEmpty());
    auto* print = window.findChild<QMenu*>(QStringLiteral("printMenu"));
    ASSERT_NE(print, nullptr);
    int kinds = 0;
    for (QAction* action : print->actions()) {
        if (action->objectName().startsWith(QLatin1String("printAction"))) {
            ++kinds;
            EXPECT_FALSE(action->text().isEmpty());
        }
    }
    EXPECT_EQ(kinds, 11); // with the reminder letters
    EXPECT_NE(window.findChild<QAction*>(QStringLiteral("printDialogAction")), nullptr);
}

TEST_F(SpreadsheetImportWizardTest, AWorkbookOfTheRegisterItselfIsAllDuplicatesAndImportsNothing)
{
    const QString path = m_dir.file(QStringLiteral("members.xlsx"));
    ASSERT_TRUE(app::ExportService(*session).exportFile(app::InterchangeTable::Members, path).ok());
    const qint64 before = memberCount();
    gui::SpreadsheetImportWizard wizard(*session);
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::MappingPage);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::PreviewPage);
    const gui::ImportPreviewModel* model = wizard.previewModel();
    EXPECT_EQ(model->rowCount(), 4);
    EXPECT_EQ(model->rowsWithProblems(), 4);
    // Every card and citizen ID is already the register's: shown as duplicates, never merged.
    EXPECT_GE(model->preview().report.duplicates.size(), 4);
    for (const app::ImportDuplicate& d : model->preview().report.duplicates)
        EXPECT_NE(d.memberId, 0);
    EXPECT_FALSE(child<QRadioButton>(&wizard, "allOrNothingRadioButton")->isEnabled());
    // No valid row: importing the valid ones is refused before a rejects file is asked for.
    gui::FileDialogs::setNextPaths({m_dir.file(QStringLiteral("rejects.xlsx"))});
    wizard.next();
    EXPECT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::PreviewPage);
    EXPECT_TRUE(gui::FileDialogs::hasNextPaths());
    EXPECT_EQ(memberCount(), before);
}

TEST_F(SpreadsheetImportWizardTest, TenThousandRowsPreviewWithoutItemsPerCell)
{
    QString text =
        QStringLiteral("ho_ten,ngay_sinh,so_cccd,so_the_dang_vien,ngay_vao_dang,don_vi_sinh_hoat\n");
    constexpr int kRows = 10000;
    for (int i = 0; i < kRows; ++i) {
        // Every 100th row has a day that does not exist.
        const QString born = i % 100 == 7 ? QStringLiteral("30/02/1990") : QStringLiteral("01/02/1990");
        // Names hold letters only: the row number spelled in letters.
        QString letters;
        for (int n = i, k = 0; k < 4; ++k, n /= 26)
            letters.prepend(QChar(u'a' + n % 26));
        text += QStringLiteral("Thành Viên %1,%2,0010900%3,3%4,03/04/2015,CB-A\n")
                    .arg(letters)
                    .arg(born)
                    .arg(i, 5, 10, QLatin1Char('0'))
                    .arg(i, 7, 10, QLatin1Char('0'));
    }
    const QString path = writeCsv(QStringLiteral("big.csv"), text);
    gui::SpreadsheetImportWizard wizard(*session);
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    QElapsedTimer timer;
    timer.start();
    wizard.next();
    settleEvents();
    const qint64 elapsed = timer.elapsed();
    ASSERT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::PreviewPage);
    EXPECT_EQ(wizard.previewModel()->rowCount(), kRows);
    EXPECT_EQ(wizard.previewModel()->rowsWithProblems(), kRows / 100)
        << wizard.previewModel()->preview().marks.value(0).reason.toStdString();
    // The check of 10,000 rows dominates; the table itself is a model, shown at once.
    EXPECT_LT(elapsed, 30000);
    std::printf("preview of %d rows: %lld ms\n", kRows, static_cast<long long>(elapsed));
    // Scrolling to the end asks for the visible rows only.
    auto* view = child<QTableView>(&wizard, "previewTableView");
    timer.restart();
    view->scrollToBottom();
    settleEvents();
    EXPECT_LT(timer.elapsed(), 2000);
}

// Not a behaviour test: with OREC_SHEETS_SCREENSHOT_DIR set, saves the wizard's steps and the print dialog as
// PNGs at the size they open with, checking that they fit a 1366x768 screen.
TEST_F(SpreadsheetImportWizardTest, Screenshots)
{
    const QString dir = qEnvironmentVariable("OREC_SHEETS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set OREC_SHEETS_SCREENSHOT_DIR to take screenshots";
    const auto save = [&dir](QWidget* widget, const QString& name) {
        settleEvents();
        EXPECT_LE(widget->width(), 1366) << name.toStdString();
        EXPECT_LE(widget->height(), 768) << name.toStdString();
        EXPECT_TRUE(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG"));
    };
    const QString clerk = writeCsv(
        QStringLiteral("clerk.csv"),
        QStringLiteral(
            "STT,Họ và tên,\"Ngày, tháng, năm sinh\",Số CCCD,Số thẻ đảng viên,Sinh hoạt tại,Ghi chú riêng\n"
            "1,Phạm Văn An,01/02/1990,001090000011,20000011,CB-B,xem lại\n"
            "2,Hồ Thị Dung,07/08/1992,001092000014,20000014,CB-B,\n"));
    {
        gui::SpreadsheetImportWizard wizard(*session);
        wizard.setFile(clerk);
        wizard.show();
        save(&wizard, QStringLiteral("import-1-file"));
        wizard.next();
        save(&wizard, QStringLiteral("import-2-mapping"));
    }
    gui::SpreadsheetImportWizard wizard(*session);
    wizard.setFile(sheetWithProblems());
    wizard.show();
    wizard.next();
    wizard.next();
    save(&wizard, QStringLiteral("import-3-preview"));
    gui::FileDialogs::setNextPaths({m_dir.file(QStringLiteral("rejects.csv"))});
    wizard.next();
    save(&wizard, QStringLiteral("import-4-result"));
}

TEST_F(SpreadsheetImportWizardTest, TheFortyTwoByteWorkbookThatCrashedTheWizardIsRefusedOnItsFirstPage)
{
    // The bytes that made the wizard crash (SIGSEGV) as soon as the file was chosen: a ZIP64 locator in
    // a file shorter than the record it points at (fuzz/corpus/xlsx/regressions).
    QFile kept(
        QStringLiteral(OREC_SOURCE_DIR "/fuzz/corpus/xlsx/regressions/zip64-locator-in-42-bytes.xlsx"));
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    const QString path = m_dir.file(QStringLiteral("crash.xlsx"));
    QFile copy(path);
    ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
    copy.write(kept.readAll());
    copy.close();

    const qint64 before = memberCount();
    gui::MessageBox::clearLastText();
    gui::SpreadsheetImportWizard wizard(*session);
    wizard.setTable(app::InterchangeTable::Members);
    wizard.setFile(path); // reads the sheet names: where it crashed
    wizard.show();
    wizard.next();
    EXPECT_EQ(wizard.currentId(), gui::SpreadsheetImportWizard::FilePage);
    EXPECT_TRUE(gui::MessageBox::lastText().contains(QStringLiteral("ZIP")))
        << gui::MessageBox::lastText().toStdString();
    EXPECT_EQ(memberCount(), before);
}
