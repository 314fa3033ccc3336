// IssueTransferDialog: a transfer letter out or back for one posting (2-SHĐ, official, 3A-SHĐ), numbered by
// the register in the issuing committee's transfer register (10-SHĐ) when it is issued.
#pragma once

#include "app/session.h"
#include "core/field_error.h"
#include "core/member.h"
#include "core/posting.h"
#include "core/transfer.h"

#include <QDialog>
#include <memory>

namespace Ui {
class IssueTransferDialog;
}

namespace orec::gui {

class IssueTransferDialog : public QDialog
{
    Q_OBJECT
public:
    IssueTransferDialog(app::Session& session, const Posting& posting, TransferDirection direction,
                        QWidget* parent = nullptr);
    ~IssueTransferDialog() override;

    // The letter as filled in, not numbered yet.
    Transfer formTransfer() const;
    // Issues the letter; false (with the register's reasons shown under the form) when it is refused.
    bool issue();
    // The letter as the register numbered and stored it (after issue() succeeded).
    const Transfer& issued() const { return m_issued; }
    QString problemsText() const;

    // The kind a posting calls for: labour abroad on the posting slip 3A-SHĐ, an official transfer for an
    // official one, else the temporary letter 2-SHĐ.
    static TransferKind suggestedKind(const Posting& posting);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillLists();
    void onReceivingUnitChanged();
    void validateForm();
    void showProblems(const FieldErrors& problems, const QStringList& refusedFields = {});
    void updateHeader();

    std::unique_ptr<Ui::IssueTransferDialog> m_ui;
    app::Session& m_session;
    Posting m_posting;
    TransferDirection m_direction;
    Member m_member;
    Transfer m_issued;
};

} // namespace orec::gui
