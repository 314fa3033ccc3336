// The spreadsheet interchange format of DOMAIN.md: its three tables, their columns with Vietnamese
// headers and English aliases, and how dates and yes/no values are written in it.
#pragma once

#include "core/party_unit.h"
#include "core/result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <span>

namespace orec::app {

enum class InterchangeTable {
    Members,
    Cells,
    Postings,
};

struct InterchangeColumn
{
    const char* header; // Vietnamese header, what exports write
    const char* alias;  // English alias, also accepted
    bool required;      // the column must be present and the value filled in
};

// Stable header names (Vietnamese), used as keys by import and export.
namespace column {
inline constexpr char kFullName[] = "ho_ten";
inline constexpr char kGender[] = "gioi_tinh";
inline constexpr char kDateOfBirth[] = "ngay_sinh";
inline constexpr char kHometown[] = "que_quan";
inline constexpr char kCitizenId[] = "so_cccd";
inline constexpr char kPartyCard[] = "so_the_dang_vien";
inline constexpr char kDossier[] = "so_ly_lich";
inline constexpr char kAdmission[] = "ngay_vao_dang";
inline constexpr char kFullMembership[] = "ngay_chinh_thuc";
inline constexpr char kHomeUnit[] = "don_vi_sinh_hoat";
inline constexpr char kPosition[] = "chuc_vu";
inline constexpr char kWorkplace[] = "noi_cong_tac";
inline constexpr char kPhone[] = "dien_thoai";
inline constexpr char kEmail[] = "email";
inline constexpr char kNotes[] = "ghi_chu";
// Beyond DOMAIN.md: on import, the card number the member holds now in the register, when the row gives
// the new one (the 2025 re-issue of cards); exports leave it empty.
inline constexpr char kEarlierCard[] = "so_the_cu";

inline constexpr char kCellCode[] = "ma_chi_bo";
inline constexpr char kName[] = "ten";
inline constexpr char kCellType[] = "loai";
inline constexpr char kCountry[] = "quoc_gia";
inline constexpr char kCity[] = "thanh_pho";
inline constexpr char kParent[] = "dang_bo_cap_tren";
inline constexpr char kSecretary[] = "bi_thu";
inline constexpr char kKind[] = "cap_to_chuc";           // beyond DOMAIN.md: committee, cell or group
inline constexpr char kOverseas[] = "o_nuoc_ngoai";      // beyond DOMAIN.md: a unit abroad (co/khong)
inline constexpr char kEstablished[] = "ngay_thanh_lap"; // beyond DOMAIN.md
inline constexpr char kActive[] = "hoat_dong";           // beyond DOMAIN.md (co/khong)

inline constexpr char kPurpose[] = "muc_dich";
inline constexpr char kHost[] = "co_quan_tiep_nhan";
inline constexpr char kDecisionNo[] = "so_quyet_dinh";
inline constexpr char kDecisionDate[] = "ngay_quyet_dinh";
inline constexpr char kApprovingBody[] = "cap_quyet_dinh";
inline constexpr char kPlannedDeparture[] = "ngay_di_du_kien";
inline constexpr char kPlannedReturn[] = "ngay_ve_du_kien";
inline constexpr char kDeparture[] = "ngay_di";
inline constexpr char kReturn[] = "ngay_ve";
inline constexpr char kOverseasCell[] = "chi_bo_nuoc_ngoai";
inline constexpr char kArrangement[] = "hinh_thuc_sinh_hoat";
inline constexpr char kStatus[] = "trang_thai"; // beyond DOMAIN.md: the posting's status code
// Beyond DOMAIN.md: "co" for a departure recorded without approval (flagged for the committee,
// Regulation 69-QĐ/TW art. 34); such a posting needs no approving committee.
inline constexpr char kWithoutApproval[] = "di_khi_chua_duoc_duyet";
} // namespace column

std::span<const InterchangeColumn> interchangeColumns(InterchangeTable table);
// "members", "cells", "postings" (and the Vietnamese "dang_vien", "chi_bo", "chuyen_di").
std::optional<InterchangeTable> interchangeTableFromName(const QString& name);
QString interchangeTableName(InterchangeTable table);

// The column a header names, by its Vietnamese header or English alias, whatever the case,
// diacritics, spaces or hyphens ("Ngày sinh", "date of birth", "NGAY_SINH" all name ngay_sinh);
// nullptr when the table has no such column.
const InterchangeColumn* columnForHeader(InterchangeTable table, const QString& header);
// The title a clerk knows for an interchange column ("Họ và tên" for ho_ten), translated; the key itself
// when it has none. The interchange sheets are Vietnamese, so the titles are written in Vietnamese.
QString interchangeColumnTitle(const QString& key);

// The interchange column that a validation field name (core/validation.h) points at.
QString columnForField(InterchangeTable table, const QString& field);

// dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) and yyyy-mm-dd. Empty text is an invalid
// QDate, not an error; text that is not a date, or a day that does not exist (31/02), is an error.
Result<QDate> parseInterchangeDate(const QString& text);
QString formatInterchangeDate(const QDate& date); // dd/MM/yyyy, empty for an invalid date

// "có"/"co"/"x"/"1"/"yes"/"true" and "không"/"khong"/"0"/"no"/"false"; empty is nullopt.
Result<std::optional<bool>> parseYesNo(const QString& text);
QString formatYesNo(bool value); // "co" / "khong"

// Unit kinds in the cells table: dang_bo (committee), chi_bo (cell), to_dang (group), or the English codes.
std::optional<UnitKind> unitKindFromText(const QString& text);
QString unitKindCode(UnitKind kind);

} // namespace orec::app
