// FilterBar: a line above a list naming every filter that narrows it (those a click elsewhere set included),
// with one button that clears them; hidden while nothing is filtered.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace orec::gui {

class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    // The filters in force, each as the clerk would say it ("Country: France"); none hides the bar. `shown`
    // is how many rows the list keeps: with none, the bar says the filters are why.
    void setFilters(const QStringList& active, qint64 shown);
    QStringList filters() const { return m_filters; }
    QString text() const;
    // " — 2 filters active", for a count line; empty without filters.
    static QString activeNote(int filters);

Q_SIGNALS:
    void clearRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_label = nullptr;
    QPushButton* m_clearButton = nullptr;
    QStringList m_filters;
    qint64 m_shown = 0;
};

} // namespace orec::gui
