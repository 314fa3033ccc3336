#include "reports/bar_chart.h"

#include "reports/document_fonts.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace orec::reports {

namespace {

// Greys and muted colours that still read apart when printed in black and white.
const QList<QColor>& palette()
{
    static const QList<QColor> colours = {QColor(0x2b, 0x4c, 0x7e), QColor(0xc0, 0x39, 0x2b),
                                          QColor(0x7f, 0x8c, 0x8d), QColor(0x27, 0xae, 0x60),
                                          QColor(0xd3, 0x8b, 0x1f), QColor(0x8e, 0x44, 0xad)};
    return colours;
}

// A step of 1, 2 or 5 × 10^n giving about five grid lines.
double niceStep(double maxValue)
{
    if (maxValue <= 0)
        return 1;
    const double raw = maxValue / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return std::max(1.0, m * power);
    }
    return std::max(1.0, 10 * power);
}

QString number(double v)
{
    return v == std::floor(v) ? QString::number(static_cast<qint64>(v)) : QString::number(v, 'f', 1);
}

} // namespace

bool BarChart::isEmpty() const
{
    return categories.isEmpty() || series.isEmpty();
}

double BarChart::maxValue() const
{
    double m = 0;
    for (const ChartSeries& s : series) {
        for (double v : s.values)
            m = std::max(m, v);
    }
    return m;
}

void paintBarChart(QPainter& painter, const QRectF& area, const BarChart& chart, double fontPixelSize)
{
    painter.save();
    const auto family = DocumentFonts::family();
    QFont font(family ? *family : QStringLiteral("serif"));
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(fontPixelSize))));
    font.setHintingPreference(QFont::PreferNoHinting);
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(std::max(1, static_cast<int>(std::lround(fontPixelSize * 1.2))));
    const QFontMetricsF fm(font);
    const QFontMetricsF tfm(titleFont);
    const double u = fontPixelSize; // every distance is a multiple of the label size

    QRectF r = area;
    QPen axisPen(Qt::black);
    axisPen.setWidthF(u * 0.06);
    if (!chart.title.isEmpty()) {
        painter.setFont(titleFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(r.left(), r.top(), r.width(), tfm.height() * 1.4), Qt::AlignCenter,
                         chart.title);
        r.setTop(r.top() + tfm.height() * 1.6);
    }
    // Legend on one line at the bottom.
    const double legendH = chart.series.size() > 1 ? fm.height() * 1.6 : 0;
    if (legendH > 0) {
        painter.setFont(font);
        double total = 0;
        for (const ChartSeries& s : chart.series)
            total += u * 1.2 + fm.horizontalAdvance(s.name) + u * 1.5;
        double x = r.left() + std::max(0.0, (r.width() - total) / 2);
        const double y = r.bottom() - legendH + (legendH - u) / 2;
        for (qsizetype i = 0; i < chart.series.size(); ++i) {
            painter.fillRect(QRectF(x, y, u * 0.9, u * 0.9), palette().at(i % palette().size()));
            x += u * 1.2;
            painter.setPen(Qt::black);
            painter.drawText(QPointF(x, y + u * 0.85), chart.series.at(i).name);
            x += fm.horizontalAdvance(chart.series.at(i).name) + u * 1.5;
        }
        r.setBottom(r.bottom() - legendH);
    }
    if (chart.isEmpty()) {
        painter.restore();
        return;
    }
    const double step = niceStep(chart.maxValue());
    const double top = std::max(step, std::ceil(chart.maxValue() * 1.08 / step) * step); // room for labels
    double labelW = 0;
    for (double v = 0; v <= top + step / 2; v += step)
        labelW = std::max(labelW, fm.horizontalAdvance(number(v)));
    // Category labels wrap onto as many lines as the longest needs ("Chi bộ phu nhân – phu quân" takes
    // three under six bars); rotate nothing so they stay readable in print.
    const double plotWidth = r.width() - labelW - u * 1.2;
    const double catSlot = chart.categories.isEmpty() ? plotWidth : plotWidth / chart.categories.size();
    double catH = fm.height() * 2.3;
    for (const QString& category : chart.categories)
        catH = std::max(catH, fm.boundingRect(QRectF(0, 0, catSlot, r.height()),
                                              Qt::AlignHCenter | Qt::TextWordWrap, category)
                                      .height() +
                                  fm.height() * 0.3);
    catH = std::min(catH, r.height() / 3);
    const QRectF plot(r.left() + labelW + u * 0.8, r.top() + u * 0.5, r.width() - labelW - u * 1.2,
                      r.height() - catH - u * 0.5);
    if (plot.width() <= 0 || plot.height() <= 0) {
        painter.restore();
        return;
    }
    painter.setFont(font);
    QPen gridPen(QColor(0xbb, 0xbb, 0xbb));
    gridPen.setWidthF(u * 0.04);
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = plot.bottom() - plot.height() * v / top;
        painter.setPen(gridPen);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        const QString t = number(v);
        painter.drawText(QPointF(plot.left() - u * 0.4 - fm.horizontalAdvance(t), y + fm.ascent() / 2.5), t);
    }
    const qsizetype nCat = chart.categories.size();
    const qsizetype nSer = chart.series.size();
    const double slot = plot.width() / nCat;
    const double groupW = slot * 0.75;
    const double barW = groupW / nSer;
    for (qsizetype c = 0; c < nCat; ++c) {
        const double gx = plot.left() + c * slot + (slot - groupW) / 2;
        for (qsizetype s = 0; s < nSer; ++s) {
            const QList<double>& values = chart.series.at(s).values;
            const double v = c < values.size() ? values.at(c) : 0;
            const double h = plot.height() * v / top;
            const QRectF bar(gx + s * barW, plot.bottom() - h, barW * 0.92, h);
            painter.fillRect(bar, palette().at(s % palette().size()));
            if (v > 0 && barW > fm.horizontalAdvance(number(v)) * 0.9) {
                painter.setPen(Qt::black);
                const QString t = number(v);
                painter.drawText(
                    QPointF(bar.center().x() - fm.horizontalAdvance(t) / 2, bar.top() - u * 0.25), t);
            }
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(plot.left() + c * slot, plot.bottom() + u * 0.3, slot, catH),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, chart.categories.at(c));
    }
    painter.setPen(axisPen);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.restore();
}

QImage renderBarChart(const BarChart& chart, const QSize& size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const double font = std::max(10.0, size.height() / 32.0);
    paintBarChart(painter, QRectF(font, font, size.width() - 2 * font, size.height() - 2 * font), chart,
                  font);
    painter.end();
    return image;
}

QByteArray barChartPng(const BarChart& chart, const QSize& size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    renderBarChart(chart, size).save(&buffer, "PNG");
    return bytes;
}

} // namespace orec::reports
