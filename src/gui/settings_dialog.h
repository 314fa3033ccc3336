// SettingsDialog: auto-lock time, language and date format, applied at once to the running program; and the
// committee's identity on printed documents, kept in the register (an administrator's, audited).
#pragma once

#include "app/session.h"
#include "core/committee_identity.h"
#include "gui/editor_dialog.h"

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace orec::gui {

class SettingsDialog : public EditorDialog
{
    Q_OBJECT
public:
    // Without a session the committee's identity is not shown.
    explicit SettingsDialog(QWidget* parent = nullptr, app::Session* session = nullptr);
    ~SettingsDialog() override;

    int autoLockMinutes() const;
    QString language() const; // "vi" or "en"
    QString dateFormat() const;
    CommitteeIdentity identity() const; // as the fields say

    // Stores the choices and applies them: the language switches live, the date format shows on reload.
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    app::Session* m_session = nullptr;
    CommitteeIdentity m_stored;
    bool m_identityEditable = false;
};

} // namespace orec::gui
