// The .orecpkg file format, version 2: a clear part that names nobody (magic, version, sealed key wraps,
// padded length), then one encrypted stream holding the signed header, the payload and the padding.
// The byte layout is documented in docs/field-exchange.md; this file is its single definition.
#pragma once

#include "core/exchange_protocol.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <cstdint>

namespace orec::exchange {

// "ORECPKG" and 0x1A, which stops a text-mode copy (as in PNG) and makes `type` print nothing.
inline constexpr char kMagic[8] = {'O', 'R', 'E', 'C', 'P', 'K', 'G', '\x1a'};
inline constexpr std::uint16_t kFormatVersion = 2;
inline constexpr std::uint16_t kFormatVersionOne = 1; // named in the refusal of an old package

// ---- the clear part ---------------------------------------------------------------------------------
// magic (8), version (u16), wrap count (u8), reserved (u8, 0), padded length (u64), then the wraps.
inline constexpr int kClearFixedBytes = 20;
inline constexpr int kPrefixBytes = 12; // magic, version, wrap count, reserved: what tells a package apart
inline constexpr int kWrapBytes = 80;   // crypto_box_seal of a 32-byte content key
inline constexpr int kMaxWraps = 4;     // this program writes one; a reader tries each
inline constexpr int kStreamHeaderBytes = 24;  // crypto_secretstream_xchacha20poly1305_HEADERBYTES
inline constexpr int kChunkOverheadBytes = 17; // crypto_secretstream_xchacha20poly1305_ABYTES
inline constexpr std::uint32_t kChunkBytes = 64 * 1024;
// The padded content is a power of two from 16 KiB to 256 MiB: the file's size tells only which.
inline constexpr std::uint64_t kMinPaddedBytes = 16 * 1024;
inline constexpr std::uint64_t kMaxPaddedBytes = 256ull * 1024 * 1024;

// ---- the encrypted content --------------------------------------------------------------------------
// signed header (kInnerHeaderBytes), the sender's audit head, the payload, the signature, zero padding.
inline constexpr int kInnerHeaderBytes = 240;
inline constexpr int kSignatureBytesInContent = 64;
inline constexpr std::uint32_t kMaxAuditHeadBytes = 64 * 1024;
// A cell of 500 members makes well under a megabyte; the cap only stops a hostile file early.
inline constexpr std::uint64_t kMaxPayloadBytes =
    kMaxPaddedBytes - kInnerHeaderBytes - kMaxAuditHeadBytes - kSignatureBytesInContent;

// Cell (home -> cell) or Return (cell -> home); the enum is in core, the exchange tables record it too.
using orec::PackageKind;

// Why a package was refused. Stable lower_snake_case names for --json and logs.
enum class PackageProblem {
    None,
    NotAPackage,        // wrong magic: another kind of file
    UnsupportedVersion, // a format version this program does not read (format 1 included)
    Truncated,          // shorter than its clear part says
    Oversized,          // longer than its clear part says, or over the size limit
    MalformedHeader,    // a field of the clear part or of the signed header out of range
    WrongRecipient,     // none of this database's current keys opens it: made for another database, or
                        // older than the keys this database still holds
    WrongCell,          // about another cell than this database's
    WrongKind,          // a cell package given to home, a return package given to a laptop, or a package
                        // this very database made
    UnknownSender,      // signed by a key this database does not know
    RemovedSender,      // signed by a secretary who was removed or replaced
    BadSignature,       // the signature does not match: forged, or not made by the sender it names
    DecryptionFailed,   // authenticated decryption failed: altered in transit
    MalformedPayload,   // the decrypted content is not a payload of a known schema
    Replay,             // the same package again: nothing to do
    OutOfOrder,         // older than a package already applied
    SequenceReused,     // a different package under a number already applied
    MissingChanges,     // changes between the last applied and this package's first are missing
    HistoryRewound,     // the sender's signed audit head is behind the one an earlier package showed:
                        // its database was put back from an older copy, or its history was cut back
};

const char* problemCode(PackageProblem problem);

// What can be read without any key: how to open the package and how long it is.
struct ClearHeader
{
    std::uint64_t paddedBytes = kMinPaddedBytes; // the encrypted content before encryption
    QList<QByteArray> wraps;                     // each kWrapBytes: the content key sealed to one key

    std::uint64_t cipherBytes() const; // the stream after the clear part
    std::uint64_t fileBytes() const;   // the whole file
    int clearBytes() const { return kClearFixedBytes + static_cast<int>(wraps.size()) * kWrapBytes; }
};

// The signed header, inside the encryption: everything that says who, to whom, about what and when.
struct PackageHeader
{
    PackageKind kind = PackageKind::Cell;
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
    std::uint64_t plainBytes = 0;   // the compressed payload
    QByteArray senderSignPublic;    // 32, Ed25519: checks the signature (against the key on record)
    QByteArray senderBoxPublic;     // 32, the sender's long-term X25519 key (part of its fingerprint)
    QByteArray nextKey;             // 32, X25519: the key the recipient seals its next package to
    // Cell: a first package's proof that the code came from this home. Return: the new laptop's proof
    // of its keys until home acknowledges one of its packages. Zero unless hasEnrolmentProof.
    QByteArray enrolmentProof;
    // The sender's signed audit head (opaque here, may be empty), carried end to end.
    QByteArray auditHead;

    // The whole content this header announces: header, audit head, payload and signature.
    std::uint64_t contentBytes() const;
};

// The power of two (from kMinPaddedBytes) a content of `contentBytes` is padded to; 0 when too large.
std::uint64_t paddedSizeFor(std::uint64_t contentBytes);
bool isPaddedSize(std::uint64_t bytes);
// Ciphertext size of `paddedBytes` cut into chunks of kChunkBytes.
std::uint64_t cipherBytesFor(std::uint64_t paddedBytes);

QByteArray encodeClearHeader(const ClearHeader& header);
// Strict: magic, a version this program reads (format 1 refused with its own message), a wrap count
// in range, reserved byte zero, a padded length that is one of the sizes. `block` holds at least the
// file's first bytes; `problem` says why on failure. A block too short for the wraps is Truncated.
Result<ClearHeader> decodeClearHeader(const QByteArray& block, PackageProblem* problem = nullptr);

// The signed header as it is written inside the encryption (kInnerHeaderBytes).
QByteArray encodeInnerHeader(const PackageHeader& header);
// Strict: every field in range, reserved bytes zero, lengths consistent with `paddedBytes`.
Result<PackageHeader> decodeInnerHeader(const QByteArray& block, std::uint64_t paddedBytes,
                                        PackageProblem* problem = nullptr);

// Shared error construction, so every refusal of a package reads the same way.
Error packageError(PackageProblem problem, const QString& message, const QString& where = {});

} // namespace orec::exchange
