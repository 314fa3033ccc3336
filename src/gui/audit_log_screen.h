// AuditLogScreen: who changed what and when, filtered by user, record type and date, with before/after
// values in words and whether the hash chain verified.
#pragma once

#include "app/session.h"
#include "gui/screen.h"

#include <memory>

namespace Ui {
class AuditLogScreen;
}

namespace orec::gui {

class AuditLogModel;

class AuditLogScreen : public Screen
{
    Q_OBJECT
public:
    explicit AuditLogScreen(app::Session& session, QWidget* parent = nullptr);
    ~AuditLogScreen() override;

    void reload() override;
    bool focusSearch() override;
    // Shows only the history of one record (the member dossier's "history" link).
    void showRecord(const QString& entity, const QString& entityId);
    bool chainVerified() const { return m_chainVerified; }
    AuditLogModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void verifyChain();
    void applyFilter();
    void clearFilters();
    void fillUsers();
    void fillEntities();
    void showDetails();
    void retranslate();

    std::unique_ptr<Ui::AuditLogScreen> m_ui;
    app::Session& m_session;
    AuditLogModel* m_model = nullptr;
    QString m_recordEntity;
    QString m_recordId;
    bool m_chainVerified = false;
    QString m_chainText;
};

} // namespace orec::gui
