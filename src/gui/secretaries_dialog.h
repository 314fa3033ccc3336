// SecretariesDialog: home's overseas cells with their secretary's laptop (waiting, active, removed) and its
// fingerprint; enrols a secretary (showing the one-time code), replaces or removes one.
#pragma once

#include "app/session.h"
#include "exchange/exchange_store.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class SecretariesDialog;
}

namespace orec::gui {

class SecretariesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SecretariesDialog(app::Session& session, QWidget* parent = nullptr);
    ~SecretariesDialog() override;

    bool selectCell(const QString& code);
    // Enrols (or, after asking, replaces) the selected cell's secretary and shows the code.
    void enrol();
    // Removes the selected cell's secretary after asking for the reason.
    void remove();
    bool removeSecretary(const QString& cellCode, const QString& reason);

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    struct Cell
    {
        QString code;
        QString name;
        QString uuid;
        QString country;
        std::optional<ExchangePeer> secretary; // the newest, removed ones included
    };

    void reload();
    void onSelectionChanged();
    const Cell* currentCell() const;

    std::unique_ptr<Ui::SecretariesDialog> m_ui;
    app::Session& m_session;
    QList<Cell> m_cells;
    QString m_homeFingerprint;
};

} // namespace orec::gui
