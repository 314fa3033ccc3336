// NewPassphraseDialog: an administrator sets a new passphrase for a user who forgot theirs.
#pragma once

#include "gui/editor_dialog.h"

#include <memory>

namespace Ui {
class NewPassphraseDialog;
}

namespace orec::gui {

class NewPassphraseDialog : public EditorDialog
{
    Q_OBJECT
public:
    explicit NewPassphraseDialog(const QString& userName, QWidget* parent = nullptr);
    ~NewPassphraseDialog() override;

    QString passphrase() const;
    void clearSecrets();

private:
    void validate();

    std::unique_ptr<Ui::NewPassphraseDialog> m_ui;
};

} // namespace orec::gui
