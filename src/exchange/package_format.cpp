#include "exchange/package_format.h"

#include <QCoreApplication>
#include <QtEndian>
#include <cstring>

namespace orec::exchange {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("orec::exchange", text);
}

// Field offsets inside the version 1 header (after the 12-byte prefix).
enum Offset : int {
    kKindAt = 0,
    kWrapAt = 1,
    kFlagsAt = 2,
    kReservedAt = 3,
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
    kCipherAt = 108,
    kChunkAt = 116,
    kSignKeyAt = 120,
    kBoxKeyAt = 152,
    kProofAt = 184,
    kWrapLengthAt = 216,
    kWrapBytesAt = 220,
};
static_assert(kWrapBytesAt + kWrapAreaBytes == kHeaderBytes);

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
    return Error(code, message, where);
}

std::uint64_t PackageHeader::fileBytes() const
{
    return static_cast<std::uint64_t>(kPrefixBytes + kHeaderBytes) + cipherBytes + 64;
}

std::uint64_t cipherBytesFor(std::uint64_t plainBytes, std::uint32_t chunkBytes)
{
    if (chunkBytes == 0)
        return 0;
    const std::uint64_t chunks = plainBytes == 0 ? 1 : (plainBytes + chunkBytes - 1) / chunkBytes;
    return kStreamHeaderBytes + plainBytes + chunks * kChunkOverheadBytes;
}

QByteArray encodeHeaderBlock(const PackageHeader& h, bool zeroWrap)
{
    QByteArray block(kPrefixBytes + kHeaderBytes, '\0');
    std::memcpy(block.data(), kMagic, sizeof kMagic);
    put<std::uint16_t>(block, 8, kFormatVersion);
    put<std::uint16_t>(block, 10, static_cast<std::uint16_t>(kHeaderBytes));
    QByteArray header(kHeaderBytes, '\0');
    header[kKindAt] = static_cast<char>(h.kind);
    header[kWrapAt] = static_cast<char>(h.wrap);
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
    put<std::uint64_t>(header, kCipherAt, h.cipherBytes);
    put<std::uint32_t>(header, kChunkAt, h.chunkBytes);
    putBytes(header, kSignKeyAt, h.senderSignPublic, 32);
    putBytes(header, kBoxKeyAt, h.senderBoxPublic, 32);
    if (h.hasEnrolmentProof)
        putBytes(header, kProofAt, h.enrolmentProof, 32);
    if (!zeroWrap) {
        header[kWrapLengthAt] = static_cast<char>(std::min<qsizetype>(h.keyWrap.size(), kWrapAreaBytes));
        putBytes(header, kWrapBytesAt, h.keyWrap, kWrapAreaBytes);
    }
    std::memcpy(block.data() + kPrefixBytes, header.constData(), kHeaderBytes);
    return block;
}

Result<PackageHeader> decodeHeaderBlock(const QByteArray& block, PackageProblem* problem)
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
                    tr("This file is not an Overseas Records exchange package (.orecpkg)."));
    if (block.size() < kPrefixBytes)
        return fail(PackageProblem::Truncated, tr("The package is cut short: its header is incomplete."));
    const auto version = get<std::uint16_t>(block, 8);
    if (version != kFormatVersion)
        return fail(
            PackageProblem::UnsupportedVersion,
            tr("The package is in format version %1; this program reads version %2. Update the program "
               "on both sides.")
                .arg(version)
                .arg(kFormatVersion));
    if (get<std::uint16_t>(block, 10) != kHeaderBytes)
        return fail(PackageProblem::MalformedHeader, tr("The package header has the wrong length."));
    if (block.size() < kPrefixBytes + kHeaderBytes)
        return fail(PackageProblem::Truncated, tr("The package is cut short: its header is incomplete."));

    const QByteArray header = block.mid(kPrefixBytes, kHeaderBytes);
    const auto malformed = [&](const QString& what) {
        return fail(PackageProblem::MalformedHeader, tr("The package header is damaged: %1.").arg(what));
    };
    PackageHeader h;
    const auto kind = static_cast<std::uint8_t>(header[kKindAt]);
    if (kind != static_cast<std::uint8_t>(PackageKind::Cell) &&
        kind != static_cast<std::uint8_t>(PackageKind::Return))
        return malformed(tr("unknown package kind"));
    h.kind = static_cast<PackageKind>(kind);
    const auto wrap = static_cast<std::uint8_t>(header[kWrapAt]);
    if (wrap != static_cast<std::uint8_t>(KeyWrap::SealedToRecipient) &&
        wrap != static_cast<std::uint8_t>(KeyWrap::EnrolmentCode))
        return malformed(tr("unknown key wrapping"));
    h.wrap = static_cast<KeyWrap>(wrap);
    const auto flags = static_cast<std::uint8_t>(header[kFlagsAt]);
    if ((flags & ~kFlagEnrolmentProof) != 0 || header[kReservedAt] != 0)
        return malformed(tr("unknown flags"));
    h.hasEnrolmentProof = (flags & kFlagEnrolmentProof) != 0;
    if (h.wrap == KeyWrap::EnrolmentCode && h.kind != PackageKind::Cell)
        return malformed(tr("only a cell package can be opened with an enrolment code"));
    if (h.hasEnrolmentProof && h.kind != PackageKind::Return)
        return malformed(tr("only a return package carries an enrolment proof"));
    h.senderId = QUuid::fromRfc4122(QByteArrayView(header.constData() + kSenderAt, 16));
    h.recipientId = QUuid::fromRfc4122(QByteArrayView(header.constData() + kRecipientAt, 16));
    h.cellId = QUuid::fromRfc4122(QByteArrayView(header.constData() + kCellAt, 16));
    if (h.senderId.isNull() || h.recipientId.isNull() || h.cellId.isNull())
        return malformed(tr("a party or cell id is missing"));
    h.sequence = get<std::uint64_t>(header, kSequenceAt);
    h.acknowledged = get<std::uint64_t>(header, kAcknowledgedAt);
    h.base = get<std::uint64_t>(header, kBaseAt);
    h.firstChange = get<std::uint64_t>(header, kFirstChangeAt);
    h.lastChange = get<std::uint64_t>(header, kLastChangeAt);
    constexpr std::uint64_t kMaxCounter = std::uint64_t{1} << 53; // exact in JSON and in SQLite
    if (h.sequence == 0 || h.sequence > kMaxCounter || h.acknowledged > kMaxCounter || h.base > kMaxCounter ||
        h.firstChange > kMaxCounter || h.lastChange > kMaxCounter)
        return malformed(tr("a sequence number is out of range"));
    if (h.kind == PackageKind::Return && h.firstChange > h.lastChange + 1)
        return malformed(tr("the range of changes is reversed"));
    const auto created = get<std::int64_t>(header, kCreatedAt);
    if (created <= 0)
        return malformed(tr("no creation time"));
    h.createdAt = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
    h.plainBytes = get<std::uint64_t>(header, kPlainAt);
    h.cipherBytes = get<std::uint64_t>(header, kCipherAt);
    h.chunkBytes = get<std::uint32_t>(header, kChunkAt);
    if (h.chunkBytes < kMinChunkBytes || h.chunkBytes > kMaxChunkBytes)
        return malformed(tr("the chunk size is out of range"));
    if (h.plainBytes == 0 || h.plainBytes > kMaxPayloadBytes)
        return fail(PackageProblem::Oversized, tr("The package announces a content size beyond the limit."));
    if (h.cipherBytes != cipherBytesFor(h.plainBytes, h.chunkBytes))
        return malformed(tr("the sizes do not agree"));
    h.senderSignPublic = header.mid(kSignKeyAt, 32);
    h.senderBoxPublic = header.mid(kBoxKeyAt, 32);
    h.enrolmentProof = header.mid(kProofAt, 32);
    if (!h.hasEnrolmentProof && h.enrolmentProof != QByteArray(32, '\0'))
        return malformed(tr("unexpected enrolment proof"));
    const int wrapLength = static_cast<std::uint8_t>(header[kWrapLengthAt]);
    if (header[kWrapLengthAt + 1] != 0 || header[kWrapLengthAt + 2] != 0 || header[kWrapLengthAt + 3] != 0 ||
        wrapLength == 0 || wrapLength > kWrapAreaBytes)
        return malformed(tr("the key wrapping has the wrong length"));
    h.keyWrap = header.mid(kWrapBytesAt, wrapLength);
    if (header.mid(kWrapBytesAt + wrapLength) != QByteArray(kWrapAreaBytes - wrapLength, '\0'))
        return malformed(tr("bytes after the key wrapping"));
    return h;
}

} // namespace orec::exchange
