#include "app/session.h"

#include "core/result_try.h"
#include "storage/exchange_repository.h"

#include <QCoreApplication>

namespace orec::app {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::app)
};

} // namespace

Result<bool> Session::isFieldDatabase()
{
    if (!m_fieldDatabase) {
        OREC_TRY_ASSIGN(auto mode, ExchangeRepository(*m_database).mode());
        m_fieldDatabase = mode.isField();
    }
    return *m_fieldDatabase;
}

Status Session::require(Permission permission, Where where)
{
    OREC_TRY(require(permission));
    if (where == Where::Anywhere)
        return {};
    auto field = isFieldDatabase();
    if (!field)
        return field.error();
    if (*field)
        return Error(ErrorCode::PermissionDenied,
                     Texts::tr("This is a cell secretary's field database: this is done at "
                               "home, not on the laptop."));
    return {};
}

Status Session::requireAny(const QList<Permission>& permissions) const
{
    for (Permission p : permissions) {
        if (m_database->can(p))
            return {};
    }
    return require(permissions.isEmpty() ? Permission::ReadRecords : permissions.first());
}

} // namespace orec::app
