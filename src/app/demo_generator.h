// DemoGenerator: a realistic synthetic department (units, members, postings in every status, reports,
// transfer letters) for demos, tests and benchmarks; the same seed makes the same department.
#pragma once

#include "app/session.h"
#include "core/posting.h"
#include "core/result.h"

#include <QDate>
#include <QMap>

namespace orec::app {

struct DemoOptions
{
    int members = 2000;
    int postings = -1;      // -1: five per member on average (the scale of DOMAIN.md)
    int overseasCells = -1; // -1: one per 50 members, at least 12, at most 2,000
    quint64 seed = 1;
    QDate asOf; // the department's "today"; invalid = the session clock's today
};

struct DemoSummary
{
    int committees = 0;
    int homeCells = 0;
    int overseasCells = 0;
    int members = 0;
    int probationary = 0;
    int postings = 0;
    int reports = 0;
    int transfers = 0;
    QMap<PostingStatus, int> postingsByStatus;
    int overdueToReturn = 0; // abroad past the planned return
    int reportsOverdue = 0;  // not received by their due date
    int unapprovedDepartures = 0;
    qint64 milliseconds = 0;    // wall clock
    qint64 cpuMilliseconds = 0; // processor time of this process: what it costs when the machine is shared
};

// Everything is generated: names drawn from real Vietnamese name frequencies, never real people.
// Writes into a register that is still empty, in one transaction with one audit row
// ("demo:generate"), through the repositories with cached statements.
class DemoGenerator
{
public:
    DemoGenerator(Session& session, DemoOptions options) : m_session(session), m_options(std::move(options))
    {}

    Result<DemoSummary> generate();

private:
    Session& m_session;
    DemoOptions m_options;
};

} // namespace orec::app
