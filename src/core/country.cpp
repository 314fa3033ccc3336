#include "core/country.h"

#include "core/text_folding.h"

#include <QHash>

namespace orec {

namespace {

struct CountryRow
{
    const char* code;
    const char* english;
    const char* englishAliases; // ';'-separated
    const char* vietnamese;
    const char* vietnameseAliases; // ';'-separated
};

// Vietnamese names follow the transcriptions of the Foreign Ministry's lists where one exists;
// aliases carry the forms the press and clerks use ("Úc", "Singapore", "Mỹ").
constexpr CountryRow kCountries[] = {
    {"AD", "Andorra", "", "An-đô-ra", "Andorra"},
    {"AE", "United Arab Emirates", "UAE", "Các Tiểu vương quốc A-rập Thống nhất",
     "Các Tiểu vương quốc Ả Rập Thống nhất;UAE"},
    {"AF", "Afghanistan", "", "Áp-ga-ni-xtan", "Afghanistan"},
    {"AG", "Antigua and Barbuda", "", "An-ti-gu-a và Bác-bu-đa", "Antigua và Barbuda"},
    {"AI", "Anguilla", "", "An-gui-la", "Anguilla"},
    {"AL", "Albania", "", "An-ba-ni", "Albania"},
    {"AM", "Armenia", "", "Ác-mê-ni-a", "Armenia"},
    {"AO", "Angola", "", "Ăng-gô-la", "Angola"},
    {"AQ", "Antarctica", "", "Châu Nam Cực", "Nam Cực"},
    {"AR", "Argentina", "", "Ác-hen-ti-na", "Argentina"},
    {"AS", "American Samoa", "", "Xa-moa thuộc Mỹ", "Samoa thuộc Mỹ"},
    {"AT", "Austria", "", "Áo", ""},
    {"AU", "Australia", "", "Ô-xtrây-li-a", "Úc;Australia"},
    {"AW", "Aruba", "", "A-ru-ba", "Aruba"},
    {"AX", "Åland Islands", "", "Quần đảo A-lan", "Quần đảo Åland"},
    {"AZ", "Azerbaijan", "", "A-déc-bai-gian", "Azerbaijan"},
    {"BA", "Bosnia and Herzegovina", "", "Bô-xni-a và Héc-dê-gô-vi-na", "Bosnia và Herzegovina"},
    {"BB", "Barbados", "", "Bác-ba-đốt", "Barbados"},
    {"BD", "Bangladesh", "", "Băng-la-đét", "Bangladesh"},
    {"BE", "Belgium", "", "Bỉ", "Vương quốc Bỉ"},
    {"BF", "Burkina Faso", "", "Buốc-ki-na Pha-xô", "Burkina Faso"},
    {"BG", "Bulgaria", "", "Bun-ga-ri", "Bulgaria"},
    {"BH", "Bahrain", "", "Ba-ranh", "Bahrain"},
    {"BI", "Burundi", "", "Bu-run-đi", "Burundi"},
    {"BJ", "Benin", "", "Bê-nanh", "Benin"},
    {"BL", "Saint Barthélemy", "", "Xanh Ba-tê-lê-mi", "Saint Barthélemy"},
    {"BM", "Bermuda", "", "Béc-mu-đa", "Bermuda"},
    {"BN", "Brunei", "Brunei Darussalam", "Bru-nây", "Brunei;Bru-nây Đa-rút-xa-lam"},
    {"BO", "Bolivia", "Bolivia, Plurinational State of", "Bô-li-vi-a", "Bolivia"},
    {"BQ", "Bonaire, Sint Eustatius and Saba", "", "Bô-ne, Xin Ơ-xta-ti-út và Xa-ba", "Caribe thuộc Hà Lan"},
    {"BR", "Brazil", "", "Bra-xin", "Brazil"},
    {"BS", "Bahamas", "", "Ba-ha-ma", "Bahamas"},
    {"BT", "Bhutan", "", "Bu-tan", "Bhutan"},
    {"BV", "Bouvet Island", "", "Đảo Bu-vê", "Đảo Bouvet"},
    {"BW", "Botswana", "", "Bốt-xoa-na", "Botswana"},
    {"BY", "Belarus", "", "Bê-la-rút", "Belarus"},
    {"BZ", "Belize", "", "Bê-li-xê", "Belize"},
    {"CA", "Canada", "", "Ca-na-đa", "Canada"},
    {"CC", "Cocos (Keeling) Islands", "", "Quần đảo Cốc-cốt (Kiu-linh)", "Quần đảo Cocos"},
    {"CD", "DR Congo", "Congo, The Democratic Republic of the;Democratic Republic of the Congo",
     "Cộng hòa Dân chủ Công-gô", "CHDC Công-gô;Congo-Kinshasa"},
    {"CF", "Central African Republic", "", "Cộng hòa Trung Phi", "Trung Phi"},
    {"CG", "Congo", "Republic of the Congo", "Công-gô", "Cộng hòa Công-gô;Congo"},
    {"CH", "Switzerland", "", "Thụy Sĩ", "Thụy Sỹ"},
    {"CI", "Côte d'Ivoire", "Ivory Coast", "Cốt Đi-voa", "Bờ Biển Ngà;Côte d'Ivoire"},
    {"CK", "Cook Islands", "", "Quần đảo Cúc", "Quần đảo Cook"},
    {"CL", "Chile", "", "Chi-lê", "Chile"},
    {"CM", "Cameroon", "", "Ca-mơ-run", "Cameroon"},
    {"CN", "China", "", "Trung Quốc", ""},
    {"CO", "Colombia", "", "Cô-lôm-bi-a", "Colombia"},
    {"CR", "Costa Rica", "", "Cô-xta Ri-ca", "Costa Rica"},
    {"CU", "Cuba", "", "Cu-ba", "Cuba"},
    {"CV", "Cabo Verde", "Cape Verde", "Cáp-ve", "Cabo Verde"},
    {"CW", "Curaçao", "", "Cu-ra-xao", "Curaçao"},
    {"CX", "Christmas Island", "", "Đảo Giáng Sinh", "Đảo Christmas"},
    {"CY", "Cyprus", "", "Síp", "Cộng hòa Síp"},
    {"CZ", "Czechia", "Czech Republic", "Cộng hòa Séc", "Séc;Tiệp"},
    {"DE", "Germany", "", "Đức", "Cộng hòa Liên bang Đức;CHLB Đức"},
    {"DJ", "Djibouti", "", "Gi-bu-ti", "Djibouti"},
    {"DK", "Denmark", "", "Đan Mạch", ""},
    {"DM", "Dominica", "", "Đô-mi-ni-ca", "Dominica"},
    {"DO", "Dominican Republic", "", "Cộng hòa Đô-mi-ni-ca", "Cộng hòa Dominica"},
    {"DZ", "Algeria", "", "An-giê-ri", "Algeria"},
    {"EC", "Ecuador", "", "Ê-cu-a-đo", "Ecuador"},
    {"EE", "Estonia", "", "E-xtô-ni-a", "Estonia"},
    {"EG", "Egypt", "", "Ai Cập", ""},
    {"EH", "Western Sahara", "", "Tây Xa-ha-ra", "Tây Sahara"},
    {"ER", "Eritrea", "", "Ê-ri-tơ-rê-a", "Eritrea"},
    {"ES", "Spain", "", "Tây Ban Nha", ""},
    {"ET", "Ethiopia", "", "Ê-ti-ô-pi-a", "Ethiopia"},
    {"FI", "Finland", "", "Phần Lan", ""},
    {"FJ", "Fiji", "", "Phi-gi", "Fiji"},
    {"FK", "Falkland Islands", "Falkland Islands (Malvinas)", "Quần đảo Phoóc-len (Man-vi-nát)",
     "Quần đảo Falkland"},
    {"FM", "Micronesia", "Micronesia, Federated States of", "Mi-crô-nê-xi-a",
     "Micronesia;Liên bang Mi-crô-nê-xi-a"},
    {"FO", "Faroe Islands", "", "Quần đảo Pha-rô", "Quần đảo Faroe"},
    {"FR", "France", "", "Pháp", "Cộng hòa Pháp"},
    {"GA", "Gabon", "", "Ga-bông", "Gabon"},
    {"GB", "United Kingdom", "UK;Great Britain;Britain;United Kingdom of Great Britain and Northern Ireland",
     "Vương quốc Anh", "Anh;Liên hiệp Vương quốc Anh và Bắc Ai-len"},
    {"GD", "Grenada", "", "Grê-na-đa", "Grenada"},
    {"GE", "Georgia", "", "Gru-di-a", "Georgia"},
    {"GF", "French Guiana", "", "Guy-a-na thuộc Pháp", "Guyane thuộc Pháp"},
    {"GG", "Guernsey", "", "Gơn-xi", "Guernsey"},
    {"GH", "Ghana", "", "Ga-na", "Ghana"},
    {"GI", "Gibraltar", "", "Gi-bran-ta", "Gibraltar"},
    {"GL", "Greenland", "", "Grơn-len", "Greenland"},
    {"GM", "Gambia", "", "Găm-bi-a", "Gambia"},
    {"GN", "Guinea", "", "Ghi-nê", "Guinea"},
    {"GP", "Guadeloupe", "", "Goa-đơ-lúp", "Guadeloupe"},
    {"GQ", "Equatorial Guinea", "", "Ghi-nê Xích Đạo", "Guinea Xích Đạo"},
    {"GR", "Greece", "", "Hy Lạp", ""},
    {"GS", "South Georgia and the South Sandwich Islands", "", "Nam Gru-di-a và Quần đảo Nam Xan-uých",
     "Nam Georgia và Quần đảo Nam Sandwich"},
    {"GT", "Guatemala", "", "Goa-tê-ma-la", "Guatemala"},
    {"GU", "Guam", "", "Gu-am", "Guam"},
    {"GW", "Guinea-Bissau", "", "Ghi-nê Bít-xao", "Guinea-Bissau"},
    {"GY", "Guyana", "", "Guy-a-na", "Guyana"},
    {"HK", "Hong Kong", "", "Hồng Kông (Trung Quốc)", "Hồng Kông;Hong Kong;Hương Cảng"},
    {"HM", "Heard Island and McDonald Islands", "", "Đảo Hớt và Quần đảo Mác-đô-nan",
     "Đảo Heard và Quần đảo McDonald"},
    {"HN", "Honduras", "", "Hôn-đu-rát", "Honduras"},
    {"HR", "Croatia", "", "Crô-a-ti-a", "Croatia"},
    {"HT", "Haiti", "", "Ha-i-ti", "Haiti"},
    {"HU", "Hungary", "", "Hung-ga-ri", "Hungary"},
    {"ID", "Indonesia", "", "In-đô-nê-xi-a", "Indonesia"},
    {"IE", "Ireland", "", "Ai-len", "Ireland"},
    {"IL", "Israel", "", "I-xra-en", "Israel"},
    {"IM", "Isle of Man", "", "Đảo Man", ""},
    {"IN", "India", "", "Ấn Độ", ""},
    {"IO", "British Indian Ocean Territory", "", "Lãnh thổ Ấn Độ Dương thuộc Anh", ""},
    {"IQ", "Iraq", "", "I-rắc", "Iraq"},
    {"IR", "Iran", "Iran, Islamic Republic of", "I-ran", "Iran"},
    {"IS", "Iceland", "", "Ai-xơ-len", "Iceland;Băng Đảo"},
    {"IT", "Italy", "", "I-ta-li-a", "Ý;Italia"},
    {"JE", "Jersey", "", "Giơ-xi", "Jersey"},
    {"JM", "Jamaica", "", "Gia-mai-ca", "Jamaica"},
    {"JO", "Jordan", "", "Gioóc-đa-ni", "Jordan"},
    {"JP", "Japan", "", "Nhật Bản", "Nhật"},
    {"KE", "Kenya", "", "Kê-ni-a", "Kenya"},
    {"KG", "Kyrgyzstan", "", "Cư-rơ-gư-xtan", "Kyrgyzstan"},
    {"KH", "Cambodia", "", "Cam-pu-chia", "Campuchia;Vương quốc Campuchia"},
    {"KI", "Kiribati", "", "Ki-ri-ba-ti", "Kiribati"},
    {"KM", "Comoros", "", "Cô-mo", "Comoros"},
    {"KN", "Saint Kitts and Nevis", "", "Xanh Kít và Nê-vít", "Saint Kitts và Nevis"},
    {"KP", "North Korea", "Korea, Democratic People's Republic of", "Cộng hòa Dân chủ Nhân dân Triều Tiên",
     "Triều Tiên;CHDCND Triều Tiên;Bắc Triều Tiên"},
    {"KR", "South Korea", "Korea, Republic of;Korea", "Hàn Quốc", "Đại Hàn Dân Quốc;Nam Hàn"},
    {"KW", "Kuwait", "", "Cô-oét", "Kuwait"},
    {"KY", "Cayman Islands", "", "Quần đảo Cay-man", "Quần đảo Cayman"},
    {"KZ", "Kazakhstan", "", "Ca-dắc-xtan", "Kazakhstan"},
    {"LA", "Laos", "Lao People's Democratic Republic", "Lào", "Cộng hòa Dân chủ Nhân dân Lào;CHDCND Lào"},
    {"LB", "Lebanon", "", "Li-băng", "Lebanon"},
    {"LC", "Saint Lucia", "", "Xanh Lu-xi-a", "Saint Lucia"},
    {"LI", "Liechtenstein", "", "Lích-ten-xtai", "Liechtenstein"},
    {"LK", "Sri Lanka", "", "Xri Lan-ca", "Sri Lanka"},
    {"LR", "Liberia", "", "Li-bê-ri-a", "Liberia"},
    {"LS", "Lesotho", "", "Lê-xô-thô", "Lesotho"},
    {"LT", "Lithuania", "", "Lít-va", "Lithuania"},
    {"LU", "Luxembourg", "", "Lúc-xăm-bua", "Luxembourg"},
    {"LV", "Latvia", "", "Lát-vi-a", "Latvia"},
    {"LY", "Libya", "", "Li-bi", "Libya"},
    {"MA", "Morocco", "", "Ma-rốc", "Morocco"},
    {"MC", "Monaco", "", "Mô-na-cô", "Monaco"},
    {"MD", "Moldova", "Moldova, Republic of", "Môn-đô-va", "Moldova"},
    {"ME", "Montenegro", "", "Môn-tê-nê-grô", "Montenegro"},
    {"MF", "Saint Martin (French part)", "", "Xanh Mác-tanh (phần thuộc Pháp)", "Saint Martin"},
    {"MG", "Madagascar", "", "Ma-đa-ga-xca", "Madagascar"},
    {"MH", "Marshall Islands", "", "Quần đảo Mác-san", "Quần đảo Marshall"},
    {"MK", "North Macedonia", "Macedonia", "Bắc Ma-xê-đô-ni-a", "Bắc Macedonia"},
    {"ML", "Mali", "", "Ma-li", "Mali"},
    {"MM", "Myanmar", "Burma", "Mi-an-ma", "Myanmar;Miến Điện"},
    {"MN", "Mongolia", "", "Mông Cổ", ""},
    {"MO", "Macao", "Macau", "Ma Cao (Trung Quốc)", "Ma Cao;Macao;Áo Môn"},
    {"MP", "Northern Mariana Islands", "", "Quần đảo Bắc Ma-ri-a-na", "Quần đảo Bắc Mariana"},
    {"MQ", "Martinique", "", "Mác-ti-ních", "Martinique"},
    {"MR", "Mauritania", "", "Mô-ri-ta-ni", "Mauritania"},
    {"MS", "Montserrat", "", "Mon-xe-rát", "Montserrat"},
    {"MT", "Malta", "", "Man-ta", "Malta"},
    {"MU", "Mauritius", "", "Mô-ri-xơ", "Mauritius"},
    {"MV", "Maldives", "", "Man-đi-vơ", "Maldives"},
    {"MW", "Malawi", "", "Ma-la-uy", "Malawi"},
    {"MX", "Mexico", "", "Mê-hi-cô", "Mexico"},
    {"MY", "Malaysia", "", "Ma-lai-xi-a", "Malaysia"},
    {"MZ", "Mozambique", "", "Mô-dăm-bích", "Mozambique"},
    {"NA", "Namibia", "", "Na-mi-bi-a", "Namibia"},
    {"NC", "New Caledonia", "", "Niu Ca-lê-đô-ni-a", "New Caledonia"},
    {"NE", "Niger", "", "Ni-giê", "Niger"},
    {"NF", "Norfolk Island", "", "Đảo Nóoc-phốc", "Đảo Norfolk"},
    {"NG", "Nigeria", "", "Ni-giê-ri-a", "Nigeria"},
    {"NI", "Nicaragua", "", "Ni-ca-ra-goa", "Nicaragua"},
    {"NL", "Netherlands", "Holland;The Netherlands", "Hà Lan", "Hòa Lan"},
    {"NO", "Norway", "", "Na Uy", ""},
    {"NP", "Nepal", "", "Nê-pan", "Nepal"},
    {"NR", "Nauru", "", "Nau-ru", "Nauru"},
    {"NU", "Niue", "", "Ni-u-ê", "Niue"},
    {"NZ", "New Zealand", "", "Niu Di-lân", "New Zealand;Tân Tây Lan"},
    {"OM", "Oman", "", "Ô-man", "Oman"},
    {"PA", "Panama", "", "Pa-na-ma", "Panama"},
    {"PE", "Peru", "", "Pê-ru", "Peru"},
    {"PF", "French Polynesia", "", "Pô-li-nê-di thuộc Pháp", "Polynesia thuộc Pháp"},
    {"PG", "Papua New Guinea", "", "Pa-pu-a Niu Ghi-nê", "Papua New Guinea"},
    {"PH", "Philippines", "", "Phi-líp-pin", "Philippines"},
    {"PK", "Pakistan", "", "Pa-ki-xtan", "Pakistan"},
    {"PL", "Poland", "", "Ba Lan", ""},
    {"PM", "Saint Pierre and Miquelon", "", "Xanh Pi-e và Mi-cơ-lông", "Saint Pierre và Miquelon"},
    {"PN", "Pitcairn", "", "Quần đảo Pít-cơn", "Pitcairn"},
    {"PR", "Puerto Rico", "", "Pu-éc-tô Ri-cô", "Puerto Rico"},
    {"PS", "Palestine", "Palestine, State of", "Pa-le-xtin", "Palestine;Nhà nước Palestine"},
    {"PT", "Portugal", "", "Bồ Đào Nha", ""},
    {"PW", "Palau", "", "Pa-lau", "Palau"},
    {"PY", "Paraguay", "", "Pa-ra-goay", "Paraguay"},
    {"QA", "Qatar", "", "Ca-ta", "Qatar"},
    {"RE", "Réunion", "", "Rê-u-ni-ông", "Réunion"},
    {"RO", "Romania", "", "Ru-ma-ni", "Romania;Rumani"},
    {"RS", "Serbia", "", "Xéc-bi-a", "Serbia"},
    {"RU", "Russia", "Russian Federation", "Liên bang Nga", "Nga"},
    {"RW", "Rwanda", "", "Ru-an-đa", "Rwanda"},
    {"SA", "Saudi Arabia", "", "A-rập Xê-út", "Ả Rập Xê Út;Saudi Arabia"},
    {"SB", "Solomon Islands", "", "Quần đảo Xô-lô-mông", "Quần đảo Solomon"},
    {"SC", "Seychelles", "", "Xây-sen", "Seychelles"},
    {"SD", "Sudan", "", "Xu-đăng", "Sudan"},
    {"SE", "Sweden", "", "Thụy Điển", ""},
    {"SG", "Singapore", "", "Xin-ga-po", "Singapore"},
    {"SH", "Saint Helena, Ascension and Tristan da Cunha", "",
     "Xanh Hê-lê-na, A-xen-xi-ôn và Tri-xtan đa Cu-na", "Saint Helena"},
    {"SI", "Slovenia", "", "Xlô-ven-ni-a", "Slovenia"},
    {"SJ", "Svalbard and Jan Mayen", "", "Xvan-ba và Gian Mai-en", "Svalbard và Jan Mayen"},
    {"SK", "Slovakia", "", "Xlô-va-ki-a", "Slovakia"},
    {"SL", "Sierra Leone", "", "Xi-ê-ra Lê-ôn", "Sierra Leone"},
    {"SM", "San Marino", "", "Xan Ma-ri-nô", "San Marino"},
    {"SN", "Senegal", "", "Xê-nê-gan", "Senegal"},
    {"SO", "Somalia", "", "Xô-ma-li", "Somalia"},
    {"SR", "Suriname", "", "Xu-ri-nam", "Suriname"},
    {"SS", "South Sudan", "", "Nam Xu-đăng", "Nam Sudan"},
    {"ST", "Sao Tome and Principe", "", "Xao Tô-mê và Prin-xi-pê", "Sao Tome và Principe"},
    {"SV", "El Salvador", "", "En Xan-va-đo", "El Salvador"},
    {"SX", "Sint Maarten (Dutch part)", "", "Xin Mác-tên (phần thuộc Hà Lan)", "Sint Maarten"},
    {"SY", "Syria", "Syrian Arab Republic", "Xy-ri", "Syria"},
    {"SZ", "Eswatini", "Swaziland", "E-xoa-ti-ni", "Eswatini;Xoa-di-len"},
    {"TC", "Turks and Caicos Islands", "", "Quần đảo Tớc-x và Cai-cốt", "Quần đảo Turks và Caicos"},
    {"TD", "Chad", "", "Sát", "Chad"},
    {"TF", "French Southern Territories", "", "Vùng đất phía Nam thuộc Pháp", ""},
    {"TG", "Togo", "", "Tô-gô", "Togo"},
    {"TH", "Thailand", "", "Thái Lan", ""},
    {"TJ", "Tajikistan", "", "Tát-gi-ki-xtan", "Tajikistan"},
    {"TK", "Tokelau", "", "Tô-kê-lau", "Tokelau"},
    {"TL", "Timor-Leste", "East Timor", "Ti-mo Lét-xtê", "Đông Ti-mo;Timor-Leste"},
    {"TM", "Turkmenistan", "", "Tuốc-mê-ni-xtan", "Turkmenistan"},
    {"TN", "Tunisia", "", "Tuy-ni-di", "Tunisia"},
    {"TO", "Tonga", "", "Tông-ga", "Tonga"},
    {"TR", "Türkiye", "Turkey", "Thổ Nhĩ Kỳ", ""},
    {"TT", "Trinidad and Tobago", "", "Tri-ni-đát và Tô-ba-gô", "Trinidad và Tobago"},
    {"TV", "Tuvalu", "", "Tu-va-lu", "Tuvalu"},
    {"TW", "Taiwan", "Taiwan, Province of China", "Đài Loan (Trung Quốc)", "Đài Loan"},
    {"TZ", "Tanzania", "Tanzania, United Republic of", "Tan-da-ni-a", "Tanzania"},
    {"UA", "Ukraine", "", "U-crai-na", "Ukraine"},
    {"UG", "Uganda", "", "U-gan-đa", "Uganda"},
    {"UM", "United States Minor Outlying Islands", "", "Các đảo xa nhỏ thuộc Hoa Kỳ", ""},
    {"US", "United States", "United States of America;USA;US", "Hoa Kỳ", "Mỹ;Hợp chủng quốc Hoa Kỳ"},
    {"UY", "Uruguay", "", "U-ru-goay", "Uruguay"},
    {"UZ", "Uzbekistan", "", "U-dơ-bê-ki-xtan", "Uzbekistan"},
    {"VA", "Vatican City", "Holy See;Vatican;Holy See (Vatican City State)", "Tòa Thánh Va-ti-căng",
     "Va-ti-căng;Vatican;Tòa Thánh"},
    {"VC", "Saint Vincent and the Grenadines", "", "Xanh Vin-xen và Grê-na-đin",
     "Saint Vincent và Grenadines"},
    {"VE", "Venezuela", "Venezuela, Bolivarian Republic of", "Vê-nê-xu-ê-la", "Venezuela"},
    {"VG", "Virgin Islands, British", "", "Quần đảo Vi-gin thuộc Anh", "Quần đảo Virgin thuộc Anh"},
    {"VI", "Virgin Islands, U.S.", "", "Quần đảo Vi-gin thuộc Mỹ", "Quần đảo Virgin thuộc Mỹ"},
    {"VN", "Vietnam", "Viet Nam", "Việt Nam", ""},
    {"VU", "Vanuatu", "", "Va-nu-a-tu", "Vanuatu"},
    {"WF", "Wallis and Futuna", "", "Oa-li và Phu-tu-na", "Wallis và Futuna"},
    {"WS", "Samoa", "", "Xa-moa", "Samoa"},
    {"YE", "Yemen", "", "Y-ê-men", "Yemen"},
    {"YT", "Mayotte", "", "Ma-y-ốt", "Mayotte"},
    {"ZA", "South Africa", "", "Nam Phi", "Cộng hòa Nam Phi"},
    {"ZM", "Zambia", "", "Dăm-bi-a", "Zambia"},
    {"ZW", "Zimbabwe", "", "Dim-ba-bu-ê", "Zimbabwe"},
};

QStringList splitAliases(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

// Lookup key: folded, and with everything but letters and digits removed, so that spacing and
// hyphenation of transcribed names ("Xin-ga-po", "Xin ga po") do not matter.
QString nameKey(QStringView text)
{
    const QString folded = foldForSearch(text.toString());
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

struct CountryIndex
{
    QList<Country> countries;
    QHash<QString, qsizetype> byCode;
    QHash<QString, qsizetype> byEnglish;
    QHash<QString, qsizetype> byVietnamese;

    CountryIndex()
    {
        for (const CountryRow& row : kCountries) {
            Country c;
            c.code = QString::fromLatin1(row.code);
            c.englishName = QString::fromUtf8(row.english);
            c.englishAliases = splitAliases(row.englishAliases);
            c.vietnameseName = QString::fromUtf8(row.vietnamese);
            c.vietnameseAliases = splitAliases(row.vietnameseAliases);
            const qsizetype index = countries.size();
            countries.append(c);
            byCode.insert(c.code, index);
            byEnglish.insert(nameKey(c.englishName), index);
            for (const QString& alias : c.englishAliases)
                byEnglish.insert(nameKey(alias), index);
            byVietnamese.insert(nameKey(c.vietnameseName), index);
            for (const QString& alias : c.vietnameseAliases)
                byVietnamese.insert(nameKey(alias), index);
        }
    }

    std::optional<Country> find(const QHash<QString, qsizetype>& hash, const QString& key) const
    {
        if (key.isEmpty())
            return std::nullopt;
        const auto it = hash.constFind(key);
        if (it == hash.constEnd())
            return std::nullopt;
        return countries.at(*it);
    }
};

const CountryIndex& index()
{
    static const CountryIndex instance;
    return instance;
}

} // namespace

const QList<Country>& allCountries()
{
    return index().countries;
}

std::optional<Country> countryByCode(QStringView code)
{
    return index().find(index().byCode, code.trimmed().toString().toUpper());
}

bool isCountryCode(QStringView code)
{
    return countryByCode(code).has_value();
}

std::optional<Country> countryByEnglishName(QStringView name)
{
    return index().find(index().byEnglish, nameKey(name));
}

std::optional<Country> countryByVietnameseName(QStringView name)
{
    return index().find(index().byVietnamese, nameKey(name));
}

std::optional<Country> countryFromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    // "AO" is Angola, but "Ao" typed without its accent means Áo (Austria): upper case marks a code.
    const bool looksLikeCode = trimmed.size() == 2 && trimmed.at(0).isUpper() && trimmed.at(1).isUpper();
    if (looksLikeCode) {
        if (auto c = countryByCode(trimmed))
            return c;
    }
    if (auto c = countryByVietnameseName(trimmed))
        return c;
    if (auto c = countryByEnglishName(trimmed))
        return c;
    return countryByCode(trimmed);
}

} // namespace orec
