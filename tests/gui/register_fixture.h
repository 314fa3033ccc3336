// A small register seeded through the app services for the GUI tests: units, members with Vietnamese names,
// postings at home, abroad and back, on a fixed clock.
#pragma once

#include "app/register_service.h"
#include "app/session.h"
#include "gui/background_work.h"
#include "gui/message_box.h"
#include "support/test_support.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTimer>
#include <functional>
#include <gtest/gtest.h>

namespace orec::test {

// Monday 2 March 2026.
inline const QDate kGuiToday(2026, 3, 2);

// Runs `answer` on the next modal dialog once it is open (from inside its exec()).
inline void whenModalOpens(const std::function<void(QWidget*)>& answer)
{
    QTimer::singleShot(0, [answer] {
        // Work on a worker (BackgroundWork) waits in a loop of its own, which runs this timer too: the
        // dialog to answer opens after that work, so look again once it is over.
        if (gui::BackgroundWork::running() > 0) {
            QTimer::singleShot(10, [answer] { whenModalOpens(answer); });
            return;
        }
        QElapsedTimer waited;
        waited.start();
        while (!QApplication::activeModalWidget() && waited.elapsed() < 5000)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        ASSERT_NE(QApplication::activeModalWidget(), nullptr);
        answer(QApplication::activeModalWidget());
    });
}

class RegisterFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        gui::MessageBox::setNonInteractive(true);
        auto created = createDatabase(m_dir.file(QStringLiteral("r.orec")), kAdmin, kAdminPassphrase,
                                      fastOptions(&m_clock));
        session = std::make_unique<app::Session>(std::move(created.database));
        service = std::make_unique<app::RegisterService>(*session);

        PartyUnit top;
        top.code = QStringLiteral("DU-T");
        top.name = QStringLiteral("Đảng ủy Trường");
        top.kind = UnitKind::Committee;
        committee = *service->addUnit(top);
        PartyUnit home;
        home.code = QStringLiteral("CB-A");
        home.name = QStringLiteral("Chi bộ Khoa A");
        home.parentId = committee.id;
        homeCell = *service->addUnit(home);
        home.code = QStringLiteral("CB-B");
        home.name = QStringLiteral("Chi bộ Khoa B");
        otherHomeCell = *service->addUnit(home);
        PartyUnit cell;
        cell.code = QStringLiteral("CB-JP-LHS");
        cell.name = QStringLiteral("Chi bộ lưu học sinh Tokyo");
        cell.overseas = true;
        cell.cellType = CellType::Student;
        cell.countryCode = QStringLiteral("JP");
        cell.city = QStringLiteral("Tokyo");
        cellJp = *service->addUnit(cell);
        cell.code = QStringLiteral("CB-FR-DSQ");
        cell.name = QStringLiteral("Chi bộ Đại sứ quán tại Pháp");
        cell.cellType = CellType::Embassy;
        cell.countryCode = QStringLiteral("FR");
        cell.city = QStringLiteral("Paris");
        cellFr = *service->addUnit(cell);

        duc = addMember(QStringLiteral("Nguyễn Văn Đức"), QStringLiteral("10000001"),
                        QStringLiteral("001085000001"));
        hoa = addMember(QStringLiteral("Trần Thị Hoa"), QStringLiteral("10000002"),
                        QStringLiteral("001085000002"));
        leDuc = addMember(QStringLiteral("Lê Văn Đức"), QStringLiteral("10000003"),
                          QStringLiteral("001085000003"), otherHomeCell.id);
        mai = addMember(QStringLiteral("Nguyễn Thị Mai"), QStringLiteral("10000004"),
                        QStringLiteral("001085000004"));
    }

    void TearDown() override
    {
        gui::MessageBox::setNonInteractive(false);
        QSettings().clear();
    }

    Member addMember(const QString& name, const QString& card, const QString& citizenId, qint64 unit = 0)
    {
        Member m;
        m.fullName = name;
        m.partyCardNumber = card;
        m.citizenId = citizenId;
        m.gender = Gender::Male;
        m.dateOfBirth = QDate(1985, 4, 12);
        m.admissionDate = QDate(2010, 5, 19);
        m.fullMembershipDate = QDate(2011, 5, 19);
        m.homeUnitId = unit ? unit : homeCell.id;
        auto added = service->addMember(m);
        EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.error().toString().toStdString());
        return added.ok() ? *added : Member{};
    }

    Posting plan(const Member& who, PostingPurpose purpose, const QString& country, QDate from, QDate to)
    {
        Posting p;
        p.memberId = who.id;
        p.purpose = purpose;
        p.countryCodes = {country};
        p.plannedDeparture = from;
        p.plannedReturn = to;
        p.approvingCommitteeId = committee.id;
        p.decisionNumber = QStringLiteral("12/QĐ-ĐU");
        p.decisionDate = std::min(from.addDays(-20), kGuiToday.addDays(-1));
        p.decisionBody = QStringLiteral("Đảng ủy Trường");
        auto created = service->createPosting(p);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().toString().toStdString());
        return created.ok() ? *created : Posting{};
    }

    Posting step(const Posting& p, PostingTransition t, QDate date,
                 std::optional<PartyUnit> cell = std::nullopt)
    {
        TransitionInput in;
        in.date = date;
        in.cell = cell;
        auto done = service->applyTransition(p.id, t, in);
        EXPECT_TRUE(done.ok()) << (done.ok() ? "" : done.error().toString().toStdString());
        return done.ok() ? *done : p;
    }

    // Đức studies in Japan (in the Tokyo cell), Hoa is on a mission in France; Lê Văn Đức came back
    // from Korea long ago and his return report is overdue; Mai stays at home.
    void sendAbroad()
    {
        Posting study =
            plan(duc, PostingPurpose::Study, QStringLiteral("JP"), QDate(2025, 9, 1), QDate(2027, 9, 1));
        step(study, PostingTransition::Approve, QDate(2025, 8, 1));
        step(study, PostingTransition::Depart, QDate(2025, 9, 1));
        ducPosting = step(study, PostingTransition::JoinCell, QDate(2025, 9, 10), cellJp);
        Posting mission = plan(hoa, PostingPurpose::OfficialMission, QStringLiteral("FR"), QDate(2026, 2, 20),
                               QDate(2026, 3, 20));
        step(mission, PostingTransition::Approve, QDate(2026, 2, 1));
        hoaPosting = step(mission, PostingTransition::Depart, QDate(2026, 2, 20));
        Posting trip =
            plan(leDuc, PostingPurpose::Tourism, QStringLiteral("KR"), QDate(2026, 1, 5), QDate(2026, 1, 12));
        step(trip, PostingTransition::Approve, QDate(2026, 1, 2));
        step(trip, PostingTransition::Depart, QDate(2026, 1, 5));
        leDucPosting = step(trip, PostingTransition::ReturnHome, QDate(2026, 1, 12));
    }

    TempDir m_dir;
    FixedClock m_clock{QDateTime(kGuiToday, QTime(8, 0), Qt::UTC)};
    std::unique_ptr<app::Session> session;
    std::unique_ptr<app::RegisterService> service;
    PartyUnit committee, homeCell, otherHomeCell, cellJp, cellFr;
    Member duc, hoa, leDuc, mai;
    Posting ducPosting, hoaPosting, leDucPosting;
};

} // namespace orec::test
