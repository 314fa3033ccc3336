// Work kept over a lock: where the clerk was and the values typed in the editors left open, sealed in memory
// to the user's own key until that user unlocks again (issue 16: locking never loses work).
#pragma once

#include "core/secure_bytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>
#include <vector>

namespace orec::gui {

// One editor left open: what it edits (kind and key, enough to open it again) and its fields' values.
struct EditorDraft
{
    QString kind;       // "member", "posting", "report"
    QVariantMap key;    // the record's ids
    QVariantMap fields; // object name of an input widget → its value
    bool dirty = false; // it had changes not saved
};

// The main window as the lock found it.
struct WorkspaceDraft
{
    int screen = -1; // a ScreenId
    int row = -1;    // the row and column selected in the screen's list
    int column = -1;
    QList<EditorDraft> editors; // outermost first (a posting opened from a dossier follows the dossier)

    bool hasUnsavedEdits() const;
    QByteArray serialize() const;
    static std::optional<WorkspaceDraft> deserialize(const QByteArray& bytes);
};

// Where AppController keeps the drafts between a lock and the next unlock. A draft is sealed (X25519 sealed
// box) to the public key of the user whose session locked: once the lock has wiped that session's secret key
// nothing in the process can read it, and only that user's passphrase opens it again. A user whose slot has
// no box key gets a key pair of the vault's own, in guarded memory. Nothing is written to disk.
class DraftVault
{
public:
    void keep(const QString& databasePath, const QString& user, const QByteArray& publicKey,
              const WorkspaceDraft& draft);
    // The draft kept for this user of this register, opened with their session's secret key and removed
    // from the vault (wiped); nullopt when none was kept or it does not open.
    std::optional<WorkspaceDraft> take(const QString& databasePath, const QString& user,
                                       const QByteArray& publicKey, const SecureBytes& secretKey);
    bool holds(const QString& databasePath, const QString& user) const;
    bool isEmpty() const { return m_entries.empty(); }
    int size() const { return static_cast<int>(m_entries.size()); }
    // Every sealed byte the vault holds (tests look for the typed text in it).
    QByteArray sealedBytes() const;
    void clear();

private:
    struct Entry
    {
        QString databasePath;
        QString user;
        QByteArray publicKey;
        SecureBytes ownSecretKey; // only when the session had no box key
        QByteArray sealed;
    };
    std::vector<Entry> m_entries;
};

} // namespace orec::gui
