// PostingEditorDialog: one trip or stay abroad: its plan and sending decision, and the life-cycle steps core
// allows now as buttons; a step the register refuses says why.
#pragma once

#include "app/session.h"
#include "core/posting.h"
#include "core/posting_life_cycle.h"
#include "core/report.h"
#include "core/transfer.h"
#include "gui/editor_dialog.h"

#include <QHash>
#include <memory>
#include <optional>

namespace Ui {
class PostingEditorDialog;
}

class QPushButton;

namespace orec::gui {

class PostingEditorDialog : public EditorDialog
{
    Q_OBJECT
public:
    // postingId 0 plans a new posting for memberId.
    PostingEditorDialog(app::Session& session, qint64 postingId, qint64 memberId, QWidget* parent = nullptr);
    ~PostingEditorDialog() override;

    const Posting& posting() const { return m_posting; }
    bool changedRegister() const { return m_changed; }
    // The buttons shown now, in core's order (for tests and for the tab order).
    QList<PostingTransition> offeredTransitions() const { return m_offered; }
    QPushButton* transitionButton(PostingTransition transition) const;
    // A step a rule blocks now: shown disabled with the reason as its tooltip; nullptr otherwise.
    QPushButton* blockedButton(PostingTransition transition) const;
    QString blockedText() const; // the reasons shown under the steps; empty when none
    QString refusalText() const;
    bool savePlan();
    // The posting's documents not on its list yet (cell remarks, a self-review…), to add one.
    QList<ReportKind> addableReports() const;
    // Opens the form of a new document of that kind; it is filed when the form is saved.
    void openNewReport(ReportKind kind);
    // The transfer letter the posting can take now: out while it is approved or abroad without one, back when
    // the member is coming home (a letter out was issued, or the party activity was transferred) and has
    // none yet; nullopt when neither (or on a field laptop, whose cell does not keep a transfer register).
    std::optional<TransferDirection> issuableLetter() const;
    // Opens the dialog that issues that letter; the posting is linked to it and reloaded.
    void issueLetter();

    QString draftKind() const override { return QStringLiteral("posting"); }
    QVariantMap draftKey() const override;
    bool reopenChild(const EditorDraft& child) override;

Q_SIGNALS:
    // A transition dialog is about to run (tests fill it in from here).
    void transitionDialogOpened(QDialog* dialog);
    // The dialog issuing a transfer letter is about to run (tests fill it in from here).
    void issueLetterDialogOpened(QDialog* dialog);

protected:
    void draftRestored() override;

private:
    void load(qint64 postingId);
    void fillPlan();
    Posting planFromForm() const;
    void validatePlan();
    void updateAdvice();
    void rebuildTransitions();
    void runTransition(PostingTransition transition);
    void fillProgress();
    void fillReports();
    void openSelectedReport();
    void chooseNewReport();
    void updateHeader();
    void updateLetterActions();

    std::unique_ptr<Ui::PostingEditorDialog> m_ui;
    app::Session& m_session;
    Posting m_posting;
    QString m_memberName;
    QList<PostingTransition> m_offered;
    QHash<int, QPushButton*> m_blockedButtons;
    QHash<int, QPushButton*> m_buttons;
    bool m_changed = false;
    bool m_countriesValid = true;
    bool m_fieldMode = false;
};

} // namespace orec::gui
