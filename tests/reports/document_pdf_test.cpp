// The document engine end to end: a Party document laid out, written as PDF, read back with poppler.
#include "pdf_tools.h"
#include "reports/document_renderer.h"
#include "reports/page_layouter.h"
#include "support/test_support.h"

#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace orec::reports {
namespace {

const QString kDiacritics = QStringLiteral("Nguyễn Thị Ngọc Ánh, Đảng ủy Bộ Ngoại giao");

PartyDocument listDocument(int rows, int groups)
{
    PartyDocument doc;
    doc.header.superiorUnit = QStringLiteral("Đảng bộ Khối các cơ quan Trung ương");
    doc.header.issuingUnit = QStringLiteral("Đảng ủy Bộ Ngoại giao");
    doc.header.documentNumber = QStringLiteral("Số 12-DS/ĐU");
    doc.header.place = QStringLiteral("Hà Nội");
    doc.header.date = QDate(2026, 11, 29);
    doc.title = QStringLiteral("Danh sách");
    doc.subtitles << QStringLiteral("đảng viên đang ở nước ngoài");
    doc.titleNotes << QStringLiteral("(tính đến ngày 29/11/2026)");
    doc.addParagraph(
        QStringLiteral("Thực hiện Quy định 86-QĐ/TW, Đảng ủy báo cáo danh sách đảng viên đang ở nước ngoài "
                       "như sau (người lập: ") +
        kDiacritics + QStringLiteral("):"));
    ReportTable t;
    t.addColumn(QStringLiteral("ho_ten"), QStringLiteral("Họ và tên"), 45);
    t.addColumn(QStringLiteral("ngay_sinh"), QStringLiteral("Ngày sinh"), 22, ColumnType::Date,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("chi_bo"), QStringLiteral("Chi bộ"), 50);
    t.addColumn(QStringLiteral("ngay_di"), QStringLiteral("Ngày đi"), 22, ColumnType::Date,
                ColumnAlign::Center);
    int n = 0;
    for (int g = 0; g < groups; ++g) {
        t.addGroup(QStringLiteral("Nhật Bản — nhóm %1").arg(g + 1));
        for (int i = 0; i < rows / groups; ++i, ++n)
            t.addRow({n == 7 ? kDiacritics : QStringLiteral("Trần Văn Đức %1").arg(n + 1),
                      QDate(1980, 1, 1).addDays(n), QStringLiteral("Chi bộ lưu học sinh Tô-ky-ô"),
                      QDate(2025, 3, 1).addDays(n)});
    }
    t.addTotal({QStringLiteral("Cộng: %1 đồng chí").arg(n)});
    doc.addTable(t);
    doc.signature.onBehalf = QStringLiteral("T/M Đảng ủy");
    doc.signature.position = QStringLiteral("Bí thư");
    doc.signature.name = QStringLiteral("Lê Hoàng Quân");
    doc.signature.recipients << QStringLiteral("Ban Tổ chức Đảng ủy Khối,") << QStringLiteral("Lưu VP.");
    return doc;
}

class DocumentPdfTest : public ::testing::Test
{
protected:
    QString writePdf(const PartyDocument& doc, const QString& name)
    {
        auto laid = PageLayouter::layout(doc);
        EXPECT_TRUE(laid.ok()) << (laid.ok() ? std::string() : laid.error().toString().toStdString());
        const QString path = m_dir.file(name);
        const Status written = DocumentRenderer::writePdf(*laid, path);
        EXPECT_TRUE(written.ok());
        return path;
    }
    test::TempDir m_dir;
};

TEST_F(DocumentPdfTest, VietnameseTextSurvivesIntoThePdfWithEmbeddedFonts)
{
    const QString pdf = writePdf(listDocument(20, 2), QStringLiteral("list.pdf"));
    const QString text = test::pdfText(pdf).simplified(); // lines wrap where the layout broke them
    EXPECT_TRUE(text.contains(kDiacritics)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
    EXPECT_TRUE(text.contains(QStringLiteral("ĐẢNG ỦY BỘ NGOẠI GIAO")));
    EXPECT_TRUE(text.contains(QStringLiteral("Hà Nội, ngày 29 tháng 11 năm 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("T/M ĐẢNG ỦY")));
    const QStringList fonts = test::pdfFonts(pdf);
    ASSERT_FALSE(fonts.isEmpty());
    for (const QString& f : fonts) {
        EXPECT_TRUE(f.contains(QStringLiteral("Noto")) || f.contains(QStringLiteral("DejaVu")))
            << f.toStdString();
        // pdffonts columns: name type encoding emb sub uni ...: "yes no yes" = embedded with Unicode map.
        EXPECT_TRUE(f.contains(QRegularExpression(QStringLiteral("yes\\s+(yes|no)\\s+yes"))))
            << f.toStdString();
    }
}

TEST_F(DocumentPdfTest, LongTableBreaksPagesRepeatingTheHeaderAndKeepsEveryRow)
{
    const int rows = 150;
    const QString pdf = writePdf(listDocument(rows, 5), QStringLiteral("long.pdf"));
    const int pages = test::pdfPageCount(pdf);
    ASSERT_GE(pages, 4);
    for (int p = 1; p <= pages; ++p) {
        const QString text = test::pdfText(pdf, p);
        if (p < pages || text.contains(QStringLiteral("Trần Văn Đức"))) {
            EXPECT_TRUE(text.contains(QStringLiteral("Họ và tên"))) << "page " << p;
            EXPECT_TRUE(text.contains(QStringLiteral("Ngày sinh"))) << "page " << p;
        }
        if (p > 1) { // page numbers from the second page
            EXPECT_TRUE(
                QRegularExpression(QStringLiteral("^\\s*%1\\s*$").arg(p), QRegularExpression::MultilineOption)
                    .match(text)
                    .hasMatch())
                << "page " << p;
        }
    }
    // Every row number 1..n appears at the start of a table line, in order.
    const QString all = test::pdfText(pdf);
    int expected = 1;
    for (const QString& line : all.split(QLatin1Char('\n'))) {
        const auto m = QRegularExpression(QStringLiteral("^\\s*(\\d+)\\s+\\S")).match(line);
        if (m.hasMatch() && m.captured(1).toInt() == expected)
            ++expected;
    }
    EXPECT_EQ(expected, rows + 1);
    EXPECT_TRUE(all.contains(QStringLiteral("(tiếp theo)")));
    EXPECT_TRUE(all.contains(QStringLiteral("Cộng: %1 đồng chí").arg(rows)));
}

TEST_F(DocumentPdfTest, PagesRenderToImagesWithInk)
{
    const QString pdf = writePdf(listDocument(30, 3), QStringLiteral("render.pdf"));
    const QImage page1(test::pdfPagePng(pdf, 1));
    ASSERT_FALSE(page1.isNull());
    EXPECT_NEAR(double(page1.width()) / page1.height(), 210.0 / 297.0, 0.01);
    EXPECT_GT(test::inkCoverage(page1), 0.01);
    auto laid = PageLayouter::layout(listDocument(30, 3));
    ASSERT_TRUE(laid.ok());
    const QImage preview = DocumentRenderer::pageImage(*laid, 0, 50);
    EXPECT_GT(test::inkCoverage(preview), 0.01);
}

TEST_F(DocumentPdfTest, WideTablesTurnTheDocumentLandscape)
{
    PartyDocument doc = listDocument(5, 1);
    doc.blocks.last().table.addColumn(QStringLiteral("x"), QStringLiteral("Ghi chú"), 80);
    EXPECT_TRUE(PageLayouter::needsLandscape(doc));
    const QString pdf = writePdf(doc, QStringLiteral("wide.pdf"));
    const QImage page1(test::pdfPagePng(pdf, 1));
    EXPECT_GT(page1.width(), page1.height());
}

TEST(PlaceAndDate, PartyDocumentsPadDaysAndEarlyMonths)
{
    EXPECT_EQ(placeAndDate(QStringLiteral("Hà Nội"), QDate(2026, 2, 5)),
              QStringLiteral("Hà Nội, ngày 05 tháng 02 năm 2026"));
    EXPECT_EQ(placeAndDate(QStringLiteral("Hà Nội"), QDate(2026, 11, 29)),
              QStringLiteral("Hà Nội, ngày 29 tháng 11 năm 2026"));
}

} // namespace
} // namespace orec::reports
