#include "storage/repository_support.h"

#include "core/result_try.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace orec::repo {

namespace {
// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::repo)
};
} // namespace

void bindId(sql::Statement& statement, int index, qint64 id)
{
    if (id == 0)
        statement.bind(index, nullptr);
    else
        statement.bind(index, static_cast<long long>(id));
}

void bindText(sql::Statement& statement, int index, const QString& text)
{
    if (text.isEmpty())
        statement.bind(index, nullptr);
    else
        statement.bind(index, text);
}

qint64 idAt(const sql::Statement& statement, int column)
{
    return statement.isNull(column) ? 0 : statement.int64(column);
}

QString newUuid()
{
    // RFC 9562 version 7: 48 bits of Unix time in milliseconds, then 74 random bits. Records made one
    // after another get neighbouring keys, so the unique index on uuid (and the audit log's index on
    // the entity id) grows at its end instead of at random places: a bulk import writes far fewer pages.
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                         reinterpret_cast<quint32*>(bytes.data() + 16));
    const quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<char>((ms >> (8 * (5 - i))) & 0xff);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80); // RFC variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QString nowText(const Database& database)
{
    // Rows written in the same millisecond share their text: a bulk import formats it once per tick.
    thread_local QDateTime lastAt;
    thread_local QString lastText;
    const QDateTime now = database.clock().nowUtc();
    if (lastText.isEmpty() || now != lastAt) {
        lastAt = now;
        lastText = now.toString(Qt::ISODateWithMs);
    }
    return lastText;
}

Status forEachRow(sql::Statement& statement, const std::function<bool(sql::Statement&)>& row)
{
    for (;;) {
        OREC_TRY_ASSIGN(auto has, statement.step());
        if (!has)
            return {};
        if (!row(statement))
            return {};
    }
}

Status deferForeignKeys(WriteScope& scope)
{
    OREC_TRY(scope.status());
    return scope.connection().exec("PRAGMA defer_foreign_keys = ON");
}

Result<int> setPageCacheMegabytes(Database& database, int megabytes)
{
    OREC_TRY_ASSIGN(auto before, database.connection().queryInt("PRAGMA cache_size"));
    // Negative values are KiB in SQLite; positive ones are pages of 4 KiB here.
    const long long previous = before < 0 ? -before / 1024 : before * 4 / 1024;
    OREC_TRY(database.connection().exec("PRAGMA cache_size = -" +
                                        std::to_string(static_cast<long long>(megabytes) * 1024)));
    return static_cast<int>(previous);
}

Error duplicateError(const QString& what, const QString& value)
{
    return Error(ErrorCode::Invalid, Texts::tr("Another record already has this %1 (%2).").arg(what, value),
                 what);
}

Error notFoundError(const QString& what, const QString& key)
{
    return Error(ErrorCode::NotFound, Texts::tr("There is no %1 %2.").arg(what, key), key);
}

Error conflictError(const QString& what)
{
    return Error(ErrorCode::Conflict,
                 Texts::tr("This %1 was changed by someone else since it was read; reload it and try again.")
                     .arg(what));
}

} // namespace orec::repo
