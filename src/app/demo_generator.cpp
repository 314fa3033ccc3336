#include "app/demo_generator.h"

#include "app/demo_data.h"
#include "core/country.h"
#include "core/person_name.h"
#include "core/posting_rules.h"
#include "core/text_folding.h"
#include "storage/member_repository.h"
#include "storage/party_unit_repository.h"
#include "storage/posting_repository.h"
#include "storage/register_queries.h"
#include "storage/report_repository.h"
#include "storage/rule_repository.h"
#include "storage/transfer_repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QScopeGuard>
#include <algorithm>
#include <cmath>
#include <ctime>
#include <vector>

namespace orec::app {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::app)
};

// SplitMix64: tiny, fast, and the same sequence on every platform and compiler, which is what makes
// the same seed give the same department (std::uniform_int_distribution is not portable).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Inclusive bounds; lo when hi < lo.
    int uniform(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        return lo + static_cast<int>(next() % static_cast<quint64>(hi - lo + 1));
    }
    double real() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return real() < p; }
    template <typename T> const T& pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(uniform(0, static_cast<int>(items.size()) - 1))];
    }
    // A time-ordered uuid (the layout of version 7: 48 bits of time, then random bits), its "time" the
    // number of uuids made so far. Records made later sort later, so every index on a uuid (the tables'
    // own, and the audit log's by entity) grows at its end: with random (version 4) uuids each of the
    // tens of millions of inserts of a national register lands on a random page of indexes larger than
    // the page cache, and the generation took 19 times as long for 10 times the members.
    QString uuid()
    {
        const quint64 a = (++m_uuids << 16) | (next() & 0xFFFF);
        const quint64 b = next();
        QString hex =
            QStringLiteral("%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
        hex[12] = QLatin1Char('7'); // version 7 (time-ordered)
        hex[16] = QLatin1Char("89ab"[b >> 62]);
        return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
               QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
    }

private:
    quint64 m_state;
    quint64 m_uuids = 0;
};

// Cumulative weights for picking by frequency in O(log n).
class WeightedTable
{
public:
    explicit WeightedTable(std::span<const demo::Weighted> items) : m_items(items)
    {
        long long sum = 0;
        for (const auto& item : items) {
            sum += item.weight;
            m_cumulative.push_back(sum);
        }
    }
    QString pick(Random& random) const
    {
        const long long target =
            static_cast<long long>(random.next() % static_cast<quint64>(m_cumulative.back()));
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
        return QString::fromUtf8(m_items[static_cast<std::size_t>(it - m_cumulative.begin())].text);
    }

private:
    std::span<const demo::Weighted> m_items;
    std::vector<long long> m_cumulative;
};

const demo::Place& pickPlace(Random& random, std::span<const demo::Place> places)
{
    int total = 0;
    for (const auto& p : places)
        total += p.weight;
    int target = random.uniform(0, total - 1);
    for (const auto& p : places) {
        if (target < p.weight)
            return p;
        target -= p.weight;
    }
    return places.front();
}

QString pickCity(Random& random, const demo::Place& place)
{
    const QStringList cities = QString::fromUtf8(place.cities).split(QLatin1Char(';'));
    // The first (main) city is the likeliest.
    return random.chance(0.5) ? cities.first()
                              : cities[random.uniform(0, static_cast<int>(cities.size()) - 1)];
}

QString cellName(CellType type, const QString& city)
{
    switch (type) {
    case CellType::Embassy:
        return QStringLiteral("Chi bộ Cơ quan đại diện tại %1").arg(city);
    case CellType::Spouse:
        return QStringLiteral("Chi bộ phu nhân, phu quân tại %1").arg(city);
    case CellType::Student:
        return QStringLiteral("Chi bộ lưu học sinh %1").arg(city);
    case CellType::Labour:
        return QStringLiteral("Chi bộ lao động %1").arg(city);
    case CellType::Expert:
        return QStringLiteral("Chi bộ chuyên gia %1").arg(city);
    case CellType::SelfEmployed:
        return QStringLiteral("Chi bộ người Việt tự lập nghiệp tại %1").arg(city);
    }
    return city;
}

PostingPurpose purposeFor(CellType type)
{
    switch (type) {
    case CellType::Embassy:
        return PostingPurpose::OfficialMission;
    case CellType::Spouse:
        return PostingPurpose::AccompanyingSpouse;
    case CellType::Student:
        return PostingPurpose::Study;
    case CellType::Labour:
        return PostingPurpose::Labour;
    case CellType::Expert:
        return PostingPurpose::Expert;
    case CellType::SelfEmployed:
        return PostingPurpose::SelfEmployed;
    }
    return PostingPurpose::OfficialMission;
}

// Months of a long stay for each kind of cell.
std::pair<int, int> stayMonths(CellType type)
{
    switch (type) {
    case CellType::Embassy:
        return {24, 36};
    case CellType::Spouse:
        return {24, 36};
    case CellType::Student:
        return {12, 48};
    case CellType::Labour:
        return {24, 36};
    case CellType::Expert:
        return {12, 24};
    case CellType::SelfEmployed:
        return {24, 60};
    }
    return {12, 24};
}

struct TransferPlan
{
    Transfer transfer;
    int order = 0; // generation order, the last tie-breaker of the register
};

// How the member's last posting stands on the "as of" day.
enum class Fate {
    Closed,
    CurrentStay,
    OverdueStay,
    LostContact,
    Upcoming,
    RecentlyReturned,
    DidNotReturn,
};

class Builder
{
public:
    Builder(Database& database, const DemoOptions& options, const QDate& asOf, const RuleSet& rules,
            const WorkingCalendar& calendar)
        : m_db(database), m_options(options), m_asOf(asOf), m_rules(rules), m_calendar(calendar),
          m_random(options.seed ^ 0x6F7265632D64656DULL), m_families(demo::familyNames()),
          m_maleMiddle(demo::maleMiddleNames()), m_femaleMiddle(demo::femaleMiddleNames()),
          m_maleGiven(demo::maleGivenNames()), m_femaleGiven(demo::femaleGivenNames()),
          m_provinces(demo::provinces())
    {}

    Result<DemoSummary> run(WriteScope& scope);

private:
    void buildUnits();
    Member buildMember(int index);
    std::vector<int> postingCounts(const std::vector<QDate>& windowStarts);
    Status generatePostings(WriteScope& scope, const Member& member, int count, const QDate& windowStart);
    Status storePosting(WriteScope& scope, Posting& posting, const Member& member);
    Posting shortTrip(const Member& member, const QDate& departure, int days);
    Posting longStay(const Member& member, const QDate& departure, int days, CellType type);
    CellType randomCellType();
    qint64 homeCommitteeOf(const Member& member) const;
    void approve(Posting& p, const Member& member);
    QString decisionNumber(qint64 committeeId);

    Database& m_db;
    const DemoOptions& m_options;
    QDate m_asOf;
    const RuleSet& m_rules;
    const WorkingCalendar& m_calendar;
    Random m_random;
    WeightedTable m_families;
    WeightedTable m_maleMiddle;
    WeightedTable m_femaleMiddle;
    WeightedTable m_maleGiven;
    WeightedTable m_femaleGiven;
    WeightedTable m_provinces;

    QList<PartyUnit> m_units; // in insertion order; ids are positions + 1
    QList<qint64> m_homeCells;
    QHash<qint64, QString> m_organisationOfCommittee;
    QHash<int, QList<qint64>> m_cellsByType; // CellType -> cell ids
    QHash<QString, qint64> m_countryCommittee;
    QHash<qint64, int> m_decisionCounter;
    std::vector<TransferPlan> m_transfers;
    DemoSummary m_summary;
    qint64 m_ministryId = 0;
    qint64 m_nextPostingId = 1;
    qint64 m_nextReportId = 1;
};

void Builder::buildUnits()
{
    const int homeCells = std::max(4, m_options.members / 25);
    const int committees = std::max(1, homeCells / 10);
    const int overseasCells =
        m_options.overseasCells > 0 ? m_options.overseasCells : std::clamp(m_options.members / 50, 12, 2000);
    const auto add = [&](PartyUnit u) {
        u.id = m_units.size() + 1;
        u.uuid = m_random.uuid();
        m_units.append(u);
        return u.id;
    };

    // Home: committees of organisations, each with its cells.
    const auto orgs = demo::organisations();
    const auto depts = demo::departments();
    QList<qint64> committeeIds;
    for (int c = 0; c < committees; ++c) {
        const int round = c / static_cast<int>(orgs.size());
        QString org = QString::fromUtf8(orgs[static_cast<std::size_t>(c) % orgs.size()]);
        if (round > 0)
            org += QStringLiteral(" số %1").arg(round + 1);
        PartyUnit u;
        u.code = QStringLiteral("DU%1").arg(c + 1, 3, 10, QLatin1Char('0'));
        u.name = QStringLiteral("Đảng ủy %1").arg(org);
        u.kind = UnitKind::Committee;
        u.establishedDate = m_asOf.addYears(-m_random.uniform(15, 60));
        const qint64 id = add(u);
        committeeIds.append(id);
        m_organisationOfCommittee.insert(id, org);
    }
    for (int h = 0; h < homeCells; ++h) {
        const qint64 parent = committeeIds[h % committees];
        const int within = h / committees;
        QString dept = QString::fromUtf8(depts[static_cast<std::size_t>(within) % depts.size()]);
        if (within >= static_cast<int>(depts.size()))
            dept += QStringLiteral(" %1").arg(within / static_cast<int>(depts.size()) + 1);
        PartyUnit u;
        u.code =
            QStringLiteral("%1-CB%2").arg(m_units[parent - 1].code).arg(within + 1, 2, 10, QLatin1Char('0'));
        u.name = QStringLiteral("Chi bộ %1").arg(dept);
        u.kind = UnitKind::Cell;
        u.parentId = parent;
        u.establishedDate = m_asOf.addYears(-m_random.uniform(5, 40));
        m_homeCells.append(add(u));
    }

    // Abroad: the Foreign Ministry's Party Committee, a committee per country, and the cells.
    PartyUnit ministry;
    ministry.code = QStringLiteral("DUBNG");
    ministry.name = QStringLiteral("Đảng ủy Bộ Ngoại giao");
    ministry.kind = UnitKind::Committee;
    ministry.overseas = true;
    ministry.establishedDate = QDate(2019, 1, 1);
    const qint64 ministryId = add(ministry);
    m_ministryId = ministryId;

    struct CellDraft
    {
        CellType type;
        QString country;
        QString city;
    };
    QList<CellDraft> drafts;
    // Shares of the six types among cells; every type gets at least one cell.
    const std::pair<CellType, int> shares[] = {{CellType::Embassy, 30}, {CellType::Student, 24},
                                               {CellType::Labour, 16},  {CellType::SelfEmployed, 14},
                                               {CellType::Expert, 9},   {CellType::Spouse, 7}};
    for (const auto& [type, share] : shares)
        drafts.append({type, {}, {}});
    // The places each kind of cell is known for come first, so even a small demo has them: students
    // in Russia, Japan, Australia and the UK; workers in Japan, Korea and Taiwan; experts in Laos,
    // Cambodia and Mozambique.
    const std::pair<CellType, const char*> known[] = {{CellType::Student, "RU"}, {CellType::Student, "JP"},
                                                      {CellType::Student, "AU"}, {CellType::Student, "GB"},
                                                      {CellType::Labour, "JP"},  {CellType::Labour, "KR"},
                                                      {CellType::Labour, "TW"},  {CellType::Expert, "LA"},
                                                      {CellType::Expert, "KH"},  {CellType::Expert, "MZ"}};
    for (const auto& [type, country] : known) {
        for (const demo::Place& place : demo::placesFor(type)) {
            if (qstrcmp(place.country, country) == 0) {
                drafts.append({type, QString::fromLatin1(country), pickCity(m_random, place)});
                break;
            }
        }
    }
    while (drafts.size() < overseasCells) {
        int target = m_random.uniform(0, 99);
        for (const auto& [type, share] : shares) {
            if (target < share) {
                drafts.append({type, {}, {}});
                break;
            }
            target -= share;
        }
    }
    QStringList countries;
    for (CellDraft& d : drafts) {
        if (!d.country.isEmpty()) {
            if (!countries.contains(d.country))
                countries.append(d.country);
            continue;
        }
        const demo::Place& place = pickPlace(m_random, demo::placesFor(d.type));
        d.country = QString::fromLatin1(place.country);
        d.city = pickCity(m_random, place);
        if (!countries.contains(d.country))
            countries.append(d.country);
    }
    std::sort(countries.begin(), countries.end());
    for (const QString& cc : countries) {
        PartyUnit u;
        u.code = QStringLiteral("DB-%1").arg(cc);
        const auto country = countryByCode(cc);
        u.name = QStringLiteral("Đảng bộ ngoài nước tại %1").arg(country ? country->vietnameseName : cc);
        u.kind = UnitKind::Committee;
        u.parentId = ministryId;
        u.overseas = true;
        u.countryCode = cc;
        u.establishedDate = QDate(2019, 1, 1);
        m_countryCommittee.insert(cc, add(u));
    }
    QHash<QString, int> nameCount;
    QHash<QString, int> codeCount;
    for (const CellDraft& d : drafts) {
        PartyUnit u;
        QString name = cellName(d.type, d.city);
        const int n = ++nameCount[name];
        if (n > 1)
            name += QStringLiteral(" số %1").arg(n);
        const QString codeBase =
            QStringLiteral("CB-%1-%2").arg(d.country, codeName(d.type).left(3).toUpper());
        u.code = QStringLiteral("%1-%2").arg(codeBase).arg(++codeCount[codeBase], 3, 10, QLatin1Char('0'));
        u.name = name;
        u.kind = UnitKind::Cell;
        u.parentId = m_countryCommittee.value(d.country);
        u.overseas = true;
        u.cellType = d.type;
        u.countryCode = d.country;
        u.city = d.city;
        u.establishedDate = m_asOf.addDays(-m_random.uniform(365, 25 * 365));
        u.active = m_random.chance(0.97);
        u.probationaryCell = m_random.chance(0.03);
        const qint64 id = add(u);
        if (u.active)
            m_cellsByType[static_cast<int>(d.type)].append(id);
    }
    // Every type must have an active cell for the postings of its kind.
    for (const auto& [type, share] : shares) {
        if (m_cellsByType.value(static_cast<int>(type)).isEmpty()) {
            for (PartyUnit& u : m_units) {
                if (u.cellType == type) {
                    u.active = true;
                    m_cellsByType[static_cast<int>(type)].append(u.id);
                    break;
                }
            }
        }
    }
    for (const PartyUnit& u : m_units) {
        if (u.kind == UnitKind::Committee)
            ++m_summary.committees;
        else if (u.overseas)
            ++m_summary.overseasCells;
        else
            ++m_summary.homeCells;
    }
}

Member Builder::buildMember(int index)
{
    Member m;
    m.uuid = m_random.uuid();
    m.gender = m_random.chance(0.56) ? Gender::Male : Gender::Female;
    const bool male = m.gender == Gender::Male;
    m.fullName = m_families.pick(m_random) + QLatin1Char(' ') +
                 (male ? m_maleMiddle : m_femaleMiddle).pick(m_random) + QLatin1Char(' ') +
                 (male ? m_maleGiven : m_femaleGiven).pick(m_random);
    const bool probationary = m_random.chance(0.04);
    const int age = probationary ? m_random.uniform(20, 35) : m_random.uniform(23, 64);
    m.dateOfBirth = m_asOf.addYears(-age).addDays(-m_random.uniform(0, 364));
    if (probationary) {
        m.admissionDate = m_asOf.addDays(-m_random.uniform(5, 360));
    } else {
        const QDate earliest = m.dateOfBirth.addYears(19);
        const QDate latest = m_asOf.addMonths(-13);
        m.admissionDate =
            earliest.addDays(m_random.uniform(0, std::max(0, static_cast<int>(earliest.daysTo(latest)))));
        if (m.admissionDate > latest)
            m.admissionDate = latest;
        m.fullMembershipDate = m.admissionDate.addMonths(12).addDays(m_random.uniform(0, 20));
        if (m.fullMembershipDate > m_asOf)
            m.fullMembershipDate = m_asOf;
        // Cards issued since 2003 have 8 digits; the multiplier is prime to 9e7, so numbers never repeat.
        m.partyCardNumber =
            QString::number(10000000 + (static_cast<qint64>(index) * 7919 + 1234567) % 90000000);
    }
    const int provinceCode = m_random.uniform(1, 96);
    const int centuryDigit = (m.dateOfBirth.year() >= 2000 ? 2 : 0) + (male ? 0 : 1);
    m.citizenId = QStringLiteral("%1%2%3%4")
                      .arg(provinceCode, 3, 10, QLatin1Char('0'))
                      .arg(centuryDigit)
                      .arg(m.dateOfBirth.year() % 100, 2, 10, QLatin1Char('0'))
                      .arg((static_cast<qint64>(index) * 7 + 13) % 1000000, 6, 10, QLatin1Char('0'));
    // A dossier number (số lý lịch) is 6 digits and 2 or 3 letters; eight codes, so the random draws stay as
    // they were.
    static const char* letters[] = {"HN", "HCM", "ĐN", "HP", "NA", "TH", "BG", "QN"};
    m.dossierNumber = QStringLiteral("%1%2")
                          .arg(m_random.uniform(0, 999999), 6, 10, QLatin1Char('0'))
                          .arg(QString::fromUtf8(letters[m_random.uniform(0, 7)]));
    m.homeUnitId = m_homeCells[m_random.uniform(0, static_cast<int>(m_homeCells.size()) - 1)];
    m.hometown = m_provinces.pick(m_random);
    m.position = QString::fromUtf8(m_random.pick(demo::positions()));
    m.workplace = m_organisationOfCommittee.value(homeCommitteeOf(m));
    m.phone = QStringLiteral("09%1").arg(m_random.uniform(0, 99999999), 8, 10, QLatin1Char('0'));
    if (m_random.chance(0.4)) {
        const PersonName name = splitName(m.fullName);
        m.email = foldForSearch(name.given + name.family).remove(QLatin1Char(' ')) + QString::number(index) +
                  QStringLiteral("@example.org");
    }
    m.underDisciplinaryReview = m_random.chance(0.003);
    return m;
}

qint64 Builder::homeCommitteeOf(const Member& member) const
{
    return member.homeUnitId > 0 ? m_units[member.homeUnitId - 1].parentId : 0;
}

std::vector<int> Builder::postingCounts(const std::vector<QDate>& windowStarts)
{
    const int members = static_cast<int>(windowStarts.size());
    const int total = m_options.postings >= 0 ? m_options.postings : members * 5;
    std::vector<int> counts(static_cast<std::size_t>(members), 0);
    std::vector<int> capacity(static_cast<std::size_t>(members), 0);
    if (members == 0)
        return counts;
    const double mean = static_cast<double>(total) / members;
    long long sum = 0;
    for (int i = 0; i < members; ++i) {
        // One posting every 25 days at most, so trips never overlap.
        capacity[static_cast<std::size_t>(i)] =
            1 + static_cast<int>(windowStarts[static_cast<std::size_t>(i)].daysTo(m_asOf) / 25);
        const double drawn =
            -std::log(1.0 - m_random.real()) * mean; // exponential: most travel a little, some a lot
        counts[static_cast<std::size_t>(i)] =
            std::min(capacity[static_cast<std::size_t>(i)], static_cast<int>(std::lround(drawn)));
        sum += counts[static_cast<std::size_t>(i)];
    }
    // Nudge to the exact total asked for.
    int guard = 0;
    while (sum != total && guard++ < 50 * members + 1000000) {
        const std::size_t i = static_cast<std::size_t>(m_random.uniform(0, members - 1));
        if (sum < total && counts[i] < capacity[i]) {
            ++counts[i];
            ++sum;
        } else if (sum > total && counts[i] > 0) {
            --counts[i];
            --sum;
        }
    }
    return counts;
}

QString Builder::decisionNumber(qint64 committeeId)
{
    const int n = ++m_decisionCounter[committeeId];
    return QStringLiteral("%1/QĐ-%2")
        .arg(n)
        .arg(committeeId > 0 ? m_units[committeeId - 1].code : QStringLiteral("ĐU"));
}

void Builder::approve(Posting& p, const Member& member)
{
    p.approvingCommitteeId = homeCommitteeOf(member);
    p.approvalDate = p.plannedDeparture.addDays(-m_random.uniform(7, 40));
    if (p.approvalDate > m_asOf)
        p.approvalDate = m_asOf;
    p.decisionDate = p.approvalDate.addDays(-m_random.uniform(0, 10));
    p.decisionNumber = decisionNumber(p.approvingCommitteeId);
    p.decisionBody = m_organisationOfCommittee.value(p.approvingCommitteeId);
}

Posting Builder::shortTrip(const Member& member, const QDate& departure, int days)
{
    Posting p;
    p.uuid = m_random.uuid();
    p.memberId = member.id;
    const int r = m_random.uniform(0, 99);
    p.purpose = r < 45   ? PostingPurpose::OfficialMission
                : r < 70 ? PostingPurpose::Tourism
                : r < 88 ? PostingPurpose::FamilyVisit
                : r < 93 ? PostingPurpose::MedicalTreatment
                         : PostingPurpose::OtherPrivate;
    const demo::Place& place = pickPlace(m_random, demo::shortTripPlaces());
    p.countryCodes = {QString::fromLatin1(place.country)};
    if (m_random.chance(0.08)) {
        const demo::Place& second = pickPlace(m_random, demo::shortTripPlaces());
        if (QString::fromLatin1(second.country) != p.countryCodes.first())
            p.countryCodes.append(QString::fromLatin1(second.country));
    }
    p.city = pickCity(m_random, place);
    p.visitsRelatives = p.purpose == PostingPurpose::FamilyVisit || m_random.chance(0.05);
    p.delegationSize = p.purpose == PostingPurpose::OfficialMission ? m_random.uniform(1, 6) : 1;
    if (p.purpose == PostingPurpose::OfficialMission) {
        p.hostOrganisation = QStringLiteral("Đối tác tại %1").arg(p.city);
        p.politicalConclusionRef = QStringLiteral("KL-%1").arg(m_random.uniform(100, 9999));
    }
    p.plannedDeparture = departure;
    p.plannedReturn = departure.addDays(days);
    p.arrangement = PartyActivityArrangement::StaysWithHomeCell;
    p.attendance = days > 20 ? AttendanceMode::Exempted : AttendanceMode::InCell;
    return p;
}

CellType Builder::randomCellType()
{
    const int r = m_random.uniform(0, 99);
    return r < 28   ? CellType::Student
           : r < 50 ? CellType::Labour
           : r < 68 ? CellType::Embassy
           : r < 82 ? CellType::SelfEmployed
           : r < 93 ? CellType::Expert
                    : CellType::Spouse;
}

Posting Builder::longStay(const Member& member, const QDate& departure, int days, CellType type)
{
    Posting p;
    p.uuid = m_random.uuid();
    p.memberId = member.id;
    p.purpose = purposeFor(type);
    const QList<qint64>& cells = m_cellsByType[static_cast<int>(type)];
    const PartyUnit& cell = m_units[cells[m_random.uniform(0, static_cast<int>(cells.size()) - 1)] - 1];
    p.countryCodes = {cell.countryCode};
    p.city = cell.city;
    p.overseasCellId = cell.id;
    p.hostOrganisation =
        type == CellType::Student ? QStringLiteral("Trường đại học tại %1").arg(cell.city)
        : type == CellType::Labour ? QStringLiteral("Công ty tiếp nhận lao động tại %1").arg(cell.city)
        : type == CellType::Embassy ? QStringLiteral("Cơ quan đại diện Việt Nam tại %1").arg(cell.city)
                                    : QString();
    p.plannedDeparture = departure;
    p.plannedReturn = departure.addDays(days);
    const ArrangementAdvice advice = recommendArrangement(StayFacts::fromPosting(p, true), m_rules);
    p.arrangement = advice.arrangement;
    p.attendance = advice.attendance;
    if (type == CellType::Labour && m_random.chance(0.1))
        p.attendance = AttendanceMode::Individual;
    return p;
}

Status Builder::storePosting(WriteScope& scope, Posting& p, const Member& member)
{
    // Probation that runs into the trip is tracked on the posting.
    if (member.admissionDate.isValid()) {
        const QDate end = member.expectedFullMembershipDate(m_rules.intValue(rule_key::kProbationMonths));
        const QDate from = p.expectedDeparture();
        if (from.isValid() && from < end &&
            (!member.fullMembershipDate.isValid() || from < member.fullMembershipDate)) {
            p.probationEndDate = end;
            if (member.fullMembershipDate.isValid())
                p.probationDecision = ProbationDecision::Admitted;
        }
    }
    const qint64 expectedId = m_nextPostingId++;
    // Transfer letters: out when the member leaves, back when a transfer is closed.
    if (isTransfer(p.arrangement) && p.actualDeparture.isValid()) {
        TransferPlan out;
        out.order = static_cast<int>(m_transfers.size());
        Transfer& t = out.transfer;
        t.uuid = m_random.uuid();
        t.kind = p.purpose == PostingPurpose::Labour                           ? TransferKind::LabourExport
                 : p.arrangement == PartyActivityArrangement::OfficialTransfer ? TransferKind::Official
                                                                               : TransferKind::Temporary;
        t.direction = TransferDirection::Out;
        t.issuingCommitteeId = homeCommitteeOf(member);
        t.issueDate = p.actualDeparture.addDays(-m_random.uniform(1, 14));
        t.memberId = member.id;
        t.postingId = expectedId;
        t.receivingUnitId = p.overseasCellId;
        t.receivingUnitName = p.overseasCellId ? m_units[p.overseasCellId - 1].name : QString();
        t.partyCardNumber = member.partyCardNumber;
        t.dossierNumber = member.dossierNumber;
        t.duesPaidUpTo = QDate(t.issueDate.year(), t.issueDate.month(), 1);
        m_transfers.push_back(out);
        p.transferLetterOutId = static_cast<qint64>(m_transfers.size());
        if (p.status == PostingStatus::Closed) {
            TransferPlan back;
            back.order = static_cast<int>(m_transfers.size());
            Transfer& b = back.transfer;
            b.uuid = m_random.uuid();
            b.kind = t.kind == TransferKind::LabourExport ? TransferKind::Official : t.kind;
            b.direction = TransferDirection::Back;
            b.issuingCommitteeId = m_countryCommittee.value(p.countryCodes.first(), 0);
            if (b.issuingCommitteeId == 0)
                b.issuingCommitteeId = m_ministryId;
            b.issueDate = std::max(p.actualDeparture, p.actualReturn.addDays(-m_random.uniform(0, 10)));
            b.memberId = member.id;
            b.postingId = expectedId;
            b.receivingUnitId = member.homeUnitId;
            b.receivingUnitName = m_units[member.homeUnitId - 1].name;
            b.partyCardNumber = member.partyCardNumber;
            b.dossierNumber = member.dossierNumber;
            b.duesPaidUpTo = QDate(b.issueDate.year(), b.issueDate.month(), 1);
            m_transfers.push_back(back);
            p.transferLetterBackId = static_cast<qint64>(m_transfers.size());
        }
    }
    OREC_TRY(PostingRepository(m_db, AuditMode::CallerAuditsBulk).insert(scope, p));
    if (p.id != expectedId)
        return Error(ErrorCode::Internal, Texts::tr("The demo register must start empty."));
    ++m_summary.postings;
    ++m_summary.postingsByStatus[p.status];
    if (p.departedWithoutApproval)
        ++m_summary.unapprovedDepartures;
    if (p.isOverdueAbroad(m_asOf) && p.status != PostingStatus::LostContact)
        ++m_summary.overdueToReturn;

    // The documents the posting calls for, received or not as its status says.
    const bool departed = p.actualDeparture.isValid();
    ReportRepository reports(m_db, AuditMode::CallerAuditsBulk);
    for (ReportKind kind : requiredDocuments(p, m_rules)) {
        Report r;
        r.uuid = m_random.uuid();
        r.kind = kind;
        r.postingId = p.id;
        r.memberId = member.id;
        const DueDate due = computeDueDate(kind, p, m_rules, m_calendar);
        // As RegisterService does: a cancelled posting's documents are not due.
        r.dueDate = p.status == PostingStatus::Cancelled ? QDate() : due.date;
        r.ruleSetVersion = due.ruleSetVersion;
        const bool beforeDeparture = kind == ReportKind::PrivateTripApplication ||
                                     kind == ReportKind::RelativesCommitment ||
                                     kind == ReportKind::PreDeparture;
        bool received = false;
        if (beforeDeparture) {
            received = departed || (p.status == PostingStatus::Approved &&
                                    (kind != ReportKind::PreDeparture || m_random.chance(0.5)));
            if (p.departedWithoutApproval)
                received = received && m_random.chance(0.3);
            if (received) {
                QDate on = r.dueDate.addDays(-m_random.uniform(1, 10));
                if (p.approvalDate.isValid() && kind != ReportKind::PreDeparture)
                    on = std::min(on, p.approvalDate);
                r.receivedDate = std::min(on, m_asOf);
            }
        } else if (p.status == PostingStatus::Closed && r.dueDate.isValid()) {
            received = true;
            QDate on = m_random.chance(0.06) ? r.dueDate.addDays(m_random.uniform(1, 25))
                                             : r.dueDate.addDays(-m_random.uniform(0, 6));
            on = std::max(on, p.actualReturn);
            r.receivedDate = std::min(on, p.closedDate.isValid() ? p.closedDate : m_asOf);
            r.confirmed = kind == ReportKind::SelfReview;
        }
        if (received)
            r.receivedBy = m_db.actor().user;
        if (!received && r.dueDate.isValid() && r.dueDate < m_asOf && p.status != PostingStatus::Cancelled)
            ++m_summary.reportsOverdue;
        OREC_TRY(reports.insert(scope, r));
        if (r.id != m_nextReportId++)
            return Error(ErrorCode::Internal, Texts::tr("The demo register must start empty."));
        ++m_summary.reports;
    }
    return {};
}

Status Builder::generatePostings(WriteScope& scope, const Member& member, int count, const QDate& windowStart)
{
    if (count <= 0)
        return {};
    // The last posting decides where the member is now; the others are history before it.
    const double r = m_random.real();
    Fate fate = r < 0.118   ? Fate::CurrentStay
                : r < 0.130 ? Fate::OverdueStay
                : r < 0.134 ? Fate::LostContact
                : r < 0.164 ? Fate::Upcoming
                : r < 0.214 ? Fate::RecentlyReturned
                : r < 0.217 ? Fate::DidNotReturn
                            : Fate::Closed;
    const int windowDays = static_cast<int>(windowStart.daysTo(m_asOf));

    Posting last;
    switch (fate) {
    case Fate::CurrentStay:
    case Fate::OverdueStay:
    case Fate::LostContact:
    case Fate::DidNotReturn: {
        const CellType type =
            fate == Fate::DidNotReturn && m_random.chance(0.7) ? CellType::Labour : randomCellType();
        const auto [minMonths, maxMonths] = stayMonths(type);
        const int days = m_random.uniform(minMonths * 30, maxMonths * 30);
        QDate departure;
        if (fate == Fate::CurrentStay)
            departure = m_asOf.addDays(-m_random.uniform(10, std::max(11, std::min(days - 5, windowDays))));
        else if (fate == Fate::OverdueStay)
            departure = m_asOf.addDays(-m_random.uniform(3, 150) - days);
        else if (fate == Fate::LostContact)
            departure = m_asOf.addDays(-m_random.uniform(200, 900));
        else
            departure = m_asOf.addDays(-days - m_random.uniform(60, 1500));
        if (departure < windowStart)
            departure = windowStart.addDays(1);
        last = longStay(member, departure.addDays(m_random.uniform(0, 3)), days, type);
        last.plannedDeparture = departure;
        last.plannedReturn = departure.addDays(days);
        approve(last, member);
        last.actualDeparture = departure.addDays(m_random.uniform(0, 3));
        if (last.actualDeparture > m_asOf)
            last.actualDeparture = m_asOf;
        if (m_random.chance(0.004)) {
            last.departedWithoutApproval = true;
            last.approvalDate = QDate();
            last.approvingCommitteeId = 0;
        }
        if (fate == Fate::CurrentStay && m_random.chance(0.15)) {
            const QDate decided = std::min(m_asOf, last.plannedReturn.addDays(-m_random.uniform(20, 90)));
            if (decided > last.actualDeparture)
                last.extensions.append(
                    Extension{decisionNumber(homeCommitteeOf(member)), decided,
                              last.plannedReturn.addMonths(m_random.uniform(3, 12)),
                              QStringLiteral("Gia hạn theo đề nghị của cơ quan tiếp nhận")});
        }
        const bool inCell = m_random.chance(0.8) && last.overseasCellId != 0;
        if (!inCell)
            last.overseasCellId = 0;
        last.status = inCell ? PostingStatus::InOverseasCell : PostingStatus::Abroad;
        if (fate == Fate::LostContact) {
            last.status = PostingStatus::LostContact;
            last.lostContactSince = last.actualDeparture.addDays(m_random.uniform(
                30, std::max(31, static_cast<int>(last.actualDeparture.daysTo(m_asOf)) - 1)));
            if (*last.lostContactSince > m_asOf)
                last.lostContactSince = m_asOf;
        } else if (fate == Fate::DidNotReturn) {
            last.status = PostingStatus::DidNotReturn;
            last.didNotReturnDate =
                std::min(m_asOf, last.effectivePlannedReturn().addDays(m_random.uniform(30, 200)));
            last.statusReason = QStringLiteral("Hết hạn hợp đồng, không về nước");
        }
        break;
    }
    case Fate::Upcoming: {
        last = shortTrip(member, m_asOf.addDays(m_random.uniform(3, 60)), m_random.uniform(4, 20));
        if (m_random.chance(0.5)) {
            approve(last, member);
            last.status = PostingStatus::Approved;
        }
        break;
    }
    case Fate::RecentlyReturned:
    case Fate::Closed: {
        const QDate returned =
            fate == Fate::RecentlyReturned
                ? m_asOf.addDays(-m_random.uniform(0, 40))
                : m_asOf.addDays(-m_random.uniform(45, std::max(46, windowDays / std::max(1, count))));
        const int days = m_random.uniform(4, 20);
        QDate departure = returned.addDays(-days);
        if (departure < windowStart)
            departure = windowStart;
        last = shortTrip(member, departure, days);
        approve(last, member);
        last.actualDeparture = departure;
        last.actualReturn = std::max(departure, returned);
        last.status = PostingStatus::Returned;
        if (fate == Fate::Closed) {
            last.status = PostingStatus::Closed;
            last.closedDate = std::min(m_asOf, last.actualReturn.addDays(m_random.uniform(10, 30)));
        }
        if (m_random.chance(0.004)) {
            last.departedWithoutApproval = true;
            last.approvalDate = QDate();
            last.approvingCommitteeId = 0;
        }
        break;
    }
    }

    // History before the last posting, in equal slots so trips never overlap.
    const QDate lastStart = last.plannedDeparture < m_asOf ? last.plannedDeparture : m_asOf;
    const int earlier = count - 1;
    if (earlier > 0) {
        const int span = std::max(0, static_cast<int>(windowStart.daysTo(lastStart)) - 20);
        const int slot = std::max(3, span / earlier);
        for (int i = 0; i < earlier; ++i) {
            const QDate slotStart = windowStart.addDays(static_cast<qint64>(i) * slot);
            Posting p;
            int days = 0;
            if (slot >= 400 && m_random.chance(0.25)) {
                const CellType type = randomCellType();
                const auto [minMonths, maxMonths] = stayMonths(type);
                days = std::min(m_random.uniform(minMonths * 30, maxMonths * 30), slot - 60);
                p = longStay(member, slotStart.addDays(m_random.uniform(0, 20)), days, type);
            } else {
                days = std::max(1, std::min(m_random.uniform(3, 21), slot - 2));
                const int lead = std::max(0, std::min(slot - days - 2, 200));
                p = shortTrip(member, slotStart.addDays(m_random.uniform(0, lead)), days);
            }
            if (m_random.chance(0.03)) {
                p.status = PostingStatus::Cancelled;
                p.cancelledDate = p.plannedDeparture.addDays(-m_random.uniform(1, 10));
                p.statusReason = QStringLiteral("Thay đổi kế hoạch công tác");
                if (m_random.chance(0.5))
                    approve(p, member);
                p.overseasCellId = 0;
            } else {
                approve(p, member);
                if (m_random.chance(0.003)) {
                    p.departedWithoutApproval = true;
                    p.approvalDate = QDate();
                    p.approvingCommitteeId = 0;
                }
                p.actualDeparture = p.plannedDeparture.addDays(m_random.uniform(0, 1));
                if (p.overseasCellId != 0 && m_random.chance(0.1) && days > 200) {
                    const QDate decided = p.plannedReturn.addDays(-m_random.uniform(20, 60));
                    const QDate newReturn = p.plannedReturn.addDays(m_random.uniform(30, 50));
                    if (decided > p.actualDeparture)
                        p.extensions.append(Extension{decisionNumber(homeCommitteeOf(member)), decided,
                                                      newReturn, QStringLiteral("Gia hạn")});
                }
                p.actualReturn = std::min(p.effectivePlannedReturn().addDays(m_random.uniform(-3, 0)),
                                          slotStart.addDays(slot - 1));
                if (p.actualReturn < p.actualDeparture)
                    p.actualReturn = p.actualDeparture;
                p.status = PostingStatus::Closed;
                p.closedDate = std::max(
                    p.actualReturn, std::min(lastStart, p.actualReturn.addDays(m_random.uniform(10, 30))));
            }
            OREC_TRY(storePosting(scope, p, member));
        }
    }
    return storePosting(scope, last, member);
}

Result<DemoSummary> Builder::run(WriteScope& scope)
{
    buildUnits();

    std::vector<Member> members;
    members.reserve(static_cast<std::size_t>(m_options.members));
    std::vector<QDate> windowStarts;
    MemberRepository memberRepo(m_db, AuditMode::CallerAuditsBulk);
    for (int i = 0; i < m_options.members; ++i) {
        Member m = buildMember(i);
        OREC_TRY(memberRepo.insert(scope, m));
        if (m.id != i + 1)
            return Error(ErrorCode::Internal, Texts::tr("The demo register must start empty."));
        ++m_summary.members;
        if (m.isProbationary())
            ++m_summary.probationary;
        windowStarts.push_back(std::max(m.admissionDate, m_asOf.addYears(-12)));
        members.push_back(std::move(m));
    }

    const std::vector<int> counts = postingCounts(windowStarts);
    for (std::size_t i = 0; i < members.size(); ++i)
        OREC_TRY(generatePostings(scope, members[i], counts[i], windowStarts[i]));

    // Cells get a secretary and a deputy from the full members abroad in them now.
    {
        auto inCell = RegisterQueries(m_db).fullMembersInCellsNow(2);
        if (!inCell)
            return inCell.error();
        for (PartyUnit& u : m_units) {
            const QList<qint64> people = inCell->value(u.id);
            if (!people.isEmpty())
                u.secretaryMemberId = people.first();
            if (people.size() > 1)
                u.deputyMemberId = people.at(1);
        }
    }
    PartyUnitRepository unitRepo(m_db, AuditMode::CallerAuditsBulk);
    for (PartyUnit u : m_units) {
        const qint64 expected = u.id;
        OREC_TRY(unitRepo.insert(scope, u));
        if (u.id != expected)
            return Error(ErrorCode::Internal, Texts::tr("The demo register must start empty."));
    }

    // The transfer register of each committee numbers its letters by date.
    std::vector<std::size_t> order(m_transfers.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Transfer& x = m_transfers[a].transfer;
        const Transfer& y = m_transfers[b].transfer;
        if (x.issuingCommitteeId != y.issuingCommitteeId)
            return x.issuingCommitteeId < y.issuingCommitteeId;
        if (x.issueDate != y.issueDate)
            return x.issueDate < y.issueDate;
        return m_transfers[a].order < m_transfers[b].order;
    });
    qint64 committee = -1;
    RegisterNumber last;
    for (std::size_t i : order) {
        Transfer& t = m_transfers[i].transfer;
        if (t.issuingCommitteeId != committee || t.issueDate.year() != last.year) {
            committee = t.issuingCommitteeId;
            last = RegisterNumber{t.issueDate.year(), 0};
        }
        t.registerNumber = RegisterNumber{last.year, ++last.sequence};
    }
    TransferRepository transferRepo(m_db, AuditMode::CallerAuditsBulk);
    for (std::size_t i = 0; i < m_transfers.size(); ++i) {
        Transfer t = m_transfers[i].transfer;
        OREC_TRY(transferRepo.insert(scope, t));
        if (t.id != static_cast<qint64>(i + 1))
            return Error(ErrorCode::Internal, Texts::tr("The demo register must start empty."));
        ++m_summary.transfers;
    }
    return m_summary;
}

QJsonObject summaryJson(const DemoSummary& s, const DemoOptions& o, const QDate& asOf)
{
    return {{QStringLiteral("seed"), QString::number(o.seed)},
            {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
            {QStringLiteral("members"), s.members},
            {QStringLiteral("postings"), s.postings},
            {QStringLiteral("reports"), s.reports},
            {QStringLiteral("transfers"), s.transfers},
            {QStringLiteral("overseas_cells"), s.overseasCells},
            {QStringLiteral("home_cells"), s.homeCells},
            {QStringLiteral("committees"), s.committees}};
}

} // namespace

Result<DemoSummary> DemoGenerator::generate()
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    Database& db = m_session.database();
    OREC_TRY(db.require(Permission::WriteRecords));
    if (m_options.members < 0 || m_options.members > 2000000)
        return Error(ErrorCode::Invalid, Texts::tr("The number of members must be between 0 and 2,000,000."),
                     QStringLiteral("members"));
    const QDate asOf = m_options.asOf.isValid() ? m_options.asOf : m_session.clock().today();

    // Row ids are predicted from an empty register, so that postings can name their transfer letters
    // before the letters are written.
    auto members = MemberRepository(db).count();
    if (!members)
        return members.error();
    auto postings = PostingRepository(db).count();
    if (!postings)
        return postings.error();
    auto units = PartyUnitRepository(db).list();
    if (!units)
        return units.error();
    if (*members > 0 || *postings > 0 || !units->isEmpty())
        return Error(ErrorCode::Invalid,
                     Texts::tr("The register already has records; the demo department is made in a "
                               "new database."));

    RuleRepository ruleRepo(db);
    auto rules = ruleRepo.inForceOn(asOf);
    if (!rules)
        return rules.error();
    auto calendar = ruleRepo.workingCalendar();
    if (!calendar)
        return calendar.error();

    // Every index of the register grows at random places (uuids, names): with the whole working set in
    // memory, each page is decrypted and encrypted once instead of at every touch.
    // Past 100,000 members the indexes keyed by dates and names (postings by departure and return,
    // reports by due date) outgrow 1 GB; a national register of 1,000,000 needs about 2.
    auto previousCache = repo::setPageCacheMegabytes(db, std::clamp(m_options.members / 100, 64, 2048));
    if (!previousCache)
        return previousCache.error();
    const auto restoreCache = qScopeGuard([&] { (void)repo::setPageCacheMegabytes(db, *previousCache); });
    WriteScope scope(db);
    OREC_TRY(scope.status());
    OREC_TRY(repo::deferForeignKeys(scope));
    Builder builder(db, m_options, asOf, *rules, *calendar);
    auto summary = builder.run(scope);
    if (!summary)
        return summary.error();
    OREC_TRY(scope.audit(QStringLiteral("database"), db.databaseId(), QStringLiteral("demo:generate"), {},
                         summaryJson(*summary, m_options, asOf)));
    OREC_TRY(scope.commit());
    summary->milliseconds = timer.elapsed();
    summary->cpuMilliseconds = static_cast<qint64>(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    return summary;
}

} // namespace orec::app
