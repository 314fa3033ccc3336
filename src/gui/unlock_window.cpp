#include "gui/unlock_window.h"

#include "app/account_service.h"
#include "core/passphrase_policy.h"
#include "core/platform.h"
#include "gui/background.h"
#include "gui/field_setup_dialog.h"
#include "gui/passphrase_strength.h"
#include "gui/recovery_dialog.h"
#include "ui_unlock_window.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QTextDocument>

namespace orec::gui {

namespace {
constexpr int kMaxRetryDelaySeconds = 30;
const char* kLastDatabaseKey = "session/lastDatabase";
const char* kLastUserKey = "session/lastUser";
} // namespace

UnlockWindow::UnlockWindow(DatabaseOptions options, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::UnlockWindow>()), m_options(options)
{
    m_ui->setupUi(this);
    m_ui->logoLabel->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(56, 56));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.4);
    keyFont.setBold(true);
    m_ui->recoveryKeyLabel->setFont(keyFont);
    m_ui->unlockErrorLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_ui->createErrorLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));

    QSettings settings;
    m_ui->databaseLineEdit->setText(settings.value(QLatin1String(kLastDatabaseKey)).toString());
    m_ui->userLineEdit->setText(
        settings.value(QLatin1String(kLastUserKey), platform::osUserName()).toString());
    m_ui->adminLineEdit->setText(platform::osUserName());

    connect(m_ui->unlockButton, &QPushButton::clicked, this, &UnlockWindow::unlock);
    connect(m_ui->passphraseLineEdit, &QLineEdit::returnPressed, this, &UnlockWindow::unlock);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &UnlockWindow::browse);
    connect(m_ui->showCreateButton, &QPushButton::clicked, this, &UnlockWindow::showCreatePage);
    connect(m_ui->backButton, &QPushButton::clicked, this, &UnlockWindow::showUnlockPage);
    connect(m_ui->newPathBrowseButton, &QPushButton::clicked, this, &UnlockWindow::browseNewPath);
    connect(m_ui->createButton, &QPushButton::clicked, this, &UnlockWindow::create);
    connect(m_ui->recoveryButton, &QPushButton::clicked, this, &UnlockWindow::recover);
    connect(m_ui->fieldSetupButton, &QPushButton::clicked, this, &UnlockWindow::setUpFromPackage);
    connect(m_ui->newPassphraseLineEdit, &QLineEdit::textChanged, this, &UnlockWindow::updateStrength);
    connect(m_ui->repeatLineEdit, &QLineEdit::textChanged, this, &UnlockWindow::updateStrength);
    connect(m_ui->keptKeyCheckBox, &QCheckBox::toggled, m_ui->continueButton, &QPushButton::setEnabled);
    connect(m_ui->printKeyButton, &QPushButton::clicked, this, &UnlockWindow::printRecoveryKey);
    connect(m_ui->copyKeyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_recoveryKey);
        // Do not leave the key on the clipboard for long.
        QTimer::singleShot(60'000, this, [key = m_recoveryKey] {
            if (QGuiApplication::clipboard()->text() == key)
                QGuiApplication::clipboard()->clear();
        });
    });
    connect(m_ui->continueButton, &QPushButton::clicked, this, [this] {
        m_ui->recoveryKeyLabel->clear();
        wipeString(m_recoveryKey);
        Q_EMIT sessionReady();
    });
    m_retryTimer.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, &UnlockWindow::countDown);
    retranslate();
    updateStrength();
    m_ui->pages->setCurrentWidget(m_ui->unlockPage);
    if (m_ui->databaseLineEdit->text().isEmpty())
        m_ui->databaseLineEdit->setFocus();
    else
        m_ui->passphraseLineEdit->setFocus();
}

UnlockWindow::~UnlockWindow() = default;

void UnlockWindow::setDatabasePath(const QString& path)
{
    m_ui->databaseLineEdit->setText(path);
    m_ui->passphraseLineEdit->setFocus();
}

void UnlockWindow::setUserName(const QString& user)
{
    m_ui->userLineEdit->setText(user);
}

QString UnlockWindow::databasePath() const
{
    return m_ui->databaseLineEdit->text().trimmed();
}

std::unique_ptr<app::Session> UnlockWindow::takeSession()
{
    return std::move(m_session);
}

void UnlockWindow::reset(const QString& message)
{
    m_session.reset();
    m_ui->passphraseLineEdit->clear();
    m_ui->pages->setCurrentWidget(m_ui->unlockPage);
    m_ui->unlockErrorLabel->setVisible(!message.isEmpty());
    m_ui->unlockErrorLabel->setStyleSheet(QStringLiteral("color: palette(text);"));
    m_ui->unlockErrorLabel->setText(message);
    retranslate(); // the auto-lock time may have changed in Settings since the window was made
    setBusy(false);
    m_ui->passphraseLineEdit->setFocus();
}

void UnlockWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void UnlockWindow::retranslate()
{
    setWindowTitle(tr("Overseas Records — Unlock"));
    m_ui->footerLabel->setText(
        tr("Data stay encrypted on disk. After %n minute(s) without use the program locks itself.", nullptr,
           QSettings().value(QStringLiteral("security/autoLockMinutes"), 5).toInt()));
    updateStrength();
}

void UnlockWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->pages->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    m_ui->unlockButton->setEnabled(!busy && m_retryIn == 0);
}

void UnlockWindow::unlock()
{
    if (m_busy || m_retryIn > 0)
        return;
    const QString path = databasePath();
    const QString user = m_ui->userLineEdit->text().trimmed();
    QString passphrase = m_ui->passphraseLineEdit->text();
    if (path.isEmpty()) {
        showUnlockError(Error(ErrorCode::Usage, tr("Choose the database file.")));
        m_ui->databaseLineEdit->setFocus();
        return;
    }
    if (user.isEmpty()) {
        showUnlockError(Error(ErrorCode::Usage, tr("Type your user name.")));
        m_ui->userLineEdit->setFocus();
        return;
    }
    m_ui->passphraseLineEdit->clear();
    m_ui->unlockErrorLabel->setVisible(false);
    setBusy(true);
    const DatabaseOptions options = m_options;
    runInBackground<Result<std::unique_ptr<app::Session>>>(
        this,
        [path, user, passphrase, options]() mutable {
            auto result = app::AccountService::unlock(path, user, passphrase, options);
            wipeString(passphrase);
            return result;
        },
        [this, path, user](Result<std::unique_ptr<app::Session>> result) {
            setBusy(false);
            if (!result) {
                showUnlockError(result.error());
                return;
            }
            m_failures = 0;
            QSettings settings;
            settings.setValue(QLatin1String(kLastDatabaseKey), QFileInfo(path).absoluteFilePath());
            settings.setValue(QLatin1String(kLastUserKey), user);
            m_session = std::move(*result);
            Q_EMIT sessionReady();
        });
    // The worker holds the same buffer (Qt shares it) and wipes it when done: wiping it here would
    // wipe it under the worker.
}

void UnlockWindow::showUnlockError(const Error& error)
{
    m_ui->unlockErrorLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    QString text = error.message;
    if (error.code == ErrorCode::WrongKey) {
        ++m_failures;
        // Each further failure waits a little longer: 1, 2, 4, 8... seconds, at most 30.
        m_retryIn = std::min(kMaxRetryDelaySeconds, 1 << std::min(m_failures - 1, 5));
        m_retryTimer.start();
        m_ui->unlockButton->setEnabled(false);
        text = tr("Wrong user name or passphrase.") + QLatin1Char(' ') +
               tr("Try again in %n second(s).", nullptr, m_retryIn);
    }
    m_ui->unlockErrorLabel->setText(text);
    m_ui->unlockErrorLabel->setVisible(true);
    m_ui->passphraseLineEdit->clear();
    m_ui->passphraseLineEdit->setFocus();
}

void UnlockWindow::countDown()
{
    if (m_retryIn > 0)
        --m_retryIn;
    if (m_retryIn == 0) {
        m_retryTimer.stop();
        m_ui->unlockButton->setEnabled(!m_busy);
        m_ui->unlockErrorLabel->setText(tr("Wrong user name or passphrase.") + QLatin1Char(' ') +
                                        tr("You can try again now."));
    } else {
        m_ui->unlockErrorLabel->setText(tr("Wrong user name or passphrase.") + QLatin1Char(' ') +
                                        tr("Try again in %n second(s).", nullptr, m_retryIn));
    }
}

void UnlockWindow::browse()
{
    const QString start =
        databasePath().isEmpty() ? QDir::homePath() : QFileInfo(databasePath()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Open database"), start,
                                                      tr("Overseas Records databases (*.orec)"));
    if (!file.isEmpty())
        setDatabasePath(file);
}

void UnlockWindow::browseNewPath()
{
    QString file = QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath(),
                                                tr("Overseas Records databases (*.orec)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1String(".orec")))
        file += QStringLiteral(".orec");
    m_ui->newPathLineEdit->setText(file);
}

void UnlockWindow::showCreatePage()
{
    m_ui->createErrorLabel->setVisible(false);
    m_ui->pages->setCurrentWidget(m_ui->createPage);
    m_ui->newPathLineEdit->setFocus();
}

void UnlockWindow::showUnlockPage()
{
    m_ui->newPassphraseLineEdit->clear();
    m_ui->repeatLineEdit->clear();
    m_ui->pages->setCurrentWidget(m_ui->unlockPage);
    m_ui->passphraseLineEdit->setFocus();
}

void UnlockWindow::updateStrength()
{
    const bool strongEnough =
        showPassphraseStrength(m_ui->strengthBar, m_ui->strengthLabel, m_ui->newPassphraseLineEdit->text(),
                               m_ui->repeatLineEdit->text());
    m_ui->createButton->setEnabled(strongEnough && !m_busy);
}

void UnlockWindow::showCreateError(const QString& message)
{
    m_ui->createErrorLabel->setText(message);
    m_ui->createErrorLabel->setVisible(true);
}

void UnlockWindow::create()
{
    if (m_busy)
        return;
    QString path = m_ui->newPathLineEdit->text().trimmed();
    const QString admin = m_ui->adminLineEdit->text().trimmed();
    QString passphrase = m_ui->newPassphraseLineEdit->text();
    if (path.isEmpty()) {
        showCreateError(tr("Choose where to save the new database."));
        m_ui->newPathLineEdit->setFocus();
        return;
    }
    if (!path.endsWith(QLatin1String(".orec")))
        path += QStringLiteral(".orec");
    if (passphrase != m_ui->repeatLineEdit->text()) {
        showCreateError(tr("The two passphrases differ."));
        m_ui->repeatLineEdit->clear();
        m_ui->repeatLineEdit->setFocus();
        return;
    }
    if (Status acceptable = checkPassphraseAcceptable(passphrase); !acceptable) {
        showCreateError(acceptable.error().message);
        m_ui->newPassphraseLineEdit->setFocus();
        return;
    }
    m_ui->createErrorLabel->setVisible(false);
    m_ui->newPassphraseLineEdit->clear();
    m_ui->repeatLineEdit->clear();
    setBusy(true);
    const DatabaseOptions options = m_options;
    runInBackground<Result<app::CreatedDatabase>>(
        this,
        [path, admin, passphrase, options]() mutable {
            auto created = app::AccountService::createDatabase(path, admin, passphrase, options);
            wipeString(passphrase);
            return created;
        },
        [this, path, admin](Result<app::CreatedDatabase> created) {
            setBusy(false);
            if (!created) {
                showCreateError(created.error().toString());
                return;
            }
            m_session = std::move(created->session);
            m_ui->databaseLineEdit->setText(path);
            m_ui->userLineEdit->setText(admin);
            QSettings settings;
            settings.setValue(QLatin1String(kLastDatabaseKey), QFileInfo(path).absoluteFilePath());
            settings.setValue(QLatin1String(kLastUserKey), admin);
            showRecoveryKey(created->recoveryKey); // kept (the same buffer) until Continue wipes it
        });
    // The worker wipes the passphrase's one shared buffer when done.
}

void UnlockWindow::showRecoveryKey(const QString& key)
{
    m_recoveryKey = key;
    // Two lines of groups are easier to copy by hand than one long line.
    const QStringList groups = key.split(QLatin1Char('-'));
    const int half = static_cast<int>((groups.size() + 1) / 2);
    m_ui->recoveryKeyLabel->setText(groups.mid(0, half).join(QLatin1Char('-')) + QLatin1Char('\n') +
                                    groups.mid(half).join(QLatin1Char('-')));
    m_ui->keptKeyCheckBox->setChecked(false);
    m_ui->pages->setCurrentWidget(m_ui->recoveryKeyPage);
    m_ui->printKeyButton->setFocus();
}

void UnlockWindow::printRecoveryKey()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery key"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setHtml(
        tr("<h2>Overseas Records — recovery key</h2><p>Database: %1</p><p>Created: %2</p>"
           "<p style='font-family: monospace; font-size: 16pt'><b>%3</b></p>"
           "<p>Keep this sheet locked away. With it alone an administrator can open the database.</p>")
            .arg(m_ui->databaseLineEdit->text().toHtmlEscaped(),
                 QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat), m_recoveryKey));
    doc.print(&printer);
}

void UnlockWindow::recover()
{
    RecoveryDialog dialog(this);
    dialog.setUserName(m_ui->userLineEdit->text().trimmed());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = databasePath();
    const QString admin = dialog.userName();
    QString key = dialog.recoveryKey();
    QString passphrase = dialog.newPassphrase();
    dialog.clearSecrets();
    setBusy(true);
    const DatabaseOptions options = m_options;
    runInBackground<Result<std::unique_ptr<app::Session>>>(
        this,
        [path, admin, key, passphrase, options]() mutable {
            auto result = app::AccountService::recover(path, key, admin, passphrase, options);
            wipeString(key);
            wipeString(passphrase);
            return result;
        },
        [this, admin](Result<std::unique_ptr<app::Session>> result) {
            setBusy(false);
            if (!result) {
                m_ui->unlockErrorLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
                m_ui->unlockErrorLabel->setText(result.error().message);
                m_ui->unlockErrorLabel->setVisible(true);
                return;
            }
            m_ui->userLineEdit->setText(admin);
            m_session = std::move(*result);
            Q_EMIT sessionReady();
        });
    // The worker wipes the key's and the passphrase's shared buffers when done.
}

void UnlockWindow::setUpFromPackage()
{
    if (m_busy)
        return;
    FieldSetupDialog dialog(m_options, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session = dialog.takeSession();
    if (!m_session)
        return;
    const QString path = dialog.databasePath();
    m_ui->databaseLineEdit->setText(path);
    m_ui->userLineEdit->setText(dialog.userName());
    QSettings settings;
    settings.setValue(QLatin1String(kLastDatabaseKey), QFileInfo(path).absoluteFilePath());
    settings.setValue(QLatin1String(kLastUserKey), dialog.userName());
    Q_EMIT sessionReady();
}

} // namespace orec::gui
