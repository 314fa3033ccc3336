// The SQL of each schema migration. SQL for SQLite 3.15 (SQLCipher 3.4): no UPSERT, no window functions.
#pragma once

#include "core/result.h"
#include "storage/sqlite.h"

namespace orec::schema {

Status v1Base(sql::Connection& connection);
Status v2Settings(sql::Connection& connection);
Status v3Register(sql::Connection& connection);
Status v4Exchange(sql::Connection& connection);           // schema_exchange.cpp
Status v5ReportTimeliness(sql::Connection& connection);   // schema_report_timeliness.cpp
Status v6Attachments(sql::Connection& connection);        // schema_attachments.cpp
Status v7PendingSecretaries(sql::Connection& connection); // schema_pending_secretaries.cpp
Status v8AuditSignatures(sql::Connection& connection);    // schema_audit_signatures.cpp
Status v9ExchangeKeys(sql::Connection& connection);       // schema_exchange_keys.cpp
Status v10ExchangeVault(sql::Connection& connection);     // schema_exchange_vault.cpp
Status v11FieldPrivacy(sql::Connection& connection);      // schema_field_privacy.cpp
Status v12DocumentRegister(sql::Connection& connection);  // schema_document_register.cpp
Status v13QuerySpeed(sql::Connection& connection);        // schema_query_speed.cpp
Status v14EarlierCards(sql::Connection& connection);      // schema_earlier_cards.cpp
Status v15UnitLevels(sql::Connection& connection);        // schema_unit_levels.cpp

} // namespace orec::schema
