#include "gui/print_support.h"

#include "gui/message_box.h"
#include "reports/document_renderer.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace orec::gui {

void PrintSupport::preview(QWidget* parent, app::Session& session, const app::PrintRequest& request)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto layout = app::PrintService(session).layout(request);
    QApplication::restoreOverrideCursor();
    if (!layout) {
        MessageBox::warning(parent, tr("Nothing to print"), layout.error().toString());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview"));
    dialog.resize(900, 800);
    const reports::LaidOutDocument document = *layout;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document, parent](QPrinter* target) {
        if (Status printed = reports::DocumentRenderer::print(document, *target); !printed)
            MessageBox::warning(parent, tr("Printing failed"), printed.error().toString());
    });
    dialog.exec();
}

QString PrintSupport::exportTable(QWidget* parent, const reports::ReportTable& table, const QString& suggestedName)
{
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export the list"),
                                                QDir::home().filePath(suggestedName + QStringLiteral(".xlsx")),
                                                tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), &selectedFilter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += selectedFilter.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status written = app::PrintService::exportTable(table, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::warning(parent, tr("Export failed"), written.error().toString());
        return {};
    }
    return path;
}

} // namespace orec::gui
