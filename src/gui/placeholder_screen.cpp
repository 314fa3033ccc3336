#include "gui/placeholder_screen.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace orec::gui {

PlaceholderScreen::PlaceholderScreen(QWidget* parent) : Screen(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("placeholderLabel"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    layout->addWidget(m_label);
    retranslate();
}

void PlaceholderScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Screen::changeEvent(event);
}

void PlaceholderScreen::retranslate()
{
    m_label->setText(tr("This screen is not available in this version."));
}

} // namespace orec::gui
