// RulesDialog: the rules table in force, each rule with its value, default, basis (regulation, committee
// policy, not confirmed) and source; an administrator changes one rule as a new, audited version.
#pragma once

#include "app/session.h"
#include "core/rule_set.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace orec::gui {

class RulesDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, DefaultColumn, BasisColumn, SourceColumn, ColumnCount };

    explicit RulesDialog(app::Session& session, QWidget* parent = nullptr);

    // Selects the row of `key`; false when the table has no such rule.
    bool selectRule(const QString& key);
    // Applies the edit fields to the selected rule as a new version in force from the date chosen;
    // false (the reason shown under the fields) when it is refused.
    bool applyChange();

    const RuleSet& rules() const { return m_rules; }

private:
    void reload();
    void showSelected();
    const Rule* selectedRule() const;

    app::Session& m_session;
    RuleSet m_rules;
    bool m_canEdit = false;
    QLabel* m_versionLabel = nullptr;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_details = nullptr;
    QLineEdit* m_valueEdit = nullptr;
    QComboBox* m_unitCombo = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QPushButton* m_applyButton = nullptr;
    QLabel* m_problemLabel = nullptr;
};

// The value of `rule` as the table shows it: "7 working days", "on", the document codes or "none".
QString ruleValueText(const RuleSet& rules, const Rule& rule);

} // namespace orec::gui
