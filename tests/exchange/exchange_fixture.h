// Two databases in one test (home and a cell secretary's laptop) with a small generated register,
// and a checksum of every table to prove that a refused package changed nothing.
#pragma once

#include "app/exchange_service.h"
#include "app/session.h"
#include "core/clock.h"
#include "core/member.h"
#include "support/test_support.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <gtest/gtest.h>
#include <memory>

namespace orec::test {

// tableChecksums(Database&), the SHA-256 of every table, is in support/test_support.h.

// Names, numbers and phone numbers of the generated register, to look for in package bytes.
struct SeededPeople
{
    QString anUuid, binhUuid, cuongUuid, dungUuid;
    qint64 anId = 0, binhId = 0, cuongId = 0;
    qint64 anPostingId = 0, binhPostingId = 0;
    QStringList secrets; // every name, card number, citizen ID and phone number
};

class ExchangeFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    // How home's database is created (a test of the upgrade creates it at an older schema).
    virtual DatabaseOptions homeOptions() { return fastOptions(&m_clock); }

    // Enrols a secretary for `cellCode` at home and returns the enrolment code.
    QString enrol(const QString& cellCode, const QString& label = QStringLiteral("Bí thư chi bộ"));
    // Home exports the cell package for the JP cell.
    QString exportCell(const QString& name, const QString& cellCode = QStringLiteral("CB-JP-01"));
    // The first package sets up the laptop's database.
    void initField(const QString& packagePath, const QString& code);
    QString exportReturn(const QString& name);

    Database& homeDb() { return m_home->database(); }
    Database& fieldDb() { return m_field->database(); }
    app::ExchangeService homeExchange() { return app::ExchangeService(*m_home); }
    app::ExchangeService fieldExchange() { return app::ExchangeService(*m_field); }

    // Both databases, table by table.
    struct Snapshot
    {
        QMap<QString, QByteArray> home;
        QMap<QString, QByteArray> field;
    };
    Snapshot checksums();
    void expectUnchanged(const Snapshot& before, const char* what);

    TempDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 4, 1), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<app::Session> m_home;
    std::unique_ptr<app::Session> m_field;
    SeededPeople m_people;
    QString m_homeRecoveryKey;
};

} // namespace orec::test
