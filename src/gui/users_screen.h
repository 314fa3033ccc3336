// UsersScreen: administrators add and remove users, change their roles and reset forgotten passphrases.
#pragma once

#include "app/session.h"
#include "gui/screen.h"
#include "storage/user_repository.h"

#include <QHash>
#include <memory>

namespace Ui {
class UsersScreen;
}

namespace orec::gui {

class UsersScreen : public Screen
{
    Q_OBJECT
public:
    explicit UsersScreen(app::Session& session, QWidget* parent = nullptr);
    ~UsersScreen() override;

    void reload() override;
    QString selectedUser() const;
    bool selectUser(const QString& name);

protected:
    void changeEvent(QEvent* event) override;

private:
    void addUser();
    void changeRole();
    void resetPassphrase();
    void removeUser();
    // Grants or revokes the right to sign as home (the button follows the selected user).
    void toggleExchangeRight();
    void updateButtons();
    void fail(const QString& title, const Error& error);

    std::unique_ptr<Ui::UsersScreen> m_ui;
    app::Session& m_session;
    QHash<QString, UserRecord> m_users; // by name, as last loaded
};

} // namespace orec::gui
