// ExchangeActions: the File menu's field exchange: a cell's package out, a return package in (with its change
// list), and enrolling a cell secretary's laptop.
#pragma once

#include "app/session.h"

#include <QObject>

class QWidget;

namespace orec::gui {

class ExchangeActions : public QObject
{
    Q_OBJECT
public:
    ExchangeActions(app::Session& session, QWidget* window);

    void exportCellPackage();
    void importPackage();
    // Opens the change list of a package already chosen (tests and drag-and-drop use it).
    bool importPackageFile(const QString& path);
    void enrolSecretary();

Q_SIGNALS:
    void registerChanged();
    void statusMessage(const QString& text);

private:
    // "CB-JP-01 — Chi bộ …": the overseas cells to choose from; empty when the user cancelled.
    QString chooseCell(const QString& title);

    app::Session& m_session;
    QWidget* m_window;
};

} // namespace orec::gui
