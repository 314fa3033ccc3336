// Dates as clerks type them: without separators, with dots or dashes, with two-digit years, and a hint
// that says how the shorthand was read.
#include "gui/date_line_edit.h"
#include "gui/display_format.h"

#include <QApplication>
#include <QTest>
#include <gtest/gtest.h>

using namespace orec;
using orec::gui::parseDate;

namespace {

const QDate kToday(2026, 12, 7);

TEST(DateEntry, ShorthandsAreReadDayFirst)
{
    EXPECT_EQ(parseDate(QStringLiteral("25112026"), kToday), QDate(2026, 11, 25));
    EXPECT_EQ(parseDate(QStringLiteral("251126"), kToday), QDate(2026, 11, 25));
    EXPECT_EQ(parseDate(QStringLiteral("25.11.2026"), kToday), QDate(2026, 11, 25));
    EXPECT_EQ(parseDate(QStringLiteral("25-11-2026"), kToday), QDate(2026, 11, 25));
    EXPECT_EQ(parseDate(QStringLiteral("25 11 2026"), kToday), QDate(2026, 11, 25));
    EXPECT_EQ(parseDate(QStringLiteral(" 1/2/2024 "), kToday), QDate(2024, 2, 1));
    EXPECT_EQ(parseDate(QStringLiteral("2026-11-25"), kToday), QDate(2026, 11, 25));
}

TEST(DateEntry, ATwoDigitYearIsAtMostTwentyYearsAhead)
{
    EXPECT_EQ(parseDate(QStringLiteral("1/2/26"), kToday), QDate(2026, 2, 1));
    EXPECT_EQ(parseDate(QStringLiteral("1/2/46"), kToday), QDate(2046, 2, 1));
    EXPECT_EQ(parseDate(QStringLiteral("1/2/47"), kToday), QDate(1947, 2, 1));
    EXPECT_EQ(parseDate(QStringLiteral("12.4.85"), kToday), QDate(1985, 4, 12)); // a date of birth
    EXPECT_EQ(parseDate(QStringLiteral("120485"), kToday), QDate(1985, 4, 12));
}

TEST(DateEntry, WhatIsNoDateStaysInvalid)
{
    for (const char* text : {"31022026", "310226", "32/1/2026", "1/13/2026", "123", "2511202", "1/2/202",
                             "25/11/2026x", "hôm nay", "11/25/2026"})
        EXPECT_FALSE(parseDate(QString::fromUtf8(text), kToday).isValid()) << text;
}

TEST(DateEntry, TheFieldReadsEightDigitsSaysHowAndRewritesThemOnLeaving)
{
    QWidget window;
    auto* field = new gui::DateLineEdit(&window);
    auto* next = new QLineEdit(&window);
    next->move(0, 40);
    window.show();
    QApplication::setActiveWindow(&window);
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("25112026"));
    EXPECT_EQ(field->date(), QDate(2026, 11, 25));
    EXPECT_TRUE(field->hasValidText());
    EXPECT_TRUE(field->toolTip().contains(QStringLiteral("25/11/2026"))) << field->toolTip().toStdString();
    EXPECT_TRUE(field->toolTip().contains(QLocale().dayName(3)))
        << field->toolTip().toStdString(); // Wednesday
    next->setFocus();
    QApplication::processEvents();
    ASSERT_EQ(QApplication::focusWidget(), next);
    EXPECT_EQ(field->text(), QStringLiteral("25/11/2026"));
    // Typed out in full, there is nothing to explain.
    field->clear();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("25/11/2026"));
    EXPECT_TRUE(field->toolTip().isEmpty());
}

} // namespace
