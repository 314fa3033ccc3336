#include "reports/document_renderer.h"

#include "reports/document_fonts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <cmath>

namespace orec::reports {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};

constexpr double kU = DocumentFonts::kUnitsPerPoint;

QPageLayout a4Layout(bool landscape)
{
    return QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

// Paints pages one after another on a paged device whose painter origin is the paper's corner.
template <typename NewPage>
void paintAll(QPainter& painter, const LaidOutDocument& document, const QSizeF& deviceSize, NewPage newPage)
{
    for (int i = 0; i < document.pageCount(); ++i) {
        if (i > 0)
            newPage();
        DocumentRenderer::paintPage(painter, document.pages.at(i), document.paperSize,
                                    QRectF(QPointF(0, 0), deviceSize));
    }
}

} // namespace

void DocumentRenderer::paintPage(QPainter& painter, const LaidOutPage& page, const QSizeF& paperSize,
                                 const QRectF& target)
{
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / paperSize.width(), target.height() / paperSize.height());
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    if (!page.watermark.isEmpty()) {
        // Under everything else, light enough to read the text through it, corner to corner. Drawn as
        // outlines, not text, so that copying or extracting the page's text does not pick up its letters.
        painter.save();
        const QFont font = DocumentFonts::font(72, true, false);
        const QFontMetricsF metrics(font);
        QPainterPath path;
        path.addText(
            QPointF(-metrics.horizontalAdvance(page.watermark) / 2, metrics.ascent() / 2 - metrics.descent()),
            font, page.watermark);
        painter.translate(paperSize.width() / 2, paperSize.height() / 2);
        painter.rotate(-std::atan2(paperSize.height(), paperSize.width()) * 180.0 / M_PI);
        painter.fillPath(path, QColor(0, 0, 0, 26));
        painter.restore();
    }
    QPen pen(Qt::black);
    pen.setCapStyle(Qt::SquareCap);
    for (const LineOp& l : page.lines) {
        pen.setWidthF(l.widthPt * kU);
        painter.setPen(pen);
        painter.drawLine(l.line);
    }
    QHash<int, QFont> fonts;
    painter.setPen(Qt::black);
    for (const TextOp& t : page.texts) {
        const int key = static_cast<int>(t.sizePt * 100) * 4 + (t.bold ? 2 : 0) + (t.italic ? 1 : 0);
        auto it = fonts.find(key);
        if (it == fonts.end())
            it = fonts.insert(key, DocumentFonts::font(t.sizePt, t.bold, t.italic));
        painter.setFont(*it);
        painter.drawText(t.baseline, t.text);
    }
    for (const ChartOp& c : page.charts)
        paintBarChart(painter, c.rect, c.chart, c.fontSizePt * kU);
    for (const ImageOp& im : page.images)
        painter.drawImage(im.rect, im.image);
    painter.restore();
}

Status DocumentRenderer::writePdf(const LaidOutDocument& document, QIODevice& device)
{
    OREC_TRY(DocumentFonts::family());
    QPdfWriter writer(&device);
    writer.setResolution(1200);
    writer.setCreator(QStringLiteral("Overseas Records"));
    writer.setTitle(document.title);
    writer.setPageLayout(a4Layout(document.landscape));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error(ErrorCode::Io, Texts::tr("The PDF could not be started."));
    const QSizeF deviceSize(writer.width(), writer.height());
    paintAll(painter, document, deviceSize, [&] { writer.newPage(); });
    if (!painter.end())
        return Error(ErrorCode::Io, Texts::tr("The PDF could not be finished."));
    return okStatus();
}

Status DocumentRenderer::writePdf(const LaidOutDocument& document, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, Texts::tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    // Owner-only before a byte is written: the records leave the encrypted database here.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error(ErrorCode::Io, Texts::tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    OREC_TRY(writePdf(document, static_cast<QIODevice&>(file)));
    if (!file.commit())
        return Error(ErrorCode::Io, Texts::tr("Cannot write %1: %2").arg(path, file.errorString()), path);
    return okStatus();
}

Result<QByteArray> DocumentRenderer::pdf(const LaidOutDocument& document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    OREC_TRY(writePdf(document, static_cast<QIODevice&>(buffer)));
    buffer.close();
    return bytes;
}

Status DocumentRenderer::print(const LaidOutDocument& document, QPrinter& printer)
{
    OREC_TRY(DocumentFonts::family());
    printer.setFullPage(true);
    printer.setPageLayout(a4Layout(document.landscape));
    if (!printer.docName().isEmpty() || !document.title.isEmpty())
        printer.setDocName(document.title);
    QPainter painter;
    if (!painter.begin(&printer))
        return Error(ErrorCode::Io, Texts::tr("The printer could not be started."));
    const QRectF paper = printer.paperRect(QPrinter::DevicePixel);
    paintAll(painter, document, paper.size(), [&] { printer.newPage(); });
    painter.end();
    return okStatus();
}

QImage DocumentRenderer::pageImage(const LaidOutDocument& document, int pageIndex, double dpi)
{
    if (pageIndex < 0 || pageIndex >= document.pageCount())
        return {};
    const double scale = dpi / 72.0 / kU;
    const QSize size(qRound(document.paperSize.width() * scale), qRound(document.paperSize.height() * scale));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    QPainter painter(&image);
    paintPage(painter, document.pages.at(pageIndex), document.paperSize, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

} // namespace orec::reports
