#include "gui/file_dialogs.h"

#include <QFileDialog>

namespace orec::gui {

namespace {
QStringList g_nextPaths;
QString g_lastCaption;
} // namespace

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                  const QString& filters, QString* selectedFilter)
{
    g_lastCaption = caption;
    if (!g_nextPaths.isEmpty()) {
        const QString path = g_nextPaths.takeFirst();
        if (selectedFilter)
            *selectedFilter = filters.section(QStringLiteral(";;"), 0, 0);
        return path;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filters, selectedFilter);
}

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filters)
{
    g_lastCaption = caption;
    if (!g_nextPaths.isEmpty())
        return g_nextPaths.takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, directory, filters);
}

void FileDialogs::setNextPaths(const QStringList& paths)
{
    g_nextPaths = paths;
}

bool FileDialogs::hasNextPaths()
{
    return !g_nextPaths.isEmpty();
}

QString FileDialogs::lastCaption()
{
    return g_lastCaption;
}

} // namespace orec::gui
