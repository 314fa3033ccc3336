#include "app/export_service.h"

#include "reports/csv_writer.h"
#include "reports/xlsx_table_writer.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <algorithm>

namespace orec::app {

namespace {

QStringList headerRow(InterchangeTable table)
{
    QStringList header;
    for (const InterchangeColumn& c : interchangeColumns(table))
        header.append(QString::fromLatin1(c.header));
    return header;
}

// Values in the order of the table's columns, by header.
QStringList inColumnOrder(InterchangeTable table, const QHash<QString, QString>& values)
{
    QStringList row;
    for (const InterchangeColumn& c : interchangeColumns(table))
        row.append(values.value(QString::fromLatin1(c.header)));
    return row;
}

QString k(const char* header)
{
    return QString::fromLatin1(header);
}

// The rows as an Excel sheet: interchange keys as the header, dates as real Excel dates (what a clerk
// sorts and filters by), everything else as text so card numbers and citizen IDs keep their zeros.
Status writeXlsx(InterchangeTable table, const QList<QStringList>& rows, const QString& path)
{
    reports::ReportTable sheet;
    sheet.numbered = false;
    const QStringList header = rows.isEmpty() ? QStringList() : rows.first();
    QList<bool> isDate;
    for (const QString& h : header) {
        isDate << h.startsWith(QLatin1String("ngay_"));
        sheet.addColumn(h, h, 25, isDate.last() ? reports::ColumnType::Date : reports::ColumnType::Text);
    }
    sheet.items.reserve(rows.size());
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QVariantList cells;
        cells.reserve(header.size());
        const QStringList& row = rows.at(r);
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString value = row.value(c);
            if (isDate.at(c) && !value.isEmpty()) {
                auto d = parseInterchangeDate(value);
                cells << (d ? QVariant(*d) : QVariant(value));
            } else {
                cells << (value.isEmpty() ? QVariant() : QVariant(value));
            }
        }
        sheet.addRow(cells);
    }
    reports::XlsxWriteOptions options;
    options.useKeysAsHeaders = true;
    options.sheetName = interchangeTableName(table);
    return reports::XlsxTableWriter::write(sheet, path, options);
}

} // namespace

Result<QList<QStringList>> ExportService::table(InterchangeTable which)
{
    // The whole register in the interchange format is home's: a laptop's records go home in packages.
    OREC_TRY(m_session.require(Permission::ReadRecords, Where::HomeOnly));
    Database& db = m_session.database();
    QList<QStringList> out{headerRow(which)};
    auto units = PartyUnitRepository(db).list();
    if (!units)
        return units.error();
    QHash<qint64, QString> unitCode;
    for (const PartyUnit& u : *units)
        unitCode.insert(u.id, u.code);

    switch (which) {
    case InterchangeTable::Members: {
        OREC_TRY(MemberRepository(db).forEach([&](const Member& m) {
            out.append(inColumnOrder(
                which, {
                           {k(column::kFullName), m.fullName},
                           {k(column::kGender),
                            m.gender == Gender::Unspecified ? QString() : interchangeCode(m.gender)},
                           {k(column::kDateOfBirth), formatInterchangeDate(m.dateOfBirth)},
                           {k(column::kHometown), m.hometown},
                           {k(column::kCitizenId), m.citizenId},
                           {k(column::kPartyCard), m.partyCardNumber},
                           {k(column::kDossier), m.dossierNumber},
                           {k(column::kAdmission), formatInterchangeDate(m.admissionDate)},
                           {k(column::kFullMembership), formatInterchangeDate(m.fullMembershipDate)},
                           {k(column::kHomeUnit), unitCode.value(m.homeUnitId)},
                           {k(column::kPosition), m.position},
                           {k(column::kWorkplace), m.workplace},
                           {k(column::kPhone), m.phone},
                           {k(column::kEmail), m.email},
                           {k(column::kNotes), m.notes},
                       }));
            return true;
        }));
        break;
    }
    case InterchangeTable::Cells: {
        // Parents before children, so the file imports in one pass; siblings by code.
        QHash<qint64, QList<const PartyUnit*>> children;
        for (const PartyUnit& u : *units)
            children[u.parentId].append(&u);
        QList<const PartyUnit*> ordered;
        QList<qint64> queue{0};
        while (!queue.isEmpty()) {
            const qint64 parent = queue.takeFirst();
            QList<const PartyUnit*> kids = children.value(parent);
            std::sort(kids.begin(), kids.end(),
                      [](const PartyUnit* a, const PartyUnit* b) { return a->code < b->code; });
            for (const PartyUnit* u : kids) {
                ordered.append(u);
                queue.append(u->id);
            }
        }
        MemberRepository members(db);
        for (const PartyUnit* u : ordered) {
            QString secretary;
            if (u->secretaryMemberId != 0) {
                auto who = members.get(u->secretaryMemberId);
                if (who)
                    secretary = who->partyCardNumber;
            } else if (auto waiting = PartyUnitRepository(db).pendingSecretary(u->id); waiting) {
                secretary = *waiting; // named by an import, member not in the register yet
            }
            out.append(inColumnOrder(
                which, {
                           {k(column::kCellCode), u->code},
                           {k(column::kName), u->name},
                           {k(column::kCellType), u->cellType ? interchangeCode(*u->cellType) : QString()},
                           {k(column::kCountry), u->countryCode},
                           {k(column::kCity), u->city},
                           {k(column::kParent), unitCode.value(u->parentId)},
                           {k(column::kSecretary), secretary},
                           {k(column::kKind), unitKindCode(u->kind)},
                           {k(column::kOverseas), formatYesNo(u->overseas)},
                           {k(column::kEstablished), formatInterchangeDate(u->establishedDate)},
                           {k(column::kActive), formatYesNo(u->active)},
                       }));
        }
        break;
    }
    case InterchangeTable::Postings: {
        QHash<qint64, std::pair<QString, QString>> numbers; // member id -> card, citizen ID
        OREC_TRY(MemberRepository(db).forEach([&](const Member& m) {
            numbers.insert(m.id, {m.partyCardNumber, m.citizenId});
            return true;
        }));
        OREC_TRY(PostingRepository(db).forEach([&](const Posting& p) {
            const auto ids = numbers.value(p.memberId);
            out.append(inColumnOrder(
                which,
                {
                    {k(column::kPartyCard), ids.first},
                    {k(column::kCitizenId), ids.second},
                    {k(column::kPurpose), interchangeCode(p.purpose)},
                    {k(column::kCountry), p.countryCodes.join(QStringLiteral(", "))},
                    {k(column::kCity), p.city},
                    {k(column::kHost), p.hostOrganisation},
                    {k(column::kDecisionNo), p.decisionNumber},
                    {k(column::kDecisionDate), formatInterchangeDate(p.decisionDate)},
                    {k(column::kApprovingBody),
                     p.approvingCommitteeId != 0 ? unitCode.value(p.approvingCommitteeId) : p.decisionBody},
                    {k(column::kPlannedDeparture), formatInterchangeDate(p.plannedDeparture)},
                    {k(column::kPlannedReturn), formatInterchangeDate(p.plannedReturn)},
                    {k(column::kDeparture), formatInterchangeDate(p.actualDeparture)},
                    {k(column::kReturn), formatInterchangeDate(p.actualReturn)},
                    {k(column::kOverseasCell), unitCode.value(p.overseasCellId)},
                    {k(column::kArrangement), interchangeCode(p.arrangement)},
                    {k(column::kStatus), codeName(p.status)},
                    {k(column::kWithoutApproval), p.departedWithoutApproval ? formatYesNo(true) : QString()},
                }));
            return true;
        }));
        break;
    }
    }
    return out;
}

Result<int> ExportService::exportFile(InterchangeTable which, const QString& path)
{
    OREC_TRY(m_session.require(Permission::ReadRecords, Where::HomeOnly));
    auto rows = table(which);
    if (!rows)
        return rows.error();
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        OREC_TRY(writeXlsx(which, *rows, path));
    else
        OREC_TRY(reports::CsvWriter().writeFile(path, *rows));
    // A plaintext copy of records left the encrypted file: that is worth a line in the audit log.
    WriteScope scope(m_session.database(), Permission::ReadRecords);
    OREC_TRY(scope.status());
    OREC_TRY(scope.audit(QStringLiteral("export"), QFileInfo(path).fileName(),
                         QStringLiteral("export:") + interchangeTableName(which), {},
                         QJsonObject{{QStringLiteral("rows"), static_cast<int>(rows->size() - 1)}}));
    OREC_TRY(scope.commit());
    return static_cast<int>(rows->size() - 1);
}

} // namespace orec::app
