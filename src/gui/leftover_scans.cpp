#include "gui/leftover_scans.h"

#include "core/platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace orec::gui {

namespace {

// Overwriting is a courtesy on a journalled or flash disk, which may keep the old blocks elsewhere; on a
// plain disk it is what stops the bytes being read back after the file is gone.
bool overwriteAndRemove(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(64 * 1024, '\0');
        for (qint64 left = file.size(); left > 0; left -= zeros.size())
            file.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
        file.flush();
        file.close();
    }
    return file.remove();
}

} // namespace

LeftoverScans::Sweep LeftoverScans::sweep(const QString& temporaryFolder)
{
    static const QRegularExpression folderName(QStringLiteral("^orec-scan-[A-Za-z0-9]{6}$"));
    Sweep result;
    const QDir temp(temporaryFolder);
    const QFileInfoList candidates =
        temp.entryInfoList({QStringLiteral("orec-scan-*")}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo& folder : candidates) {
        // Anyone can make a folder or a link of that name in a shared /tmp: only our own private folder
        // is one those versions made, and only in it may files be overwritten.
        if (!folderName.match(folder.fileName()).hasMatch() || folder.isSymLink() ||
            !platform::isPrivateToThisUser(folder.absoluteFilePath()))
            continue;
        QDir dir(folder.absoluteFilePath());
        const QFileInfoList entries =
            dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo& entry : entries) {
            if (entry.isFile() && !entry.isSymLink()) {
                if (overwriteAndRemove(entry.absoluteFilePath()))
                    ++result.files;
                else
                    result.failed.append(entry.absoluteFilePath());
            }
        }
        // Whatever else is there (a link, a folder) goes without being followed.
        if (dir.removeRecursively())
            ++result.folders;
        else
            result.failed.append(folder.absoluteFilePath());
    }
    return result;
}

} // namespace orec::gui
