#include "reports/list_documents.h"

#include "core/country.h"
#include "core/person_name.h"
#include "core/text_folding.h"

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
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QVariant dateCell(const QDate& d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QString countriesText(const QStringList& codes)
{
    QStringList names;
    for (const QString& c : codes)
        names << countryName(c);
    return names.join(QStringLiteral(", "));
}

QString membersCount(int n)
{
    return Texts::tr("%1 đồng chí").arg(n);
}

void startDocument(PartyDocument& doc, const DocumentIssuer& issuer)
{
    issuer.applyTo(doc);
}

} // namespace

QString countryName(const QString& code)
{
    if (code.isEmpty())
        return {};
    const auto c = countryByCode(code);
    return c ? c->vietnameseName : code;
}

// ---------------------------------------------------------------- members abroad

ReportTable abroadTable(QList<MemberRow> rows, AbroadGrouping grouping, const QDate& asOf)
{
    ReportTable t;
    t.addColumn(QStringLiteral("ho_ten"), Texts::tr("Họ và tên"), 42);
    t.addColumn(QStringLiteral("ngay_sinh"), Texts::tr("Ngày sinh"), 20, ColumnType::Date,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("so_the_dang_vien"), Texts::tr("Số thẻ đảng viên"), 22, ColumnType::Text,
                ColumnAlign::Center);
    if (grouping == AbroadGrouping::CountryAndCell)
        t.addColumn(QStringLiteral("don_vi_sinh_hoat"), Texts::tr("Đơn vị sinh hoạt trong nước"), 40);
    else
        t.addColumn(QStringLiteral("noi_den"), Texts::tr("Nước, chi bộ ở nước ngoài"), 45);
    t.addColumn(QStringLiteral("muc_dich"), Texts::tr("Mục đích"), 25);
    t.addColumn(QStringLiteral("ngay_di"), Texts::tr("Ngày đi"), 20, ColumnType::Date, ColumnAlign::Center);
    t.addColumn(QStringLiteral("ngay_ve_du_kien"), Texts::tr("Ngày về dự kiến"), 20, ColumnType::Date,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("ghi_chu"), Texts::tr("Ghi chú"), 24);

    struct Keyed
    {
        QString group1, group2;
        QByteArray nameKey;
        const MemberRow* row;
    };
    QList<Keyed> keyed;
    keyed.reserve(rows.size());
    const QString noCell = Texts::tr("Chưa sinh hoạt tại chi bộ ở nước ngoài");
    for (const MemberRow& r : rows) {
        Keyed k;
        k.row = &r;
        k.nameKey = sortKey(r.fullName);
        if (grouping == AbroadGrouping::CountryAndCell) {
            k.group1 = countryName(r.countryCode);
            k.group2 = r.cellName.isEmpty() ? noCell : r.cellName;
        } else {
            k.group1 = r.homeUnitName.isEmpty() ? Texts::tr("Chưa rõ đơn vị") : r.homeUnitName;
        }
        keyed.append(k);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        const QString fa = foldForSearch(a.group1), fb = foldForSearch(b.group1);
        if (fa != fb)
            return fa < fb;
        if (a.group2 != b.group2)
            return foldForSearch(a.group2) < foldForSearch(b.group2);
        return a.nameKey < b.nameKey;
    });
    // Counts per group for the headings.
    QHash<QString, int> count1, count2;
    for (const Keyed& k : keyed) {
        ++count1[k.group1];
        ++count2[k.group1 + QChar(0x1f) + k.group2];
    }
    QString current1, current2;
    bool first = true;
    for (const Keyed& k : keyed) {
        if (first || k.group1 != current1) {
            t.addGroup(QStringLiteral("%1 (%2)").arg(k.group1, membersCount(count1.value(k.group1))), 0);
            current1 = k.group1;
            current2.clear();
            first = false;
            if (grouping == AbroadGrouping::CountryAndCell) {
                current2 = k.group2;
                t.addGroup(QStringLiteral("%1 (%2)").arg(
                               k.group2, membersCount(count2.value(k.group1 + QChar(0x1f) + k.group2))),
                           1);
            }
        } else if (grouping == AbroadGrouping::CountryAndCell && k.group2 != current2) {
            current2 = k.group2;
            t.addGroup(QStringLiteral("%1 (%2)").arg(
                           k.group2, membersCount(count2.value(k.group1 + QChar(0x1f) + k.group2))),
                       1);
        }
        const MemberRow& r = *k.row;
        QString where;
        if (grouping == AbroadGrouping::CountryAndCell) {
            where = r.homeUnitName;
        } else {
            where = countryName(r.countryCode);
            if (!r.city.isEmpty())
                where += QStringLiteral(" (%1)").arg(r.city);
            if (!r.cellName.isEmpty())
                where += QStringLiteral(", ") + r.cellName;
        }
        QStringList notes;
        if (r.isProbationary())
            notes << Texts::tr("Dự bị");
        if (r.daysOverdue > 0)
            notes << Texts::tr("Quá hạn về %1 ngày").arg(r.daysOverdue);
        if (r.presence == MemberPresence::LostContact || r.postingStatus == PostingStatus::LostContact)
            notes << Texts::tr("Mất liên lạc");
        t.addRow({r.fullName, dateCell(r.dateOfBirth), r.partyCardNumber, where, displayName(r.purpose),
                  dateCell(r.departure), dateCell(r.plannedReturn), notes.join(QStringLiteral("; "))});
    }
    t.addTotal({Texts::tr("Tổng cộng: %1").arg(membersCount(static_cast<int>(rows.size())))});
    Q_UNUSED(asOf)
    return t;
}

PartyDocument abroadDocument(const DocumentIssuer& issuer, const QList<MemberRow>& rows,
                             AbroadGrouping grouping, const QDate& asOf)
{
    PartyDocument doc;
    startDocument(doc, issuer);
    doc.title = Texts::tr("Danh sách");
    doc.subtitles << (grouping == AbroadGrouping::CountryAndCell
                          ? Texts::tr("đảng viên đang ở nước ngoài theo nước và chi bộ")
                          : Texts::tr("đảng viên đang ở nước ngoài theo đơn vị sinh hoạt trong nước"));
    doc.titleNotes << Texts::tr("(tính đến ngày %1)").arg(dmy(asOf));
    doc.addTable(abroadTable(rows, grouping, asOf));
    return doc;
}

// ---------------------------------------------------------------- departures and returns

namespace {

ReportTable movementTable(const QList<MovementRow>& rows, bool returns)
{
    ReportTable t;
    t.addColumn(QStringLiteral("ho_ten"), Texts::tr("Họ và tên"), 42);
    t.addColumn(QStringLiteral("so_the_dang_vien"), Texts::tr("Số thẻ đảng viên"), 22, ColumnType::Text,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("don_vi_sinh_hoat"), Texts::tr("Đơn vị sinh hoạt trong nước"), 38);
    t.addColumn(QStringLiteral("quoc_gia"), Texts::tr("Nước đến"), 25);
    t.addColumn(QStringLiteral("muc_dich"), Texts::tr("Mục đích"), 24);
    t.addColumn(QStringLiteral("so_quyet_dinh"), Texts::tr("Quyết định cử"), 24);
    t.addColumn(QStringLiteral("ngay_di"), Texts::tr("Ngày đi"), 20, ColumnType::Date, ColumnAlign::Center);
    if (returns)
        t.addColumn(QStringLiteral("ngay_ve"), Texts::tr("Ngày về"), 20, ColumnType::Date,
                    ColumnAlign::Center);
    else
        t.addColumn(QStringLiteral("ngay_ve_du_kien"), Texts::tr("Ngày về dự kiến"), 20, ColumnType::Date,
                    ColumnAlign::Center);
    QList<MovementRow> sorted = rows;
    std::stable_sort(sorted.begin(), sorted.end(), [returns](const MovementRow& a, const MovementRow& b) {
        const QDate da = returns ? a.actualReturn : a.departure;
        const QDate db = returns ? b.actualReturn : b.departure;
        if (da != db)
            return da < db;
        return compareNames(a.fullName, b.fullName) < 0;
    });
    for (const MovementRow& r : sorted)
        t.addRow({r.fullName, r.partyCardNumber, r.homeUnitName, countriesText(r.countryCodes),
                  displayName(r.purpose), r.decisionNumber, dateCell(r.departure),
                  dateCell(returns ? r.actualReturn : r.plannedReturn)});
    t.addTotal({Texts::tr("Cộng: %1 lượt").arg(rows.size())});
    return t;
}

} // namespace

ReportTable departuresTable(const QList<MovementRow>& rows)
{
    return movementTable(rows, false);
}

ReportTable returnsTable(const QList<MovementRow>& rows)
{
    return movementTable(rows, true);
}

PartyDocument movementsDocument(const DocumentIssuer& issuer, const QList<MovementRow>& departures,
                                const QList<MovementRow>& returns, const QDate& from, const QDate& to)
{
    PartyDocument doc;
    startDocument(doc, issuer);
    doc.title = Texts::tr("Danh sách");
    doc.subtitles << Texts::tr("đảng viên đi nước ngoài và về nước");
    doc.titleNotes << Texts::tr("(từ ngày %1 đến ngày %2)").arg(dmy(from), dmy(to));
    Paragraph& a = doc.addParagraph(
        QList<TextRun>{TextRun{Texts::tr("I. ĐẢNG VIÊN ĐI NƯỚC NGOÀI"), true, false}}, ParagraphAlign::Left);
    a.firstLineIndentMm = 0;
    doc.addTable(departuresTable(departures));
    Paragraph& b = doc.addParagraph(QList<TextRun>{TextRun{Texts::tr("II. ĐẢNG VIÊN VỀ NƯỚC"), true, false}},
                                    ParagraphAlign::Left);
    b.firstLineIndentMm = 0;
    doc.addTable(returnsTable(returns));
    return doc;
}

// ---------------------------------------------------------------- reports due

ReportTable reportsDueTable(const QList<ReportDueRow>& rows)
{
    ReportTable t;
    t.addColumn(QStringLiteral("ho_ten"), Texts::tr("Họ và tên"), 42);
    t.addColumn(QStringLiteral("so_the_dang_vien"), Texts::tr("Số thẻ đảng viên"), 22, ColumnType::Text,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("loai_bao_cao"), Texts::tr("Báo cáo phải nộp"), 38);
    t.addColumn(QStringLiteral("quoc_gia"), Texts::tr("Nước"), 24);
    t.addColumn(QStringLiteral("han_nop"), Texts::tr("Hạn nộp"), 20, ColumnType::Date, ColumnAlign::Center);
    t.addColumn(QStringLiteral("so_ngay_qua_han"), Texts::tr("Số ngày quá hạn"), 18, ColumnType::Number,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("ghi_chu"), Texts::tr("Ghi chú"), 22);
    // In the order given (the query's and the screen's: due date, then name), split in two.
    QList<ReportDueRow> overdue, soon;
    for (const ReportDueRow& r : rows)
        (r.daysLate > 0 ? overdue : soon).append(r);
    if (!overdue.isEmpty()) {
        t.addGroup(Texts::tr("Quá hạn (%1)").arg(overdue.size()));
        for (const ReportDueRow& r : overdue)
            t.addRow({r.memberName, r.partyCardNumber, displayName(r.kind), countryName(r.countryCode),
                      dateCell(r.dueDate), r.daysLate, QString()});
    }
    if (!soon.isEmpty()) {
        t.addGroup(Texts::tr("Sắp đến hạn (%1)").arg(soon.size()));
        for (const ReportDueRow& r : soon)
            t.addRow(
                {r.memberName, r.partyCardNumber, displayName(r.kind), countryName(r.countryCode),
                 dateCell(r.dueDate), QVariant(),
                 r.daysLate == 0 ? Texts::tr("Đến hạn hôm nay") : Texts::tr("Còn %1 ngày").arg(-r.daysLate)});
    }
    t.addTotal({Texts::tr("Cộng: %1 báo cáo").arg(rows.size())});
    return t;
}

PartyDocument reportsDueDocument(const DocumentIssuer& issuer, const QList<ReportDueRow>& rows,
                                 const QDate& asOf, const ReportDueFilter& filter)
{
    PartyDocument doc;
    startDocument(doc, issuer);
    doc.title = Texts::tr("Danh sách");
    // The title says what the list holds, as the filter chose it: a list of overdue reports promises no
    // reports due soon, and a window of 0 days is "today".
    const int within = std::max(0, filter.withinDays);
    if (filter.overdueOnly) {
        doc.subtitles << Texts::tr("báo cáo quá hạn của đảng viên ra nước ngoài");
        doc.titleNotes << Texts::tr("(tính đến ngày %1)").arg(dmy(asOf));
    } else if (!filter.includeOverdue) {
        doc.subtitles << (within == 0
                              ? Texts::tr("báo cáo của đảng viên ra nước ngoài đến hạn hôm nay")
                              : Texts::tr("báo cáo của đảng viên ra nước ngoài sắp đến hạn trong %1 ngày tới")
                                    .arg(within));
        doc.titleNotes << Texts::tr("(tính đến ngày %1)").arg(dmy(asOf));
    } else {
        doc.subtitles << (within == 0
                              ? Texts::tr("báo cáo của đảng viên ra nước ngoài quá hạn và đến hạn hôm nay")
                              : Texts::tr("báo cáo của đảng viên ra nước ngoài quá hạn và sắp đến hạn"));
        doc.titleNotes << (within == 0 ? Texts::tr("(tính đến ngày %1)").arg(dmy(asOf))
                                       : Texts::tr("(tính đến ngày %1; sắp đến hạn: trong %2 ngày tới)")
                                             .arg(dmy(asOf))
                                             .arg(within));
    }
    QStringList narrowed;
    if (filter.kind)
        narrowed << Texts::tr("loại báo cáo: %1").arg(displayName(*filter.kind));
    if (!filter.text.trimmed().isEmpty())
        narrowed << Texts::tr("tìm theo: “%1”").arg(filter.text.trimmed());
    if (!narrowed.isEmpty())
        doc.titleNotes << QStringLiteral("(") + narrowed.join(QStringLiteral("; ")) + QStringLiteral(")");
    doc.addTable(reportsDueTable(rows));
    return doc;
}

// ---------------------------------------------------------------- a list as a screen shows it

PartyDocument screenListDocument(const DocumentIssuer& issuer, const ReportTable& table, const QString& title,
                                 const QStringList& subtitles, const QStringList& notes)
{
    PartyDocument doc;
    startDocument(doc, issuer);
    doc.title = title;
    doc.subtitles = subtitles;
    doc.titleNotes = notes;
    doc.addTable(table);
    return doc;
}

// ---------------------------------------------------------------- one member's record

PartyDocument memberRecordDocument(const DocumentIssuer& issuer, const MemberHistory& history,
                                   const QDate& asOf)
{
    PartyDocument doc;
    startDocument(doc, issuer);
    const Member& m = history.member;
    doc.title = Texts::tr("Hồ sơ");
    doc.subtitles << Texts::tr("đảng viên ra nước ngoài");
    doc.titleNotes << Texts::tr("(tính đến ngày %1)").arg(dmy(asOf));

    const auto heading = [&doc](const QString& text) {
        Paragraph& p = doc.addParagraph(QList<TextRun>{TextRun{text, true, false}}, ParagraphAlign::Left);
        p.firstLineIndentMm = 0;
        p.spaceAfterMm = 2;
    };
    heading(Texts::tr("I. SƠ YẾU"));
    doc.addField(Texts::tr("Họ và tên"), m.fullName);
    doc.addField(Texts::tr("Giới tính"), m.gender == Gender::Unspecified ? QString() : displayName(m.gender));
    doc.addField(Texts::tr("Ngày sinh"), dmy(m.dateOfBirth));
    doc.addField(Texts::tr("Quê quán"), m.hometown);
    doc.addField(Texts::tr("Số CCCD"), m.citizenId);
    doc.addField(Texts::tr("Số thẻ đảng viên"),
                 m.partyCardNumber.isEmpty() ? Texts::tr("(đảng viên dự bị)") : m.partyCardNumber);
    if (!m.dossierNumber.isEmpty())
        doc.addField(Texts::tr("Số lý lịch"), m.dossierNumber);
    doc.addField(Texts::tr("Ngày vào Đảng"), dmy(m.admissionDate));
    doc.addField(Texts::tr("Ngày chính thức"),
                 m.fullMembershipDate.isValid() ? dmy(m.fullMembershipDate) : Texts::tr("(dự bị)"));
    doc.addField(Texts::tr("Đơn vị sinh hoạt trong nước"), history.homeUnitName);
    if (!m.position.isEmpty())
        doc.addField(Texts::tr("Chức vụ"), m.position);
    if (!m.workplace.isEmpty())
        doc.addField(Texts::tr("Nơi công tác"), m.workplace);
    doc.addSpacer(2);

    heading(Texts::tr("II. CÁC LẦN RA NƯỚC NGOÀI"));
    ReportTable postings;
    postings.addColumn(QStringLiteral("thoi_gian"), Texts::tr("Thời gian"), 30, ColumnType::Text,
                       ColumnAlign::Center);
    postings.addColumn(QStringLiteral("quoc_gia"), Texts::tr("Nước, nơi đến"), 30);
    postings.addColumn(QStringLiteral("muc_dich"), Texts::tr("Mục đích"), 22);
    postings.addColumn(QStringLiteral("quyet_dinh"), Texts::tr("Quyết định cử"), 28);
    postings.addColumn(QStringLiteral("chi_bo"), Texts::tr("Sinh hoạt đảng ở nước ngoài"), 32);
    postings.addColumn(QStringLiteral("trang_thai"), Texts::tr("Tình trạng"), 20);
    for (const PostingHistory& ph : history.postings) {
        const Posting& p = ph.posting;
        const QString when = QStringLiteral("%1 –\n%2")
                                 .arg(dmy(p.expectedDeparture()),
                                      p.actualReturn.isValid()
                                          ? dmy(p.actualReturn)
                                          : Texts::tr("%1 (dự kiến)").arg(dmy(p.effectivePlannedReturn())));
        QString where = countriesText(p.countryCodes);
        if (!p.city.isEmpty())
            where += QStringLiteral(" (%1)").arg(p.city);
        if (!p.hostOrganisation.isEmpty())
            where += QStringLiteral("\n") + p.hostOrganisation;
        QString decision = p.decisionNumber;
        if (p.decisionDate.isValid())
            decision += Texts::tr(" ngày %1").arg(dmy(p.decisionDate));
        if (!p.decisionBody.isEmpty())
            decision += QStringLiteral("\n") + p.decisionBody;
        QString party = displayName(p.arrangement);
        if (!ph.cellName.isEmpty())
            party += QStringLiteral("\n") + ph.cellName;
        postings.addRow({when, where, displayName(p.purpose), decision, party, displayName(p.status)});
    }
    postings.fontSizePt = 10;
    if (history.postings.isEmpty())
        doc.addParagraph(Texts::tr("Chưa có lần ra nước ngoài nào được ghi nhận."));
    else
        doc.addTable(postings);

    heading(Texts::tr("III. BÁO CÁO, TỰ KIỂM ĐIỂM, NHẬN XÉT"));
    ReportTable reports;
    reports.addColumn(QStringLiteral("loai"), Texts::tr("Loại"), 45);
    reports.addColumn(QStringLiteral("chuyen_di"), Texts::tr("Chuyến đi"), 35);
    reports.addColumn(QStringLiteral("han_nop"), Texts::tr("Hạn nộp"), 22, ColumnType::Date,
                      ColumnAlign::Center);
    reports.addColumn(QStringLiteral("ngay_nhan"), Texts::tr("Ngày nhận"), 22, ColumnType::Date,
                      ColumnAlign::Center);
    reports.addColumn(QStringLiteral("tinh_trang"), Texts::tr("Tình trạng"), 30);
    int count = 0;
    const auto addReports = [&](const QList<Report>& list, const QString& trip) {
        for (const Report& r : list) {
            reports.addRow({displayName(r.kind), trip, dateCell(r.dueDate), dateCell(r.receivedDate),
                            displayName(r.stateOn(asOf))});
            ++count;
        }
    };
    for (const PostingHistory& ph : history.postings)
        addReports(ph.reports, QStringLiteral("%1, %2").arg(countriesText(ph.posting.countryCodes),
                                                            dmy(ph.posting.expectedDeparture())));
    addReports(history.memberReports, QString());
    if (count == 0)
        doc.addParagraph(Texts::tr("Không có báo cáo nào."));
    else
        doc.addTable(reports);

    QList<Transfer> transfers = history.otherTransfers;
    for (const PostingHistory& ph : history.postings)
        transfers += ph.transfers;
    if (!transfers.isEmpty()) {
        heading(Texts::tr("IV. GIỚI THIỆU SINH HOẠT ĐẢNG"));
        ReportTable letters;
        letters.addColumn(QStringLiteral("so"), Texts::tr("Số đăng ký"), 20, ColumnType::Text,
                          ColumnAlign::Center);
        letters.addColumn(QStringLiteral("ngay"), Texts::tr("Ngày cấp"), 22, ColumnType::Date,
                          ColumnAlign::Center);
        letters.addColumn(QStringLiteral("hinh_thuc"), Texts::tr("Hình thức"), 38);
        letters.addColumn(QStringLiteral("chieu"), Texts::tr("Chiều"), 18);
        letters.addColumn(QStringLiteral("noi_den"), Texts::tr("Nơi đến"), 50);
        std::sort(transfers.begin(), transfers.end(),
                  [](const Transfer& a, const Transfer& b) { return a.issueDate < b.issueDate; });
        for (const Transfer& t : transfers)
            letters.addRow({t.registerNumber.toString(), dateCell(t.issueDate), displayName(t.kind),
                            displayName(t.direction), t.receivingUnitName});
        doc.addTable(letters);
    }
    doc.hasSignature = !issuer.signature.name.isEmpty() || !issuer.signature.position.isEmpty();
    return doc;
}

// ---------------------------------------------------------------- statistics

ReportTable countryCellTypeTable(const RegisterStatistics& s)
{
    ReportTable t;
    t.addColumn(QStringLiteral("quoc_gia"), Texts::tr("Nước"), 34);
    const QList<CellType> types = allValues<CellType>();
    const QString group = Texts::tr("Theo loại chi bộ ở nước ngoài");
    for (CellType type : types)
        t.addColumn(interchangeCode(type), displayName(type), 17, ColumnType::Number, ColumnAlign::Center)
            .group = group;
    t.addColumn(QStringLiteral("chua_vao_chi_bo"), Texts::tr("Chưa vào chi bộ"), 17, ColumnType::Number,
                ColumnAlign::Center)
        .group = group;
    t.addColumn(QStringLiteral("cong"), Texts::tr("Cộng"), 15, ColumnType::Number, ColumnAlign::Center);

    QMap<QString, QList<int>> byCountry; // folded name order below
    QList<int> totals(types.size() + 2, 0);
    for (const CountryCellTypeCount& c : s.byCountryAndCellType) {
        QList<int>& line = byCountry[c.countryCode];
        if (line.isEmpty())
            line = QList<int>(types.size() + 2, 0);
        const qsizetype col = c.cellType ? types.indexOf(*c.cellType) : types.size();
        line[col] += c.members;
        line[types.size() + 1] += c.members;
        totals[col] += c.members;
        totals[types.size() + 1] += c.members;
    }
    QStringList codes = byCountry.keys();
    std::sort(codes.begin(), codes.end(), [](const QString& a, const QString& b) {
        return foldForSearch(countryName(a)) < foldForSearch(countryName(b));
    });
    const auto cells = [](const QString& first, const QList<int>& values) {
        QVariantList v{first};
        for (int n : values)
            v << (n == 0 ? QVariant() : QVariant(n));
        return v;
    };
    for (const QString& code : codes)
        t.addRow(cells(countryName(code), byCountry.value(code)));
    t.addTotal(cells(Texts::tr("Cộng"), totals));
    t.fontSizePt = 10;
    return t;
}

ReportTable summaryTable(const RegisterStatistics& s, const std::optional<ReportTimeliness>& reports)
{
    ReportTable t;
    t.numbered = false; // the report lines are indented under their heading, not numbered
    t.addColumn(QStringLiteral("chi_tieu"), Texts::tr("Chỉ tiêu"), 110);
    t.addColumn(QStringLiteral("so_luong"), Texts::tr("Số lượng"), 30, ColumnType::Number,
                ColumnAlign::Center);
    t.addRow({Texts::tr("Lượt đảng viên ở nước ngoài trong kỳ"), s.postings});
    t.addRow({Texts::tr("Số đảng viên ở nước ngoài trong kỳ"), s.members});
    t.addRow({Texts::tr("Lượt đi nước ngoài trong kỳ"), s.departures});
    t.addRow({Texts::tr("Lượt về nước trong kỳ"), s.returns});
    t.addRow({Texts::tr("Đi nước ngoài khi chưa được phê duyệt"), s.unapprovedDepartures});
    if (reports && reports->receivedOnTime >= 0 && reports->receivedLate >= 0) {
        const int due =
            reports->receivedOnTime + reports->receivedLate + reports->overdue + reports->notYetDue;
        t.addRow({Texts::tr("Báo cáo của đảng viên đến hạn trong kỳ"), due});
        t.addRow({Texts::tr("– nộp đúng hạn"), reports->receivedOnTime});
        t.addRow({Texts::tr("– nộp muộn"), reports->receivedLate});
        t.addRow({Texts::tr("– quá hạn chưa nộp"), reports->overdue});
        if (reports->notYetDue > 0)
            t.addRow({Texts::tr("– chưa đến hạn"), reports->notYetDue});
    } else if (reports) {
        t.addRow({Texts::tr("Báo cáo quá hạn chưa nộp tính đến cuối kỳ"), reports->overdue});
    }
    t.fontSizePt = 10;
    return t;
}

ReportTable purposeTable(const RegisterStatistics& s)
{
    ReportTable t;
    t.addColumn(QStringLiteral("muc_dich"), Texts::tr("Mục đích"), 50);
    t.addColumn(QStringLiteral("so_luot"), Texts::tr("Số lượt ở nước ngoài trong kỳ"), 28, ColumnType::Number,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("so_dang_vien"), Texts::tr("Số đảng viên"), 24, ColumnType::Number,
                ColumnAlign::Center);
    t.addColumn(QStringLiteral("di"), Texts::tr("Đi trong kỳ"), 22, ColumnType::Number, ColumnAlign::Center);
    t.addColumn(QStringLiteral("ve"), Texts::tr("Về trong kỳ"), 22, ColumnType::Number, ColumnAlign::Center);
    int postings = 0, members = 0, departures = 0, returns = 0;
    for (const PurposeCount& p : s.byPurpose) {
        t.addRow({displayName(p.purpose), p.postings, p.members, p.departures, p.returns});
        postings += p.postings;
        members += p.members;
        departures += p.departures;
        returns += p.returns;
    }
    t.addTotal({Texts::tr("Cộng"), postings, members, departures, returns});
    return t;
}

BarChart cellTypeChart(const RegisterStatistics& s)
{
    BarChart chart;
    chart.title = Texts::tr("Đảng viên ở nước ngoài trong kỳ theo loại chi bộ");
    const QList<CellType> types = allValues<CellType>();
    QList<double> values(types.size() + 1, 0);
    for (const CountryCellTypeCount& c : s.byCountryAndCellType)
        values[c.cellType ? types.indexOf(*c.cellType) : types.size()] += c.members;
    for (CellType type : types)
        chart.categories << displayName(type);
    chart.categories << Texts::tr("Chưa vào chi bộ");
    chart.series << ChartSeries{Texts::tr("Số đảng viên"), values};
    return chart;
}

PartyDocument statisticsDocument(const DocumentIssuer& issuer, const RegisterStatistics& s,
                                 const std::optional<ReportTimeliness>& reports, const QImage& dashboardChart)
{
    PartyDocument doc;
    startDocument(doc, issuer);
    doc.title = Texts::tr("Báo cáo thống kê");
    doc.subtitles << Texts::tr("đảng viên ra nước ngoài");
    doc.titleNotes << Texts::tr("(từ ngày %1 đến ngày %2)").arg(dmy(s.from), dmy(s.to));
    const auto heading = [&doc](const QString& text) {
        Paragraph& p = doc.addParagraph(QList<TextRun>{TextRun{text, true, false}}, ParagraphAlign::Left);
        p.firstLineIndentMm = 0;
    };
    heading(Texts::tr("I. TỔNG HỢP"));
    doc.addTable(summaryTable(s, reports));
    heading(Texts::tr("II. ĐẢNG VIÊN Ở NƯỚC NGOÀI THEO NƯỚC VÀ LOẠI CHI BỘ"));
    doc.addTable(countryCellTypeTable(s));
    heading(Texts::tr("III. THEO MỤC ĐÍCH RA NƯỚC NGOÀI"));
    doc.addTable(purposeTable(s));
    heading(Texts::tr("IV. BIỂU ĐỒ"));
    if (!dashboardChart.isNull())
        doc.addImage(dashboardChart, 85);
    else
        doc.addChart(cellTypeChart(s), 80);
    return doc;
}

} // namespace orec::reports
