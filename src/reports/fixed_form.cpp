#include "reports/fixed_form.h"

#include "core/result_try.h"
#include "reports/document_fonts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <cmath>

namespace orec::reports {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};

constexpr double kMinimumSizePt = 8;
constexpr double kPaperWidthMm = 210;
constexpr double kPaperHeightMm = 297;

double u(double mm)
{
    return mm * kLayoutUnitsPerMm;
}

double advance(const FormText& t, double sizePt)
{
    const QFontMetricsF metrics(DocumentFonts::font(sizePt, t.bold, t.italic));
    return metrics.horizontalAdvance(t.text);
}

TextOp place(const FormText& t, const PrinterOffset& offset)
{
    TextOp op;
    op.text = t.text.normalized(QString::NormalizationForm_C);
    op.bold = t.bold;
    op.italic = t.italic;
    op.sizePt = t.sizePt;
    double width = advance(t, op.sizePt);
    // A long name shrinks to its blank instead of running over the next one.
    while (t.widthMm > 0 && width > u(t.widthMm) && op.sizePt > kMinimumSizePt) {
        op.sizePt = std::max(kMinimumSizePt, op.sizePt - 0.5);
        width = advance(t, op.sizePt);
    }
    double x = u(t.xMm + offset.xMm);
    if (t.align == FormText::Align::Center)
        x -= width / 2;
    else if (t.align == FormText::Align::Right)
        x -= width;
    op.baseline = QPointF(x, u(t.yMm + offset.yMm));
    return op;
}

LineOp line(double x1, double y1, double x2, double y2, double widthPt, const PrinterOffset& offset)
{
    LineOp op;
    op.line = QLineF(u(x1 + offset.xMm), u(y1 + offset.yMm), u(x2 + offset.xMm), u(y2 + offset.yMm));
    op.widthPt = widthPt;
    return op;
}

Result<LaidOutDocument> emptyA4(const QString& title)
{
    OREC_TRY(DocumentFonts::family());
    LaidOutDocument doc;
    doc.paperSize = QSizeF(u(kPaperWidthMm), u(kPaperHeightMm));
    doc.title = title;
    doc.pages.append(LaidOutPage());
    return doc;
}

} // namespace

bool PrinterOffset::isValid() const
{
    return std::isfinite(xMm) && std::isfinite(yMm) && std::abs(xMm) <= kLimitMm && std::abs(yMm) <= kLimitMm;
}

Result<LaidOutDocument> layoutFixedForm(const FixedForm& form, FormOutput output, const PrinterOffset& offset)
{
    if (!offset.isValid())
        return Error(ErrorCode::Usage,
                     Texts::tr("A printer offset is at most %1 mm each way; %2 mm, %3 mm is not a printer's "
                               "drift but a wrong setting.")
                         .arg(PrinterOffset::kLimitMm)
                         .arg(offset.xMm)
                         .arg(offset.yMm));
    OREC_TRY_ASSIGN(LaidOutDocument doc, emptyA4(form.title));
    LaidOutPage& page = doc.pages.first();
    if (output == FormOutput::WholeForm) {
        for (const FormText& t : form.printed)
            page.texts.append(place(t, offset));
        for (const FormLine& l : form.lines)
            page.lines.append(line(l.x1Mm, l.y1Mm, l.x2Mm, l.y2Mm, l.widthPt, offset));
    }
    for (const FormText& t : form.values) {
        if (!t.text.isEmpty())
            page.texts.append(place(t, offset));
    }
    return doc;
}

QList<QPointF> calibrationMarks()
{
    return {QPointF(30, 40), QPointF(180, 40), QPointF(105, 150), QPointF(30, 260), QPointF(180, 260)};
}

Result<LaidOutDocument> calibrationPage(const PrinterOffset& offset, const QString& printerName)
{
    if (!offset.isValid())
        return Error(ErrorCode::Usage,
                     Texts::tr("A printer offset is at most %1 mm each way.").arg(PrinterOffset::kLimitMm));
    OREC_TRY_ASSIGN(LaidOutDocument doc, emptyA4(Texts::tr("Trang căn chỉnh máy in")));
    LaidOutPage& page = doc.pages.first();
    const auto text = [&](const QString& s, double x, double y, double size, bool bold = false,
                          FormText::Align align = FormText::Align::Left) {
        FormText t;
        t.text = s;
        t.xMm = x;
        t.yMm = y;
        t.sizePt = size;
        t.bold = bold;
        t.align = align;
        page.texts.append(place(t, offset));
    };
    // Rulers: a tick every millimetre along the top and the left edge, longer every 5 and 10, numbered
    // every 10 from the sheet's corner.
    for (int p = 5; p <= 205; ++p) {
        const double len = p % 10 == 0 ? 5 : (p % 5 == 0 ? 3.5 : 2);
        page.lines.append(line(p, 5, p, 5 + len, 0.3, offset));
        if (p % 10 == 0)
            text(QString::number(p), p, 14, 7, false, FormText::Align::Center);
    }
    for (int p = 5; p <= 290; ++p) {
        const double len = p % 10 == 0 ? 5 : (p % 5 == 0 ? 3.5 : 2);
        page.lines.append(line(5, p, 5 + len, p, 0.3, offset));
        if (p % 10 == 0 && p >= 20)
            text(QString::number(p), 11, p + 1, 7);
    }
    page.lines.append(line(5, 5, 205, 5, 0.3, offset));
    page.lines.append(line(5, 5, 5, 290, 0.3, offset));
    for (const QPointF& m : calibrationMarks()) {
        page.lines.append(line(m.x() - 8, m.y(), m.x() + 8, m.y(), 0.4, offset));
        page.lines.append(line(m.x(), m.y() - 8, m.x(), m.y() + 8, 0.4, offset));
        text(QStringLiteral("(%1, %2)").arg(m.x()).arg(m.y()), m.x() + 2, m.y() - 2, 8);
    }
    text(Texts::tr("TRANG CĂN CHỈNH MÁY IN"), 105, 70, 14, true, FormText::Align::Center);
    text(Texts::tr("Máy in: %1").arg(printerName.isEmpty() ? Texts::tr("(mặc định)") : printerName), 105, 78,
         11, false, FormText::Align::Center);
    text(Texts::tr("Độ lệch đang dùng: ngang %1 mm, dọc %2 mm")
             .arg(QString::number(offset.xMm, 'f', 1), QString::number(offset.yMm, 'f', 1)),
         105, 85, 11, false, FormText::Align::Center);
    const QStringList help = {
        Texts::tr("1. In trang này lên giấy trắng A4, khổ giấy thật (không thu nhỏ, không “vừa trang”)."),
        Texts::tr("2. Dùng thước đo từ mép trái và mép trên tờ giấy đến tâm mỗi dấu chữ thập."),
        Texts::tr("3. Dấu (30, 40) in ở 32 mm từ mép trái và 39 mm từ mép trên: độ lệch ngang là"),
        Texts::tr("    30 − 32 = −2 mm, dọc là 40 − 39 = +1 mm. Nhập hai số đó trong “Căn chỉnh máy in…”."),
        Texts::tr("4. In lại trang này: mọi dấu chữ thập phải trùng với số ghi bên cạnh."),
    };
    double y = 185;
    for (const QString& helpLine : help) {
        text(helpLine, 22, y, 10);
        y += 6;
    }
    return doc;
}

} // namespace orec::reports
