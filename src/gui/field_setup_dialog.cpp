#include "gui/field_setup_dialog.h"

#include "app/exchange_service.h"
#include "core/passphrase_policy.h"
#include "core/platform.h"
#include "exchange/enrolment.h"
#include "exchange/package_opener.h"
#include "gui/background.h"
#include "gui/exchange_labels.h"
#include "gui/passphrase_strength.h"
#include "ui_field_setup_dialog.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

namespace orec::gui {

namespace {
const QString kErrorStyle = QStringLiteral("color: #b71c1c; font-weight: bold;");
}

FieldSetupDialog::FieldSetupDialog(DatabaseOptions options, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FieldSetupDialog>()), m_options(options)
{
    m_ui->setupUi(this);
    m_ui->codeLineEdit->setFont(ExchangeLabels::codeFont(1.15));
    for (QLabel* label : {m_ui->homeFingerprintLabel, m_ui->ownFingerprintLabel})
        label->setFont(ExchangeLabels::codeFont(1.5));
    m_ui->recoveryKeyLabel->setFont(ExchangeLabels::codeFont(1.4));
    m_ui->packageErrorLabel->setStyleSheet(kErrorStyle);
    m_ui->databaseErrorLabel->setStyleSheet(kErrorStyle);
    m_ui->packageErrorLabel->setVisible(false);
    m_ui->databaseErrorLabel->setVisible(false);
    m_ui->userLineEdit->setText(platform::osUserName());
    m_ui->databasePathLineEdit->setText(QDir::home().filePath(QStringLiteral("overseas-records-field.orec")));

    connect(m_ui->packageBrowseButton, &QPushButton::clicked, this, &FieldSetupDialog::browsePackage);
    connect(m_ui->databaseBrowseButton, &QPushButton::clicked, this, &FieldSetupDialog::browseDatabase);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &FieldSetupDialog::next);
    connect(m_ui->codeLineEdit, &QLineEdit::returnPressed, this, &FieldSetupDialog::next);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &FieldSetupDialog::reject);
    connect(m_ui->backButton, &QPushButton::clicked, this, [this] {
        m_ui->databaseErrorLabel->setVisible(false);
        m_ui->pages->setCurrentWidget(m_ui->packagePage);
    });
    connect(m_ui->createButton, &QPushButton::clicked, this, &FieldSetupDialog::create);
    connect(m_ui->repeatLineEdit, &QLineEdit::returnPressed, this, &FieldSetupDialog::create);
    connect(m_ui->passphraseLineEdit, &QLineEdit::textChanged, this, &FieldSetupDialog::updateStrength);
    connect(m_ui->repeatLineEdit, &QLineEdit::textChanged, this, &FieldSetupDialog::updateStrength);
    connect(m_ui->keptKeyCheckBox, &QCheckBox::toggled, m_ui->openButton, &QPushButton::setEnabled);
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        m_ui->recoveryKeyLabel->clear();
        wipeString(m_recoveryKey);
        accept();
    });
    retranslate();
    updateStrength();
    m_ui->pages->setCurrentWidget(m_ui->packagePage);
    m_ui->packageLineEdit->setFocus();
}

FieldSetupDialog::~FieldSetupDialog()
{
    m_ui->recoveryKeyLabel->clear();
    wipeString(m_recoveryKey);
}

void FieldSetupDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void FieldSetupDialog::retranslate()
{
    updateStrength();
}

void FieldSetupDialog::setPackagePath(const QString& path)
{
    m_ui->packageLineEdit->setText(path);
}
void FieldSetupDialog::setDatabasePath(const QString& path)
{
    m_ui->databasePathLineEdit->setText(path);
}
QString FieldSetupDialog::databasePath() const
{
    return m_ui->databasePathLineEdit->text().trimmed();
}
QString FieldSetupDialog::userName() const
{
    return m_ui->userLineEdit->text().trimmed();
}
QString FieldSetupDialog::recoveryKeyShown() const
{
    return m_ui->recoveryKeyLabel->text();
}
std::unique_ptr<app::Session> FieldSetupDialog::takeSession()
{
    return std::move(m_session);
}

void FieldSetupDialog::reject()
{
    if (m_busy)
        return;
    // Once the database exists the recovery key is on show once: leave only after it was kept.
    if (m_ui->pages->currentWidget() == m_ui->resultPage && !m_ui->keptKeyCheckBox->isChecked())
        return;
    QDialog::reject();
}

void FieldSetupDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->pages->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void FieldSetupDialog::showPackageError(const QString& message)
{
    m_ui->packageErrorLabel->setText(message);
    m_ui->packageErrorLabel->setVisible(!message.isEmpty());
}

void FieldSetupDialog::showDatabaseError(const QString& message)
{
    m_ui->databaseErrorLabel->setText(message);
    m_ui->databaseErrorLabel->setVisible(!message.isEmpty());
}

void FieldSetupDialog::browsePackage()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open the cell package"), QDir::homePath(),
                                                      tr("Overseas Records packages (*.orecpkg)"));
    if (!file.isEmpty())
        m_ui->packageLineEdit->setText(file);
}

void FieldSetupDialog::browseDatabase()
{
    QString file = QFileDialog::getSaveFileName(this, tr("Save the field database"), databasePath(),
                                                tr("Overseas Records databases (*.orec)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1String(".orec")))
        file += QStringLiteral(".orec");
    m_ui->databasePathLineEdit->setText(file);
}

void FieldSetupDialog::next()
{
    const QString path = m_ui->packageLineEdit->text().trimmed();
    if (path.isEmpty()) {
        showPackageError(tr("Choose the cell package home sent you."));
        m_ui->packageLineEdit->setFocus();
        return;
    }
    // Whether the code opens the package is known before the passphrase is typed: a wrong file or a
    // mistyped code is named here. Nothing in a package says in clear that it is a first package.
    QString code = ownedCopy(m_ui->codeLineEdit->text().trimmed()); // the field keeps what was typed
    auto key = exchange::enrolmentKeyFromCode(code);
    if (!key) {
        wipeString(code);
        showPackageError(key.error().message);
        m_ui->codeLineEdit->setFocus();
        return;
    }
    exchange::PackageProblem problem = exchange::PackageProblem::None;
    const Status opens = exchange::PackageOpener::checkFirstPackage(path, code, &problem);
    wipeString(code);
    if (!opens) {
        showPackageError(problem == exchange::PackageProblem::None
                             ? opens.error().message
                             : ExchangeLabels::problemTitle(problem) + QStringLiteral(": ") +
                                   opens.error().message);
        return;
    }
    showPackageError({});
    m_ui->pages->setCurrentWidget(m_ui->databasePage);
    m_ui->passphraseLineEdit->setFocus();
}

void FieldSetupDialog::updateStrength()
{
    const bool strongEnough =
        showPassphraseStrength(m_ui->strengthBar, m_ui->strengthLabel, m_ui->passphraseLineEdit->text(),
                               m_ui->repeatLineEdit->text());
    m_ui->createButton->setEnabled(strongEnough && !m_busy);
}

void FieldSetupDialog::create()
{
    if (m_busy)
        return;
    QString path = databasePath();
    const QString user = userName();
    QString passphrase = m_ui->passphraseLineEdit->text();
    if (path.isEmpty()) {
        showDatabaseError(tr("Choose where to save the field database."));
        m_ui->databasePathLineEdit->setFocus();
        return;
    }
    if (!path.endsWith(QLatin1String(".orec")))
        path += QStringLiteral(".orec");
    if (QFileInfo::exists(path)) {
        showDatabaseError(
            tr("%1 exists already. Choose another file: the set-up never overwrites a database.")
                .arg(QDir::toNativeSeparators(path)));
        m_ui->databasePathLineEdit->setFocus();
        return;
    }
    if (user.isEmpty()) {
        showDatabaseError(tr("Type your user name."));
        m_ui->userLineEdit->setFocus();
        return;
    }
    if (passphrase != m_ui->repeatLineEdit->text()) {
        showDatabaseError(tr("The two passphrases differ."));
        m_ui->repeatLineEdit->clear();
        m_ui->repeatLineEdit->setFocus();
        return;
    }
    if (Status acceptable = checkPassphraseAcceptable(passphrase); !acceptable) {
        showDatabaseError(acceptable.error().message);
        m_ui->passphraseLineEdit->setFocus();
        return;
    }
    showDatabaseError({});
    m_ui->passphraseLineEdit->clear();
    m_ui->repeatLineEdit->clear();
    setBusy(true);
    const QString package = m_ui->packageLineEdit->text().trimmed();
    QString code = ownedCopy(m_ui->codeLineEdit->text().trimmed()); // stays typed if it is refused
    const DatabaseOptions options = m_options;
    struct Outcome
    {
        Result<app::InitialisedField> field;
        exchange::PackageProblem problem = exchange::PackageProblem::None;
    };
    runInBackground<std::shared_ptr<Outcome>>(
        this,
        [package, code, path, user, passphrase, options]() mutable {
            auto outcome = std::make_shared<Outcome>(Outcome{Error(ErrorCode::Internal, QString()), {}});
            outcome->field = app::ExchangeService::initialiseField(package, code, path, user, passphrase,
                                                                   options, &outcome->problem);
            wipeString(code);
            wipeString(passphrase);
            return outcome;
        },
        [this, path](std::shared_ptr<Outcome> outcome) {
            setBusy(false);
            if (!outcome->field) {
                const QString message = outcome->field.error().message;
                // A wrong code (or a package it does not open) is fixed on the first page.
                if (outcome->problem != exchange::PackageProblem::None) {
                    m_ui->pages->setCurrentWidget(m_ui->packagePage);
                    showPackageError(ExchangeLabels::problemTitle(outcome->problem) + QStringLiteral(": ") +
                                     message);
                    m_ui->codeLineEdit->setFocus();
                } else {
                    showDatabaseError(message);
                }
                return;
            }
            app::InitialisedField& field = *outcome->field;
            m_session = std::move(field.session);
            m_cellCode = field.cellCode;
            m_ui->databasePathLineEdit->setText(path);
            m_ui->resultLabel->setText(
                tr("<b>The field database of cell %1 — %2 was created</b> with %n member(s). It holds this cell "
                   "only and is encrypted with your passphrase.",
                   nullptr, field.members)
                    .arg(field.cellCode.toHtmlEscaped(), field.cellName.toHtmlEscaped()));
            m_ui->homeFingerprintLabel->setText(field.homeFingerprint);
            m_ui->ownFingerprintLabel->setText(field.ownFingerprint);
            m_recoveryKey = field.recoveryKey; // the same buffer, wiped when the dialog is done with it
            m_ui->recoveryKeyLabel->setText(ExchangeLabels::inTwoLines(field.recoveryKey));
            m_ui->keptKeyCheckBox->setChecked(false);
            m_ui->pages->setCurrentWidget(m_ui->resultPage);
            m_ui->keptKeyCheckBox->setFocus();
        });
    // The worker wipes the code's and the passphrase's shared buffers when done.
}

} // namespace orec::gui
