#include "app/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QXmlStreamReader>
#include <memory>

namespace orec::app {

namespace {

// Looks translations up by source text when the context does not match. lupdate files a free tr()
// call under its enclosing class or namespace, which is not always the context the call passes at
// run time; source texts are distinct enough that the text alone finds the right translation.
class SourceTextTranslator : public QTranslator
{
public:
    bool loadTs(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&file);
        QString source, comment, translation;
        bool inMessage = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("message")) {
                    inMessage = true;
                    source.clear();
                    comment.clear();
                    translation.clear();
                } else if (inMessage && name == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (inMessage && name == QLatin1String("comment")) {
                    comment = xml.readElementText();
                } else if (inMessage && name == QLatin1String("translation")) {
                    const auto type = xml.attributes().value(QLatin1String("type"));
                    const bool usable = type != QLatin1String("unfinished") &&
                                        type != QLatin1String("obsolete") &&
                                        type != QLatin1String("vanished");
                    // Plain translations are text; numerus ones hold <numerusform>s. Vietnamese has one form.
                    QString text;
                    while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                           !xml.atEnd()) {
                        xml.readNext();
                        if (xml.isCharacters())
                            text += xml.text();
                        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform") &&
                                 text.isEmpty())
                            text = xml.readElementText();
                    }
                    if (usable)
                        translation = text;
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                inMessage = false;
                if (!translation.isEmpty() && !source.isEmpty())
                    m_map.insert(key(source, comment), translation);
            }
        }
        return !xml.hasError() && !m_map.isEmpty();
    }

    QString translate(const char* /*context*/, const char* sourceText, const char* disambiguation,
                      int /*n*/) const override
    {
        return m_map.value(key(QString::fromUtf8(sourceText), QString::fromUtf8(disambiguation)));
    }

    bool isEmpty() const override { return m_map.isEmpty(); }

private:
    static QString key(const QString& source, const QString& comment)
    {
        return source + QChar(0x1f) + comment;
    }
    QHash<QString, QString> m_map;
};

struct Installed
{
    std::unique_ptr<QTranslator> project;
    std::unique_ptr<SourceTextTranslator> bySource;
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
    for (QTranslator* t : {static_cast<QTranslator*>(s.project.get()),
                           static_cast<QTranslator*>(s.bySource.get()), s.qt.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    s.project.reset();
    s.bySource.reset();
    s.qt.reset();
    s.language = lang;
    QLocale::setDefault(QLocale(lang == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                                lang == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom));
    // Installed last is asked first: the exact-context .qm, then the source-text fallback, then Qt's own.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s.qt = std::move(qt);
    }
    auto bySource = std::make_unique<SourceTextTranslator>();
    if (bySource->loadTs(QStringLiteral(":/i18n-src/overseas-records_%1.ts").arg(lang))) {
        QCoreApplication::installTranslator(bySource.get());
        s.bySource = std::move(bySource);
    }
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
