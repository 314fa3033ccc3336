#include "app/interchange_format.h"

#include "core/text_folding.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace orec::app {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::app)
};

constexpr InterchangeColumn kMemberColumns[] = {
    {column::kFullName, "full_name", true},
    {column::kGender, "gender", false},
    {column::kDateOfBirth, "date_of_birth", false},
    {column::kHometown, "hometown", false},
    {column::kCitizenId, "citizen_id", false},
    {column::kPartyCard, "party_card_no", false},
    {column::kDossier, "dossier_no", false},
    {column::kAdmission, "admission_date", false},
    {column::kFullMembership, "full_membership_date", false},
    {column::kHomeUnit, "home_unit", false},
    {column::kPosition, "position", false},
    {column::kWorkplace, "workplace", false},
    {column::kPhone, "phone", false},
    {column::kEmail, "email", false},
    {column::kNotes, "notes", false},
    {column::kEarlierCard, "earlier_card_no", false},
};

constexpr InterchangeColumn kCellColumns[] = {
    {column::kCellCode, "code", true},        {column::kName, "name", true},
    {column::kCellType, "type", false},       {column::kCountry, "country", false},
    {column::kCity, "city", false},           {column::kParent, "parent", false},
    {column::kSecretary, "secretary", false}, {column::kKind, "kind", false},
    {column::kOverseas, "overseas", false},   {column::kEstablished, "established_date", false},
    {column::kActive, "active", false},
};

constexpr InterchangeColumn kPostingColumns[] = {
    {column::kPartyCard, "party_card_no", false},
    {column::kCitizenId, "citizen_id", false},
    {column::kPurpose, "purpose", true},
    {column::kCountry, "country", true},
    {column::kCity, "city", false},
    {column::kHost, "host", false},
    {column::kDecisionNo, "decision_no", false},
    {column::kDecisionDate, "decision_date", false},
    {column::kApprovingBody, "approving_body", false},
    {column::kPlannedDeparture, "planned_departure", false},
    {column::kPlannedReturn, "planned_return", false},
    {column::kDeparture, "departure_date", false},
    {column::kReturn, "return_date", false},
    {column::kOverseasCell, "overseas_cell", false},
    {column::kArrangement, "party_activity", false},
    {column::kStatus, "status", false},
    {column::kWithoutApproval, "departed_without_approval", false},
};

// The titles clerks write above these columns (the forms' and the printed lists' wording).
struct ColumnTitle
{
    const char* key;
    const char* title;
};

constexpr ColumnTitle kTitles[] = {
    {column::kFullName, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Họ và tên")},
    {column::kGender, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Giới tính")},
    {column::kDateOfBirth, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Ngày sinh")},
    {column::kHometown, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Quê quán")},
    {column::kCitizenId, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Số CCCD")},
    {column::kPartyCard, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Số thẻ đảng viên")},
    {column::kDossier, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Số lý lịch")},
    {column::kAdmission, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Ngày vào Đảng")},
    {column::kFullMembership, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Ngày chính thức")},
    {column::kHomeUnit, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Đơn vị sinh hoạt")},
    {column::kPosition, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Chức vụ")},
    {column::kWorkplace, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Nơi công tác")},
    {column::kPhone, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Điện thoại")},
    {column::kEmail, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Thư điện tử")},
    {column::kNotes, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Ghi chú")},
    {column::kEarlierCard, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Số thẻ cũ")},
    {column::kCellCode, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Mã đơn vị")},
    {column::kName, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Tên đơn vị")},
    {column::kCellType, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Loại chi bộ")},
    {column::kCountry, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Quốc gia")},
    {column::kCity, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Thành phố")},
    {column::kParent, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Đảng bộ cấp trên")},
    {column::kSecretary, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Bí thư (số thẻ đảng viên)")},
    {column::kKind, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Cấp tổ chức")},
    {column::kOverseas, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Ở nước ngoài")},
    {column::kEstablished, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Ngày thành lập")},
    {column::kActive, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Đang hoạt động")},
    {column::kPurpose, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Mục đích")},
    {column::kHost, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Cơ quan tiếp nhận")},
    {column::kDecisionNo, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Số quyết định")},
    {column::kDecisionDate, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Ngày quyết định")},
    {column::kApprovingBody, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Cấp quyết định")},
    {column::kPlannedDeparture, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Ngày đi dự kiến")},
    {column::kPlannedReturn, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Ngày về dự kiến")},
    {column::kDeparture, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Ngày đi")},
    {column::kReturn, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Ngày về")},
    {column::kOverseasCell, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Chi bộ ở nước ngoài")},
    {column::kArrangement, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Hình thức sinh hoạt đảng")},
    {column::kStatus, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Trạng thái")},
    {column::kWithoutApproval, QT_TRANSLATE_NOOP("orec::InterchangeColumn", "Đi khi chưa được duyệt")},
};

// Headers compare folded, with blanks and hyphens read as underscores.
QString headerKey(const QString& text)
{
    QString folded = foldForSearch(text);
    folded.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return folded;
}

} // namespace

std::span<const InterchangeColumn> interchangeColumns(InterchangeTable table)
{
    switch (table) {
    case InterchangeTable::Members:
        return kMemberColumns;
    case InterchangeTable::Cells:
        return kCellColumns;
    case InterchangeTable::Postings:
        return kPostingColumns;
    }
    return {};
}

std::optional<InterchangeTable> interchangeTableFromName(const QString& name)
{
    const QString key = headerKey(name);
    if (key == QLatin1String("members") || key == QLatin1String("member") ||
        key == QLatin1String("dang_vien"))
        return InterchangeTable::Members;
    if (key == QLatin1String("cells") || key == QLatin1String("cell") || key == QLatin1String("units") ||
        key == QLatin1String("chi_bo"))
        return InterchangeTable::Cells;
    if (key == QLatin1String("postings") || key == QLatin1String("posting") ||
        key == QLatin1String("chuyen_di"))
        return InterchangeTable::Postings;
    return std::nullopt;
}

QString interchangeTableName(InterchangeTable table)
{
    switch (table) {
    case InterchangeTable::Members:
        return QStringLiteral("members");
    case InterchangeTable::Cells:
        return QStringLiteral("cells");
    case InterchangeTable::Postings:
        return QStringLiteral("postings");
    }
    return {};
}

const InterchangeColumn* columnForHeader(InterchangeTable table, const QString& header)
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return nullptr;
    for (const InterchangeColumn& c : interchangeColumns(table)) {
        if (key == QLatin1String(c.header) || key == QLatin1String(c.alias))
            return &c;
    }
    return nullptr;
}

QString interchangeColumnTitle(const QString& key)
{
    for (const ColumnTitle& t : kTitles) {
        if (key == QLatin1String(t.key))
            return QCoreApplication::translate("orec::InterchangeColumn", t.title);
    }
    return key;
}

QString columnForField(InterchangeTable table, const QString& field)
{
    // Validation names fields by their English code; a few differ from the interchange aliases.
    static const QHash<QString, QString> special = {
        {QStringLiteral("home_unit"), QString::fromLatin1(column::kHomeUnit)},
        {QStringLiteral("cell_type"), QString::fromLatin1(column::kCellType)},
        {QStringLiteral("approving_body"), QString::fromLatin1(column::kApprovingBody)},
        {QStringLiteral("member"), QString::fromLatin1(column::kPartyCard)},
        {QStringLiteral("cell"), QString::fromLatin1(column::kOverseasCell)},
        {QStringLiteral("approval_date"), QString::fromLatin1(column::kDecisionDate)},
    };
    const QString base = field.section(QLatin1Char('.'), 0, 0);
    if (special.contains(base)) {
        const QString header = special.value(base);
        for (const InterchangeColumn& c : interchangeColumns(table)) {
            if (header == QLatin1String(c.header))
                return header;
        }
    }
    if (const InterchangeColumn* c = columnForHeader(table, base))
        return QString::fromLatin1(c->header);
    return {};
}

Result<QDate> parseInterchangeDate(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QDate();
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    int day = 0;
    int month = 0;
    int year = 0;
    if (const auto m = iso.match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (const auto d = dayFirst.match(text); d.hasMatch()) {
        day = d.captured(1).toInt();
        month = d.captured(2).toInt();
        year = d.captured(3).toInt();
    } else {
        return Error(ErrorCode::Invalid,
                     Texts::tr("\"%1\" is not a date; write dd/mm/yyyy or yyyy-mm-dd.").arg(text));
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return Error(ErrorCode::Invalid, Texts::tr("%1 is not a day of the calendar.").arg(text));
    return date;
}

QString formatInterchangeDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

Result<std::optional<bool>> parseYesNo(const QString& text)
{
    const QString key = foldForSearch(text);
    if (key.isEmpty())
        return std::optional<bool>();
    if (key == QLatin1String("co") || key == QLatin1String("x") || key == QLatin1String("1") ||
        key == QLatin1String("yes") || key == QLatin1String("true"))
        return std::optional<bool>(true);
    if (key == QLatin1String("khong") || key == QLatin1String("0") || key == QLatin1String("no") ||
        key == QLatin1String("false"))
        return std::optional<bool>(false);
    return Error(ErrorCode::Invalid, Texts::tr("\"%1\" is neither yes (co) nor no (khong).").arg(text));
}

QString formatYesNo(bool value)
{
    return value ? QStringLiteral("co") : QStringLiteral("khong");
}

std::optional<UnitKind> unitKindFromText(const QString& text)
{
    const QString key = headerKey(text);
    if (key == QLatin1String("dang_bo") || key == QLatin1String("dang_uy"))
        return UnitKind::Committee;
    if (key == QLatin1String("chi_bo"))
        return UnitKind::Cell;
    if (key == QLatin1String("to_dang"))
        return UnitKind::Group;
    return fromCodeName<UnitKind>(key);
}

QString unitKindCode(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Committee:
        return QStringLiteral("dang_bo");
    case UnitKind::Cell:
        return QStringLiteral("chi_bo");
    case UnitKind::Group:
        return QStringLiteral("to_dang");
    }
    return {};
}

} // namespace orec::app
