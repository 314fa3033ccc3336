#include "gui/print_support.h"

#include "app/document_register_service.h"
#include "gui/background_work.h"
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
#include <QFile>
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

Error stoppedError()
{
    return Error(ErrorCode::Cancelled, PrintSupport::tr("Stopped; no file was written."));
}

// Where a file is written before it is complete: hidden, beside it, with its extension (writers choose
// the format by it).
QString partialPath(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().filePath(QStringLiteral(".%1.writing.%2").arg(info.completeBaseName(), info.suffix()));
}

// Runs `write` (to the partial path) on a worker, the session handed to it meanwhile, then puts the file in
// place of `path`. Stopped or failed, the partial file goes and an older file of that name stays as it was.
Status writeInBackground(QWidget* parent, app::Session& session, const QString& title, const QString& path,
                         const std::function<Status(app::Session&, const QString&, WorkProgress&)>& write)
{
    const QString partial = partialPath(path);
    return BackgroundWork::run<Status>(parent, title, [&](WorkProgress& progress) -> Status {
        Status s = write(session, partial, progress);
        if (s && progress.cancelled())
            s = stoppedError();
        if (!s) {
            QFile::remove(partial);
            return s;
        }
        if (QFile::exists(path) && !QFile::remove(path)) {
            QFile::remove(partial);
            return Error(ErrorCode::Io, PrintSupport::tr("The file cannot be replaced."), path);
        }
        if (!QFile::rename(partial, path)) {
            QFile::remove(partial);
            return Error(ErrorCode::Io, PrintSupport::tr("The file cannot be written."), path);
        }
        return okStatus();
    });
}

// Asks where to export a list (.xlsx or .csv); empty when the person declines.
QString askExportPath(QWidget* parent, const QString& suggestedName)
{
    QString selectedFilter;
    QString path = FileDialogs::saveFileName(parent, PrintSupport::tr("Export the list"),
                                             QDir::home().filePath(suggestedName + QStringLiteral(".xlsx")),
                                             PrintSupport::tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
                                             &selectedFilter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path +=
            selectedFilter.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
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
    case app::PrintKind::Reminders:
        name = tr("reminders", "file name");
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

bool PrintSupport::mayIssue(app::Session& session, const app::PrintRequest& request)
{
    return app::PrintService::kindSymbol(request.kind).has_value() &&
           app::DocumentRegisterService(session).mayIssue().ok();
}

QString PrintSupport::issue(QWidget* parent, app::Session& session, const app::PrintRequest& request)
{
    // The file first: a clerk who cancels here has issued nothing.
    QString path = FileDialogs::saveFileName(
        parent, tr("Issue with a number"),
        QDir::home().filePath(suggestedName(request) + QStringLiteral(".pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    path = withSuffix(path, QStringLiteral(".pdf"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto issued = app::DocumentRegisterService(session).issueToFile(request, path);
    QApplication::restoreOverrideCursor();
    if (!issued) {
        MessageBox::warning(parent, tr("Not issued"), issued.error().toString());
        return {};
    }
    QStringList numbers;
    for (const IssuedDocument& d : issued->documents)
        numbers << d.numberText;
    MessageBox::information(
        parent, tr("Issued"),
        tr("Issued with the number %1 in the document register, and written to:\n%2\n\nThe register keeps the "
           "document: a reprint from Document register gives the same paper with the same number. The file is "
           "readable by you only, and not encrypted.")
            .arg(numbers.join(QStringLiteral(", ")), QDir::toNativeSeparators(path)));
    return path;
}

bool PrintSupport::preview(QWidget* parent, app::Session& session, const app::PrintRequest& given)
{
    app::PrintRequest request = given;
    request.draft = true; // a preview is a draft: the number is the register's, at issue
    // The statistics over 500,000 postings take seconds to gather and lay out: on a worker.
    auto layout = BackgroundWork::run<Result<reports::LaidOutDocument>>(
        parent, tr("Preparing the pages"), [&](WorkProgress& progress) -> Result<reports::LaidOutDocument> {
            progress.report(tr("Laying out the pages…"));
            auto laid = app::PrintService(session).layout(request);
            if (laid && progress.cancelled())
                return stoppedError();
            return laid;
        });
    if (!layout) {
        if (layout.code() != ErrorCode::Cancelled)
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
        if (mayIssue(session, request)) {
            QAction* issueAction =
                bar->addAction(QIcon::fromTheme(QStringLiteral("document-send")), tr("Issue with a number…"));
            issueAction->setObjectName(QStringLiteral("issueAction"));
            issueAction->setToolTip(tr(
                "Give this document the next number of its kind in the committee's register, keep it there "
                "and save it as PDF"));
            QObject::connect(issueAction, &QAction::triggered, &dialog, [&dialog, &session, given] {
                if (!issue(&dialog, session, given).isEmpty())
                    dialog.accept();
            });
        }
    }
    dialog.exec();
    return true;
}

QString PrintSupport::savePdf(QWidget* parent, app::Session& session, const app::PrintRequest& given)
{
    app::PrintRequest request = given;
    request.draft = true;
    QString path = FileDialogs::saveFileName(
        parent, tr("Save as PDF"), QDir::home().filePath(suggestedName(request) + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    path = withSuffix(path, QStringLiteral(".pdf"));
    Status written = writeInBackground(
        parent, session, tr("Saving as PDF"), path,
        [&request](app::Session& worker, const QString& partial, WorkProgress& progress) -> Status {
            progress.report(tr("Laying out the pages…"));
            auto laid = app::PrintService(worker).layout(request);
            if (!laid)
                return laid.error();
            if (!progress.report(tr("Writing the PDF…")))
                return stoppedError();
            return reports::DocumentRenderer::writePdf(*laid, partial);
        });
    if (!written) {
        if (written.code() != ErrorCode::Cancelled)
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
    return exportBuiltTable(
        parent, session,
        [&table](app::Session&, WorkProgress&) -> Result<reports::ReportTable> { return table; },
        suggestedName);
}

QString PrintSupport::exportBuiltTable(QWidget* parent, app::Session& session, const TableBuilder& build,
                                       const QString& suggestedName)
{
    const QString path = askExportPath(parent, suggestedName);
    if (path.isEmpty())
        return {};
    Status written = writeInBackground(
        parent, session, tr("Exporting the list"), path,
        [&build](app::Session& worker, const QString& partial, WorkProgress& progress) -> Status {
            auto table = build(worker, progress);
            if (!table)
                return table.error();
            if (!progress.report(
                    tr("Writing %n row(s) to the file…", nullptr, static_cast<int>(table->items.size()))))
                return stoppedError();
            return app::PrintService(worker).exportTable(*table, partial);
        });
    if (!written) {
        if (written.code() != ErrorCode::Cancelled)
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
