// Where the app tests of the register start: an empty register opened by the admin through
// RegisterService on a fixed clock (Monday 2 March 2026, 08:00 UTC), with a committee (DU-T) and one
// of its home cells (CB-A).
#pragma once

#include "app/register_service.h"
#include "app/session.h"
#include "core/clock.h"
#include "support/test_support.h"

#include <QDate>
#include <gtest/gtest.h>
#include <memory>

namespace orec::test {

class RegisterFixture : public ::testing::Test
{
protected:
    static inline const QDate kToday{2026, 3, 2}; // a Monday

    void SetUp() override;
    // Every change a test made through the program must leave the register passing its check: each
    // record as its last audit entry says, every entry signed by a user entitled to it.
    void TearDown() override;

    // A full member of CB-A: born 12/04/1985, admitted 19/05/2010, full member 19/05/2011; not added.
    Member draftMember(const QString& name, const QString& card) const;
    // Adds through the service; a refusal fails the test and gives an empty member.
    Member add(const Member& member);
    Member addMember(const QString& name, const QString& card, QDate admitted = QDate(2010, 5, 19),
                     QDate full = QDate(2011, 5, 19));
    // An overseas cell under no parent; a refusal fails the test.
    PartyUnit addCell(const QString& code, const QString& name, CellType type, const QString& country,
                      const QString& city = {});

    TempDir m_dir;
    FixedClock m_clock{QDateTime(kToday, QTime(8, 0), Qt::UTC)};
    std::unique_ptr<app::Session> m_session;
    std::unique_ptr<app::RegisterService> m_service;
    PartyUnit m_committee;
    PartyUnit m_home;
};

} // namespace orec::test
