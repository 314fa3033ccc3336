#include "reports/party_forms.h"

#include "reports/list_documents.h"

#include <QCoreApplication>
#include <algorithm>

namespace orec::reports {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};

QString dmy(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy"))
                       : QStringLiteral("......../......../............");
}

QString monthYear(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("MM/yyyy")) : QStringLiteral("......../............");
}

QString orDots(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("...............................") : s;
}

QString receiving(const TransferFormData& d)
{
    return d.receivingUnitName.isEmpty() ? d.transfer.receivingUnitName : d.receivingUnitName;
}

QString countries(const TransferFormData& d)
{
    if (!d.posting)
        return {};
    QStringList names;
    for (const QString& c : d.posting->countryCodes)
        names << countryName(c);
    return names.join(QStringLiteral(", "));
}

Paragraph& field(PartyDocument& doc, const QString& label, const QString& value)
{
    Paragraph& p = doc.addField(label, orDots(value));
    p.leftIndentMm = 10;
    return p;
}

void twoFields(PartyDocument& doc, const QString& l1, const QString& v1, const QString& l2, const QString& v2)
{
    Paragraph& p = doc.addParagraph(
        QList<TextRun>{TextRun{l1 + QStringLiteral(": "), false, false}, TextRun{orDots(v1), true, false},
                       TextRun{QStringLiteral(";   ") + l2 + QStringLiteral(": "), false, false},
                       TextRun{orDots(v2), true, false}},
        ParagraphAlign::Left);
    p.firstLineIndentMm = 0;
    p.leftIndentMm = 10;
    p.spaceAfterMm = 1;
}

QString registerNo(const Transfer& t)
{
    return t.registerNumber.isValid() ? t.registerNumber.toString() : QString();
}

void letterHeader(PartyDocument& doc, const DocumentIssuer& issuer, const Transfer& t,
                  const QString& formCode)
{
    issuer.applyTo(doc);
    doc.header.formCode = Texts::tr("Mẫu %1").arg(formCode);
    doc.header.date = t.issueDate.isValid() ? t.issueDate : issuer.date;
    if (issuer.documentNumber.isEmpty())
        doc.header.documentNumber = Texts::tr("Số %1").arg(orDots(registerNo(t)));
}

void memberFields(PartyDocument& doc, const TransferFormData& d)
{
    const Member& m = d.member;
    field(doc, Texts::tr("Họ và tên"), m.fullName);
    twoFields(doc, Texts::tr("Sinh ngày"), dmy(m.dateOfBirth), Texts::tr("Giới tính"),
              m.gender == Gender::Unspecified ? QString() : displayName(m.gender));
    field(doc, Texts::tr("Quê quán"), m.hometown);
    twoFields(doc, Texts::tr("Số thẻ đảng viên"),
              d.transfer.partyCardNumber.isEmpty() ? m.partyCardNumber : d.transfer.partyCardNumber,
              Texts::tr("Số lý lịch"),
              d.transfer.dossierNumber.isEmpty() ? m.dossierNumber : d.transfer.dossierNumber);
    twoFields(doc, Texts::tr("Ngày vào Đảng"), dmy(m.admissionDate), Texts::tr("Ngày chính thức"),
              m.fullMembershipDate.isValid() ? dmy(m.fullMembershipDate) : Texts::tr("(đảng viên dự bị)"));
    field(doc, Texts::tr("Đơn vị sinh hoạt đảng trong nước"), d.homeUnitName);
    field(doc, Texts::tr("Đã đóng đảng phí đến hết tháng"), monthYear(d.transfer.duesPaidUpTo));
}

} // namespace

PartyDocument temporaryTransferLetter(const DocumentIssuer& issuer, const TransferFormData& d)
{
    PartyDocument doc;
    letterHeader(doc, issuer, d.transfer, QStringLiteral("2-SHĐ"));
    doc.orientation = PageOrientation::Portrait;
    doc.title = Texts::tr("Giấy giới thiệu sinh hoạt đảng tạm thời");
    Paragraph& to = doc.addParagraph(QList<TextRun>{TextRun{Texts::tr("Kính gửi: "), false, true},
                                                    TextRun{orDots(receiving(d)), true, false}},
                                     ParagraphAlign::Center);
    to.spaceAfterMm = 4;
    doc.addParagraph(Texts::tr("%1 giới thiệu đồng chí có tên dưới đây đến sinh hoạt đảng tạm thời:")
                         .arg(issuer.issuingUnit.isEmpty() ? Texts::tr("Cấp ủy") : issuer.issuingUnit));
    memberFields(doc, d);
    if (d.posting) {
        field(doc, Texts::tr("Nơi đến"),
              countries(d) +
                  (d.posting->city.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(d.posting->city)));
        twoFields(doc, Texts::tr("Thời gian từ ngày"), dmy(d.posting->expectedDeparture()),
                  Texts::tr("đến ngày"), dmy(d.posting->effectivePlannedReturn()));
    }
    if (!d.transfer.notes.isEmpty())
        field(doc, Texts::tr("Ghi chú"), d.transfer.notes);
    doc.addSpacer(2);
    doc.addParagraph(Texts::tr(
        "Đề nghị các đồng chí tiếp nhận, quản lý và giúp đỡ đồng chí sinh hoạt đảng tạm thời theo "
        "quy định; hết thời hạn, nhận xét về việc sinh hoạt đảng của đồng chí gửi về đơn vị đã giới "
        "thiệu."));
    doc.signature.recipients =
        QStringList{Texts::tr("Như trên,"), Texts::tr("Đảng viên có tên trên,"), Texts::tr("Lưu sổ 10-SHĐ.")};
    return doc;
}

PartyDocument overseasPostingSlip(const DocumentIssuer& issuer, const TransferFormData& d)
{
    PartyDocument doc;
    letterHeader(doc, issuer, d.transfer, QStringLiteral("3A-SHĐ"));
    doc.orientation = PageOrientation::Portrait;
    doc.title = Texts::tr("Phiếu công tác chính thức ngoài nước");
    Paragraph& to = doc.addParagraph(
        QList<TextRun>{
            TextRun{Texts::tr("Kính gửi: "), false, true},
            TextRun{orDots(receiving(d).isEmpty() ? Texts::tr("Đảng ủy Bộ Ngoại giao") : receiving(d)), true,
                    false}},
        ParagraphAlign::Center);
    to.spaceAfterMm = 4;
    doc.addParagraph(Texts::tr("%1 giới thiệu đảng viên có tên dưới đây ra công tác, lao động ở nước ngoài:")
                         .arg(issuer.issuingUnit.isEmpty() ? Texts::tr("Cấp ủy") : issuer.issuingUnit));
    memberFields(doc, d);
    if (d.posting) {
        const Posting& p = *d.posting;
        field(doc, Texts::tr("Nước đến"),
              countries(d) + (p.city.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.city)));
        field(doc, Texts::tr("Cơ quan, đơn vị tiếp nhận"), p.hostOrganisation);
        field(doc, Texts::tr("Mục đích"), displayName(p.purpose));
        QString decision = p.decisionNumber;
        if (p.decisionDate.isValid())
            decision += Texts::tr(" ngày %1").arg(dmy(p.decisionDate));
        if (!p.decisionBody.isEmpty())
            decision += Texts::tr(" của %1").arg(p.decisionBody);
        field(doc, Texts::tr("Quyết định cử"), decision);
        twoFields(doc, Texts::tr("Thời gian từ ngày"), dmy(p.expectedDeparture()), Texts::tr("đến ngày"),
                  dmy(p.effectivePlannedReturn()));
    }
    doc.addSpacer(2);
    doc.addParagraph(Texts::tr(
        "Đồng chí có trách nhiệm báo cáo với tổ chức đảng ở nước ngoài hoặc cơ quan đại diện Việt Nam "
        "tại nước đến ngay khi đến nơi để được sinh hoạt đảng; chấp hành nghiêm các quy định của Đảng "
        "đối với đảng viên ở nước ngoài."));
    doc.signature.recipients = QStringList{Texts::tr("Đảng ủy Bộ Ngoại giao (kèm danh sách 3C-SHĐ),"),
                                           Texts::tr("Đảng viên có tên trên,"), Texts::tr("Lưu sổ 10-SHĐ.")};
    return doc;
}

ReportTable transferredAbroadTable(const QList<TransferFormData>& letters)
{
    ReportTable t;
    // Dates need 23 mm at this size to stay on one line ("01/01/2026" wrapped at 20).
    t.addColumn(QStringLiteral("ho_ten"), Texts::tr("Họ và tên"), 37);
    t.addColumn(QStringLiteral("ngay_sinh"), Texts::tr("Ngày sinh"), 23, ColumnType::Date,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("que_quan"), Texts::tr("Quê quán"), 24);
    t.addColumn(QStringLiteral("so_the_dang_vien"), Texts::tr("Số thẻ đảng viên"), 22, ColumnType::Text,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("so_ly_lich"), Texts::tr("Số lý lịch"), 21, ColumnType::Text,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("ngay_vao_dang"), Texts::tr("Ngày vào Đảng"), 23, ColumnType::Date,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("ngay_chinh_thuc"), Texts::tr("Ngày chính thức"), 23, ColumnType::Date,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("noi_den"), Texts::tr("Nước đến, đơn vị tiếp nhận"), 38);
    t.addColumn(QStringLiteral("so_phieu"), Texts::tr("Số phiếu 3A-SHĐ"), 18, ColumnType::Text,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("dang_phi"), Texts::tr("Đảng phí đến tháng"), 16, ColumnType::Text,
                ColumnAlign::Center);
    t.fontSizePt = 10;
    for (const TransferFormData& d : letters) {
        const Member& m = d.member;
        QString where = countries(d);
        if (d.posting && !d.posting->hostOrganisation.isEmpty())
            where += QStringLiteral("\n") + d.posting->hostOrganisation;
        const QVariant full =
            m.fullMembershipDate.isValid() ? QVariant(m.fullMembershipDate) : QVariant(Texts::tr("Dự bị"));
        t.addRow({m.fullName, m.dateOfBirth.isValid() ? QVariant(m.dateOfBirth) : QVariant(), m.hometown,
                  d.transfer.partyCardNumber.isEmpty() ? m.partyCardNumber : d.transfer.partyCardNumber,
                  d.transfer.dossierNumber.isEmpty() ? m.dossierNumber : d.transfer.dossierNumber,
                  m.admissionDate.isValid() ? QVariant(m.admissionDate) : QVariant(), full, where,
                  registerNo(d.transfer),
                  d.transfer.duesPaidUpTo.isValid()
                      ? d.transfer.duesPaidUpTo.toString(QStringLiteral("MM/yyyy"))
                      : QString()});
    }
    t.addTotal({Texts::tr("Cộng: %1 đồng chí").arg(letters.size())});
    return t;
}

PartyDocument transferredAbroadList(const DocumentIssuer& issuer, const QList<TransferFormData>& letters)
{
    PartyDocument doc;
    issuer.applyTo(doc);
    doc.header.formCode = Texts::tr("Mẫu 3C-SHĐ");
    doc.orientation = PageOrientation::Landscape;
    doc.title = Texts::tr("Danh sách");
    doc.subtitles << Texts::tr("đảng viên chuyển sinh hoạt đảng ra ngoài nước");
    Paragraph& to = doc.addParagraph(QList<TextRun>{TextRun{Texts::tr("Kính gửi: "), false, true},
                                                    TextRun{Texts::tr("Đảng ủy Bộ Ngoại giao"), true, false}},
                                     ParagraphAlign::Center);
    to.spaceAfterMm = 3;
    doc.addParagraph(
        Texts::tr(
            "%1 chuyển sinh hoạt đảng của các đồng chí có tên dưới đây ra ngoài nước, đề nghị Đảng ủy Bộ "
            "Ngoại giao tiếp nhận và chỉ đạo tổ chức đảng ở nước ngoài quản lý:")
            .arg(issuer.issuingUnit.isEmpty() ? Texts::tr("Cấp ủy") : issuer.issuingUnit));
    doc.addTable(transferredAbroadTable(letters));
    doc.signature.recipients = QStringList{Texts::tr("Như trên,"), Texts::tr("Lưu sổ 10-SHĐ.")};
    return doc;
}

ReportTable transferRegisterTable(const QList<TransferFormData>& letters)
{
    ReportTable t;
    t.numbered = false; // the register number is the line's number
    t.addColumn(QStringLiteral("so_dang_ky"), Texts::tr("Số đăng ký"), 16, ColumnType::Text,
                ColumnAlign::Center);
    // Dates need 23 mm at this size to stay on one line ("01/01/2026" wrapped at 20).
    t.addColumn(QStringLiteral("ngay_cap"), Texts::tr("Ngày cấp"), 23, ColumnType::Date, ColumnAlign::Center);
    t.addColumn(QStringLiteral("ho_ten"), Texts::tr("Họ và tên"), 38);
    t.addColumn(QStringLiteral("so_the_dang_vien"), Texts::tr("Số thẻ đảng viên"), 22, ColumnType::Text,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("so_ly_lich"), Texts::tr("Số lý lịch"), 20, ColumnType::Text,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("hinh_thuc"), Texts::tr("Hình thức"), 31);
    t.addColumn(QStringLiteral("chieu"), Texts::tr("Chiều"), 24, ColumnType::Text, ColumnAlign::Center);
    t.addColumn(QStringLiteral("noi_den"), Texts::tr("Nơi chuyển đến"), 40);
    t.addColumn(QStringLiteral("dang_phi"), Texts::tr("Đảng phí đến tháng"), 18, ColumnType::Text,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("ky_nhan"), Texts::tr("Người nhận ký"), 18);
    t.fontSizePt = 10;
    QList<TransferFormData> sorted = letters;
    std::sort(sorted.begin(), sorted.end(), [](const TransferFormData& a, const TransferFormData& b) {
        return a.transfer.registerNumber < b.transfer.registerNumber;
    });
    for (const TransferFormData& d : sorted) {
        const Transfer& letter = d.transfer;
        t.addRow(
            {registerNo(letter), letter.issueDate.isValid() ? QVariant(letter.issueDate) : QVariant(),
             d.member.fullName,
             letter.partyCardNumber.isEmpty() ? d.member.partyCardNumber : letter.partyCardNumber,
             letter.dossierNumber.isEmpty() ? d.member.dossierNumber : letter.dossierNumber,
             displayName(letter.kind) + (transferFormCode(letter.kind).isEmpty()
                                             ? QString()
                                             : QStringLiteral(" (%1)").arg(transferFormCode(letter.kind))),
             displayName(letter.direction), receiving(d),
             letter.duesPaidUpTo.isValid() ? letter.duesPaidUpTo.toString(QStringLiteral("MM/yyyy"))
                                           : QString(),
             QString()});
    }
    return t;
}

PartyDocument transferRegister(const DocumentIssuer& issuer, const QList<TransferFormData>& letters, int year)
{
    PartyDocument doc;
    issuer.applyTo(doc);
    doc.header.formCode = Texts::tr("Mẫu 10-SHĐ");
    doc.orientation = PageOrientation::Landscape;
    doc.title = Texts::tr("Sổ giới thiệu sinh hoạt đảng");
    if (year > 0)
        doc.subtitles << Texts::tr("Năm %1").arg(year);
    doc.addTable(transferRegisterTable(letters));
    doc.hasSignature = false; // a register, not a letter: each line is signed by whoever takes the letter
    return doc;
}

} // namespace orec::reports
