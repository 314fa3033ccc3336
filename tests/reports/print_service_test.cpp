// Every printed document from a seeded register: PDF text through pdftotext, page images, and the lists as
// XLSX and CSV. With OREC_WRITE_SAMPLES=DIR the PDFs and a PNG of each first page are also written there
// (the committed docs/samples come from the demo department instead: scripts/make_samples.sh).
#include "app/print_service.h"
#include "pdf_tools.h"
#include "register_fixture.h"
#include "reports/csv_reader.h"
#include "reports/xlsx_reader.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTimeZone>
#include <gtest/gtest.h>

namespace orec::app {
namespace {

const QDate kToday(2026, 11, 29);

class PrintServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0), Qt::UTC));
        auto created = test::createDatabase(m_dir.file(QStringLiteral("r.orec")), test::kAdmin,
                                            test::kAdminPassphrase, test::fastOptions(m_clock.get()));
        m_session = std::make_unique<Session>(std::move(created.database));
        m_seeded = test::seedRegister(m_session->database(), 60, kToday);
    }

    PrintRequest request(PrintKind kind)
    {
        PrintRequest r;
        r.kind = kind;
        r.asOf = kToday;
        r.from = kToday.addDays(-90);
        r.to = kToday;
        r.issuer.superiorUnit = QStringLiteral("Đảng bộ Khối các cơ quan Trung ương");
        r.issuer.documentNumber = QStringLiteral("Số 25-DS/ĐU");
        r.issuer.signature.name = QStringLiteral("Lê Hoàng Quân");
        r.issuer.signature.recipients = {QStringLiteral("Ban Tổ chức Đảng ủy Khối,"),
                                         QStringLiteral("Lưu VP.")};
        return r;
    }

    // Writes the PDF, checks the common parts, returns its text (whitespace collapsed).
    QString printed(const PrintRequest& r, const QString& name)
    {
        const QString path = m_dir.file(name + QStringLiteral(".pdf"));
        const Status s = PrintService(*m_session).writePdf(r, path);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().toString().toStdString());
        const QString text = test::pdfText(path).simplified();
        if (!name.startsWith(QStringLiteral("form-10"))) { // a book has no letter header
            EXPECT_TRUE(text.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"))) << name.toStdString();
        }
        // The pre-printed 2-SHĐ names the committee as a value in its blank, not in a letter header.
        EXPECT_TRUE(text.contains(name.startsWith(QStringLiteral("form-2"))
                                      ? QStringLiteral("Đảng ủy Bộ Ngoại giao")
                                      : QStringLiteral("ĐẢNG ỦY BỘ NGOẠI GIAO")))
            << name.toStdString();
        // Letters carry the date they were issued on; the 10-SHĐ register is a book, with no date line.
        if (!name.startsWith(QStringLiteral("form-2")) && !name.startsWith(QStringLiteral("form-3a")) &&
            !name.startsWith(QStringLiteral("form-10"))) {
            EXPECT_TRUE(text.contains(QStringLiteral("Hà Nội, ngày 29 tháng 11 năm 2026")))
                << name.toStdString();
        }
        const QImage page1(test::pdfPagePng(path, 1));
        EXPECT_GT(test::inkCoverage(page1), 0.005) << name.toStdString();
        const QString samples = qEnvironmentVariable("OREC_WRITE_SAMPLES");
        if (!samples.isEmpty()) {
            QDir().mkpath(samples);
            const QString pdf = QDir(samples).filePath(name + QStringLiteral(".pdf"));
            QFile::remove(pdf);
            QFile::copy(path, pdf);
            QImage(test::pdfPagePng(path, 1, 80))
                .save(QDir(samples).filePath(name + QStringLiteral("-p1.png")));
        }
        return text;
    }

    test::TempDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Session> m_session;
    test::SeededRegister m_seeded;
};

TEST_F(PrintServiceTest, AbroadListByCountryAndCellHasEveryMemberAbroad)
{
    const QString text = printed(request(PrintKind::Abroad), QStringLiteral("abroad-by-country"));
    EXPECT_TRUE(text.contains(QStringLiteral("Nguyễn Thị Ngọc Ánh")));
    EXPECT_TRUE(text.contains(QStringLiteral("Nhật Bản")));
    EXPECT_TRUE(text.contains(QStringLiteral("Chi bộ lưu học sinh tại Tô-ky-ô")));
    const int n = static_cast<int>(m_seeded.abroadMemberIds.size());
    EXPECT_TRUE(text.contains(QStringLiteral("Tổng cộng: %1 đồng chí").arg(n))) << n;
    auto table = PrintService(*m_session).table(request(PrintKind::Abroad));
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->rowCount(), n);
}

TEST_F(PrintServiceTest, AbroadListByHomeUnit)
{
    PrintRequest r = request(PrintKind::Abroad);
    r.grouping = reports::AbroadGrouping::HomeUnit;
    const QString text = printed(r, QStringLiteral("abroad-by-home-unit"));
    EXPECT_TRUE(text.contains(QStringLiteral("Chi bộ Cục Lãnh sự")));
}

TEST_F(PrintServiceTest, MovementsReportsDueMemberAndStatistics)
{
    QString text = printed(request(PrintKind::Movements), QStringLiteral("movements"));
    EXPECT_TRUE(text.contains(QStringLiteral("I. ĐẢNG VIÊN ĐI NƯỚC NGOÀI")));
    EXPECT_TRUE(text.contains(QStringLiteral("Cộng: %1 lượt").arg(m_seeded.departedInPeriod)));
    EXPECT_TRUE(text.contains(QStringLiteral("Cộng: %1 lượt").arg(m_seeded.returnedInPeriod)));

    text = printed(request(PrintKind::ReportsDue), QStringLiteral("reports-due"));
    EXPECT_TRUE(text.contains(QStringLiteral("Quá hạn (%1)").arg(m_seeded.overdueReports)));

    PrintRequest member = request(PrintKind::MemberRecord);
    member.memberId = m_seeded.memberIds.at(7);
    text = printed(member, QStringLiteral("member-record"));
    EXPECT_TRUE(text.contains(QStringLiteral("Nguyễn Thị Ngọc Ánh")));
    EXPECT_TRUE(text.contains(QStringLiteral("Nhật Bản")));
    EXPECT_TRUE(text.contains(QStringLiteral("1007/QĐ")));

    text = printed(request(PrintKind::Statistics), QStringLiteral("statistics"));
    EXPECT_TRUE(text.contains(QStringLiteral("BÁO CÁO THỐNG KÊ")));
    EXPECT_TRUE(text.contains(QStringLiteral("Nhật Bản")));
}

TEST_F(PrintServiceTest, PartyForms)
{
    ASSERT_FALSE(m_seeded.temporaryTransferIds.isEmpty());
    ASSERT_FALSE(m_seeded.labourExportTransferIds.isEmpty());
    PrintRequest r = request(PrintKind::TemporaryTransfer);
    r.transferId = m_seeded.temporaryTransferIds.first();
    r.issuer.documentNumber.clear();
    QString text = printed(r, QStringLiteral("form-2-shd"));
    EXPECT_TRUE(text.contains(QStringLiteral("Mẫu 2-SHĐ")));
    EXPECT_TRUE(text.contains(QStringLiteral("GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG TẠM THỜI")));
    EXPECT_TRUE(text.contains(QStringLiteral("Số TĐV")));

    r.kind = PrintKind::OverseasPostingSlip;
    r.transferId = m_seeded.labourExportTransferIds.first();
    text = printed(r, QStringLiteral("form-3a-shd"));
    EXPECT_TRUE(text.contains(QStringLiteral("Mẫu 3A-SHĐ")));
    EXPECT_TRUE(text.contains(QStringLiteral("Hàn Quốc")));

    PrintRequest list = request(PrintKind::TransferredAbroadList);
    list.from = QDate(2020, 1, 1);
    text = printed(list, QStringLiteral("form-3c-shd"));
    EXPECT_TRUE(text.contains(QStringLiteral("Mẫu 3C-SHĐ")));

    PrintRequest book = request(PrintKind::TransferRegister);
    book.year = 2026;
    text = printed(book, QStringLiteral("form-10-shd"));
    EXPECT_TRUE(text.contains(QStringLiteral("SỔ GIỚI THIỆU SINH HOẠT ĐẢNG")));
}

TEST_F(PrintServiceTest, ListsExportToXlsxAndCsvWithTheSameRows)
{
    PrintService service(*m_session);
    auto table = service.table(request(PrintKind::Abroad));
    ASSERT_TRUE(table.ok());
    const QString xlsx = m_dir.file(QStringLiteral("abroad.xlsx"));
    const QString csv = m_dir.file(QStringLiteral("abroad.csv"));
    {
        test::ScopedUmask usual(022); // the lists leave the encrypted database: owner-only all the same
        ASSERT_TRUE(service.exportTable(*table, xlsx, false).ok());
        ASSERT_TRUE(service.exportTable(*table, csv, false).ok());
        const QString pdf = m_dir.file(QStringLiteral("abroad.pdf"));
        ASSERT_TRUE(service.writePdf(request(PrintKind::Abroad), pdf).ok());
        for (const QString& path : {xlsx, csv, pdf})
            EXPECT_EQ(test::fileMode(path), 0600) << path.toStdString();
    }
    EXPECT_TRUE(test::readAll(csv).startsWith("\xEF\xBB\xBF")); // BOM: Excel reads UTF-8

    auto sheet = reports::XlsxReader::open(xlsx)->sheet(0);
    ASSERT_TRUE(sheet.ok());
    auto parsed = reports::CsvReader::readFile(csv);
    ASSERT_TRUE(parsed.ok());
    const QList<QVariantList> rows = table->rows();
    // Header, the rows, the total line.
    ASSERT_EQ(sheet->rows.size(), rows.size() + 2);
    ASSERT_EQ(parsed->records.size(), rows.size() + 2);
    for (int i = 0; i < rows.size(); ++i) {
        QStringList expected{QString::number(i + 1)};
        for (const QVariant& v : rows.at(i))
            expected << reports::cellText(v);
        while (!expected.isEmpty() && expected.last().isEmpty())
            expected.removeLast();
        QStringList fromCsv = parsed->records.at(i + 1).fields;
        while (!fromCsv.isEmpty() && fromCsv.last().isEmpty())
            fromCsv.removeLast();
        EXPECT_EQ(sheet->rows.at(i + 1), expected) << i;
        EXPECT_EQ(fromCsv, expected) << i;
    }
}

TEST_F(PrintServiceTest, RefusesMissingArguments)
{
    PrintRequest r = request(PrintKind::MemberRecord);
    EXPECT_EQ(PrintService(*m_session).document(r).code(), ErrorCode::Usage);
    r = request(PrintKind::Statistics);
    r.from = QDate();
    EXPECT_EQ(PrintService(*m_session).document(r).code(), ErrorCode::Usage);
    EXPECT_EQ(PrintService::kindFromName(QStringLiteral("3C-SHD")), PrintKind::TransferredAbroadList);
}

} // namespace
} // namespace orec::app
