// Diagnostics: the program's log file (rotated by size, owner-only) and the message handler that fills it.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace orec::app {

// One log file and its older rotations (orec.log, orec.log.1 ... orec.log.N-1) in a folder of the
// user's own. Several processes may append at once: each line is appended by path (O_APPEND), and
// rotation happens under a lock on the folder, so two programs never shift the files twice.
class RotatingLogFile
{
public:
    static constexpr qint64 kDefaultMaxBytes = 1024 * 1024;
    static constexpr int kDefaultFiles = 5;

    RotatingLogFile(QString folder, qint64 maxBytes = kDefaultMaxBytes, int files = kDefaultFiles);

    // Appends one line (a newline is added); rotates first when the line would take the file past
    // maxBytes. Creates the folder (0700) and the file (0600) as needed. False when it cannot write.
    bool append(const QByteArray& line);

    QString folder() const { return m_folder; }
    QString path() const; // the current file
    // The current file and its rotations that exist, newest first.
    QStringList files() const;

private:
    bool ensureFolder();
    void rotateIfNeeded(qint64 incoming);

    QString m_folder;
    qint64 m_maxBytes;
    int m_files;
};

struct LogOptions
{
    QString folder; // empty: Diagnostics::defaultFolder()
    qint64 maxBytes = RotatingLogFile::kDefaultMaxBytes;
    int files = RotatingLogFile::kDefaultFiles;
    QString program; // which program wrote a line ("orec", "overseas-records"); empty: the application name
    // Debug messages of the orec.* categories too, and every orec.* message echoed on stderr.
    bool verbose = false;
};

// Installs a Qt message handler that writes the program's own categories (orec.*, from info up, debug
// too when verbose) to the log file. Other categories' messages (Qt's own) still go where they went
// before; the file only notes that one came, without its text, which may name a file.
class Diagnostics
{
public:
    // OREC_LOG_DIR when set (tests point it at a temporary folder), else "overseas-records/logs" in the
    // user's data folder (~/.local/share on Linux).
    static QString defaultFolder();

    static void install(const LogOptions& options);
    static void uninstall(); // back to the handler that was there before (tests)
    static bool isInstalled();

    static void setVerbose(bool on);
    static bool verbose();

    // The file written now; empty when not installed.
    static QString currentFile();
};

} // namespace orec::app
