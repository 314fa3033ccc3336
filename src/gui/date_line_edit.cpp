#include "gui/date_line_edit.h"

#include "gui/display_format.h"

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QStyle>
#include <QToolTip>
#include <QVBoxLayout>

namespace orec::gui {

DateLineEdit::DateLineEdit(QWidget* parent) : QLineEdit(parent)
{
    m_calendarAction =
        addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QLineEdit::TrailingPosition);
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    connect(m_calendarAction, &QAction::triggered, this, &DateLineEdit::showCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateLineEdit::onTextEdited);
    setMaxLength(10);
    retranslate();
}

QDate DateLineEdit::date() const
{
    return parseDate(text());
}

void DateLineEdit::setDate(const QDate& date)
{
    setText(formatDate(date));
    setStyleSheet(QString());
}

bool DateLineEdit::hasValidText() const
{
    return isEmpty() || date().isValid();
}

void DateLineEdit::onTextEdited()
{
    // Red only once the clerk has typed a whole date that does not exist (31/02): not while typing.
    const bool complete = text().trimmed().size() >= 8;
    setStyleSheet(complete && !hasValidText() ? QStringLiteral("QLineEdit { border: 1px solid #b71c1c; }")
                                              : QString());
    // How a shorthand was read (25112026, 1/2/85), with the weekday, so that a misreading shows at once.
    const QDate read = date();
    if (read.isValid() && text().trimmed() != formatDate(read)) {
        setToolTip(tr("Read as %1, %2").arg(QLocale().dayName(read.dayOfWeek()), formatDate(read)));
        if (hasFocus())
            QToolTip::showText(mapToGlobal(QPoint(0, height())), toolTip(), this);
    } else {
        setToolTip(QString());
    }
    if (hasValidText())
        Q_EMIT dateEdited(date());
}

void DateLineEdit::focusOutEvent(QFocusEvent* event)
{
    // Rewrites 1/2/2024 as 01/02/2024 so that every date reads alike.
    if (!isEmpty() && date().isValid() && text() != formatDate(date()))
        setText(formatDate(date()));
    setStyleSheet(hasValidText() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #b71c1c; }"));
    QLineEdit::focusOutEvent(event);
}

void DateLineEdit::showCalendar()
{
    auto* popup = new QWidget(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* calendar = new QCalendarWidget(popup);
    calendar->setObjectName(QStringLiteral("popupCalendarWidget"));
    calendar->setGridVisible(true);
    if (date().isValid())
        calendar->setSelectedDate(date());
    layout->addWidget(calendar);
    connect(calendar, &QCalendarWidget::activated, this, [this, popup](QDate chosen) {
        setDate(chosen);
        Q_EMIT textEdited(text());
        popup->close();
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, popup](QDate chosen) {
        setDate(chosen);
        Q_EMIT textEdited(text());
        popup->close();
    });
    popup->adjustSize();
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
    calendar->setFocus();
}

void DateLineEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void DateLineEdit::retranslate()
{
    // The format as the clerk reads it: dd/MM/yyyy becomes dd/mm/yyyy.
    setPlaceholderText(dateFormat().toLower());
    m_calendarAction->setToolTip(tr("Pick from a calendar"));
}

} // namespace orec::gui
