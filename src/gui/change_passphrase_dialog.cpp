#include "gui/change_passphrase_dialog.h"

#include "core/passphrase_policy.h"
#include "ui_change_passphrase_dialog.h"

#include <QPushButton>

namespace orec::gui {

ChangePassphraseDialog::ChangePassphraseDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangePassphraseDialog>())
{
    m_ui->setupUi(this);
    for (QLineEdit* edit : {m_ui->currentLineEdit, m_ui->newLineEdit, m_ui->repeatLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &ChangePassphraseDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

ChangePassphraseDialog::~ChangePassphraseDialog()
{
    clearSecrets();
}

QString ChangePassphraseDialog::currentPassphrase() const
{
    return m_ui->currentLineEdit->text();
}
QString ChangePassphraseDialog::newPassphrase() const
{
    return m_ui->newLineEdit->text();
}

void ChangePassphraseDialog::clearSecrets()
{
    m_ui->currentLineEdit->clear();
    m_ui->newLineEdit->clear();
    m_ui->repeatLineEdit->clear();
}

void ChangePassphraseDialog::validate()
{
    const QString next = m_ui->newLineEdit->text();
    bool ok = !m_ui->currentLineEdit->text().isEmpty();
    if (Status acceptable = checkPassphraseAcceptable(next); !acceptable) {
        m_ui->statusLabel->setText(next.isEmpty() ? QString() : acceptable.error().message);
        ok = false;
    } else if (next != m_ui->repeatLineEdit->text()) {
        m_ui->statusLabel->setText(tr("The two passphrases differ."));
        ok = false;
    } else {
        m_ui->statusLabel->setText(assessPassphrase(next).hint);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace orec::gui
