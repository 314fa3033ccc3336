#include "exchange/package_opener.h"

#include "exchange/enrolment.h"
#include "exchange/package_reader.h"
#include "exchange/payload_codec.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace orec::exchange {

namespace {

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
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("orec::exchange", "The package cannot be read: %1.")
                         .arg(file.errorString()),
                     file.fileName());
    return {};
}

} // namespace

Result<OpenedPackage> PackageOpener::open(const QString& path, PackageProblem* problem)
{
    if (problem)
        *problem = PackageProblem::None;
    ExchangeStore store(m_database);
    auto mode = store.mode();
    if (!mode)
        return mode.error();
    auto me = store.identity();
    if (!me)
        return me.error();

    QFile file(path);
    OREC_TRY(openFile(file));
    auto reader = PackageReader::open(file, problem);
    if (!reader)
        return Error(reader.error().code, reader.error().message, path);
    const PackageHeader& h = reader->header();

    const PackageKind expected = mode->isField() ? PackageKind::Cell : PackageKind::Return;
    if (h.kind != expected)
        return refuse(
            problem, PackageProblem::WrongKind,
            mode->isField()
                ? QCoreApplication::translate(
                      "orec::exchange",
                      "This is a return package from a cell secretary; it is imported at home, not on a "
                      "laptop.")
                : QCoreApplication::translate(
                      "orec::exchange",
                      "This is a cell package from home to a secretary's laptop; it is opened there, not "
                      "imported at home."));
    if (!*me)
        return refuse(
            problem, PackageProblem::WrongRecipient,
            QCoreApplication::translate(
                "orec::exchange",
                "This database has never exchanged packages, so this package was made for another one."));
    const Identity& identity = **me;

    OpenedPackage opened;
    opened.header = h;
    QByteArray signingKey;
    if (mode->isField()) {
        if (uuidText(h.cellId) != mode->cellUuid)
            return refuse(problem, PackageProblem::WrongCell,
                          QCoreApplication::translate(
                              "orec::exchange",
                              "This package is about another cell than the one this laptop keeps (%1). It is "
                              "refused.")
                              .arg(mode->cellCode));
        auto home = store.homePeer();
        if (!home)
            return home.error();
        if (!*home)
            return Error(
                ErrorCode::Corrupt,
                QCoreApplication::translate("orec::exchange", "This field database does not know its home."));
        if (h.recipientId != identity.partyId() && h.recipientId != (*home)->enrolmentId)
            return refuse(problem, PackageProblem::WrongRecipient,
                          QCoreApplication::translate(
                              "orec::exchange", "This package was made for another laptop. It is refused."));
        if (h.senderId != (*home)->identity.partyId || h.senderSignPublic != (*home)->identity.signPublic ||
            h.senderBoxPublic != (*home)->identity.boxPublic)
            return refuse(problem, PackageProblem::UnknownSender,
                          QCoreApplication::translate(
                              "orec::exchange",
                              "This package was not made by the home this laptop belongs to (its keys do not "
                              "match %1). It is refused.")
                              .arg((*home)->fingerprint));
        opened.peer = **home;
        signingKey = (*home)->identity.signPublic;
    } else {
        if (h.recipientId != identity.partyId())
            return refuse(
                problem, PackageProblem::WrongRecipient,
                QCoreApplication::translate(
                    "orec::exchange", "This package was made for another home database. It is refused."));
        auto peer = store.peerByPartyId(h.senderId);
        if (!peer)
            return peer.error();
        if (*peer) {
            const Peer& p = **peer;
            if (p.role != PeerRole::Secretary)
                return refuse(problem, PackageProblem::UnknownSender,
                              QCoreApplication::translate("orec::exchange",
                                                          "This package was not made by a secretary."));
            if (p.status == PeerStatus::Removed)
                return refuse(
                    problem, PackageProblem::RemovedSender,
                    QCoreApplication::translate(
                        "orec::exchange",
                        "This package is signed by a secretary who was removed on %1 (%2). Packages from "
                        "that laptop are no longer accepted.")
                        .arg(QLocale().toString(p.removedAt.toLocalTime().date(), QLocale::ShortFormat),
                             p.removedReason.isEmpty()
                                 ? QCoreApplication::translate("orec::exchange", "no reason given")
                                 : p.removedReason));
            if (p.cellUuid != uuidText(h.cellId))
                return refuse(
                    problem, PackageProblem::WrongCell,
                    QCoreApplication::translate(
                        "orec::exchange",
                        "This package is about another cell than the one its secretary is registered "
                        "for. It is refused."));
            if (h.senderSignPublic != p.identity.signPublic || h.senderBoxPublic != p.identity.boxPublic)
                return refuse(problem, PackageProblem::UnknownSender,
                              QCoreApplication::translate(
                                  "orec::exchange",
                                  "This package names a registered secretary but carries other keys. It is "
                                  "refused."));
            opened.peer = p;
            signingKey = p.identity.signPublic;
        } else {
            auto pending = store.secretaryOfCell(uuidText(h.cellId));
            if (!pending)
                return pending.error();
            if (!h.hasEnrolmentProof || !*pending || (*pending)->status != PeerStatus::Pending)
                return refuse(problem, PackageProblem::UnknownSender,
                              QCoreApplication::translate(
                                  "orec::exchange",
                                  "This package is signed by a laptop this database does not know. Only the "
                                  "registered secretary of a cell can send its packages."));
            auto key = store.enrolmentKey((*pending)->id);
            if (!key)
                return key.error();
            const PublicIdentity laptop{h.senderId, h.senderSignPublic, h.senderBoxPublic};
            if (key->empty() || !checkEnrolmentProof(*key, laptop, h.cellId, h.enrolmentProof))
                return refuse(
                    problem, PackageProblem::UnknownSender,
                    QCoreApplication::translate(
                        "orec::exchange",
                        "This package claims to come from the laptop enrolled for this cell, but its "
                        "proof does not match the enrolment code home issued. It is refused."));
            opened.peer = **pending;
            opened.peer.identity = laptop;
            opened.enrols = true;
            signingKey = h.senderSignPublic;
        }
    }

    OREC_TRY(reader->verify(signingKey, problem));
    opened.packageHash = reader->packageHash();

    auto state = store.sequence(opened.peer.id);
    if (!state)
        return state.error();
    if (h.sequence <= state->lastReceived) {
        auto record = store.package(opened.peer.id, Direction::Received, h.sequence);
        if (!record)
            return record.error();
        if (*record && (*record)->packageHash == opened.packageHash) {
            if (problem)
                *problem = PackageProblem::Replay;
            opened.verdict = SequenceVerdict::Replay;
            return opened;
        }
        if (*record)
            return refuse(
                problem, PackageProblem::SequenceReused,
                QCoreApplication::translate(
                    "orec::exchange",
                    "A different package numbered %1 from this sender was already applied. This one is "
                    "refused; ask the sender what happened.")
                    .arg(h.sequence));
        return refuse(
            problem, PackageProblem::OutOfOrder,
            QCoreApplication::translate(
                "orec::exchange",
                "This package (number %1) is older than package %2, which was already applied. It is "
                "refused: applying it would undo newer work.")
                .arg(h.sequence)
                .arg(state->lastReceived));
    }
    if (h.sequence > state->lastReceived + 1) {
        opened.verdict = SequenceVerdict::Gap;
        opened.missingFrom = state->lastReceived + 1;
        opened.missingTo = h.sequence - 1;
    }
    if (h.kind == PackageKind::Return && h.firstChange > state->lastChangeApplied + 1)
        return refuse(
            problem, PackageProblem::MissingChanges,
            QCoreApplication::translate(
                "orec::exchange",
                "Changes %1 to %2 of this cell never arrived: this package starts at change %3. Ask the "
                "secretary to export again; nothing was applied.")
                .arg(state->lastChangeApplied + 1)
                .arg(h.firstChange - 1)
                .arg(h.firstChange));

    Result<SecureBytes> contentKey = SecureBytes();
    if (h.wrap == KeyWrap::EnrolmentCode) {
        // Home may send more first packages before it has the laptop's keys; the laptop keeps the
        // enrolment key until home acknowledges them, and only for that.
        auto enrolmentKey =
            mode->isField() ? store.enrolmentKey(opened.peer.id) : Result<SecureBytes>(SecureBytes());
        if (!enrolmentKey)
            return enrolmentKey.error();
        if (enrolmentKey->empty())
            return refuse(
                problem, PackageProblem::WrongRecipient,
                QCoreApplication::translate(
                    "orec::exchange",
                    "This package opens only with an enrolment code that has already been used up."));
        contentKey = reader->unwrapKeyWithEnrolment(*enrolmentKey, problem);
    } else {
        contentKey = reader->unwrapKey(identity.publicIdentity().boxPublic, identity.boxSecret(), problem);
    }
    if (!contentKey)
        return contentKey.error();
    auto plain = reader->decrypt(*contentKey, problem);
    contentKey->clear();
    if (!plain)
        return plain.error();
    auto payload = decodePayload(
        *plain, h.kind == PackageKind::Cell ? kCellPayloadSchema : kReturnPayloadSchema, problem);
    if (!payload)
        return payload.error();
    opened.payload = std::move(*payload);
    return opened;
}

Result<FirstPackage> PackageOpener::openFirst(const QString& path, const QString& enrolmentCode,
                                              PackageProblem* problem)
{
    if (problem)
        *problem = PackageProblem::None;
    QFile file(path);
    OREC_TRY(openFile(file));
    auto reader = PackageReader::open(file, problem);
    if (!reader)
        return Error(reader.error().code, reader.error().message, path);
    const PackageHeader& h = reader->header();
    if (h.kind != PackageKind::Cell)
        return refuse(problem, PackageProblem::WrongKind,
                      QCoreApplication::translate(
                          "orec::exchange",
                          "This is a return package from a cell secretary, not a package from home."));
    if (h.wrap != KeyWrap::EnrolmentCode)
        return refuse(
            problem, PackageProblem::WrongRecipient,
            QCoreApplication::translate(
                "orec::exchange",
                "This is not a first package: it opens only in the field database it was made for."));
    // The keys in the header are only trusted once the code's wrap, which covers them, opens.
    OREC_TRY(reader->verify(h.senderSignPublic, problem));
    auto enrolmentKey = enrolmentKeyFromCode(enrolmentCode, h.recipientId);
    if (!enrolmentKey)
        return enrolmentKey.error();
    auto contentKey = reader->unwrapKeyWithEnrolment(*enrolmentKey, problem);
    if (!contentKey)
        return contentKey.error();
    auto plain = reader->decrypt(*contentKey, problem);
    contentKey->clear();
    if (!plain)
        return plain.error();
    auto payload = decodePayload(*plain, kCellPayloadSchema, problem);
    if (!payload)
        return payload.error();
    FirstPackage first;
    first.header = h;
    first.packageHash = reader->packageHash();
    first.home = PublicIdentity{h.senderId, h.senderSignPublic, h.senderBoxPublic};
    first.enrolmentId = h.recipientId;
    first.enrolmentKey = std::move(*enrolmentKey);
    first.payload = std::move(*payload);
    return first;
}

} // namespace orec::exchange
