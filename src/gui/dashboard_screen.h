// DashboardScreen: the department at a glance: who is abroad, where, in which kind of cell, departures and
// returns month by month, what is overdue; every figure opens the list behind it.
#pragma once

#include "app/query_service.h"
#include "app/session.h"
#include "gui/screen.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QPair>
#include <memory>

namespace Ui {
class DashboardScreen;
}

class QChart;
class QChartView;
class QPushButton;

namespace orec::gui {

class DashboardScreen : public Screen
{
    Q_OBJECT
public:
    explicit DashboardScreen(app::Session& session, QWidget* parent = nullptr);
    ~DashboardScreen() override;

    void reload() override;
    const app::RegisterSummary& summary() const { return m_summary; }
    // What the bars and slices stand for, in their order (tests click through them).
    const QList<QString>& countryBars() const { return m_countries; }
    const QList<int>& cellTypeSlices() const { return m_cellTypes; } // -1: not in a cell
    const QList<QDate>& months() const { return m_months; }
    QChartView* countryChart() const { return m_countryView; }
    QChartView* cellTypeChart() const { return m_cellTypeView; }
    QChartView* movementsChart() const { return m_movementsView; }

    // Writes the chart as a PNG image to `path`, asking for a file when it is empty; returns the path
    // written.
    QString saveChartPng(QChartView* view, const QString& path = {});
    // The chart as a picture twice the screen's pixels, sharp on paper.
    static QImage chartImage(QChartView* view);

    // The click-throughs, also reachable from the charts' signals.
    void openCountry(int bar);
    void openCellType(int slice);
    void openMonth(int month, bool returns);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadSummary();
    void loadAbroad();
    void loadMovements();
    void setTile(QPushButton* tile, qint64 value, const QString& caption, bool alarm = false);
    QList<QPushButton*> tiles() const;
    void fitTileText(QPushButton* tile);
    void layOutTiles();
    int countryBarsThatFit() const;
    void drawCountryChart();
    void fitMonthLabels();
    void retranslate();

    std::unique_ptr<Ui::DashboardScreen> m_ui;
    app::Session& m_session;
    app::RegisterSummary m_summary;
    QList<QString> m_countries;
    QList<int> m_cellTypes;
    QList<QDate> m_months;
    QList<QPair<int, int>> m_movements; // departures, returns per month
    QList<QPair<QString, int>> m_countryCounts;
    QList<QPair<int, int>> m_cellTypeCounts;
    QChartView* m_countryView = nullptr;
    QChartView* m_cellTypeView = nullptr;
    QChartView* m_movementsView = nullptr;
    bool m_loaded = false;
    int m_tileColumns = 4;
    int m_shownCountryBars = 0;
};

} // namespace orec::gui
