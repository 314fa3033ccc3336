// A small generated register (no real people) for the print tests and the committed samples.
#pragma once

#include "storage/database.h"

#include <QDate>
#include <QList>

namespace orec::test {

struct SeededRegister
{
    qint64 committeeId = 0;
    QList<qint64> memberIds;
    QList<qint64> abroadMemberIds;
    QList<qint64> temporaryTransferIds;    // 2-SHĐ letters
    QList<qint64> labourExportTransferIds; // 3A-SHĐ letters
    int returnedInPeriod = 0;
    int departedInPeriod = 0;
    int overdueReports = 0;
};

// Today is `today`; the period of movements is the 90 days before it. The member at index 7 is
// "Nguyễn Thị Ngọc Ánh", abroad in Japan.
SeededRegister seedRegister(Database& database, int members, const QDate& today);

} // namespace orec::test
