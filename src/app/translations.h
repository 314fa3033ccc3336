// Loading the user-interface language: Vietnamese by default, English on request.
#pragma once

#include <QString>

namespace orec::app {

// Installs the project's and Qt's translators for "vi" or "en" on the running application,
// replacing any installed before. Returns false when the language is unknown.
bool installTranslations(const QString& language);
QString currentLanguage();

} // namespace orec::app
