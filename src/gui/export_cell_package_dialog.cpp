#include "gui/export_cell_package_dialog.h"

#include "app/exchange_service.h"
#include "app/register_service.h"
#include "gui/exchange_labels.h"
#include "gui/message_box.h"
#include "gui/register_labels.h"
#include "ui_export_cell_package_dialog.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>

namespace orec::gui {

namespace {
const char* kLastDirectoryKey = "exchange/lastDirectory";
}

ExportCellPackageDialog::ExportCellPackageDialog(app::Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportCellPackageDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_ui->cellComboBox, &QComboBox::currentIndexChanged, this,
            &ExportCellPackageDialog::onCellChanged);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportCellPackageDialog::browse);
    connect(m_ui->fileLineEdit, &QLineEdit::textChanged, this, &ExportCellPackageDialog::onCellChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportCellPackageDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

ExportCellPackageDialog::~ExportCellPackageDialog() = default;

void ExportCellPackageDialog::load()
{
    PartyUnitFilter filter;
    filter.overseas = true;
    filter.kind = UnitKind::Cell;
    filter.activeOnly = true;
    auto units = app::RegisterService(m_session).units(filter);
    auto keys = app::ExchangeService(m_session).keys();
    if (auto right = app::ExchangeService(m_session).signingRight(); right && !right->holds)
        m_refusal = right->refusal;
    if (!units || !keys) {
        m_ui->secretaryLabel->setText((units ? keys.error() : units.error()).message.toHtmlEscaped());
        return;
    }
    for (const PartyUnit& unit : std::as_const(*units)) {
        Cell cell{unit.code, unit.name, unit.uuid, unit.countryCode, std::nullopt};
        for (const ExchangePeer& peer : std::as_const(keys->peers)) {
            if (peer.role == ExchangePeerRole::Secretary && peer.cellUuid == unit.uuid &&
                peer.status != ExchangePeerStatus::Removed)
                cell.secretary = peer;
        }
        m_cells.append(cell);
    }
    std::sort(m_cells.begin(), m_cells.end(), [](const Cell& a, const Cell& b) { return a.code < b.code; });
    for (const Cell& cell : std::as_const(m_cells))
        m_ui->cellComboBox->addItem(
            QStringLiteral("%1 — %2 (%3)").arg(cell.code, cell.name, RegisterLabels::country(cell.country)),
            cell.code);
    // The first cell that has a secretary is the likely one.
    for (int i = 0; i < m_cells.size(); ++i) {
        if (m_cells.at(i).secretary) {
            m_ui->cellComboBox->setCurrentIndex(i);
            break;
        }
    }
    onCellChanged();
}

QString ExportCellPackageDialog::suggestedPath(const QString& code) const
{
    const QString dir = QSettings().value(QLatin1String(kLastDirectoryKey), QDir::homePath()).toString();
    return QDir(dir).filePath(
        QStringLiteral("%1-%2.orecpkg").arg(code, QDate::currentDate().toString(Qt::ISODate)));
}

bool ExportCellPackageDialog::selectCell(const QString& code)
{
    const int index = m_ui->cellComboBox->findData(code);
    if (index < 0)
        return false;
    m_ui->cellComboBox->setCurrentIndex(index);
    return true;
}

QString ExportCellPackageDialog::cellCode() const
{
    return m_ui->cellComboBox->currentData().toString();
}

void ExportCellPackageDialog::setFilePath(const QString& path)
{
    m_ui->fileLineEdit->setText(path);
}

void ExportCellPackageDialog::onCellChanged()
{
    const int index = m_ui->cellComboBox->currentIndex();
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (index < 0 || index >= m_cells.size()) {
        m_ui->secretaryLabel->setText(tr("There are no active overseas cells in the register."));
        ok->setEnabled(false);
        return;
    }
    if (!m_refusal.isEmpty()) {
        // Who may not sign as home hears it before choosing anything, with who can.
        m_ui->secretaryLabel->setText(
            QStringLiteral("<span style='color:#b71c1c'>%1</span>").arg(m_refusal.toHtmlEscaped()));
        ok->setEnabled(false);
        return;
    }
    const Cell& cell = m_cells.at(index);
    // Follow the cell in the suggested name unless the user typed their own.
    const QString current = m_ui->fileLineEdit->text();
    if (current.isEmpty() || current == m_lastSuggestion) {
        m_lastSuggestion = suggestedPath(cell.code);
        if (current != m_lastSuggestion) {
            m_ui->fileLineEdit->setText(m_lastSuggestion); // re-enters through textChanged
            return;
        }
    }
    if (!cell.secretary) {
        m_ui->secretaryLabel->setText(
            QStringLiteral("<span style='color:#b71c1c'>%1</span>")
                .arg(
                    tr("No secretary is enrolled for this cell. Enrol one first under Tools → Cell secretaries…")
                        .toHtmlEscaped()));
    } else if (cell.secretary->status == ExchangePeerStatus::Pending) {
        m_ui->secretaryLabel->setText(
            tr("The first package for %1: it opens only with the enrolment code that was handed to them.")
                .arg(cell.secretary->label.isEmpty() ? tr("the new secretary")
                                                     : cell.secretary->label.toHtmlEscaped()));
    } else {
        m_ui->secretaryLabel->setText(
            tr("Encrypted to the laptop of %1, fingerprint <tt>%2</tt>.")
                .arg(cell.secretary->label.toHtmlEscaped(), cell.secretary->fingerprint));
    }
    ok->setEnabled(cell.secretary.has_value() && !m_ui->fileLineEdit->text().trimmed().isEmpty());
}

void ExportCellPackageDialog::browse()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save the cell package"), m_ui->fileLineEdit->text(),
                                                tr("Overseas Records packages (*.orecpkg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".orecpkg")))
        path += QStringLiteral(".orecpkg");
    m_ui->fileLineEdit->setText(path);
}

void ExportCellPackageDialog::accept()
{
    QString path = m_ui->fileLineEdit->text().trimmed();
    if (path.isEmpty() || cellCode().isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".orecpkg")))
        path += QStringLiteral(".orecpkg");
    if (QFileInfo::exists(path) &&
        MessageBox::question(this, tr("Replace the file?"),
                             tr("%1 exists already. Replace it?").arg(QDir::toNativeSeparators(path)),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto exported = app::ExchangeService(m_session).exportCellPackage(cellCode(), path);
    QApplication::restoreOverrideCursor();
    if (!exported) {
        MessageBox::warning(this, tr("Package not written"), exported.error().message);
        return;
    }
    QSettings().setValue(QLatin1String(kLastDirectoryKey), QFileInfo(path).absolutePath());
    m_exported = *exported;
    QDialog::accept();
}

} // namespace orec::gui
