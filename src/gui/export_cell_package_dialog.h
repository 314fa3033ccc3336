// ExportCellPackageDialog: home chooses an overseas cell and a file, sees who can open the package, and
// writes the signed, encrypted cell package.
#pragma once

#include "app/session.h"
#include "exchange/home_exchange.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class ExportCellPackageDialog;
}

namespace orec::gui {

class ExportCellPackageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportCellPackageDialog(app::Session& session, QWidget* parent = nullptr);
    ~ExportCellPackageDialog() override;

    // The reason the Export button is disabled for a user who may not sign as home (empty otherwise).
    QString refusal() const { return m_refusal; }
    // Chooses a cell by its code; false when it is not in the list.
    bool selectCell(const QString& code);
    QString cellCode() const;
    void setFilePath(const QString& path);
    // What was written, once the dialog was accepted.
    const std::optional<exchange::ExportedPackage>& exported() const { return m_exported; }

    void accept() override;

private:
    struct Cell
    {
        QString code;
        QString name;
        QString uuid;
        QString country;
        std::optional<ExchangePeer> secretary; // pending or active
    };

    void load();
    void onCellChanged();
    void browse();
    QString suggestedPath(const QString& code) const;

    std::unique_ptr<Ui::ExportCellPackageDialog> m_ui;
    app::Session& m_session;
    QList<Cell> m_cells;
    QString m_lastSuggestion;
    QString m_refusal; // why this user may not sign as home; empty when they may
    std::optional<exchange::ExportedPackage> m_exported;
};

} // namespace orec::gui
