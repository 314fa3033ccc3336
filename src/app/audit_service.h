// AuditService: reading the audit log and verifying its hash chain, for the audit screen and `orec audit`;
// administrators and auditors only (Permission::ReadAuditLog), whichever window or command asks.
#pragma once

#include "app/session.h"
#include "core/result.h"
#include "storage/audit_log.h"

#include <QList>

namespace orec::app {

class AuditService
{
public:
    explicit AuditService(Session& session) : m_session(session) {}

    // Newest first, filtered and paged as AuditFilter says.
    Result<QList<AuditEntry>> entries(const AuditFilter& filter);
    // Every link of the chain; `orec check` verifies it too, for any role, without showing entries.
    Result<ChainVerification> verifyChain();

private:
    Session& m_session;
};

} // namespace orec::app
