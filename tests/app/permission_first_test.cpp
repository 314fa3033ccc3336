// Every write of the services checks the session's permission before it looks at its input: a user who
// may not write hears "not allowed", never the validation errors of a form they could not save anyway.
#include "app/account_service.h"
#include "app/attachment_service.h"
#include "app/exchange_service.h"
#include "app/import_service.h"
#include "app/register_service.h"
#include "storage/user_repository.h"
#include "support/register_fixture.h"

#include <functional>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

constexpr qint64 kNoSuchId = 987654;

struct Write
{
    const char* name;
    std::function<ErrorCode(app::Session&)> call; // with input that is invalid as well
};

ErrorCode codeOf(const Status& s)
{
    return s.code();
}
template <typename T> ErrorCode codeOf(const Result<T>& r)
{
    return r.code();
}

const std::vector<Write>& writes()
{
    static const std::vector<Write> all = {
        {"RegisterService::addMember",
         [](app::Session& s) { return codeOf(app::RegisterService(s).addMember({})); }},
        {"RegisterService::updateMember",
         [](app::Session& s) {
             Member m;
             m.id = kNoSuchId;
             return codeOf(app::RegisterService(s).updateMember(m));
         }},
        {"RegisterService::addUnit",
         [](app::Session& s) { return codeOf(app::RegisterService(s).addUnit({})); }},
        {"RegisterService::updateUnit",
         [](app::Session& s) {
             PartyUnit u;
             u.id = kNoSuchId;
             return codeOf(app::RegisterService(s).updateUnit(u));
         }},
        {"RegisterService::createPosting",
         [](app::Session& s) { return codeOf(app::RegisterService(s).createPosting({})); }},
        {"RegisterService::updatePosting",
         [](app::Session& s) {
             Posting p;
             p.id = kNoSuchId;
             return codeOf(app::RegisterService(s).updatePosting(p));
         }},
        {"RegisterService::applyTransition",
         [](app::Session& s) {
             return codeOf(
                 app::RegisterService(s).applyTransition(kNoSuchId, PostingTransition::Approve, {}));
         }},
        {"RegisterService::recordProbationDecision",
         [](app::Session& s) {
             return codeOf(app::RegisterService(s).recordProbationDecision(
                 kNoSuchId, ProbationDecision::Admitted, QString(5000, QLatin1Char('x')), QDate(2099, 1, 1)));
         }},
        {"RegisterService::fileReport",
         [](app::Session& s) {
             return codeOf(app::RegisterService(s).fileReport(kNoSuchId, ReportKind::PreDeparture, {}));
         }},
        {"RegisterService::addMemberReport",
         [](app::Session& s) { return codeOf(app::RegisterService(s).addMemberReport({})); }},
        {"RegisterService::issueTransfer",
         [](app::Session& s) { return codeOf(app::RegisterService(s).issueTransfer({})); }},
        {"RegisterService::setRule",
         [](app::Session& s) {
             return codeOf(
                 app::RegisterService(s).setRule(QStringLiteral("no.such.rule"), QStringLiteral("?")));
         }},
        {"RegisterService::addHoliday",
         [](app::Session& s) {
             return codeOf(app::RegisterService(s).addHoliday(Holiday{QDate(), QString()}));
         }},
        {"AttachmentService::attachFile",
         [](app::Session& s) {
             return codeOf(
                 app::AttachmentService(s).attachFile(kNoSuchId, QStringLiteral("/no/such/file.pdf")));
         }},
        {"AttachmentService::attach",
         [](app::Session& s) { return codeOf(app::AttachmentService(s).attach(kNoSuchId, QString(), {})); }},
        {"AttachmentService::remove",
         [](app::Session& s) { return codeOf(app::AttachmentService(s).remove(kNoSuchId)); }},
        {"AccountService::addUser",
         [](app::Session& s) {
             return codeOf(app::AccountService(s).addUser(QString(), Role::Admin, QString()));
         }},
        {"AccountService::removeUser",
         [](app::Session& s) { return codeOf(app::AccountService(s).removeUser(QStringLiteral("nobody"))); }},
        {"AccountService::setRole",
         [](app::Session& s) {
             return codeOf(app::AccountService(s).setRole(QStringLiteral("nobody"), Role::Admin));
         }},
        {"AccountService::resetPassphrase",
         [](app::Session& s) {
             return codeOf(
                 app::AccountService(s).resetPassphrase(QStringLiteral("nobody"), QStringLiteral("x")));
         }},
        {"AccountService::rotateKeys",
         [](app::Session& s) { return codeOf(app::AccountService(s).rotateKeys()); }},
        {"AccountService::grantExchange",
         [](app::Session& s) {
             return codeOf(app::AccountService(s).grantExchange(QStringLiteral("nobody")));
         }},
        {"AccountService::revokeExchange",
         [](app::Session& s) {
             return codeOf(app::AccountService(s).revokeExchange(QStringLiteral("nobody")));
         }},
        {"ExchangeService::rotateHomeKeys",
         [](app::Session& s) { return codeOf(app::ExchangeService(s).rotateHomeKeys()); }},
        {"ExchangeService::enrolSecretary",
         [](app::Session& s) {
             return codeOf(app::ExchangeService(s).enrolSecretary(QStringLiteral("NO-SUCH-CELL"), QString()));
         }},
        {"ExchangeService::removeSecretary",
         [](app::Session& s) {
             return codeOf(
                 app::ExchangeService(s).removeSecretary(QStringLiteral("NO-SUCH-CELL"), QString()));
         }},
        {"ExchangeService::exportCellPackage",
         [](app::Session& s) {
             return codeOf(
                 app::ExchangeService(s).exportCellPackage(QStringLiteral("NO-SUCH-CELL"), QString()));
         }},
        {"ExchangeService::applyImport",
         [](app::Session& s) { return codeOf(app::ExchangeService(s).applyImport(exchange::ImportPlan{})); }},
        {"ExchangeService::installCellPackage",
         [](app::Session& s) {
             return codeOf(
                 app::ExchangeService(s).installCellPackage(QStringLiteral("/no/such/package.orecpkg")));
         }},
        {"ExchangeService::exportReturnPackage",
         [](app::Session& s) { return codeOf(app::ExchangeService(s).exportReturnPackage(QString())); }},
        {"ImportService::importFile",
         [](app::Session& s) {
             return codeOf(app::ImportService(s).importFile(app::InterchangeTable::Members,
                                                            QStringLiteral("/no/such/members.csv")));
         }},
        {"ImportService::importBytes",
         [](app::Session& s) {
             return codeOf(app::ImportService(s).importBytes(app::InterchangeTable::Members,
                                                             QByteArray("not;a;header\n")));
         }},
    };
    return all;
}

class PermissionFirstTest : public RegisterFixture, public ::testing::WithParamInterface<std::size_t>
{
protected:
    // The register reopened by a user of `role`; the fixture's admin session is closed.
    std::unique_ptr<app::Session> reopenAs(const QString& user, Role role, const QString& passphrase)
    {
        Database& db = m_session->database();
        {
            WriteScope scope(db, Permission::ManageUsers);
            EXPECT_TRUE(UserRepository(db).insert(scope, user, role).ok());
            EXPECT_TRUE(db.setUserPassphrase(scope, user, SecureBytes::fromUtf8(passphrase)).ok());
            EXPECT_TRUE(scope.commit().ok());
        }
        const QString path = db.path();
        m_service.reset();
        m_session.reset();
        return std::make_unique<app::Session>(unlock(path, user, passphrase, fastOptions(&m_clock)));
    }
};

TEST_P(PermissionFirstTest, AnAuditorHearsNotAllowedBeforeAnythingAboutTheInput)
{
    const Write& write = writes().at(GetParam());
    auto auditor =
        reopenAs(QStringLiteral("kiemtra"), Role::Auditor, QStringLiteral("chỉ đọc thôi nhé 2026"));
    EXPECT_EQ(write.call(*auditor), ErrorCode::PermissionDenied) << write.name;
}

INSTANTIATE_TEST_SUITE_P(EveryWrite, PermissionFirstTest, ::testing::Range<std::size_t>(0, writes().size()),
                         [](const ::testing::TestParamInfo<std::size_t>& param) {
                             std::string name = writes().at(param.param).name;
                             name.replace(name.find("::"), 2, "_");
                             return name;
                         });

} // namespace
