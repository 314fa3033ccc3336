// ExchangeActions: the menus' field exchange. At home: a cell's package out, a return package in (with its
// change list), enrolling secretaries, keys. On a secretary's laptop: home's next package in, the return
// package out, and what has reached home.
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
    // A package chosen outside the menu (double-clicked in the file manager): first the right to sign as
    // home, as the menu action asks, then the change list.
    bool importPackageFileIfAllowed(const QString& path);
    void enrolSecretary();
    // Administrators: every cell's secretary, enrol, replace or remove (SecretariesDialog).
    void manageSecretaries();
    // This database's fingerprint and the parties it knows (KeysDialog).
    void showKeys();

    // ---- a secretary's laptop ------------------------------------------------------------------
    void installCellPackage();
    // Installs a package already chosen; false when it was refused (the reason was shown).
    bool installCellPackageFile(const QString& path);
    void exportReturnPackage();
    bool exportReturnPackageTo(const QString& path);
    void showFieldStatus();

Q_SIGNALS:
    void registerChanged();
    void statusMessage(const QString& text);

private:
    // Signing as home needs its right: when this user lacks it, a message says who holds it, and false.
    bool maySignAsHome(const QString& title);
    // "CB-JP-01 — Chi bộ …": the overseas cells to choose from; empty when the user cancelled.
    QString chooseCell(const QString& title);

    app::Session& m_session;
    QWidget* m_window;
    QString m_cellCode; // the laptop's cell, for file names
};

} // namespace orec::gui
