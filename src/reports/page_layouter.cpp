#include "reports/page_layouter.h"

#include "reports/document_fonts.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QTextLayout>
#include <algorithm>
#include <cmath>
#include <memory>

namespace orec::reports {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};

constexpr double kU = DocumentFonts::kUnitsPerPoint;

double mm(double millimetres)
{
    return millimetres * 72.0 / 25.4 * kU;
}

// Margins of Party documents: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
struct Margins
{
    double top, bottom, left, right;
};
constexpr double kPortraitContentMm = 210.0 - 30.0 - 15.0;

struct FontKey
{
    double sizePt;
    bool bold;
    bool italic;
};

// One wrapped line of plain text: its characters and natural width.
struct PlainLine
{
    QString text;
    double width = 0;
};

// A cell's text broken into lines with its alignment.
struct CellLines
{
    QList<PlainLine> lines;
    ColumnAlign align = ColumnAlign::Left;
};

class Layouter
{
public:
    explicit Layouter(const PartyDocument& document) : m_doc(document) {}

    LaidOutDocument run();

private:
    // Fonts and metrics.
    const QFontMetricsF& metrics(const FontKey& key);
    double lineHeight(const FontKey& key) { return metrics(key).height(); }
    double ascent(const FontKey& key) { return metrics(key).ascent(); }
    double textWidth(const FontKey& key, const QString& text) { return metrics(key).horizontalAdvance(text); }
    QList<PlainLine> wrapPlain(const QString& text, const FontKey& key, double width);
    QStringList balancedLines(const QString& text, const FontKey& key, double width);

    // Pages.
    LaidOutPage& page() { return m_out.pages.last(); }
    void newPage();
    double remaining() const { return m_bottom - m_y; }
    void text(double x, double baselineY, const QString& s, const FontKey& key);
    void line(double x1, double y1, double x2, double y2, double widthPt = 0.5);
    // Centred lines of text in [x, x + width); returns the height used.
    double centredLines(double x, double width, double y, const QStringList& lines, const FontKey& key,
                        bool underlineFirst = false);

    void layoutHeader();
    void layoutTitle();
    void layoutParagraph(const Paragraph& p);
    void layoutTable(const ReportTable& table);
    void layoutChart(const DocumentBlock& block);
    void layoutImage(const DocumentBlock& block);
    void layoutSignature();
    void addPageNumbers();
    void markDraft();

    // Tables.
    struct TableGeometry
    {
        QList<double> x; // left edge of each column, plus the right edge of the table
        QList<ColumnAlign> align;
        QList<QString> titles;
        QList<QString> groups;
        FontKey body{11, false, false};
        FontKey head{11, true, false};
        double padH = 0;
        double padV = 0;
    };
    double cellHeight(const CellLines& cell, const FontKey& key, const TableGeometry& g) const;
    CellLines cellLines(const QString& text, ColumnAlign align, const FontKey& key, double width);
    void drawCell(const CellLines& cell, const FontKey& key, double x0, double x1, double y, double h,
                  const TableGeometry& g);
    double headerHeight(const TableGeometry& g);
    void drawHeader(const TableGeometry& g);

    const PartyDocument& m_doc;
    LaidOutDocument m_out;
    Margins m_margin{};
    double m_left = 0, m_right = 0, m_top = 0, m_bottom = 0;
    double m_y = 0;
    QHash<QString, std::shared_ptr<QFontMetricsF>> m_metrics;
};

QString keyName(const FontKey& key)
{
    return QStringLiteral("%1/%2/%3").arg(key.sizePt).arg(key.bold).arg(key.italic);
}

const QFontMetricsF& Layouter::metrics(const FontKey& key)
{
    const QString name = keyName(key);
    auto it = m_metrics.find(name);
    if (it == m_metrics.end())
        it = m_metrics.insert(
            name, std::make_shared<QFontMetricsF>(DocumentFonts::font(key.sizePt, key.bold, key.italic)));
    return **it;
}

QList<PlainLine> Layouter::wrapPlain(const QString& text, const FontKey& key, double width)
{
    QList<PlainLine> result;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& para : paragraphs) {
        const double natural = textWidth(key, para);
        if (natural <= width || para.isEmpty()) {
            result.append({para, natural});
            continue;
        }
        QTextLayout layout(para, DocumentFonts::font(key.sizePt, key.bold, key.italic));
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine l = layout.createLine(); l.isValid(); l = layout.createLine()) {
            l.setLineWidth(width);
            QString piece = para.mid(l.textStart(), l.textLength());
            while (piece.endsWith(QLatin1Char(' ')))
                piece.chop(1);
            result.append({piece, l.naturalTextWidth()});
        }
        layout.endLayout();
    }
    return result;
}

// A unit's name that needs two lines is cut where both halves come out nearest in length ("ĐẢNG ỦY VIỆN /
// KHOA HỌC VẬT LIỆU", not "ĐẢNG ỦY VIỆN KHOA HỌC VẬT / LIỆU"), as names are set in the header of Party
// documents; longer names wrap as usual.
QStringList Layouter::balancedLines(const QString& text, const FontKey& key, double width)
{
    if (wrapPlain(text, key, width).size() != 2)
        return {text};
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList best{text};
    double bestWidth = 0;
    for (qsizetype cut = 1; cut < words.size(); ++cut) {
        const QString first = words.mid(0, cut).join(QLatin1Char(' '));
        const QString second = words.mid(cut).join(QLatin1Char(' '));
        const double w = std::max(textWidth(key, first), textWidth(key, second));
        if (w <= width && (bestWidth == 0 || w < bestWidth)) {
            best = {first, second};
            bestWidth = w;
        }
    }
    return best;
}

void Layouter::newPage()
{
    m_out.pages.append(LaidOutPage{});
    m_y = m_top;
}

void Layouter::text(double x, double baselineY, const QString& s, const FontKey& key)
{
    if (s.isEmpty())
        return;
    page().texts.append(TextOp{QPointF(x, baselineY), s, key.sizePt, key.bold, key.italic});
}

void Layouter::line(double x1, double y1, double x2, double y2, double widthPt)
{
    page().lines.append(LineOp{QLineF(x1, y1, x2, y2), widthPt});
}

double Layouter::centredLines(double x, double width, double y, const QStringList& lines, const FontKey& key,
                              bool underlineFirst)
{
    const double start = y;
    bool first = true;
    for (const QString& l : lines) {
        for (const PlainLine& pl : wrapPlain(l, key, width)) {
            const double left = x + (width - pl.width) / 2;
            text(left, y + ascent(key), pl.text, key);
            y += lineHeight(key);
            if (first && underlineFirst)
                line(left, y - mm(0.6), left + pl.width, y - mm(0.6), 0.7);
            first = false;
        }
    }
    return y - start;
}

void Layouter::layoutHeader()
{
    const DocumentHeader& h = m_doc.header;
    const double width = m_right - m_left;
    if (!h.formCode.isEmpty()) {
        const FontKey k{11, false, true};
        const double w = textWidth(k, h.formCode);
        text(m_right - w, m_y + ascent(k), h.formCode, k);
        m_y += lineHeight(k) + mm(1);
    }
    if (!m_doc.hasLetterHeader) // a book (10-SHĐ): its committee is named in its title
        return;
    const double leftWidth = width * 0.46;
    const double rightX = m_left + leftWidth;
    const double rightWidth = width - leftWidth;

    // Sizes and styles of 36-HD/VPTW: the superior unit upright, the issuing committee bold, the number
    // upright, all 14 pt in capitals but the number; the heading "ĐẢNG CỘNG SẢN VIỆT NAM" 15 pt bold and
    // underlined by a line as long as itself; place and date 14 pt italic.
    double yl = m_y;
    const FontKey regular{14, false, false};
    const FontKey bold{14, true, false};
    if (!h.superiorUnit.isEmpty())
        yl += centredLines(m_left, leftWidth, yl, balancedLines(h.superiorUnit.toUpper(), regular, leftWidth),
                           regular);
    if (!h.issuingUnit.isEmpty())
        yl += centredLines(m_left, leftWidth, yl, balancedLines(h.issuingUnit.toUpper(), bold, leftWidth),
                           bold);
    yl += centredLines(m_left, leftWidth, yl, {QStringLiteral("*")}, regular);
    // A draft takes no number: the line is left for the register's, whatever was asked.
    const QString number = h.documentNumber.isEmpty() || h.draft ? Texts::tr("Số       -") : h.documentNumber;
    yl += centredLines(m_left, leftWidth, yl, {number}, regular);
    if (!h.subject.isEmpty())
        yl += centredLines(m_left, leftWidth, yl, {h.subject}, FontKey{12, false, true});

    double yr = m_y;
    yr += centredLines(rightX, rightWidth, yr, {Texts::tr("ĐẢNG CỘNG SẢN VIỆT NAM")},
                       FontKey{15, true, false}, true);
    yr += mm(3);
    if (!h.place.isEmpty() || h.date.isValid())
        yr += centredLines(rightX, rightWidth, yr, {placeAndDate(h.place, h.date)}, FontKey{14, false, true});
    m_y = std::max(yl, yr) + mm(6);
}

void Layouter::layoutTitle()
{
    const double width = m_right - m_left;
    if (!m_doc.title.isEmpty())
        m_y += centredLines(m_left, width, m_y, {m_doc.title.toUpper()}, FontKey{15, true, false});
    if (!m_doc.subtitles.isEmpty())
        m_y += centredLines(m_left, width, m_y, m_doc.subtitles, FontKey{14, true, false});
    if (!m_doc.titleNotes.isEmpty())
        m_y += centredLines(m_left, width, m_y, m_doc.titleNotes, FontKey{13, false, true});
    if (!m_doc.title.isEmpty()) {
        const double mid = (m_left + m_right) / 2;
        m_y += mm(2.5);
        line(mid - mm(12), m_y, mid + mm(12), m_y, 0.5);
        m_y += mm(5);
    }
}

void Layouter::layoutParagraph(const Paragraph& p)
{
    QString all;
    QList<QTextLayout::FormatRange> formats;
    QList<FontKey> runKeys;
    QList<int> runStart;
    for (const TextRun& run : p.runs) {
        const QString t = run.text.normalized(QString::NormalizationForm_C);
        QTextLayout::FormatRange range;
        range.start = static_cast<int>(all.size());
        range.length = static_cast<int>(t.size());
        range.format.setFont(DocumentFonts::font(p.fontSizePt, run.bold, run.italic));
        formats.append(range);
        runKeys.append(FontKey{p.fontSizePt, run.bold, run.italic});
        runStart.append(range.start);
        all += t;
    }
    const FontKey baseKey{p.fontSizePt, false, false};
    const double lh = lineHeight(baseKey) * 1.05;
    if (all.isEmpty()) {
        m_y += lh;
        return;
    }
    QTextLayout layout(all, DocumentFonts::font(p.fontSizePt));
    layout.setFormats(formats);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    switch (p.align) {
    case ParagraphAlign::Justify:
        option.setAlignment(Qt::AlignJustify);
        break;
    case ParagraphAlign::Left:
        option.setAlignment(Qt::AlignLeft);
        break;
    case ParagraphAlign::Center:
        option.setAlignment(Qt::AlignHCenter);
        break;
    case ParagraphAlign::Right:
        option.setAlignment(Qt::AlignRight);
        break;
    }
    layout.setTextOption(option);
    const double left = m_left + mm(p.leftIndentMm);
    const double width = m_right - left;
    layout.beginLayout();
    bool first = true;
    for (QTextLine l = layout.createLine(); l.isValid(); l = layout.createLine()) {
        const double indent = first ? mm(p.firstLineIndentMm) : 0;
        l.setLineWidth(width - indent);
        l.setPosition(QPointF(indent, 0));
        first = false;
    }
    layout.endLayout();

    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine l = layout.lineAt(i);
        if (m_y + lh > m_bottom)
            newPage();
        const double baseline = m_y + ascent(baseKey);
        const int lineStart = l.textStart();
        const int lineEnd = lineStart + l.textLength();
        // Words are placed one by one at the positions the layout computed, so justification is exact.
        int pos = lineStart;
        while (pos < lineEnd) {
            while (pos < lineEnd && all.at(pos).isSpace())
                ++pos;
            if (pos >= lineEnd)
                break;
            int end = pos;
            // The run that holds `pos`; a word never spans two runs in the output.
            qsizetype run = runStart.size() - 1;
            while (run > 0 && runStart.at(run) > pos)
                --run;
            const int runEnd =
                run + 1 < runStart.size() ? runStart.at(run + 1) : static_cast<int>(all.size());
            while (end < lineEnd && end < runEnd && !all.at(end).isSpace())
                ++end;
            const double x = left + l.cursorToX(pos);
            text(x, baseline, all.mid(pos, end - pos), runKeys.at(run));
            pos = end;
        }
        m_y += lh;
    }
    m_y += mm(p.spaceAfterMm);
}

CellLines Layouter::cellLines(const QString& text, ColumnAlign align, const FontKey& key, double width)
{
    CellLines c;
    c.align = align;
    c.lines = wrapPlain(text.normalized(QString::NormalizationForm_C), key, width);
    return c;
}

double Layouter::cellHeight(const CellLines& cell, const FontKey& key, const TableGeometry& g) const
{
    const double lh = const_cast<Layouter*>(this)->lineHeight(key);
    return std::max<qsizetype>(1, cell.lines.size()) * lh + 2 * g.padV;
}

void Layouter::drawCell(const CellLines& cell, const FontKey& key, double x0, double x1, double y, double h,
                        const TableGeometry& g)
{
    const double lh = lineHeight(key);
    const double block = cell.lines.size() * lh;
    double yy = y + std::max(g.padV, (h - block) / 2); // vertically centred, as Party tables are
    for (const PlainLine& pl : cell.lines) {
        double x = x0 + g.padH;
        const double inner = x1 - x0 - 2 * g.padH;
        if (cell.align == ColumnAlign::Center)
            x = x0 + g.padH + (inner - pl.width) / 2;
        else if (cell.align == ColumnAlign::Right)
            x = x1 - g.padH - pl.width;
        text(x, yy + ascent(key), pl.text, key);
        yy += lh;
    }
}

double Layouter::headerHeight(const TableGeometry& g)
{
    const bool grouped =
        std::any_of(g.groups.begin(), g.groups.end(), [](const QString& s) { return !s.isEmpty(); });
    double h1 = 0, h2 = 0;
    for (qsizetype c = 0; c < g.titles.size(); ++c) {
        const double w = g.x.at(c + 1) - g.x.at(c) - 2 * g.padH;
        const double h = cellHeight(cellLines(g.titles.at(c), ColumnAlign::Center, g.head, w), g.head, g);
        if (grouped && !g.groups.at(c).isEmpty())
            h2 = std::max(h2, h);
        else
            h1 = std::max(h1, h);
    }
    if (!grouped)
        return h1;
    double hg = 0;
    for (qsizetype c = 0; c < g.groups.size();) {
        qsizetype e = c;
        while (e < g.groups.size() && g.groups.at(e) == g.groups.at(c))
            ++e;
        if (!g.groups.at(c).isEmpty()) {
            const double w = g.x.at(e) - g.x.at(c) - 2 * g.padH;
            hg = std::max(hg,
                          cellHeight(cellLines(g.groups.at(c), ColumnAlign::Center, g.head, w), g.head, g));
        }
        c = e;
    }
    return std::max(h1, hg + h2);
}

void Layouter::drawHeader(const TableGeometry& g)
{
    const double total = headerHeight(g);
    const bool grouped =
        std::any_of(g.groups.begin(), g.groups.end(), [](const QString& s) { return !s.isEmpty(); });
    double hg = 0; // height of the spanning group cells
    for (qsizetype c = 0; grouped && c < g.groups.size();) {
        qsizetype e = c;
        while (e < g.groups.size() && g.groups.at(e) == g.groups.at(c))
            ++e;
        if (!g.groups.at(c).isEmpty()) {
            const double w = g.x.at(e) - g.x.at(c) - 2 * g.padH;
            hg = std::max(hg,
                          cellHeight(cellLines(g.groups.at(c), ColumnAlign::Center, g.head, w), g.head, g));
        }
        c = e;
    }
    const double y = m_y;
    const double left = g.x.first();
    const double right = g.x.last();
    line(left, y, right, y);
    line(left, y + total, right, y + total);
    line(left, y, left, y + total);
    for (qsizetype c = 0; c < g.titles.size();) {
        if (grouped && !g.groups.at(c).isEmpty()) {
            qsizetype e = c;
            while (e < g.groups.size() && g.groups.at(e) == g.groups.at(c))
                ++e;
            const double x0 = g.x.at(c), x1 = g.x.at(e);
            drawCell(cellLines(g.groups.at(c), ColumnAlign::Center, g.head, x1 - x0 - 2 * g.padH), g.head, x0,
                     x1, y, hg, g);
            line(x0, y + hg, x1, y + hg);
            for (qsizetype k = c; k < e; ++k) {
                const double a = g.x.at(k), b = g.x.at(k + 1);
                drawCell(cellLines(g.titles.at(k), ColumnAlign::Center, g.head, b - a - 2 * g.padH), g.head,
                         a, b, y + hg, total - hg, g);
                line(b, k + 1 == e ? y : y + hg, b, y + total);
            }
            c = e;
        } else {
            const double a = g.x.at(c), b = g.x.at(c + 1);
            drawCell(cellLines(g.titles.at(c), ColumnAlign::Center, g.head, b - a - 2 * g.padH), g.head, a, b,
                     y, total, g);
            line(b, y, b, y + total);
            ++c;
        }
    }
    m_y += total;
}

void Layouter::layoutTable(const ReportTable& table)
{
    TableGeometry g;
    g.body = FontKey{table.fontSizePt, false, false};
    g.head = FontKey{table.fontSizePt, true, false};
    g.padH = mm(1.2);
    g.padV = mm(0.9);
    QList<double> widths;
    if (table.numbered) {
        widths << 10;
        g.align << ColumnAlign::Center;
        g.titles << table.numberHeader();
        g.groups << QString();
    }
    for (const ReportColumn& c : table.columns) {
        widths << std::max(1.0, c.widthMm);
        g.align << c.align;
        g.titles << c.title;
        g.groups << c.group;
    }
    if (widths.isEmpty())
        return;
    double sum = 0;
    for (double w : widths)
        sum += w;
    const double available = m_right - m_left;
    double x = m_left;
    g.x << x;
    for (double w : widths) {
        x += available * w / sum;
        g.x << x;
    }

    const double headH = headerHeight(g);
    const FontKey groupKey0{table.fontSizePt, true, false};
    const FontKey groupKey1{table.fontSizePt, true, true};
    const auto groupKey = [&](int level) { return level == 0 ? groupKey0 : groupKey1; };
    const double tableWidth = g.x.last() - g.x.first();

    // Heights of every item, computed once.
    struct Prepared
    {
        QList<CellLines> cells;
        double height = 0;
    };
    const auto prepare = [&](const ReportItem& item, int number) {
        Prepared p;
        if (item.kind == ItemKind::Group) {
            CellLines c =
                cellLines(item.heading, ColumnAlign::Left, groupKey(item.level), tableWidth - 2 * g.padH);
            p.height = cellHeight(c, groupKey(item.level), g);
            p.cells << c;
            return p;
        }
        const FontKey& key = item.kind == ItemKind::Total ? g.head : g.body;
        int col = 0;
        if (table.numbered) {
            const QString n = item.kind == ItemKind::Row ? QString::number(number) : QString();
            p.cells << cellLines(n, ColumnAlign::Center, key, g.x.at(1) - g.x.at(0) - 2 * g.padH);
            col = 1;
        }
        for (qsizetype c = 0; c < table.columns.size(); ++c, ++col) {
            const QString t = c < item.cells.size() ? cellText(item.cells.at(c)) : QString();
            p.cells << cellLines(t, g.align.at(col), key, g.x.at(col + 1) - g.x.at(col) - 2 * g.padH);
        }
        for (const CellLines& cl : p.cells)
            p.height = std::max(p.height, cellHeight(cl, key, g));
        return p;
    };

    // The header and at least one row (or group + row) start on the same page.
    {
        double firstH = 0;
        int n = 0;
        for (const ReportItem& item : table.items) {
            const Prepared p = prepare(item, n + 1);
            firstH += p.height;
            if (item.kind != ItemKind::Group)
                break;
        }
        if (m_y + headH + firstH > m_bottom)
            newPage();
    }
    drawHeader(g);

    QStringList groupStack; // innermost last
    int number = 0;
    const auto drawGroupRow = [&](const QString& heading, int level) {
        const FontKey k = groupKey(level);
        const CellLines c = cellLines(heading, ColumnAlign::Left, k, tableWidth - 2 * g.padH);
        const double h = cellHeight(c, k, g);
        drawCell(c, k, g.x.first(), g.x.last(), m_y, h, g);
        line(g.x.first(), m_y + h, g.x.last(), m_y + h);
        line(g.x.first(), m_y, g.x.first(), m_y + h);
        line(g.x.last(), m_y, g.x.last(), m_y + h);
        m_y += h;
    };

    for (qsizetype i = 0; i < table.items.size(); ++i) {
        const ReportItem& item = table.items.at(i);
        const int thisNumber = item.kind == ItemKind::Row ? number + 1 : 0;
        const Prepared p = prepare(item, thisNumber);
        double need = p.height;
        if (item.kind == ItemKind::Group) {
            // Keep a heading with the first row under it.
            for (qsizetype j = i + 1; j < table.items.size(); ++j) {
                const Prepared next = prepare(table.items.at(j), number + 1);
                need += next.height;
                if (table.items.at(j).kind != ItemKind::Group)
                    break;
            }
        }
        if (m_y + need > m_bottom && m_y > m_top + headH + 1) {
            newPage();
            drawHeader(g);
            // Carry the open groups over, marked as continued.
            const int keep = item.kind == ItemKind::Group ? item.level : static_cast<int>(groupStack.size());
            for (int level = 0; level < std::min<int>(keep, static_cast<int>(groupStack.size())); ++level)
                drawGroupRow(Texts::tr("%1 (tiếp theo)").arg(groupStack.at(level)), level);
        }
        if (item.kind == ItemKind::Group) {
            while (groupStack.size() > item.level)
                groupStack.removeLast();
            while (groupStack.size() < item.level)
                groupStack.append(QString());
            groupStack.append(item.heading);
            drawGroupRow(item.heading, item.level);
            continue;
        }
        if (item.kind == ItemKind::Row)
            ++number;
        const FontKey& key = item.kind == ItemKind::Total ? g.head : g.body;
        for (qsizetype c = 0; c < p.cells.size(); ++c) {
            drawCell(p.cells.at(c), key, g.x.at(c), g.x.at(c + 1), m_y, p.height, g);
            line(g.x.at(c + 1), m_y, g.x.at(c + 1), m_y + p.height);
        }
        line(g.x.first(), m_y, g.x.first(), m_y + p.height);
        line(g.x.first(), m_y + p.height, g.x.last(), m_y + p.height);
        m_y += p.height;
    }
    m_y += mm(4);
}

void Layouter::layoutChart(const DocumentBlock& block)
{
    const double h = mm(block.heightMm > 0 ? block.heightMm : 85);
    if (m_y + h > m_bottom)
        newPage();
    page().charts.append(ChartOp{QRectF(m_left, m_y, m_right - m_left, h), block.chart, 9});
    m_y += h + mm(4);
}

void Layouter::layoutImage(const DocumentBlock& block)
{
    if (block.image.isNull())
        return;
    double w = m_right - m_left;
    double h = block.heightMm > 0 ? mm(block.heightMm) : w * block.image.height() / block.image.width();
    const double maxH = m_bottom - m_top;
    if (h > maxH) {
        w *= maxH / h;
        h = maxH;
    }
    if (m_y + h > m_bottom)
        newPage();
    const double x = m_left + ((m_right - m_left) - w) / 2;
    page().images.append(ImageOp{QRectF(x, m_y, w, h), block.image});
    m_y += h + mm(4);
}

void Layouter::layoutSignature()
{
    const Signature& s = m_doc.signature;
    const double width = m_right - m_left;
    const double rightX = m_left + width * 0.5;
    const double rightW = width * 0.5;
    const FontKey headKey{14, true, false};
    const FontKey recipientsHead{12, true, true};
    const FontKey recipientsKey{11, false, false};

    QStringList heads;
    if (!s.onBehalf.isEmpty())
        heads << s.onBehalf.toUpper();
    if (!s.position.isEmpty())
        heads << s.position.toUpper();
    const double headsH = heads.size() * lineHeight(headKey);
    const double rightH = headsH + mm(24) + lineHeight(headKey);
    double leftH = 0;
    if (!s.recipients.isEmpty())
        leftH = lineHeight(recipientsHead) + s.recipients.size() * lineHeight(recipientsKey);
    const double need = std::max(rightH, leftH) + mm(3);
    if (m_y + need > m_bottom)
        newPage();
    m_y += mm(3);
    const double top = m_y;
    double yr = top + centredLines(rightX, rightW, top, heads, headKey);
    yr += mm(24);
    yr += centredLines(rightX, rightW, yr, {s.name}, headKey);

    double yl = top;
    if (!s.recipients.isEmpty()) {
        const QString label = Texts::tr("Nơi nhận:");
        text(m_left, yl + ascent(recipientsHead), label, recipientsHead);
        yl += lineHeight(recipientsHead);
        line(m_left, yl - mm(0.8), m_left + textWidth(recipientsHead, label), yl - mm(0.8), 0.5);
        for (const QString& r : s.recipients) {
            for (const PlainLine& pl : wrapPlain(QStringLiteral("- ") + r, recipientsKey, width * 0.45)) {
                text(m_left, yl + ascent(recipientsKey), pl.text, recipientsKey);
                yl += lineHeight(recipientsKey);
            }
        }
    }
    m_y = std::max(yl, yr);
}

void Layouter::markDraft()
{
    // "BẢN NHÁP" boxed at the top right of every page, where no header or page number goes, and across it.
    const FontKey k{13, true, false};
    const QString mark = Texts::tr("BẢN NHÁP");
    const double w = textWidth(k, mark);
    const double right = m_out.paperSize.width() - m_margin.right;
    const double baseline = mm(12);
    for (LaidOutPage& p : m_out.pages) {
        p.texts.append(TextOp{QPointF(right - w - mm(2), baseline), mark, k.sizePt, true, false});
        const QRectF box(right - w - mm(4), baseline - ascent(k) - mm(1.5), w + mm(4),
                         lineHeight(k) + mm(1.5));
        p.lines.append(LineOp{QLineF(box.topLeft(), box.topRight()), 0.8});
        p.lines.append(LineOp{QLineF(box.topRight(), box.bottomRight()), 0.8});
        p.lines.append(LineOp{QLineF(box.bottomRight(), box.bottomLeft()), 0.8});
        p.lines.append(LineOp{QLineF(box.bottomLeft(), box.topLeft()), 0.8});
        p.watermark = mark;
    }
}

void Layouter::addPageNumbers()
{
    // Party documents number pages from the second, centred in the top margin.
    const FontKey k{13, false, false};
    for (qsizetype i = 1; i < m_out.pages.size(); ++i) {
        const QString n = QString::number(i + 1);
        const double w = textWidth(k, n);
        const double x = (m_out.paperSize.width() - w) / 2;
        m_out.pages[i].texts.append(TextOp{QPointF(x, mm(12)), n, k.sizePt, false, false});
    }
}

LaidOutDocument Layouter::run()
{
    bool landscape = m_doc.orientation == PageOrientation::Landscape;
    if (m_doc.orientation == PageOrientation::Auto)
        landscape = PageLayouter::needsLandscape(m_doc);
    m_out.landscape = landscape;
    m_out.paperSize = landscape ? QSizeF(mm(297), mm(210)) : QSizeF(mm(210), mm(297));
    m_margin = landscape ? Margins{mm(20), mm(15), mm(25), mm(15)} : Margins{mm(20), mm(20), mm(30), mm(15)};
    m_left = m_margin.left;
    m_right = m_out.paperSize.width() - m_margin.right;
    m_top = m_margin.top;
    m_bottom = m_out.paperSize.height() - m_margin.bottom;
    m_out.title = m_doc.metadataTitle;
    if (m_out.title.isEmpty()) {
        m_out.title = m_doc.title;
        if (!m_doc.subtitles.isEmpty())
            m_out.title += QLatin1Char(' ') + m_doc.subtitles.first();
    }

    newPage();
    layoutHeader();
    layoutTitle();
    for (const DocumentBlock& block : m_doc.blocks) {
        switch (block.kind) {
        case BlockKind::Paragraph:
            layoutParagraph(block.paragraph);
            break;
        case BlockKind::Table:
            layoutTable(block.table);
            break;
        case BlockKind::Chart:
            layoutChart(block);
            break;
        case BlockKind::Image:
            layoutImage(block);
            break;
        case BlockKind::Spacer:
            m_y += mm(block.heightMm);
            if (m_y > m_bottom)
                newPage();
            break;
        case BlockKind::PageBreak:
            newPage();
            break;
        }
    }
    if (m_doc.hasSignature)
        layoutSignature();
    addPageNumbers();
    if (m_doc.header.draft)
        markDraft();
    return std::move(m_out);
}

} // namespace

bool PageLayouter::needsLandscape(const PartyDocument& document)
{
    for (const DocumentBlock& block : document.blocks) {
        if (block.kind != BlockKind::Table)
            continue;
        double sum = block.table.numbered ? 10 : 0;
        for (const ReportColumn& c : block.table.columns)
            sum += c.widthMm;
        if (sum > kPortraitContentMm * 1.08)
            return true;
    }
    return false;
}

Result<LaidOutDocument> PageLayouter::layout(const PartyDocument& document)
{
    OREC_TRY(DocumentFonts::family());
    return Layouter(document).run();
}

} // namespace orec::reports
