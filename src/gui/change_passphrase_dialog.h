// ChangePassphraseDialog: the current passphrase and a new one typed twice, with a strength hint.
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class ChangePassphraseDialog;
}

namespace orec::gui {

class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePassphraseDialog(QWidget* parent = nullptr);
    ~ChangePassphraseDialog() override;

    QString currentPassphrase() const;
    QString newPassphrase() const;
    void clearSecrets();

private:
    void validate();

    std::unique_ptr<Ui::ChangePassphraseDialog> m_ui;
};

} // namespace orec::gui
