#include "gui/new_passphrase_dialog.h"

#include "core/passphrase_policy.h"
#include "ui_new_passphrase_dialog.h"

#include <QPushButton>

namespace orec::gui {

NewPassphraseDialog::NewPassphraseDialog(const QString& userName, QWidget* parent)
    : EditorDialog(parent), m_ui(std::make_unique<Ui::NewPassphraseDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("A new passphrase for %1. Tell it to them in person; they can change it "
                                 "afterwards under File → Change my passphrase.")
                                  .arg(userName));
    for (QLineEdit* edit : {m_ui->newLineEdit, m_ui->repeatLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewPassphraseDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewPassphraseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewPassphraseDialog::reject);
    watchForEdits(this);
    validate();
}

NewPassphraseDialog::~NewPassphraseDialog()
{
    clearSecrets();
}

QString NewPassphraseDialog::passphrase() const
{
    return m_ui->newLineEdit->text();
}

void NewPassphraseDialog::clearSecrets()
{
    m_ui->newLineEdit->clear();
    m_ui->repeatLineEdit->clear();
}

void NewPassphraseDialog::validate()
{
    const QString next = passphrase();
    bool ok = false;
    if (Status acceptable = checkPassphraseAcceptable(next); !acceptable) {
        m_ui->statusLabel->setText(next.isEmpty() ? QString() : acceptable.error().message);
    } else if (next != m_ui->repeatLineEdit->text()) {
        m_ui->statusLabel->setText(tr("The two passphrases differ."));
    } else {
        m_ui->statusLabel->setText(assessPassphrase(next).hint);
        ok = true;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace orec::gui
