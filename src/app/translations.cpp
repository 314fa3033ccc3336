#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace orec::app {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> project;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("vi");
};

Installed& installed()
{
    static Installed state;
    return state;
}

} // namespace

bool installTranslations(const QString& requested)
{
    const QString lang = requested.left(2).toLower();
    if (lang != QLatin1String("vi") && lang != QLatin1String("en"))
        return false;
    Installed& s = installed();
    for (QTranslator* t : {s.project.get(), s.qt.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    s.project.reset();
    s.qt.reset();
    s.language = lang;
    QLocale::setDefault(QLocale(lang == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                                lang == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom));
    // Qt's own texts: the project carries Vietnamese (:/i18n/qt_vi.qm, Debian ships none); English is
    // Qt's source text, with Qt's qtbase_en.qm for its plurals when installed.
    auto qt = std::make_unique<QTranslator>();
    const bool qtLoaded =
        lang == QLatin1String("vi")
            ? qt->load(QStringLiteral(":/i18n/qt_vi.qm"))
            : qt->load(QStringLiteral("qtbase_en"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtLoaded) {
        QCoreApplication::installTranslator(qt.get());
        s.qt = std::move(qt);
    }
    // Installed last, asked first. The project's texts carry the context the code asks for (see the
    // comment on translations in src/CMakeLists.txt), so the compiled .qm finds each by context.
    auto project = std::make_unique<QTranslator>();
    if (project->load(QStringLiteral(":/i18n/overseas-records_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(project.get());
        s.project = std::move(project);
    }
    return true;
}

QString currentLanguage()
{
    return installed().language;
}

} // namespace orec::app
