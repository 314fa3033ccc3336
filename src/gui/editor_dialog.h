// EditorDialog: a dialog that edits a record and asks before unsaved edits are thrown away (Esc, Cancel,
// close); over a lock it yields its values as a draft and takes them back when it opens again.
#pragma once

#include "gui/lock_drafts.h"

#include <QDialog>

class QLabel;

namespace orec::gui {

class EditorDialog : public QDialog
{
    Q_OBJECT
public:
    using QDialog::QDialog;

    bool isDirty() const { return m_dirty; }
    void setDirty(bool dirty = true) { m_dirty = dirty; }

    // Every input widget under `root` marks the dialog dirty when it changes from now on: call it once
    // the form is filled from the record (line edits count typing only, so they may be refilled).
    void watchForEdits(QWidget* root);

    // Asks "discard your changes?" when dirty; stays open if the answer is no.
    void reject() override;
    void accept() override;

    // What opens this editor again after a lock ("member" and the member's id); an empty kind when it is
    // never kept (a passphrase, the settings).
    virtual QString draftKind() const { return {}; }
    virtual QVariantMap draftKey() const { return {}; }
    // Its kind, key and the values of its input widgets now (password fields never).
    EditorDraft draft() const;
    // Opens the editor that `child` describes from this one (the dossier opens a posting); false when this
    // editor opens none such. Runs the child's event loop, like the button that opens it.
    virtual bool reopenChild(const EditorDraft& child);

    // A line above the form (a lock coming, changes restored); an empty text takes it away.
    void showNotice(const QString& text);
    QString noticeText() const;

    // The drafts of the editors about to reopen, outermost first: each editor that opens takes the first
    // one when it is its own (same kind and key), fills its fields from it and reopens the next from itself.
    // Anything left once the reopening is over is dropped.
    static void setPendingDrafts(const QList<EditorDraft>& drafts);
    static bool hasPendingDrafts();
    static void clearPendingDrafts();

protected:
    void showEvent(QShowEvent* event) override;
    // The fields were filled from a draft: what follows an edit (checks, hints) runs here.
    virtual void draftRestored() {}

private:
    void takePendingDraft();
    QVariantMap fieldValues() const;
    void applyFieldValues(const QVariantMap& values);

    bool m_dirty = false;
    bool m_draftChecked = false;
    QLabel* m_notice = nullptr;
};

} // namespace orec::gui
