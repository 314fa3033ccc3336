#include "reports/column_mapping.h"

#include "core/text_folding.h"
#include "reports/csv_reader.h"
#include "reports/xlsx_reader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <span>

namespace orec::reports {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};

// "Họ và tên" -> "hovaten": folded, letters and digits only.
QString squash(const QString& header)
{
    const QString folded = foldForSearch(header);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

struct FieldSpec
{
    const char* key;
    const char* alias;
    bool required;
    const char* spoken; // headers clerks write, '|'-separated (folded before matching)
};

const FieldSpec kMembers[] = {
    {"ho_ten", "full_name", true, "ho va ten|ho ten|ten|name"},
    {"gioi_tinh", "gender", false, "gioi tinh|nam nu|phai"},
    {"ngay_sinh", "date_of_birth", false, "ngay sinh|ngay thang nam sinh|sinh ngay|dob|birth date"},
    {"que_quan", "hometown", false, "que quan|que|nguyen quan"},
    {"so_cccd", "citizen_id", false, "so cccd|cccd|can cuoc cong dan|so can cuoc|cmnd|so cmnd|id"},
    {"so_the_dang_vien", "party_card_no", false, "so the dang vien|so the dv|the dang vien|so the"},
    {"ngay_vao_dang", "admission_date", false, "ngay vao dang|ngay ket nap|ngay vao dang du bi"},
    {"ngay_chinh_thuc", "full_membership_date", false, "ngay chinh thuc|ngay dang vien chinh thuc"},
    {"don_vi_sinh_hoat", "home_unit", false, "don vi sinh hoat|chi bo|don vi|chi bo sinh hoat"},
    {"chuc_vu", "position", false, "chuc vu|chuc danh"},
    {"noi_cong_tac", "workplace", false, "noi cong tac|co quan|don vi cong tac"},
    {"dien_thoai", "phone", false, "dien thoai|so dien thoai|sdt|dt"},
    {"email", "email", false, "email|thu dien tu|e mail"},
    {"ghi_chu", "notes", false, "ghi chu|note"},
    {"so_the_cu", "earlier_card_no", false, "so the cu|so the dang vien cu|so the truoc|the cu|old card"},
};

const FieldSpec kCells[] = {
    {"ma_chi_bo", "code", true, "ma chi bo|ma"},
    {"ten", "name", true, "ten chi bo|ten"},
    {"loai", "type", true, "loai chi bo|loai"},
    {"quoc_gia", "country", true, "quoc gia|nuoc|nuoc so tai"},
    {"thanh_pho", "city", false, "thanh pho|dia ban"},
    {"dang_bo_cap_tren", "parent", false, "dang bo cap tren|cap tren|truc thuoc"},
    {"bi_thu", "secretary", false, "bi thu|the bi thu"},
};

const FieldSpec kPostings[] = {
    {"so_the_dang_vien", "party_card_no", false, "so the dang vien|so the dv|so the"},
    {"so_cccd", "citizen_id", false, "so cccd|cccd|can cuoc cong dan|cmnd"},
    {"muc_dich", "purpose", true, "muc dich|muc dich chuyen di|ly do"},
    {"quoc_gia", "country", true, "quoc gia|nuoc den|nuoc"},
    {"thanh_pho", "city", false, "thanh pho|noi den"},
    {"co_quan_tiep_nhan", "host", false, "co quan tiep nhan|don vi tiep nhan|noi cong tac o nuoc ngoai"},
    {"so_quyet_dinh", "decision_no", false, "so quyet dinh|quyet dinh|so qd"},
    {"ngay_quyet_dinh", "decision_date", false, "ngay quyet dinh|ngay qd"},
    {"cap_quyet_dinh", "approving_body", false, "cap quyet dinh|co quan quyet dinh"},
    {"ngay_di_du_kien", "planned_departure", false, "ngay di du kien|du kien di"},
    {"ngay_ve_du_kien", "planned_return", false, "ngay ve du kien|du kien ve"},
    {"ngay_di", "departure_date", false, "ngay di|ngay xuat canh"},
    {"ngay_ve", "return_date", false, "ngay ve|ngay nhap canh|ngay ve nuoc"},
    {"chi_bo_nuoc_ngoai", "overseas_cell", false, "chi bo nuoc ngoai|chi bo o nuoc ngoai|ma chi bo"},
    {"hinh_thuc_sinh_hoat", "party_activity", false, "hinh thuc sinh hoat|sinh hoat dang"},
};

std::span<const FieldSpec> specs(InterchangeSheet sheet)
{
    switch (sheet) {
    case InterchangeSheet::Members:
        return kMembers;
    case InterchangeSheet::Cells:
        return kCells;
    case InterchangeSheet::Postings:
        return kPostings;
    }
    return {};
}

} // namespace

QList<InterchangeField> interchangeFields(InterchangeSheet sheet)
{
    QList<InterchangeField> fields;
    for (const FieldSpec& s : specs(sheet))
        fields.append({QString::fromLatin1(s.key), QString::fromLatin1(s.alias), s.required});
    return fields;
}

QStringList ColumnMapping::missingRequired(InterchangeSheet sheet) const
{
    QStringList missing;
    const QList<InterchangeField> fields = interchangeFields(sheet);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).required && sourceColumn.value(i, -1) < 0)
            missing << fields.at(i).key;
    }
    // Postings name their member by card number or citizen ID: one of the two is required.
    if (sheet == InterchangeSheet::Postings && sourceColumn.value(0, -1) < 0 && sourceColumn.value(1, -1) < 0)
        missing << QStringLiteral("so_the_dang_vien|so_cccd");
    return missing;
}

ColumnMapping suggestMapping(const QStringList& header, InterchangeSheet sheet)
{
    const std::span<const FieldSpec> fields = specs(sheet);
    ColumnMapping mapping;
    mapping.sourceColumn = QList<int>(qsizetype(fields.size()), -1);
    QList<QString> squashed;
    for (const QString& h : header)
        squashed << squash(h);
    QList<bool> used(header.size(), false);
    // Pass 1: exact keys and aliases; pass 2: the words clerks write, in the order listed (most specific
    // first).
    for (int pass = 0; pass < 2; ++pass) {
        for (size_t f = 0; f < fields.size(); ++f) {
            if (mapping.sourceColumn.at(qsizetype(f)) >= 0)
                continue;
            QStringList candidates;
            if (pass == 0)
                candidates << squash(QString::fromLatin1(fields[f].key))
                           << squash(QString::fromLatin1(fields[f].alias));
            else
                for (const QString& s : QString::fromLatin1(fields[f].spoken).split(QLatin1Char('|')))
                    candidates << squash(s);
            for (const QString& cand : candidates) {
                const qsizetype col = squashed.indexOf(cand);
                if (col >= 0 && !used.at(col)) {
                    mapping.sourceColumn[qsizetype(f)] = int(col);
                    used[col] = true;
                    break;
                }
            }
        }
    }
    return mapping;
}

SheetData applyMapping(const SheetData& source, const ColumnMapping& mapping, InterchangeSheet sheet)
{
    SheetData out;
    const QList<InterchangeField> fields = interchangeFields(sheet);
    for (const InterchangeField& f : fields)
        out.header << f.key;
    out.lines = source.lines;
    out.rows.reserve(source.rows.size());
    for (const QStringList& row : source.rows) {
        QStringList mapped;
        mapped.reserve(fields.size());
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const int col = mapping.sourceColumn.value(f, -1);
            mapped << (col >= 0 ? row.value(col).trimmed() : QString());
        }
        out.rows << mapped;
    }
    return out;
}

Result<SheetData> readSpreadsheet(const QString& path, int sheetIndex)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QList<QStringList> rows;
    QList<int> lines;
    if (suffix == QLatin1String("xlsx")) {
        auto reader = XlsxReader::open(path);
        if (!reader)
            return reader.error();
        auto sheet = reader->sheet(sheetIndex);
        if (!sheet)
            return sheet.error();
        for (qsizetype i = 0; i < sheet->rows.size(); ++i) {
            rows << sheet->rows.at(i);
            lines << int(i + 1);
        }
    } else if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt") ||
               suffix == QLatin1String("tsv")) {
        auto table = CsvReader::readFile(path);
        if (!table)
            return table.error();
        for (const CsvRecord& r : table->records) {
            rows << r.fields;
            lines << r.line;
        }
    } else {
        return Error(ErrorCode::Usage,
                     Texts::tr("Import reads .csv and .xlsx files; %1 is neither.").arg(path), path);
    }
    const auto blank = [](const QStringList& r) {
        for (const QString& s : r) {
            if (!s.trimmed().isEmpty())
                return false;
        }
        return true;
    };
    SheetData data;
    qsizetype i = 0;
    while (i < rows.size() && blank(rows.at(i)))
        ++i;
    if (i >= rows.size())
        return Error(ErrorCode::Invalid, Texts::tr("The sheet is empty."), path);
    for (const QString& h : rows.at(i))
        data.header << h.trimmed();
    for (++i; i < rows.size(); ++i) {
        if (blank(rows.at(i)))
            continue;
        data.rows << rows.at(i);
        data.lines << lines.at(i);
    }
    return data;
}

} // namespace orec::reports
