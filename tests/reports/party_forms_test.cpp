// The transfer forms against the field lists of Hướng dẫn 12-HD/BTCTW (2022) as committees publish them
// (docs/domain.md "Transfer forms"): each form printed to PDF and read back with pdftotext, field by field;
// the 2-SHĐ overlay's offsets measured with pdftotext -bbox; the 3A-SHĐ refused below the district level;
// the calibration page. RegisterFixture's TearDown checks that every change still passes `orec check`.
#include "app/print_service.h"
#include "app/register_service.h"
#include "pdf_tools.h"
#include "reports/document_renderer.h"
#include "support/register_fixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace orec::app {
namespace {

struct Word
{
    QString text;
    double xMin = 0;
    double yMin = 0;
};

// Every word of page 1 with its box, in points from the top-left corner (pdftotext -bbox).
QList<Word> pdfWords(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
             QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"[0-9.]+\">([^<]*)</word>"));
    QList<Word> out;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out.append(Word{m.captured(3), m.captured(1).toDouble(), m.captured(2).toDouble()});
    }
    return out;
}

class PartyFormsTest : public test::RegisterFixture
{
protected:
    void SetUp() override
    {
        RegisterFixture::SetUp();
        // Province level > district (the ministry's committee) > grassroots (an academy) > its cell; and
        // abroad, the committee in Japan under the ministry's with a student cell in Tokyo.
        m_province = unit(QStringLiteral("DBK"), QStringLiteral("Đảng bộ Khối các cơ quan Trung ương"),
                          UnitKind::Committee, 0, UnitLevel::Province);
        m_district = unit(QStringLiteral("DUBNG"), QStringLiteral("Đảng ủy Bộ Ngoại giao"),
                          UnitKind::Committee, m_province.id, UnitLevel::District);
        m_grassroots = unit(QStringLiteral("DUHV"), QStringLiteral("Đảng ủy Học viện Ngoại giao"),
                            UnitKind::Committee, m_district.id, UnitLevel::Cell); // default: grassroots
        m_cell = unit(QStringLiteral("CBLQT"), QStringLiteral("Chi bộ Khoa Luật quốc tế"), UnitKind::Cell,
                      m_grassroots.id, UnitLevel::Cell);
        PartyUnit japan;
        japan.code = QStringLiteral("DUJP");
        japan.name = QStringLiteral("Đảng ủy ngoài nước tại Nhật Bản");
        japan.kind = UnitKind::Committee;
        japan.parentId = m_district.id;
        japan.overseas = true;
        japan.countryCode = QStringLiteral("JP");
        m_japan = *m_service->addUnit(japan);
        PartyUnit tokyo;
        tokyo.code = QStringLiteral("CBTKY");
        tokyo.name = QStringLiteral("Chi bộ lưu học sinh tại Tô-ky-ô");
        tokyo.parentId = m_japan.id;
        tokyo.overseas = true;
        tokyo.cellType = CellType::Student;
        tokyo.countryCode = QStringLiteral("JP");
        tokyo.city = QStringLiteral("Tô-ky-ô");
        m_tokyo = *m_service->addUnit(tokyo);

        Member m = draftMember(QStringLiteral("Trần Thị Thu Hằng"), QStringLiteral("12345678"));
        m.alias = QStringLiteral("Thu Hà");
        m.dossierNumber = QStringLiteral("123456AB");
        m.dateOfBirth = QDate(1990, 3, 14);
        m.admissionDate = QDate(2015, 5, 19);
        m.fullMembershipDate = QDate(2016, 5, 19);
        m.homeUnitId = m_cell.id;
        m_member = add(m);

        Posting p;
        p.memberId = m_member.id;
        p.purpose = PostingPurpose::Study;
        p.countryCodes = {QStringLiteral("JP")};
        p.city = QStringLiteral("Tô-ky-ô");
        p.plannedDeparture = QDate(2026, 4, 1);
        p.plannedReturn = QDate(2026, 12, 20);
        p.decisionNumber = QStringLiteral("125/QĐ-HVNG");
        p.approvingCommitteeId = m_grassroots.id;
        auto posting = m_service->createPosting(p);
        ASSERT_TRUE(posting.ok()) << posting.error().toString().toStdString();
        m_posting = *posting;
    }

    PartyUnit unit(const QString& code, const QString& name, UnitKind kind, qint64 parent, UnitLevel level)
    {
        PartyUnit u;
        u.code = code;
        u.name = name;
        u.kind = kind;
        u.parentId = parent;
        u.level = level;
        auto added = m_service->addUnit(u);
        EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().toString().toStdString());
        return added.ok() ? *added : PartyUnit{};
    }

    Result<Transfer> issue(TransferKind kind, const PartyUnit& committee)
    {
        Transfer t;
        t.kind = kind;
        t.direction = TransferDirection::Out;
        t.issuingCommitteeId = committee.id;
        t.issueDate = kToday;
        t.memberId = m_member.id;
        t.postingId = m_posting.id;
        t.receivingUnitId = m_tokyo.id;
        t.duesPaidUpTo = QDate(2026, 3, 1);
        return m_service->issueTransfer(t);
    }

    PrintRequest request(PrintKind kind, qint64 transferId = 0)
    {
        PrintRequest r;
        r.kind = kind;
        r.asOf = kToday;
        r.transferId = transferId;
        r.issuer.signature.name = QStringLiteral("Lê Hoàng Quân");
        return r;
    }

    QString pdf(const PrintRequest& r, const QString& name)
    {
        const QString path = m_dir.file(name + QStringLiteral(".pdf"));
        const Status s = PrintService(*m_session).writePdf(r, path);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : s.error().toString().toStdString());
        return path;
    }

    static void expectFields(const QString& text, const QStringList& fields, const char* form)
    {
        for (const QString& f : fields)
            EXPECT_TRUE(text.contains(f)) << form << ": missing \"" << f.toStdString() << "\"\n"
                                          << text.toStdString();
    }

    PartyUnit m_province, m_district, m_grassroots, m_cell, m_japan, m_tokyo;
    Member m_member;
    Posting m_posting;
};

TEST_F(PartyFormsTest, LevelsAreStoredAndDefaultsFollowTheTree)
{
    EXPECT_EQ(m_service->unit(m_province.id)->level, UnitLevel::Province);
    EXPECT_EQ(m_service->unit(m_district.id)->level, UnitLevel::District);
    EXPECT_EQ(m_service->unit(m_grassroots.id)->level,
              UnitLevel::Grassroots);                                       // a committee under a committee
    EXPECT_EQ(m_service->unit(m_committee.id)->level, UnitLevel::District); // the top of the tree
    EXPECT_EQ(m_service->unit(m_cell.id)->level, UnitLevel::Cell);
    PartyUnit changed = *m_service->unit(m_grassroots.id);
    changed.level = UnitLevel::District;
    ASSERT_TRUE(m_service->updateUnit(changed).ok());
    EXPECT_EQ(m_service->unit(m_grassroots.id)->level, UnitLevel::District);
    EXPECT_EQ(m_service->findMember(QStringLiteral("12345678"))->alias, QStringLiteral("Thu Hà"));
}

TEST_F(PartyFormsTest, TemporaryTransferLetterCarriesEveryFieldOfForm2AndItsForwardingChain)
{
    auto letter = issue(TransferKind::Temporary, m_grassroots);
    ASSERT_TRUE(letter.ok()) << letter.error().toString().toStdString();
    const QString text =
        test::pdfText(pdf(request(PrintKind::TemporaryTransfer, letter->id), "2-shd")).simplified();
    // Mẫu 2-SHĐ (12-HD/BTCTW 2022): the member's committee and cell, Số SĐV, Số TĐV, Số LL, the title,
    // "Kính gửi" the cell's committee, name and alias, date of birth, admission and full membership, dues
    // paid up to, where the member goes, enclosed papers, and the "Số … GTSHĐ / KÍNH CHUYỂN" boxes each
    // with its own T/M.
    expectFields(text,
                 {QStringLiteral("Mẫu 2-SHĐ"),
                  QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"),
                  QStringLiteral("Đảng bộ: Đảng ủy Học viện Ngoại giao"),
                  QStringLiteral("Chi bộ: Chi bộ Khoa Luật quốc tế"),
                  QStringLiteral("Số SĐV:"),
                  QStringLiteral("Số TĐV: 12345678"),
                  QStringLiteral("Số LL: 123456AB"),
                  QStringLiteral("GIẤY GIỚI THIỆU"),
                  QStringLiteral("SINH HOẠT ĐẢNG TẠM THỜI"),
                  QStringLiteral("Kính gửi: Chi ủy chi bộ lưu học sinh tại Tô-ky-ô"),
                  QStringLiteral("Giới thiệu đồng chí: Trần Thị Thu Hằng"),
                  QStringLiteral("Bí danh: Thu Hà"),
                  QStringLiteral("Sinh ngày: 14/03/1990"),
                  QStringLiteral("Vào Đảng ngày: 19/05/2015"),
                  QStringLiteral("Chính thức ngày: 19/05/2016"),
                  QStringLiteral("Đã đóng đảng phí hết tháng: 03/2026"),
                  QStringLiteral("Đến sinh hoạt đảng tạm thời tại: Chi bộ lưu học sinh tại Tô-ky-ô"),
                  QStringLiteral("Nơi đến: Nhật Bản (Tô-ky-ô)"),
                  QStringLiteral("Hồ sơ kèm theo: Quyết định cử đi số 125/QĐ-HVNG (bản sao)"),
                  QStringLiteral("Số 1/2026 GTSHĐ"),
                  QStringLiteral("KÍNH CHUYỂN:"),
                  QStringLiteral("Đề nghị nhận và giới thiệu sinh hoạt đảng"),
                  QStringLiteral("cho đồng chí:"),
                  QStringLiteral("Lê Hoàng Quân")},
                 "2-SHĐ");
    // The chain: the academy's committee (T/M ĐẢNG ỦY) forwards to the ministry's (T/M BAN THƯỜNG VỤ), which
    // forwards to the committee in Japan (T/M ĐẢNG ỦY), which forwards to the cell's committee.
    PrintService service(*m_session);
    auto data = service.layout(request(PrintKind::TemporaryTransfer, letter->id));
    ASSERT_TRUE(data.ok());
    QStringList texts;
    for (const reports::TextOp& op : data->pages.first().texts)
        texts << op.text;
    const QString all = texts.join(QLatin1Char('|'));
    const qsizetype toMinistry = texts.indexOf(QStringLiteral("Đảng ủy Bộ Ngoại giao"));
    const qsizetype toJapan = texts.indexOf(QStringLiteral("Đảng ủy ngoài nước tại Nhật Bản"));
    EXPECT_TRUE(toMinistry >= 0 && toJapan > toMinistry) << all.toStdString();
    EXPECT_EQ(texts.count(QStringLiteral("ĐẢNG ỦY")), 2) << all.toStdString();
    EXPECT_EQ(texts.count(QStringLiteral("BAN THƯỜNG VỤ")), 1) << all.toStdString();
    EXPECT_EQ(texts.count(QStringLiteral("Chi ủy chi bộ lưu học sinh tại Tô-ky-ô")),
              2); // addressee, last box
    EXPECT_EQ(texts.count(QStringLiteral("KÍNH CHUYỂN:")), reports::kForwardingBoxes);
}

TEST_F(PartyFormsTest, TheOverlayHoldsTheValuesOnlyAndMovesEachByTheOffset)
{
    auto letter = issue(TransferKind::Temporary, m_grassroots);
    ASSERT_TRUE(letter.ok());
    PrintRequest r = request(PrintKind::TemporaryTransfer, letter->id);
    r.overlay = true;
    const QString atZero = pdf(r, QStringLiteral("overlay-0"));
    r.offset = reports::PrinterOffset{-2.5, 3.0};
    const QString shifted = pdf(r, QStringLiteral("overlay-shifted"));

    const QString text = test::pdfText(atZero).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Trần Thị Thu Hằng")));
    EXPECT_TRUE(text.contains(QStringLiteral("12345678")));
    for (const QString& printed : {QStringLiteral("Kính gửi"), QStringLiteral("GIẤY GIỚI THIỆU"),
                                   QStringLiteral("Bí danh"), QStringLiteral("KÍNH CHUYỂN")})
        EXPECT_FALSE(text.contains(printed)) << printed.toStdString(); // the sheet has those already

    const QList<Word> before = pdfWords(atZero);
    const QList<Word> after = pdfWords(shifted);
    ASSERT_GT(before.size(), 20);
    ASSERT_EQ(before.size(), after.size());
    constexpr double kPtPerMm = 72.0 / 25.4;
    for (int i = 0; i < before.size(); ++i) {
        EXPECT_EQ(before[i].text, after[i].text);
        EXPECT_NEAR((after[i].xMin - before[i].xMin) / kPtPerMm, -2.5, 0.02) << before[i].text.toStdString();
        EXPECT_NEAR((after[i].yMin - before[i].yMin) / kPtPerMm, 3.0, 0.02) << before[i].text.toStdString();
    }
    // And in the laid-out page, exactly.
    PrintService service(*m_session);
    r.offset = {};
    auto zero = service.layout(r);
    r.offset = reports::PrinterOffset{-2.5, 3.0};
    auto moved = service.layout(r);
    ASSERT_TRUE(zero.ok() && moved.ok());
    ASSERT_EQ(zero->pages.first().texts.size(), moved->pages.first().texts.size());
    for (int i = 0; i < zero->pages.first().texts.size(); ++i) {
        const QPointF d = moved->pages.first().texts[i].baseline - zero->pages.first().texts[i].baseline;
        EXPECT_NEAR(d.x(), -2.5 * reports::kLayoutUnitsPerMm, 1e-6);
        EXPECT_NEAR(d.y(), 3.0 * reports::kLayoutUnitsPerMm, 1e-6);
    }
    r.offset = reports::PrinterOffset{45, 0}; // not drift: a wrong setting
    EXPECT_EQ(service.layout(r).code(), ErrorCode::Usage);
}

TEST_F(PartyFormsTest, TheCalibrationPageHasRulersAndMarksWhereItSays)
{
    PrintRequest r = request(PrintKind::Calibration);
    r.printerName = QStringLiteral("HP LaserJet 1020");
    r.offset = reports::PrinterOffset{1.5, -1.0};
    const QString path = pdf(r, QStringLiteral("calibration"));
    const QString text = test::pdfText(path).simplified();
    expectFields(text,
                 {QStringLiteral("TRANG CĂN CHỈNH MÁY IN"), QStringLiteral("Máy in: HP LaserJet 1020"),
                  QStringLiteral("Độ lệch đang dùng: ngang 1.5 mm, dọc -1.0 mm"), QStringLiteral("(30, 40)"),
                  QStringLiteral("(105, 150)"), QStringLiteral("100"), QStringLiteral("200")},
                 "calibration");
    auto page = PrintService(*m_session).layout(r);
    ASSERT_TRUE(page.ok());
    // Each cross: a horizontal and a vertical stroke through the mark, shifted by the offset.
    for (const QPointF& mark : reports::calibrationMarks()) {
        const QPointF at((mark.x() + 1.5) * reports::kLayoutUnitsPerMm,
                         (mark.y() - 1.0) * reports::kLayoutUnitsPerMm);
        int through = 0;
        for (const reports::LineOp& l : page->pages.first().lines) {
            if (std::abs(l.line.center().x() - at.x()) < 1e-6 &&
                std::abs(l.line.center().y() - at.y()) < 1e-6)
                ++through;
        }
        EXPECT_EQ(through, 2) << mark.x() << "," << mark.y();
    }
    // A tick every millimetre along the top: 201 of them, plus the left edge's.
    EXPECT_GT(page->pages.first().lines.size(), 201 + 286);
}

TEST_F(PartyFormsTest, AnOverseasPostingSlipIsRefusedBelowTheDistrictLevel)
{
    auto refused = issue(TransferKind::LabourExport, m_grassroots);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.code(), ErrorCode::Invalid);
    EXPECT_EQ(refused.error().where, QStringLiteral("issuing_committee"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Đảng ủy Học viện Ngoại giao")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(displayName(UnitLevel::Grassroots).toLower()))
        << refused.error().message.toStdString();
    EXPECT_TRUE(m_service->transferRegister(m_grassroots.id, 2026)->isEmpty()); // nothing written

    auto slip = issue(TransferKind::LabourExport, m_district);
    ASSERT_TRUE(slip.ok()) << slip.error().toString().toStdString();
    const QString text =
        test::pdfText(pdf(request(PrintKind::OverseasPostingSlip, slip->id), "3a")).simplified();
    // Mẫu 3A-SHĐ: issued by the district-level committee under T/M BAN THƯỜNG VỤ, addressed to the Party
    // organisation in the country and the mission there, with the member's Party record.
    expectFields(text,
                 {QStringLiteral("Mẫu 3A-SHĐ"), QStringLiteral("PHIẾU CÔNG TÁC CHÍNH THỨC NGOÀI NƯỚC"),
                  QStringLiteral("ĐẢNG ỦY BỘ NGOẠI GIAO"),
                  QStringLiteral("Kính gửi: - Đảng ủy ngoài nước tại Nhật Bản,"),
                  QStringLiteral("- Cơ quan đại diện Việt Nam tại Nhật Bản."),
                  QStringLiteral("Trần Thị Thu Hằng"), QStringLiteral("Số thẻ đảng viên: 12345678"),
                  QStringLiteral("Số lý lịch: 123456AB"), QStringLiteral("Ngày vào Đảng: 19/05/2015"),
                  QStringLiteral("Ngày chính thức: 19/05/2016"),
                  QStringLiteral("Nước đến: Nhật Bản (Tô-ky-ô)"), QStringLiteral("T/M BAN THƯỜNG VỤ"),
                  QStringLiteral("Lưu sổ 10-SHĐ")},
                 "3A-SHĐ");
    EXPECT_FALSE(text.contains(QStringLiteral("T/M ĐẢNG ỦY")));

    // A slip recorded earlier from a committee now set to grassroots is not printed either.
    PartyUnit lowered = *m_service->unit(m_district.id);
    lowered.level = UnitLevel::Grassroots;
    ASSERT_TRUE(m_service->updateUnit(lowered).ok());
    auto again = PrintService(*m_session).layout(request(PrintKind::OverseasPostingSlip, slip->id));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("Đảng ủy Bộ Ngoại giao")));
}

TEST_F(PartyFormsTest, Report3CListsOneBatchOfSlips)
{
    auto first = issue(TransferKind::LabourExport, m_district);
    ASSERT_TRUE(first.ok());
    PrintRequest r = request(PrintKind::TransferredAbroadList);
    r.committeeId = m_district.id;
    const QString text = test::pdfText(pdf(r, QStringLiteral("3c"))).simplified();
    expectFields(text,
                 {QStringLiteral("Mẫu 3C-SHĐ"), QStringLiteral("BÁO CÁO"),
                  QStringLiteral("danh sách đảng viên chuyển sinh hoạt chính thức ra ngoài nước"),
                  QStringLiteral("(kèm theo các phiếu 3A-SHĐ cấp ngày 02/03/2026)"),
                  QStringLiteral("Kính gửi: Đảng ủy Bộ Ngoại giao"), QStringLiteral("Trần Thị Thu Hằng"),
                  QStringLiteral("12345678"), QStringLiteral("Cộng: 1 đồng chí"),
                  QStringLiteral("T/M BAN THƯỜNG VỤ")},
                 "3C-SHĐ");
    EXPECT_FALSE(text.contains(QStringLiteral("DANH SÁCH ĐẢNG VIÊN")));
    PrintRequest none = r;
    none.transferIds = {issue(TransferKind::Temporary, m_grassroots)->id};
    EXPECT_EQ(PrintService(*m_session).document(none).code(), ErrorCode::Invalid); // a 2-SHĐ is no slip
}

TEST_F(PartyFormsTest, Register10HasAnOutgoingAndAnIncomingHalfWithCountsAndNoLetterHeader)
{
    ASSERT_TRUE(issue(TransferKind::Temporary, m_grassroots).ok());
    // A letter home from the committee in Japan to the academy's cell: incoming for the academy.
    Transfer back;
    back.kind = TransferKind::Official;
    back.direction = TransferDirection::Back;
    back.issuingCommitteeId = m_japan.id;
    back.issueDate = kToday;
    back.memberId = m_member.id;
    back.receivingUnitId = m_cell.id;
    ASSERT_TRUE(m_service->issueTransfer(back).ok());

    PrintRequest r = request(PrintKind::TransferRegister);
    r.committeeId = m_grassroots.id;
    r.year = 2026;
    const QString text = test::pdfText(pdf(r, QStringLiteral("10"))).simplified();
    expectFields(
        text,
        {QStringLiteral("Mẫu 10-SHĐ"), QStringLiteral("SỔ GIỚI THIỆU SINH HOẠT ĐẢNG"),
         QStringLiteral("ĐẢNG ỦY HỌC VIỆN NGOẠI GIAO"), QStringLiteral("Năm 2026"),
         QStringLiteral("I. GIỚI THIỆU ĐẢNG VIÊN ĐI"), QStringLiteral("Họ và tên, ngày sinh"),
         QStringLiteral("Trần Thị Thu Hằng 19/05/2015"),
         QStringLiteral("1/2026 02/03/2026 12345678 Tạm thời"), QStringLiteral("II. TIẾP NHẬN ĐẢNG VIÊN ĐẾN"),
         QStringLiteral("Đảng ủy ngoài nước"), QStringLiteral("12345678 Chính thức 1/2026"),
         QStringLiteral("III. TỔNG HỢP"),
         QStringLiteral("Giới thiệu đi: 1 đồng chí: tạm thời 1; chính thức 0; chính thức ra ngoài nước 0."),
         QStringLiteral("Tiếp nhận đến: 1 đồng chí: tạm thời 0; chính thức 1; chính thức ra ngoài nước 0.")},
        "10-SHĐ");
    // The columns of the book (their headings wrap over several lines in the PDF's text).
    auto doc = PrintService(*m_session).document(r);
    ASSERT_TRUE(doc.ok());
    QList<QStringList> headings;
    for (const reports::DocumentBlock& block : doc->blocks) {
        if (block.kind == reports::BlockKind::Table)
            headings << block.table.headers();
    }
    ASSERT_EQ(headings.size(), 2);
    for (const QString& column :
         {QStringLiteral("Số GTSHĐ"), QStringLiteral("Ngày giới thiệu đi"),
          QStringLiteral("Họ và tên, ngày sinh"), QStringLiteral("Ngày vào Đảng, ngày chính thức"),
          QStringLiteral("Số thẻ đảng viên"), QStringLiteral("Tổ chức đảng nơi đảng viên đến sinh hoạt"),
          QStringLiteral("Cấp ủy trực tiếp nhận và giới thiệu tiếp")})
        EXPECT_TRUE(headings[0].contains(column)) << column.toStdString();
    for (const QString& column :
         {QStringLiteral("Ngày giấy giới thiệu đến"), QStringLiteral("Họ và tên, ngày sinh"),
          QStringLiteral("Ngày vào Đảng, ngày chính thức"), QStringLiteral("Số thẻ đảng viên"),
          QStringLiteral("Cấp ủy giới thiệu đảng viên đến"), QStringLiteral("Số giấy giới thiệu"),
          QStringLiteral("Tổ chức đảng nơi đảng viên đến sinh hoạt")})
        EXPECT_TRUE(headings[1].contains(column)) << column.toStdString();
    // A book, not a letter: no "ĐẢNG CỘNG SẢN VIỆT NAM / Số … / place and date" block, no signature.
    EXPECT_FALSE(text.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
    EXPECT_FALSE(text.contains(QStringLiteral("Hà Nội, ngày")));
    EXPECT_FALSE(text.contains(QStringLiteral("T/M")));
}

} // namespace
} // namespace orec::app
