#include "gui/editor_dialog.h"

#include "gui/message_box.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShowEvent>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextEdit>
#include <QTimer>

namespace orec::gui {

namespace {

QList<EditorDraft>& pendingDrafts()
{
    static QList<EditorDraft> drafts;
    return drafts;
}

// The widgets a draft holds: named by the form (Qt's own inner widgets are named qt_…).
bool isFormWidget(const QWidget* widget)
{
    const QString name = widget->objectName();
    return !name.isEmpty() && !name.startsWith(QLatin1String("qt_"));
}

} // namespace

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

EditorDraft EditorDialog::draft() const
{
    EditorDraft d;
    d.kind = draftKind();
    d.key = draftKey();
    if (!d.kind.isEmpty())
        d.fields = fieldValues();
    d.dirty = m_dirty;
    return d;
}

bool EditorDialog::reopenChild(const EditorDraft& child)
{
    Q_UNUSED(child);
    return false;
}

QVariantMap EditorDialog::fieldValues() const
{
    QVariantMap values;
    for (QWidget* widget : findChildren<QWidget*>()) {
        if (!isFormWidget(widget))
            continue;
        const QString name = widget->objectName();
        if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            // A passphrase is never kept, not even sealed.
            if (!edit->isReadOnly() && edit->echoMode() == QLineEdit::Normal)
                values.insert(name, edit->text());
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
            if (!plain->isReadOnly())
                values.insert(name, plain->toPlainText());
        } else if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
            if (!rich->isReadOnly())
                values.insert(name, rich->toPlainText());
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            if (combo->isEnabled())
                values.insert(
                    name, QVariantList{combo->currentIndex(), combo->currentData(), combo->currentText()});
        } else if (auto* check = qobject_cast<QCheckBox*>(widget)) {
            if (check->isEnabled())
                values.insert(name, check->isChecked());
        } else if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
            if (!spin->isReadOnly() && spin->isEnabled())
                values.insert(name, spin->value());
        } else if (auto* table = qobject_cast<QTableWidget*>(widget)) {
            if (table->editTriggers() == QAbstractItemView::NoEditTriggers)
                continue;
            QVariantList rows;
            for (int row = 0; row < table->rowCount(); ++row) {
                QStringList cells;
                for (int column = 0; column < table->columnCount(); ++column)
                    cells.append(table->item(row, column) ? table->item(row, column)->text() : QString());
                rows.append(cells);
            }
            values.insert(name, rows);
        }
    }
    return values;
}

void EditorDialog::applyFieldValues(const QVariantMap& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QWidget* widget = findChild<QWidget*>(it.key());
        if (!widget)
            continue;
        const QVariant& value = it.value();
        if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            if (!edit->isReadOnly() && edit->echoMode() == QLineEdit::Normal)
                edit->setText(value.toString());
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
            if (!plain->isReadOnly() && plain->toPlainText() != value.toString())
                plain->setPlainText(value.toString());
        } else if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
            if (!rich->isReadOnly() && rich->toPlainText() != value.toString())
                rich->setPlainText(value.toString());
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            const QVariantList parts = value.toList();
            if (parts.size() != 3 || !combo->isEnabled())
                continue;
            int index = parts.at(1).isValid() ? combo->findData(parts.at(1)) : -1;
            if (index < 0)
                index = combo->findText(parts.at(2).toString());
            if (index < 0 && parts.at(0).toInt() < combo->count())
                index = parts.at(0).toInt();
            combo->setCurrentIndex(index);
            if (combo->isEditable())
                combo->setEditText(parts.at(2).toString());
        } else if (auto* check = qobject_cast<QCheckBox*>(widget)) {
            if (check->isEnabled())
                check->setChecked(value.toBool());
        } else if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
            if (!spin->isReadOnly() && spin->isEnabled())
                spin->setValue(value.toInt());
        } else if (auto* table = qobject_cast<QTableWidget*>(widget)) {
            if (table->editTriggers() == QAbstractItemView::NoEditTriggers)
                continue;
            const QVariantList rows = value.toList();
            table->setRowCount(static_cast<int>(rows.size()));
            for (int row = 0; row < rows.size(); ++row) {
                const QStringList cells = rows.at(row).toStringList();
                for (int column = 0;
                     column < std::min<int>(static_cast<int>(cells.size()), table->columnCount()); ++column)
                    table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
            }
        }
    }
}

void EditorDialog::showNotice(const QString& text)
{
    if (!m_notice) {
        if (text.isEmpty())
            return;
        m_notice = new QLabel(this);
        m_notice->setObjectName(QStringLiteral("editorNoticeLabel"));
        m_notice->setWordWrap(true);
        m_notice->setMargin(6);
        m_notice->setStyleSheet(
            QStringLiteral("background: #fff3e0; color: #4e342e; border: 1px solid #ffcc80;"));
        if (auto* box = qobject_cast<QBoxLayout*>(layout()))
            box->insertWidget(0, m_notice);
    }
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString EditorDialog::noticeText() const
{
    return m_notice && m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

void EditorDialog::setPendingDrafts(const QList<EditorDraft>& drafts)
{
    pendingDrafts() = drafts;
}

bool EditorDialog::hasPendingDrafts()
{
    return !pendingDrafts().isEmpty();
}

void EditorDialog::clearPendingDrafts()
{
    pendingDrafts().clear();
}

void EditorDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_draftChecked) {
        m_draftChecked = true;
        takePendingDraft();
    }
}

void EditorDialog::takePendingDraft()
{
    QList<EditorDraft>& pending = pendingDrafts();
    if (pending.isEmpty())
        return;
    const EditorDraft mine = pending.first();
    if (mine.kind.isEmpty() || mine.kind != draftKind() || mine.key != draftKey()) {
        pending.clear(); // another editor opened than the one kept: the drafts are dropped, not misapplied
        return;
    }
    pending.removeFirst();
    applyFieldValues(mine.fields);
    draftRestored();
    setDirty(mine.dirty);
    if (mine.dirty) {
        showNotice(tr("Unsaved changes restored after the lock. Check them, then save."));
    }
    if (pending.isEmpty())
        return;
    // The editor opened from this one, from this one's event loop, as its button would.
    QTimer::singleShot(0, this, [this] {
        if (!pendingDrafts().isEmpty())
            reopenChild(pendingDrafts().first());
        clearPendingDrafts();
    });
}

} // namespace orec::gui
