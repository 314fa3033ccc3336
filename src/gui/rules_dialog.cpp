#include "gui/rules_dialog.h"

#include "app/register_service.h"
#include "core/role.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace orec::gui {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString ruleValueText(const RuleSet& rules, const Rule& rule)
{
    switch (rule.unit) {
    case RuleUnit::Flag:
        return rule.value.toBool() ? RulesDialog::tr("on") : RulesDialog::tr("off");
    case RuleUnit::Documents: {
        QStringList codes;
        for (ReportKind kind : rules.documents(rule.key))
            codes.append(codeName(kind));
        return codes.isEmpty() ? QStringLiteral("none") : codes.join(QLatin1String(", "));
    }
    case RuleUnit::Days:
    case RuleUnit::WorkingDays:
    case RuleUnit::Months:
    case RuleUnit::Members:
        break;
    }
    return QStringLiteral("%1 %2").arg(rule.value.toInt()).arg(displayName(rule.unit));
}

RulesDialog::RulesDialog(app::Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("rulesDialog"));
    setWindowTitle(tr("Rules table"));
    m_canEdit = m_session.database().can(Permission::EditRules);
    auto* layout = new QVBoxLayout(this);

    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_versionLabel->setWordWrap(true);
    layout->addWidget(m_versionLabel);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("Value"), tr("Default"), tr("Basis"), tr("Source")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("ruleDetails"));
    m_details->setOpenLinks(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    // Editing: administrators only, as a new version (the service checks the permission again).
    auto* editPanel = new QWidget(this);
    editPanel->setObjectName(QStringLiteral("ruleEditPanel"));
    auto* form = new QFormLayout(editPanel);
    form->setContentsMargins(0, 0, 0, 0);
    m_valueEdit = new QLineEdit(editPanel);
    m_valueEdit->setObjectName(QStringLiteral("ruleValueEdit"));
    m_valueEdit->setToolTip(tr("A whole number, on or off, or the document codes separated by commas (none "
                               "for no document)."));
    m_unitCombo = new QComboBox(editPanel);
    m_unitCombo->setObjectName(QStringLiteral("ruleUnitCombo"));
    m_unitCombo->addItem(displayName(RuleUnit::Days), codeName(RuleUnit::Days));
    m_unitCombo->addItem(displayName(RuleUnit::WorkingDays), codeName(RuleUnit::WorkingDays));
    m_fromEdit = new QDateEdit(m_session.clock().today(), editPanel);
    m_fromEdit->setObjectName(QStringLiteral("ruleFromEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_valueEdit, 1);
    valueRow->addWidget(m_unitCombo);
    auto* valueLabel = new QLabel(tr("New &value:"), editPanel);
    valueLabel->setBuddy(m_valueEdit);
    form->addRow(valueLabel, valueRow);
    form->addRow(tr("In force &from:"), m_fromEdit);
    layout->addWidget(editPanel);
    editPanel->setVisible(m_canEdit);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("ruleProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_applyButton = buttons->addButton(tr("&Change as a new version"), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(QStringLiteral("applyRuleButton"));
    connect(m_applyButton, &QPushButton::clicked, this, [this] { applyChange(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_applyButton->setVisible(m_canEdit);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RulesDialog::showSelected);
    reload();
    resize(1000, 640);
}

void RulesDialog::reload()
{
    app::RegisterService service(m_session);
    auto inForce = service.rulesInForce();
    if (!inForce) {
        m_versionLabel->setText(inForce.error().message);
        return;
    }
    m_rules = *inForce;
    m_versionLabel->setText(
        tr("Rules version %1, in force from %2. Each rule shows its source and whether it is regulation, the "
           "committee's own policy or not confirmed; a change makes a new version, and deadlines already set "
           "keep the version they were set up with.")
            .arg(m_rules.version())
            .arg(m_rules.effectiveDate().toString(QStringLiteral("dd/MM/yyyy"))));
    const QString selected = selectedRule() ? selectedRule()->key : QString();
    m_table->setRowCount(static_cast<int>(m_rules.rules().size()));
    int row = 0;
    for (const Rule& r : m_rules.rules()) {
        const auto byDefault = RuleSet::defaultRule(r.key);
        const QString value = ruleValueText(m_rules, r);
        const QString defaultValue = byDefault ? ruleValueText(RuleSet::defaults(), *byDefault) : QString();
        const QStringList cells{r.key, value, defaultValue, displayName(r.basis()), r.displaySource()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == SourceColumn ? r.displaySource() : r.displayDescription());
            if (column == ValueColumn && byDefault && value != defaultValue) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
        m_table->item(row, KeyColumn)->setData(Qt::UserRole, r.key);
        ++row;
    }
    m_table->resizeColumnsToContents();
    // Long values (document codes) and sources are read whole in the pane below: keep every column in view.
    for (const auto& [column, widest] : {std::pair{KeyColumn, 300}, std::pair{ValueColumn, 200},
                                         std::pair{DefaultColumn, 200}, std::pair{SourceColumn, 320}})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    if (selected.isEmpty() || !selectRule(selected))
        m_table->selectRow(0);
    showSelected();
}

const Rule* RulesDialog::selectedRule() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const QTableWidgetItem* keyItem = m_table->item(items.first()->row(), KeyColumn);
    return keyItem ? m_rules.find(keyItem->data(Qt::UserRole).toString()) : nullptr;
}

bool RulesDialog::selectRule(const QString& key)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, KeyColumn)->data(Qt::UserRole).toString() == key) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, KeyColumn));
            return true;
        }
    }
    return false;
}

void RulesDialog::showSelected()
{
    m_problemLabel->hide();
    const Rule* r = selectedRule();
    if (!r) {
        m_details->clear();
        return;
    }
    const auto byDefault = RuleSet::defaultRule(r->key);
    QString html =
        QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(escaped(r->key), escaped(r->displayDescription()));
    html += QStringLiteral("<p><b>%1</b> %2").arg(escaped(tr("Value:")), escaped(ruleValueText(m_rules, *r)));
    if (byDefault)
        html += QStringLiteral(" &nbsp; <b>%1</b> %2")
                    .arg(escaped(tr("Default:")), escaped(ruleValueText(RuleSet::defaults(), *byDefault)));
    html += QStringLiteral("</p><p><b>%1</b> %2</p><p><b>%3</b> %4</p>")
                .arg(escaped(tr("Basis:")), escaped(displayName(r->basis())), escaped(tr("Source:")),
                     escaped(r->displaySource()));
    if (const QString note = r->displayNote(); !note.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Note:")), escaped(note));
    m_details->setHtml(html);

    const QString current = ruleValueText(m_rules, *r);
    m_valueEdit->setText(r->unit == RuleUnit::Flag || r->unit == RuleUnit::Documents
                             ? current
                             : QString::number(r->value.toInt()));
    const bool deadline = isDeadlineUnit(r->unit);
    m_unitCombo->setEnabled(deadline);
    m_unitCombo->setVisible(deadline);
    if (deadline)
        m_unitCombo->setCurrentIndex(m_unitCombo->findData(codeName(r->unit)));
}

bool RulesDialog::applyChange()
{
    const Rule* r = selectedRule();
    if (!r)
        return false;
    const QString key = r->key;
    std::optional<RuleUnit> unit;
    if (isDeadlineUnit(r->unit)) {
        const auto chosen = fromCodeName<RuleUnit>(m_unitCombo->currentData().toString());
        if (chosen && *chosen != r->unit)
            unit = chosen;
    }
    const QString text = m_valueEdit->text().trimmed();
    const bool valueChanged = text != (r->unit == RuleUnit::Flag || r->unit == RuleUnit::Documents
                                           ? ruleValueText(m_rules, *r)
                                           : QString::number(r->value.toInt()));
    if (!valueChanged && !unit) {
        m_problemLabel->setText(tr("Nothing changed: enter the new value or choose the other unit."));
        m_problemLabel->show();
        return false;
    }
    // The box shows a flag in the interface's language ("bật"/"tắt"); the service reads on/off.
    QString typed = text;
    if (r->unit == RuleUnit::Flag) {
        if (text.compare(tr("on"), Qt::CaseInsensitive) == 0)
            typed = QStringLiteral("on");
        else if (text.compare(tr("off"), Qt::CaseInsensitive) == 0)
            typed = QStringLiteral("off");
    }
    app::RegisterService service(m_session);
    auto next = service.setRule(key, valueChanged ? QVariant(typed) : QVariant(), m_fromEdit->date(), unit);
    if (!next) {
        m_problemLabel->setText(next.error().message);
        m_problemLabel->show();
        return false;
    }
    reload();
    selectRule(key);
    return true;
}

} // namespace orec::gui
