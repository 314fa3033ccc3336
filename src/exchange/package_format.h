// The .orecpkg file format, version 1: a fixed prefix and header, the encrypted payload, a signature.
// The byte layout is documented in docs/field-exchange.md; this file is its single definition.
#pragma once

#include "core/exchange_protocol.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <cstdint>

namespace orec::exchange {

// "ORECPKG" and 0x1A, which stops a text-mode copy (as in PNG) and makes `type` print nothing.
inline constexpr char kMagic[8] = {'O', 'R', 'E', 'C', 'P', 'K', 'G', '\x1a'};
inline constexpr std::uint16_t kFormatVersion = 1;
inline constexpr int kPrefixBytes = 12;  // magic, format version (u16), header length (u16)
inline constexpr int kHeaderBytes = 316; // version 1
inline constexpr int kWrapAreaBytes = 96;
inline constexpr int kStreamHeaderBytes = 24;  // crypto_secretstream_xchacha20poly1305_HEADERBYTES
inline constexpr int kChunkOverheadBytes = 17; // crypto_secretstream_xchacha20poly1305_ABYTES
inline constexpr std::uint32_t kDefaultChunkBytes = 64 * 1024;
inline constexpr std::uint32_t kMinChunkBytes = 1024;
inline constexpr std::uint32_t kMaxChunkBytes = 1024 * 1024;
// A cell of 500 members makes well under a megabyte; the cap only stops a hostile file early.
inline constexpr std::uint64_t kMaxPayloadBytes = 256ull * 1024 * 1024;

// Cell (home -> cell) or Return (cell -> home); the enum is in core, the exchange tables record it too.
using orec::PackageKind;

enum class KeyWrap : std::uint8_t {
    SealedToRecipient = 1, // crypto_box_seal of the content key to the recipient's X25519 key
    EnrolmentCode = 2,     // AEAD under the one-time enrolment code (only the first cell package)
};

// Why a package was refused. Stable lower_snake_case names for --json and logs.
enum class PackageProblem {
    None,
    NotAPackage,        // wrong magic: another kind of file
    UnsupportedVersion, // a format version this program does not read
    Truncated,          // shorter than its header says
    Oversized,          // longer than its header says, or over the size limit
    MalformedHeader,    // a header field out of range
    WrongRecipient,     // meant for another database (another home or another laptop)
    WrongCell,          // about another cell than this database's
    WrongKind,          // a cell package given to home, or a return package given to a laptop
    UnknownSender,      // signed by a key this database does not know
    RemovedSender,      // signed by a secretary who was removed or replaced
    BadSignature,       // the signature does not match: altered in transit or forged
    DecryptionFailed,   // authenticated decryption failed
    MalformedPayload,   // the decrypted content is not a payload of a known schema
    Replay,             // the same package again: nothing to do
    OutOfOrder,         // older than a package already applied
    SequenceReused,     // a different package under a number already applied
    MissingChanges,     // changes between the last applied and this package's first are missing
};

const char* problemCode(PackageProblem problem);

struct PackageHeader
{
    PackageKind kind = PackageKind::Cell;
    KeyWrap wrap = KeyWrap::SealedToRecipient;
    bool hasEnrolmentProof = false;
    QUuid senderId;
    QUuid recipientId;              // the recipient's party id, or the enrolment id of a first cell package
    QUuid cellId;                   // the overseas cell the package is about
    std::uint64_t sequence = 0;     // 1, 2, 3... per sender and recipient
    std::uint64_t acknowledged = 0; // the last package of the other direction the sender applied
    std::uint64_t base = 0;         // return: the cell package the field's data came from
    std::uint64_t firstChange = 0;  // return: first field change carried; cell: 0
    std::uint64_t lastChange = 0;   // return: last field change carried; cell: last change home applied
    QDateTime createdAt;            // UTC, millisecond precision
    std::uint64_t plainBytes = 0;   // the compressed payload before encryption
    std::uint64_t cipherBytes = 0;  // what follows the header, before the signature
    std::uint32_t chunkBytes = kDefaultChunkBytes;
    QByteArray senderSignPublic; // 32
    QByteArray senderBoxPublic;  // 32
    QByteArray enrolmentProof;   // 32, zero unless hasEnrolmentProof
    QByteArray keyWrap;          // up to kWrapAreaBytes

    // The whole file size this header announces.
    std::uint64_t fileBytes() const;
};

// Ciphertext size of a payload of `plainBytes` cut into chunks of `chunkBytes`.
std::uint64_t cipherBytesFor(std::uint64_t plainBytes, std::uint32_t chunkBytes);

// Prefix and header as they are written and signed. `zeroWrap` blanks the key-wrap area, which is
// how the enrolment wrap authenticates the rest of the header without including itself.
QByteArray encodeHeaderBlock(const PackageHeader& header, bool zeroWrap = false);

// Strict: every field in range, reserved bytes zero, lengths consistent. The first kPrefixBytes +
// kHeaderBytes of the file; `problem` says why on failure.
Result<PackageHeader> decodeHeaderBlock(const QByteArray& block, PackageProblem* problem = nullptr);

// Shared error construction, so every refusal of a package reads the same way.
Error packageError(PackageProblem problem, const QString& message, const QString& where = {});

} // namespace orec::exchange
