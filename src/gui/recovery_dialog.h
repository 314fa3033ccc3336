// RecoveryDialog: asks for the recovery key, the administrator and their new passphrase.
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class RecoveryDialog;
}

namespace orec::gui {

class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecoveryDialog(QWidget* parent = nullptr);
    ~RecoveryDialog() override;

    void setUserName(const QString& name);
    QString userName() const;
    QString recoveryKey() const;
    QString newPassphrase() const;
    void clearSecrets();

private:
    void validate();

    std::unique_ptr<Ui::RecoveryDialog> m_ui;
};

} // namespace orec::gui
