// BarChart: a grouped bar chart as plain data, painted with QPainter into a PDF or saved as PNG (no widgets).
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace orec::reports {

struct ChartSeries
{
    QString name;
    QList<double> values; // one per category
};

struct BarChart
{
    QString title;
    QStringList categories; // along the horizontal axis
    QList<ChartSeries> series;

    bool isEmpty() const;
    double maxValue() const;
};

// Paints the chart inside `area` in the painter's current units. `fontPixelSize` is the size of the
// axis labels in those units; everything else scales from it.
void paintBarChart(QPainter& painter, const QRectF& area, const BarChart& chart, double fontPixelSize);

// The chart as a white-background image `size` pixels large, e.g. for "save as PNG".
QImage renderBarChart(const BarChart& chart, const QSize& size);
QByteArray barChartPng(const BarChart& chart, const QSize& size = QSize(1600, 900));

} // namespace orec::reports
