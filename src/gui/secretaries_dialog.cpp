#include "gui/secretaries_dialog.h"

#include "app/exchange_service.h"
#include "app/register_service.h"
#include "gui/enrolment_code_dialog.h"
#include "gui/exchange_labels.h"
#include "gui/message_box.h"
#include "gui/register_labels.h"
#include "gui/window_size.h"
#include "ui_secretaries_dialog.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>

namespace orec::gui {

namespace {
enum Column { CodeColumn, NameColumn, CountryColumn, SecretaryColumn, StatusColumn, FingerprintColumn };
}

SecretariesDialog::SecretariesDialog(app::Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SecretariesDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->cellsTableWidget;
    table->setColumnWidth(CodeColumn, 110);
    // Long cell names ("Chi bộ Đại sứ quán Việt Nam tại Cộng hòa Liên bang Đức") lose their middle, not the
    // country at their end; the whole name is in the tooltip.
    table->setColumnWidth(NameColumn, 300);
    table->setTextElideMode(Qt::ElideMiddle);
    table->setWordWrap(false);
    table->setColumnWidth(CountryColumn, 100);
    table->setColumnWidth(SecretaryColumn, 160);
    // "waiting for the laptop's first package" whole, and a fingerprint in its large font beside it.
    table->setColumnWidth(StatusColumn, 250);
    resizeToFit(this, QSize(1270, 560));
    connect(table, &QTableWidget::currentCellChanged, this, &SecretariesDialog::onSelectionChanged);
    connect(m_ui->enrolButton, &QPushButton::clicked, this, &SecretariesDialog::enrol);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &SecretariesDialog::remove);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const bool mayManage = m_session.database().can(Permission::ManageKeys);
    m_ui->enrolButton->setVisible(mayManage);
    m_ui->removeButton->setVisible(mayManage);
    m_ui->nameLineEdit->setVisible(mayManage);
    m_ui->nameLabel->setVisible(mayManage);
    reload();
    if (table->rowCount() > 0)
        table->setCurrentCell(0, 0);
    onSelectionChanged();
}

SecretariesDialog::~SecretariesDialog() = default;

void SecretariesDialog::reload()
{
    const QString selected = currentCell() ? currentCell()->code : QString();
    m_cells.clear();
    PartyUnitFilter filter;
    filter.overseas = true;
    filter.kind = UnitKind::Cell;
    auto units = app::RegisterService(m_session).units(filter);
    auto keys = app::ExchangeService(m_session).keys();
    if (!units || !keys) {
        MessageBox::warning(this, windowTitle(), (units ? keys.error() : units.error()).message);
        return;
    }
    m_homeFingerprint = keys->ownFingerprint;
    for (const PartyUnit& unit : std::as_const(*units)) {
        Cell cell{unit.code, unit.name, unit.uuid, unit.countryCode, std::nullopt};
        for (const ExchangePeer& peer : std::as_const(keys->peers)) {
            if (peer.role != ExchangePeerRole::Secretary || peer.cellUuid != unit.uuid)
                continue;
            // The one who speaks for the cell now, else the last one removed.
            if (!cell.secretary || peer.status != ExchangePeerStatus::Removed ||
                cell.secretary->status == ExchangePeerStatus::Removed)
                cell.secretary = peer;
        }
        if (unit.active || cell.secretary)
            m_cells.append(cell);
    }
    std::sort(m_cells.begin(), m_cells.end(), [](const Cell& a, const Cell& b) { return a.code < b.code; });

    QTableWidget* table = m_ui->cellsTableWidget;
    table->setRowCount(static_cast<int>(m_cells.size()));
    const QFont code = ExchangeLabels::codeFont(1.15);
    for (int row = 0; row < m_cells.size(); ++row) {
        const Cell& cell = m_cells.at(row);
        table->setItem(row, CodeColumn, new QTableWidgetItem(cell.code));
        auto* name = new QTableWidgetItem(cell.name);
        name->setToolTip(cell.name);
        table->setItem(row, NameColumn, name);
        table->setItem(row, CountryColumn, new QTableWidgetItem(RegisterLabels::country(cell.country)));
        const auto& s = cell.secretary;
        table->setItem(row, SecretaryColumn, new QTableWidgetItem(s ? s->label : QString()));
        auto* status = new QTableWidgetItem(s ? ExchangeLabels::peerStatus(s->status) : tr("no secretary"));
        status->setToolTip(status->text());
        if (s && s->status == ExchangePeerStatus::Removed && !s->removedReason.isEmpty())
            status->setToolTip(tr("Removed: %1").arg(s->removedReason));
        if (!s || s->status == ExchangePeerStatus::Removed)
            status->setForeground(QColor(0x75, 0x75, 0x75));
        table->setItem(row, StatusColumn, status);
        auto* fingerprint = new QTableWidgetItem(s ? s->fingerprint : QString());
        fingerprint->setFont(code);
        table->setItem(row, FingerprintColumn, fingerprint);
        if (cell.code == selected)
            table->setCurrentCell(row, 0);
    }
}

const SecretariesDialog::Cell* SecretariesDialog::currentCell() const
{
    const int row = m_ui->cellsTableWidget->currentRow();
    return row >= 0 && row < m_cells.size() ? &m_cells.at(row) : nullptr;
}

bool SecretariesDialog::selectCell(const QString& code)
{
    for (int row = 0; row < m_cells.size(); ++row) {
        if (m_cells.at(row).code == code) {
            m_ui->cellsTableWidget->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

void SecretariesDialog::onSelectionChanged()
{
    const Cell* cell = currentCell();
    const bool speaking = cell && cell->secretary && cell->secretary->status != ExchangePeerStatus::Removed;
    m_ui->enrolButton->setEnabled(cell != nullptr);
    m_ui->enrolButton->setText(speaking ? tr("R&eplace…") : tr("&Enrol…"));
    m_ui->removeButton->setEnabled(speaking);
}

void SecretariesDialog::enrol()
{
    const Cell* cell = currentCell();
    if (!cell)
        return;
    const Cell chosen = *cell;
    const bool replace = chosen.secretary && chosen.secretary->status != ExchangePeerStatus::Removed;
    if (replace && MessageBox::question(
                       this, tr("Replace the secretary?"),
                       tr("Cell %1 has a secretary (%2). Replacing them refuses every later package from "
                          "their laptop; changes it has not sent yet do not reach home. Replace?")
                           .arg(chosen.code, chosen.secretary->label),
                       QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    auto enrolled = app::ExchangeService(m_session).enrolSecretary(
        chosen.code, m_ui->nameLineEdit->text().trimmed(), replace);
    if (!enrolled) {
        MessageBox::warning(this, tr("Secretary not enrolled"), enrolled.error().message);
        return;
    }
    m_ui->nameLineEdit->clear();
    reload();
    Q_EMIT statusMessage(tr("A secretary for cell %1 was enrolled.").arg(chosen.code));
    EnrolmentCodeDialog dialog(*enrolled, chosen.name, m_homeFingerprint, this);
    dialog.exec();
    wipeString(enrolled->enrolmentCode);
}

void SecretariesDialog::remove()
{
    const Cell* cell = currentCell();
    if (!cell || !cell->secretary)
        return;
    const QString code = cell->code;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Remove the secretary"),
        tr("Packages from the laptop of %1 will be refused from now on. Why is it removed (a lost laptop, a new "
           "secretary…)?")
            .arg(cell->secretary->label),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        removeSecretary(code, reason.trimmed());
}

bool SecretariesDialog::removeSecretary(const QString& cellCode, const QString& reason)
{
    Status removed = app::ExchangeService(m_session).removeSecretary(cellCode, reason);
    if (!removed) {
        MessageBox::warning(this, tr("Secretary not removed"), removed.error().message);
        return false;
    }
    reload();
    onSelectionChanged();
    Q_EMIT statusMessage(
        tr("The secretary of %1 was removed: packages from their laptop are refused from now on.")
            .arg(cellCode));
    return true;
}

} // namespace orec::gui
