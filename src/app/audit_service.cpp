#include "app/audit_service.h"

namespace orec::app {

Result<QList<AuditEntry>> AuditService::entries(const AuditFilter& filter)
{
    OREC_TRY(m_session.require(Permission::ReadAuditLog));
    return m_session.database().auditLog().query(filter);
}

Result<ChainVerification> AuditService::verifyChain()
{
    OREC_TRY(m_session.require(Permission::ReadAuditLog));
    return m_session.database().auditLog().verify();
}

} // namespace orec::app
