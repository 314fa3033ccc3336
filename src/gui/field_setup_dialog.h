// FieldSetupDialog: a cell secretary's first step on a laptop: home's first cell package and the enrolment
// code make an encrypted field database holding that one cell; both fingerprints (to compare by phone) and
// the recovery key are shown once before it opens.
#pragma once

#include "app/session.h"
#include "exchange/package_format.h"
#include "storage/database.h"

#include <QDialog>
#include <memory>

namespace Ui {
class FieldSetupDialog;
}

namespace orec::gui {

class FieldSetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FieldSetupDialog(DatabaseOptions options, QWidget* parent = nullptr);
    ~FieldSetupDialog() override;

    void setPackagePath(const QString& path);
    void setDatabasePath(const QString& path);
    QString databasePath() const;
    QString userName() const;
    bool isBusy() const { return m_busy; }
    // Shown on the last page once the database exists.
    QString cellCode() const { return m_cellCode; }
    QString recoveryKeyShown() const;
    // The open field database, once the dialog was accepted.
    std::unique_ptr<app::Session> takeSession();

    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void next();
    void create();
    void browsePackage();
    void browseDatabase();
    void updateStrength();
    void showPackageError(const QString& message);
    void showDatabaseError(const QString& message);
    void setBusy(bool busy);
    void retranslate();

    std::unique_ptr<Ui::FieldSetupDialog> m_ui;
    DatabaseOptions m_options;
    std::unique_ptr<app::Session> m_session;
    QString m_cellCode;
    QString m_recoveryKey;
    bool m_busy = false;
};

} // namespace orec::gui
