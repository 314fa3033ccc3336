#include "gui/filter_bar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace orec::gui {

FilterBar::FilterBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("filterBarLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(QStringLiteral("filterBarClearButton"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_clearButton);
    connect(m_clearButton, &QPushButton::clicked, this, &FilterBar::clearRequested);
    retranslate();
    setVisible(false);
}

void FilterBar::setFilters(const QStringList& active, qint64 shown)
{
    m_filters = active;
    m_shown = shown;
    retranslate();
    setVisible(!m_filters.isEmpty());
}

QString FilterBar::text() const
{
    return m_label->text();
}

QString FilterBar::activeNote(int filters)
{
    return filters > 0 ? tr(" — %n filter(s) active", nullptr, filters) : QString();
}

void FilterBar::retranslate()
{
    m_clearButton->setText(tr("Clear these filters"));
    m_clearButton->setToolTip(tr("Shows the whole list again; a search typed stays"));
    const QString list = m_filters.join(QStringLiteral(" · "));
    // With nothing left, the filters are named as the reason: a search that finds nobody is rarely about
    // the name when a filter set by a chart click is still on.
    m_label->setText(m_shown == 0 ? tr("Nothing shown with %n filter(s) active: %1", nullptr,
                                       static_cast<int>(m_filters.size()))
                                        .arg(list)
                                  : tr("Filtered by %1").arg(list));
}

void FilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace orec::gui
