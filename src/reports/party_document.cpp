#include "reports/party_document.h"

#include <QCoreApplication>

namespace orec::reports {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};

} // namespace

Paragraph& PartyDocument::addParagraph(const QString& text, ParagraphAlign align)
{
    return addParagraph(QList<TextRun>{TextRun{text, false, false}}, align);
}

Paragraph& PartyDocument::addParagraph(const QList<TextRun>& runs, ParagraphAlign align)
{
    DocumentBlock block;
    block.kind = BlockKind::Paragraph;
    block.paragraph.runs = runs;
    block.paragraph.align = align;
    blocks.append(block);
    return blocks.last().paragraph;
}

Paragraph& PartyDocument::addField(const QString& label, const QString& value)
{
    Paragraph& p = addParagraph(
        QList<TextRun>{TextRun{label + QStringLiteral(": "), false, false}, TextRun{value, true, false}},
        ParagraphAlign::Left);
    p.firstLineIndentMm = 0;
    p.leftIndentMm = 0;
    p.spaceAfterMm = 1;
    return p;
}

ReportTable& PartyDocument::addTable(const ReportTable& table)
{
    DocumentBlock block;
    block.kind = BlockKind::Table;
    block.table = table;
    blocks.append(block);
    return blocks.last().table;
}

void PartyDocument::addChart(const BarChart& chart, double heightMm)
{
    DocumentBlock block;
    block.kind = BlockKind::Chart;
    block.chart = chart;
    block.heightMm = heightMm;
    blocks.append(block);
}

void PartyDocument::addImage(const QImage& image, double heightMm)
{
    DocumentBlock block;
    block.kind = BlockKind::Image;
    block.image = image;
    block.heightMm = heightMm;
    blocks.append(block);
}

void PartyDocument::addSpacer(double heightMm)
{
    DocumentBlock block;
    block.kind = BlockKind::Spacer;
    block.heightMm = heightMm;
    blocks.append(block);
}

void PartyDocument::addPageBreak()
{
    DocumentBlock block;
    block.kind = BlockKind::PageBreak;
    blocks.append(block);
}

QString placeAndDate(const QString& place, const QDate& date)
{
    if (!date.isValid()) {
        return Texts::tr("%1, ngày      tháng      năm        ").arg(place);
    }
    const QString day = date.day() < 10 ? QStringLiteral("0%1").arg(date.day()) : QString::number(date.day());
    const QString month =
        date.month() < 3 ? QStringLiteral("0%1").arg(date.month()) : QString::number(date.month());
    return Texts::tr("%1, ngày %2 tháng %3 năm %4").arg(place, day, month, QString::number(date.year()));
}

} // namespace orec::reports
