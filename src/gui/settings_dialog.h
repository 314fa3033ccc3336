// SettingsDialog: auto-lock time, language and date format; applied at once to the running program.
#pragma once

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
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    int autoLockMinutes() const;
    QString language() const; // "vi" or "en"
    QString dateFormat() const;

    // Stores the choices and applies them: the language switches live, the date format shows on reload.
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace orec::gui
