// Finds what a small screen does to a window: larger than the screen, a widget cut off by its parent or
// squeezed below its minimum (a label or button whose text no longer fits), a chart's labels gone.
#pragma once

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QScreen>
#include <QStringList>
#include <QWidget>

namespace orec::test {

inline QString describe(const QWidget* widget)
{
    QString text;
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        text = label->text();
    else if (widget->property("text").isValid())
        text = widget->property("text").toString();
    text = text.left(60).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QStringLiteral("%1 \"%2\"%3")
        .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(),
             text.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(text));
}

inline QString sizeText(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

// Whether `widget` is the page a scroll area scrolls: it may be larger than what shows of it.
inline bool isScrolledPage(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    const auto* area = parent ? qobject_cast<const QAbstractScrollArea*>(parent->parentWidget()) : nullptr;
    return area && area->viewport() == parent;
}

// Every problem a window has on the screen it is on, one line each (empty: none).
inline QStringList layoutProblems(QWidget* window, const QString& name)
{
    QStringList problems;
    const QRect available = window->screen()->availableGeometry();
    const auto report = [&](const QString& what) { problems << name + QStringLiteral(": ") + what; };
    if (window->frameGeometry().width() > available.width() ||
        window->frameGeometry().height() > available.height())
        report(QStringLiteral("the window with its frame is %1, the screen has %2")
                   .arg(sizeText(window->frameGeometry().size()), sizeText(available.size())));
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (minimum.width() > available.width() || minimum.height() > available.height())
        report(QStringLiteral("the window cannot be smaller than %1, the screen has %2")
                   .arg(sizeText(minimum), sizeText(available.size())));
    if (!available.contains(window->frameGeometry()))
        report(QStringLiteral("the window (%1,%2 %3) is partly off the screen")
                   .arg(window->frameGeometry().x())
                   .arg(window->frameGeometry().y())
                   .arg(sizeText(window->frameGeometry().size())));
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (widget->isWindow() || !widget->isVisibleTo(window) || isScrolledPage(widget))
            continue;
        const QWidget* parent = widget->parentWidget();
        if (!parent->rect().contains(widget->geometry()))
            report(QStringLiteral("%1 at %2,%3 %4 is cut off by its parent %5 of %6")
                       .arg(describe(widget))
                       .arg(widget->x())
                       .arg(widget->y())
                       .arg(sizeText(widget->size()), describe(parent), sizeText(parent->size())));
        // Squeezed below its minimum: the widgets that show a text of the program's (Qt's inner parts, a
        // spin box's editor or a line edit's clear button, have their own rules).
        const bool showsText = (qobject_cast<QLabel*>(widget) || qobject_cast<QAbstractButton*>(widget) ||
                                qobject_cast<QComboBox*>(widget) || qobject_cast<QLineEdit*>(widget)) &&
                               !widget->objectName().startsWith(QLatin1String("qt_")) &&
                               !widget->inherits("QLineEditIconButton") &&
                               !qobject_cast<QComboBox*>(widget->parentWidget());
        if (!showsText)
            continue;
        const QSizePolicy policy = widget->sizePolicy();
        const QSize hint = widget->minimumSizeHint();
        // A widget kept narrower or lower than its hint on purpose (an arrow button) is as the program wants.
        if (policy.horizontalPolicy() != QSizePolicy::Ignored && widget->maximumWidth() >= hint.width() &&
            hint.width() > 0 && widget->width() < hint.width())
            report(QStringLiteral("%1 is %2 wide, it needs %3")
                       .arg(describe(widget))
                       .arg(widget->width())
                       .arg(hint.width()));
        const int height =
            widget->hasHeightForWidth() ? widget->heightForWidth(widget->width()) : hint.height();
        if (policy.verticalPolicy() != QSizePolicy::Ignored && widget->maximumHeight() >= height &&
            height > 0 && widget->height() < height)
            report(QStringLiteral("%1 is %2 high, it needs %3")
                       .arg(describe(widget))
                       .arg(widget->height())
                       .arg(height));
    }
    return problems;
}

// The texts a chart shows, as drawn (a label cut short reads "…", one that would overlap is hidden).
inline QStringList shownTexts(QChartView* view)
{
    QStringList texts;
    for (QGraphicsItem* item : view->scene()->items()) {
        if (auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            texts << text->toPlainText();
    }
    return texts;
}

// The category labels of `view`'s chart that do not show in full.
inline QStringList missingCategories(QChartView* view)
{
    QStringList missing;
    const QStringList shown = shownTexts(view);
    for (QAbstractAxis* axis : view->chart()->axes()) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            for (const QString& category : categories->categories()) {
                if (!shown.contains(category))
                    missing << category;
            }
        }
    }
    return missing;
}

// The legend entries of `view`'s chart that do not show in full.
inline QStringList missingLegendEntries(QChartView* view)
{
    QStringList missing;
    // A legend too low for its entries clips the last ones: they count as shown only inside its bounds.
    QLegend* legend = view->chart()->legend();
    const QRectF bounds = legend->sceneBoundingRect().adjusted(-1, -1, 1, 1);
    QStringList shown;
    for (QGraphicsItem* item : view->scene()->items()) {
        auto* text = qgraphicsitem_cast<QGraphicsTextItem*>(item);
        if (text && text->isVisible() && bounds.contains(text->sceneBoundingRect()))
            shown << text->toPlainText();
    }
    for (QLegendMarker* marker : legend->markers()) {
        if (!shown.contains(marker->label()))
            missing << marker->label();
    }
    return missing;
}

} // namespace orec::test
