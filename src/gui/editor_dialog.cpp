#include "gui/editor_dialog.h"

#include "gui/message_box.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextEdit>

namespace orec::gui {

void EditorDialog::watchForEdits(QWidget* root)
{
    const auto mark = [this] { m_dirty = true; };
    // textEdited, not textChanged: filling the form from the record must not count as an edit.
    for (auto* edit : root->findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, this, mark);
    for (auto* edit : root->findChildren<QPlainTextEdit*>())
        connect(edit, &QPlainTextEdit::textChanged, this, mark);
    for (auto* edit : root->findChildren<QTextEdit*>())
        connect(edit, &QTextEdit::textChanged, this, mark);
    for (auto* box : root->findChildren<QComboBox*>())
        connect(box, &QComboBox::activated, this, mark);
    for (auto* box : root->findChildren<QCheckBox*>())
        connect(box, &QAbstractButton::clicked, this, mark);
    for (auto* box : root->findChildren<QSpinBox*>())
        connect(box, &QSpinBox::valueChanged, this, mark);
}

void EditorDialog::reject()
{
    if (m_dirty) {
        const auto answer = MessageBox::question(
            this, tr("Unsaved changes"), tr("You have changes that are not saved. Throw them away?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_dirty = false;
    QDialog::reject();
}

void EditorDialog::accept()
{
    m_dirty = false;
    QDialog::accept();
}

} // namespace orec::gui
