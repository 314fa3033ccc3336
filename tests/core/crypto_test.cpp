#include "core/crypto.h"

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
