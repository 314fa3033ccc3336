// PartyDocument: a Party document as plain data (header, title, paragraphs, tables, charts, signature) before
// layout.
#pragma once

#include "reports/bar_chart.h"
#include "reports/report_table.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace orec::reports {

// The heading block of a Party document (Hướng dẫn 36-HD/VPTW on the form of Party documents).
struct DocumentHeader
{
    QString superiorUnit; // line above the issuing body ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG"); may be empty
    QString issuingUnit;    // "ĐẢNG ỦY BỘ NGOẠI GIAO"
    QString documentNumber; // "Số 12-BC/ĐU"; empty prints a blank "Số    -" line for hand numbering
    QString place;          // "Hà Nội"
    QDate date;             // invalid = "ngày   tháng   năm" left blank for the signer
    QString formCode;       // "Mẫu 2-SHĐ", printed at the top right; empty for none
    QString subject;        // a letter's (công văn) "V/v ..." under its number; empty for other documents
    // A draft: "BẢN NHÁP" at the top of every page and across it, and no number (the register numbers only
    // what is issued).
    bool draft = false;
};

struct TextRun
{
    QString text;
    bool bold = false;
    bool italic = false;
};

enum class ParagraphAlign {
    Justify,
    Left,
    Center,
    Right,
};

struct Paragraph
{
    QList<TextRun> runs;
    ParagraphAlign align = ParagraphAlign::Justify;
    double fontSizePt = 13;
    double firstLineIndentMm = 10;
    double leftIndentMm = 0;
    double spaceAfterMm = 1.5;
};

enum class BlockKind {
    Paragraph,
    Table,
    Chart,
    Image,
    Spacer,
    PageBreak,
};

struct DocumentBlock
{
    BlockKind kind = BlockKind::Paragraph;
    Paragraph paragraph;
    ReportTable table;
    BarChart chart;
    QImage image;        // e.g. a dashboard chart saved as PNG
    double heightMm = 0; // charts and spacers; images: 0 = from the aspect ratio at full width
};

// Signature block: "T/M ĐẢNG ỦY / BÍ THƯ / (signature) / Name" on the right, recipients on the left.
struct Signature
{
    QString onBehalf; // "T/M ĐẢNG ỦY"; empty when the signer signs in their own name
    QString position; // "BÍ THƯ"
    QString name;
    QStringList recipients; // "Nơi nhận:" list; empty leaves the left side blank
};

enum class PageOrientation {
    Auto, // landscape when a table is wider than a portrait page allows
    Portrait,
    Landscape,
};

struct PartyDocument
{
    DocumentHeader header;
    QString title;          // "DANH SÁCH", printed in capitals
    QStringList subtitles;  // bold lines under the title
    QStringList titleNotes; // italic lines under those ("(tính đến ngày ...)")
    QList<DocumentBlock> blocks;
    Signature signature;
    bool hasSignature = true;
    bool hasLetterHeader = true; // false: a register (a book) with only its form code above the title
    PageOrientation orientation = PageOrientation::Auto;
    QString metadataTitle; // PDF document title; empty = the title and first subtitle

    // Convenience builders.
    Paragraph& addParagraph(const QString& text, ParagraphAlign align = ParagraphAlign::Justify);
    Paragraph& addParagraph(const QList<TextRun>& runs, ParagraphAlign align = ParagraphAlign::Justify);
    // "Label: value" with the value in bold, no first-line indent.
    Paragraph& addField(const QString& label, const QString& value);
    ReportTable& addTable(const ReportTable& table);
    void addChart(const BarChart& chart, double heightMm = 85);
    void addImage(const QImage& image, double heightMm = 0);
    void addSpacer(double heightMm);
    void addPageBreak();
};

// "Hà Nội, ngày 05 tháng 02 năm 2026": days below 10 and months below 3 with a leading zero, as Party
// documents write them; an invalid date leaves the blanks for the signer.
QString placeAndDate(const QString& place, const QDate& date);

} // namespace orec::reports
