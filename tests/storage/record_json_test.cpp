// The audit log's member JSON written directly (toCompactJson) is byte for byte what QJsonDocument
// writes for toJson(member): the same text, so the same hash chain, whichever way a row was written.
#include "storage/record_json.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <gtest/gtest.h>

using namespace orec;

namespace {

QByteArray viaQJsonDocument(const Member& m)
{
    return QJsonDocument(toJson(m)).toJson(QJsonDocument::Compact);
}

Member sample()
{
    Member m;
    m.uuid = QStringLiteral("5f0c1b2a-0000-4000-8000-000000000001");
    m.id = 42;
    m.version = 3;
    m.fullName = QStringLiteral("Nguyễn Thị Minh Khai");
    m.gender = Gender::Female;
    m.dateOfBirth = QDate(1975, 3, 9);
    m.hometown = QStringLiteral("Hà Nội");
    m.citizenId = QStringLiteral("001175000123");
    m.partyCardNumber = QStringLiteral("30012345");
    m.dossierNumber = QStringLiteral("123456AB");
    m.admissionDate = QDate(2000, 1, 1);
    m.fullMembershipDate = QDate(2001, 1, 1);
    m.homeUnitId = 7;
    m.position = QStringLiteral("Chuyên viên");
    m.workplace = QStringLiteral("Đảng ủy Bộ Ngoại giao");
    m.phone = QStringLiteral("0912345678");
    m.email = QStringLiteral("a@example.vn");
    m.notes = QStringLiteral("Ghi chú");
    m.underDisciplinaryReview = true;
    return m;
}

// Text with everything an escaper can get wrong: quotes, backslashes, every control character,
// DEL, non-ASCII of each UTF-8 length, non-characters, valid pairs and lone surrogates anywhere.
QString tricky(QRandomGenerator& rng)
{
    static const char16_t pool[] = {u'"',   u'\\',  u'/',   0x00,   0x01,   0x08,   0x09,   0x0a,
                                    0x0b,   0x0c,   0x0d,   0x1f,   0x7f,   0x80,   0xe9,   0x7ff,
                                    0x800,  0x1ec5, 0xfeff, 0xfffe, 0xffff, 0xfdd0, 0xd83d, 0xde00,
                                    0xdbff, 0xdc00, u'a',   u' ',   u'Đ',   0x0301, 0x2028, 0xe000};
    QString s;
    const int length = static_cast<int>(rng.bounded(12));
    for (int i = 0; i < length; ++i)
        s.append(QChar(pool[rng.bounded(static_cast<quint32>(std::size(pool)))]));
    return s;
}

} // namespace

TEST(RecordJson, MemberCompactTextIsWhatQJsonDocumentWrites)
{
    const Member full = sample();
    EXPECT_EQ(toCompactJson(full), viaQJsonDocument(full));
    EXPECT_EQ(toCompactJson(Member()), viaQJsonDocument(Member()));

    Member blanks = full;
    blanks.id = 0;
    blanks.homeUnitId = 0;
    blanks.hometown.clear();
    blanks.notes = QLatin1String("");
    blanks.fullMembershipDate = QDate();
    blanks.underDisciplinaryReview = false;
    blanks.gender = Gender::Unspecified;
    EXPECT_EQ(toCompactJson(blanks), viaQJsonDocument(blanks));

    Member large = full;
    large.id = std::numeric_limits<qint64>::max();
    large.homeUnitId = std::numeric_limits<qint64>::min();
    large.version = -1;
    large.dateOfBirth = QDate(1, 1, 1);
    large.admissionDate = QDate(9999, 12, 31);
    large.fullMembershipDate = QDate(10000, 1, 1); // beyond what ISO dates write
    EXPECT_EQ(toCompactJson(large), viaQJsonDocument(large));
    large.fullMembershipDate = QDate(-44, 3, 15);
    EXPECT_EQ(toCompactJson(large), viaQJsonDocument(large));
}

TEST(RecordJson, MemberCompactTextEscapesEveryStringAsQJsonDocument)
{
    QRandomGenerator rng(20261129);
    for (int round = 0; round < 3000; ++round) {
        Member m = sample();
        m.uuid = tricky(rng);
        m.fullName = tricky(rng);
        m.hometown = tricky(rng);
        m.citizenId = tricky(rng);
        m.partyCardNumber = tricky(rng);
        m.dossierNumber = tricky(rng);
        m.position = tricky(rng);
        m.workplace = tricky(rng);
        m.phone = tricky(rng);
        m.email = tricky(rng);
        m.notes = tricky(rng);
        m.id = static_cast<qint64>(rng.generate64());
        ASSERT_EQ(toCompactJson(m), viaQJsonDocument(m)) << "round " << round;
    }
}
