// Print preview and spreadsheet export of the register's documents and lists, shared by the screens.
#pragma once

#include "app/print_service.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace orec::gui {

class PrintSupport
{
    Q_DECLARE_TR_FUNCTIONS(orec::gui::PrintSupport)
public:
    // Lays the document out and shows it in a print preview; errors go to a message box.
    static void preview(QWidget* parent, app::Session& session, const app::PrintRequest& request);
    // Asks for a file (.xlsx or .csv) and writes the table there; returns the path written or empty.
    static QString exportTable(QWidget* parent, const reports::ReportTable& table, const QString& suggestedName);
};

} // namespace orec::gui
