// RegisterLabels: words for the register's values that core's enum tables do not name (where a member is
// now).
#pragma once

#include "core/country.h"
#include "storage/register_query_types.h"

#include <QCoreApplication>
#include <QString>

namespace orec::gui {

class RegisterLabels
{
    Q_DECLARE_TR_FUNCTIONS(orec::gui::RegisterLabels)
public:
    static QString presence(MemberPresence presence);
    // The Vietnamese name in a Vietnamese interface, the English one otherwise.
    static QString country(const QString& code);
    static QString countries(const QStringList& codes);
    // Countries sorted by the name shown, for filter lists.
    static QList<Country> countriesByName();
};

} // namespace orec::gui
