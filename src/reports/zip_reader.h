// ZipReader: reads the members of a ZIP archive held in memory (stored or deflated), enough for XLSX files.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace orec::reports {

class ZipReader
{
public:
    // Parses the central directory. Fails on anything that is not a readable, unencrypted ZIP.
    static Result<ZipReader> fromData(const QByteArray& data);

    QStringList names() const { return m_order; }
    bool contains(const QString& name) const { return m_entries.contains(name); }
    // The member's bytes, CRC-checked; refuses members larger than `maxSize` once inflated.
    Result<QByteArray> read(const QString& name, qint64 maxSize = qint64(512) * 1024 * 1024) const;

private:
    struct Entry
    {
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        quint64 compressedSize = 0;
        quint64 size = 0;
        quint64 localOffset = 0;
    };
    QByteArray m_data;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace orec::reports
