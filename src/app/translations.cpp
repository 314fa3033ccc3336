#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace orec::app {

namespace {
std::unique_ptr<QTranslator>& projectTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
QString& language()
{
    static QString current = QStringLiteral("vi");
    return current;
}
} // namespace

bool installTranslations(const QString& requested)
{
    const QString lang = requested.left(2).toLower();
    if (lang != QLatin1String("vi") && lang != QLatin1String("en"))
        return false;
    for (auto* slot : {&projectTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    language() = lang;
    QLocale::setDefault(QLocale(lang == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                                lang == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom));
    auto project = std::make_unique<QTranslator>();
    if (project->load(QStringLiteral(":/i18n/overseas-records_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(project.get());
        projectTranslator() = std::move(project);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return true;
}

QString currentLanguage() { return language(); }

} // namespace orec::app
