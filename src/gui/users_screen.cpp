#include "gui/users_screen.h"

#include "app/account_service.h"
#include "gui/display_format.h"
#include "gui/message_box.h"
#include "gui/new_passphrase_dialog.h"
#include "gui/user_dialog.h"
#include "ui_users_screen.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>

namespace orec::gui {

UsersScreen::UsersScreen(app::Session& session, QWidget* parent)
    : Screen(parent), m_ui(std::make_unique<Ui::UsersScreen>()), m_session(session)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->usersTableWidget->verticalHeader()->hide();
    m_ui->usersTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->usersTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_ui->addUserButton, &QPushButton::clicked, this, &UsersScreen::addUser);
    connect(m_ui->changeRoleButton, &QPushButton::clicked, this, &UsersScreen::changeRole);
    connect(m_ui->resetPassphraseButton, &QPushButton::clicked, this, &UsersScreen::resetPassphrase);
    connect(m_ui->removeUserButton, &QPushButton::clicked, this, &UsersScreen::removeUser);
    connect(m_ui->exchangeRightButton, &QPushButton::clicked, this, &UsersScreen::toggleExchangeRight);
    connect(m_ui->usersTableWidget, &QTableWidget::itemSelectionChanged, this, &UsersScreen::updateButtons);
    // Enter (or a double click) on a user changes their role: the most common edit.
    connect(m_ui->usersTableWidget, &QTableWidget::activated, this, &UsersScreen::changeRole);
    reload();
}

UsersScreen::~UsersScreen() = default;

void UsersScreen::reload()
{
    const QString keep = selectedUser();
    QTableWidget* table = m_ui->usersTableWidget;
    table->setRowCount(0);
    auto users = app::AccountService(m_session).users();
    if (!users) {
        Q_EMIT statusMessage(users.error().toString());
        return;
    }
    const KeyStore& keys = m_session.database().keyStore();
    m_users.clear();
    for (const UserRecord& user : *users) {
        m_users.insert(user.name, user);
        const int row = table->rowCount();
        table->insertRow(row);
        auto* name = new QTableWidgetItem(user.name);
        if (user.name == m_session.actor().user) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setToolTip(tr("You"));
        }
        table->setItem(row, 0, name);
        table->setItem(row, 1, new QTableWidgetItem(user.fullName));
        table->setItem(row, 2, new QTableWidgetItem(roleDisplayName(user.role)));
        table->setItem(row, 3, new QTableWidgetItem(formatDate(user.createdAt.toLocalTime().date())));
        table->setItem(row, 4,
                       new QTableWidgetItem(keys.hasSlot(user.name) ? tr("Yes") : tr("No — no key slot")));
        auto* signs = new QTableWidgetItem(user.signsAsHome             ? tr("Yes")
                                           : user.role == Role::Auditor ? tr("Never (auditor)")
                                           : user.role == Role::Admin   ? tr("No — to be granted again")
                                                                        : tr("No"));
        signs->setToolTip(tr("Exports cell packages signed as home and imports return packages."));
        table->setItem(row, 5, signs);
    }
    table->resizeColumnToContents(0);
    if (!selectUser(keep) && table->rowCount() > 0)
        table->selectRow(0);
    updateButtons();
}

QString UsersScreen::selectedUser() const
{
    const auto rows = m_ui->usersTableWidget->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_ui->usersTableWidget->item(rows.first().row(), 0)->text();
}

bool UsersScreen::selectUser(const QString& name)
{
    for (int row = 0; row < m_ui->usersTableWidget->rowCount(); ++row) {
        if (m_ui->usersTableWidget->item(row, 0)->text() == name) {
            m_ui->usersTableWidget->selectRow(row);
            return true;
        }
    }
    return false;
}

void UsersScreen::updateButtons()
{
    const QString user = selectedUser();
    const bool chosen = !user.isEmpty();
    m_ui->changeRoleButton->setEnabled(chosen);
    m_ui->resetPassphraseButton->setEnabled(chosen && user != m_session.actor().user);
    m_ui->removeUserButton->setEnabled(chosen && user != m_session.actor().user);
    m_ui->resetPassphraseButton->setToolTip(chosen && user == m_session.actor().user
                                                ? tr("Use File → Change my passphrase for your own.")
                                                : QString());
    const UserRecord record = m_users.value(user);
    m_ui->exchangeRightButton->setText(record.signsAsHome ? tr("Stop signing as &home")
                                                          : tr("Let sign as &home"));
    const bool auditor = chosen && record.role == Role::Auditor;
    m_ui->exchangeRightButton->setEnabled(chosen && !auditor);
    m_ui->exchangeRightButton->setToolTip(
        auditor ? tr("Auditors never sign as home.")
                : tr("Who signs as home exports cell packages and imports return packages: home's exchange "
                     "keys are sealed to their own key."));
}

void UsersScreen::toggleExchangeRight()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    const bool revoke = m_users.value(user).signsAsHome;
    if (revoke) {
        const auto answer = MessageBox::question(
            this, tr("Stop signing as home"),
            tr("Take back from %1 the right to sign as home? Their copy of home's exchange keys is deleted and "
               "the keys are sealed anew for the others. If they may have copied home's keys while they held "
               "them, make new ones afterwards (orec keys rotate).")
                .arg(user),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    app::AccountService accounts(m_session);
    Status s = revoke ? accounts.revokeExchange(user) : accounts.grantExchange(user);
    if (!s)
        return fail(revoke ? tr("Right not taken back") : tr("Right not granted"), s.error());
    reload();
    Q_EMIT statusMessage(revoke ? tr("%1 no longer signs as home.").arg(user)
                                : tr("%1 may now sign as home.").arg(user));
    Q_EMIT registerChanged();
}

void UsersScreen::fail(const QString& title, const Error& error)
{
    MessageBox::warning(this, title, error.message);
}

void UsersScreen::addUser()
{
    UserDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString passphrase = dialog.passphrase();
    dialog.clearSecrets();
    QApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id for the new slot
    Status s = app::AccountService(m_session).addUser(dialog.userName(), dialog.role(), passphrase,
                                                      dialog.fullName());
    QApplication::restoreOverrideCursor();
    wipeString(passphrase);
    if (!s)
        return fail(tr("User not added"), s.error());
    reload();
    selectUser(dialog.userName());
    Q_EMIT statusMessage(tr("User %1 was added.").arg(dialog.userName()));
    Q_EMIT registerChanged();
}

void UsersScreen::changeRole()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    QStringList names;
    const QList<Role> roles{Role::Clerk, Role::Auditor, Role::Admin};
    for (Role role : roles)
        names.append(roleDisplayName(role));
    int current = 0;
    if (auto users = app::AccountService(m_session).users()) {
        for (const UserRecord& record : *users) {
            if (record.name == user)
                current = static_cast<int>(roles.indexOf(record.role));
        }
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change role"), tr("New role of %1:").arg(user),
                                                 names, current, false, &ok);
    if (!ok)
        return;
    const Role role = roles.at(names.indexOf(chosen));
    if (Status s = app::AccountService(m_session).setRole(user, role); !s)
        return fail(tr("Role not changed"), s.error());
    reload();
    Q_EMIT statusMessage(tr("%1 is now: %2.").arg(user, roleDisplayName(role)));
    Q_EMIT registerChanged();
}

void UsersScreen::resetPassphrase()
{
    const QString user = selectedUser();
    if (user.isEmpty() || user == m_session.actor().user)
        return;
    NewPassphraseDialog dialog(user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString passphrase = dialog.passphrase();
    dialog.clearSecrets();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status s = app::AccountService(m_session).resetPassphrase(user, passphrase);
    QApplication::restoreOverrideCursor();
    wipeString(passphrase);
    if (!s)
        return fail(tr("Passphrase not reset"), s.error());
    reload();
    Q_EMIT statusMessage(tr("%1 has a new passphrase.").arg(user));
    Q_EMIT registerChanged();
}

void UsersScreen::removeUser()
{
    const QString user = selectedUser();
    if (user.isEmpty() || user == m_session.actor().user)
        return;
    const auto answer = MessageBox::question(
        this, tr("Remove user"),
        tr("Remove %1? They will no longer be able to unlock this database. Their entries in the audit log stay.")
            .arg(user),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (Status s = app::AccountService(m_session).removeUser(user); !s)
        return fail(tr("User not removed"), s.error());
    reload();
    Q_EMIT statusMessage(tr("User %1 was removed.").arg(user));
    Q_EMIT registerChanged();
}

void UsersScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
    Screen::changeEvent(event);
}

} // namespace orec::gui
