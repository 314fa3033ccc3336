// Helpers of the reports tests: text and page images of a PDF through poppler-utils (pdftotext, pdftoppm).
#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace orec::test {

// Text of the whole PDF, or of one page (1-based) when `page` > 0, in layout order.
QString pdfText(const QString& pdfPath, int page = 0);
int pdfPageCount(const QString& pdfPath);
// The fonts the PDF uses, as pdffonts prints them (one line per font).
QStringList pdfFonts(const QString& pdfPath);
// Page `page` (1-based) rendered at `dpi` to a PNG next to the PDF; returns the PNG path.
QString pdfPagePng(const QString& pdfPath, int page, int dpi = 60);
// Fraction of non-white pixels: a blank page is 0.
double inkCoverage(const QImage& image);

} // namespace orec::test
