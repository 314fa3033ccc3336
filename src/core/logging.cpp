#include "core/logging.h"

Q_LOGGING_CATEGORY(lcStorage, "orec.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExchange, "orec.exchange", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "orec.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "orec.gui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "orec.cli", QtInfoMsg)
