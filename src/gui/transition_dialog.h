// TransitionDialog: what one step of a posting's life-cycle needs (date, committee, cell, extension, reason),
// checked by core's state machine as the clerk fills it in, with the reason when it would be refused.
#pragma once

#include "app/session.h"
#include "core/posting_life_cycle.h"
#include "gui/editor_dialog.h"

#include <memory>

namespace Ui {
class TransitionDialog;
}

namespace orec::gui {

class TransitionDialog : public EditorDialog
{
    Q_OBJECT
public:
    TransitionDialog(app::Session& session, PostingTransition transition, const Posting& posting,
                     TransitionContext context, QWidget* parent = nullptr);
    ~TransitionDialog() override;

    TransitionInput input() const;
    // The state machine's answer for what is filled in now.
    TransitionVerdict verdict() const;
    // Shows a refusal that came from the register rather than from the form.
    void showRefusal(const QString& message);

    void accept() override;

private:
    void fillLists();
    void updateVerdict();

    std::unique_ptr<Ui::TransitionDialog> m_ui;
    app::Session& m_session;
    PostingTransition m_transition;
    Posting m_posting;
    TransitionContext m_context;
    QList<PartyUnit> m_cells;
};

} // namespace orec::gui
