#include "gui/committee_levels_dialog.h"

#include "app/register_service.h"
#include "gui/message_box.h"
#include "ui_committee_levels_dialog.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

namespace orec::gui {

CommitteeLevelsDialog::CommitteeLevelsDialog(app::Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CommitteeLevelsDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    PartyUnitFilter filter;
    filter.kind = UnitKind::Committee;
    if (auto units = app::RegisterService(m_session).units(filter))
        m_committees = *units;
    fill();
    const bool writable = m_session.database().can(Permission::WriteRecords);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(writable);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CommitteeLevelsDialog::accept);
}

CommitteeLevelsDialog::~CommitteeLevelsDialog() = default;

void CommitteeLevelsDialog::fill()
{
    QTableWidget* table = m_ui->committeesTable;
    QList<int> chosen;
    for (int row = 0; row < table->rowCount(); ++row)
        chosen << levelBox(row)->currentData().toInt();
    table->clear();
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Code"), tr("Committee"), tr("Level")});
    table->setRowCount(static_cast<int>(m_committees.size()));
    for (int row = 0; row < m_committees.size(); ++row) {
        const PartyUnit& u = m_committees.at(row);
        table->setItem(row, 0, new QTableWidgetItem(u.code));
        table->setItem(row, 1, new QTableWidgetItem(u.name));
        auto* box = new QComboBox(table);
        box->setObjectName(QStringLiteral("levelComboBox_%1").arg(u.code));
        for (UnitLevel level : {UnitLevel::Province, UnitLevel::District, UnitLevel::Grassroots})
            box->addItem(displayName(level), static_cast<int>(level));
        const int level = row < chosen.size() ? chosen.at(row) : static_cast<int>(u.level);
        box->setCurrentIndex(std::max(0, box->findData(level)));
        box->setEnabled(m_session.database().can(Permission::WriteRecords));
        table->setCellWidget(row, 2, box);
    }
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(2);
}

QComboBox* CommitteeLevelsDialog::levelBox(int row) const
{
    return qobject_cast<QComboBox*>(m_ui->committeesTable->cellWidget(row, 2));
}

int CommitteeLevelsDialog::rowOf(qint64 unitId) const
{
    for (int row = 0; row < m_committees.size(); ++row) {
        if (m_committees.at(row).id == unitId)
            return row;
    }
    return -1;
}

bool CommitteeLevelsDialog::save()
{
    app::RegisterService service(m_session);
    for (int row = 0; row < m_committees.size(); ++row) {
        PartyUnit& u = m_committees[row];
        const auto level = static_cast<UnitLevel>(levelBox(row)->currentData().toInt());
        if (level == u.level)
            continue;
        PartyUnit changed = u;
        changed.level = level;
        auto saved = service.updateUnit(changed);
        if (!saved) {
            MessageBox::warning(this, tr("Not saved"), saved.error().toString());
            return false;
        }
        u = *saved;
    }
    return true;
}

void CommitteeLevelsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void CommitteeLevelsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}

} // namespace orec::gui
