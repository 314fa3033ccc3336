#include "gui/temporary_scans.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace orec::gui {

namespace {
struct State
{
    std::unique_ptr<QTemporaryDir> dir;
    QStringList files;
    std::function<bool(const QString&)> opener;
};

State& state()
{
    static State s;
    return s;
}
} // namespace

QString TemporaryScans::write(const QString& fileName, const QByteArray& content)
{
    State& s = state();
    if (!s.dir) {
        s.dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("orec-scan-XXXXXX")));
        if (!s.dir->isValid()) {
            s.dir.reset();
            return {};
        }
        QFile::setPermissions(s.dir->path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // Numbered so two scans of the same name do not overwrite each other while a viewer has one open.
    const QString path =
        QDir(s.dir->path())
            .filePath(QStringLiteral("%1-%2").arg(s.files.size() + 1).arg(QFileInfo(fileName).fileName()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size())
        return {};
    file.close();
    s.files.append(path);
    return path;
}

bool TemporaryScans::openExternally(const QString& fileName, const QByteArray& content)
{
    const QString path = write(fileName, content);
    if (path.isEmpty())
        return false;
    const auto& opener = state().opener;
    return opener ? opener(path) : QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void TemporaryScans::setOpener(std::function<bool(const QString& path)> opener)
{
    state().opener = std::move(opener);
}

void TemporaryScans::wipeAll()
{
    State& s = state();
    for (const QString& path : std::as_const(s.files)) {
        QFile file(path);
        if (file.open(QIODevice::ReadWrite)) {
            file.write(QByteArray(static_cast<int>(file.size()), '\0'));
            file.flush();
            file.close();
        }
        QFile::remove(path);
    }
    s.files.clear();
    s.dir.reset();
}

int TemporaryScans::count()
{
    return static_cast<int>(state().files.size());
}

} // namespace orec::gui
