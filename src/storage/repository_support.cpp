#include "storage/repository_support.h"

#include <QCoreApplication>
#include <QUuid>

namespace orec::repo {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("orec::repo", text); }
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

QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QString nowText(const Database& database) { return database.clock().nowUtc().toString(Qt::ISODateWithMs); }

Status forEachRow(sql::Statement& statement, const std::function<bool(sql::Statement&)>& row)
{
    for (;;) {
        auto has = statement.step();
        if (!has)
            return has.error();
        if (!*has)
            return {};
        if (!row(statement))
            return {};
    }
}

Error duplicateError(const QString& what, const QString& value)
{
    return Error(ErrorCode::Invalid, tr("Another record already has this %1 (%2).").arg(what, value), what);
}

Error notFoundError(const QString& what, const QString& key)
{
    return Error(ErrorCode::NotFound, tr("There is no %1 %2.").arg(what, key), key);
}

Error conflictError(const QString& what)
{
    return Error(ErrorCode::Conflict,
                 tr("This %1 was changed by someone else since it was read; reload it and try again.").arg(what));
}

} // namespace orec::repo
