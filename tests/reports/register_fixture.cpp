#include "register_fixture.h"

#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/report_repository.h"
#include "storage/transfer_repository.h"

#include <QStringList>
#include <algorithm>
#include <stdexcept>

namespace orec::test {

namespace {

void check(const Status& s, const char* what)
{
    if (!s.ok())
        throw std::runtime_error(std::string(what) + ": " + s.error().toString().toStdString());
}

const QStringList kFamily = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
                             QStringLiteral("Phạm"),   QStringLiteral("Hoàng"), QStringLiteral("Vũ"),
                             QStringLiteral("Đặng"),   QStringLiteral("Bùi"),   QStringLiteral("Đỗ"),
                             QStringLiteral("Hồ"),     QStringLiteral("Ngô"),   QStringLiteral("Dương")};
const QStringList kMiddle = {QStringLiteral("Văn"), QStringLiteral("Thị"),       QStringLiteral("Minh"),
                             QStringLiteral("Thu"), QStringLiteral("Quốc"),      QStringLiteral("Ngọc"),
                             QStringLiteral("Đức"), QStringLiteral("Thị Thanh"), QStringLiteral("Hữu"),
                             QStringLiteral("Xuân")};
const QStringList kGiven = {
    QStringLiteral("An"),    QStringLiteral("Bình"), QStringLiteral("Cường"),  QStringLiteral("Dũng"),
    QStringLiteral("Giang"), QStringLiteral("Hà"),   QStringLiteral("Hải"),    QStringLiteral("Hằng"),
    QStringLiteral("Khánh"), QStringLiteral("Lan"),  QStringLiteral("Long"),   QStringLiteral("Mai"),
    QStringLiteral("Nam"),   QStringLiteral("Ngọc"), QStringLiteral("Phương"), QStringLiteral("Quân"),
    QStringLiteral("Sơn"),   QStringLiteral("Thảo"), QStringLiteral("Trang"),  QStringLiteral("Tuấn"),
    QStringLiteral("Việt"),  QStringLiteral("Yến")};
const QStringList kProvinces = {QStringLiteral("Hà Nội"),    QStringLiteral("Nghệ An"),
                                QStringLiteral("Thái Bình"), QStringLiteral("Huế"),
                                QStringLiteral("Đà Nẵng"),   QStringLiteral("Hải Phòng"),
                                QStringLiteral("Quảng Nam"), QStringLiteral("Cần Thơ")};

PartyUnit unit(const QString& code, const QString& name, UnitKind kind, qint64 parent)
{
    PartyUnit u;
    u.code = code;
    u.name = name;
    u.kind = kind;
    u.parentId = parent;
    return u;
}

} // namespace

SeededRegister seedRegister(Database& db, int memberCount, const QDate& today)
{
    SeededRegister seeded;
    WriteScope scope(db);
    check(scope.status(), "scope");
    PartyUnitRepository units(db);
    PartyUnit top =
        unit(QStringLiteral("DUBNG"), QStringLiteral("Đảng ủy Bộ Ngoại giao"), UnitKind::Committee, 0);
    check(units.insert(scope, top), "committee");
    seeded.committeeId = top.id;
    QList<qint64> homeCells;
    const QStringList homeNames = {QStringLiteral("Chi bộ Vụ Lễ tân"), QStringLiteral("Chi bộ Cục Lãnh sự"),
                                   QStringLiteral("Chi bộ Vụ Tổ chức cán bộ"),
                                   QStringLiteral("Chi bộ Học viện Ngoại giao")};
    for (int i = 0; i < homeNames.size(); ++i) {
        PartyUnit c = unit(QStringLiteral("CB%1").arg(i + 1), homeNames.at(i), UnitKind::Cell, top.id);
        check(units.insert(scope, c), "home cell");
        homeCells << c.id;
    }
    struct Overseas
    {
        const char* code;
        const char* country;
        const char* city;
        CellType type;
        QString name;
    };
    const QList<Overseas> overseas = {
        {"JP-LHS", "JP", "Tô-ky-ô", CellType::Student, QStringLiteral("Chi bộ lưu học sinh tại Tô-ky-ô")},
        {"KR-LD", "KR", "Xơ-un", CellType::Labour, QStringLiteral("Chi bộ lao động tại Xơ-un")},
        {"DE-CQ", "DE", "Béc-lin", CellType::Embassy, QStringLiteral("Chi bộ Đại sứ quán tại Đức")},
        {"US-CG", "US", "Oa-sinh-tơn", CellType::Expert, QStringLiteral("Chi bộ chuyên gia tại Hoa Kỳ")},
        {"FR-PN", "FR", "Pa-ri", CellType::Spouse, QStringLiteral("Chi bộ phu nhân, phu quân tại Pháp")},
        {"RU-TL", "RU", "Mát-xcơ-va", CellType::SelfEmployed,
         QStringLiteral("Chi bộ tự lập nghiệp tại Mát-xcơ-va")},
    };
    QList<PartyUnit> cells;
    for (const Overseas& o : overseas) {
        PartyUnit c = unit(QString::fromLatin1(o.code), o.name, UnitKind::Cell, top.id);
        c.overseas = true;
        c.cellType = o.type;
        c.countryCode = QString::fromLatin1(o.country);
        c.city = QString::fromUtf8(o.city);
        check(units.insert(scope, c), "overseas cell");
        cells << c;
    }
    const PostingPurpose purposeFor[] = {PostingPurpose::Study,
                                         PostingPurpose::Labour,
                                         PostingPurpose::OfficialMission,
                                         PostingPurpose::Expert,
                                         PostingPurpose::AccompanyingSpouse,
                                         PostingPurpose::SelfEmployed};

    MemberRepository members(db);
    PostingRepository postings(db);
    ReportRepository reports(db);
    TransferRepository transfers(db);
    const QDate periodStart = today.addDays(-90);
    QList<Transfer> pending;
    for (int i = 0; i < memberCount; ++i) {
        Member m;
        m.fullName = i == 7 ? QStringLiteral("Nguyễn Thị Ngọc Ánh")
                            : QStringLiteral("%1 %2 %3")
                                  .arg(kFamily.at(i % kFamily.size()), kMiddle.at((i / 3) % kMiddle.size()),
                                       kGiven.at((i * 7) % kGiven.size()));
        m.gender = kMiddle.at((i / 3) % kMiddle.size()).startsWith(QStringLiteral("Thị")) || i == 7
                       ? Gender::Female
                       : Gender::Male;
        m.dateOfBirth = QDate(1970 + i % 30, 1 + i % 12, 1 + (i * 3) % 28);
        m.hometown = kProvinces.at(i % kProvinces.size());
        m.citizenId = QStringLiteral("0%1").arg(1090000000LL + i * 7919LL, 11, 10, QLatin1Char('0'));
        m.admissionDate = m.dateOfBirth.addYears(22 + i % 5);
        if (i % 9 != 4) {
            m.fullMembershipDate = m.admissionDate.addYears(1);
            m.partyCardNumber = QStringLiteral("%1").arg(10200000 + i * 37);
        }
        m.dossierNumber = QStringLiteral("%1HN").arg(100000 + i, 6, 10, QLatin1Char('0'));
        m.homeUnitId = homeCells.at(i % homeCells.size());
        m.position = QStringLiteral("Chuyên viên");
        check(members.insert(scope, m), "member");
        seeded.memberIds << m.id;

        // Three in four members have a posting; two thirds of those are abroad now.
        if (i % 4 == 3 && i != 7)
            continue;
        const int c = (i == 7) ? 0 : i % cells.size();
        Posting p;
        p.memberId = m.id;
        p.purpose = purposeFor[c];
        p.countryCodes = {cells.at(c).countryCode};
        p.city = cells.at(c).city;
        p.hostOrganisation =
            c == 0 ? QStringLiteral("Đại học Tô-ky-ô") : QStringLiteral("Cơ quan tiếp nhận %1").arg(i);
        p.decisionNumber = QStringLiteral("%1/QĐ-BNG").arg(1000 + i);
        p.decisionBody = QStringLiteral("Bộ Ngoại giao");
        p.approvingCommitteeId = top.id;
        const bool abroad = i % 3 != 2;
        p.plannedDeparture = today.addDays(abroad ? -(20 + (i * 13) % 400) : -(200 + (i * 7) % 100));
        p.decisionDate = p.plannedDeparture.addDays(-30);
        p.approvalDate = p.plannedDeparture.addDays(-20);
        p.plannedReturn = abroad ? today.addDays(-10 + (i * 29) % 700) : today.addDays(-(5 + (i * 11) % 80));
        p.actualDeparture = p.plannedDeparture;
        p.arrangement = PartyActivityArrangement::TemporaryTransfer;
        if (abroad) {
            p.status = PostingStatus::InOverseasCell;
            p.overseasCellId = cells.at(c).id;
        } else {
            p.actualReturn = p.plannedReturn;
            p.status = PostingStatus::Returned;
        }
        check(postings.insert(scope, p), "posting");
        if (abroad)
            seeded.abroadMemberIds << m.id;
        if (p.actualDeparture >= periodStart)
            ++seeded.departedInPeriod;
        if (!abroad && p.actualReturn >= periodStart)
            ++seeded.returnedInPeriod;
        if (!abroad) {
            Report r;
            r.kind = ReportKind::Return;
            r.postingId = p.id;
            r.memberId = m.id;
            r.dueDate = p.actualReturn.addDays(15);
            if (i % 2 == 0)
                r.receivedDate = r.dueDate.addDays(-3);
            else if (r.dueDate < today)
                ++seeded.overdueReports;
            check(reports.insert(scope, r), "report");
        }
        if (abroad && i % 5 == 0) {
            Transfer t;
            t.kind = c == 1 ? TransferKind::LabourExport : TransferKind::Temporary;
            t.direction = TransferDirection::Out;
            t.issuingCommitteeId = top.id;
            t.issueDate = p.actualDeparture.addDays(-5);
            t.memberId = m.id;
            t.postingId = p.id;
            t.receivingUnitId = cells.at(c).id;
            t.receivingUnitName = cells.at(c).name;
            t.partyCardNumber = m.partyCardNumber;
            t.dossierNumber = m.dossierNumber;
            t.duesPaidUpTo = QDate(t.issueDate.year(), t.issueDate.month(), 1);
            pending << t;
        }
    }
    // The register only moves forward: letters go in by date.
    std::sort(pending.begin(), pending.end(),
              [](const Transfer& a, const Transfer& b) { return a.issueDate < b.issueDate; });
    for (Transfer& t : pending) {
        check(transfers.insert(scope, t), "transfer");
        (t.kind == TransferKind::LabourExport ? seeded.labourExportTransferIds : seeded.temporaryTransferIds)
            << t.id;
    }
    check(scope.commit(), "commit");
    return seeded;
}

} // namespace orec::test
