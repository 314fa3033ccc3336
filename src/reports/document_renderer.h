// DocumentRenderer: paints a LaidOutDocument into a PDF (fonts embedded), onto a printer, or into page
// images.
#pragma once

#include "core/result.h"
#include "reports/laid_out_document.h"

#include <QByteArray>
#include <QImage>
#include <QString>

class QIODevice;
class QPainter;
class QPrinter;

namespace orec::reports {

class DocumentRenderer
{
public:
    // A4 PDF written to `device` (a file, a buffer). Fonts are embedded as subsets.
    static Status writePdf(const LaidOutDocument& document, QIODevice& device);
    // Written atomically: the file appears complete or not at all.
    static Status writePdf(const LaidOutDocument& document, const QString& path);
    static Result<QByteArray> pdf(const LaidOutDocument& document);

    // Paints every page on a printer, e.g. the one QPrintPreviewDialog hands to its paintRequested slot.
    // Sets A4, the orientation and full-page mode on it first.
    static Status print(const LaidOutDocument& document, QPrinter& printer);

    // One page, scaled so that the paper fills `target` (in the painter's coordinates).
    static void paintPage(QPainter& painter, const LaidOutPage& page, const QSizeF& paperSize,
                          const QRectF& target);

    // One page as an image at `dpi`, white background: thumbnails and previews.
    static QImage pageImage(const LaidOutDocument& document, int pageIndex, double dpi = 96);
};

} // namespace orec::reports
