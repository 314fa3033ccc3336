// SqlBuilder: assembles a query whose WHERE clause depends on a filter, numbering its parameters as it goes.
#pragma once

#include "core/result.h"
#include "storage/sqlite.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <string>
#include <variant>
#include <vector>

namespace orec {

class SqlBuilder
{
public:
    // Each returns the placeholder ("?3") for a new parameter; use it in the SQL text.
    std::string param(long long value);
    std::string param(const QString& value); // NULL when value.isNull()
    std::string param(const QDate& value);   // ISO text, NULL when invalid
    std::string paramNull();

    // Binds every parameter to a statement prepared from text built with the placeholders above.
    void bindAll(sql::Statement& statement) const;

private:
    using Value = std::variant<std::nullptr_t, long long, QString>;
    std::string add(Value value);
    std::vector<Value> m_values;
};

} // namespace orec
