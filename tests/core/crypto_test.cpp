#include "core/crypto.h"
#include "core/secure_bytes.h"

#include <gtest/gtest.h>

using namespace orec;

TEST(Crypto, Base32RoundTripAndConfusions)
{
    const QByteArray bytes = crypto::randomBytes(34);
    const QString text = crypto::base32Encode(bytes);
    auto decoded = crypto::base32Decode(text.toLower().replace(QLatin1Char('0'), QLatin1Char('o')));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->left(34), bytes);
    EXPECT_FALSE(crypto::base32Decode(QStringLiteral("ABC#")).ok());
}

TEST(Crypto, AeadRejectsWrongKeyAndAssociatedData)
{
    const SecureBytes key = SecureBytes::random(32);
    const QByteArray sealed = crypto::aeadEncrypt(key, QByteArrayLiteral("secret"), QByteArrayLiteral("ad"));
    auto opened = crypto::aeadDecrypt(key, sealed, QByteArrayLiteral("ad"));
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(QByteArray(opened->chars(), static_cast<int>(opened->size())), QByteArrayLiteral("secret"));
    EXPECT_EQ(crypto::aeadDecrypt(key, sealed, QByteArrayLiteral("other")).code(), ErrorCode::WrongKey);
    EXPECT_EQ(crypto::aeadDecrypt(SecureBytes::random(32), sealed, QByteArrayLiteral("ad")).code(),
              ErrorCode::WrongKey);
}

TEST(Crypto, SealedBoxRoundTrip)
{
    auto pair = crypto::generateBoxKeyPair();
    const SecureBytes message = SecureBytes::random(32);
    const QByteArray sealed = crypto::sealTo(pair.publicKey, message);
    auto opened = crypto::openSealed(sealed, pair.publicKey, pair.secretKey);
    ASSERT_TRUE(opened.ok());
    EXPECT_TRUE(opened->equals(message));
    auto other = crypto::generateBoxKeyPair();
    EXPECT_FALSE(crypto::openSealed(sealed, other.publicKey, other.secretKey).ok());
}

TEST(Crypto, Argon2idIsDeterministicPerSalt)
{
    const SecureBytes pass = SecureBytes::fromUtf8(QStringLiteral("mật khẩu"));
    const QByteArray salt = crypto::randomBytes(crypto::kSaltBytes);
    const auto params = crypto::KdfParams::cheapForTestsOnly();
    auto a = crypto::deriveKeyArgon2id(pass, salt, params);
    auto b = crypto::deriveKeyArgon2id(pass, salt, params);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_TRUE(a->equals(*b));
    auto c = crypto::deriveKeyArgon2id(pass, crypto::randomBytes(crypto::kSaltBytes), params);
    EXPECT_FALSE(a->equals(*c));
}

// A secret read from a widget is shared (Qt's implicit sharing) by every copy made of it: wiping must
// wipe that one buffer, not a private copy of it that leaves the original in memory.
TEST(Wipe, WipeStringWipesTheSharedOriginalNotACopy)
{
    QString original = QString::fromUtf8("Mật khẩu rất bí mật 2026");
    const QString alias = original; // shares the buffer, as QLineEdit::text() does with the field
    const QChar* buffer = alias.constData();
    const qsizetype size = alias.size();
    QString secret = original;
    wipeString(secret);
    EXPECT_TRUE(secret.isEmpty());
    for (qsizetype i = 0; i < size; ++i)
        EXPECT_EQ(buffer[i], QChar(0)) << "character " << i << " survived";
}

TEST(Wipe, WipeBytesWipesTheSharedOriginalNotACopy)
{
    QByteArray original = QByteArray("khóa bí mật của slot").repeated(3);
    const QByteArray alias = original;
    const char* buffer = alias.constData();
    const qsizetype size = alias.size();
    wipeBytes(original);
    for (qsizetype i = 0; i < size; ++i)
        EXPECT_EQ(buffer[i], '\0') << "byte " << i << " survived";
}

TEST(Wipe, LiteralsAreLeftAloneAndOwnedCopiesAreIndependent)
{
    QString literal = QStringLiteral("không phải bí mật");
    wipeString(literal); // read-only data: dropped, never written to
    EXPECT_TRUE(literal.isEmpty());
    const QString shown = QString::fromUtf8("ABCD-EFGH");
    QString copy = ownedCopy(shown);
    wipeString(copy);
    EXPECT_EQ(shown, QStringLiteral("ABCD-EFGH"));
}
