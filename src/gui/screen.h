// Screen: one page of the main window (members, postings, cells...), shown from the navigation pane.
#pragma once

#include "storage/register_query_types.h"

#include <QString>
#include <QWidget>

namespace orec::gui {

class Screen : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Queries what the screen shows again: after a change elsewhere, or when it is shown again.
    virtual void reload() {}
    // Ctrl+F: puts the cursor in the screen's search field; false when it has none.
    virtual bool focusSearch() { return false; }
    // Before the window leaves the screen or closes: false when the clerk wants to stay with
    // unsaved edits.
    virtual bool confirmLeave() { return true; }

Q_SIGNALS:
    // A short note for the status bar ("Report filed.").
    void statusMessage(const QString& text);
    // Something was changed in the register: other screens should reload when shown.
    void registerChanged();
    // Click-throughs from a figure to the list behind it.
    void membersRequested(const MemberFilter& filter);
    void reportsDueRequested(bool overdueOnly);
    // Departures (or returns) of [from, to] on the postings screen.
    void movementsRequested(const QDate& from, const QDate& to, bool returns);
    void unapprovedDeparturesRequested();
};

} // namespace orec::gui
