#include "gui/lock_drafts.h"

#include "core/crypto.h"

#include <QDataStream>
#include <QIODevice>
#include <algorithm>

namespace orec::gui {

namespace {
constexpr quint32 kMagic = 0x4F524446; // "ORDF"
constexpr quint16 kVersion = 1;
} // namespace

bool WorkspaceDraft::hasUnsavedEdits() const
{
    for (const EditorDraft& editor : editors) {
        if (editor.dirty)
            return true;
    }
    return false;
}

QByteArray WorkspaceDraft::serialize() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kVersion << qint32(screen) << qint32(row) << qint32(column) << qint32(editors.size());
    for (const EditorDraft& editor : editors)
        out << editor.kind << editor.key << editor.fields << editor.dirty;
    return bytes;
}

std::optional<WorkspaceDraft> WorkspaceDraft::deserialize(const QByteArray& bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    qint32 screen = -1, row = -1, column = -1, count = 0;
    in >> magic >> version >> screen >> row >> column >> count;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || count < 0 || count > 16)
        return std::nullopt;
    WorkspaceDraft draft;
    draft.screen = screen;
    draft.row = row;
    draft.column = column;
    for (qint32 i = 0; i < count; ++i) {
        EditorDraft editor;
        in >> editor.kind >> editor.key >> editor.fields >> editor.dirty;
        draft.editors.append(editor);
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return draft;
}

void DraftVault::keep(const QString& databasePath, const QString& user, const QByteArray& publicKey,
                      const WorkspaceDraft& draft)
{
    crypto::ensureInitialised();
    // One draft per user of a register: the latest lock's.
    std::erase_if(m_entries,
                  [&](const Entry& e) { return e.databasePath == databasePath && e.user == user; });
    Entry entry;
    entry.databasePath = databasePath;
    entry.user = user;
    entry.publicKey = publicKey;
    if (entry.publicKey.isEmpty()) {
        crypto::BoxKeyPair own = crypto::generateBoxKeyPair();
        entry.publicKey = own.publicKey;
        entry.ownSecretKey = std::move(own.secretKey);
    }
    QByteArray plain = draft.serialize();
    SecureBytes secret(plain.constData(), static_cast<std::size_t>(plain.size()));
    wipeBytes(plain);
    entry.sealed = crypto::sealTo(entry.publicKey, secret);
    m_entries.push_back(std::move(entry));
}

std::optional<WorkspaceDraft> DraftVault::take(const QString& databasePath, const QString& user,
                                               const QByteArray& publicKey, const SecureBytes& secretKey)
{
    auto found = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) {
        return e.databasePath == databasePath && e.user == user;
    });
    if (found == m_entries.end())
        return std::nullopt;
    const bool own = !found->ownSecretKey.empty();
    if (!own && found->publicKey != publicKey)
        return std::nullopt; // another key pair now: the draft cannot be this session's
    auto opened = crypto::openSealed(found->sealed, found->publicKey, own ? found->ownSecretKey : secretKey);
    wipeBytes(found->sealed);
    m_entries.erase(found);
    if (!opened)
        return std::nullopt;
    QByteArray bytes = QByteArray::fromRawData(opened->chars(), static_cast<qsizetype>(opened->size()));
    auto draft = WorkspaceDraft::deserialize(bytes);
    return draft; // `opened` (guarded memory) is wiped on return
}

bool DraftVault::holds(const QString& databasePath, const QString& user) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&](const Entry& e) { return e.databasePath == databasePath && e.user == user; });
}

QByteArray DraftVault::sealedBytes() const
{
    QByteArray all;
    for (const Entry& e : m_entries)
        all += e.sealed;
    return all;
}

void DraftVault::clear()
{
    for (Entry& e : m_entries)
        wipeBytes(e.sealed);
    m_entries.clear();
}

} // namespace orec::gui
