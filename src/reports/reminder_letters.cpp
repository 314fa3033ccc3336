#include "reports/reminder_letters.h"

#include "core/enum_codes.h"

#include <QCoreApplication>

namespace orec::reports {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};

QString dmy(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

QString reportKindInLetter(ReportKind kind)
{
    switch (kind) {
    case ReportKind::PreDeparture:
        return Texts::tr("báo cáo trước khi đi nước ngoài");
    case ReportKind::Return:
        return Texts::tr("báo cáo kết quả chuyến đi sau khi về nước");
    case ReportKind::PrivateTripApplication:
        return Texts::tr("đơn đề nghị ra nước ngoài về việc riêng");
    case ReportKind::RelativesCommitment:
        return Texts::tr("bản cam kết về thân nhân ở nước ngoài");
    case ReportKind::SelfReview:
        return Texts::tr("bản tự kiểm điểm");
    case ReportKind::CellRemarks:
        return Texts::tr("nhận xét của chi ủy");
    case ReportKind::AnnualRating:
        return Texts::tr("bản đánh giá, xếp loại chất lượng đảng viên");
    default:
        return Texts::tr("báo cáo (%1)").arg(displayName(kind));
    }
}

QString cellCommitteeName(const QString& cellName)
{
    const QString name = cellName.trimmed();
    if (name.isEmpty())
        return Texts::tr("Chi ủy chi bộ nơi đồng chí sinh hoạt");
    const QString prefix = QStringLiteral("chi bộ");
    if (name.startsWith(prefix, Qt::CaseInsensitive))
        return Texts::tr("Chi ủy chi bộ %1").arg(name.mid(prefix.size()).trimmed());
    return Texts::tr("Chi ủy %1").arg(name);
}

PartyDocument reminderLetter(const DocumentIssuer& issuer, const ReminderData& d)
{
    PartyDocument doc;
    issuer.applyTo(doc);
    const QString what = reportKindInLetter(d.kind);
    doc.header.subject = Texts::tr("V/v đôn đốc nộp %1").arg(what);
    doc.metadataTitle = Texts::tr("Công văn đôn đốc nộp %1 - %2").arg(what, d.memberName);

    const QString via = cellCommitteeName(d.cellName);
    Paragraph& to = doc.addParagraph(
        QList<TextRun>{TextRun{Texts::tr("Kính gửi: "), false, true},
                       TextRun{Texts::tr("Đồng chí %1, qua %2").arg(d.memberName, via), true, false}},
        ParagraphAlign::Center);
    to.firstLineIndentMm = 0;
    to.spaceAfterMm = 5;

    const QString where = d.countryName.isEmpty() ? QString() : Texts::tr(" (%1)").arg(d.countryName);
    doc.addParagraph(
        Texts::tr("Theo quy định về quản lý đảng viên ra nước ngoài, đồng chí có trách nhiệm nộp %1"
                  "%2 chậm nhất ngày %3.")
            .arg(what, where, dmy(d.dueDate)));
    doc.addParagraph(Texts::tr("Đến ngày %1, đã quá hạn %2 ngày, Đảng ủy chưa nhận được %3 của đồng chí.")
                         .arg(dmy(issuer.date), QString::number(d.daysLate), what));
    doc.addParagraph(Texts::tr("Đề nghị đồng chí hoàn thành và gửi %1 về Đảng ủy, qua %2, trước ngày %3. "
                               "Trường hợp đã nộp, đề nghị đồng chí báo lại để Văn phòng Đảng ủy đối chiếu.")
                         .arg(what, via, dmy(d.askBy)));
    doc.addParagraph(Texts::tr("Đề nghị %1 đôn đốc, nhắc nhở đồng chí thực hiện.").arg(via));

    if (doc.signature.recipients.isEmpty())
        doc.signature.recipients = {Texts::tr("Như trên;"), via + QLatin1Char(';'),
                                    Texts::tr("Lưu Văn phòng Đảng ủy.")};
    return doc;
}

} // namespace orec::reports
