// The platform file of core: which files count as private to this user, and the private temporary folder
// the desktop program chooses in the session's runtime folder.
#include "core/platform.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace orec;

namespace {

// Sets an environment variable for the life of the object, then puts back what was there.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name), m_old(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    QByteArray m_old;
    bool m_had;
};

const auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

#if defined(Q_OS_UNIX)

TEST(Platform, OnlyAnOwnFileOrFolderNobodyElseMayUseIsPrivate)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("private"));
    ASSERT_TRUE(QDir().mkdir(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, kOwnerOnly));
    EXPECT_TRUE(platform::isPrivateToThisUser(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    EXPECT_FALSE(platform::isPrivateToThisUser(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, kOwnerOnly));
    // A link to a private folder is not private itself: whoever made the link chose where it points.
    const QString link = dir.filePath(QStringLiteral("link"));
    ASSERT_TRUE(QFile::link(folder, link));
    EXPECT_FALSE(platform::isPrivateToThisUser(link));
    EXPECT_FALSE(platform::isPrivateToThisUser(dir.filePath(QStringLiteral("missing"))));
}

#endif

#if defined(Q_OS_LINUX)

TEST(Platform, TheTemporaryFolderBecomesAPrivateOneInTheRuntimeFolder)
{
    QTemporaryDir runtime;
    ASSERT_TRUE(QFile::setPermissions(runtime.path(), kOwnerOnly));
    const ScopedEnv xdg("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    const ScopedEnv tmp("TMPDIR", QByteArray("/tmp"));
    const QString folder = platform::usePrivateTemporaryFolder();
    EXPECT_EQ(folder, QDir(runtime.path()).filePath(QStringLiteral("overseas-records")));
    EXPECT_TRUE(platform::isPrivateToThisUser(folder));
    EXPECT_EQ(QDir::tempPath(), QDir(folder).canonicalPath());
    // A second start finds the folder there already.
    EXPECT_EQ(platform::usePrivateTemporaryFolder(), folder);
}

TEST(Platform, NoPrivateRuntimeFolderLeavesTheTemporaryFolderAlone)
{
    QTemporaryDir runtime;
    ASSERT_TRUE(
        QFile::setPermissions(runtime.path(), kOwnerOnly | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const ScopedEnv tmp("TMPDIR", QByteArray("/tmp"));
    {
        const ScopedEnv xdg("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path())); // others may read it
        EXPECT_TRUE(platform::usePrivateTemporaryFolder().isEmpty());
        EXPECT_EQ(qgetenv("TMPDIR"), QByteArray("/tmp"));
    }
    {
        const ScopedEnv xdg("XDG_RUNTIME_DIR", QByteArray());
        EXPECT_TRUE(platform::usePrivateTemporaryFolder().isEmpty());
        EXPECT_EQ(qgetenv("TMPDIR"), QByteArray("/tmp"));
    }
    // A link planted where the program's folder goes is not used.
    ASSERT_TRUE(QFile::setPermissions(runtime.path(), kOwnerOnly));
    QTemporaryDir elsewhere;
    ASSERT_TRUE(
        QFile::link(elsewhere.path(), QDir(runtime.path()).filePath(QStringLiteral("overseas-records"))));
    const ScopedEnv xdg("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    EXPECT_TRUE(platform::usePrivateTemporaryFolder().isEmpty());
    EXPECT_EQ(qgetenv("TMPDIR"), QByteArray("/tmp"));
}

#endif
