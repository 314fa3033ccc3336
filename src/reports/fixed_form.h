// FixedForm: a pre-printed Party form (2-SHĐ) as texts and lines at fixed millimetre positions, laid out
// either whole on plain A4 or as an overlay of its values only, shifted by a printer's calibration offsets;
// and the calibration page that measures those offsets.
#pragma once

#include "core/result.h"
#include "reports/laid_out_document.h"

#include <QList>
#include <QString>

namespace orec::reports {

// Millimetres from the top-left corner of the sheet; y is the text's baseline.
struct FormText
{
    QString text;
    double xMm = 0;
    double yMm = 0;
    double sizePt = 12;
    bool bold = false;
    bool italic = false;
    double widthMm = 0; // > 0: the text shrinks (down to 8 pt) to fit this width
    enum class Align { Left, Center, Right } align = FormText::Align::Left;
};

struct FormLine
{
    double x1Mm = 0, y1Mm = 0, x2Mm = 0, y2Mm = 0;
    double widthPt = 0.5;
};

struct FixedForm
{
    QString title;           // PDF metadata
    QList<FormText> printed; // what the pre-printed sheet already carries: labels, titles, boxes' words
    QList<FormLine> lines;   // the sheet's rules and boxes
    QList<FormText> values;  // what the clerk fills in: the only texts of the overlay
};

// Where the printer puts the page relative to where it was asked to: added to every position.
struct PrinterOffset
{
    double xMm = 0;
    double yMm = 0;
    // Offsets beyond this are a wrong setting, not a printer's drift.
    static constexpr double kLimitMm = 30;
    bool isValid() const;
};

constexpr double kLayoutUnitsPerMm = 72.0 / 25.4 * 20.0;

enum class FormOutput {
    WholeForm, // the sheet's texts and lines with the values, on plain A4
    Overlay,   // the values alone, for the pre-printed sheet in the printer's tray
};

// Needs a QGuiApplication (font metrics for the values that must shrink to fit their blank).
Result<LaidOutDocument> layoutFixedForm(const FixedForm& form, FormOutput output,
                                        const PrinterOffset& offset);

// A4 page with millimetre rulers along the top and left edges and cross marks at known positions, printed
// with `offset` applied: printed at 0/0 it shows how far the printer shifts the page; printed with the
// offsets found, the marks land on their numbers.
Result<LaidOutDocument> calibrationPage(const PrinterOffset& offset, const QString& printerName);

// The cross marks of the calibration page, in millimetres before the offset (for tests and the help text).
QList<QPointF> calibrationMarks();

} // namespace orec::reports
