#include "gui/keys_dialog.h"

#include "app/exchange_service.h"
#include "app/register_service.h"
#include "gui/exchange_labels.h"
#include "ui_keys_dialog.h"

#include <QHash>
#include <QHeaderView>

namespace orec::gui {

namespace {
enum Column { RoleColumn, NameColumn, CellColumn, StatusColumn, FingerprintColumn };
}

KeysDialog::KeysDialog(app::Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::KeysDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->ownFingerprintLabel->setFont(ExchangeLabels::codeFont(2.0));
    m_ui->ownFingerprintLabel->setStyleSheet(QStringLiteral("background: palette(base);"));
    QTableWidget* table = m_ui->peersTableWidget;
    table->setColumnWidth(RoleColumn, 130);
    table->setColumnWidth(NameColumn, 170);
    table->setColumnWidth(CellColumn, 100);
    table->setColumnWidth(StatusColumn, 150);
    table->verticalHeader()->setDefaultSectionSize(QFontMetrics(ExchangeLabels::codeFont(1.3)).height() + 10);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

KeysDialog::~KeysDialog() = default;

QString KeysDialog::ownFingerprint() const
{
    return m_ui->ownFingerprintLabel->text();
}

int KeysDialog::partyCount() const
{
    return m_ui->peersTableWidget->rowCount();
}

void KeysDialog::load()
{
    auto keys = app::ExchangeService(m_session).keys();
    if (!keys) {
        m_ui->ownCaptionLabel->setText(keys.error().message);
        return;
    }
    m_ui->ownCaptionLabel->setText(
        keys->fieldDatabase ? tr("This laptop's fingerprint (field database of cell %1):").arg(keys->cellCode)
                            : tr("This home database's fingerprint:"));
    m_ui->ownFingerprintLabel->setText(keys->ownFingerprint);
    if (keys->ownFingerprint.isEmpty())
        m_ui->ownCaptionLabel->setText(tr(
            "Home's exchange keys are not made yet: an administrator who signs as home makes them (Tools › "
            "Keys and fingerprints, or enrolling the first cell secretary)."));
    m_ui->peersCaptionLabel->setText(keys->fieldDatabase ? tr("The home this laptop trades packages with:")
                                                         : tr("The cell secretaries' laptops home knows:"));
    // Cells are named by code; a laptop knows only its own.
    QHash<QString, QString> cellCodes;
    if (!keys->fieldDatabase) {
        PartyUnitFilter filter;
        filter.overseas = true;
        filter.kind = UnitKind::Cell;
        if (auto units = app::RegisterService(m_session).units(filter)) {
            for (const PartyUnit& unit : std::as_const(*units))
                cellCodes.insert(unit.uuid, unit.code);
        }
    }
    QTableWidget* table = m_ui->peersTableWidget;
    table->setRowCount(static_cast<int>(keys->peers.size()));
    const QFont code = ExchangeLabels::codeFont(1.3);
    for (int row = 0; row < keys->peers.size(); ++row) {
        const ExchangePeer& peer = keys->peers.at(row);
        table->setItem(row, RoleColumn, new QTableWidgetItem(ExchangeLabels::peerRole(peer.role)));
        table->setItem(row, NameColumn, new QTableWidgetItem(peer.label));
        table->setItem(row, CellColumn,
                       new QTableWidgetItem(peer.role == ExchangePeerRole::Home
                                                ? QString()
                                                : cellCodes.value(peer.cellUuid, keys->cellCode)));
        table->setItem(row, StatusColumn, new QTableWidgetItem(ExchangeLabels::peerStatus(peer.status)));
        auto* fingerprint =
            new QTableWidgetItem(peer.fingerprint.isEmpty() ? tr("not known yet") : peer.fingerprint);
        fingerprint->setFont(peer.fingerprint.isEmpty() ? table->font() : code);
        table->setItem(row, FingerprintColumn, fingerprint);
        if (peer.status == ExchangePeerStatus::Removed) {
            for (int column = RoleColumn; column <= FingerprintColumn; ++column)
                table->item(row, column)->setForeground(QColor(0x75, 0x75, 0x75));
        }
    }
    if (keys->peers.isEmpty())
        m_ui->peersCaptionLabel->setText(tr("No cell secretary is enrolled yet."));
}

} // namespace orec::gui
