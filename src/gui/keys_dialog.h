// KeysDialog: this database's exchange fingerprint and those of the parties it knows (home's secretaries,
// or a laptop's home), large enough to read over the phone.
#pragma once

#include "app/session.h"

#include <QDialog>
#include <memory>

namespace Ui {
class KeysDialog;
}

namespace orec::gui {

class KeysDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeysDialog(app::Session& session, QWidget* parent = nullptr);
    ~KeysDialog() override;

    QString ownFingerprint() const;
    int partyCount() const;

private:
    void load();

    std::unique_ptr<Ui::KeysDialog> m_ui;
    app::Session& m_session;
};

} // namespace orec::gui
