#include "gui/recovery_dialog.h"

#include "core/passphrase_policy.h"
#include "storage/recovery_key.h"
#include "ui_recovery_dialog.h"

#include <QFontDatabase>
#include <QPushButton>

namespace orec::gui {

RecoveryDialog::RecoveryDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RecoveryDialog>())
{
    m_ui->setupUi(this);
    m_ui->keyLineEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (QLineEdit* edit : {m_ui->keyLineEdit, m_ui->userLineEdit, m_ui->passLineEdit, m_ui->repeatLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &RecoveryDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

RecoveryDialog::~RecoveryDialog()
{
    clearSecrets();
}

void RecoveryDialog::setUserName(const QString& name)
{
    m_ui->userLineEdit->setText(name);
}
QString RecoveryDialog::userName() const
{
    return m_ui->userLineEdit->text().trimmed();
}
QString RecoveryDialog::recoveryKey() const
{
    return m_ui->keyLineEdit->text();
}
QString RecoveryDialog::newPassphrase() const
{
    return m_ui->passLineEdit->text();
}

void RecoveryDialog::clearSecrets()
{
    m_ui->keyLineEdit->clear();
    m_ui->passLineEdit->clear();
    m_ui->repeatLineEdit->clear();
}

void RecoveryDialog::validate()
{
    bool ok = true;
    const QString key = m_ui->keyLineEdit->text();
    if (key.trimmed().isEmpty()) {
        m_ui->keyStatusLabel->clear();
        ok = false;
    } else if (auto parsed = RecoveryKey::parse(key); !parsed) {
        m_ui->keyStatusLabel->setText(parsed.error().message);
        ok = false;
    } else {
        m_ui->keyStatusLabel->setText(tr("The key is well-formed."));
    }
    const QString pass = m_ui->passLineEdit->text();
    if (Status acceptable = checkPassphraseAcceptable(pass); !acceptable) {
        m_ui->passStatusLabel->setText(pass.isEmpty() ? QString() : acceptable.error().message);
        ok = false;
    } else if (pass != m_ui->repeatLineEdit->text()) {
        m_ui->passStatusLabel->setText(tr("The two passphrases differ."));
        ok = false;
    } else {
        m_ui->passStatusLabel->setText(assessPassphrase(pass).hint);
    }
    if (userName().isEmpty())
        ok = false;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace orec::gui
