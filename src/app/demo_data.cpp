#include "app/demo_data.h"

namespace orec::app::demo {

namespace {

// Per mille, after the published surveys of Vietnamese family names (Nguyễn 38.4%, Trần 12.1%,
// Lê 9.5%, Phạm 7%, Hoàng/Huỳnh 5.1%, Phan 4.5%, Vũ/Võ 3.9%, Đặng 2.1%, Bùi 2%, Đỗ 1.4%, Hồ 1.3%,
// Ngô 1.3%, Dương 1%, Lý 0.5%); the tail shares what is left.
constexpr Weighted kFamilyNames[] = {
    {"Nguyễn", 384}, {"Trần", 121}, {"Lê", 95},   {"Phạm", 70}, {"Hoàng", 34}, {"Huỳnh", 17}, {"Phan", 45},
    {"Vũ", 22},      {"Võ", 17},    {"Đặng", 21}, {"Bùi", 20},  {"Đỗ", 14},    {"Hồ", 13},    {"Ngô", 13},
    {"Dương", 10},   {"Lý", 5},     {"Đinh", 9},  {"Trịnh", 7}, {"Đoàn", 7},   {"Lâm", 5},    {"Mai", 5},
    {"Trương", 6},   {"Cao", 5},    {"Lương", 5}, {"Tạ", 3},    {"Hà", 5},     {"Kiều", 2},   {"Quách", 2},
    {"Chu", 3},      {"Tô", 3},     {"Vương", 3}, {"Thái", 2},  {"Lưu", 3},    {"Nông", 2},   {"Triệu", 2},
    {"Đàm", 1},      {"Khúc", 1},   {"Lại", 2},   {"Mạc", 1},   {"Nghiêm", 1}, {"Phùng", 2},  {"Tăng", 1},
    {"Văn", 1},      {"Ông", 1},    {"Giang", 1}, {"Âu", 1},    {"Kim", 1},
};

constexpr Weighted kMaleMiddle[] = {
    {"Văn", 300},  {"Đức", 60},  {"Minh", 70},  {"Quang", 50}, {"Hữu", 50},     {"Công", 40},   {"Xuân", 30},
    {"Thành", 30}, {"Ngọc", 25}, {"Duy", 30},   {"Trọng", 30}, {"Quốc", 40},    {"Đình", 40},   {"Tuấn", 15},
    {"Mạnh", 15},  {"Thế", 25},  {"Hoàng", 20}, {"Anh", 20},   {"Văn Minh", 8}, {"Đức Anh", 8}, {"Hồng", 10},
    {"Bá", 15},    {"Viết", 10}, {"Tiến", 10},  {"Khắc", 8},   {"Trung", 10},
};

constexpr Weighted kFemaleMiddle[] = {
    {"Thị", 400},    {"Ngọc", 60},     {"Thu", 50},   {"Thanh", 50}, {"Thùy", 30},
    {"Minh", 30},    {"Phương", 25},   {"Hồng", 30},  {"Kim", 25},   {"Mai", 15},
    {"Diệu", 10},    {"Bích", 15},     {"Hoài", 10},  {"Khánh", 10}, {"Lan", 10},
    {"Thị Thu", 10}, {"Thị Ngọc", 10}, {"Quỳnh", 10}, {"Hải", 10},   {"Tuyết", 5},
};

constexpr Weighted kMaleGiven[] = {
    {"Anh", 40},   {"Bình", 20},  {"Cường", 20}, {"Dũng", 30},  {"Đức", 25},   {"Dương", 10}, {"Hải", 30},
    {"Hiếu", 20},  {"Hoàng", 20}, {"Hùng", 35},  {"Huy", 30},   {"Khánh", 15}, {"Khoa", 10},  {"Kiên", 10},
    {"Long", 25},  {"Minh", 35},  {"Nam", 30},   {"Nghĩa", 15}, {"Phong", 15}, {"Phúc", 10},  {"Quân", 15},
    {"Quang", 15}, {"Sơn", 30},   {"Tài", 10},   {"Thắng", 25}, {"Thành", 30}, {"Toàn", 15},  {"Trung", 25},
    {"Tuấn", 40},  {"Tùng", 20},  {"Việt", 15},  {"Vinh", 15},  {"Hưng", 25},  {"Lâm", 10},   {"Đạt", 20},
    {"Hiệp", 10},  {"Lộc", 10},   {"Thịnh", 10}, {"Tiến", 15},  {"Trí", 10},   {"Ánh", 3},    {"An", 10},
};

constexpr Weighted kFemaleGiven[] = {
    {"Anh", 35},   {"Châu", 10},  {"Chi", 15},    {"Dung", 20},  {"Giang", 15}, {"Hà", 30},    {"Hạnh", 20},
    {"Hằng", 25},  {"Hiền", 20},  {"Hoa", 25},    {"Hồng", 20},  {"Huệ", 10},   {"Hương", 35}, {"Lan", 30},
    {"Linh", 35},  {"Loan", 15},  {"Mai", 30},    {"My", 10},    {"Nga", 25},   {"Ngân", 10},  {"Ngọc", 20},
    {"Nhung", 20}, {"Oanh", 10},  {"Phương", 30}, {"Quyên", 10}, {"Quỳnh", 15}, {"Thảo", 30},  {"Thu", 20},
    {"Thủy", 30},  {"Trang", 35}, {"Trinh", 10},  {"Tuyết", 10}, {"Uyên", 10},  {"Vân", 20},   {"Yến", 20},
    {"Ánh", 10},   {"Diệp", 5},   {"Liên", 15},   {"Lý", 5},     {"Lệ", 5},
};

constexpr Weighted kProvinces[] = {
    {"Hà Nội", 90},      {"TP. Hồ Chí Minh", 80}, {"Nam Định", 30},   {"Nghệ An", 40},
    {"Thanh Hóa", 40},   {"Thái Bình", 30},       {"Hải Phòng", 25},  {"Hà Tĩnh", 25},
    {"Quảng Bình", 15},  {"Thừa Thiên Huế", 15},  {"Đà Nẵng", 15},    {"Quảng Nam", 20},
    {"Quảng Ngãi", 15},  {"Bình Định", 15},       {"Cần Thơ", 15},    {"An Giang", 15},
    {"Hải Dương", 25},   {"Bắc Ninh", 20},        {"Hưng Yên", 20},   {"Vĩnh Phúc", 15},
    {"Phú Thọ", 15},     {"Ninh Bình", 15},       {"Hà Nam", 15},     {"Bắc Giang", 15},
    {"Thái Nguyên", 15}, {"Lạng Sơn", 8},         {"Cao Bằng", 5},    {"Sơn La", 5},
    {"Đắk Lắk", 10},     {"Lâm Đồng", 10},        {"Khánh Hòa", 10},  {"Đồng Nai", 15},
    {"Bình Dương", 10},  {"Long An", 10},         {"Tiền Giang", 10}, {"Bến Tre", 10},
    {"Sóc Trăng", 5},    {"Cà Mau", 5},           {"Quảng Trị", 10},  {"Quảng Ninh", 15},
};

constexpr const char* kOrganisations[] = {
    "Trường Đại học Kỹ thuật",
    "Trường Đại học Sư phạm",
    "Trường Đại học Y",
    "Trường Đại học Kinh tế",
    "Trường Đại học Nông nghiệp",
    "Trường Đại học Ngoại ngữ",
    "Viện Nghiên cứu Nông nghiệp",
    "Viện Khoa học Vật liệu",
    "Viện Nghiên cứu Kinh tế",
    "Bệnh viện Đa khoa Trung ương",
    "Tổng công ty Xây dựng",
    "Tổng công ty Điện lực",
    "Tổng công ty Dầu khí",
    "Công ty Cổ phần Cơ khí",
    "Cục Hợp tác quốc tế",
    "Vụ Tổ chức cán bộ",
    "Sở Lao động - Thương binh và Xã hội",
    "Trung tâm Đào tạo",
    "Học viện Hành chính",
    "Tổng công ty Hàng hải",
    "Tổng công ty Dệt may",
    "Ngân hàng Thương mại",
    "Báo điện tử",
    "Đài Phát thanh",
};

constexpr const char* kDepartments[] = {
    "Khoa Cơ khí",
    "Khoa Điện",
    "Khoa Công nghệ thông tin",
    "Khoa Hóa học",
    "Khoa Ngoại ngữ",
    "Khoa Kinh tế",
    "Phòng Tổ chức cán bộ",
    "Phòng Hợp tác quốc tế",
    "Phòng Đào tạo",
    "Phòng Kế hoạch",
    "Phòng Hành chính",
    "Phòng Tài chính",
    "Ban Kỹ thuật",
    "Ban Dự án",
    "Văn phòng",
    "Trung tâm Nghiên cứu",
    "Xí nghiệp số 1",
    "Xí nghiệp số 2",
    "Khối Văn phòng",
    "Bộ môn Toán",
};

constexpr const char* kPositions[] = {
    "Giảng viên",       "Nghiên cứu viên", "Kỹ sư",        "Chuyên viên", "Trưởng phòng",
    "Phó trưởng phòng", "Bác sĩ",          "Kế toán viên", "Cán bộ",      "Công nhân kỹ thuật",
    "Phóng viên",       "Biên tập viên",   "Điều dưỡng",   "Giáo viên",
};

constexpr Place kStudentPlaces[] = {
    {"RU", "Mát-xcơ-va;Xanh Pê-téc-bua;Ca-dan;Vla-đi-vô-xtốc", 20},
    {"JP", "Tokyo;Osaka;Fukuoka;Nagoya", 18},
    {"AU", "Sydney;Melbourne;Canberra;Brisbane", 12},
    {"GB", "London;Manchester;Birmingham", 10},
    {"US", "Boston;San Francisco;New York;Houston", 10},
    {"FR", "Paris;Lyon;Toulouse", 8},
    {"DE", "Berlin;Munich;Leipzig", 8},
    {"KR", "Seoul;Busan;Daejeon", 10},
    {"CN", "Bắc Kinh;Thượng Hải;Nam Ninh", 8},
    {"CZ", "Praha;Brno", 4},
    {"PL", "Vác-sa-va;Krakow", 3},
    {"BY", "Minsk", 3},
    {"HU", "Budapest", 3},
    {"NL", "Amsterdam;Delft", 3},
    {"BE", "Brussels;Leuven", 3},
    {"CA", "Ottawa;Toronto;Vancouver", 4},
    {"NZ", "Wellington;Auckland", 2},
    {"TW", "Đài Bắc;Đài Trung", 4},
    {"SG", "Singapore", 3},
    {"IN", "New Delhi", 2},
};

constexpr Place kLabourPlaces[] = {
    {"JP", "Tokyo;Osaka;Aichi;Saitama;Hiroshima", 35},
    {"KR", "Seoul;Incheon;Gyeonggi;Busan;Ulsan", 25},
    {"TW", "Đài Bắc;Đào Viên;Đài Trung;Cao Hùng", 25},
    {"MY", "Kuala Lumpur;Penang", 4},
    {"SA", "Riyadh;Jeddah", 3},
    {"AE", "Dubai;Abu Dhabi", 2},
    {"RO", "Bucharest", 2},
    {"DE", "Berlin;Hamburg", 2},
    {"HU", "Budapest", 1},
    {"QA", "Doha", 1},
};

constexpr Place kExpertPlaces[] = {
    {"LA", "Viêng Chăn;Luông Pha Băng;Pắc Xế;Xa-va-na-khét", 35},
    {"KH", "Phnôm Pênh;Xiêm Riệp;Bát-tam-boong", 20},
    {"MZ", "Maputo;Nampula", 10},
    {"AO", "Luanda", 5},
    {"CU", "La Habana", 6},
    {"VE", "Caracas", 3},
    {"DZ", "Alger", 4},
    {"MM", "Yangon;Nay Pyi Taw", 5},
    {"TL", "Dili", 3},
    {"TZ", "Dar es Salaam", 3},
    {"SN", "Dakar", 2},
    {"MG", "Antananarivo", 2},
};

constexpr Place kMissionPlaces[] = {
    {"US", "Oa-sinh-tơn;New York;San Francisco;Houston", 8},
    {"CN", "Bắc Kinh;Quảng Châu;Côn Minh;Nam Ninh;Hồng Kông", 8},
    {"RU", "Mát-xcơ-va;Vla-đi-vô-xtốc;Ê-ca-tê-rin-bua", 6},
    {"JP", "Tokyo;Osaka;Fukuoka", 6},
    {"KR", "Seoul;Busan", 5},
    {"FR", "Paris", 4},
    {"DE", "Berlin;Frankfurt", 4},
    {"GB", "London", 4},
    {"AU", "Canberra;Sydney;Perth", 4},
    {"LA", "Viêng Chăn;Luông Pha Băng;Pắc Xế;Xa-va-na-khét", 5},
    {"KH", "Phnôm Pênh;Xi-ha-núc-vin;Bát-tam-boong", 5},
    {"TH", "Băng Cốc;Khon Kaen", 4},
    {"SG", "Singapore", 3},
    {"MY", "Kuala Lumpur", 3},
    {"ID", "Jakarta;Surabaya", 3},
    {"PH", "Manila", 2},
    {"MM", "Yangon", 2},
    {"IN", "New Delhi;Mumbai", 3},
    {"IT", "Rôma;Milano", 2},
    {"ES", "Madrid", 2},
    {"CZ", "Praha", 2},
    {"PL", "Vác-sa-va", 2},
    {"HU", "Budapest", 2},
    {"UA", "Kiép;Ô-đét-xa", 2},
    {"BE", "Brussels", 2},
    {"NL", "Hague", 1},
    {"CH", "Genève;Bern", 2},
    {"AT", "Viên", 1},
    {"SE", "Stockholm", 1},
    {"CA", "Ottawa;Vancouver", 2},
    {"BR", "Brasília", 1},
    {"MX", "Mexico City", 1},
    {"CU", "La Habana", 2},
    {"EG", "Cairo", 1},
    {"ZA", "Pretoria", 1},
    {"MZ", "Maputo", 1},
    {"DZ", "Alger", 1},
    {"TR", "Ankara;Istanbul", 1},
    {"IL", "Tel Aviv", 1},
    {"AE", "Abu Dhabi;Dubai", 1},
    {"SA", "Riyadh", 1},
    {"KW", "Kuwait City", 1},
    {"NZ", "Wellington", 1},
    {"TW", "Đài Bắc", 2},
    {"BY", "Minsk", 1},
};

constexpr Place kSpousePlaces[] = {
    {"US", "Oa-sinh-tơn;New York", 10},
    {"CN", "Bắc Kinh;Quảng Châu", 10},
    {"RU", "Mát-xcơ-va", 8},
    {"JP", "Tokyo", 8},
    {"FR", "Paris", 6},
    {"DE", "Berlin", 6},
    {"GB", "London", 6},
    {"LA", "Viêng Chăn", 6},
    {"KH", "Phnôm Pênh", 5},
    {"KR", "Seoul", 5},
    {"AU", "Canberra", 4},
    {"TH", "Băng Cốc", 4},
    {"IN", "New Delhi", 3},
    {"SG", "Singapore", 3},
    {"BE", "Brussels", 2},
    {"CH", "Genève", 2},
};

constexpr Place kSelfEmployedPlaces[] = {
    {"DE", "Berlin;Leipzig;Dresden;Hamburg;Frankfurt", 20},
    {"CZ", "Praha;Cheb;Brno;Ostrava", 18},
    {"PL", "Vác-sa-va;Krakow", 12},
    {"US", "Houston;San Jose;Orange County;Seattle", 12},
    {"RU", "Mát-xcơ-va;Xanh Pê-téc-bua", 10},
    {"UA", "Kiép;Khác-cốp;Ô-đét-xa", 6},
    {"HU", "Budapest", 5},
    {"SK", "Bratislava", 4},
    {"FR", "Paris;Marseille", 5},
    {"AU", "Sydney;Melbourne", 6},
    {"CA", "Toronto;Montreal", 4},
    {"GB", "London;Birmingham", 4},
    {"BG", "Sofia", 2},
    {"RO", "Bucharest", 2},
    {"AO", "Luanda", 2},
};

constexpr Place kShortTrips[] = {
    {"CN", "Bắc Kinh;Thượng Hải;Quảng Châu;Côn Minh", 14},
    {"TH", "Băng Cốc;Chiang Mai;Phuket", 14},
    {"JP", "Tokyo;Osaka;Kyoto", 10},
    {"KR", "Seoul;Busan", 10},
    {"SG", "Singapore", 8},
    {"FR", "Paris", 5},
    {"US", "Oa-sinh-tơn;New York;San Francisco", 6},
    {"LA", "Viêng Chăn;Luông Pha Băng", 6},
    {"KH", "Phnôm Pênh;Xiêm Riệp", 6},
    {"MY", "Kuala Lumpur", 5},
    {"AU", "Sydney;Melbourne", 5},
    {"DE", "Berlin;Munich", 4},
    {"RU", "Mát-xcơ-va", 4},
    {"GB", "London", 3},
    {"IT", "Rôma", 2},
    {"ID", "Jakarta;Bali", 3},
    {"IN", "New Delhi", 2},
    {"CZ", "Praha", 2},
    {"BE", "Brussels", 2},
    {"CH", "Genève", 2},
    {"TW", "Đài Bắc", 4},
    {"PH", "Manila", 2},
    {"AE", "Dubai", 2},
};

} // namespace

std::span<const Weighted> familyNames()
{
    return kFamilyNames;
}
std::span<const Weighted> maleMiddleNames()
{
    return kMaleMiddle;
}
std::span<const Weighted> femaleMiddleNames()
{
    return kFemaleMiddle;
}
std::span<const Weighted> maleGivenNames()
{
    return kMaleGiven;
}
std::span<const Weighted> femaleGivenNames()
{
    return kFemaleGiven;
}
std::span<const Weighted> provinces()
{
    return kProvinces;
}
std::span<const char* const> organisations()
{
    return kOrganisations;
}
std::span<const char* const> departments()
{
    return kDepartments;
}
std::span<const char* const> positions()
{
    return kPositions;
}

std::span<const Place> placesFor(CellType type)
{
    switch (type) {
    case CellType::Embassy:
        return kMissionPlaces;
    case CellType::Spouse:
        return kSpousePlaces;
    case CellType::Student:
        return kStudentPlaces;
    case CellType::Labour:
        return kLabourPlaces;
    case CellType::Expert:
        return kExpertPlaces;
    case CellType::SelfEmployed:
        return kSelfEmployedPlaces;
    }
    return kMissionPlaces;
}

std::span<const Place> shortTripPlaces()
{
    return kShortTrips;
}

} // namespace orec::app::demo
