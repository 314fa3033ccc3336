// EditorDialog: a dialog that edits a record and asks before unsaved edits are thrown away (Esc, Cancel,
// close).
#pragma once

#include <QDialog>

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

private:
    bool m_dirty = false;
};

} // namespace orec::gui
