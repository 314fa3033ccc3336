// TransitionDialog: what one step of a posting's life-cycle needs (date, committee, cell, extension, reason),
// checked by core's state machine as the clerk fills it in, with the reason when it would be refused; the
// papers the rules table looks for before the step and not received yet are named first (step_papers.h).
#pragma once

#include "app/session.h"
#include "core/posting_life_cycle.h"
#include "core/step_papers.h"
#include "gui/editor_dialog.h"

#include <memory>

namespace Ui {
class TransitionDialog;
}

class QCheckBox;
class QLabel;

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
    // The papers the rules table looks for before this step that the posting has not received.
    const QList<MissingPaper>& missingPapers() const { return m_papers; }
    // Whether the clerk chose to record the step without them (always true when none is missing).
    bool proceedsWithoutPapers() const;

    void accept() override;

private:
    void fillLists();
    void addPapersPanel();
    void updateVerdict();

    std::unique_ptr<Ui::TransitionDialog> m_ui;
    app::Session& m_session;
    PostingTransition m_transition;
    Posting m_posting;
    TransitionContext m_context;
    QList<PartyUnit> m_cells;
    QList<MissingPaper> m_papers;
    QLabel* m_papersLabel = nullptr;
    QCheckBox* m_proceedCheckBox = nullptr;
};

} // namespace orec::gui
