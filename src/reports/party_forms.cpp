#include "reports/party_forms.h"

#include "core/result_try.h"
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

QString collectiveOf(UnitLevel level)
{
    switch (level) {
    case UnitLevel::Province:
    case UnitLevel::District:
        return Texts::tr("BAN THƯỜNG VỤ");
    case UnitLevel::Grassroots:
        return Texts::tr("ĐẢNG ỦY");
    case UnitLevel::Cell:
        return Texts::tr("CHI ỦY");
    }
    return {};
}

QString onBehalfOf(UnitLevel level)
{
    return Texts::tr("T/M %1").arg(collectiveOf(level));
}

QString cellCommitteeOf(const QString& cellName)
{
    const QString cell = Texts::tr("Chi bộ");
    if (cellName.startsWith(cell, Qt::CaseInsensitive))
        return Texts::tr("Chi ủy chi bộ%1").arg(cellName.mid(cell.size()));
    return Texts::tr("Chi ủy %1").arg(cellName);
}

namespace {

// The blanks of the 2-SHĐ sheet are in millimetres from its top-left corner (baselines). The whole form and
// the overlay share them, so a value of the overlay lands where the whole form prints it.
FormText label(const QString& text, double x, double y, double size = 12, bool bold = false,
               bool italic = false, FormText::Align align = FormText::Align::Left)
{
    FormText t;
    t.text = text;
    t.xMm = x;
    t.yMm = y;
    t.sizePt = size;
    t.bold = bold;
    t.italic = italic;
    t.align = align;
    return t;
}

FormText value(const QString& text, double x, double y, double width, double size = 12, bool bold = true)
{
    FormText t = label(text, x, y, size, bold);
    t.widthMm = width;
    return t;
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

void blank(FixedForm& form, const QString& labelText, double labelX, double valueX, double y, double width,
           const QString& filled)
{
    if (!labelText.isEmpty())
        form.printed.append(label(labelText, labelX, y));
    // The dotted line the sheet has under each blank.
    form.lines.append(FormLine{valueX, y + 1, valueX + width, y + 1, 0.2});
    form.values.append(value(filled, valueX, y, width));
}

QString monthYearOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("MM/yyyy")) : QString();
}

QString dateOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

FixedForm temporaryTransferForm(const DocumentIssuer& issuer, const TransferFormData& d)
{
    const Member& m = d.member;
    const Transfer& t = d.transfer;
    FixedForm form;
    form.title = Texts::tr("Giấy giới thiệu sinh hoạt đảng tạm thời");

    // Top left: the member's committee and cell, the member list, card and dossier numbers.
    form.printed.append(label(Texts::tr("Mẫu 2-SHĐ"), 195, 10, 10, false, true, FormText::Align::Right));
    blank(form, Texts::tr("Đảng bộ:"), 15, 35, 20, 60, d.homeCommitteeName);
    blank(form, Texts::tr("Chi bộ:"), 15, 33, 27, 62, d.homeUnitName);
    blank(form, Texts::tr("Số SĐV:"), 15, 36, 36, 40, QString());
    blank(form, Texts::tr("Số TĐV:"), 15, 36, 42, 40,
          t.partyCardNumber.isEmpty() ? m.partyCardNumber : t.partyCardNumber);
    blank(form, Texts::tr("Số LL:"), 15, 36, 48, 40,
          t.dossierNumber.isEmpty() ? m.dossierNumber : t.dossierNumber);
    form.printed.append(
        label(Texts::tr("ĐẢNG CỘNG SẢN VIỆT NAM"), 150, 20, 13, true, false, FormText::Align::Center));
    form.lines.append(FormLine{127, 22.5, 173, 22.5, 0.5});

    form.printed.append(
        label(Texts::tr("GIẤY GIỚI THIỆU"), 105, 62, 15, true, false, FormText::Align::Center));
    form.printed.append(
        label(Texts::tr("SINH HOẠT ĐẢNG TẠM THỜI"), 105, 70, 15, true, false, FormText::Align::Center));

    const QString receiving = d.receivingUnitName.isEmpty() ? t.receivingUnitName : d.receivingUnitName;
    const QString addressee = receiving.isEmpty() ? QString()
                              : d.receivingIsCell ? cellCommitteeOf(receiving)
                                                  : receiving;
    form.printed.append(label(Texts::tr("Kính gửi:"), 30, 82, 12, true, true));
    form.lines.append(FormLine{52, 83, 196, 83, 0.2});
    form.values.append(value(addressee, 52, 82, 144));

    blank(form, Texts::tr("Giới thiệu đồng chí:"), 20, 64, 92, 73, m.fullName);
    blank(form, Texts::tr("Bí danh:"), 140, 159, 92, 37, m.alias);
    blank(form, Texts::tr("Sinh ngày:"), 20, 44, 100, 42, dateOrEmpty(m.dateOfBirth));
    blank(form, Texts::tr("Vào Đảng ngày:"), 90, 124, 100, 72, dateOrEmpty(m.admissionDate));
    blank(form, Texts::tr("Chính thức ngày:"), 20, 56, 108, 32,
          m.fullMembershipDate.isValid() ? dateOrEmpty(m.fullMembershipDate) : Texts::tr("dự bị"));
    blank(form, Texts::tr("Đã đóng đảng phí hết tháng:"), 90, 150, 108, 46, monthYearOrEmpty(t.duesPaidUpTo));
    blank(form, Texts::tr("Đến sinh hoạt đảng tạm thời tại:"), 20, 90, 116, 106, receiving);
    QString where;
    QDate from, until;
    if (d.posting) {
        where = countries(d) +
                (d.posting->city.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(d.posting->city));
        from = d.posting->expectedDeparture();
        until = d.posting->effectivePlannedReturn();
    }
    blank(form, Texts::tr("Nơi đến:"), 20, 40, 124, 156, where);
    blank(form, Texts::tr("Thời hạn từ ngày:"), 20, 58, 132, 30, dateOrEmpty(from));
    blank(form, Texts::tr("đến ngày:"), 90, 112, 132, 40, dateOrEmpty(until));
    blank(form, Texts::tr("Hồ sơ kèm theo:"), 20, 54, 140, 142, d.enclosures.join(QStringLiteral("; ")));

    // The forwarding boxes: two by two, each signed by the committee the letter passes through.
    constexpr double kBoxW = 88, kBoxH = 62;
    const double xs[2] = {15, 107};
    const double ys[2] = {150, 216};
    for (int i = 0; i < kForwardingBoxes; ++i) {
        const double bx = xs[i % 2];
        const double by = ys[i / 2];
        form.lines.append(FormLine{bx, by, bx + kBoxW, by, 0.5});
        form.lines.append(FormLine{bx, by + kBoxH, bx + kBoxW, by + kBoxH, 0.5});
        form.lines.append(FormLine{bx, by, bx, by + kBoxH, 0.5});
        form.lines.append(FormLine{bx + kBoxW, by, bx + kBoxW, by + kBoxH, 0.5});
        const bool used = i < d.forwarding.size();
        const bool first = i == 0;
        form.printed.append(label(Texts::tr("Số"), bx + 3, by + 7, 11));
        form.printed.append(label(Texts::tr("GTSHĐ"), bx + 38, by + 7, 11, true));
        form.values.append(
            value(first && t.registerNumber.isValid() ? t.registerNumber.toString() : QString(), bx + 10,
                  by + 7, 27, 11));
        form.printed.append(label(Texts::tr("KÍNH CHUYỂN:"), bx + 3, by + 14, 11, true));
        QString next;
        if (used)
            next = i + 1 < d.forwarding.size() ? d.forwarding.at(i + 1).unitName : addressee;
        form.values.append(value(next, bx + 3, by + 20, kBoxW - 6, 11));
        form.printed.append(
            label(Texts::tr("Đề nghị nhận và giới thiệu sinh hoạt đảng"), bx + 3, by + 27, 11));
        form.printed.append(label(Texts::tr("cho đồng chí:"), bx + 3, by + 33, 11));
        form.values.append(value(used ? m.fullName : QString(), bx + 30, by + 33, kBoxW - 33, 11));
        form.printed.append(label(Texts::tr("Ngày"), bx + 28, by + 40, 11, false, true));
        form.printed.append(label(Texts::tr("tháng"), bx + 45, by + 40, 11, false, true));
        form.printed.append(label(Texts::tr("năm"), bx + 62, by + 40, 11, false, true));
        const QDate date = first ? (t.issueDate.isValid() ? t.issueDate : issuer.date) : QDate();
        if (date.isValid()) {
            form.values.append(value(twoDigits(date.day()), bx + 38, by + 40, 6, 11, false));
            form.values.append(value(twoDigits(date.month()), bx + 56, by + 40, 6, 11, false));
            form.values.append(value(QString::number(date.year()), bx + 72.5, by + 40, 13, 11, false));
        }
        form.printed.append(label(Texts::tr("T/M"), bx + 30, by + 47, 11, true));
        QString body;
        if (used)
            body = collectiveOf(d.forwarding.at(i).level);
        form.values.append(value(body, bx + 39, by + 47, kBoxW - 41, 11));
        if (first && !issuer.signature.name.isEmpty())
            form.values.append(value(issuer.signature.name, bx + 30, by + 59, kBoxW - 32, 11));
    }
    return form;
}

PartyDocument overseasPostingSlip(const DocumentIssuer& issuer, const TransferFormData& d)
{
    PartyDocument doc;
    letterHeader(doc, issuer, d.transfer, QStringLiteral("3A-SHĐ"));
    doc.orientation = PageOrientation::Portrait;
    doc.title = Texts::tr("Phiếu công tác chính thức ngoài nước");
    // Addressed to the Party organisation in the country and the representative mission there, to whom
    // the member reports on arrival (Hướng dẫn 12-HD/BTCTW 2022), not to a cell.
    const QString country = countries(d);
    const QString partyThere = !d.hostCommitteeName.isEmpty() ? d.hostCommitteeName
                               : country.isEmpty()            ? QString()
                                                   : Texts::tr("Tổ chức đảng ở %1").arg(country);
    const QString mission =
        country.isEmpty() ? QString() : Texts::tr("Cơ quan đại diện Việt Nam tại %1").arg(country);
    Paragraph& to = doc.addParagraph(
        QList<TextRun>{TextRun{Texts::tr("Kính gửi: "), false, true},
                       TextRun{QStringLiteral("- ") + orDots(partyThere) + QStringLiteral(","), true, false}},
        ParagraphAlign::Left);
    to.leftIndentMm = 30;
    to.firstLineIndentMm = 0;
    Paragraph& to2 = doc.addParagraph(
        QList<TextRun>{TextRun{QStringLiteral("- ") + orDots(mission) + QStringLiteral("."), true, false}},
        ParagraphAlign::Left);
    to2.leftIndentMm = 50.5;
    to2.firstLineIndentMm = 0;
    to2.spaceAfterMm = 2;
    doc.addParagraph(
        Texts::tr("%1 giới thiệu đảng viên có tên dưới đây chuyển sinh hoạt đảng chính thức ra "
                  "ngoài nước:")
            .arg(issuer.issuingUnit.isEmpty() ? Texts::tr("Ban Thường vụ") : issuer.issuingUnit));
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
    if (!d.enclosures.isEmpty())
        field(doc, Texts::tr("Hồ sơ kèm theo"), d.enclosures.join(QStringLiteral("; ")));
    // Short enough that the signature stays on the slip's one page.
    doc.addParagraph(
        Texts::tr("Đồng chí báo cáo với cơ quan đại diện Việt Nam và tổ chức đảng ở nước sở tại ngay "
                  "khi đến để được bố trí sinh hoạt đảng."));

    if (doc.signature.onBehalf.isEmpty())
        doc.signature.onBehalf = Texts::tr("T/M BAN THƯỜNG VỤ");
    doc.signature.recipients =
        QStringList{Texts::tr("Như trên,"), Texts::tr("Đảng ủy Bộ Ngoại giao,"), Texts::tr("Lưu sổ 10-SHĐ.")};
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
    doc.title = Texts::tr("Báo cáo");
    doc.subtitles << Texts::tr("danh sách đảng viên chuyển sinh hoạt chính thức ra ngoài nước");
    QDate first, last;
    for (const TransferFormData& d : letters) {
        const QDate day = d.transfer.issueDate;
        if (!day.isValid())
            continue;
        if (!first.isValid() || day < first)
            first = day;
        if (!last.isValid() || day > last)
            last = day;
    }
    if (first.isValid())
        doc.titleNotes << (first == last
                               ? Texts::tr("(kèm theo các phiếu 3A-SHĐ cấp ngày %1)").arg(dmy(first))
                               : Texts::tr("(kèm theo các phiếu 3A-SHĐ cấp từ ngày %1 đến ngày %2)")
                                     .arg(dmy(first), dmy(last)));
    Paragraph& to = doc.addParagraph(QList<TextRun>{TextRun{Texts::tr("Kính gửi: "), false, true},
                                                    TextRun{Texts::tr("Đảng ủy Bộ Ngoại giao"), true, false}},
                                     ParagraphAlign::Center);
    to.spaceAfterMm = 3;
    doc.addParagraph(
        Texts::tr(
            "%1 báo cáo danh sách các đồng chí dưới đây đã được cấp phiếu công tác chính thức ngoài nước "
            "(mẫu 3A-SHĐ) để chuyển sinh hoạt đảng chính thức ra ngoài nước; đề nghị Đảng ủy Bộ Ngoại "
            "giao theo dõi và thông báo cho tổ chức đảng ở ngoài nước tiếp nhận, quản lý:")
            .arg(issuer.issuingUnit.isEmpty() ? Texts::tr("Ban Thường vụ") : issuer.issuingUnit));
    doc.addTable(transferredAbroadTable(letters));
    if (doc.signature.onBehalf.isEmpty())
        doc.signature.onBehalf = Texts::tr("T/M BAN THƯỜNG VỤ");
    doc.signature.recipients = QStringList{Texts::tr("Như trên,"), Texts::tr("Lưu sổ 10-SHĐ.")};
    return doc;
}

namespace {

QString kindOnRegister(const Transfer& letter)
{
    switch (letter.kind) {
    case TransferKind::Temporary:
        return Texts::tr("Tạm thời");
    case TransferKind::Official:
        return Texts::tr("Chính thức");
    case TransferKind::LabourExport:
        return Texts::tr("Chính thức ra ngoài nước (3A-SHĐ)");
    }
    return {};
}

QString nameAndBirth(const Member& m)
{
    return m.dateOfBirth.isValid() ? m.fullName + QStringLiteral("\n") + dmy(m.dateOfBirth) : m.fullName;
}

QString partyDates(const Member& m)
{
    const QString admitted = m.admissionDate.isValid() ? dmy(m.admissionDate) : QString();
    const QString full = m.fullMembershipDate.isValid() ? dmy(m.fullMembershipDate) : Texts::tr("(dự bị)");
    return admitted + QStringLiteral("\n") + full;
}

QString cardOf(const TransferFormData& d)
{
    return d.transfer.partyCardNumber.isEmpty() ? d.member.partyCardNumber : d.transfer.partyCardNumber;
}

QList<TransferFormData> byDateAndNumber(QList<TransferFormData> letters)
{
    std::sort(letters.begin(), letters.end(), [](const TransferFormData& a, const TransferFormData& b) {
        if (a.transfer.issueDate != b.transfer.issueDate)
            return a.transfer.issueDate < b.transfer.issueDate;
        return a.transfer.registerNumber < b.transfer.registerNumber;
    });
    return letters;
}

void addPartyColumns(ReportTable& t)
{
    t.addColumn(QStringLiteral("ho_ten_ngay_sinh"), Texts::tr("Họ và tên, ngày sinh"), 44);
    t.addColumn(QStringLiteral("ngay_vao_dang_chinh_thuc"), Texts::tr("Ngày vào Đảng, ngày chính thức"), 27,
                ColumnType::Text, ColumnAlign::Center);
    t.addColumn(QStringLiteral("so_the_dang_vien"), Texts::tr("Số thẻ đảng viên"), 22, ColumnType::Text,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("hinh_thuc"), Texts::tr("Hình thức chuyển"), 30);
}

QString countsLine(const QList<TransferFormData>& letters)
{
    int temporary = 0, official = 0, abroad = 0;
    for (const TransferFormData& d : letters) {
        switch (d.transfer.kind) {
        case TransferKind::Temporary:
            ++temporary;
            break;
        case TransferKind::Official:
            ++official;
            break;
        case TransferKind::LabourExport:
            ++abroad;
            break;
        }
    }
    return Texts::tr("%1 đồng chí: tạm thời %2; chính thức %3; chính thức ra ngoài nước %4.")
        .arg(letters.size())
        .arg(temporary)
        .arg(official)
        .arg(abroad);
}

} // namespace

ReportTable transferRegisterTable(const QList<TransferFormData>& outgoing)
{
    ReportTable t;
    t.numbered = false; // the register number is the line's number
    t.addColumn(QStringLiteral("so_gtshd"), Texts::tr("Số GTSHĐ"), 17, ColumnType::Text, ColumnAlign::Center);
    // Dates need 23 mm at this size to stay on one line ("01/01/2026" wrapped at 20).
    t.addColumn(QStringLiteral("ngay_gioi_thieu_di"), Texts::tr("Ngày giới thiệu đi"), 23, ColumnType::Date,
                ColumnAlign::Center);
    addPartyColumns(t);
    t.addColumn(QStringLiteral("noi_den"), Texts::tr("Tổ chức đảng nơi đảng viên đến sinh hoạt"), 44);
    t.addColumn(QStringLiteral("cap_uy_nhan"), Texts::tr("Cấp ủy trực tiếp nhận và giới thiệu tiếp"), 36);
    t.addColumn(QStringLiteral("dang_phi"), Texts::tr("Đảng phí đến tháng"), 17, ColumnType::Text,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("ky_nhan"), Texts::tr("Người nhận giấy ký"), 18);
    t.fontSizePt = 10;
    for (const TransferFormData& d : byDateAndNumber(outgoing)) {
        const Transfer& letter = d.transfer;
        t.addRow({registerNo(letter), letter.issueDate.isValid() ? QVariant(letter.issueDate) : QVariant(),
                  nameAndBirth(d.member), partyDates(d.member), cardOf(d), kindOnRegister(letter),
                  receiving(d), d.forwarding.size() > 1 ? d.forwarding.at(1).unitName : QString(),
                  letter.duesPaidUpTo.isValid() ? letter.duesPaidUpTo.toString(QStringLiteral("MM/yyyy"))
                                                : QString(),
                  QString()});
    }
    t.addTotal({Texts::tr("Cộng: %1 đồng chí").arg(outgoing.size())});
    return t;
}

ReportTable incomingTransfersTable(const QList<TransferFormData>& incoming)
{
    ReportTable t;
    t.addColumn(QStringLiteral("ngay_tiep_nhan"), Texts::tr("Ngày giấy giới thiệu đến"), 23, ColumnType::Date,
                ColumnAlign::Center);
    addPartyColumns(t);
    t.addColumn(QStringLiteral("noi_gioi_thieu_di"), Texts::tr("Cấp ủy giới thiệu đảng viên đến"), 44);
    t.addColumn(QStringLiteral("so_giay"), Texts::tr("Số giấy giới thiệu"), 20, ColumnType::Text,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("noi_sinh_hoat"), Texts::tr("Tổ chức đảng nơi đảng viên đến sinh hoạt"), 44);
    t.addColumn(QStringLiteral("ghi_chu"), Texts::tr("Ghi chú"), 22);
    t.fontSizePt = 10;
    for (const TransferFormData& d : byDateAndNumber(incoming)) {
        const Transfer& letter = d.transfer;
        t.addRow({letter.issueDate.isValid() ? QVariant(letter.issueDate) : QVariant(),
                  nameAndBirth(d.member), partyDates(d.member), cardOf(d), kindOnRegister(letter),
                  d.issuingUnitName, registerNo(letter), receiving(d), QString()});
    }
    t.addTotal({Texts::tr("Cộng: %1 đồng chí").arg(incoming.size())});
    return t;
}

PartyDocument transferRegister(const DocumentIssuer& issuer, const QList<TransferFormData>& outgoing,
                               const QList<TransferFormData>& incoming, int year)
{
    PartyDocument doc;
    issuer.applyTo(doc);
    doc.header.formCode = Texts::tr("Mẫu 10-SHĐ");
    doc.hasLetterHeader = false; // a book: no number, place and date, no signature
    doc.hasSignature = false;    // each line is signed by whoever takes the letter
    doc.orientation = PageOrientation::Landscape;
    doc.title = Texts::tr("Sổ giới thiệu sinh hoạt đảng");
    if (!issuer.issuingUnit.isEmpty())
        doc.subtitles << issuer.issuingUnit.toUpper();
    if (year > 0)
        doc.subtitles << Texts::tr("Năm %1").arg(year);
    Paragraph& out = doc.addParagraph(
        QList<TextRun>{TextRun{Texts::tr("I. GIỚI THIỆU ĐẢNG VIÊN ĐI"), true, false}}, ParagraphAlign::Left);
    out.firstLineIndentMm = 0;
    doc.addTable(transferRegisterTable(outgoing));
    doc.addSpacer(4);
    Paragraph& in = doc.addParagraph(
        QList<TextRun>{TextRun{Texts::tr("II. TIẾP NHẬN ĐẢNG VIÊN ĐẾN"), true, false}}, ParagraphAlign::Left);
    in.firstLineIndentMm = 0;
    doc.addTable(incomingTransfersTable(incoming));
    doc.addSpacer(4);
    Paragraph& sum = doc.addParagraph(QList<TextRun>{TextRun{Texts::tr("III. TỔNG HỢP"), true, false}},
                                      ParagraphAlign::Left);
    sum.firstLineIndentMm = 0;
    doc.addField(Texts::tr("Giới thiệu đi"), countsLine(outgoing));
    doc.addField(Texts::tr("Tiếp nhận đến"), countsLine(incoming));
    return doc;
}

} // namespace orec::reports
