#include "storage/bulk_index_suspension.h"

#include "storage/sqlite.h"

namespace orec {

BulkIndexSuspension::BulkIndexSuspension(WriteScope& scope, const char* table, qint64 incomingRows)
    : m_scope(scope)
{
    m_status = scope.status();
    if (!m_status)
        return;
    sql::Connection& c = scope.connection();
    auto count = c.prepare(std::string("SELECT count(*) FROM \"") + table + "\"");
    if (!count) {
        m_status = count.error();
        return;
    }
    auto row = count->step();
    if (!row) {
        m_status = row.error();
        return;
    }
    const qint64 present = count->int64(0);
    count->reset(); // DROP INDEX is refused while a statement still reads
    if (present >= incomingRows)
        return;
    // Indexes written by CREATE INDEX (sql not null: not the automatic ones of UNIQUE/PRIMARY KEY) that
    // are not unique.
    auto list = c.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                          "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name");
    if (!list) {
        m_status = list.error();
        return;
    }
    list->bind(1, std::string_view(table));
    QList<std::pair<QString, QByteArray>> found;
    for (;;) {
        auto next = list->step();
        if (!next) {
            m_status = next.error();
            return;
        }
        if (!*next)
            break;
        found.append({list->text(0), list->text(1).toUtf8()});
    }
    list->reset();
    for (const auto& [name, sql] : found) {
        if (Status s = c.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name).toStdString()); !s) {
            m_status = s;
            return;
        }
        m_indexes.append({name, sql});
    }
}

BulkIndexSuspension::~BulkIndexSuspension()
{
    if (!m_indexes.isEmpty())
        (void)restore();
}

Status BulkIndexSuspension::restore()
{
    OREC_TRY(m_status);
    while (!m_indexes.isEmpty()) {
        const auto [name, sql] = m_indexes.takeFirst();
        if (Status s = m_scope.connection().exec(std::string_view(sql.constData(), sql.size())); !s) {
            m_status = s;
            return s;
        }
    }
    return {};
}

} // namespace orec
