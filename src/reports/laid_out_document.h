// LaidOutDocument: a document broken into A4 pages of positioned text, lines, charts and images, ready to
// paint.
#pragma once

#include "reports/bar_chart.h"

#include <QImage>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace orec::reports {

// Coordinates are layout units of 1/20 point from the top-left corner of the paper.
struct TextOp
{
    QPointF baseline; // left end of the baseline
    QString text;     // NFC
    double sizePt = 13;
    bool bold = false;
    bool italic = false;
};

struct LineOp
{
    QLineF line;
    double widthPt = 0.5;
};

struct ChartOp
{
    QRectF rect;
    BarChart chart;
    double fontSizePt = 9;
};

struct ImageOp
{
    QRectF rect;
    QImage image;
};

struct LaidOutPage
{
    QList<TextOp> texts;
    QList<LineOp> lines;
    QList<ChartOp> charts;
    QList<ImageOp> images;
    QString watermark; // drawn large, light and diagonally across the page ("BẢN NHÁP"); empty for none
};

struct LaidOutDocument
{
    QSizeF paperSize; // in layout units
    bool landscape = false;
    QString title; // PDF metadata
    QList<LaidOutPage> pages;

    int pageCount() const { return static_cast<int>(pages.size()); }
};

} // namespace orec::reports
