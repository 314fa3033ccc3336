// LeftoverScans: removes the plaintext copies of scans that versions before the built-in PDF viewer put in
// the temporary folder for an outside viewer, and left there when they crashed.
#pragma once

#include <QString>
#include <QStringList>

namespace orec::gui {

class LeftoverScans
{
public:
    struct Sweep
    {
        int folders = 0;    // orec-scan-XXXXXX folders removed
        int files = 0;      // scan copies in them, overwritten with zeros and deleted
        QStringList failed; // what could not be removed (the folder stays for the next start)
    };

    // Those versions made one folder per run, `orec-scan-` and six letters or digits (QTemporaryDir),
    // directly in the temporary folder, private to its user (0700), holding files named "N-name" (0600).
    // Only folders of exactly that shape that belong to this user are touched; a link is never followed.
    static Sweep sweep(const QString& temporaryFolder);
};

} // namespace orec::gui
