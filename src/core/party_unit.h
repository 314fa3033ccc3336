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

struct PartyUnit
{
    QString uuid;
    qint64 id = 0;
    int version = 0;

    QString code; // the department's own code, unique; the interchange key (ma_chi_bo)
    QString name;
    UnitKind kind = UnitKind::Cell;
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
