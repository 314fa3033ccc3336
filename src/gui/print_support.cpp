#include "gui/print_support.h"

#include "gui/file_dialogs.h"
#include "gui/message_box.h"
#include "gui/window_size.h"
#include "reports/document_renderer.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <algorithm>

namespace orec::gui {

namespace {

QString withSuffix(QString path, const QString& suffix)
{
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

} // namespace

QString PrintSupport::suggestedName(const app::PrintRequest& request)
{
    // In the interface's language: the name a clerk sees in the save dialog and later in the folder.
    QString name;
    switch (request.kind) {
    case app::PrintKind::Abroad:
        name = tr("members-abroad", "file name");
        break;
    case app::PrintKind::Movements:
        name = tr("departures-and-returns", "file name");
        break;
    case app::PrintKind::ReportsDue:
        name = tr("reports-due", "file name");
        break;
    case app::PrintKind::MemberRecord:
        name = tr("member-record", "file name");
        break;
    case app::PrintKind::Statistics:
        name = tr("statistics", "file name");
        break;
    case app::PrintKind::TemporaryTransfer:
        name = QStringLiteral("2-SHĐ");
        break;
    case app::PrintKind::OverseasPostingSlip:
        name = QStringLiteral("3A-SHĐ");
        break;
    case app::PrintKind::TransferredAbroadList:
        name = QStringLiteral("3C-SHĐ");
        break;
    case app::PrintKind::TransferRegister:
        name = QStringLiteral("10-SHĐ");
        break;
    case app::PrintKind::Calibration:
        name = QStringLiteral("calibration");
        break;
    case app::PrintKind::ScreenList:
        name = request.listName;
        break;
    }
    if (name.isEmpty())
        name = tr("document", "file name");
    const QDate day = request.asOf.isValid() ? request.asOf : QDate::currentDate();
    return name + QLatin1Char('-') + day.toString(Qt::ISODate);
}

bool PrintSupport::preview(QWidget* parent, app::Session& session, const app::PrintRequest& request)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto layout = app::PrintService(session).layout(request);
    QApplication::restoreOverrideCursor();
    if (!layout) {
        MessageBox::warning(parent, tr("Nothing to print"), layout.error().toString());
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(suggestedName(request));
    if (!request.printerName.isEmpty()) // the printer the overlay's offsets were measured on
        printer.setPrinterName(request.printerName);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print preview"));
    resizeToFit(&dialog, QSize(900, 700));
    const reports::LaidOutDocument document = *layout;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document, parent](QPrinter* target) {
                         if (Status printed = reports::DocumentRenderer::print(document, *target); !printed)
                             MessageBox::warning(parent, tr("Printing failed"), printed.error().toString());
                     });
    // The preview's own tool bar prints; saving the same pages as PDF sits beside it.
    if (auto* bar = dialog.findChild<QToolBar*>()) {
        bar->addSeparator();
        QAction* save =
            bar->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save as PDF…"));
        save->setObjectName(QStringLiteral("savePdfAction"));
        save->setToolTip(tr("Save these pages as a PDF file"));
        QObject::connect(save, &QAction::triggered, &dialog, [&dialog, &document, request] {
            const QString path = FileDialogs::saveFileName(
                &dialog, tr("Save as PDF"),
                QDir::home().filePath(suggestedName(request) + QStringLiteral(".pdf")),
                tr("PDF documents (*.pdf)"));
            if (path.isEmpty())
                return;
            const QString pdf = withSuffix(path, QStringLiteral(".pdf"));
            if (Status written = reports::DocumentRenderer::writePdf(document, pdf); !written)
                MessageBox::warning(&dialog, tr("Saving failed"), written.error().toString());
            else
                confirmWritten(&dialog, pdf);
        });
        if (auto* button = bar->widgetForAction(save))
            button->setObjectName(QStringLiteral("savePdfButton"));
    }
    dialog.exec();
    return true;
}

QString PrintSupport::savePdf(QWidget* parent, app::Session& session, const app::PrintRequest& request)
{
    QString path = FileDialogs::saveFileName(
        parent, tr("Save as PDF"), QDir::home().filePath(suggestedName(request) + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    path = withSuffix(path, QStringLiteral(".pdf"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status written = app::PrintService(session).writePdf(request, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(parent, tr("Saving failed"), written.error().toString());
        return {};
    }
    confirmWritten(parent, path);
    return path;
}

void PrintSupport::confirmWritten(QWidget* parent, const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const auto answer = MessageBox::question(
        parent, tr("File written"),
        tr("The file was written to:\n%1\n\nIt is readable by you only, and not encrypted: keep it only as long "
           "as it is needed. Open shows its folder.")
            .arg(QDir::toNativeSeparators(path)),
        QMessageBox::Open | QMessageBox::Ok, QMessageBox::Ok);
    if (answer == QMessageBox::Open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

QString PrintSupport::exportTable(QWidget* parent, app::Session& session, const reports::ReportTable& table,
                                  const QString& suggestedName)
{
    QString selectedFilter;
    QString path = FileDialogs::saveFileName(
        parent, tr("Export the list"), QDir::home().filePath(suggestedName + QStringLiteral(".xlsx")),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), &selectedFilter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path +=
            selectedFilter.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status written = app::PrintService(session).exportTable(table, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(parent, tr("Export failed"), written.error().toString());
        return {};
    }
    confirmWritten(parent, path);
    return path;
}

reports::ReportTable PrintSupport::tableOfView(const QTableView* view, const QList<int>& skipColumns)
{
    reports::ReportTable table;
    table.numbered = false; // the list as the screen shows it, column for column
    const QAbstractItemModel* model = view->model();
    if (!model)
        return table;
    const QHeaderView* header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical) || skipColumns.contains(logical))
            continue;
        columns.append(logical);
        // Paper widths follow the screen's, so the wide columns stay wide in a workbook too.
        table.addColumn(QString(), model->headerData(logical, Qt::Horizontal).toString(),
                        std::clamp(header->sectionSize(logical) / 5.0, 15.0, 60.0));
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // A model that reads in batches as the view scrolls (the audit log) is read to its end first.
    auto* readable = const_cast<QAbstractItemModel*>(model);
    while (readable->canFetchMore({}))
        readable->fetchMore({});
    const int rows = model->rowCount();
    for (int row = 0; row < rows; ++row) {
        QVariantList cells;
        cells.reserve(columns.size());
        for (int column : std::as_const(columns))
            cells.append(model->data(model->index(row, column)));
        table.addRow(cells);
    }
    QApplication::restoreOverrideCursor();
    return table;
}

QString PrintSupport::exportView(QWidget* parent, app::Session& session, const QTableView* view,
                                 const QString& suggestedName, const QList<int>& skipColumns)
{
    return exportTable(parent, session, tableOfView(view, skipColumns), suggestedName);
}

} // namespace orec::gui
