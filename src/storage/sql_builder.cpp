#include "storage/sql_builder.h"

namespace orec {

std::string SqlBuilder::add(Value value)
{
    m_values.push_back(std::move(value));
    return "?" + std::to_string(m_values.size());
}

std::string SqlBuilder::param(long long value)
{
    return add(value);
}

std::string SqlBuilder::param(const QString& value)
{
    if (value.isNull())
        return add(nullptr);
    return add(value);
}

std::string SqlBuilder::param(const QDate& value)
{
    if (!value.isValid())
        return add(nullptr);
    return add(value.toString(Qt::ISODate));
}

std::string SqlBuilder::paramNull()
{
    return add(nullptr);
}

void SqlBuilder::bindAll(sql::Statement& statement) const
{
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        const int index = static_cast<int>(i + 1);
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, std::nullptr_t>)
                    statement.bind(index, nullptr);
                else
                    statement.bind(index, v);
            },
            m_values[i]);
    }
}

} // namespace orec
