// FileDialogs: the file choosers the print, export and import actions show, answerable by tests without a
// modal loop.
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace orec::gui {

class FileDialogs
{
public:
    // Like QFileDialog::getSaveFileName; `selectedFilter` receives the filter chosen (may be null).
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filters, QString* selectedFilter = nullptr);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                const QString& filters);

    // Tests: the next choosers return these paths in turn (an empty string = the user cancelled) without
    // showing anything.
    static void setNextPaths(const QStringList& paths);
    static bool hasNextPaths();
    // The caption of the last chooser asked for (tests read it).
    static QString lastCaption();
};

} // namespace orec::gui
