// CommitteeLevelsDialog: each committee's level (province, district, grassroots), which decides the papers
// it may issue and the collective that signs them; saved through the register service, audited.
#pragma once

#include "app/session.h"
#include "core/party_unit.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CommitteeLevelsDialog;
}

class QComboBox;

namespace orec::gui {

class CommitteeLevelsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CommitteeLevelsDialog(app::Session& session, QWidget* parent = nullptr);
    ~CommitteeLevelsDialog() override;

    // The level chosen for the committee in `row` (tests pick it through the combo box).
    QComboBox* levelBox(int row) const;
    int rowOf(qint64 unitId) const;
    // Saves the changed levels; false (with the reason shown) when one is refused.
    bool save();
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    std::unique_ptr<Ui::CommitteeLevelsDialog> m_ui;
    app::Session& m_session;
    QList<PartyUnit> m_committees;
};

} // namespace orec::gui
