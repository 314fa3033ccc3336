// PrintMenu: File → Print: every printed document of the register, each opening its print preview or the
// print dialog with the document chosen.
#pragma once

#include "app/session.h"

#include <QMenu>

namespace orec::gui {

class PrintMenu : public QMenu
{
    Q_OBJECT
public:
    explicit PrintMenu(app::Session& session, QWidget* parent = nullptr);

    // Opens the print dialog on the kind of action `index` (the order of PrintDialog::kinds()); the two
    // lists of members abroad go straight to their preview.
    void openKind(int index);
    // A cell's field laptop: only what a secretary prints there (a member's record, the reports due, the
    // cell's members abroad); the committee's forms, registers and statistics stay at home.
    void keepFieldDocumentsOnly();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    app::Session& m_session;
    QList<QAction*> m_kindActions;
    QAction* m_allAction = nullptr;
};

} // namespace orec::gui
