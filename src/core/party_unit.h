// PartyUnit: a committee, cell or group at home or abroad; units form a tree through parentId.
#pragma once

#include "core/enum_codes.h"

#include <QDate>
#include <QString>
#include <optional>

namespace orec {

enum class UnitKind {
    Committee, // đảng bộ / đảng ủy
    Cell,      // chi bộ
    Group,     // tổ đảng
};

// The six kinds of overseas cell. Code names: embassy, spouse, student, labour, expert,
// self_employed; interchange codes: co_quan_dai_dien, phu_nhan_phu_quan, luu_hoc_sinh,
// lao_dong, chuyen_gia, tu_lap_nghiep.
enum class CellType {
    Embassy,
    Spouse,
    Student,
    Labour,
    Expert,
    SelfEmployed,
};

// Where a unit stands in the Party's tiers (Hướng dẫn 12-HD/BTCTW 2022): it decides which papers it may
// issue (a 3A-SHĐ slip only from the district level or above) and who signs them ("T/M BAN THƯỜNG VỤ"
// above the grassroots, "T/M ĐẢNG ỦY" at the grassroots, "T/M CHI ỦY" in a cell).
enum class UnitLevel {
    Province,   // province: tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương and equivalent
    District,   // district: huyện ủy and equivalent, the committee directly above the grassroots
    Grassroots, // grassroots: đảng ủy cơ sở (its cells are directly below it)
    Cell,       // cell: chi bộ (and a tổ đảng below it)
};

template <> struct EnumCodes<UnitKind>
{
    static const char* context() { return "orec::UnitKind"; }
    static std::span<const EnumCode<UnitKind>> table();
};

template <> struct EnumCodes<CellType>
{
    static const char* context() { return "orec::CellType"; }
    static std::span<const EnumCode<CellType>> table();
};

template <> struct EnumCodes<UnitLevel>
{
    static const char* context() { return "orec::UnitLevel"; }
    static std::span<const EnumCode<UnitLevel>> table();
};

// The level a unit recorded before levels existed is taken to have: a cell or group is a cell; a
// committee at the top of the register's tree is the one that keeps the register and issues transfer
// papers, the level directly above the grassroots; a committee under another committee is a grassroots one.
UnitLevel defaultLevel(UnitKind kind, qint64 parentId);

// "Ban Thường vụ" signs for a committee above the grassroots, "Đảng ủy" for a grassroots committee,
// "Chi ủy" for a cell: the collective named in "T/M …".
bool hasStandingCommittee(UnitLevel level);

struct PartyUnit
{
    QString uuid;
    qint64 id = 0;
    int version = 0;

    QString code; // the department's own code, unique; the interchange key (ma_chi_bo)
    QString name;
    UnitKind kind = UnitKind::Cell;
    UnitLevel level = UnitLevel::Cell;
    qint64 parentId = 0; // 0 = top of the tree
    bool overseas = false;

    // Set for overseas cells only.
    std::optional<CellType> cellType;
    QString countryCode; // ISO 3166-1 alpha-2; overseas units only
    QString city;
    qint64 secretaryMemberId = 0;
    qint64 deputyMemberId = 0;
    QDate establishedDate;
    bool active = true;
    // A cell allowed abroad with 3+ members counting probationary ones, secretary appointed.
    bool probationaryCell = false;

    bool isOverseasCell() const { return overseas && kind == UnitKind::Cell; }
};

} // namespace orec
