#include "gui/print_menu.h"

#include "gui/print_dialog.h"
#include "gui/print_support.h"

#include <QEvent>

namespace orec::gui {

PrintMenu::PrintMenu(app::Session& session, QWidget* parent) : QMenu(parent), m_session(session)
{
    setObjectName(QStringLiteral("printMenu"));
    const QList<app::PrintKind> kinds = PrintDialog::kinds();
    for (int i = 0; i < kinds.size(); ++i) {
        QAction* action = addAction(QString(), this, [this, i] { openKind(i); });
        action->setObjectName(QStringLiteral("printAction%1").arg(i));
        m_kindActions.append(action);
        if (i == 1 || i == 5)
            addSeparator(); // lists of members, lists of a period, the party's forms
    }
    addSeparator();
    m_allAction = addAction(QString(), this, [this] {
        PrintDialog dialog(m_session, parentWidget());
        dialog.exec();
    });
    m_allAction->setObjectName(QStringLiteral("printDialogAction"));
    m_allAction->setShortcut(QKeySequence::Print);
    retranslate();
}

void PrintMenu::openKind(int index)
{
    const QList<app::PrintKind> kinds = PrintDialog::kinds();
    if (index < 0 || index >= kinds.size())
        return;
    const auto grouping =
        index == 1 ? reports::AbroadGrouping::HomeUnit : reports::AbroadGrouping::CountryAndCell;
    if (kinds.at(index) == app::PrintKind::Abroad) {
        app::PrintRequest request;
        request.kind = app::PrintKind::Abroad;
        request.grouping = grouping;
        PrintSupport::preview(parentWidget(), m_session, request);
        return;
    }
    PrintDialog dialog(m_session, parentWidget());
    dialog.selectKind(kinds.at(index), grouping);
    dialog.exec();
}

void PrintMenu::keepFieldDocumentsOnly()
{
    const QList<app::PrintKind> kinds = PrintDialog::kinds();
    for (int i = 0; i < m_kindActions.size(); ++i) {
        const app::PrintKind kind = kinds.at(i);
        const bool byCountryAndCell = kind == app::PrintKind::Abroad && i != 1;
        m_kindActions.at(i)->setVisible(kind == app::PrintKind::MemberRecord ||
                                        kind == app::PrintKind::ReportsDue || byCountryAndCell);
    }
    // The print dialog offers every document.
    m_allAction->setVisible(false);
}

void PrintMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void PrintMenu::retranslate()
{
    setTitle(tr("&Print"));
    const QList<app::PrintKind> kinds = PrintDialog::kinds();
    for (int i = 0; i < m_kindActions.size(); ++i) {
        const auto grouping =
            i == 1 ? reports::AbroadGrouping::HomeUnit : reports::AbroadGrouping::CountryAndCell;
        // Kinds that need a period, a member or a letter say so with the dots.
        QString text = PrintDialog::kindTitle(kinds.at(i), grouping);
        if (kinds.at(i) != app::PrintKind::Abroad)
            text += QStringLiteral("…");
        m_kindActions.at(i)->setText(text);
    }
    m_allAction->setText(tr("All &documents…"));
}

} // namespace orec::gui
