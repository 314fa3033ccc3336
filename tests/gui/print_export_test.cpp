// Printing and exporting from the screens offscreen: a print preview opens (and saves its pages as PDF), the
// print dialog writes each kind it is given, the filtered member list exports only its rows and shown
// columns, the postings and reports-due lists export as shown, and a dashboard chart saves as a PNG picture.
#include "app/print_service.h"
#include "gui/audit_log_screen.h"
#include "gui/dashboard_screen.h"
#include "gui/file_dialogs.h"
#include "gui/member_dossier_dialog.h"
#include "gui/member_list_model.h"
#include "gui/members_screen.h"
#include "gui/posting_editor_dialog.h"
#include "gui/postings_screen.h"
#include "gui/print_dialog.h"
#include "gui/print_support.h"
#include "gui/reports_due_screen.h"
#include "gui_test_support.h"
#include "register_fixture.h"
#include "reports/csv_reader.h"

#include <QAction>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <functional>

using namespace orec;
using namespace orec::test;

namespace {

class PrintExportTest : public RegisterFixture
{
protected:
    void TearDown() override
    {
        gui::FileDialogs::setNextPaths({});
        RegisterFixture::TearDown();
    }

    // The rows of a CSV the screens wrote (header first), read back with the import's reader.
    QList<QStringList> readCsv(const QString& path)
    {
        auto table = reports::CsvReader::readFile(path);
        EXPECT_TRUE(table.ok());
        QList<QStringList> rows;
        if (table.ok()) {
            for (const auto& record : table->records)
                rows.append(record.fields);
        }
        return rows;
    }

    static qint64 fileSize(const QString& path) { return QFileInfo(path).size(); }
};

} // namespace

TEST_F(PrintExportTest, PrintPreviewOpensAndSavesItsPagesAsPdf)
{
    sendAbroad();
    const QString pdf = m_dir.file(QStringLiteral("abroad.pdf"));
    bool opened = false;
    whenModalOpens([&](QWidget* modal) {
        auto* dialog = qobject_cast<QPrintPreviewDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        opened = true;
        auto* save = dialog->findChild<QAction*>(QStringLiteral("savePdfAction"));
        ASSERT_NE(save, nullptr);
        gui::FileDialogs::setNextPaths({pdf});
        save->trigger();
        EXPECT_TRUE(gui::MessageBox::lastText().contains(QDir::toNativeSeparators(pdf)));
        dialog->reject();
    });
    app::PrintRequest request;
    request.kind = app::PrintKind::Abroad;
    EXPECT_TRUE(gui::PrintSupport::preview(nullptr, *session, request));
    EXPECT_TRUE(opened);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
    EXPECT_GT(file.size(), 1000);
}

TEST_F(PrintExportTest, PrintDialogWritesEveryKindItIsGiven)
{
    sendAbroad();
    // A temporary transfer letter for Đức's study, so the forms and the register have a letter to show.
    Transfer letter;
    letter.kind = TransferKind::Temporary;
    letter.issuingCommitteeId = committee.id;
    letter.issueDate = QDate(2025, 8, 20);
    letter.memberId = duc.id;
    letter.postingId = ducPosting.id;
    letter.receivingUnitName = QStringLiteral("Chi bộ lưu học sinh Tokyo");
    ASSERT_TRUE(service->issueTransfer(letter).ok());
    // And an official posting slip abroad this year, so report 3C-SHĐ has a batch to list.
    letter.kind = TransferKind::LabourExport;
    letter.issueDate = QDate(2026, 3, 1);
    ASSERT_TRUE(service->issueTransfer(letter).ok());

    gui::PrintDialog dialog(*session);
    const auto write = [&](app::PrintKind kind, const QString& name, auto&& setUp) {
        dialog.selectKind(kind);
        setUp();
        const QString path = m_dir.file(name);
        gui::FileDialogs::setNextPaths({path});
        EXPECT_EQ(dialog.savePdf(), path) << name.toStdString();
        EXPECT_GT(fileSize(path), 1000) << name.toStdString();
        // The clerk is told where it went (with a button that opens the folder).
        EXPECT_TRUE(gui::MessageBox::lastText().contains(QDir::toNativeSeparators(path)))
            << name.toStdString();
    };
    const auto nothing = [] {};
    write(app::PrintKind::Abroad, QStringLiteral("abroad.pdf"), nothing);
    write(app::PrintKind::Movements, QStringLiteral("movements.pdf"), nothing); // this year so far
    write(app::PrintKind::ReportsDue, QStringLiteral("due.pdf"), nothing);
    write(app::PrintKind::MemberRecord, QStringLiteral("record.pdf"),
          [&] { dialog.setMemberKey(QStringLiteral("10000001")); });
    write(app::PrintKind::Statistics, QStringLiteral("statistics.pdf"), nothing);
    auto* year = child<QSpinBox>(&dialog, "yearSpinBox");
    write(app::PrintKind::TemporaryTransfer, QStringLiteral("2-shd.pdf"), [&] { year->setValue(2025); });
    write(app::PrintKind::OverseasPostingSlip, QStringLiteral("3a-shd.pdf"), [&] { year->setValue(2025); });
    write(app::PrintKind::TransferRegister, QStringLiteral("10-shd.pdf"), [&] { year->setValue(2025); });
    write(app::PrintKind::TransferredAbroadList, QStringLiteral("3c-shd.pdf"), nothing);

    // A member the register does not have: the dialog says so and writes nothing.
    dialog.selectKind(app::PrintKind::MemberRecord);
    dialog.setMemberKey(QStringLiteral("99999999"));
    EXPECT_FALSE(dialog.request().ok());
    gui::FileDialogs::setNextPaths({m_dir.file(QStringLiteral("none.pdf"))});
    EXPECT_TRUE(dialog.savePdf().isEmpty());
    EXPECT_FALSE(QFile::exists(m_dir.file(QStringLiteral("none.pdf"))));
}

TEST_F(PrintExportTest, TheDossierPrintsTheRecordAndThePostingItsTransferLetters)
{
    sendAbroad();
    const auto previewOpens = [](const std::function<void()>& action) {
        bool opened = false;
        whenModalOpens([&opened](QWidget* modal) {
            opened = qobject_cast<QPrintPreviewDialog*>(modal) != nullptr;
            modal->close();
        });
        action();
        settleEvents();
        return opened;
    };
    gui::MemberDossierDialog dossier(*session, duc.id);
    auto* printRecord = child<QPushButton>(&dossier, "printRecordButton");
    ASSERT_NE(printRecord, nullptr);
    ASSERT_TRUE(printRecord->isEnabled());
    EXPECT_TRUE(previewOpens([&] { printRecord->click(); }));

    Transfer letter;
    letter.kind = TransferKind::Temporary;
    letter.issuingCommitteeId = committee.id;
    letter.issueDate = QDate(2025, 8, 20);
    letter.memberId = duc.id;
    letter.postingId = ducPosting.id;
    letter.receivingUnitName = QStringLiteral("Chi bộ lưu học sinh Tokyo");
    ASSERT_TRUE(service->issueTransfer(letter).ok());
    gui::PostingEditorDialog editor(*session, ducPosting.id, duc.id);
    auto* menu = child<QMenu>(&editor, "printLetterMenu");
    ASSERT_NE(menu, nullptr);
    Q_EMIT menu->aboutToShow();
    QList<QAction*> enabled;
    for (QAction* action : menu->actions()) {
        if (action->isEnabled())
            enabled.append(action);
    }
    ASSERT_EQ(enabled.size(), 2); // the letter out on 2-SHĐ and on 3A-SHĐ; no letter back yet
    EXPECT_TRUE(previewOpens([&] { enabled.first()->trigger(); }));
}

TEST_F(PrintExportTest, TheFilteredMemberListExportsOnlyItsRowsAndShownColumns)
{
    sendAbroad();
    gui::MembersScreen screen(*session);
    screen.show();
    MemberFilter abroad;
    abroad.presence = MemberPresence::Abroad;
    screen.showFiltered(abroad);
    ASSERT_EQ(screen.model()->rowCount(), 2);
    auto* view = child<QTableView>(&screen, "membersTableView");
    view->horizontalHeader()->hideSection(gui::MemberListModel::HomeUnitColumn);
    view->horizontalHeader()->showSection(gui::MemberListModel::CitizenIdColumn);

    const QString csv = m_dir.file(QStringLiteral("abroad.csv"));
    gui::FileDialogs::setNextPaths({csv});
    child<QPushButton>(&screen, "exportButton")->click();
    const QList<QStringList> rows = readCsv(csv);
    ASSERT_EQ(rows.size(), 3); // header and the two members abroad
    const QString all = [&] {
        QStringList lines;
        for (const QStringList& r : rows)
            lines.append(r.join(QLatin1Char('|')));
        return lines.join(QLatin1Char('\n'));
    }();
    EXPECT_TRUE(all.contains(QStringLiteral("Nguyễn Văn Đức")));
    EXPECT_TRUE(all.contains(QStringLiteral("Trần Thị Hoa")));
    EXPECT_FALSE(all.contains(QStringLiteral("Nguyễn Thị Mai")));
    EXPECT_TRUE(all.contains(QStringLiteral("001085000001")));   // the citizen ID column, now shown
    EXPECT_FALSE(all.contains(QStringLiteral("Chi bộ Khoa A"))); // the home unit column, now hidden
    EXPECT_FALSE(rows.first().contains(QStringLiteral("Home unit")));

    // The same list to a workbook.
    const QString xlsx = m_dir.file(QStringLiteral("abroad.xlsx"));
    gui::FileDialogs::setNextPaths({xlsx});
    child<QPushButton>(&screen, "exportButton")->click();
    EXPECT_GT(fileSize(xlsx), 0);
}

TEST_F(PrintExportTest, PostingAndReportsDueListsExportAsShown)
{
    sendAbroad();
    gui::PostingsScreen postings(*session);
    postings.showMode(gui::PostingsScreen::OverdueToReturn);
    auto* exportButton = child<QPushButton>(&postings, "exportButton");
    const auto* view = child<QTableView>(&postings, "postingsTableView");
    const int shown = view->model()->rowCount();
    EXPECT_EQ(exportButton->isEnabled(), shown > 0);
    postings.showMode(gui::PostingsScreen::Departures, QDate(2025, 1, 1), kGuiToday);
    ASSERT_EQ(view->model()->rowCount(), 3);
    ASSERT_TRUE(exportButton->isEnabled());
    const QString csv = m_dir.file(QStringLiteral("departures.csv"));
    gui::FileDialogs::setNextPaths({csv});
    exportButton->click();
    EXPECT_EQ(readCsv(csv).size(), 4);

    gui::ReportsDueScreen due(*session);
    const auto* dueView = child<QTableView>(&due, "reportsTableView");
    const int dueRows = dueView->model()->rowCount();
    const QString dueCsv = m_dir.file(QStringLiteral("due.csv"));
    gui::FileDialogs::setNextPaths({dueCsv});
    child<QPushButton>(&due, "exportButton")->click();
    const QList<QStringList> rows = readCsv(dueCsv);
    ASSERT_EQ(rows.size(), dueRows + 1);
    // The "File…" button column is not part of the list.
    EXPECT_EQ(rows.first().size(), dueView->model()->columnCount() - 1);
}

TEST_F(PrintExportTest, TheAuditLogExportsEveryEntryTheFiltersKeepNotOnlyTheFetchedOnes)
{
    // More entries than the log's first batch.
    for (int i = 0; i < 220; ++i) {
        QString letters;
        for (int n = i, k = 0; k < 3; ++k, n /= 26)
            letters.prepend(QChar(u'a' + n % 26));
        addMember(QStringLiteral("Thử Nghiệm ") + letters,
                  QStringLiteral("2%1").arg(i, 7, 10, QLatin1Char('0')),
                  QStringLiteral("0010950%1").arg(i, 5, 10, QLatin1Char('0')));
    }
    gui::AuditLogScreen screen(*session);
    screen.show();
    auto* view = child<QTableView>(&screen, "auditTableView");
    QAbstractItemModel* model = view->model();
    const int firstBatch = model->rowCount();
    const QString csv = m_dir.file(QStringLiteral("audit.csv"));
    gui::FileDialogs::setNextPaths({csv});
    child<QPushButton>(&screen, "exportButton")->click();
    const qsizetype exported = readCsv(csv).size() - 1;
    EXPECT_GT(exported, firstBatch);
    EXPECT_GT(exported, 220);
    EXPECT_EQ(exported, model->rowCount());
}

TEST_F(PrintExportTest, ADashboardChartSavesAsAPngPicture)
{
    test::ScopedUmask usual(022); // what the windows write is owner-only all the same
    sendAbroad();
    gui::DashboardScreen dashboard(*session);
    for (QChartView* chart :
         {dashboard.countryChart(), dashboard.cellTypeChart(), dashboard.movementsChart()}) {
        EXPECT_EQ(chart->contextMenuPolicy(), Qt::CustomContextMenu);
        const QString path = m_dir.file(chart->objectName() + QStringLiteral(".png"));
        EXPECT_EQ(dashboard.saveChartPng(chart, path), path);
        EXPECT_EQ(test::fileMode(path), 0600);
        const QImage image(path);
        ASSERT_FALSE(image.isNull());
        EXPECT_GE(image.width(), 800);
        EXPECT_GT(fileSize(path), 1000);
        // Not a blank picture: something other than white was drawn.
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; y += 7)
            for (int x = 0; x < image.width() && !drawn; x += 7)
                drawn = image.pixelColor(x, y) != QColor(Qt::white);
        EXPECT_TRUE(drawn);
    }
    // The statistical report can show a dashboard chart in place of the one it draws.
    gui::PrintDialog print(*session);
    print.selectKind(app::PrintKind::Statistics);
    print.setDashboardChart(gui::DashboardScreen::chartImage(dashboard.movementsChart()));
    auto request = print.request();
    ASSERT_TRUE(request.ok());
    EXPECT_FALSE(request->dashboardChart.isNull());
    const QString pdf = m_dir.file(QStringLiteral("statistics-with-chart.pdf"));
    gui::FileDialogs::setNextPaths({pdf});
    EXPECT_EQ(print.savePdf(), pdf);
    EXPECT_GT(fileSize(pdf), 1000);
    EXPECT_EQ(test::fileMode(pdf), 0600);
    // Through the file chooser, which adds the extension.
    gui::FileDialogs::setNextPaths({m_dir.file(QStringLiteral("chosen"))});
    gui::MessageBox::clearLastText();
    EXPECT_EQ(dashboard.saveChartPng(dashboard.countryChart()), m_dir.file(QStringLiteral("chosen.png")));
    // Where it went, with the button that opens its folder.
    EXPECT_TRUE(gui::MessageBox::lastText().contains(
        QDir::toNativeSeparators(m_dir.file(QStringLiteral("chosen.png")))))
        << gui::MessageBox::lastText().toStdString();
}

// Not a behaviour test: with OREC_SHEETS_SCREENSHOT_DIR set, saves the print dialog on each kind and a print
// preview as PNGs, checking that they fit a 1366x768 screen.
TEST_F(PrintExportTest, Screenshots)
{
    const QString dir = qEnvironmentVariable("OREC_SHEETS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set OREC_SHEETS_SCREENSHOT_DIR to take screenshots";
    sendAbroad();
    const auto save = [&dir](QWidget* widget, const QString& name) {
        settleEvents();
        EXPECT_LE(widget->width(), 1366) << name.toStdString();
        EXPECT_LE(widget->height(), 768) << name.toStdString();
        EXPECT_TRUE(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG"));
    };
    gui::PrintDialog dialog(*session);
    dialog.show();
    const QList<app::PrintKind> kinds = gui::PrintDialog::kinds();
    for (int i = 0; i < kinds.size(); ++i) {
        dialog.selectKind(kinds.at(i));
        save(&dialog, QStringLiteral("print-dialog-%1").arg(i));
    }
    whenModalOpens([&](QWidget* modal) {
        save(modal, QStringLiteral("print-preview"));
        modal->close();
    });
    app::PrintRequest request;
    request.kind = app::PrintKind::Statistics;
    request.from = QDate(2025, 1, 1);
    request.to = kGuiToday;
    gui::PrintSupport::preview(nullptr, *session, request);
    gui::DashboardScreen dashboard(*session);
    dashboard.resize(1100, 700);
    dashboard.show();
    save(&dashboard, QStringLiteral("dashboard"));
}
