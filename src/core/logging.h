// The program's logging categories (orec.*), one per layer: operations and error codes, never values.
#pragma once

#include <QLoggingCategory>

// Enabled from info up by default (warnings, plus info for lifecycle events); debug when verbose
// (app/diagnostics.h). What may be logged: operation names, SQL text (placeholders, never bound values),
// error and engine codes, counts. Never a name, number, date, passphrase, file content or path.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcExchange)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcGui)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
