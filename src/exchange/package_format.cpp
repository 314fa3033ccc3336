#include "exchange/package_format.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QtEndian>
#include <cstring>

namespace orec::exchange {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};

// Offsets of the signed header inside the encrypted content (docs/field-exchange.md).
enum Offset : int {
    kKindAt = 0,
    kFlagsAt = 1,
    kReservedAt = 2, // 2 bytes
    kSenderAt = 4,
    kRecipientAt = 20,
    kCellAt = 36,
    kSequenceAt = 52,
    kAcknowledgedAt = 60,
    kBaseAt = 68,
    kFirstChangeAt = 76,
    kLastChangeAt = 84,
    kCreatedAt = 92,
    kPlainAt = 100,
    kAuditHeadAt = 108,
    kSignKeyAt = 112,
    kBoxKeyAt = 144,
    kNextKeyAt = 176,
    kProofAt = 208,
};
static_assert(kProofAt + 32 == kInnerHeaderBytes);

constexpr std::uint8_t kFlagEnrolmentProof = 0x01;

template <typename T> void put(QByteArray& out, int at, T value)
{
    qToBigEndian(value, out.data() + at);
}
template <typename T> T get(const QByteArray& in, int at)
{
    return qFromBigEndian<T>(in.constData() + at);
}

void putBytes(QByteArray& out, int at, const QByteArray& bytes, int size)
{
    std::memcpy(out.data() + at, bytes.constData(),
                static_cast<std::size_t>(std::min<qsizetype>(bytes.size(), size)));
}

} // namespace

const char* problemCode(PackageProblem problem)
{
    switch (problem) {
    case PackageProblem::None:
        return "none";
    case PackageProblem::NotAPackage:
        return "not_a_package";
    case PackageProblem::UnsupportedVersion:
        return "unsupported_version";
    case PackageProblem::Truncated:
        return "truncated";
    case PackageProblem::Oversized:
        return "oversized";
    case PackageProblem::MalformedHeader:
        return "malformed_header";
    case PackageProblem::WrongRecipient:
        return "wrong_recipient";
    case PackageProblem::WrongCell:
        return "wrong_cell";
    case PackageProblem::WrongKind:
        return "wrong_kind";
    case PackageProblem::UnknownSender:
        return "unknown_sender";
    case PackageProblem::RemovedSender:
        return "removed_sender";
    case PackageProblem::BadSignature:
        return "bad_signature";
    case PackageProblem::DecryptionFailed:
        return "decryption_failed";
    case PackageProblem::MalformedPayload:
        return "malformed_payload";
    case PackageProblem::Replay:
        return "replay";
    case PackageProblem::OutOfOrder:
        return "out_of_order";
    case PackageProblem::SequenceReused:
        return "sequence_reused";
    case PackageProblem::MissingChanges:
        return "missing_changes";
    case PackageProblem::HistoryRewound:
        return "history_rewound";
    }
    return "unknown";
}

Error packageError(PackageProblem problem, const QString& message, const QString& where)
{
    ErrorCode code = ErrorCode::Corrupt;
    switch (problem) {
    case PackageProblem::NotAPackage:
    case PackageProblem::UnsupportedVersion:
    case PackageProblem::WrongRecipient:
    case PackageProblem::WrongCell:
    case PackageProblem::WrongKind:
        code = ErrorCode::Invalid;
        break;
    case PackageProblem::UnknownSender:
    case PackageProblem::RemovedSender:
        code = ErrorCode::PermissionDenied;
        break;
    case PackageProblem::OutOfOrder:
    case PackageProblem::MissingChanges:
        code = ErrorCode::Conflict;
        break;
    case PackageProblem::None:
    case PackageProblem::Replay:
        code = ErrorCode::Ok;
        break;
    default:
        code = ErrorCode::Corrupt;
        break;
    }
    // The problem's stable code only: the message may name the cell or the file.
    if (code == ErrorCode::Ok)
        qCInfo(lcExchange).noquote() << "Package not applied:" << problemCode(problem);
    else
        qCWarning(lcExchange).noquote() << "Package refused:" << problemCode(problem);
    return Error(code, message, where);
}

std::uint64_t PackageHeader::contentBytes() const
{
    return static_cast<std::uint64_t>(kInnerHeaderBytes) + static_cast<std::uint64_t>(auditHead.size()) +
           plainBytes + kSignatureBytesInContent;
}

std::uint64_t paddedSizeFor(std::uint64_t contentBytes)
{
    std::uint64_t size = kMinPaddedBytes;
    while (size < contentBytes && size < kMaxPaddedBytes)
        size *= 2;
    return size >= contentBytes ? size : 0;
}

bool isPaddedSize(std::uint64_t bytes)
{
    return bytes >= kMinPaddedBytes && bytes <= kMaxPaddedBytes && (bytes & (bytes - 1)) == 0;
}

std::uint64_t cipherBytesFor(std::uint64_t paddedBytes)
{
    const std::uint64_t chunks = paddedBytes == 0 ? 1 : (paddedBytes + kChunkBytes - 1) / kChunkBytes;
    return kStreamHeaderBytes + paddedBytes + chunks * kChunkOverheadBytes;
}

std::uint64_t ClearHeader::cipherBytes() const
{
    return cipherBytesFor(paddedBytes);
}

std::uint64_t ClearHeader::fileBytes() const
{
    return static_cast<std::uint64_t>(clearBytes()) + cipherBytes();
}

QByteArray encodeClearHeader(const ClearHeader& h)
{
    QByteArray block(h.clearBytes(), '\0');
    std::memcpy(block.data(), kMagic, sizeof kMagic);
    put<std::uint16_t>(block, 8, kFormatVersion);
    block[10] = static_cast<char>(h.wraps.size());
    put<std::uint64_t>(block, 12, h.paddedBytes);
    for (qsizetype i = 0; i < h.wraps.size(); ++i)
        putBytes(block, kClearFixedBytes + static_cast<int>(i) * kWrapBytes, h.wraps.at(i), kWrapBytes);
    return block;
}

Result<ClearHeader> decodeClearHeader(const QByteArray& block, PackageProblem* problem)
{
    const auto fail = [problem](PackageProblem why, const QString& message) {
        if (problem)
            *problem = why;
        return packageError(why, message);
    };
    if (problem)
        *problem = PackageProblem::None;
    if (block.size() < static_cast<qsizetype>(sizeof kMagic) ||
        std::memcmp(block.constData(), kMagic, sizeof kMagic) != 0)
        return fail(PackageProblem::NotAPackage,
                    Texts::tr("This file is not an Overseas Records exchange package (.orecpkg)."));
    if (block.size() < kPrefixBytes)
        return fail(PackageProblem::Truncated,
                    Texts::tr("The package is cut short: its header is incomplete."));
    const auto version = get<std::uint16_t>(block, 8);
    if (version == kFormatVersionOne)
        return fail(
            PackageProblem::UnsupportedVersion,
            Texts::tr("The package is in the old format 1, which showed in clear who sent it to whom and "
                      "was sealed to keys that never change. This program reads only format %1: ask the "
                      "sender to update the program and export the package again.")
                .arg(kFormatVersion));
    if (version != kFormatVersion)
        return fail(
            PackageProblem::UnsupportedVersion,
            Texts::tr(
                "The package is in format version %1; this program reads version %2. Update the program "
                "on both sides.")
                .arg(version)
                .arg(kFormatVersion));
    const int wrapCount = static_cast<std::uint8_t>(block[10]);
    if (wrapCount < 1 || wrapCount > kMaxWraps || block[11] != 0)
        return fail(PackageProblem::MalformedHeader,
                    Texts::tr("The package header is damaged: %1.")
                        .arg(Texts::tr("the number of key wraps is out of range")));
    if (block.size() < kClearFixedBytes + wrapCount * kWrapBytes)
        return fail(PackageProblem::Truncated,
                    Texts::tr("The package is cut short: its header is incomplete."));
    ClearHeader h;
    h.paddedBytes = get<std::uint64_t>(block, 12);
    if (h.paddedBytes > kMaxPaddedBytes)
        return fail(PackageProblem::Oversized,
                    Texts::tr("The package announces a content size beyond the limit."));
    if (!isPaddedSize(h.paddedBytes))
        return fail(PackageProblem::MalformedHeader,
                    Texts::tr("The package header is damaged: %1.")
                        .arg(Texts::tr("the content size is not one of the sizes")));
    for (int i = 0; i < wrapCount; ++i)
        h.wraps.append(block.mid(kClearFixedBytes + i * kWrapBytes, kWrapBytes));
    return h;
}

QByteArray encodeInnerHeader(const PackageHeader& h)
{
    QByteArray header(kInnerHeaderBytes, '\0');
    header[kKindAt] = static_cast<char>(h.kind);
    header[kFlagsAt] = static_cast<char>(h.hasEnrolmentProof ? kFlagEnrolmentProof : 0);
    putBytes(header, kSenderAt, h.senderId.toRfc4122(), 16);
    putBytes(header, kRecipientAt, h.recipientId.toRfc4122(), 16);
    putBytes(header, kCellAt, h.cellId.toRfc4122(), 16);
    put<std::uint64_t>(header, kSequenceAt, h.sequence);
    put<std::uint64_t>(header, kAcknowledgedAt, h.acknowledged);
    put<std::uint64_t>(header, kBaseAt, h.base);
    put<std::uint64_t>(header, kFirstChangeAt, h.firstChange);
    put<std::uint64_t>(header, kLastChangeAt, h.lastChange);
    put<std::int64_t>(header, kCreatedAt, h.createdAt.isValid() ? h.createdAt.toMSecsSinceEpoch() : 0);
    put<std::uint64_t>(header, kPlainAt, h.plainBytes);
    put<std::uint32_t>(header, kAuditHeadAt, static_cast<std::uint32_t>(h.auditHead.size()));
    putBytes(header, kSignKeyAt, h.senderSignPublic, 32);
    putBytes(header, kBoxKeyAt, h.senderBoxPublic, 32);
    putBytes(header, kNextKeyAt, h.nextKey, 32);
    if (h.hasEnrolmentProof)
        putBytes(header, kProofAt, h.enrolmentProof, 32);
    return header;
}

Result<PackageHeader> decodeInnerHeader(const QByteArray& header, std::uint64_t paddedBytes,
                                        PackageProblem* problem)
{
    const auto fail = [problem](PackageProblem why, const QString& message) {
        if (problem)
            *problem = why;
        return packageError(why, message);
    };
    if (problem)
        *problem = PackageProblem::None;
    const auto malformed = [&](const QString& what) {
        return fail(PackageProblem::MalformedHeader,
                    Texts::tr("The package header is damaged: %1.").arg(what));
    };
    if (header.size() != kInnerHeaderBytes)
        return malformed(Texts::tr("it has the wrong length"));
    PackageHeader h;
    const auto kind = static_cast<std::uint8_t>(header[kKindAt]);
    if (kind != static_cast<std::uint8_t>(PackageKind::Cell) &&
        kind != static_cast<std::uint8_t>(PackageKind::Return))
        return malformed(Texts::tr("unknown package kind"));
    h.kind = static_cast<PackageKind>(kind);
    const auto flags = static_cast<std::uint8_t>(header[kFlagsAt]);
    if ((flags & ~kFlagEnrolmentProof) != 0 || header[kReservedAt] != 0 || header[kReservedAt + 1] != 0)
        return malformed(Texts::tr("unknown flags"));
    h.hasEnrolmentProof = (flags & kFlagEnrolmentProof) != 0;
    h.senderId = QUuid::fromRfc4122(QByteArrayView(header.constData() + kSenderAt, 16));
    h.recipientId = QUuid::fromRfc4122(QByteArrayView(header.constData() + kRecipientAt, 16));
    h.cellId = QUuid::fromRfc4122(QByteArrayView(header.constData() + kCellAt, 16));
    if (h.senderId.isNull() || h.recipientId.isNull() || h.cellId.isNull())
        return malformed(Texts::tr("a party or cell id is missing"));
    h.sequence = get<std::uint64_t>(header, kSequenceAt);
    h.acknowledged = get<std::uint64_t>(header, kAcknowledgedAt);
    h.base = get<std::uint64_t>(header, kBaseAt);
    h.firstChange = get<std::uint64_t>(header, kFirstChangeAt);
    h.lastChange = get<std::uint64_t>(header, kLastChangeAt);
    constexpr std::uint64_t kMaxCounter = std::uint64_t{1} << 53; // exact in JSON and in SQLite
    if (h.sequence == 0 || h.sequence > kMaxCounter || h.acknowledged > kMaxCounter || h.base > kMaxCounter ||
        h.firstChange > kMaxCounter || h.lastChange > kMaxCounter)
        return malformed(Texts::tr("a sequence number is out of range"));
    if (h.kind == PackageKind::Return && h.firstChange > h.lastChange + 1)
        return malformed(Texts::tr("the range of changes is reversed"));
    const auto created = get<std::int64_t>(header, kCreatedAt);
    if (created <= 0)
        return malformed(Texts::tr("no creation time"));
    h.createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
    h.plainBytes = get<std::uint64_t>(header, kPlainAt);
    const auto auditHeadBytes = get<std::uint32_t>(header, kAuditHeadAt);
    if (h.plainBytes == 0 || h.plainBytes > kMaxPayloadBytes || auditHeadBytes > kMaxAuditHeadBytes)
        return fail(PackageProblem::Oversized,
                    Texts::tr("The package announces a content size beyond the limit."));
    h.auditHead = QByteArray(static_cast<qsizetype>(auditHeadBytes), '\0'); // filled by the reader
    if (h.contentBytes() > paddedBytes)
        return malformed(Texts::tr("the sizes do not agree"));
    h.senderSignPublic = header.mid(kSignKeyAt, 32);
    h.senderBoxPublic = header.mid(kBoxKeyAt, 32);
    h.nextKey = header.mid(kNextKeyAt, 32);
    if (h.nextKey == QByteArray(32, '\0'))
        return malformed(Texts::tr("no key for the answer"));
    h.enrolmentProof = header.mid(kProofAt, 32);
    if (!h.hasEnrolmentProof && h.enrolmentProof != QByteArray(32, '\0'))
        return malformed(Texts::tr("unexpected enrolment proof"));
    return h;
}

} // namespace orec::exchange
