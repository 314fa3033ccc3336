// UserDialog: a new user of the database: name, full name, role and a first passphrase typed twice.
#pragma once

#include "core/role.h"
#include "gui/editor_dialog.h"

#include <memory>

namespace Ui {
class UserDialog;
}

namespace orec::gui {

class UserDialog : public EditorDialog
{
    Q_OBJECT
public:
    explicit UserDialog(QWidget* parent = nullptr);
    ~UserDialog() override;

    QString userName() const;
    QString fullName() const;
    Role role() const;
    QString passphrase() const;
    void clearSecrets();

private:
    void validate();

    std::unique_ptr<Ui::UserDialog> m_ui;
};

} // namespace orec::gui
