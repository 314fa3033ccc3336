// Thin, typed wrappers over libsodium: the only primitives the project uses.
#pragma once

#include "core/result.h"
#include "core/secure_bytes.h"

#include <QByteArray>
#include <cstdint>

namespace orec::crypto {

void ensureInitialised(); // sodium_init(), once per process

QByteArray randomBytes(int size);

// Argon2id (v1.3) parameters; stored with every key slot so they can be raised later.
struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimitBytes = 0;

    // Tuned on the reference machine so that one unlock takes about half a second.
    static KdfParams interactiveDefault();
    // Cheap parameters that keep the test suite fast. Never used unless a caller asks for them.
    static KdfParams cheapForTestsOnly();
    // The least cost a key slot may have: libsodium's "interactive" Argon2id (2 passes, 64 MiB).
    // A slot below it is refused when a key file is read, so one cheap slot cannot weaken a file.
    static KdfParams floor();
    bool isValid() const;
    bool meetsFloor() const;
};

// Test and benchmark programs call this once at start so that slots below the floor (the cheap
// parameters above) are accepted. The application's own programs never call it.
void allowCheapKdfForTests();
bool cheapKdfAllowedForTests();

constexpr int kKeyBytes = 32;
constexpr int kSaltBytes = 16;

Result<SecureBytes> deriveKeyArgon2id(const SecureBytes& passphrase, const QByteArray& salt,
                                      const KdfParams& params);

// BLAKE2b: keyed hashing for derivations and integrity checks.
QByteArray blake2b(const QByteArray& message, int outBytes = 32);
QByteArray blake2bKeyed(const SecureBytes& key, const QByteArray& message, int outBytes = 32);
SecureBytes deriveSubkey(const SecureBytes& key, const QByteArray& context, int outBytes = kKeyBytes);

// XChaCha20-Poly1305 AEAD; output = nonce || ciphertext+tag.
QByteArray aeadEncrypt(const SecureBytes& key, const QByteArray& plaintext, const QByteArray& associatedData);
Result<SecureBytes> aeadDecrypt(const SecureBytes& key, const QByteArray& sealed,
                                const QByteArray& associatedData);

// X25519 key pairs and anonymous sealed boxes.
struct BoxKeyPair
{
    QByteArray publicKey;
    SecureBytes secretKey;
};
BoxKeyPair generateBoxKeyPair();
QByteArray sealTo(const QByteArray& recipientPublicKey, const SecureBytes& plaintext);
Result<SecureBytes> openSealed(const QByteArray& sealed, const QByteArray& publicKey,
                               const SecureBytes& secretKey);

// Ed25519 signatures. A signing key is the 64-byte libsodium secret key (seed and public key).
constexpr int kSignPublicBytes = 32;
constexpr int kSignSecretBytes = 64;
constexpr int kSignatureBytes = 64;
struct SignKeyPair
{
    QByteArray publicKey;
    SecureBytes secretKey;
};
SignKeyPair generateSignKeyPair();
// The pair of a 32-byte seed (a key derived from another secret, e.g. the recovery key).
SignKeyPair signKeyPairFromSeed(const SecureBytes& seed);
QByteArray publicKeyOfSigningKey(const SecureBytes& secretKey);
// The X25519 pair libsodium derives from an Ed25519 key, so that what is sealed to a key that signs
// (the recovery key's, whose public half the audit log registers) opens with it. Empty on a bad key.
BoxKeyPair boxKeyPairOfSigningKey(const SecureBytes& signingSecret);
QByteArray boxPublicKeyOfSigningPublicKey(const QByteArray& signingPublic);
QByteArray signDetached(const SecureBytes& secretKey, const QByteArray& message);
bool verifyDetached(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

// Base32 (Crockford alphabet, no padding) for keys that people copy by hand.
QString base32Encode(const QByteArray& bytes);
// Ignores spaces and dashes, accepts lower case and the usual confusions (O/0, I/L/1).
Result<QByteArray> base32Decode(const QString& text);

} // namespace orec::crypto
