#include "gui/user_dialog.h"

#include "core/passphrase_policy.h"
#include "ui_user_dialog.h"

#include <QPushButton>

namespace orec::gui {

UserDialog::UserDialog(QWidget* parent) : EditorDialog(parent), m_ui(std::make_unique<Ui::UserDialog>())
{
    m_ui->setupUi(this);
    for (Role role : {Role::Clerk, Role::Auditor, Role::Admin})
        m_ui->roleComboBox->addItem(roleDisplayName(role), static_cast<int>(role));
    for (QLineEdit* edit : {m_ui->nameLineEdit, m_ui->passphraseLineEdit, m_ui->repeatLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &UserDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    watchForEdits(this);
    validate();
}

UserDialog::~UserDialog()
{
    clearSecrets();
}

QString UserDialog::userName() const
{
    return m_ui->nameLineEdit->text().trimmed();
}
QString UserDialog::fullName() const
{
    return m_ui->fullNameLineEdit->text().trimmed();
}
Role UserDialog::role() const
{
    return static_cast<Role>(m_ui->roleComboBox->currentData().toInt());
}
QString UserDialog::passphrase() const
{
    return m_ui->passphraseLineEdit->text();
}

void UserDialog::clearSecrets()
{
    m_ui->passphraseLineEdit->clear();
    m_ui->repeatLineEdit->clear();
}

void UserDialog::validate()
{
    bool ok = true;
    QString message;
    const QString pass = passphrase();
    if (!userName().isEmpty()) {
        if (Status name = validateUserName(userName()); !name) {
            message = name.error().message;
            ok = false;
        }
    } else {
        ok = false;
    }
    if (message.isEmpty()) {
        if (Status acceptable = checkPassphraseAcceptable(pass); !acceptable) {
            message = pass.isEmpty() ? QString() : acceptable.error().message;
            ok = false;
        } else if (pass != m_ui->repeatLineEdit->text()) {
            message = tr("The two passphrases differ.");
            ok = false;
        } else {
            message = assessPassphrase(pass).hint;
        }
    }
    m_ui->statusLabel->setText(message);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace orec::gui
