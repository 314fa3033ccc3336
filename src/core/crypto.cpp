#include "core/crypto.h"

#include <QCoreApplication>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <sodium.h>

namespace orec::crypto {

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            std::abort(); // no usable random source: nothing safe can be done
    });
}

QByteArray randomBytes(int size)
{
    ensureInitialised();
    QByteArray out(size, '\0');
    randombytes_buf(out.data(), static_cast<std::size_t>(size));
    return out;
}

KdfParams KdfParams::interactiveDefault()
{
    // Measured with `orec-bench-unlock` on the 2-core reference machine: ~0.5 s per unlock.
    return {3, 256ull * 1024 * 1024};
}

KdfParams KdfParams::cheapForTestsOnly()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

KdfParams KdfParams::floor()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::crypto)
};

std::atomic<bool> g_cheapKdfAllowed{false};
} // namespace

void allowCheapKdfForTests()
{
    g_cheapKdfAllowed = true;
}

bool cheapKdfAllowedForTests()
{
    return g_cheapKdfAllowed;
}

bool KdfParams::meetsFloor() const
{
    const KdfParams least = floor();
    return isValid() && opsLimit >= least.opsLimit && memLimitBytes >= least.memLimitBytes;
}

bool KdfParams::isValid() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= 64 &&
           memLimitBytes >= crypto_pwhash_MEMLIMIT_MIN && memLimitBytes <= 4ull * 1024 * 1024 * 1024;
}

Result<SecureBytes> deriveKeyArgon2id(const SecureBytes& passphrase, const QByteArray& salt,
                                      const KdfParams& params)
{
    ensureInitialised();
    if (salt.size() != crypto_pwhash_SALTBYTES || !params.isValid())
        return Error(ErrorCode::Corrupt, Texts::tr("The key derivation parameters are damaged."));
    SecureBytes key(kKeyBytes);
    if (crypto_pwhash(key.data(), key.size(), passphrase.chars(), passphrase.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                      static_cast<std::size_t>(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error(ErrorCode::Io, Texts::tr("Not enough memory to derive the key from the passphrase."));
    return key;
}

QByteArray blake2b(const QByteArray& message, int outBytes)
{
    QByteArray out(outBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<std::size_t>(outBytes),
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<unsigned long long>(message.size()), nullptr, 0);
    return out;
}

QByteArray blake2bKeyed(const SecureBytes& key, const QByteArray& message, int outBytes)
{
    QByteArray out(outBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<std::size_t>(outBytes),
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<unsigned long long>(message.size()), key.data(), key.size());
    return out;
}

SecureBytes deriveSubkey(const SecureBytes& key, const QByteArray& context, int outBytes)
{
    SecureBytes out(static_cast<std::size_t>(outBytes));
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(context.constData()),
                       static_cast<unsigned long long>(context.size()), key.data(), key.size());
    return out;
}

QByteArray aeadEncrypt(const SecureBytes& key, const QByteArray& plaintext, const QByteArray& associatedData)
{
    ensureInitialised();
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray out(nonceBytes + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + nonceBytes, &written, reinterpret_cast<const unsigned char*>(plaintext.constData()),
        static_cast<unsigned long long>(plaintext.size()),
        reinterpret_cast<const unsigned char*>(associatedData.constData()),
        static_cast<unsigned long long>(associatedData.size()), nullptr, nonce, key.data());
    out.resize(nonceBytes + static_cast<int>(written));
    return out;
}

Result<SecureBytes> aeadDecrypt(const SecureBytes& key, const QByteArray& sealed,
                                const QByteArray& associatedData)
{
    ensureInitialised();
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    const auto fail = [] {
        return Error(ErrorCode::WrongKey, Texts::tr("The key does not open this data."));
    };
    if (sealed.size() < nonceBytes + tagBytes || key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
        return fail();
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    SecureBytes out(static_cast<std::size_t>(sealed.size() - nonceBytes - tagBytes));
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            out.data(), &written, nullptr, nonce + nonceBytes,
            static_cast<unsigned long long>(sealed.size() - nonceBytes),
            reinterpret_cast<const unsigned char*>(associatedData.constData()),
            static_cast<unsigned long long>(associatedData.size()), nonce, key.data()) != 0)
        return fail();
    return out;
}

BoxKeyPair generateBoxKeyPair()
{
    ensureInitialised();
    BoxKeyPair pair;
    pair.publicKey = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    pair.secretKey = SecureBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

QByteArray sealTo(const QByteArray& recipientPublicKey, const SecureBytes& plaintext)
{
    ensureInitialised();
    QByteArray out(static_cast<int>(plaintext.size()) + crypto_box_SEALBYTES, '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()), plaintext.data(), plaintext.size(),
                    reinterpret_cast<const unsigned char*>(recipientPublicKey.constData()));
    return out;
}

Result<SecureBytes> openSealed(const QByteArray& sealed, const QByteArray& publicKey,
                               const SecureBytes& secretKey)
{
    ensureInitialised();
    const auto fail = [] {
        return Error(ErrorCode::WrongKey, Texts::tr("The key does not open this data."));
    };
    if (sealed.size() < crypto_box_SEALBYTES || publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        secretKey.size() != crypto_box_SECRETKEYBYTES)
        return fail();
    SecureBytes out(static_cast<std::size_t>(sealed.size() - crypto_box_SEALBYTES));
    if (crypto_box_seal_open(out.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char*>(publicKey.constData()),
                             secretKey.data()) != 0)
        return fail();
    return out;
}

SignKeyPair generateSignKeyPair()
{
    ensureInitialised();
    SignKeyPair pair;
    pair.publicKey = QByteArray(kSignPublicBytes, '\0');
    pair.secretKey = SecureBytes(kSignSecretBytes);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

SignKeyPair signKeyPairFromSeed(const SecureBytes& seed)
{
    ensureInitialised();
    SignKeyPair pair;
    pair.publicKey = QByteArray(kSignPublicBytes, '\0');
    pair.secretKey = SecureBytes(kSignSecretBytes);
    if (seed.size() == crypto_sign_SEEDBYTES)
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                                 pair.secretKey.data(), seed.data());
    return pair;
}

QByteArray publicKeyOfSigningKey(const SecureBytes& secretKey)
{
    if (secretKey.size() != kSignSecretBytes)
        return {};
    QByteArray out(kSignPublicBytes, '\0');
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(out.data()), secretKey.data());
    return out;
}

BoxKeyPair boxKeyPairOfSigningKey(const SecureBytes& signingSecret)
{
    ensureInitialised();
    BoxKeyPair pair;
    if (signingSecret.size() != kSignSecretBytes)
        return pair;
    SecureBytes secret(crypto_box_SECRETKEYBYTES);
    if (crypto_sign_ed25519_sk_to_curve25519(secret.data(), signingSecret.data()) != 0)
        return pair;
    pair.publicKey = boxPublicKeyOfSigningPublicKey(publicKeyOfSigningKey(signingSecret));
    if (!pair.publicKey.isEmpty())
        pair.secretKey = std::move(secret);
    return pair;
}

QByteArray boxPublicKeyOfSigningPublicKey(const QByteArray& signingPublic)
{
    ensureInitialised();
    if (signingPublic.size() != kSignPublicBytes)
        return {};
    QByteArray out(crypto_box_PUBLICKEYBYTES, '\0');
    if (crypto_sign_ed25519_pk_to_curve25519(
            reinterpret_cast<unsigned char*>(out.data()),
            reinterpret_cast<const unsigned char*>(signingPublic.constData())) != 0)
        return {};
    return out;
}

QByteArray signDetached(const SecureBytes& secretKey, const QByteArray& message)
{
    ensureInitialised();
    QByteArray signature(kSignatureBytes, '\0');
    if (secretKey.size() != kSignSecretBytes)
        return {};
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()), secretKey.data());
    return signature;
}

bool verifyDetached(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    ensureInitialised();
    if (publicKey.size() != kSignPublicBytes || signature.size() != kSignatureBytes)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

namespace {
constexpr char kBase32Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}

QString base32Encode(const QByteArray& bytes)
{
    QString out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    unsigned buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kBase32Alphabet[(buffer >> (bits - 5)) & 31u]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kBase32Alphabet[(buffer << (5 - bits)) & 31u]);
    return out;
}

Result<QByteArray> base32Decode(const QString& text)
{
    QByteArray out;
    unsigned buffer = 0;
    int bits = 0;
    int position = 0;
    for (QChar qc : text) {
        ++position;
        if (qc.isSpace() || qc == QLatin1Char('-'))
            continue;
        char c = static_cast<char>(qc.toUpper().toLatin1());
        if (c == 'O')
            c = '0';
        else if (c == 'I' || c == 'L')
            c = '1';
        else if (c == 'U')
            c = 'V';
        const char* found = c ? std::strchr(kBase32Alphabet, c) : nullptr;
        if (!found)
            return Error(ErrorCode::Invalid,
                         Texts::tr("Character %1 ('%2') is not allowed in a key.").arg(position).arg(qc));
        buffer = (buffer << 5) | static_cast<unsigned>(found - kBase32Alphabet);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xFFu));
            bits -= 8;
        }
    }
    return out;
}

} // namespace orec::crypto
