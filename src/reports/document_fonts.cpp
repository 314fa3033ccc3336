#include "reports/document_fonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <cmath>

namespace orec::reports {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::reports)
};

struct FontFamilyFiles
{
    QString directory;
    QStringList files; // regular first: it decides whether the family is usable
};

QList<FontFamilyFiles> families()
{
    QList<FontFamilyFiles> list;
    const QStringList noto = {QStringLiteral("NotoSerif-Regular.ttf"), QStringLiteral("NotoSerif-Bold.ttf"),
                              QStringLiteral("NotoSerif-Italic.ttf"),
                              QStringLiteral("NotoSerif-BoldItalic.ttf")};
    const QStringList dejavu = {QStringLiteral("DejaVuSerif.ttf"), QStringLiteral("DejaVuSerif-Bold.ttf"),
                                QStringLiteral("DejaVuSerif-Italic.ttf"),
                                QStringLiteral("DejaVuSerif-BoldItalic.ttf")};
    const QString custom = qEnvironmentVariable("OREC_FONT_DIR");
    if (!custom.isEmpty()) {
        list.append({custom, noto});
        list.append({custom, dejavu});
    }
    list.append({QCoreApplication::applicationDirPath() + QStringLiteral("/fonts"), noto});
    list.append({QStringLiteral("/usr/share/fonts/truetype/noto"), noto});
    list.append({QStringLiteral("/usr/share/fonts/truetype/dejavu"), dejavu});
    return list;
}

} // namespace

QStringList DocumentFonts::candidateFiles()
{
    QStringList files;
    for (const FontFamilyFiles& f : families()) {
        for (const QString& name : f.files)
            files << QDir(f.directory).filePath(name);
    }
    return files;
}

Result<QString> DocumentFonts::family()
{
    static QMutex mutex;
    static QString loaded;
    const QMutexLocker lock(&mutex);
    if (!loaded.isEmpty())
        return loaded;
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error(ErrorCode::Internal,
                     Texts::tr("Printing needs the graphical application object (QGuiApplication)."));
    for (const FontFamilyFiles& f : families()) {
        const QString regular = QDir(f.directory).filePath(f.files.first());
        if (!QFileInfo::exists(regular))
            continue;
        const int id = QFontDatabase::addApplicationFont(regular);
        if (id < 0)
            continue;
        const QStringList names = QFontDatabase::applicationFontFamilies(id);
        if (names.isEmpty())
            continue;
        for (qsizetype i = 1; i < f.files.size(); ++i)
            QFontDatabase::addApplicationFont(QDir(f.directory).filePath(f.files.at(i)));
        loaded = names.first();
        return loaded;
    }
    return Error(
        ErrorCode::NotFound,
        Texts::tr("No font for printing was found. Install the Noto Serif fonts (Debian: fonts-noto-core) or "
                  "set OREC_FONT_DIR to a folder holding NotoSerif-Regular.ttf."));
}

QFont DocumentFonts::font(double sizePt, bool bold, bool italic)
{
    const auto name = family();
    QFont f(name ? *name : QStringLiteral("serif"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(sizePt * kUnitsPerPoint))));
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

} // namespace orec::reports
