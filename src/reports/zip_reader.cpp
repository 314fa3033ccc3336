#include "reports/zip_reader.h"

#include <QCoreApplication>
#include <limits>
#include <zlib.h>

namespace orec::reports {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};

// Little-endian reads. Every offset is checked against the buffer before it is read; outside it they
// read zero (never past the end), so a check forgotten here can only refuse a file, not read memory.
quint16 u16(const QByteArray& d, qint64 at)
{
    if (at < 0 || at > qint64(d.size()) - 2)
        return 0;
    return quint16(uchar(d.at(at))) | quint16(uchar(d.at(at + 1))) << 8;
}

quint32 u32(const QByteArray& d, qint64 at)
{
    return quint32(u16(d, at)) | quint32(u16(d, at + 2)) << 16;
}

quint64 u64(const QByteArray& d, qint64 at)
{
    return quint64(u32(d, at)) | quint64(u32(d, at + 4)) << 32;
}

// True when [offset, offset + length) lies inside a buffer of n bytes; no sum can wrap around.
bool fitsIn(quint64 offset, quint64 length, qint64 n)
{
    return n >= 0 && offset <= quint64(n) && length <= quint64(n) - offset;
}

Error corrupt(const QString& detail)
{
    return Error(ErrorCode::Invalid,
                 Texts::tr("The file is not a readable spreadsheet (ZIP): %1").arg(detail));
}

} // namespace

Result<ZipReader> ZipReader::fromData(const QByteArray& data)
{
    ZipReader zip;
    zip.m_data = data;
    const qint64 n = data.size();
    if (n < 22)
        return corrupt(Texts::tr("too short"));
    // The end-of-central-directory record sits in the last 22 + 65535 bytes.
    qint64 eocd = -1;
    for (qint64 at = n - 22; at >= 0 && at >= n - 22 - 65535; --at) {
        if (u32(data, at) == 0x06054b50) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0)
        return corrupt(Texts::tr("no central directory"));
    quint64 count = u16(data, eocd + 10);
    quint64 cdSize = u32(data, eocd + 12);
    quint64 cdOffset = u32(data, eocd + 16);
    // ZIP64: a locator just before the record points at the 64-bit record (56 bytes), which must lie
    // whole inside the file. Compared as "z64 + 56 <= n" without subtracting from n: a file shorter
    // than 56 bytes made "n - 56" wrap around to a huge bound and the record was read far past the end.
    if ((cdOffset == 0xFFFFFFFFu || count == 0xFFFF) && eocd >= 20 && u32(data, eocd - 20) == 0x07064b50) {
        const quint64 z64 = u64(data, eocd - 20 + 8);
        if (!fitsIn(z64, 56, n) || u32(data, qint64(z64)) != 0x06064b50)
            return corrupt(Texts::tr("bad ZIP64 record"));
        count = u64(data, qint64(z64) + 32);
        cdSize = u64(data, qint64(z64) + 40);
        cdOffset = u64(data, qint64(z64) + 48);
    }
    if (!fitsIn(cdOffset, cdSize, n))
        return corrupt(Texts::tr("central directory out of range"));
    qint64 at = qint64(cdOffset);
    const qint64 end = qint64(cdOffset + cdSize);
    for (quint64 i = 0; i < count; ++i) {
        if (at + 46 > end || u32(data, at) != 0x02014b50)
            return corrupt(Texts::tr("bad central directory entry"));
        Entry e;
        e.flags = u16(data, at + 8);
        e.method = u16(data, at + 10);
        e.crc = u32(data, at + 16);
        e.compressedSize = u32(data, at + 20);
        e.size = u32(data, at + 24);
        const quint16 nameLen = u16(data, at + 28);
        const quint16 extraLen = u16(data, at + 30);
        const quint16 commentLen = u16(data, at + 32);
        e.localOffset = u32(data, at + 42);
        if (at + 46 + nameLen + extraLen + commentLen > end)
            return corrupt(Texts::tr("bad central directory entry"));
        const QString name = QString::fromUtf8(data.constData() + at + 46, nameLen);
        // ZIP64 extra field: the 64-bit values of the fields that hold 0xFFFFFFFF, in order.
        qint64 x = at + 46 + nameLen;
        const qint64 xEnd = x + extraLen;
        while (x + 4 <= xEnd) {
            const quint16 id = u16(data, x);
            const quint16 len = u16(data, x + 2);
            if (x + 4 + len > xEnd)
                break;
            if (id == 0x0001) {
                qint64 p = x + 4;
                const qint64 pEnd = p + len;
                if (e.size == 0xFFFFFFFFu && p + 8 <= pEnd) {
                    e.size = u64(data, p);
                    p += 8;
                }
                if (e.compressedSize == 0xFFFFFFFFu && p + 8 <= pEnd) {
                    e.compressedSize = u64(data, p);
                    p += 8;
                }
                if (e.localOffset == 0xFFFFFFFFu && p + 8 <= pEnd)
                    e.localOffset = u64(data, p);
            }
            x += 4 + len;
        }
        if (!zip.m_entries.contains(name))
            zip.m_order << name;
        zip.m_entries.insert(name, e);
        at += 46 + nameLen + extraLen + commentLen;
    }
    return zip;
}

Result<QByteArray> ZipReader::read(const QString& name, qint64 maxSize) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.constEnd())
        return Error(ErrorCode::NotFound, Texts::tr("The spreadsheet has no part %1.").arg(name));
    const Entry& e = *it;
    if (e.flags & 0x1)
        return corrupt(Texts::tr("%1 is encrypted").arg(name));
    if (maxSize < 0 || e.size > quint64(maxSize))
        return corrupt(Texts::tr("%1 is too large").arg(name));
    const qint64 n = m_data.size();
    if (!fitsIn(e.localOffset, 30, n) || u32(m_data, qint64(e.localOffset)) != 0x04034b50)
        return corrupt(Texts::tr("bad local header of %1").arg(name));
    const quint64 dataAt = e.localOffset + 30 + u16(m_data, qint64(e.localOffset) + 26) +
                           u16(m_data, qint64(e.localOffset) + 28);
    if (!fitsIn(dataAt, e.compressedSize, n))
        return corrupt(Texts::tr("%1 runs past the end of the file").arg(name));
    // Deflate cannot expand data more than 1032 to 1: a member declaring more is lying, and its size
    // must not be trusted to allocate memory (a few bytes claiming 512 MB). compressedSize lies within
    // the file by now, so the product cannot wrap.
    if (e.method == 8 && e.size > e.compressedSize * 1032 + 1024)
        return corrupt(Texts::tr("bad size of %1").arg(name));
    const char* src = m_data.constData() + dataAt;
    QByteArray out;
    if (e.method == 0) {
        if (e.compressedSize != e.size)
            return corrupt(Texts::tr("bad size of %1").arg(name));
        out = QByteArray(src, qsizetype(e.size));
    } else if (e.method == 8) {
        out.resize(qsizetype(e.size));
        z_stream zs{};
        if (inflateInit2(&zs, -MAX_WBITS) != Z_OK)
            return Error(ErrorCode::Internal, Texts::tr("The decompressor could not start."));
        // Feed in chunks: zlib counts in 32-bit units.
        quint64 inLeft = e.compressedSize;
        zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(src));
        zs.next_out = reinterpret_cast<Bytef*>(out.data());
        quint64 outLeft = e.size;
        int rc = Z_OK;
        char spare = 0; // a zero-length member still needs somewhere to point
        if (outLeft == 0)
            zs.next_out = reinterpret_cast<Bytef*>(&spare);
        while (rc == Z_OK) {
            const uInt inChunk = uInt(std::min<quint64>(inLeft, std::numeric_limits<uInt>::max() / 2));
            const uInt outChunk = uInt(std::min<quint64>(outLeft, std::numeric_limits<uInt>::max() / 2));
            zs.avail_in = inChunk;
            zs.avail_out = outChunk;
            rc = inflate(&zs, Z_NO_FLUSH);
            inLeft -= inChunk - zs.avail_in;
            outLeft -= outChunk - zs.avail_out;
            if (rc == Z_OK && zs.avail_out == 0 && outLeft == 0 && inLeft > 0) {
                rc = Z_DATA_ERROR; // more data than the directory declared
                break;
            }
            if (rc == Z_OK && inChunk == zs.avail_in && outChunk == zs.avail_out) {
                rc = Z_BUF_ERROR; // no progress: truncated input
                break;
            }
        }
        inflateEnd(&zs);
        if (rc != Z_STREAM_END || outLeft != 0)
            return corrupt(Texts::tr("%1 does not decompress").arg(name));
    } else {
        return corrupt(Texts::tr("%1 uses an unsupported compression method").arg(name));
    }
    // crc32_z takes the whole length (crc32's uInt would cut a member over 4 GB short).
    const uLong crc =
        crc32_z(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(out.constData()), z_size_t(out.size()));
    if (crc != e.crc)
        return corrupt(Texts::tr("%1 fails its checksum").arg(name));
    return out;
}

} // namespace orec::reports
