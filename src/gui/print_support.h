// Print preview, PDF and spreadsheet export of the register's documents and lists, shared by the screens.
#pragma once

#include "app/print_service.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

class QTableView;
class QWidget;

namespace orec::gui {

class WorkProgress;

class PrintSupport
{
    Q_DECLARE_TR_FUNCTIONS(orec::gui::PrintSupport)
public:
    // Lays the document out and shows it in a print preview whose tool bar also saves it as PDF;
    // errors go to a message box. Returns false when there was nothing to show.
    static bool preview(QWidget* parent, app::Session& session, const app::PrintRequest& request);
    // Asks for a .pdf file and writes the document there; returns the path written or empty. The preview and
    // this PDF are drafts ("BẢN NHÁP", no number) unless the kind carries its own register number.
    static QString savePdf(QWidget* parent, app::Session& session, const app::PrintRequest& request);
    // Whether this user may issue this kind of document with a number here (a clerk or an administrator,
    // at home; not the transfer forms, which carry their transfer register number).
    static bool mayIssue(app::Session& session, const app::PrintRequest& request);
    // Asks for a .pdf file, then issues the document with the next number of its kind in the committee's
    // register and writes it there; says which numbers were issued. Returns the path written or empty.
    static QString issue(QWidget* parent, app::Session& session, const app::PrintRequest& request);
    // Asks for a file (.xlsx or .csv) and writes the table there (PrintService::exportTable: the user's
    // role is checked, the file is owner-only); returns the path written or empty.
    // The file is written on a worker thread (progress, Cancel) to a temporary name beside it, renamed at
    // the end: a Cancel or a failure leaves no file, partial or whole.
    static QString exportTable(QWidget* parent, app::Session& session, const reports::ReportTable& table,
                               const QString& suggestedName);
    // The same for a table that takes long to gather: asks for the file first, then `build` runs on the
    // worker, the session handed to it meanwhile (BackgroundWork).
    using TableBuilder =
        std::function<Result<reports::ReportTable>(app::Session& worker, WorkProgress& progress)>;
    static QString exportBuiltTable(QWidget* parent, app::Session& session, const TableBuilder& build,
                                    const QString& suggestedName);
    // The list a view shows: its visible columns in their on-screen order (minus `skipColumns`, logical
    // indexes of action columns), every row of its model, texts as displayed.
    static reports::ReportTable tableOfView(const QTableView* view, const QList<int>& skipColumns = {});
    // tableOfView() then exportTable().
    static QString exportView(QWidget* parent, app::Session& session, const QTableView* view,
                              const QString& suggestedName, const QList<int>& skipColumns = {});
    // A file name for the document of the request, without extension ("members-abroad-2026-03-02").
    static QString suggestedName(const app::PrintRequest& request);
    // Says where a file the user asked for was written (every one is owner-only and not encrypted), with a
    // button that opens its folder.
    static void confirmWritten(QWidget* parent, const QString& path);
};

} // namespace orec::gui
