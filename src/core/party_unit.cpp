#include "core/party_unit.h"

namespace orec {

namespace {

constexpr EnumCode<UnitKind> kUnitKinds[] = {
    {UnitKind::Committee, "committee", nullptr, QT_TRANSLATE_NOOP("orec::UnitKind", "Party committee")},
    {UnitKind::Cell, "cell", nullptr, QT_TRANSLATE_NOOP("orec::UnitKind", "Party cell")},
    {UnitKind::Group, "group", nullptr, QT_TRANSLATE_NOOP("orec::UnitKind", "Party group")},
};

constexpr EnumCode<CellType> kCellTypes[] = {
    {CellType::Embassy, "embassy", "co_quan_dai_dien",
     QT_TRANSLATE_NOOP("orec::CellType", "Representative-mission cell")},
    {CellType::Spouse, "spouse", "phu_nhan_phu_quan", QT_TRANSLATE_NOOP("orec::CellType", "Spouse cell")},
    {CellType::Student, "student", "luu_hoc_sinh", QT_TRANSLATE_NOOP("orec::CellType", "Student cell")},
    {CellType::Labour, "labour", "lao_dong", QT_TRANSLATE_NOOP("orec::CellType", "Labour cell")},
    {CellType::Expert, "expert", "chuyen_gia", QT_TRANSLATE_NOOP("orec::CellType", "Expert cell")},
    {CellType::SelfEmployed, "self_employed", "tu_lap_nghiep",
     QT_TRANSLATE_NOOP("orec::CellType", "Self-employed cell")},
};

constexpr EnumCode<UnitLevel> kUnitLevels[] = {
    {UnitLevel::Province, "province", "tinh_uy",
     QT_TRANSLATE_NOOP("orec::UnitLevel", "Province-level committee or equivalent")},
    {UnitLevel::District, "district", "cap_huyen",
     QT_TRANSLATE_NOOP("orec::UnitLevel", "District-level committee or equivalent")},
    {UnitLevel::Grassroots, "grassroots", "co_so",
     QT_TRANSLATE_NOOP("orec::UnitLevel", "Grassroots committee")},
    {UnitLevel::Cell, "cell", "chi_bo", QT_TRANSLATE_NOOP("orec::UnitLevel", "Cell")},
};

} // namespace

std::span<const EnumCode<UnitLevel>> EnumCodes<UnitLevel>::table()
{
    return kUnitLevels;
}

UnitLevel defaultLevel(UnitKind kind, qint64 parentId)
{
    if (kind != UnitKind::Committee)
        return UnitLevel::Cell;
    return parentId == 0 ? UnitLevel::District : UnitLevel::Grassroots;
}

bool hasStandingCommittee(UnitLevel level)
{
    return level == UnitLevel::Province || level == UnitLevel::District;
}

std::span<const EnumCode<UnitKind>> EnumCodes<UnitKind>::table()
{
    return kUnitKinds;
}

std::span<const EnumCode<CellType>> EnumCodes<CellType>::table()
{
    return kCellTypes;
}

} // namespace orec
