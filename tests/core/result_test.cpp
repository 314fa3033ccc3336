#include "core/result_try.h"

#include <QString>
#include <gtest/gtest.h>
#include <memory>

using namespace orec;

namespace {

Result<int> number(int n)
{
    if (n < 0)
        return Error(ErrorCode::Invalid, QStringLiteral("negative"), QStringLiteral("n"));
    return n;
}

Status check(bool good)
{
    if (!good)
        return Error(ErrorCode::PermissionDenied, QStringLiteral("not allowed"));
    return okStatus();
}

// Two steps, each returning early on an error; counts how far it got.
Result<int> sumOf(int a, int b, int& reached)
{
    reached = 0;
    OREC_TRY_ASSIGN(auto x, number(a));
    reached = 1;
    OREC_TRY_ASSIGN(const auto y, number(b));
    reached = 2;
    return x + y;
}

Status checkedTwice(bool first, bool second, int& reached)
{
    reached = 0;
    OREC_TRY(check(first));
    reached = 1;
    OREC_TRY(check(second));
    reached = 2;
    return okStatus();
}

} // namespace

TEST(Result, TryAssignDeclaresTheValue)
{
    int reached = -1;
    auto sum = sumOf(2, 3, reached);
    ASSERT_TRUE(sum.ok());
    EXPECT_EQ(*sum, 5);
    EXPECT_EQ(reached, 2);
}

TEST(Result, TryAssignReturnsTheFirstErrorAndStopsThere)
{
    int reached = -1;
    auto first = sumOf(-1, 3, reached);
    ASSERT_FALSE(first.ok());
    EXPECT_EQ(first.code(), ErrorCode::Invalid);
    EXPECT_EQ(first.error().where, QStringLiteral("n"));
    EXPECT_EQ(reached, 0);

    auto second = sumOf(1, -3, reached);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.code(), ErrorCode::Invalid);
    EXPECT_EQ(reached, 1);
}

TEST(Result, TryAssignMovesOutOfATemporaryAndCopiesANamedResult)
{
    // A move-only value comes out of a temporary Result.
    const auto make = []() -> Result<std::unique_ptr<int>> { return std::make_unique<int>(7); };
    const auto take = [&]() -> Result<int> {
        OREC_TRY_ASSIGN(auto owned, make());
        return *owned;
    };
    EXPECT_EQ(*take(), 7);

    // A named Result is read, not emptied.
    Result<QString> named(QStringLiteral("kept"));
    const auto read = [&]() -> Result<int> {
        OREC_TRY_ASSIGN(auto text, named);
        return static_cast<int>(text.size());
    };
    EXPECT_EQ(*read(), 4);
    ASSERT_TRUE(named.ok());
    EXPECT_EQ(*named, QStringLiteral("kept"));
}

TEST(Result, TryReturnsTheErrorOfAStatus)
{
    int reached = -1;
    EXPECT_TRUE(checkedTwice(true, true, reached).ok());
    EXPECT_EQ(reached, 2);
    auto refused = checkedTwice(true, false, reached);
    EXPECT_EQ(refused.code(), ErrorCode::PermissionDenied);
    EXPECT_EQ(reached, 1);
}
