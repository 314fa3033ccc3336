// The rules table window with real widgets, offscreen: every rule shows its value, default, basis and
// source; an administrator changes a flag, a deadline's unit and is refused a bad value, each as the
// service does it (a new version, or nothing).
#include "gui/main_window.h"
#include "gui/rules_dialog.h"
#include "register_fixture.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <gtest/gtest.h>

using namespace orec;
using namespace orec::test;

namespace {

class RulesDialogTest : public RegisterFixture
{
protected:
    static QTableWidget* table(gui::RulesDialog& dialog)
    {
        return dialog.findChild<QTableWidget*>(QStringLiteral("rulesTable"));
    }

    // The row of `key`, or -1.
    static int rowOf(gui::RulesDialog& dialog, const QString& key)
    {
        QTableWidget* t = table(dialog);
        for (int row = 0; row < t->rowCount(); ++row) {
            if (t->item(row, gui::RulesDialog::KeyColumn)->text() == key)
                return row;
        }
        return -1;
    }

    static QString cell(gui::RulesDialog& dialog, const QString& key, int column)
    {
        const int row = rowOf(dialog, key);
        return row < 0 ? QString() : table(dialog)->item(row, column)->text();
    }

    static void keepScreenshot(QWidget* widget, const QString& name)
    {
        const QString dir = qEnvironmentVariable("OREC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG");
    }
};

} // namespace

TEST_F(RulesDialogTest, EveryRuleShowsItsValueDefaultBasisAndSource)
{
    gui::RulesDialog dialog(*session);
    dialog.show();
    QTableWidget* t = table(dialog);
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->rowCount(), RuleSet::defaults().rules().size());
    for (int row = 0; row < t->rowCount(); ++row) {
        for (int column = 0; column < gui::RulesDialog::ColumnCount; ++column)
            EXPECT_FALSE(t->item(row, column)->text().isEmpty())
                << t->item(row, 0)->text().toStdString() << " column " << column;
    }
    const QString block = QString::fromLatin1(rule_key::kBlockApprovalWhileReturnReportOverdue);
    EXPECT_EQ(cell(dialog, block, gui::RulesDialog::ValueColumn), QStringLiteral("off"));
    EXPECT_EQ(cell(dialog, block, gui::RulesDialog::BasisColumn), QStringLiteral("committee policy"));
    EXPECT_TRUE(
        cell(dialog, block, gui::RulesDialog::SourceColumn).startsWith(QStringLiteral("No source found")));
    const QString privateDeadline = QString::fromLatin1(rule_key::kReturnReportPrivateWorkingDays);
    EXPECT_EQ(cell(dialog, privateDeadline, gui::RulesDialog::ValueColumn), QStringLiteral("7 working days"));
    EXPECT_TRUE(cell(dialog, privateDeadline, gui::RulesDialog::SourceColumn)
                    .contains(QStringLiteral("Ho Chi Minh City University of Law")));
    EXPECT_EQ(cell(dialog, QStringLiteral("documents.tourism"), gui::RulesDialog::ValueColumn),
              QStringLiteral("private_trip_application, return"));
    const QString threshold = QString::fromLatin1(rule_key::kTemporaryTransferIncludesThreshold);
    EXPECT_EQ(cell(dialog, threshold, gui::RulesDialog::BasisColumn), QStringLiteral("regulation"));
    EXPECT_TRUE(
        cell(dialog, threshold, gui::RulesDialog::SourceColumn).contains(QStringLiteral("12-HD/BTCTW")));
    EXPECT_EQ(cell(dialog, QString::fromLatin1(rule_key::kSelfReviewDaysAfterReturn),
                   gui::RulesDialog::BasisColumn),
              QStringLiteral("not confirmed"));

    // The details pane: description, source, basis and the note of the selected rule.
    ASSERT_TRUE(dialog.selectRule(block));
    const QString details = dialog.findChild<QTextBrowser*>(QStringLiteral("ruleDetails"))->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("committee policy"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Off by default"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("No source found"))) << details.toStdString();
    keepScreenshot(&dialog, QStringLiteral("rules-dialog"));
}

TEST_F(RulesDialogTest, AnAdministratorChangesARuleAsANewVersionAndABadValueChangesNothing)
{
    gui::RulesDialog dialog(*session);
    dialog.show();
    auto* value = dialog.findChild<QLineEdit*>(QStringLiteral("ruleValueEdit"));
    auto* unit = dialog.findChild<QComboBox*>(QStringLiteral("ruleUnitCombo"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("ruleProblemLabel"));
    ASSERT_TRUE(value && unit && problem);
    EXPECT_TRUE(value->isVisible());

    // The overdue-report block, turned on as the committee's own policy.
    const QString block = QString::fromLatin1(rule_key::kBlockApprovalWhileReturnReportOverdue);
    ASSERT_TRUE(dialog.selectRule(block));
    EXPECT_EQ(value->text(), QStringLiteral("off"));
    value->setText(QStringLiteral("on"));
    ASSERT_TRUE(dialog.applyChange()) << problem->text().toStdString();
    EXPECT_EQ(dialog.rules().version(), 2);
    EXPECT_TRUE(service->rulesInForce()->flag(rule_key::kBlockApprovalWhileReturnReportOverdue));
    EXPECT_EQ(cell(dialog, block, gui::RulesDialog::ValueColumn), QStringLiteral("on"));
    EXPECT_EQ(cell(dialog, block, gui::RulesDialog::DefaultColumn), QStringLiteral("off"));
    EXPECT_TRUE(table(dialog)->item(rowOf(dialog, block), gui::RulesDialog::ValueColumn)->font().bold());

    // A deadline switched to calendar days, its number kept.
    const QString privateDeadline = QString::fromLatin1(rule_key::kReturnReportPrivateWorkingDays);
    ASSERT_TRUE(dialog.selectRule(privateDeadline));
    EXPECT_TRUE(unit->isEnabled());
    unit->setCurrentIndex(unit->findData(QStringLiteral("days")));
    ASSERT_TRUE(dialog.applyChange()) << problem->text().toStdString();
    EXPECT_EQ(service->rulesInForce()->unitOf(rule_key::kReturnReportPrivateWorkingDays), RuleUnit::Days);
    EXPECT_EQ(cell(dialog, privateDeadline, gui::RulesDialog::ValueColumn), QStringLiteral("7 days"));

    // A flag has no unit to choose.
    ASSERT_TRUE(dialog.selectRule(block));
    EXPECT_FALSE(unit->isEnabled());

    // An unknown document code: refused by name, no new version.
    ASSERT_TRUE(dialog.selectRule(QStringLiteral("documents.tourism")));
    value->setText(QStringLiteral("return, visa_form"));
    EXPECT_FALSE(dialog.applyChange());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("\"visa_form\""))) << problem->text().toStdString();
    EXPECT_EQ(service->ruleVersions()->size(), 3);
}

TEST_F(RulesDialogTest, TheToolsMenuOpensTheRulesTable)
{
    gui::MainWindow window(*session);
    QAction* rules = window.actions().rules;
    ASSERT_NE(rules, nullptr);
    EXPECT_FALSE(rules->text().isEmpty());
    EXPECT_TRUE(window.actions().toolsMenu->actions().contains(rules));
}
