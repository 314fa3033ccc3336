#include "app/import_service.h"

#include "core/accepted_codes.h"
#include "core/country.h"
#include "core/result_try.h"
#include "core/spreadsheet_values.h"
#include "core/text_folding.h"
#include "core/validation.h"
#include "reports/csv_reader.h"
#include "reports/csv_writer.h"
#include "reports/xlsx_reader.h"
#include "reports/xlsx_table_writer.h"
#include "storage/bulk_index_suspension.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/repository_support.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <algorithm>
#include <functional>
#include <optional>
#include <variant>

namespace orec::app {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::app)
};

// Milliseconds since `timer` last started, and starts it again: one phase of an import.
double lap(QElapsedTimer& timer)
{
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return ms;
}

Error cancelledError()
{
    return Error(ErrorCode::Cancelled, Texts::tr("The import was stopped; the register is unchanged."));
}

// Whether the import goes on: asks `options.progress` at the first of every 256 rows and at the last.
bool goOn(const ImportOptions& options, ImportStage stage, qint64 done, qint64 total)
{
    if (!options.progress || (done % 256 != 0 && done != total))
        return true;
    return options.progress(stage, done, total);
}

QString key(const char* header)
{
    return QString::fromLatin1(header);
}

// Rows to .xlsx (all text, so numbers keep their leading zeros) or to CSV with a BOM.
Status writeRows(const QString& path, const QList<QStringList>& rows)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
        return reports::CsvWriter().writeFile(path, rows);
    reports::ReportTable table;
    table.numbered = false;
    const QStringList header = rows.isEmpty() ? QStringList() : rows.first();
    for (const QString& h : header)
        table.addColumn(h, h, 25);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QVariantList cells;
        for (const QString& v : rows.at(i))
            cells << v;
        table.addRow(cells);
    }
    reports::XlsxWriteOptions options;
    options.useKeysAsHeaders = true;
    return reports::XlsxTableWriter::write(table, path, options);
}

struct Row
{
    int line = 0;
    QStringList fields;
    QList<ImportProblem> problems;
};

// Which column of the file holds which interchange column.
class Header
{
public:
    Header(InterchangeTable table, const QStringList& headers, const ColumnMap& map)
    {
        const QStringList fields = fieldsOfColumns(table, headers, map);
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QString text = headers[i].trimmed();
            if (!fields[i].isEmpty()) {
                m_index.insert(fields[i], static_cast<int>(i));
                m_text.insert(fields[i], text);
            } else if (!text.isEmpty()) {
                m_ignored.append(text);
            }
        }
    }
    bool has(const char* header) const { return m_index.contains(key(header)); }
    QString value(const Row& row, const char* header) const
    {
        const int i = m_index.value(key(header), -1);
        return i >= 0 && i < row.fields.size() ? row.fields[i].trimmed() : QString();
    }
    // The header as the file writes it, for messages.
    QString label(const QString& column) const { return m_text.value(column, column); }
    QString label(const char* header) const { return label(key(header)); }
    // The 0-based column of the file that feeds `column`; -1 when none does.
    int index(const QString& column) const { return m_index.value(column, -1); }
    const QStringList& ignored() const { return m_ignored; }
    int columns() const { return static_cast<int>(m_index.size() + m_ignored.size()); }

private:
    QHash<QString, int> m_index;
    QHash<QString, QString> m_text;
    QStringList m_ignored;
};

class Importer
{
public:
    Importer(Session& session, InterchangeTable table, const ImportOptions& options)
        : m_session(session), m_db(session.database()), m_table(table), m_options(options),
          m_today(session.clock().today())
    {}

    Result<ImportReport> run(const ImportSheet& sheet, const QString& sourceName);

private:
    void problem(Row& row, const QString& column, const QString& reason)
    {
        row.problems.append(ImportProblem{row.line, column.isEmpty() ? QString() : m_header->label(column),
                                          reason, column.isEmpty() ? -1 : m_header->index(column)});
    }
    void problem(Row& row, const char* column, const QString& reason) { problem(row, key(column), reason); }
    QDate date(Row& row, const char* column);
    void normalise(const ImportSheet& sheet);
    std::optional<Member> cardChangeOf(Row& row, const Member& m, QHash<qint64, int>& changedInFile);
    void checkEarlierCard(Row& row, const QString& card, qint64 memberId);
    // False once the caller asked to stop (then m_cancelled is set).
    bool tick(ImportStage stage, qint64 done)
    {
        if (!m_cancelled && !goOn(m_options, stage, done, m_rows.size()))
            m_cancelled = true;
        return !m_cancelled;
    }
    void fieldProblems(Row& row, const FieldErrors& problems);

    void checkMembers();
    void checkCells();
    void checkPostings();
    Status writeMembers(WriteScope& scope);
    Status writeCells(WriteScope& scope);
    Status writePostings(WriteScope& scope);
    Result<std::optional<PartyUnit>> unitByText(const QString& text);

    Session& m_session;
    Database& m_db;
    InterchangeTable m_table;
    const ImportOptions& m_options;
    QDate m_today;
    std::optional<Header> m_header;
    QList<Row> m_rows;
    QList<Member> m_members;
    QList<PartyUnit> m_units;
    QStringList m_parents;            // cells: the parent as written, resolved when writing
    QStringList m_pendingSecretaries; // cells: a secretary's card number no member has yet
    int m_secretariesSet = 0;         // members: cells that got their waiting secretary
    QList<Posting> m_postings;
    QHash<QString, std::optional<PartyUnit>> m_unitCache;
    QList<ImportProblem> m_warnings;
    QList<ImportDuplicate> m_duplicates;
    QList<ImportChange> m_changes;
    QList<qint64> m_cardChangeOf; // members: the member whose card number the row changes; 0 = a new member
    int m_cardChanges = 0;
    int m_written = 0;
    double m_indexMs = 0; // building the suspended indexes again, within the write
    bool m_cancelled = false;
};

QDate Importer::date(Row& row, const char* column)
{
    // A value the normaliser refused has its reason already.
    for (const ImportProblem& p : std::as_const(row.problems)) {
        if (p.sourceColumn >= 0 && p.sourceColumn == m_header->index(key(column)))
            return {};
    }
    auto parsed = parseInterchangeDate(m_header->value(row, column));
    if (!parsed) {
        problem(row, column, parsed.error().message);
        return {};
    }
    return *parsed;
}

// Card numbers, citizen IDs and dates as offices type them (core/spreadsheet_values.h): each value read
// otherwise than written is kept as a change for the preview, each one that cannot be read is a problem
// of its cell that says how to fix the sheet.
void Importer::normalise(const ImportSheet& sheet)
{
    enum class Kind { Card, CitizenId, Date };
    QList<std::pair<const char*, Kind>> columns;
    switch (m_table) {
    case InterchangeTable::Members:
        columns = {{column::kPartyCard, Kind::Card},
                   {column::kCitizenId, Kind::CitizenId},
                   {column::kDateOfBirth, Kind::Date},
                   {column::kAdmission, Kind::Date},
                   {column::kFullMembership, Kind::Date}};
        break;
    case InterchangeTable::Cells:
        columns = {{column::kSecretary, Kind::Card}, {column::kEstablished, Kind::Date}};
        break;
    case InterchangeTable::Postings:
        columns = {{column::kPartyCard, Kind::Card},     {column::kCitizenId, Kind::CitizenId},
                   {column::kDecisionDate, Kind::Date},  {column::kPlannedDeparture, Kind::Date},
                   {column::kPlannedReturn, Kind::Date}, {column::kDeparture, Kind::Date},
                   {column::kReturn, Kind::Date}};
        break;
    }
    QSet<int> dataLines;
    for (const Row& row : std::as_const(m_rows))
        dataLines.insert(row.line);
    for (const ImportChange& fill : sheet.filled) {
        if (dataLines.contains(fill.line))
            m_changes.append(fill);
    }
    for (Row& row : m_rows) {
        for (const auto& [name, kind] : std::as_const(columns)) {
            const int col = m_header->index(key(name));
            if (col < 0 || col >= row.fields.size())
                continue;
            const QString text = row.fields.at(col).trimmed();
            const bool numeric = sheet.isNumeric(row.line, col);
            const NormalisedValue n = kind == Kind::Card ? normalisePartyCardNumber(text, numeric)
                                      : kind == Kind::CitizenId
                                          ? normaliseCitizenId(text, numeric)
                                          : normaliseDate(text, numeric, sheet.date1904);
            if (!n.ok()) {
                problem(row, name, n.error);
                continue;
            }
            if (n.changed()) {
                m_changes.append({row.line, m_header->label(name), col, text, n.value, n.change});
                row.fields[col] = n.value;
            }
        }
    }
    std::stable_sort(m_changes.begin(), m_changes.end(), [](const ImportChange& a, const ImportChange& b) {
        return a.line != b.line ? a.line < b.line : a.sourceColumn < b.sourceColumn;
    });
}

void Importer::fieldProblems(Row& row, const FieldErrors& problems)
{
    // What the record's own form would flag without refusing it (probation long over, a probationary member
    // with a card...) is said here too, so the clerk sees it before the rows are in the register.
    for (const FieldError& w : problems) {
        if (w.isError())
            continue;
        const QString column = columnForField(m_table, w.field);
        m_warnings.append({row.line, column.isEmpty() ? QString() : m_header->label(column), w.message,
                           column.isEmpty() ? -1 : m_header->index(column)});
    }
    for (const FieldError& e : errorsOnly(problems)) {
        const QString column = columnForField(m_table, e.field);
        // A value that could not be read has its problem already; validation would only repeat it in
        // other words ("not a country", then "a country is required").
        bool seen = false;
        for (const ImportProblem& p : row.problems)
            seen = seen || (!column.isEmpty() && p.column == m_header->label(column));
        if (!seen)
            problem(row, column, e.message);
    }
}

Result<std::optional<PartyUnit>> Importer::unitByText(const QString& text)
{
    const auto it = m_unitCache.constFind(text);
    if (it != m_unitCache.constEnd())
        return *it;
    OREC_TRY_ASSIGN(auto found, PartyUnitRepository(m_db).findByCodeOrName(text));
    m_unitCache.insert(text, found);
    return found;
}

// ---- members ------------------------------------------------------------------------------------

void Importer::checkMembers()
{
    const Header& h = *m_header;
    MemberRepository repo(m_db);
    QHash<QString, int> cards;
    QHash<QString, int> citizenIds;
    QHash<qint64, int> changedInFile; // member -> the line that changes their card
    // Sized once: a growing list of 100,000 members would copy every one of them many times over.
    m_members.reserve(m_rows.size());
    cards.reserve(m_rows.size());
    citizenIds.reserve(m_rows.size());
    qint64 checked = 0;
    for (Row& row : m_rows) {
        if (!tick(ImportStage::Checking, checked++))
            return;
        Member m;
        m.fullName = h.value(row, column::kFullName);
        if (const QString g = h.value(row, column::kGender); !g.isEmpty()) {
            if (auto gender = fromInterchangeCode<Gender>(g))
                m.gender = *gender;
            else
                problem(row, column::kGender, Texts::tr("\"%1\" is not a gender; write Nam or Nữ.").arg(g));
        }
        m.dateOfBirth = date(row, column::kDateOfBirth);
        m.hometown = h.value(row, column::kHometown);
        m.citizenId = MemberRepository::normaliseNumber(h.value(row, column::kCitizenId));
        m.partyCardNumber = MemberRepository::normaliseNumber(h.value(row, column::kPartyCard));
        m.dossierNumber = h.value(row, column::kDossier);
        m.admissionDate = date(row, column::kAdmission);
        m.fullMembershipDate = date(row, column::kFullMembership);
        if (const QString unit = h.value(row, column::kHomeUnit); !unit.isEmpty()) {
            auto found = unitByText(unit);
            if (found && *found)
                m.homeUnitId = (*found)->id;
            else
                problem(row, column::kHomeUnit, Texts::tr("No unit has the code or name \"%1\".").arg(unit));
        }
        m.position = h.value(row, column::kPosition);
        m.workplace = h.value(row, column::kWorkplace);
        m.phone = h.value(row, column::kPhone);
        m.email = h.value(row, column::kEmail);
        m.notes = h.value(row, column::kNotes);
        // A row that gives a member of the register a new card number (the 2025 re-issue): found by the
        // card it replaces (so_the_cu), else by the citizen ID with another card.
        const std::optional<Member> renewed = cardChangeOf(row, m, changedInFile);
        m_cardChangeOf.append(renewed ? renewed->id : 0);
        if (renewed) {
            Member updated = *renewed;
            updated.partyCardNumber = m.partyCardNumber;
            fieldProblems(row, validate(updated, m_today));
            if (const int first = cards.value(m.partyCardNumber); first > 0)
                problem(row, column::kPartyCard,
                        Texts::tr("The party card number %1 is also on line %2 of the file.")
                            .arg(m.partyCardNumber)
                            .arg(first));
            else
                cards.insert(m.partyCardNumber, row.line);
            checkEarlierCard(row, m.partyCardNumber, renewed->id);
            if (auto holder = repo.findByPartyCard(m.partyCardNumber); holder && *holder)
                problem(row, column::kPartyCard,
                        Texts::tr("The party card number %1 already belongs to %2 in the register.")
                            .arg(m.partyCardNumber, (*holder)->fullName));
            m_warnings.append(
                {row.line, h.label(column::kPartyCard),
                 Texts::tr(
                     "The card number of %1 changes from %2 to %3; %2 is kept as an earlier number. The "
                     "row's other values are not imported.")
                     .arg(renewed->fullName, renewed->partyCardNumber, m.partyCardNumber),
                 h.index(column::kPartyCard)});
            m_members.append(updated);
            continue;
        }
        fieldProblems(row, validate(m, m_today));
        checkEarlierCard(row, m.partyCardNumber, 0);

        if (!m.partyCardNumber.isEmpty()) {
            if (const int first = cards.value(m.partyCardNumber); first > 0) {
                problem(row, column::kPartyCard,
                        Texts::tr("The party card number %1 is also on line %2 of the file.")
                            .arg(m.partyCardNumber)
                            .arg(first));
                m_duplicates.append({row.line, h.label(column::kPartyCard), m.partyCardNumber, first, 0, {}});
            } else {
                cards.insert(m.partyCardNumber, row.line);
            }
            auto existing = repo.findByPartyCard(m.partyCardNumber);
            if (existing && *existing) {
                problem(row, column::kPartyCard,
                        Texts::tr("The party card number %1 already belongs to %2 in the register.")
                            .arg(m.partyCardNumber, (*existing)->fullName));
                m_duplicates.append({row.line, h.label(column::kPartyCard), m.partyCardNumber, 0,
                                     (*existing)->id, (*existing)->fullName});
            }
        }
        if (!m.citizenId.isEmpty()) {
            if (const int first = citizenIds.value(m.citizenId); first > 0) {
                problem(row, column::kCitizenId,
                        Texts::tr("The citizen ID %1 is also on line %2 of the file.")
                            .arg(m.citizenId)
                            .arg(first));
                m_duplicates.append({row.line, h.label(column::kCitizenId), m.citizenId, first, 0, {}});
            } else {
                citizenIds.insert(m.citizenId, row.line);
            }
            auto existing = repo.findByCitizenId(m.citizenId);
            if (existing && *existing) {
                problem(row, column::kCitizenId,
                        Texts::tr("The citizen ID %1 already belongs to %2 in the register.")
                            .arg(m.citizenId, (*existing)->fullName));
                m_duplicates.append({row.line, h.label(column::kCitizenId), m.citizenId, 0, (*existing)->id,
                                     (*existing)->fullName});
            }
        }
        m_members.append(m);
    }
}

std::optional<Member> Importer::cardChangeOf(Row& row, const Member& m, QHash<qint64, int>& changedInFile)
{
    const Header& h = *m_header;
    MemberRepository repo(m_db);
    const QString earlier = MemberRepository::normaliseNumber(h.value(row, column::kEarlierCard));
    std::optional<Member> found;
    if (!earlier.isEmpty()) {
        auto holder = repo.findByPartyCard(earlier);
        if (!holder || !*holder) {
            problem(row, column::kEarlierCard,
                    Texts::tr("No member of the register has the party card number %1 now; leave the column "
                              "empty to add a new member.")
                        .arg(earlier));
            return std::nullopt;
        }
        if (m.partyCardNumber.isEmpty() || m.partyCardNumber == earlier) {
            problem(row, column::kPartyCard,
                    Texts::tr("Give the new party card number of %1 beside the earlier one.")
                        .arg((*holder)->fullName));
            return std::nullopt;
        }
        found = **holder;
    } else if (!m.citizenId.isEmpty() && !m.partyCardNumber.isEmpty()) {
        auto byId = repo.findByCitizenId(m.citizenId);
        if (!byId || !*byId || (*byId)->partyCardNumber.isEmpty() ||
            (*byId)->partyCardNumber == m.partyCardNumber)
            return std::nullopt; // a new member, or the same card: the duplicate checks say what is wrong
        found = **byId;
    } else {
        return std::nullopt;
    }
    // The row must be the member: a name or citizen ID of someone else is a mistake of the sheet. Found by
    // the citizen ID alone, another name is someone else's row: the duplicate check says whose the ID is.
    if (foldForSearch(found->fullName) != foldForSearch(m.fullName)) {
        if (earlier.isEmpty())
            return std::nullopt;
        problem(row, column::kFullName,
                Texts::tr("The row changes the card number of %1, but names %2; check the row.")
                    .arg(found->fullName, m.fullName));
        return std::nullopt;
    }
    if (!m.citizenId.isEmpty() && !found->citizenId.isEmpty() && found->citizenId != m.citizenId) {
        problem(row, column::kCitizenId,
                Texts::tr("%1 has the citizen ID %2 in the register, not %3.")
                    .arg(found->fullName, found->citizenId, m.citizenId));
        return std::nullopt;
    }
    if (const int first = changedInFile.value(found->id); first > 0) {
        problem(row, column::kPartyCard,
                Texts::tr("Line %1 of the file changes the card number of %2 too.")
                    .arg(first)
                    .arg(found->fullName));
        return std::nullopt;
    }
    changedInFile.insert(found->id, row.line);
    return found;
}

// Current card numbers are unique; one that was another member's earlier number is said apart, with whose.
void Importer::checkEarlierCard(Row& row, const QString& card, qint64 memberId)
{
    if (card.isEmpty())
        return;
    auto earlier = MemberRepository(m_db).findByEarlierCard(card);
    if (earlier && *earlier && (*earlier)->member.id != memberId)
        problem(
            row, column::kPartyCard,
            Texts::tr("The party card number %1 was an earlier number of %2, until %3; a card number is not "
                      "given to two people. Check the number on the card.")
                .arg(card, (*earlier)->member.fullName, formatInterchangeDate((*earlier)->card.changedOn)));
}

Status Importer::writeMembers(WriteScope& scope)
{
    MemberRepository repo(m_db);
    qint64 incoming = 0;
    for (const Row& row : std::as_const(m_rows))
        incoming += row.problems.isEmpty() ? 1 : 0;
    // Many rows into a table holding fewer: its plain indexes are built once at the end.
    BulkIndexSuspension bulk(scope, "members", incoming);
    OREC_TRY(bulk.status());
    BulkIndexSuspension bulkAudit(scope, "audit_log", incoming);
    OREC_TRY(bulkAudit.status());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!tick(ImportStage::Writing, i))
            return cancelledError();
        if (!m_rows[i].problems.isEmpty())
            continue;
        // A new card number for a member of the register: the old one is kept among their earlier numbers.
        Status s = m_cardChangeOf.value(i) != 0 ? repo.update(scope, m_members[i])
                                                : repo.insert(scope, m_members[i]);
        if (!s)
            return Error(s.error().code, s.error().message, Texts::tr("line %1").arg(m_rows[i].line));
        m_cardChanges += m_cardChangeOf.value(i) != 0 ? 1 : 0;
        ++m_written;
    }
    QElapsedTimer indexing;
    indexing.start();
    OREC_TRY(bulkAudit.restore());
    OREC_TRY(bulk.restore());
    m_indexMs += lap(indexing);
    // Cells imported earlier may be waiting for one of these members as their secretary.
    OREC_TRY_ASSIGN(auto set, PartyUnitRepository(m_db).resolvePendingSecretaries(scope));
    m_secretariesSet = set;
    return {};
}

// ---- cells --------------------------------------------------------------------------------------

void Importer::checkCells()
{
    const Header& h = *m_header;
    PartyUnitRepository repo(m_db);
    MemberRepository members(m_db);
    QHash<QString, int> codes;
    qint64 checked = 0;
    for (Row& row : m_rows) {
        if (!tick(ImportStage::Checking, checked++))
            return;
        PartyUnit u;
        u.code = h.value(row, column::kCellCode);
        u.name = h.value(row, column::kName);
        if (const QString type = h.value(row, column::kCellType); !type.isEmpty()) {
            if (auto t = fromInterchangeCode<CellType>(type))
                u.cellType = *t;
            else
                problem(
                    row, column::kCellType,
                    Texts::tr(
                        "\"%1\" is not a cell type (co_quan_dai_dien, phu_nhan_phu_quan, luu_hoc_sinh, lao_dong, "
                        "chuyen_gia, tu_lap_nghiep).")
                        .arg(type));
        }
        u.kind = UnitKind::Cell;
        if (const QString kind = h.value(row, column::kKind); !kind.isEmpty()) {
            if (auto k = unitKindFromText(kind))
                u.kind = *k;
            else
                problem(row, column::kKind,
                        Texts::tr("\"%1\" is not a kind of unit (dang_bo, chi_bo, to_dang).").arg(kind));
        }
        if (const QString country = h.value(row, column::kCountry); !country.isEmpty()) {
            if (auto c = countryFromText(country))
                u.countryCode = c->code;
            else
                problem(row, column::kCountry,
                        Texts::tr("\"%1\" is not a country code or name.").arg(country));
        }
        u.city = h.value(row, column::kCity);
        auto overseas = parseYesNo(h.value(row, column::kOverseas));
        if (!overseas)
            problem(row, column::kOverseas, overseas.error().message);
        u.overseas = overseas && overseas->has_value() ? **overseas
                                                       : (u.cellType.has_value() || !u.countryCode.isEmpty());
        u.establishedDate = date(row, column::kEstablished);
        auto active = parseYesNo(h.value(row, column::kActive));
        if (!active)
            problem(row, column::kActive, active.error().message);
        u.active = active && active->has_value() ? **active : true;
        QString pendingSecretary;
        if (const QString secretary = h.value(row, column::kSecretary); !secretary.isEmpty()) {
            auto who = members.findByPartyCard(secretary);
            if (who && *who) {
                u.secretaryMemberId = (*who)->id;
            } else {
                pendingSecretary = secretary;
                m_warnings.append(
                    {row.line, h.label(column::kSecretary),
                     Texts::tr("No member has the party card number %1 yet; the cell's secretary is set "
                               "when a member with that number is imported.")
                         .arg(secretary),
                     h.index(column::kSecretary)});
            }
        }
        FieldErrors problems = validate(u, m_today);
        fieldProblems(row, problems);
        if (!u.code.isEmpty()) {
            if (const int first = codes.value(u.code); first > 0)
                problem(row, column::kCellCode,
                        Texts::tr("The code %1 is also on line %2 of the file.").arg(u.code).arg(first));
            else
                codes.insert(u.code, row.line);
            auto existing = repo.findByCode(u.code);
            if (existing && *existing)
                problem(row, column::kCellCode,
                        Texts::tr("The code %1 is already in the register.").arg(u.code));
        }
        m_units.append(u);
        m_parents.append(h.value(row, column::kParent));
        m_pendingSecretaries.append(pendingSecretary);
    }
    // Parents: a unit of this file (by code, then by name) or of the register.
    QHash<QString, qsizetype> byCode;
    QHash<QString, qsizetype> byName;
    for (qsizetype i = 0; i < m_units.size(); ++i) {
        byCode.insert(m_units[i].code, i);
        byName.insert(foldForSearch(m_units[i].name), i);
    }
    // The row of the file a parent names; -1 when none does.
    const auto rowOf = [&](const QString& parent) -> qsizetype {
        if (parent.isEmpty())
            return -1;
        if (const auto code = byCode.constFind(parent); code != byCode.cend())
            return *code;
        return byName.value(foldForSearch(parent), -1);
    };
    for (qsizetype i = 0; i < m_units.size(); ++i) {
        const QString parent = m_parents[i];
        if (parent.isEmpty())
            continue;
        if (const qsizetype p = rowOf(parent); p >= 0) {
            // A chain of parents inside the file must end, not go round.
            QSet<qsizetype> seen{i};
            bool loop = false;
            for (qsizetype at = p; at >= 0; at = rowOf(m_parents[at])) {
                if (seen.contains(at)) {
                    loop = true;
                    break;
                }
                seen.insert(at);
            }
            if (loop)
                problem(m_rows[i], column::kParent,
                        Texts::tr("The parents in the file go round in a circle."));
            continue;
        }
        auto found = unitByText(parent);
        if (found && *found)
            m_units[i].parentId = (*found)->id;
        else
            problem(m_rows[i], column::kParent,
                    Texts::tr("No unit has the code or name \"%1\".").arg(parent));
    }
    // A unit whose parent is a row of the file with problems cannot be placed in the tree either: say
    // so now, so a dry run and the preview count the same rows as the import.
    for (bool changed = true; changed;) {
        changed = false;
        for (qsizetype i = 0; i < m_units.size(); ++i) {
            if (m_units[i].parentId != 0 || !m_rows[i].problems.isEmpty())
                continue;
            const qsizetype p = rowOf(m_parents[i]);
            if (p >= 0 && p != i && !m_rows[p].problems.isEmpty()) {
                problem(
                    m_rows[i], column::kParent,
                    Texts::tr("The parent unit, on line %1 of the file, has problems and is not imported.")
                        .arg(m_rows[p].line));
                changed = true;
            }
        }
    }
}

Status Importer::writeCells(WriteScope& scope)
{
    PartyUnitRepository repo(m_db);
    QHash<QString, qint64> written; // code or folded name -> id, for parents inside the file
    QList<qsizetype> pending;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].problems.isEmpty())
            pending.append(i);
    }
    // Parents first: each pass writes the units whose parent is known by now.
    while (!pending.isEmpty()) {
        QList<qsizetype> later;
        for (qsizetype i : pending) {
            if (!tick(ImportStage::Writing, m_written))
                return cancelledError();
            PartyUnit& u = m_units[i];
            const QString parent = m_parents[i];
            if (!parent.isEmpty() && u.parentId == 0) {
                const qint64 id = written.value(parent, written.value(foldForSearch(parent), 0));
                if (id == 0) {
                    later.append(i);
                    continue;
                }
                u.parentId = id;
            }
            if (Status s = repo.insert(scope, u); !s)
                return Error(s.error().code, s.error().message, Texts::tr("line %1").arg(m_rows[i].line));
            if (!m_pendingSecretaries[i].isEmpty())
                OREC_TRY(repo.setPendingSecretary(scope, u.id, m_pendingSecretaries[i]));
            written.insert(u.code, u.id);
            written.insert(foldForSearch(u.name), u.id);
            ++m_written;
        }
        if (later.size() == pending.size()) {
            // Their parents were rejected: these cannot be placed in the tree either.
            for (qsizetype i : later)
                problem(m_rows[i], column::kParent, Texts::tr("The parent unit was not imported."));
            break;
        }
        pending = later;
    }
    return {};
}

// ---- postings -----------------------------------------------------------------------------------

void Importer::checkPostings()
{
    const Header& h = *m_header;
    MemberRepository members(m_db);
    PostingRepository postings(m_db);
    QHash<QString, int> trips; // member|country|departure -> its first line
    QHash<qint64, int> openInFile;
    m_postings.reserve(m_rows.size());
    qint64 checked = 0;
    for (Row& row : m_rows) {
        if (!tick(ImportStage::Checking, checked++))
            return;
        Posting p;
        // The member, by party card number, else by citizen ID.
        const QString card = h.value(row, column::kPartyCard);
        const QString citizen = h.value(row, column::kCitizenId);
        std::optional<Member> member;
        if (card.isEmpty() && citizen.isEmpty()) {
            problem(row, column::kPartyCard, Texts::tr("Give the member's party card number or citizen ID."));
        } else {
            auto byCard = card.isEmpty() ? Result<std::optional<Member>>(std::optional<Member>())
                                         : members.findByPartyCard(card);
            auto byCitizen = citizen.isEmpty() ? Result<std::optional<Member>>(std::optional<Member>())
                                               : members.findByCitizenId(citizen);
            if (!card.isEmpty() && byCard && !*byCard)
                problem(row, column::kPartyCard,
                        Texts::tr("No member has the party card number %1.").arg(card));
            if (!citizen.isEmpty() && byCitizen && !*byCitizen)
                problem(row, column::kCitizenId, Texts::tr("No member has the citizen ID %1.").arg(citizen));
            if (byCard && *byCard && byCitizen && *byCitizen && (*byCard)->id != (*byCitizen)->id)
                problem(
                    row, column::kCitizenId,
                    Texts::tr("The party card number and the citizen ID belong to two different members."));
            if (byCard && *byCard)
                member = **byCard;
            else if (byCitizen && *byCitizen)
                member = **byCitizen;
        }
        if (member)
            p.memberId = member->id;

        const QString purpose = h.value(row, column::kPurpose);
        if (auto pp = fromInterchangeCode<PostingPurpose>(purpose))
            p.purpose = *pp;
        else if (!purpose.isEmpty())
            problem(row, column::kPurpose,
                    Texts::tr("\"%1\" is not a purpose (%2).")
                        .arg(purpose, advertisedCodes<PostingPurpose>(AdvertisedCodes::Vietnamese)));
        const QString countries = h.value(row, column::kCountry);
        for (const QString& part :
             countries.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
            if (auto c = countryFromText(part.trimmed()))
                p.countryCodes.append(c->code);
            else
                problem(row, column::kCountry,
                        Texts::tr("\"%1\" is not a country code or name.").arg(part.trimmed()));
        }
        p.city = h.value(row, column::kCity);
        p.hostOrganisation = h.value(row, column::kHost);
        p.decisionNumber = h.value(row, column::kDecisionNo);
        p.decisionDate = date(row, column::kDecisionDate);
        if (const QString body = h.value(row, column::kApprovingBody); !body.isEmpty()) {
            auto unit = unitByText(body);
            if (unit && *unit)
                p.approvingCommitteeId = (*unit)->id;
            else
                p.decisionBody = body;
        }
        p.plannedDeparture = date(row, column::kPlannedDeparture);
        p.plannedReturn = date(row, column::kPlannedReturn);
        p.actualDeparture = date(row, column::kDeparture);
        p.actualReturn = date(row, column::kReturn);
        // Registers of past trips often hold only the real dates.
        if (!p.plannedDeparture.isValid())
            p.plannedDeparture = p.actualDeparture;
        if (!p.plannedReturn.isValid())
            p.plannedReturn = p.actualReturn;
        std::optional<PartyUnit> cell;
        if (const QString code = h.value(row, column::kOverseasCell); !code.isEmpty()) {
            auto found = unitByText(code);
            if (!found || !*found) {
                problem(row, column::kOverseasCell, Texts::tr("No cell has the code \"%1\".").arg(code));
            } else if (!(*found)->isOverseasCell()) {
                problem(row, column::kOverseasCell, Texts::tr("\"%1\" is not an overseas cell.").arg(code));
            } else {
                cell = **found;
                p.overseasCellId = cell->id;
                if (!p.countryCodes.isEmpty() && !p.includesCountry(cell->countryCode))
                    problem(row, column::kOverseasCell,
                            Texts::tr("The cell is in %1, which is not among the countries of the posting.")
                                .arg(cell->countryCode));
            }
        }
        if (const QString arrangement = h.value(row, column::kArrangement); !arrangement.isEmpty()) {
            if (auto a = fromInterchangeCode<PartyActivityArrangement>(arrangement))
                p.arrangement = *a;
            else
                problem(
                    row, column::kArrangement,
                    Texts::tr(
                        "\"%1\" is not a party-activity arrangement (giu_nguyen, to_dang_tam_thoi, tam_thoi, "
                        "chinh_thuc).")
                        .arg(arrangement));
        }
        // The status is given, or read from the dates.
        if (p.actualReturn.isValid())
            p.status = PostingStatus::Returned;
        else if (p.actualDeparture.isValid())
            p.status = p.overseasCellId ? PostingStatus::InOverseasCell : PostingStatus::Abroad;
        else if (!p.decisionNumber.isEmpty() || p.decisionDate.isValid())
            p.status = PostingStatus::Approved;
        if (const QString status = h.value(row, column::kStatus); !status.isEmpty()) {
            if (auto s = fromCodeName<PostingStatus>(status))
                p.status = *s;
            else
                problem(row, column::kStatus, Texts::tr("\"%1\" is not a posting status.").arg(status));
        }
        const bool needsDeparture = p.status != PostingStatus::Planned &&
                                    p.status != PostingStatus::Approved &&
                                    p.status != PostingStatus::Cancelled;
        const bool needsReturn = p.status == PostingStatus::Returned || p.status == PostingStatus::Closed;
        if (needsDeparture && !p.actualDeparture.isValid())
            problem(
                row, column::kDeparture,
                Texts::tr("A posting that is \"%1\" needs its departure date.").arg(displayName(p.status)));
        else if (!needsDeparture && p.actualDeparture.isValid())
            problem(row, column::kStatus,
                    Texts::tr("A posting that is \"%1\" cannot have a departure date.")
                        .arg(displayName(p.status)));
        if (needsReturn && !p.actualReturn.isValid())
            problem(row, column::kReturn,
                    Texts::tr("A posting that is \"%1\" needs its return date.").arg(displayName(p.status)));
        if (p.status == PostingStatus::InOverseasCell && p.overseasCellId == 0)
            problem(row, column::kOverseasCell, Texts::tr("A posting in an overseas cell needs the cell."));
        auto withoutApproval = parseYesNo(h.value(row, column::kWithoutApproval));
        if (!withoutApproval)
            problem(row, column::kWithoutApproval, withoutApproval.error().message);
        p.departedWithoutApproval = withoutApproval && withoutApproval->value_or(false);
        if (p.departedWithoutApproval && !needsDeparture)
            problem(
                row, column::kWithoutApproval,
                Texts::tr("Only a posting that has departed can be marked as departed without approval."));
        // The sending decision is the approval: a posting past approval needs its date and a committee
        // of the register, never guessed. A departure recorded without approval has neither; the
        // flag keeps it in front of the committee.
        if (p.departedWithoutApproval) {
            if (p.decisionDate.isValid() && p.approvingCommitteeId != 0)
                p.approvalDate = p.decisionDate;
        } else if (p.status == PostingStatus::Approved || needsDeparture) {
            if (!p.decisionDate.isValid())
                problem(row, column::kDecisionDate,
                        Texts::tr("A posting that is \"%1\" needs the date of the decision that approved it.")
                            .arg(displayName(p.status)));
            if (p.approvingCommitteeId == 0)
                problem(
                    row, column::kApprovingBody,
                    p.decisionBody.isEmpty()
                        ? Texts::tr(
                              "A posting that is \"%1\" needs the committee that approved it (its code or name).")
                              .arg(displayName(p.status))
                        : Texts::tr(
                              "\"%1\" is not a unit of the register; give the approving committee's code or name.")
                              .arg(p.decisionBody));
            if (p.decisionDate.isValid() && p.approvingCommitteeId != 0)
                p.approvalDate = p.decisionDate;
        }
        if (p.status == PostingStatus::Closed)
            p.closedDate = p.actualReturn;
        if (p.status == PostingStatus::LostContact)
            p.lostContactSince = p.actualDeparture;
        if (p.status == PostingStatus::DidNotReturn)
            p.didNotReturnDate =
                p.effectivePlannedReturn().isValid() ? p.effectivePlannedReturn() : p.actualDeparture;
        if (member && member->isProbationary())
            p.probationEndDate = member->expectedFullMembershipDate();
        FieldErrors problems = validate(p, m_today);
        // Said above in the words of the format's columns.
        problems.erase(
            std::remove_if(problems.begin(), problems.end(),
                           [](const FieldError& e) { return e.field == QLatin1String("approval_date"); }),
            problems.end());
        if (!member)
            problems.erase(
                std::remove_if(problems.begin(), problems.end(),
                               [](const FieldError& e) { return e.field == QLatin1String("member"); }),
                problems.end());
        fieldProblems(row, problems);

        // The same trip twice, and two stays abroad at once, are refused.
        if (member && !p.countryCodes.isEmpty()) {
            const QDate leaves = p.expectedDeparture();
            const QString trip = QStringLiteral("%1|%2|%3")
                                     .arg(member->id)
                                     .arg(p.countryCodes.first(), leaves.toString(Qt::ISODate));
            if (const int first = trips.value(trip); first > 0)
                problem(row, QString(),
                        Texts::tr("The same trip of the same member is on line %1 of the file.").arg(first));
            else
                trips.insert(trip, row.line);
            auto same = postings.findSameTrip(member->id, p.countryCodes.first(), leaves);
            if (same && *same != 0) {
                const auto country = countryByCode(p.countryCodes.first());
                problem(row, QString(),
                        Texts::tr("This trip (to %1, leaving %2) is already in the register.")
                            .arg(country ? country->vietnameseName : p.countryCodes.first(),
                                 formatInterchangeDate(leaves)));
            }
            if (p.isAbroad()) {
                if (const int first = openInFile.value(member->id); first > 0)
                    problem(
                        row, QString(),
                        Texts::tr(
                            "The member is abroad on line %1 of the file as well; one person is in one place.")
                            .arg(first));
                else
                    openInFile.insert(member->id, row.line);
                auto current = postings.currentAbroad(member->id);
                if (current && *current)
                    problem(row, QString(),
                            Texts::tr("The member is already abroad on posting %1 in the register.")
                                .arg((*current)->id));
            }
        }
        m_postings.append(p);
    }
}

Status Importer::writePostings(WriteScope& scope)
{
    PostingRepository repo(m_db);
    qint64 incoming = 0;
    for (const Row& row : std::as_const(m_rows))
        incoming += row.problems.isEmpty() ? 1 : 0;
    // Many rows into a table holding fewer: its plain indexes are built once at the end.
    BulkIndexSuspension bulk(scope, "postings", incoming);
    OREC_TRY(bulk.status());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!tick(ImportStage::Writing, i))
            return cancelledError();
        if (!m_rows[i].problems.isEmpty())
            continue;
        if (Status s = repo.insert(scope, m_postings[i]); !s)
            return Error(s.error().code, s.error().message, Texts::tr("line %1").arg(m_rows[i].line));
        ++m_written;
    }
    QElapsedTimer indexing;
    indexing.start();
    Status restored = bulk.restore();
    m_indexMs += lap(indexing);
    return restored;
}

Result<ImportReport> Importer::run(const ImportSheet& sheet, const QString& sourceName)
{
    const reports::CsvTable& csv = sheet.table;
    ImportReport report;
    report.table = m_table;
    report.dryRun = m_options.dryRun;
    report.headerLine = sheet.headerLine;
    report.headerFound = sheet.headerFound;
    report.sectionLines = sheet.sectionLines;
    const QStringList headers = csv.records.isEmpty() ? QStringList() : csv.records.first().fields;
    // A map naming a header the file does not have is a typo: said before anything else.
    for (auto it = m_options.columnMap.constBegin(); it != m_options.columnMap.constEnd(); ++it) {
        bool found = false;
        for (const QString& h : headers)
            found = found || h.trimmed() == it.key();
        if (!found)
            return Error(ErrorCode::Usage,
                         Texts::tr("The column map names \"%1\", which is not a header of the file "
                                   "(its headers: %2).")
                             .arg(it.key(), headers.join(QStringLiteral(", "))));
    }
    m_header.emplace(m_table, headers, m_options.columnMap);
    report.ignoredColumns = m_header->ignored();
    m_rows.reserve(csv.records.size());
    for (qsizetype i = 1; i < csv.records.size(); ++i)
        m_rows.append(Row{csv.records[i].line, csv.records[i].fields, {}});
    report.rows = static_cast<int>(m_rows.size());

    // A missing column fails every row alike: say it once, on the header line, and import nothing.
    QList<ImportProblem> headerProblems;
    if (csv.records.isEmpty()) {
        headerProblems.append(
            {1, QString(), Texts::tr("The file is empty; the first line must name the columns.")});
    } else {
        for (const InterchangeColumn& c : interchangeColumns(m_table)) {
            if (c.required && !m_header->has(c.header))
                headerProblems.append(
                    {csv.records.first().line, QString::fromLatin1(c.header),
                     Texts::tr("The column %1 (%2) is missing.")
                         .arg(QString::fromLatin1(c.header), QString::fromLatin1(c.alias))});
        }
        if (m_table == InterchangeTable::Postings && !m_header->has(column::kPartyCard) &&
            !m_header->has(column::kCitizenId))
            headerProblems.append(
                {csv.records.first().line, QString::fromLatin1(column::kPartyCard),
                 Texts::tr("A column naming the member is missing: so_the_dang_vien (party_card_no) or "
                           "so_cccd (citizen_id).")});
    }
    if (!headerProblems.isEmpty()) {
        report.problems = headerProblems;
        report.rejected = report.rows;
        return report;
    }

    // What the CSV reader had to get past is a problem of the row it is in.
    for (const reports::CsvIssue& issue : csv.issues) {
        Row* in = nullptr;
        for (Row& row : m_rows) {
            if (row.line <= issue.line)
                in = &row;
        }
        if (in)
            in->problems.append({in->line, QString(), issue.message});
    }
    normalise(sheet);
    report.changes = m_changes;
    const int width = static_cast<int>(headers.size());
    for (Row& row : m_rows) {
        for (qsizetype i = width; i < row.fields.size(); ++i) {
            if (!row.fields[i].trimmed().isEmpty()) {
                row.problems.append(
                    {row.line, QString(),
                     Texts::tr("The row has more values (%1) than the header has columns (%2).")
                         .arg(row.fields.size())
                         .arg(width)});
                break;
            }
        }
        if (m_table == InterchangeTable::Postings && m_header->value(row, column::kPurpose).isEmpty())
            problem(row, column::kPurpose, Texts::tr("The purpose is required."));
    }

    // Lookups and index inserts land at random places of large indexes; a page cache that holds them
    // spares decrypting (and, in the write, re-encrypting) the same pages over and over.
    auto previousCache =
        repo::setPageCacheMegabytes(m_db, std::clamp(static_cast<int>(m_rows.size() / 300), 32, 512));
    if (!previousCache)
        return previousCache.error();
    const auto restoreCache = qScopeGuard([&] { (void)repo::setPageCacheMegabytes(m_db, *previousCache); });

    // The checks look every row up in the register: inside one transaction SQLite locks the file and
    // looks for a hot journal once, not once per lookup (a tenth of the time of a large import). The
    // write goes on in the same transaction, so nothing can slip in between the check and the write;
    // when the file is refused the scope rolls back an empty transaction.
    std::optional<WriteScope> scope;
    std::optional<ReadScope> reading;
    if (m_options.dryRun) {
        reading.emplace(m_db);
        OREC_TRY(reading->status());
    } else {
        scope.emplace(m_db);
        OREC_TRY(scope->status());
    }

    QElapsedTimer phase;
    phase.start();
    switch (m_table) {
    case InterchangeTable::Members:
        checkMembers();
        break;
    case InterchangeTable::Cells:
        checkCells();
        break;
    case InterchangeTable::Postings:
        checkPostings();
        break;
    }

    const auto collect = [&] {
        report.problems.clear();
        report.valid = 0;
        for (const Row& row : m_rows) {
            report.problems += row.problems;
            report.valid += row.problems.isEmpty() ? 1 : 0;
        }
        report.rejected = report.rows - report.valid;
    };
    if (m_cancelled)
        return cancelledError(); // a dry run's read scope, or the write scope, ends with nothing written
    collect();
    report.timings.check = lap(phase);
    report.warnings = m_warnings;
    report.duplicates = m_duplicates;
    if (!report.problems.isEmpty() && !m_options.skipInvalid)
        return report;

    if (scope && report.valid > 0) {
        switch (m_table) {
        case InterchangeTable::Members:
            OREC_TRY(writeMembers(*scope));
            break;
        case InterchangeTable::Cells:
            OREC_TRY(writeCells(*scope));
            break;
        case InterchangeTable::Postings:
            OREC_TRY(writePostings(*scope));
            break;
        }
        report.timings.index = m_indexMs;
        report.timings.write = lap(phase) - m_indexMs;
        collect(); // cells whose parent was rejected are rejected too
        // The last moment to stop: after it the import is in the register.
        if (m_options.progress && !m_options.progress(ImportStage::Finishing, 0, 0))
            return cancelledError();
        OREC_TRY(scope->audit(QStringLiteral("import"), sourceName,
                              QStringLiteral("import:") + interchangeTableName(m_table), {},
                              QJsonObject{{QStringLiteral("file"), sourceName},
                                          {QStringLiteral("rows"), report.rows},
                                          {QStringLiteral("imported"), m_written},
                                          {QStringLiteral("rejected"), report.rejected}}));
        OREC_TRY(scope->commit());
        report.timings.commit = lap(phase);
        report.imported = m_written;
        report.cardChanges = m_cardChanges;
        report.secretariesSet = m_secretariesSet;
    }

    if (!m_options.rejectsPath.isEmpty() && report.rejected > 0) {
        QList<QStringList> out;
        QStringList header = headers;
        header.append(QStringLiteral("dong"));
        header.append(QStringLiteral("ly_do_loi"));
        out.append(header);
        for (const Row& row : m_rows) {
            if (row.problems.isEmpty())
                continue;
            QStringList fields = row.fields;
            while (fields.size() < headers.size())
                fields.append(QString());
            QStringList reasons;
            for (const ImportProblem& p : row.problems)
                reasons.append(p.column.isEmpty() ? p.reason : p.column + QStringLiteral(": ") + p.reason);
            fields.append(QString::number(row.line));
            fields.append(Texts::tr("line %1").arg(row.line) + QStringLiteral(" - ") +
                          reasons.join(QStringLiteral(" | ")));
            out.append(fields);
        }
        OREC_TRY(writeRows(m_options.rejectsPath, out));
        report.rejectsPath = m_options.rejectsPath;
    }
    return report;
}

} // namespace

Result<ImportReport> ImportService::importFile(InterchangeTable table, const QString& path,
                                               const ImportOptions& options)
{
    OREC_TRY(m_session.require(options.dryRun ? Permission::ReadRecords : Permission::WriteRecords,
                               Where::HomeOnly));
    QElapsedTimer reading;
    reading.start();
    if (options.progress && !options.progress(ImportStage::Reading, 0, 0))
        return cancelledError();
    OREC_TRY_ASSIGN(auto sheet,
                    readImportSheet(table, path, options.sheet, options.headerLine, options.columnMap));
    const double readMs = lap(reading);
    OREC_TRY_ASSIGN(auto report, Importer(m_session, table, options).run(sheet, QFileInfo(path).fileName()));
    report.timings.read = readMs;
    return report;
}

Result<ImportPreview> ImportService::preview(InterchangeTable table, const QString& path,
                                             const ImportOptions& options)
{
    OREC_TRY(m_session.require(Permission::ReadRecords, Where::HomeOnly));
    if (options.progress && !options.progress(ImportStage::Reading, 0, 0))
        return cancelledError();
    OREC_TRY_ASSIGN(auto sheet,
                    readImportSheet(table, path, options.sheet, options.headerLine, options.columnMap));
    const reports::CsvTable& csv = sheet.table;
    ImportOptions dry = options;
    dry.dryRun = true;
    dry.rejectsPath.clear();
    OREC_TRY_ASSIGN(auto report, Importer(m_session, table, dry).run(sheet, QFileInfo(path).fileName()));

    ImportPreview preview;
    if (!csv.records.isEmpty())
        preview.header = csv.records.first().fields;
    preview.fields = fieldsOfColumns(table, preview.header, options.columnMap);
    preview.missingRequired = missingRequiredFields(table, preview.fields);
    QHash<int, int> rowOfLine;
    for (qsizetype i = 1; i < csv.records.size(); ++i) {
        rowOfLine.insert(csv.records.at(i).line, static_cast<int>(preview.rows.size()));
        preview.rows.append(csv.records.at(i).fields);
        preview.lines.append(csv.records.at(i).line);
    }
    // Problems of the header (a missing column) are in missingRequired; the rest point at a cell or a row.
    for (const ImportProblem& p : report.problems) {
        const auto row = rowOfLine.constFind(p.line);
        if (row != rowOfLine.constEnd())
            preview.marks.append(ImportCellMark{*row, p.sourceColumn, p.reason});
    }
    for (const ImportProblem& w : report.warnings) {
        const auto row = rowOfLine.constFind(w.line);
        if (row != rowOfLine.constEnd())
            preview.warningMarks.append(ImportCellMark{*row, w.sourceColumn, w.reason});
    }
    // The preview shows what is imported; the note on the cell says what was written.
    for (const ImportChange& c : report.changes) {
        const auto row = rowOfLine.constFind(c.line);
        if (row == rowOfLine.constEnd() || c.sourceColumn < 0)
            continue;
        QStringList& fields = preview.rows[*row];
        while (fields.size() <= c.sourceColumn)
            fields.append(QString());
        fields[c.sourceColumn] = c.value;
        preview.changeMarks.append(ImportCellMark{*row, c.sourceColumn, importChangeText(c)});
    }
    preview.report = report;
    return preview;
}

Result<ImportSheetHead> ImportService::head(const QString& path, int sheet, int sampleRows,
                                            InterchangeTable table, int headerLine)
{
    OREC_TRY(m_session.require(Permission::ReadRecords, Where::HomeOnly));
    ImportSheetHead head;
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        OREC_TRY_ASSIGN(auto workbook, reports::XlsxReader::open(path));
        head.sheetNames = workbook.sheetNames();
    }
    OREC_TRY_ASSIGN(auto read, readImportSheet(table, path, sheet, headerLine));
    const reports::CsvTable& csv = read.table;
    head.headerLine = read.headerLine;
    head.headerFound = read.headerFound;
    if (!csv.records.isEmpty())
        head.header = csv.records.first().fields;
    head.rows = std::max(0, static_cast<int>(csv.records.size()) - 1);
    for (qsizetype i = 1; i < csv.records.size() && head.samples.size() < sampleRows; ++i)
        head.samples.append(csv.records.at(i).fields);
    return head;
}

Result<ImportReport> ImportService::importBytes(InterchangeTable table, const QByteArray& bytes,
                                                const ImportOptions& options, const QString& sourceName)
{
    OREC_TRY(m_session.require(options.dryRun ? Permission::ReadRecords : Permission::WriteRecords,
                               Where::HomeOnly));
    OREC_TRY_ASSIGN(auto csv, reports::CsvReader::parse(bytes));
    OREC_TRY_ASSIGN(auto sheet,
                    importSheetFromTable(table, std::move(csv), options.headerLine, options.columnMap));
    return Importer(m_session, table, options).run(sheet, sourceName);
}

} // namespace orec::app
