#include "exchange/package_opener.h"

#include "core/result_try.h"
#include "exchange/enrolment.h"
#include "exchange/package_reader.h"
#include "exchange/payload_codec.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace orec::exchange {

namespace {

// The one translation context of this file, the same for lupdate and at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(orec::exchange)
};

Error refuse(PackageProblem* problem, PackageProblem why, const QString& message)
{
    if (problem)
        *problem = why;
    return packageError(why, message);
}

QString uuidText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

Status openFile(QFile& file)
{
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, Texts::tr("The package cannot be read: %1.").arg(file.errorString()),
                     file.fileName());
    return {};
}

bool isZero(const SecureBytes& bytes)
{
    unsigned char any = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i)
        any |= bytes.data()[i];
    return any == 0;
}

// The keys an incoming package may be sealed to, and whose each one is.
struct Candidates
{
    enum class Origin { ReceiveKey, Enrolment, LongTerm };
    struct Entry
    {
        Origin origin = Origin::ReceiveKey;
        qint64 peerId = 0; // a receive key's peer
    };
    std::vector<ExchangeReceiveKey> receiveKeys;
    crypto::BoxKeyPair enrolment;
    QList<CandidateKey> keys;
    QList<Entry> entries;
};

QString removedText(const ExchangePeer& p)
{
    return Texts::tr(
               "This package is signed by a secretary who was removed on %1 (%2). Packages from that laptop "
               "are no longer accepted.")
        .arg(QLocale().toString(p.removedAt.toLocalTime().date(), QLocale::ShortFormat),
             p.removedReason.isEmpty() ? Texts::tr("no reason given") : p.removedReason);
}

} // namespace

Result<OpenedPackage> PackageOpener::open(const QString& path, PackageProblem* problem)
{
    if (problem)
        *problem = PackageProblem::None;
    ExchangeStore store(m_database);
    OREC_TRY_ASSIGN(auto mode, store.tables().mode());
    OREC_TRY_ASSIGN(auto me, store.identity());

    QFile file(path);
    OREC_TRY(openFile(file));
    auto reader = PackageReader::open(file, problem);
    if (!reader)
        return Error(reader.error().code, reader.error().message, path);
    auto hash = reader->fileHash();
    if (!hash)
        return Error(hash.error().code, hash.error().message, path);

    const PackageKind expected = mode.isField() ? PackageKind::Cell : PackageKind::Return;
    const auto wrongKind = [&] {
        return refuse(problem, PackageProblem::WrongKind,
                      mode.isField()
                          ? Texts::tr("This is a return package from a cell secretary; it is imported at "
                                      "home, not on a laptop.")
                          : Texts::tr("This is a cell package from home to a secretary's laptop; it is "
                                      "opened there, not imported at home."));
    };

    // The same file again, or one this database made: known by its hash, before any key is tried (the
    // keys that opened an old package may be gone by now).
    OREC_TRY_ASSIGN(auto known, store.tables().packageByHash(*hash));
    if (known) {
        const auto& [peerId, record] = *known;
        if (record.direction == PackageDirection::Sent)
            return wrongKind();
        auto peer = store.tables().peerById(peerId);
        if (!peer)
            return peer.error();
        if (!*peer)
            return Error(ErrorCode::Corrupt,
                         Texts::tr("A package on record names a party this database does not know."));
        OpenedPackage replay;
        replay.header.kind = record.kind;
        replay.header.sequence = record.sequence;
        replay.header.acknowledged = record.acknowledged;
        replay.header.firstChange = record.firstChange;
        replay.header.lastChange = record.lastChange;
        replay.header.cellId = QUuid::fromString(mode.isField() ? mode.cellUuid : (*peer)->cellUuid);
        replay.packageHash = *hash;
        replay.peer = **peer;
        replay.verdict = SequenceVerdict::Replay;
        if (problem)
            *problem = PackageProblem::Replay;
        return replay;
    }
    if (!me)
        return refuse(
            problem, PackageProblem::WrongRecipient,
            Texts::tr(
                "This database has never exchanged packages, so this package was made for another one."));
    const Identity& identity = *me;

    // Every key this database could have been sent to: its short-lived receive keys, on a laptop the
    // enrolment code's key while home may still use it, and the long-term key while a peer from format 1
    // may still use it (it is wiped after).
    Candidates c;
    OREC_TRY_ASSIGN(auto receiveKeys, store.tables().receiveKeys());
    c.receiveKeys = std::move(receiveKeys);
    for (const ExchangeReceiveKey& key : std::as_const(c.receiveKeys)) {
        c.keys.append(CandidateKey{key.boxPublic, &key.boxSecret});
        c.entries.append({Candidates::Origin::ReceiveKey, key.peerId});
    }
    std::optional<ExchangePeer> home;
    if (mode.isField()) {
        auto found = store.tables().homePeer();
        if (!found)
            return found.error();
        if (!*found)
            return Error(ErrorCode::Corrupt, Texts::tr("This field database does not know its home."));
        home = **found;
        OREC_TRY_ASSIGN(auto enrolmentKey, store.tables().enrolmentKey(home->id));
        if (!enrolmentKey.empty()) {
            c.enrolment = enrolmentBoxKeys(enrolmentKey);
            c.keys.append(CandidateKey{c.enrolment.publicKey, &c.enrolment.secretKey});
            c.entries.append({Candidates::Origin::Enrolment, home->id});
        }
    }
    if (!isZero(identity.boxSecret())) {
        c.keys.append(CandidateKey{identity.publicIdentity().boxPublic, &identity.boxSecret()});
        c.entries.append({Candidates::Origin::LongTerm, 0});
    }
    auto unwrapped = reader->unwrap(c.keys, problem);
    if (!unwrapped)
        return Error(unwrapped.error().code, unwrapped.error().message, path);
    const Candidates::Entry opener = c.entries.at(unwrapped->candidate);
    auto content = reader->decrypt(unwrapped->contentKey, problem);
    unwrapped->contentKey.clear();
    if (!content)
        return Error(content.error().code, content.error().message, path);
    const PackageHeader& h = content->header();
    if (h.kind != expected)
        return wrongKind();

    OpenedPackage opened;
    opened.header = h;
    opened.packageHash = *hash;
    opened.senderAuditHead = h.auditHead;
    QByteArray signingKey;
    if (mode.isField()) {
        if (uuidText(h.cellId) != mode.cellUuid)
            return refuse(
                problem, PackageProblem::WrongCell,
                Texts::tr("This package is about another cell than the one this laptop keeps (%1). It is "
                          "refused.")
                    .arg(mode.cellCode));
        if (h.recipientId != identity.partyId() && h.recipientId != home->enrolmentId)
            return refuse(problem, PackageProblem::WrongRecipient,
                          Texts::tr("This package was made for another laptop. It is refused."));
        // Home's keys on record, or the new ones home announced with them (ExchangeStore::takeHomeKeys).
        OREC_TRY_ASSIGN(auto next, store.tables().nextHomeKeys(home->id));
        const bool onRecord =
            h.senderSignPublic == home->identity.signPublic && h.senderBoxPublic == home->identity.boxPublic;
        const bool announced =
            next.isComplete() && h.senderSignPublic == next.signPublic && h.senderBoxPublic == next.boxPublic;
        if (h.senderId != home->identity.partyId || !(onRecord || announced))
            return refuse(
                problem, PackageProblem::UnknownSender,
                Texts::tr("This package was not made by the home this laptop belongs to (its keys do not "
                          "match %1). It is refused.")
                    .arg(home->fingerprint));
        opened.peer = *home;
        signingKey = h.senderSignPublic;
    } else {
        if (h.recipientId != identity.partyId())
            return refuse(problem, PackageProblem::WrongRecipient,
                          Texts::tr("This package was made for another home database. It is refused."));
        // A short-lived key names the secretary it was made for; a package sealed to the long-term key
        // (a laptop from format 1) is matched by the sender it names.
        std::optional<ExchangePeer> peer;
        if (opener.origin == Candidates::Origin::ReceiveKey) {
            auto found = store.tables().peerById(opener.peerId);
            if (!found)
                return found.error();
            peer = *found;
        } else {
            auto found = store.tables().peerByPartyId(h.senderId);
            if (!found)
                return found.error();
            if (!*found) {
                auto pending = store.tables().secretaryOfCell(uuidText(h.cellId));
                if (!pending)
                    return pending.error();
                if (*pending && (*pending)->status == ExchangePeerStatus::Pending)
                    found = std::move(pending);
            }
            peer = *found;
        }
        const bool enrolling = peer && peer->status == ExchangePeerStatus::Pending;
        if (!peer || peer->role != ExchangePeerRole::Secretary ||
            (peer->status == ExchangePeerStatus::Removed && !peer->identity.isComplete()))
            return refuse(
                problem, PackageProblem::UnknownSender,
                Texts::tr("This package is signed by a laptop this database does not know. Only the "
                          "registered secretary of a cell can send its packages."));
        if (peer->status == ExchangePeerStatus::Removed)
            return refuse(problem, PackageProblem::RemovedSender, removedText(*peer));
        if (peer->cellUuid != uuidText(h.cellId))
            return refuse(
                problem, PackageProblem::WrongCell,
                Texts::tr("This package is about another cell than the one its secretary is registered "
                          "for. It is refused."));
        if (enrolling) {
            auto key = store.tables().enrolmentKey(peer->id);
            if (!key)
                return key.error();
            const PublicIdentity laptop{h.senderId, h.senderSignPublic, h.senderBoxPublic};
            if (!h.hasEnrolmentProof || key->empty() ||
                !checkEnrolmentProof(*key, laptop, h.cellId, h.enrolmentProof))
                return refuse(
                    problem, PackageProblem::UnknownSender,
                    Texts::tr("This package claims to come from the laptop enrolled for this cell, but its "
                              "proof does not match the enrolment code home issued. It is refused."));
            opened.peer = *peer;
            opened.peer.identity = laptop;
            opened.enrols = true;
            signingKey = h.senderSignPublic;
        } else {
            if (h.senderId != peer->identity.partyId || h.senderSignPublic != peer->identity.signPublic ||
                h.senderBoxPublic != peer->identity.boxPublic)
                return refuse(
                    problem, PackageProblem::UnknownSender,
                    Texts::tr("This package names a registered secretary but carries other keys. It is "
                              "refused."));
            opened.peer = *peer;
            signingKey = peer->identity.signPublic;
        }
    }

    OREC_TRY(content->verify(signingKey, problem));

    OREC_TRY_ASSIGN(auto state, store.tables().sequence(opened.peer.id));

    // The sender's signed audit head against the last one applied from it: behind it means the sender's
    // database was put back from an older copy or its history cut back. Said before the numbering, which
    // such a database also reuses, so the reason is the real one.
    OREC_TRY_ASSIGN(auto previous, store.tables().peerHead(opened.peer.id));
    // An old package that simply arrived late has an older head too: that is out_of_order below.
    bool lateOldPackage = false;
    if (h.sequence < state.lastReceived) {
        auto record = store.tables().package(opened.peer.id, PackageDirection::Received, h.sequence);
        if (!record)
            return record.error();
        lateOldPackage = !*record;
    }
    if (h.auditHead.isEmpty() && previous && !lateOldPackage)
        // Every session that can write signs its head: a sender that showed one and now shows none
        // is not the program that sent the earlier packages, or not as one of its users.
        return refuse(
            problem, PackageProblem::HistoryRewound,
            Texts::tr("This package carries no signed audit head, but package %1 from the same sender did. "
                      "Nothing was applied; ask the sender what happened.")
                .arg(previous->packageSequence));
    if (!h.auditHead.isEmpty()) {
        opened.senderHead.token = decodeAuditHead(h.auditHead);
        if (!opened.senderHead.token)
            return refuse(
                problem, PackageProblem::BadSignature,
                Texts::tr("The audit head this package carries is damaged or not signed by the key it names. "
                          "It is refused."));
        const AuditHeadToken& now = *opened.senderHead.token;
        if (!previous) {
            opened.senderHead.verdict = HeadVerdict::First;
        } else {
            const ExchangePeerHead& before = *previous;
            opened.senderHead.previousEntryId = before.entryId;
            opened.senderHead.previousSequence = before.packageSequence;
            if (now.databaseId.toString(QUuid::WithoutBraces) != before.databaseId)
                opened.senderHead.verdict = HeadVerdict::OtherDatabase;
            else if (now.entryId < before.entryId ||
                     (now.entryId == before.entryId && now.hash != before.hash))
                opened.senderHead.verdict = HeadVerdict::Backwards;
            else if (now.entryId == before.entryId)
                opened.senderHead.verdict = HeadVerdict::Same;
            else
                opened.senderHead.verdict = HeadVerdict::Forward;
        }
        if (opened.senderHead.rewound() && !lateOldPackage)
            return refuse(
                problem, PackageProblem::HistoryRewound,
                opened.senderHead.verdict == HeadVerdict::OtherDatabase
                    ? Texts::tr(
                          "This package comes from another database than the sender's earlier packages (its "
                          "audit log is not the one package %1 showed). The sender's database was replaced. "
                          "Nothing was applied; ask the sender what happened.")
                          .arg(opened.senderHead.previousSequence)
                    : Texts::tr(
                          "The sender's audit log went back: this package shows entry %1, but package %2 "
                          "already showed entry %3%4. The sender's database was put back from an older copy, "
                          "or its history was cut back. Nothing was applied; ask the sender what happened.")
                          .arg(now.entryId)
                          .arg(opened.senderHead.previousSequence)
                          .arg(opened.senderHead.previousEntryId)
                          .arg(now.entryId == opened.senderHead.previousEntryId
                                   ? Texts::tr(" with another history")
                                   : QString()));
    }
    if (h.sequence <= state.lastReceived) {
        // Not this file (its hash would have matched): another package under a used number, or an old one.
        OREC_TRY_ASSIGN(auto record,
                        store.tables().package(opened.peer.id, PackageDirection::Received, h.sequence));
        if (record)
            return refuse(
                problem, PackageProblem::SequenceReused,
                Texts::tr("A different package numbered %1 from this sender was already applied. This one "
                          "is refused; ask the sender what happened.")
                    .arg(h.sequence));
        return refuse(
            problem, PackageProblem::OutOfOrder,
            Texts::tr("This package (number %1) is older than package %2, which was already applied. It "
                      "is refused: applying it would undo newer work.")
                .arg(h.sequence)
                .arg(state.lastReceived));
    }
    if (h.sequence > state.lastReceived + 1) {
        opened.verdict = SequenceVerdict::Gap;
        opened.missingFrom = state.lastReceived + 1;
        opened.missingTo = h.sequence - 1;
    }
    if (h.kind == PackageKind::Return && h.firstChange > state.lastChangeApplied + 1)
        return refuse(
            problem, PackageProblem::MissingChanges,
            Texts::tr("Changes %1 to %2 of this cell never arrived: this package starts at change %3. Ask "
                      "the secretary to export again; nothing was applied.")
                .arg(state.lastChangeApplied + 1)
                .arg(h.firstChange - 1)
                .arg(h.firstChange));

    const SecureBytes plain = content->payload();
    OREC_TRY_ASSIGN(auto payload,
                    decodePayload(plain,
                                  h.kind == PackageKind::Cell ? kCellPayloadSchema : kReturnPayloadSchema,
                                  problem));
    opened.payload = std::move(payload);
    return opened;
}

namespace {

struct FirstOpening
{
    SecureBytes enrolmentKey;
    std::optional<OpenedContent> content;
    QByteArray hash;
};

Result<FirstOpening> openWithCode(QFile& file, const QString& enrolmentCode, bool decrypt,
                                  PackageProblem* problem)
{
    auto reader = PackageReader::open(file, problem);
    if (!reader)
        return Error(reader.error().code, reader.error().message, file.fileName());
    OREC_TRY_ASSIGN(auto key, enrolmentKeyFromCode(enrolmentCode));
    crypto::BoxKeyPair box = enrolmentBoxKeys(key);
    auto unwrapped = reader->unwrap({CandidateKey{box.publicKey, &box.secretKey}});
    if (!unwrapped)
        return refuse(
            problem, PackageProblem::DecryptionFailed,
            Texts::tr("The enrolment code does not open this package. Check the code, and that this is "
                      "the first package home made after enrolling you (a code issued by a program older "
                      "than package format 2 must be issued again)."));
    FirstOpening out;
    out.enrolmentKey = std::move(key);
    if (!decrypt)
        return out;
    auto content = reader->decrypt(unwrapped->contentKey, problem);
    unwrapped->contentKey.clear();
    if (!content)
        return Error(content.error().code, content.error().message, file.fileName());
    OREC_TRY_ASSIGN(auto hash, reader->fileHash());
    out.hash = hash;
    out.content.emplace(std::move(*content));
    return out;
}

} // namespace

Status PackageOpener::checkFirstPackage(const QString& path, const QString& enrolmentCode,
                                        PackageProblem* problem)
{
    if (problem)
        *problem = PackageProblem::None;
    QFile file(path);
    OREC_TRY(openFile(file));
    OREC_TRY(openWithCode(file, enrolmentCode, false, problem));
    return {};
}

Result<FirstPackage> PackageOpener::openFirst(const QString& path, const QString& enrolmentCode,
                                              PackageProblem* problem)
{
    if (problem)
        *problem = PackageProblem::None;
    QFile file(path);
    OREC_TRY(openFile(file));
    OREC_TRY_ASSIGN(auto opened, openWithCode(file, enrolmentCode, true, problem));
    OpenedContent& content = *opened.content;
    const PackageHeader& h = content.header();
    if (h.kind != PackageKind::Cell)
        return refuse(problem, PackageProblem::WrongKind,
                      Texts::tr("This is a return package from a cell secretary, not a package from home."));
    // Home's keys are trusted only once its proof, made with the code's key, covers them.
    const PublicIdentity home{h.senderId, h.senderSignPublic, h.senderBoxPublic};
    if (!h.hasEnrolmentProof || !home.isComplete() ||
        !checkHomeEnrolmentProof(opened.enrolmentKey, home, h.cellId, h.enrolmentProof))
        return refuse(
            problem, PackageProblem::UnknownSender,
            Texts::tr("This package opens with the code but does not prove that it comes from the home that "
                      "issued it. It is refused."));
    OREC_TRY(content.verify(h.senderSignPublic, problem));
    const SecureBytes plain = content.payload();
    OREC_TRY_ASSIGN(auto payload, decodePayload(plain, kCellPayloadSchema, problem));
    FirstPackage first;
    first.header = h;
    first.packageHash = opened.hash;
    first.home = home;
    first.enrolmentId = h.recipientId;
    first.enrolmentKey = std::move(opened.enrolmentKey);
    first.payload = std::move(payload);
    first.senderAuditHead = h.auditHead;
    return first;
}

} // namespace orec::exchange
