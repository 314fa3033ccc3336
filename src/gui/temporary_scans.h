// TemporaryScans: the one way a scan leaves the encrypted database for an outside PDF viewer: a private
// temporary file, overwritten and deleted when the program locks or quits.
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace orec::gui {

class TemporaryScans
{
public:
    // Writes the bytes to a file readable by this user only; returns its path, or empty on failure.
    static QString write(const QString& fileName, const QByteArray& content);
    // Writes the scan and hands the file to the system's viewer; false when either fails.
    static bool openExternally(const QString& fileName, const QByteArray& content);
    // Tests: what "the system's viewer" is (by default QDesktopServices::openUrl).
    static void setOpener(std::function<bool(const QString& path)> opener);
    // Overwrites every file written so far with zeros and deletes it.
    static void wipeAll();
    static int count();
};

} // namespace orec::gui
