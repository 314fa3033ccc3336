// An import stopped through its progress callback, at every stage (reading, checking, writing, just before
// the commit), returns Cancelled and leaves the register as it was; a preview stopped does the same.
#include "app/import_service.h"
#include "app/query_service.h"
#include "support/members_csv.h"
#include "support/register_fixture.h"

#include <QFile>

using namespace orec;
using namespace orec::test;

namespace {

class ImportCancelTest : public RegisterFixture
{
protected:
    // `rows` valid members of CB-A (party cards 3xxxxxxx).
    QString sheet(int rows)
    {
        const QString path = m_dir.file(QStringLiteral("members.csv"));
        EXPECT_TRUE(writeMembersCsv(path, rows));
        return path;
    }

    qint64 members(app::Session& session)
    {
        auto count = app::QueryService(session).countMembers(MemberFilter{});
        EXPECT_TRUE(count.ok());
        return count.ok() ? *count : -1;
    }
};

} // namespace

TEST_F(ImportCancelTest, StoppedAtAnyStageTheImportWritesNothing)
{
    const QString path = sheet(700);
    const qint64 before = members(*m_session);
    auto head = m_session->database().auditLog().lastId();
    ASSERT_TRUE(head.ok());
    for (const app::ImportStage stopAt : {app::ImportStage::Reading, app::ImportStage::Checking,
                                          app::ImportStage::Writing, app::ImportStage::Finishing}) {
        app::ImportOptions options;
        QList<app::ImportStage> seen;
        options.progress = [&](app::ImportStage stage, qint64 done, qint64 total) {
            seen.append(stage);
            EXPECT_LE(done, total);
            // Writing: stop once rows are in the transaction.
            return !(stage == stopAt && (stage != app::ImportStage::Writing || done >= 512));
        };
        auto report =
            app::ImportService(*m_session).importFile(app::InterchangeTable::Members, path, options);
        ASSERT_FALSE(report.ok()) << static_cast<int>(stopAt);
        EXPECT_EQ(report.code(), ErrorCode::Cancelled);
        EXPECT_EQ(seen.last(), stopAt);
        EXPECT_EQ(members(*m_session), before);
        EXPECT_EQ(*m_session->database().auditLog().lastId(), *head);
    }
    // A preview stops the same way.
    app::ImportOptions options;
    options.progress = [](app::ImportStage stage, qint64, qint64) {
        return stage != app::ImportStage::Checking;
    };
    auto preview = app::ImportService(*m_session).preview(app::InterchangeTable::Members, path, options);
    ASSERT_FALSE(preview.ok());
    EXPECT_EQ(preview.code(), ErrorCode::Cancelled);
    // Not stopped, the stages come in order and every row is imported.
    QList<app::ImportStage> stages;
    options.progress = [&](app::ImportStage stage, qint64, qint64) {
        if (stages.isEmpty() || stages.last() != stage)
            stages.append(stage);
        return true;
    };
    auto report = app::ImportService(*m_session).importFile(app::InterchangeTable::Members, path, options);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->imported, 700);
    EXPECT_EQ(stages, (QList<app::ImportStage>{app::ImportStage::Reading, app::ImportStage::Checking,
                                               app::ImportStage::Writing, app::ImportStage::Finishing}));
    EXPECT_EQ(members(*m_session), before + 700);
}
